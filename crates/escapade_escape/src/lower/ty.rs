//! Type facts ([`Ty`]) and gc's printed type names, computed from the type checker.

use escapade_types::types::{BasicKind, ChanDir, TypeKind};
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
        matches!(self.c.types.kind(t), TypeKind::Named(_) | TypeKind::Basic(_)) || self.is_any(t)
    }

    fn is_any(&self, t: TypeId) -> bool {
        matches!(self.c.types.kind(t), TypeKind::Interface(i) if i.is_any)
    }

    /// gc's `%v` of a type.
    pub(super) fn type_text(&mut self, t: TypeId) -> String {
        self.type_text_depth(t, 0)
    }

    fn type_text_depth(&mut self, t: TypeId, depth: u32) -> String {
        if depth > 20 {
            return "...".into();
        }
        let d = depth + 1;
        match self.c.types.kind(t).clone() {
            TypeKind::Basic(k) => match k {
                BasicKind::UnsafePointer => "unsafe.Pointer".into(),
                BasicKind::UntypedNil => "nil".into(),
                k => k.name().into(),
            },
            TypeKind::Pointer(e) => format!("*{}", self.type_text_depth(e, d)),
            TypeKind::Slice(e) => format!("[]{}", self.type_text_depth(e, d)),
            TypeKind::Array(n, e) => format!("[{n}]{}", self.type_text_depth(e, d)),
            TypeKind::Map(k, v) => {
                format!("map[{}]{}", self.type_text_depth(k, d), self.type_text_depth(v, d))
            }
            TypeKind::Chan(dir, e) => {
                let et = self.type_text_depth(e, d);
                match dir {
                    ChanDir::Both => format!("chan {et}"),
                    ChanDir::Send => format!("chan<- {et}"),
                    ChanDir::Recv => format!("<-chan {et}"),
                }
            }
            TypeKind::Func(sig) => {
                let ps: Vec<String> = sig
                    .params
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        if sig.variadic && i + 1 == sig.params.len() {
                            match self.c.types.kind(p.ty).clone() {
                                TypeKind::Slice(e) => format!("...{}", self.type_text_depth(e, d)),
                                _ => self.type_text_depth(p.ty, d),
                            }
                        } else {
                            self.type_text_depth(p.ty, d)
                        }
                    })
                    .collect();
                let rs: Vec<String> =
                    sig.results.iter().map(|r| self.type_text_depth(r.ty, d)).collect();
                let res = match rs.len() {
                    0 => String::new(),
                    1 => format!(" {}", rs[0]),
                    _ => format!(" ({})", rs.join(", ")),
                };
                format!("func({}){res}", ps.join(", "))
            }
            TypeKind::Struct(fields) => {
                if fields.is_empty() {
                    return "struct {}".into();
                }
                let fs: Vec<String> = fields
                    .iter()
                    .map(|f| {
                        let ft = self.type_text_depth(f.ty, d);
                        if f.embedded {
                            ft
                        } else {
                            format!("{} {ft}", f.name)
                        }
                    })
                    .collect();
                format!("struct {{ {} }}", fs.join("; "))
            }
            TypeKind::Interface(i) => {
                if i.is_any {
                    return "any".into();
                }
                if i.methods.is_empty() && i.embeddeds.is_empty() {
                    return "interface {}".into();
                }
                let mut parts: Vec<String> =
                    i.embeddeds.iter().map(|e| self.type_text_depth(*e, d)).collect();
                for m in &i.methods {
                    let s = self.type_text_depth(m.sig, d);
                    parts.push(format!("{}{}", m.name, s.strip_prefix("func").unwrap_or(&s)));
                }
                format!("interface {{ {} }}", parts.join("; "))
            }
            TypeKind::Named(n) => {
                let obj = self.c.obj(n.obj).clone();
                let mut s = match obj.pkg {
                    Some(p) if Some(p) != self.user_pkg => {
                        format!("{}.{}", self.c.pkgs[p.0 as usize].name, obj.name)
                    }
                    _ => obj.name.clone(),
                };
                if !n.targs.is_empty() {
                    let ts: Vec<String> =
                        n.targs.iter().map(|a| self.type_text_depth(*a, d)).collect();
                    s = format!("{s}[{}]", ts.join(","));
                }
                s
            }
            TypeKind::TypeParam(p) => self.c.obj(p.obj).name.clone(),
            TypeKind::Tuple(ts) => {
                let v: Vec<String> = ts.iter().map(|a| self.type_text_depth(*a, d)).collect();
                format!("({})", v.join(", "))
            }
            TypeKind::Union(_) => "union".into(),
        }
    }
}

fn clamp_i64(x: u64) -> i64 {
    i64::try_from(x).unwrap_or(i64::MAX)
}
