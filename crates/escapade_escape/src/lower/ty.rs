//! Type facts ([`Ty`]) and gc's printed type names, computed from the type checker.

use escapade_types::types::{BasicKind, TypeKind};
use escapade_types::TypeId;

use super::Lower;
use crate::ir::{Ty, TyKind};

impl Lower<'_> {
    /// The escape-relevant facts of a type (amd64 layout).
    pub(super) fn ty(&mut self, t: TypeId) -> Ty {
        self.ty_depth(t, 0)
    }

    fn ty_depth(&mut self, t: TypeId, depth: u32) -> Ty {
        let u = self.c.under(t);
        let (size, align) = self.c.size_align(t);
        let (size, align) = (clamp_i64(size), clamp_i64(align).max(1));
        let has_pointers = !self.c.pointer_free(t);
        let elem = |l: &mut Self, e: TypeId| {
            if depth > 3 {
                let (s, a) = l.c.size_align(e);
                let hp = !l.c.pointer_free(e);
                Ty::structure(clamp_i64(s), clamp_i64(a).max(1), hp)
            } else {
                l.ty_depth(e, depth + 1)
            }
        };
        match self.c.types.kind(u).clone() {
            TypeKind::Basic(k) => match k.canonical() {
                BasicKind::String | BasicKind::UntypedString => Ty::string(),
                BasicKind::UnsafePointer => Ty::unsafe_pointer(),
                BasicKind::Uintptr => Ty::uintptr(),
                BasicKind::UntypedNil => Ty { kind: TyKind::Untyped, ..Ty::untyped() },
                k if k.is_untyped() => Ty::untyped(),
                _ => Ty { kind: TyKind::Scalar, has_pointers: false, size, align, ..Ty::default() },
            },
            TypeKind::Pointer(e) => Ty::ptr(elem(self, e)),
            TypeKind::Slice(e) => Ty::slice(elem(self, e)),
            TypeKind::Array(n, e) => {
                let et = elem(self, e);
                let mut ty = Ty::array(et, clamp_i64(n));
                ty.size = size;
                ty.has_pointers = has_pointers;
                ty
            }
            TypeKind::Map(_, v) => {
                let vt = elem(self, v);
                Ty {
                    elem_has_pointers: vt.has_pointers,
                    elem_size: vt.size,
                    elem_align: vt.align,
                    elem_kind: vt.kind,
                    ..Ty::map()
                }
            }
            TypeKind::Chan(_, e) => {
                let et = elem(self, e);
                Ty {
                    elem_has_pointers: et.has_pointers,
                    elem_size: et.size,
                    elem_align: et.align,
                    elem_kind: et.kind,
                    ..Ty::chan()
                }
            }
            TypeKind::Func(_) => Ty::func(),
            TypeKind::Interface(_) => Ty::interface(),
            TypeKind::Struct(fields) => {
                let mut ty = Ty::structure(size, align, has_pointers);
                if fields.len() == 1 && depth < 8 {
                    ty.pointer_shaped = self.ty_depth(fields[0].ty, depth + 1).pointer_shaped;
                }
                ty
            }
            _ => Ty { kind: TyKind::Scalar, has_pointers, size, align, ..Ty::default() },
        }
    }

    pub(super) fn is_interface(&mut self, t: TypeId) -> bool {
        let u = self.c.under(t);
        matches!(self.c.types.kind(u), TypeKind::Interface(_))
    }

    pub(super) fn basic(&mut self, t: TypeId) -> Option<BasicKind> {
        let u = self.c.under(t);
        match self.c.types.kind(u) {
            TypeKind::Basic(k) => Some(*k),
            _ => None,
        }
    }

    /// Whether the type has a name of its own (gc prints `T(x)` rather than `(T)(x)`).
    pub(super) fn is_named(&self, t: TypeId) -> bool {
        crate::typetext::has_name(self.c, t)
    }

    /// gc's `%v` of a type.
    pub(super) fn type_text(&mut self, t: TypeId) -> String {
        crate::typetext::type_text(self.c, self.user_pkg, t)
    }
}

fn clamp_i64(x: u64) -> i64 {
    i64::try_from(x).unwrap_or(i64::MAX)
}
