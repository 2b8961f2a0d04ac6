//! Sizes and alignments for GOARCH=amd64, following gc's rules (including the padding of a
//! trailing zero-size struct field).

use crate::check::Checker;
use crate::types::*;

impl Checker {
    /// `(size, align)` of a type in bytes.
    pub fn size_align(&mut self, t: TypeId) -> (u64, u64) {
        self.size_align_depth(t, 0)
    }

    fn size_align_depth(&mut self, t: TypeId, depth: usize) -> (u64, u64) {
        if depth > 100 {
            return (0, 1);
        }
        // gc gives sync/atomic's align64 marker (an empty struct) 8-byte alignment.
        if let Some(n) = self.types.named(t) {
            let o = self.obj(n.obj);
            let path = o.pkg.map(|p| self.pkgs[p.0 as usize].path.as_str());
            if o.name == "align64"
                && matches!(path, Some("sync/atomic" | "internal/runtime/atomic"))
            {
                return (0, 8);
            }
        }
        let u = self.under(t);
        match self.types.kind(u).clone() {
            TypeKind::Basic(k) => match k.canonical() {
                BasicKind::Complex64 => (8, 4),
                BasicKind::Complex128 => (16, 8),
                BasicKind::String => (16, 8),
                k => {
                    let s = k.size();
                    (s, s.max(1))
                }
            },
            TypeKind::Pointer(_) | TypeKind::Map(..) | TypeKind::Chan(..) | TypeKind::Func(_) => {
                (8, 8)
            }
            TypeKind::Slice(_) => (24, 8),
            TypeKind::Interface(_) => (16, 8),
            TypeKind::Array(n, e) => {
                let (s, a) = self.size_align_depth(e, depth + 1);
                (s.saturating_mul(n), a)
            }
            TypeKind::Struct(fields) => {
                let mut off = 0u64;
                let mut align = 1u64;
                let mut last_zero = false;
                for f in &fields {
                    let (s, a) = self.size_align_depth(f.ty, depth + 1);
                    align = align.max(a);
                    off = round_up(off, a);
                    off = off.saturating_add(s);
                    last_zero = s == 0;
                }
                if last_zero && off > 0 {
                    off += 1;
                }
                (round_up(off, align), align)
            }
            _ => (8, 8),
        }
    }

    /// Byte offsets of a struct's fields (empty for non-structs).
    pub fn field_offsets(&mut self, t: TypeId) -> Vec<u64> {
        let u = self.under(t);
        let TypeKind::Struct(fields) = self.types.kind(u).clone() else { return Vec::new() };
        let mut off = 0u64;
        let mut out = Vec::new();
        for f in &fields {
            let (s, a) = self.size_align(f.ty);
            off = round_up(off, a);
            out.push(off);
            off = off.saturating_add(s);
        }
        out
    }

    /// Whether values of the type contain no pointers (gc's `!types.HasPointers`).
    pub fn pointer_free(&mut self, t: TypeId) -> bool {
        self.pointer_free_depth(t, 0)
    }

    fn pointer_free_depth(&mut self, t: TypeId, depth: usize) -> bool {
        if depth > 100 {
            return true;
        }
        let u = self.under(t);
        match self.types.kind(u).clone() {
            TypeKind::Basic(k) => {
                !matches!(k.canonical(), BasicKind::String | BasicKind::UnsafePointer)
            }
            TypeKind::Array(n, e) => n == 0 || self.pointer_free_depth(e, depth + 1),
            TypeKind::Struct(fields) => {
                fields.iter().all(|f| self.pointer_free_depth(f.ty, depth + 1))
            }
            _ => false,
        }
    }
}

fn round_up(x: u64, a: u64) -> u64 {
    if a <= 1 {
        x
    } else {
        x.div_ceil(a).saturating_mul(a)
    }
}
