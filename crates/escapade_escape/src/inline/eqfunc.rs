//! gc's generated equality functions (`type..eq.T`) at `-m=2`: a comparable struct or array
//! type gc cannot compare as plain memory nor with one runtime routine (several fields with
//! a string, interface or float among them, padding, blank fields) gets an `.eq` function
//! when its type descriptor is emitted, e.g.
//! when a `T` or `*T` is converted to an interface. At `-m=2` gc prints lines for it
//! (`cannot inline type..eq.T: marked go:noinline`, and the explanations of its leaking
//! parameters) that the model does not produce: such a file's `-m=2` output is refused.

use std::collections::BTreeMap;

use escapade_syntax::ast;
use escapade_types::info::FileInfo;
use escapade_types::types::BasicKind;
use escapade_types::{Checker, TypeId, TypeKind};

use crate::ir::{ExprKind, Pos, Program};

/// The first interface conversion of a value whose type (or pointee type) gets an `.eq`
/// function.
pub fn conversion_needing_eq(
    c: &mut Checker,
    info: &FileInfo,
    file: &ast::File,
    prog: &Program,
) -> Option<Pos> {
    let mut by_span: BTreeMap<(u32, u32), ast::NodeId> = BTreeMap::new();
    for d in &file.decls {
        let ast::DeclKind::Func(fd) = &d.kind else { continue };
        let Some(body) = &fd.body else { continue };
        crate::lower::visit::stmts(&body.stmts, 0, &mut |e, _| {
            by_span.insert((e.span.start, e.span.end), e.id);
        });
    }
    for e in &prog.exprs {
        let ExprKind::ConvIface { x, .. } = e.kind else { continue };
        let s = prog.expr(x).pos.span;
        let Some(id) = by_span.get(&(s.start, s.end)) else { continue };
        let Some(mut t) = info.type_of(*id).map(|t| t.ty) else { continue };
        if let TypeKind::Pointer(el) = c.types.kind(t) {
            t = *el;
        }
        if needs_eq(c, t, 0) {
            return Some(e.pos);
        }
    }
    None
}

/// A comparable struct or array type that gc compares with a generated function.
fn needs_eq(c: &mut Checker, t: TypeId, depth: u32) -> bool {
    let u = c.under(t);
    let composite = matches!(c.types.kind(u), TypeKind::Struct(_) | TypeKind::Array(..));
    composite && c.comparable(u) && alg(c, u, depth) == Alg::Special
}

/// gc's equality algorithm kinds (`types.AlgType`), reduced to what decides a generated
/// `.eq` function: plain memory, a runtime routine (strings, floats, interfaces), or
/// special (a generated function).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Alg {
    Mem,
    Runtime,
    Special,
}

fn alg(c: &mut Checker, t: TypeId, depth: u32) -> Alg {
    if depth > 8 {
        return Alg::Special;
    }
    let u = c.under(t);
    match c.types.kind(u).clone() {
        TypeKind::Basic(k) => match k.canonical() {
            BasicKind::String
            | BasicKind::Float32
            | BasicKind::Float64
            | BasicKind::Complex64
            | BasicKind::Complex128 => Alg::Runtime,
            _ => Alg::Mem,
        },
        TypeKind::Interface(_) => Alg::Runtime,
        TypeKind::Array(n, e) => match (n, alg(c, e, depth + 1)) {
            (0, _) => Alg::Mem,
            (_, Alg::Special) => Alg::Special,
            (1, a) => a,
            (_, Alg::Mem) => Alg::Mem,
            _ => Alg::Special,
        },
        TypeKind::Struct(fields) => {
            let (size, _) = c.size_align(u);
            let mut sum = 0;
            let mut all_mem = true;
            let mut blank = false;
            for f in &fields {
                blank |= f.name == "_";
                let a = alg(c, f.ty, depth + 1);
                if a == Alg::Special {
                    return Alg::Special;
                }
                all_mem &= a == Alg::Mem;
                sum += c.size_align(f.ty).0;
            }
            let padded = sum != size;
            match &fields[..] {
                [] => Alg::Mem,
                [f] if !blank && !padded => alg(c, f.ty, depth + 1),
                _ if all_mem && !blank && !padded => Alg::Mem,
                _ => Alg::Special,
            }
        }
        _ => Alg::Mem,
    }
}
