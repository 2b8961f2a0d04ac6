//! Whether the inlined calls change the verdicts of the `-l` analysis.
//!
//! The analysis itself runs on the program without inlining. An inlined call leaves the
//! verdicts unchanged when the callee's body, analysed inside the caller, produces the same
//! flows as the call through the callee's parameter tags and nothing of its own:
//! * the callee body reports nothing but its parameter summaries (no allocation, no moved
//!   variable, no self-assignment note: those would be reported again at the call site,
//!   possibly with other verdicts);
//! * no parameter with pointers reaches the heap through a store into memory the callee
//!   only reaches through a pointer (`*p = q`, `p.f = q`, `s[i] = q`): the tag records such
//!   flows as leaks to the heap, while the inlined body stores into whatever the argument
//!   points to, which can be a caller's local.
//!
//! A function literal whose every use is an inlined call disappears, with its
//! `func literal does not escape` line. Anything else is refused (`unsupported:` naming
//! the call): the verdicts the model would print could be wrong.

use std::collections::BTreeMap;

use super::order::{State, Target};
use super::sites::InlinedCall;
use super::{FnKey, Inlined};
use crate::diag::DiagKind;
use crate::ir::{ExprKind, FuncId, Program, StmtId, StmtKind, TyKind};
use crate::lower::Unsupported;
use escapade_syntax::ast;

pub fn check(
    st: &State<'_>,
    prog: &Program,
    analysis: Option<&crate::Analysis>,
    calls: &mut [InlinedCall],
    out: &mut Inlined,
) {
    let Some(a) = analysis else { return };
    let mut inlined_lits: BTreeMap<FnKey, usize> = BTreeMap::new();
    let mut via_seen = std::collections::BTreeSet::new();
    // Whether each call is (or is inlined into) the call of a `go`/`defer` wrapper.
    let wrapped: Vec<bool> = (0..calls.len())
        .map(|mut i| {
            while let Some(p) = calls[i].parent {
                i = p;
            }
            calls[i].in_wrapper
        })
        .collect();
    for (ci, call) in calls.iter_mut().enumerate() {
        let f = &st.fns[st.index[&call.callee]];
        let name = &f.name;
        let refuse = |out: &mut Inlined, why: &str| {
            out.unsupported.push(Unsupported {
                pos: call.pos,
                what: format!("inlining call to {name}: {why} (use -l)"),
            });
        };
        let Some(ir) = f.ir else {
            refuse(out, "callee not lowered");
            continue;
        };
        if let (FnKey::Lit(_), false, false) = (call.callee, call.copy, wrapped[ci]) {
            match call.via_param {
                None if !call.nested => *inlined_lits.entry(call.callee).or_insert(0) += 1,
                // A parameter captured by a copied literal (not the literal's own): the
                // copy holding it stays, the literal with it.
                Some((parent, o)) if !st.fns[st.index[&parent]].params.contains(&o) => {}
                Some((parent, o)) if param_only_called(st, parent, o) => {
                    let first = via_seen.insert((call.pos.line, call.pos.col, call.callee));
                    *inlined_lits.entry(call.callee).or_insert(0) += usize::from(first);
                }
                Some(_) => {
                    refuse(out, "a function argument also used as a value");
                    continue;
                }
                None => {}
            }
        }
        // Calls in function bodies are rewritten (`rewrite`); those of the generated
        // wrappers (and of literals in `go`/`defer` wrappers) are not: there the inlined
        // body must leave the verdicts unchanged.
        if call.pos.line != 0 && !call.wrapped_lit {
            continue;
        }
        let (start, end) = (
            super::pos_at(st.lines, f.span.start as usize),
            super::pos_at(st.lines, f.span.end as usize),
        );
        let inside =
            |l: u32, c: u32| (l, c) >= (start.line, start.col) && (l, c) <= (end.line, end.col);
        let body_diag = a.diagnostics.iter().find(|d| {
            !matches!(
                d.kind,
                DiagKind::ParamDoesNotEscape
                    | DiagKind::LeakingParam
                    | DiagKind::LeakingParamContent
                    | DiagKind::LeakingParamToResult { .. }
                    | DiagKind::CapturingByRef
                    | DiagKind::CapturingByValue
                    | DiagKind::ExplainEscape
                    | DiagKind::ExplainLeak
            ) && inside(d.pos.line, d.pos.col)
                && !(matches!(call.callee, FnKey::Lit(_))
                    && d.pos.line == start.line
                    && d.pos.col == start.col
                    && d.message.starts_with("func literal "))
        });
        let func = prog.func(ir);
        let ptr_params = func.recv_params().any(|p| p.ty.has_pointers);
        let captures = !func.captures.is_empty();
        let why = match body_diag {
            Some(d) => Some(format!("the inlined body reports `{}`", d.message)),
            None if (ptr_params || captures) && stores_indirectly(prog, ir) => {
                Some("the inlined body stores through a pointer".to_string())
            }
            None => None,
        };
        if let Some(why) = why {
            // The wrapper's verdicts change: rewrite it when it is in the IR.
            if call.in_ir {
                call.rewrite = true;
            } else {
                refuse(out, &why);
            }
        }
    }
    // Literals: dropped when every use is an inlined call.
    for (k, n) in inlined_lits {
        let FnKey::Lit(id) = k else { continue };
        let f = &st.fns[st.index[&k]];
        let uses = literal_uses(st, id);
        if uses == n {
            out.dropped_literals.push(f.pos);
            // A closure (it captures variables) that is never reached again is never
            // analysed: its parameter summaries and verdicts disappear too.
            if f.ir.is_some_and(|id| !prog.func(id).captures.is_empty()) {
                out.dropped_bodies.push((
                    super::pos_at(st.lines, f.span.start as usize),
                    super::pos_at(st.lines, f.span.end as usize),
                ));
            }
        } else {
            out.unsupported.push(Unsupported {
                pos: f.pos,
                what: format!("function literal {} is inlined at some uses only (use -l)", f.name),
            });
        }
    }
}

/// Parameter `o` of `f` is only ever called (every use is a call through it).
fn param_only_called(st: &State<'_>, f: FnKey, o: escapade_types::ObjId) -> bool {
    let uses = st.info.uses.iter().filter(|u| **u == Some(o)).count();
    let calls =
        st.sites.get(&f).map_or(0, |v| v.iter().filter(|s| s.target == Target::Param(o)).count());
    uses == calls
}

/// How many times a literal is used: 1 when called or passed directly, else the number of
/// uses of the variable bound to it.
fn literal_uses(st: &State<'_>, lit: escapade_syntax::ast::NodeId) -> usize {
    for (o, e) in &st.static_lits {
        if e.id == lit {
            return st.info.uses.iter().filter(|u| **u == Some(*o)).count();
        }
    }
    1
}

/// The body stores into memory reached through a pointer, a slice or a map.
fn stores_indirectly(prog: &Program, f: FuncId) -> bool {
    let Some(body) = &prog.func(f).body else { return false };
    let mut found = false;
    for &s in body {
        stmt(prog, s, &mut found);
    }
    found
}

fn stmt(prog: &Program, s: StmtId, found: &mut bool) {
    let list = |l: &[StmtId], found: &mut bool| l.iter().for_each(|s| stmt(prog, *s, found));
    match &prog.stmt(s).kind {
        StmtKind::Block(l) => list(l, found),
        StmtKind::If { then, els, .. } => {
            list(then, found);
            list(els, found);
        }
        StmtKind::For { post, body, .. } => {
            post.iter().for_each(|p| stmt(prog, *p, found));
            list(body, found);
        }
        StmtKind::Range { key, value, body, .. } => {
            if key
                .iter()
                .chain(value.iter())
                .any(|e| prog.expr(*e).ty.has_pointers && indirect(prog, *e))
            {
                *found = true;
            }
            list(body, found);
        }
        StmtKind::Switch { cases, .. } => cases.iter().for_each(|c| list(&c.body, found)),
        StmtKind::TypeSwitch { cases, .. } => cases.iter().for_each(|c| list(&c.body, found)),
        StmtKind::Select { cases } => {
            for c in cases {
                c.comm.iter().for_each(|s| stmt(prog, *s, found));
                list(&c.body, found);
            }
        }
        StmtKind::Assign { lhs, .. } | StmtKind::AssignCall { lhs, .. }
            if lhs
                .iter()
                .flatten()
                .any(|e| prog.expr(*e).ty.has_pointers && indirect(prog, *e)) =>
        {
            *found = true;
        }
        _ => {}
    }
}

/// An assignment target reached through a pointer, slice or map.
fn indirect(prog: &Program, e: crate::ir::ExprId) -> bool {
    match &prog.expr(e).kind {
        ExprKind::Deref(_) | ExprKind::Dot { ptr: true, .. } | ExprKind::MapIndex { .. } => true,
        ExprKind::Dot { x, ptr: false } => indirect(prog, *x),
        ExprKind::Index { x, .. } => prog.expr(*x).ty.kind != TyKind::Array || indirect(prog, *x),
        _ => false,
    }
}

/// Every `os.X` the text names is one that brings no `os.File` type into the package (the
/// type whose fields instantiate `atomic.Pointer[os.dirInfo]`) or one of `OS_FILE_NAMES`
/// (whose lines are recorded); each checked with go1.27.3.
pub(super) fn os_uses_known(text: &str) -> bool {
    os_names(text).all(|n| OS_PLAIN.contains(&n) || OS_FILE_NAMES.contains(&n))
}

/// The text names `os.File` through one of `OS_FILE_NAMES`.
pub(super) fn os_file_named(text: &str) -> bool {
    text.contains("\"os\"") && os_names(text).any(|n| OS_FILE_NAMES.contains(&n))
}

/// os identifiers that bring no `os.File` into the package.
const OS_PLAIN: &[&str] = &[
    "Getenv",
    "LookupEnv",
    "Setenv",
    "Unsetenv",
    "Environ",
    "Args",
    "Exit",
    "Stat",
    "Lstat",
    "ReadFile",
    "WriteFile",
    "IsNotExist",
    "IsExist",
    "IsPermission",
    "ErrNotExist",
    "ErrExist",
    "Getwd",
    "Hostname",
    "Getpid",
    "MkdirAll",
    "Mkdir",
    "Remove",
    "RemoveAll",
    "ExpandEnv",
    "ReadDir",
    "TempDir",
    "Chdir",
    "Rename",
    "ModePerm",
    "PathSeparator",
];

/// The os identifiers naming `os.File` that scripts/std-os-file-inline.py probes.
const OS_FILE_NAMES: &[&str] = &["Stdout", "Stderr", "Stdin", "File", "Open", "Create", "OpenFile"];

/// The identifiers `X` of the text's `os.X` selectors.
fn os_names(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    text.match_indices("os.").filter_map(move |(i, _)| {
        if i > 0 && (word(b[i - 1]) || b[i - 1] == b'.') {
            return None;
        }
        let rest = &text[i + 3..];
        let end = rest.bytes().position(|c| !word(c)).unwrap_or(rest.len());
        Some(&rest[..end])
    })
}

/// A generated method wrapper that calls a method of the file (gc compiles them per
/// type in declaration order, per method in name order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wrap {
    /// `(*T).M` of `T`'s own value method `M` (lowered with the file).
    Own(FnKey),
    /// `T.M` or `(*T).M` of a method `M` that `T` gets through an embedded field.
    Promoted(FnKey),
}

/// gc's method wrappers of the file's declared types that call one of its methods: `(*T).M`
/// of a value method, and `T.M` and `(*T).M` of every method `M` a type gets through an
/// embedded field (`T.M` only when reachable by value: a value method, or a path through an
/// embedded pointer); checked against go1.27.3's `<autogenerated>:1: inlining call to`
/// lines. `None` when an embedding is not modelled: an embedded type that is not one of the
/// file's plain declared types, a method name met twice at one depth or also a field name,
/// an interface embedded next to other fields.
pub(super) fn promoted_wrappers(
    c: &mut escapade_types::Checker,
    file: &ast::File,
    info: &escapade_types::info::FileInfo,
) -> Option<Vec<Wrap>> {
    let mut is_iface = |e: &ast::Expr| {
        info.type_of(e.id).is_some_and(|t| {
            let u = c.under(t.ty);
            matches!(c.types.kind(u), escapade_types::TypeKind::Interface(_))
        })
    };
    let specs: Vec<&ast::TypeSpec> = file
        .decls
        .iter()
        .filter_map(|d| match &d.kind {
            ast::DeclKind::Type { specs, .. } => Some(specs.iter()),
            _ => None,
        })
        .flatten()
        .collect();
    let mut types: BTreeMap<&str, &ast::TypeSpec> = BTreeMap::new();
    types.extend(specs.iter().map(|s| (s.name.name.as_str(), *s)));
    // Methods declared on each type: (name, pointer receiver, key).
    let mut methods: BTreeMap<&str, Vec<(&str, bool, FnKey)>> = BTreeMap::new();
    for d in &file.decls {
        let ast::DeclKind::Func(fd) = &d.kind else { continue };
        let Some(r) = fd.recv.as_ref().and_then(|r| r.fields.first()) else { continue };
        let (base, ptr) = deref(&r.ty);
        let ast::ExprKind::Ident(b) = &base.kind else { continue };
        let Some(obj) = info.defs.get(fd.name.id.index()).copied().flatten() else { continue };
        methods.entry(b.name.as_str()).or_default().push((
            fd.name.name.as_str(),
            ptr,
            FnKey::Decl(obj),
        ));
    }
    let mut out = Vec::new();
    for spec in &specs {
        if spec.alias || spec.type_params.is_some() {
            continue;
        }
        // Wrappers of one type by method name.
        let mut wraps: BTreeMap<&str, Vec<Wrap>> = BTreeMap::new();
        let own = methods.get(spec.name.name.as_str()).map(Vec::as_slice).unwrap_or_default();
        for (m, ptr, key) in own {
            if !ptr {
                wraps.entry(m).or_default().push(Wrap::Own(*key));
            }
        }
        let fields = match &spec.ty.kind {
            // Only interfaces embedded: their wrappers are lowered with the file.
            ast::ExprKind::StructType { fields }
                if !fields.fields.iter().all(|f| !f.names.is_empty() || is_iface(&f.ty)) =>
            {
                fields
            }
            _ => {
                out.extend(wraps.into_values().flatten());
                continue;
            }
        };
        // Breadth-first over embedded fields: (struct fields, reached through a pointer).
        let mut level: Vec<(&ast::FieldList, bool)> = vec![(fields, false)];
        let mut seen: Vec<&str> = own.iter().map(|m| m.0).collect();
        let mut field_names: Vec<&str> = Vec::new();
        for _depth in 0..8 {
            let mut found: BTreeMap<&str, Vec<(FnKey, bool)>> = BTreeMap::new();
            let mut next = Vec::new();
            for (fl, via_ptr) in &level {
                for f in &fl.fields {
                    if !f.names.is_empty() {
                        field_names.extend(f.names.iter().map(|n| n.name.as_str()));
                        continue;
                    }
                    let (base, ptr) = deref(&f.ty);
                    let ast::ExprKind::Ident(e) = &base.kind else { return None };
                    if is_iface(&f.ty) {
                        return None;
                    }
                    let et = types.get(e.name.as_str())?;
                    if et.alias || et.type_params.is_some() {
                        return None;
                    }
                    field_names.push(e.name.as_str());
                    let through = *via_ptr || ptr;
                    for (m, pr, key) in methods.get(e.name.as_str()).into_iter().flatten() {
                        found.entry(m).or_default().push((*key, !pr || through));
                    }
                    match &et.ty.kind {
                        ast::ExprKind::StructType { fields } => next.push((fields, through)),
                        ast::ExprKind::InterfaceType { .. } | ast::ExprKind::Ident(_) => {
                            return None
                        }
                        _ => {}
                    }
                }
            }
            for (m, cands) in found {
                if seen.contains(&m) {
                    continue;
                }
                seen.push(m);
                let [(key, by_value)] = cands[..] else { return None };
                let w = wraps.entry(m).or_default();
                w.push(Wrap::Promoted(key));
                if by_value {
                    w.push(Wrap::Promoted(key));
                }
            }
            if next.is_empty() {
                break;
            }
            level = next;
        }
        if seen.iter().any(|m| field_names.contains(m)) {
            return None;
        }
        out.extend(wraps.into_values().flatten());
    }
    Some(out)
}

/// A type expression without parentheses and one pointer, and whether it had the pointer.
fn deref(t: &ast::Expr) -> (&ast::Expr, bool) {
    let t = crate::lower::strip(t);
    match &t.kind {
        ast::ExprKind::Star(x) => (crate::lower::strip(x), true),
        _ => (t, false),
    }
}
