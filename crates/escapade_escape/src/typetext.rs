//! gc's `%v` text of a type (`types.Type` formatting): local names unqualified, imported ones
//! qualified by package name, `any` kept, `func(...)` signatures without parameter names.
//! Shared by the lowering (node texts) and the inliner's `-m=2` body printer.

use escapade_types::types::{BasicKind, ChanDir, TypeKind};
use escapade_types::{Checker, PkgId, TypeId};

/// gc's `%v` of type `t`; `user_pkg` is the package whose names print unqualified.
pub fn type_text(c: &Checker, user_pkg: Option<PkgId>, t: TypeId) -> String {
    depth_text(c, user_pkg, t, 0)
}

/// Whether gc prints the type by a name of its own: a conversion to it is `T(x)`, to an
/// unnamed type `(T)(x)`.
pub fn has_name(c: &Checker, t: TypeId) -> bool {
    match c.types.kind(t) {
        TypeKind::Named(_) | TypeKind::Basic(_) => true,
        TypeKind::Interface(i) => i.is_any,
        _ => false,
    }
}

fn depth_text(c: &Checker, user_pkg: Option<PkgId>, t: TypeId, depth: u32) -> String {
    if depth > 20 {
        return "...".into();
    }
    let d = depth + 1;
    match c.types.kind(t).clone() {
        TypeKind::Basic(k) => match k {
            BasicKind::UnsafePointer => "unsafe.Pointer".into(),
            BasicKind::UntypedNil => "nil".into(),
            k => k.name().into(),
        },
        TypeKind::Pointer(e) => format!("*{}", depth_text(c, user_pkg, e, d)),
        TypeKind::Slice(e) => format!("[]{}", depth_text(c, user_pkg, e, d)),
        TypeKind::Array(n, e) => format!("[{n}]{}", depth_text(c, user_pkg, e, d)),
        TypeKind::Map(k, v) => {
            format!("map[{}]{}", depth_text(c, user_pkg, k, d), depth_text(c, user_pkg, v, d))
        }
        TypeKind::Chan(dir, e) => {
            let et = depth_text(c, user_pkg, e, d);
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
                        match c.types.kind(p.ty).clone() {
                            TypeKind::Slice(e) => format!("...{}", depth_text(c, user_pkg, e, d)),
                            _ => depth_text(c, user_pkg, p.ty, d),
                        }
                    } else {
                        depth_text(c, user_pkg, p.ty, d)
                    }
                })
                .collect();
            let rs: Vec<String> =
                sig.results.iter().map(|r| depth_text(c, user_pkg, r.ty, d)).collect();
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
                    let ft = depth_text(c, user_pkg, f.ty, d);
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
                i.embeddeds.iter().map(|e| depth_text(c, user_pkg, *e, d)).collect();
            for m in &i.methods {
                let s = depth_text(c, user_pkg, m.sig, d);
                parts.push(format!("{}{}", m.name, s.strip_prefix("func").unwrap_or(&s)));
            }
            format!("interface {{ {} }}", parts.join("; "))
        }
        TypeKind::Named(n) => {
            let obj = c.obj(n.obj).clone();
            let mut s = match obj.pkg {
                Some(p) if Some(p) != user_pkg => {
                    format!("{}.{}", c.pkgs[p.0 as usize].name, obj.name)
                }
                _ => obj.name.clone(),
            };
            if !n.targs.is_empty() {
                let ts: Vec<String> =
                    n.targs.iter().map(|a| depth_text(c, user_pkg, *a, d)).collect();
                s = format!("{s}[{}]", ts.join(","));
            }
            s
        }
        TypeKind::TypeParam(p) => c.obj(p.obj).name.clone(),
        TypeKind::Tuple(ts) => {
            let v: Vec<String> = ts.iter().map(|a| depth_text(c, user_pkg, *a, d)).collect();
            format!("({})", v.join(", "))
        }
        TypeKind::Union(_) => "union".into(),
    }
}
