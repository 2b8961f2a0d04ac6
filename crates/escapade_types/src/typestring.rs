//! Types as types2 prints them: names of other packages qualified by package name.

use crate::check::Checker;
use crate::objects::PkgId;
use crate::types::*;

impl Checker {
    /// The type as written in gc's messages, relative to the package being checked.
    pub fn type_string(&self, t: TypeId) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, Some(self.cur.pkg), 0);
        s
    }

    /// Fully qualified by package path where ambiguous (used by dumps): relative to `pkg`.
    pub fn type_string_in(&self, t: TypeId, pkg: Option<PkgId>) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, pkg, 0);
        s
    }

    fn write_type(&self, out: &mut String, t: TypeId, rel: Option<PkgId>, depth: usize) {
        if depth > 64 {
            out.push('…');
            return;
        }
        let d = depth + 1;
        match self.types.kind(t) {
            TypeKind::Basic(k) => out.push_str(k.name()),
            TypeKind::Pointer(e) => {
                out.push('*');
                self.write_type(out, *e, rel, d);
            }
            TypeKind::Slice(e) => {
                out.push_str("[]");
                self.write_type(out, *e, rel, d);
            }
            TypeKind::Array(n, e) => {
                out.push_str(&format!("[{n}]"));
                self.write_type(out, *e, rel, d);
            }
            TypeKind::Map(k, v) => {
                out.push_str("map[");
                self.write_type(out, *k, rel, d);
                out.push(']');
                self.write_type(out, *v, rel, d);
            }
            TypeKind::Chan(dir, e) => {
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                // chan (<-chan T) needs parentheses.
                let paren = *dir == ChanDir::Both
                    && matches!(self.types.kind(*e), TypeKind::Chan(ChanDir::Recv, _));
                if paren {
                    out.push('(');
                }
                self.write_type(out, *e, rel, d);
                if paren {
                    out.push(')');
                }
            }
            TypeKind::Struct(fields) => {
                out.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if !f.embedded {
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write_type(out, f.ty, rel, d);
                    if let Some(tag) = &f.tag {
                        out.push(' ');
                        out.push_str(&crate::constant::quote_go(tag.as_bytes(), usize::MAX));
                    }
                }
                out.push('}');
            }
            TypeKind::Func(sig) => {
                out.push_str("func");
                self.write_signature(out, sig, rel, d);
            }
            TypeKind::Interface(iface) => {
                if iface.is_any {
                    out.push_str("any");
                    return;
                }
                if iface.implicit && iface.methods.is_empty() && iface.embeddeds.len() == 1 {
                    self.write_type(out, iface.embeddeds[0], rel, d);
                    return;
                }
                out.push_str("interface{");
                let mut first = true;
                for &e in &iface.embeddeds {
                    if !first {
                        out.push_str("; ");
                    }
                    first = false;
                    self.write_type(out, e, rel, d);
                }
                for m in &iface.methods {
                    if !first {
                        out.push_str("; ");
                    }
                    first = false;
                    out.push_str(&m.name);
                    if let TypeKind::Func(sig) = self.types.kind(m.sig) {
                        self.write_signature(out, sig, rel, d);
                    }
                }
                out.push('}');
            }
            TypeKind::Tuple(elems) => {
                out.push('(');
                for (i, &e) in elems.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_type(out, e, rel, d);
                }
                out.push(')');
            }
            TypeKind::Named(n) => {
                let obj = self.obj(n.obj);
                if let Some(p) = obj.pkg {
                    if Some(p) != rel {
                        out.push_str(&self.pkgs[p.0 as usize].name);
                        out.push('.');
                    }
                }
                out.push_str(&obj.name);
                if !n.targs.is_empty() {
                    out.push('[');
                    for (i, &a) in n.targs.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        self.write_type(out, a, rel, d);
                    }
                    out.push(']');
                }
            }
            TypeKind::TypeParam(tp) => out.push_str(&self.obj(tp.obj).name),
            TypeKind::Union(terms) => {
                for (i, term) in terms.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" | ");
                    }
                    if term.tilde {
                        out.push('~');
                    }
                    self.write_type(out, term.ty, rel, d);
                }
            }
        }
    }

    fn write_params(
        &self,
        out: &mut String,
        ps: &[Param],
        variadic: bool,
        rel: Option<PkgId>,
        d: usize,
    ) {
        out.push('(');
        for (i, p) in ps.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if !p.name.is_empty() {
                out.push_str(&p.name);
                out.push(' ');
            }
            if variadic && i + 1 == ps.len() {
                out.push_str("...");
                let elem = match self.types.kind(p.ty) {
                    TypeKind::Slice(e) => *e,
                    _ => p.ty,
                };
                self.write_type(out, elem, rel, d);
            } else {
                self.write_type(out, p.ty, rel, d);
            }
        }
        out.push(')');
    }

    pub(crate) fn write_signature(
        &self,
        out: &mut String,
        sig: &Signature,
        rel: Option<PkgId>,
        d: usize,
    ) {
        if !sig.tparams.is_empty() {
            out.push('[');
            for (i, &tp) in sig.tparams.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                self.write_type(out, tp, rel, d);
                if let TypeKind::TypeParam(p) = self.types.kind(tp) {
                    if let Some(b) = p.bound {
                        out.push(' ');
                        self.write_type(out, b, rel, d);
                    }
                }
            }
            out.push(']');
        }
        self.write_params(out, &sig.params, sig.variadic, rel, d);
        match sig.results.len() {
            0 => {}
            1 if sig.results[0].name.is_empty() => {
                out.push(' ');
                self.write_type(out, sig.results[0].ty, rel, d);
            }
            _ => {
                out.push(' ');
                self.write_params(out, &sig.results, false, rel, d);
            }
        }
    }
}
