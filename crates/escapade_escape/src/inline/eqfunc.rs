//! gc's generated equality functions (`type..eq.T`) at `-m=2`: a comparable struct or array
//! type gc cannot compare as plain memory nor with one runtime routine (several fields with
//! a string, interface or float among them, padding, blank fields) gets an `.eq` function
//! when a `T` or `*T` is converted to an interface with methods (an itab; a conversion to
//! `any` alone prints nothing). At `-m=2` gc prints lines for it (`cannot inline
//! type..eq.T: marked go:noinline`, and, with or without `-l`, the explanations of its
//! leaking parameters) that the model does not produce: such a file's `-m=2` output is
//! refused.

use std::collections::{BTreeMap, BTreeSet};

use escapade_syntax::ast;
use escapade_types::info::FileInfo;
use escapade_types::types::BasicKind;
use escapade_types::{Checker, TypeId, TypeKind};

use crate::ir::{ExprKind, Pos, Program};
use crate::lower::Unsupported;

/// The `-m=2` refusal of a file whose interface conversions give a type an `.eq` function
/// (with or without `-l`: gc prints the explanations of its leaking parameters either way).
/// `leaking`: only a function whose parameters leak (it compares strings, interfaces or
/// long memory runs through runtime calls) prints lines under `-l`; with inlining on, any
/// prints its `cannot inline` line.
pub fn refusal(
    checked: &mut escapade_types::Checked,
    prog: &Program,
    itab_convs: &[crate::ir::ExprId],
    leaking: bool,
) -> Option<Unsupported> {
    let file = checked.files.first()?.clone();
    let info = checked.checker.info.first().cloned().unwrap_or_default();
    let c = &mut checked.checker;
    let pos = conversion_needing_eq(c, &info, &file, prog, itab_convs, leaking)?;
    Some(Unsupported {
        pos,
        what: "-m=2 lines of gc's generated equality function for this type".into(),
    })
}

/// Whether the `.eq` function of `t` may make its parameters leak: it reaches a string or
/// interface, or a run of memory longer than gc compares with plain loads (measured with
/// go1.27.3: three float64s print nothing, 200 bytes call `memequal`; 64 bytes is taken as
/// the safe bound, erring on the refusing side).
fn eq_leaks(c: &mut Checker, t: TypeId, depth: u32) -> bool {
    let u = c.under(t);
    if depth > 8 || c.size_align(u).0 > 64 {
        return true;
    }
    match c.types.kind(u).clone() {
        TypeKind::Basic(k) => k.canonical() == BasicKind::String,
        TypeKind::Interface(_) => true,
        TypeKind::Array(_, e) => eq_leaks(c, e, depth + 1),
        TypeKind::Struct(fields) => fields.iter().any(|f| eq_leaks(c, f.ty, depth + 1)),
        _ => false,
    }
}

/// The first conversion to an interface with methods (an itab: gc emits the type descriptor
/// with its `.eq` function while compiling the package's functions; a conversion to `any`
/// alone prints nothing) of a value whose type (or pointee type) gets an `.eq` function.
fn conversion_needing_eq(
    c: &mut Checker,
    info: &FileInfo,
    file: &ast::File,
    prog: &Program,
    itab_convs: &[crate::ir::ExprId],
    leaking: bool,
) -> Option<Pos> {
    let mut by_span: BTreeMap<(u32, u32), ast::NodeId> = BTreeMap::new();
    for d in &file.decls {
        let ast::DeclKind::Func(fd) = &d.kind else { continue };
        let Some(body) = &fd.body else { continue };
        crate::lower::visit::stmts(&body.stmts, 0, &mut |e, _| {
            by_span.insert((e.span.start, e.span.end), e.id);
        });
    }
    for &conv in itab_convs {
        let e = prog.expr(conv);
        let ExprKind::ConvIface { x, .. } = e.kind else { continue };
        let s = prog.expr(x).pos.span;
        let Some(id) = by_span.get(&(s.start, s.end)) else { continue };
        let Some(t) = info.type_of(*id).map(|t| t.ty) else { continue };
        if reaches_eq(c, t, leaking, &mut BTreeSet::new()) {
            return Some(e.pos);
        }
    }
    None
}

/// Whether writing `t`'s type descriptor (as an itab does) emits an `.eq` function: `t` or a
/// type its descriptor refers to (elements, fields, keys, parameters and results, the
/// method signatures of a named type) needs one. Named types of std packages have their
/// descriptors there and are not followed.
fn reaches_eq(c: &mut Checker, t: TypeId, leaking: bool, seen: &mut BTreeSet<TypeId>) -> bool {
    if !seen.insert(t) || seen.len() > 512 {
        return false;
    }
    if let TypeKind::Named(n) = c.types.kind(t) {
        let std = c.obj(n.obj).pkg.is_some_and(|p| {
            let path = &c.pkgs[p.0 as usize].path;
            escapade_types::stdlib::packages().contains(&path.as_str())
        });
        if std && n.targs.is_empty() {
            return false;
        }
    }
    if needs_eq(c, t, 0) && (!leaking || eq_leaks(c, t, 0)) {
        return true;
    }
    let next: Vec<TypeId> = match c.types.kind(t).clone() {
        TypeKind::Named(n) => {
            let mut v: Vec<TypeId> = n.methods.iter().filter_map(|&m| c.obj(m).ty).collect();
            v.push(c.under(t));
            v
        }
        TypeKind::Pointer(e)
        | TypeKind::Slice(e)
        | TypeKind::Array(_, e)
        | TypeKind::Chan(_, e) => {
            vec![e]
        }
        TypeKind::Map(k, v) => vec![k, v],
        TypeKind::Struct(fields) => fields.iter().map(|f| f.ty).collect(),
        TypeKind::Func(sig) => sig.params.iter().chain(&sig.results).map(|p| p.ty).collect(),
        TypeKind::Interface(i) => {
            i.methods.iter().map(|m| m.sig).chain(i.embeddeds.iter().copied()).collect()
        }
        _ => Vec::new(),
    };
    next.into_iter().any(|n| reaches_eq(c, n, leaking, seen))
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
