//! The call-site pass: which calls gc inlines, in its order (functions bottom-up; in each
//! function its calls in post-order, then the calls of the bodies inlined so far, round by
//! round), with gc's recursion rules (a call site already on the inlining path is skipped;
//! a callee already on it is a "repeated recursive cycle") and closure budgets (twice the
//! budget for a closure, 800 when it is called exactly once).

use std::collections::BTreeMap;

use super::order::{Site, State, Target, CLOSURE_BUDGET};
use super::{FnKey, Inlined, Verdict};
use crate::diag::{DiagKind, Diagnostic};
use crate::ir::{Callee, ExprKind, Pos, StaticCallee};
use crate::lower::Unsupported;
use escapade_syntax::ast;
use escapade_types::Checker;

/// One inlined call.
#[derive(Clone, Debug)]
pub struct InlinedCall {
    pub caller: FnKey,
    pub callee: FnKey,
    /// gc's (outermost) position.
    pub pos: Pos,
    /// Inlined into an inlined body (not a call written in the caller).
    pub nested: bool,
    /// A call through parameter `.1` of inlined function `.0`.
    pub via_param: Option<(FnKey, escapade_types::ObjId)>,
    /// Position of the call's `(` in the body that contains it.
    pub inner: Pos,
    /// The inlined call (index in the list) whose body contains this call.
    pub parent: Option<usize>,
    /// The IR function inlined.
    pub callee_ir: Option<crate::ir::FuncId>,
    /// The call is rewritten in the IR (always in function bodies; in a generated wrapper
    /// only when the inlined body changes its verdicts, see `effect`).
    pub rewrite: bool,
    /// A generated wrapper's call that exists in the IR (`(*T).M` wrappers; method value
    /// wrappers do not).
    pub in_ir: bool,
    /// A call of the copy of a function literal (of an inlined body), not of the literal.
    pub copy: bool,
    /// For a shape instantiation, the shape of each parameter typed by a type parameter.
    pub shape_params: Vec<Option<String>>,
    /// An interface call devirtualized in an inlined copy (`param_devirt`).
    pub devirt: bool,
    /// A function literal called (with arguments) by a `go`/`defer` statement, inlined in
    /// its generated wrapper: the literal stays (gc spills it to a temporary the wrapper
    /// captures), and the call is not rewritten (see `effect`).
    pub wrapped_lit: bool,
    /// The call of a `go`/`defer` statement, inlined in its generated wrapper (the
    /// statement's function values are spilled before it: literals passed stay).
    pub in_wrapper: bool,
}

struct Item {
    site: Site,
    /// Callees inlined on the path to this site.
    chain: Vec<FnKey>,
    /// Call offsets on the path (outermost first).
    outer: Vec<usize>,
    /// Parameters of the innermost inlined function bound to static functions.
    bind: Vec<(escapade_types::ObjId, Target)>,
    /// The innermost inlined function.
    parent: Option<FnKey>,
    /// Index of the inlined call whose body holds this site.
    in_call: Option<usize>,
}

/// Whether gc wraps a `go`/`defer` call of the literal `k`: unless it takes no parameters
/// and returns nothing (a variadic literal called without arguments is still passed a nil
/// slice, measured with go1.27.3).
pub(super) fn lit_call_wrapped(prog: &crate::ir::Program, st: &State<'_>, k: FnKey) -> bool {
    st.fns[st.index[&k]].ir.is_some_and(|f| {
        let f = prog.func(f);
        !f.params.is_empty() || !f.results.is_empty()
    })
}

pub fn run(
    c: &mut Checker,
    prog: &crate::ir::Program,
    st: &mut State<'_>,
    out: &mut Inlined,
) -> Vec<InlinedCall> {
    let order: Vec<FnKey> = st.out.iter().map(|(k, _)| *k).collect();
    // gc's processing order: the check order without the closures checked early (they
    // come with their enclosing function's component).
    let mut proc: Vec<FnKey> = Vec::new();
    let decl_order: Vec<FnKey> =
        order.iter().copied().filter(|k| !matches!(k, FnKey::Lit(_))).collect();
    for d in decl_order {
        proc.push(d);
        let FnKey::Decl(o) = d else { continue };
        for f in &st.fns {
            if f.parent == Some(o) {
                proc.push(f.key);
            }
        }
    }
    // First pass: use counts of every resolved callee.
    let mut counts: BTreeMap<FnKey, usize> = BTreeMap::new();
    for sites in st.sites.values() {
        for s in sites {
            if let Target::Func(k) = &s.target {
                *counts.entry(*k).or_insert(0) += 1;
            }
        }
    }
    // gc resolves (and devirtualizes) every call site of every function, in declaration
    // order, before inlining anything.
    for f in &st.fns {
        for s in st.sites.get(&f.key).map(Vec::as_slice).unwrap_or_default() {
            if let Target::Devirt(_) = s.target {
                if let Some((_, msg)) = devirtualized(st, s.lparen) {
                    let pos = super::pos_at(st.lines, s.lparen);
                    out.calls.push(Diagnostic::new(DiagKind::Devirtualized, pos, msg));
                }
            }
        }
    }
    let mut calls = Vec::new();
    let mut deferred: Vec<(FnKey, Site)> = Vec::new();
    for f in proc {
        let mut queue: Vec<Item> = Vec::new();
        // An instantiation wrapper calls its shape instantiation.
        if let Some((shape, at)) = st.fns[st.index[&f]].inst_of {
            let off = st.lines.offset(escapade_base::LineCol { line: at.line, col: at.col });
            if let (Some(off), Some(k)) =
                (off, st.fns.iter().find(|x| x.ir == Some(shape)).map(|x| x.key))
            {
                let site = Site {
                    lparen: off,
                    target: Target::Func(k),
                    go_defer: false,
                    arg_funcs: Vec::new(),
                };
                queue.push(Item {
                    site,
                    chain: Vec::new(),
                    outer: Vec::new(),
                    bind: Vec::new(),
                    parent: None,
                    in_call: None,
                });
            }
        }
        for s in st.sites.get(&f).cloned().unwrap_or_default() {
            if s.go_defer {
                // `go`/`defer` of a `func() {…}()` literal call runs it directly (no
                // wrapper): never inlined. Otherwise gc's wrapper (`gowrap`/`deferwrap`)
                // calls it through a temporary, and inlines that call only when the literal
                // captures nothing (measured with go1.27.3).
                let wrapped = match s.target {
                    Target::Func(k @ FnKey::Lit(_)) => {
                        lit_call_wrapped(prog, st, k)
                            && st.fns[st.index[&k]]
                                .ir
                                .is_some_and(|f| prog.func(f).captures.is_empty())
                    }
                    _ => true,
                };
                if wrapped {
                    deferred.push((f, s));
                }
            } else {
                queue.push(Item {
                    site: s,
                    chain: Vec::new(),
                    outer: Vec::new(),
                    bind: Vec::new(),
                    parent: None,
                    in_call: None,
                });
            }
        }
        process(c, st, f, queue, &mut counts, &mut calls, out);
        // The calls of `go`/`defer` statements run in the wrapper closures, after the
        // function's own calls.
        let wrapped: Vec<Item> = deferred
            .drain(..)
            .map(|(_, s)| Item {
                site: s,
                chain: Vec::new(),
                outer: Vec::new(),
                bind: Vec::new(),
                parent: None,
                in_call: None,
            })
            .collect();
        if !wrapped.is_empty() {
            process(c, st, f, wrapped, &mut counts, &mut calls, out);
        }
    }
    os_file_lines(st, out);
    autogenerated(st, &mut calls, out);
    calls
}

/// scripts/std-os-file-inline.py's record of the `$GOROOT` lines of a package naming
/// `os.File` (`atomic.Pointer[os.dirInfo]`'s methods, compiled there).
const STD_OS_FILE: &str = include_str!("../../data/std_os_file.txt");

/// A file naming `os.File`: its `can inline` lines after the file's own, its inlined calls
/// after the file's calls (before the generated wrappers'). Where instantiations of generic
/// functions are compiled too, their relative order is not modelled.
fn os_file_lines(st: &State<'_>, out: &mut Inlined) {
    if !super::effect::os_file_named(st.text) {
        return;
    }
    let generic = st.prog.funcs.iter().any(|f| f.name.contains('[') || f.std_instance.is_some());
    if generic {
        out.unsupported.push(Unsupported {
            pos: Pos::new(1, 1),
            what: "the os.File instantiation lines among generic instantiations (use -l)".into(),
        });
        return;
    }
    let at = Pos::new(0, 0);
    for l in STD_OS_FILE.lines() {
        let d = |s: &str| Diagnostic::new(DiagKind::StdInstance, at, s.to_string());
        if let Some(line) = l.strip_prefix("can ") {
            out.can_inline.push(d(line));
        } else if let Some(line) = l.strip_prefix("call ") {
            out.calls.push(d(line));
        }
    }
    out.unsupported_m2.push(Unsupported {
        pos: Pos::new(1, 1),
        what: "-m=2 lines of the os.File instantiations (use -l)".into(),
    });
}

/// Generated wrappers (`<autogenerated>:1`, e.g. `(*T).M` for a value method `T.M`) call
/// the wrapped method, which is inlined there when inlinable.
fn autogenerated(st: &State<'_>, calls: &mut Vec<InlinedCall>, out: &mut Inlined) {
    let prog = st.prog;
    // The wrappers' calls of the file's methods: those lowered (`(*T).M` of a value method),
    // by callee.
    let mut lowered: Vec<(usize, crate::ir::ExprId)> = Vec::new();
    for f in &prog.funcs {
        if f.pos.line != 0 {
            continue;
        }
        let Some(body) = &f.body else { continue };
        let mut found = Vec::new();
        for &s in body {
            for e in super::rewrite::own_exprs(prog, s) {
                super::rewrite::collect_calls(prog, e, &mut found);
            }
        }
        for e in found {
            let ExprKind::Call(c) = &prog.expr(e).kind else { continue };
            let Callee::Static(StaticCallee::Local(id)) = &c.callee else { continue };
            if let Some(i) = st.fns.iter().position(|x| x.ir == Some(*id)) {
                lowered.push((i, e));
            }
        }
    }
    let inlinable = |i: usize| matches!(st.verdicts.get(&st.fns[i].key), Some(Verdict::Inline(_)));
    // gc's order: per type, per method name. A lowered wrapper the order does not name
    // comes first.
    let wraps = st.promoted.clone().unwrap_or_default();
    let named = |i: usize| wraps.contains(&super::effect::Wrap::Own(st.fns[i].key));
    for &(i, e) in lowered.iter().filter(|(i, _)| !named(*i)) {
        if inlinable(i) {
            wrapper_call(&st.fns[i], prog.expr(e).pos, true, calls, out);
        }
    }
    for w in wraps {
        let (super::effect::Wrap::Own(k) | super::effect::Wrap::Promoted(k)) = w;
        let Some(&i) = st.index.get(&k) else { continue };
        if !inlinable(i) {
            continue;
        }
        match w {
            super::effect::Wrap::Own(_) => {
                if let Some(j) = lowered.iter().position(|(x, _)| *x == i) {
                    let (_, e) = lowered.remove(j);
                    wrapper_call(&st.fns[i], prog.expr(e).pos, true, calls, out);
                }
            }
            super::effect::Wrap::Promoted(_) => {
                wrapper_call(&st.fns[i], Pos::new(0, 0), false, calls, out)
            }
        }
    }
    // Method values `x.M` of a static method: one `M-fm` wrapper per method, calling it.
    let mut seen = Vec::new();
    for e in &prog.exprs {
        if let ExprKind::MethodValue {
            target: crate::ir::MethodTarget::Static(StaticCallee::Local(id)),
            ..
        } = &e.kind
        {
            if !seen.contains(id) {
                seen.push(*id);
            }
        }
    }
    for id in seen {
        let Some(fi) = st.fns.iter().find(|x| x.ir == Some(id)) else { continue };
        if let Some(Verdict::Inline(_)) = st.verdicts.get(&fi.key) {
            wrapper_call(fi, Pos::new(0, 0), false, calls, out);
        }
    }
}

/// Records a generated wrapper's (`<autogenerated>:1`) inlined call of `fi`; `inner` is the
/// call's position in the IR wrapper when it has one (`in_ir`).
fn wrapper_call(
    fi: &super::FnInfo<'_>,
    inner: Pos,
    in_ir: bool,
    calls: &mut Vec<InlinedCall>,
    out: &mut Inlined,
) {
    let pos = Pos::new(0, 0);
    out.calls.push(Diagnostic::new(
        DiagKind::InliningCall,
        pos,
        format!("inlining call to {}", fi.name),
    ));
    calls.push(InlinedCall {
        caller: fi.key,
        callee: fi.key,
        pos,
        nested: false,
        via_param: None,
        inner,
        parent: None,
        callee_ir: fi.ir,
        rewrite: false,
        in_ir,
        copy: false,
        shape_params: Vec::new(),
        devirt: false,
        wrapped_lit: false,
        in_wrapper: false,
    });
}

fn process(
    c: &mut Checker,
    st: &mut State<'_>,
    caller: FnKey,
    mut queue: Vec<Item>,
    counts: &mut BTreeMap<FnKey, usize>,
    calls: &mut Vec<InlinedCall>,
    out: &mut Inlined,
) {
    // Printed names of the inlined calls of copied literals, and the copies checked.
    let mut copy_names: BTreeMap<usize, String> = BTreeMap::new();
    let mut checked_copies: std::collections::BTreeSet<(usize, FnKey)> = Default::default();
    // The parameter bindings of each inlined call.
    let mut call_binds: BTreeMap<usize, Vec<(escapade_types::ObjId, Target)>> = BTreeMap::new();
    let mut i = 0;
    while i < queue.len() {
        // gc devirtualizes the calls of the bodies inlined in a round before inlining any
        // of them: their lines come first.
        let round = queue[i].chain.len();
        if round > 0 && (i == 0 || queue[i - 1].chain.len() != round) {
            for it in queue[i..].iter().filter(|it| it.chain.len() == round) {
                if !matches!(it.site.target, Target::Devirt(_)) {
                    continue;
                }
                let at = it.outer.first().copied().unwrap_or(it.site.lparen);
                let msg = match devirtualized(st, it.site.lparen) {
                    Some((_, msg)) => Some(msg),
                    None => param_devirt(c, st, caller, it).map(|d| d.1),
                };
                if let Some(msg) = msg {
                    let pos = super::pos_at(st.lines, at);
                    out.calls.push(Diagnostic::new(DiagKind::Devirtualized, pos, msg));
                }
            }
        }
        let it = &queue[i];
        let at = it.outer.first().copied().unwrap_or(it.site.lparen);
        let pos = super::pos_at(st.lines, at);
        let mut target = it.site.target.clone();
        let mut via_param = None;
        // Devirtualized in an inlined copy (the IR call is still an interface call).
        let mut devirt = false;
        if let Target::Param(o) = target {
            match it.bind.iter().find(|(p, _)| *p == o) {
                Some((_, t)) => {
                    via_param = it.parent.map(|p| (p, o));
                    target = t.clone();
                }
                None => {
                    i += 1;
                    continue;
                }
            }
        }
        if let Target::Devirt(source) = target {
            match devirtualized(st, it.site.lparen) {
                // Its line came with its round's (or, top-level, before any inlining).
                Some((k, _)) => match k {
                    Some(k) => target = Target::Func(k),
                    None => {
                        i += 1;
                        continue;
                    }
                },
                None => match param_devirt(c, st, caller, it) {
                    Some((m, _)) => {
                        out.unsupported_m2.push(Unsupported {
                            pos,
                            what: "-m=2 texts of a call devirtualized after inlining".into(),
                        });
                        target = Target::Func(m);
                        devirt = true;
                    }
                    None => {
                        // In an inlined copy, or when its receiver comes from an inlined
                        // call, the receiver may have become a concrete value gc's
                        // devirtualizer sees through: not modelled.
                        let from_inlined = source.is_some_and(|inner| {
                            let ip = super::pos_at(st.lines, inner);
                            calls.iter().any(|c| c.inner.line == ip.line && c.inner.col == ip.col)
                        });
                        if !it.chain.is_empty() || from_inlined {
                            out.unsupported.push(Unsupported {
                                pos,
                                what: "an interface call gc may devirtualize after inlining (not modelled; use -l)".into(),
                            });
                        }
                        i += 1;
                        continue;
                    }
                },
            }
        }
        // The inlined call whose result this call calls (when its copy returned a literal).
        let mut result_owner = None;
        if let Target::CallResult(inner) = target {
            // gc's StaticValue sees through an inlined call's result variables: the call
            // becomes one of the literal the inlined body returns (its copy). Modelled for
            // a body whose one `return` is of a literal; refused otherwise.
            let ip = super::pos_at(st.lines, inner);
            let Some(ci) =
                calls.iter().position(|c| c.inner.line == ip.line && c.inner.col == ip.col)
            else {
                i += 1;
                continue;
            };
            match returned_lit(st, calls[ci].callee) {
                Some(l) if it.chain.is_empty() || via_param.is_some() => {
                    target = Target::Func(l);
                    result_owner = Some(ci);
                }
                _ => {
                    out.unsupported.push(Unsupported {
                        pos,
                        what: "a call of an inlined call's result (use -l)".into(),
                    });
                    i += 1;
                    continue;
                }
            }
        }
        match target {
            Target::Param(_) | Target::Devirt(_) | Target::CallResult(_) => {}
            Target::Std { name, inlinable } => {
                if inlinable && transparent_std(&name) {
                    // The inlined body forwards its arguments unchanged: the verdicts are
                    // those of the call through the function's tags (as under `-l`).
                    out.calls.push(Diagnostic::new(
                        DiagKind::InliningCall,
                        pos,
                        format!("inlining call to {name}"),
                    ));
                } else if inlinable {
                    out.unsupported.push(Unsupported {
                        pos,
                        what: format!(
                            "inlining call to {name}: the inlined std body is not modelled (use -l)"
                        ),
                    });
                }
            }
            Target::Func(k) => {
                let refuse_devirt = |out: &mut Inlined| {
                    out.unsupported.push(Unsupported {
                        pos,
                        what: "a call devirtualized after inlining and not inlined (use -l)".into(),
                    });
                };
                if let FnKey::Ir(f) = k {
                    if st.prog.func(f).std_instance.is_some() {
                        // gc decides per instantiation whether a std generic function is
                        // inlined (its body then reported at `$GOROOT` positions).
                        out.unsupported.push(Unsupported {
                            pos,
                            what: format!(
                                "inlining of std generic function {} is not modelled (use -l)",
                                st.prog.func(f).name
                            ),
                        });
                        i += 1;
                        continue;
                    }
                }
                let Some(Verdict::Inline(cost)) = st.verdicts.get(&k).cloned() else {
                    if devirt {
                        refuse_devirt(out);
                    }
                    i += 1;
                    continue;
                };
                let closure = matches!(k, FnKey::Lit(_));
                let mut max = super::cost::BUDGET;
                if closure {
                    max *= 2;
                    if counts.get(&k).copied() == Some(1) {
                        max = max.max(CLOSURE_BUDGET);
                    }
                }
                let on_path = it.outer.contains(&it.site.lparen);
                let cycle = it.chain.contains(&k);
                if cycle && cost <= max && !on_path {
                    // `-m=2`: gc's `cannot inline F into G: repeated recursive cycle`, which
                    // go1.27.3 prints twice (every case in the corpus).
                    let d = Diagnostic::new(
                        DiagKind::CannotInline,
                        pos,
                        format!(
                            "cannot inline {} into {}: repeated recursive cycle",
                            st.fns[st.index[&k]].name, st.fns[st.index[&caller]].name
                        ),
                    );
                    out.calls.extend([d.clone(), d]);
                }
                if devirt && !(cost <= max && !on_path && !cycle) {
                    refuse_devirt(out);
                }
                if cost <= max && !on_path && !cycle {
                    let mut name = st.fns[st.index[&k]].name.clone();
                    // A literal of an inlined body: the call is of its copy, which gc names
                    // after the inlined function and checks anew (`can inline` again).
                    // The inlined call whose copied body holds the literal: the innermost
                    // one on the path (a literal passed down to a function inlined there is
                    // still that body's copy).
                    let copy = result_owner.or(it.in_call).and_then(|mut o| loop {
                        if let Some(n) = direct_lit_index(st, calls[o].callee, k) {
                            break Some((o, n));
                        }
                        o = calls[o].parent?;
                    });
                    if let Some((owner, n)) = copy {
                        let base = copy_names
                            .get(&owner)
                            .cloned()
                            .unwrap_or_else(|| st.fns[st.index[&calls[owner].callee]].name.clone());
                        // In a closure the copy is numbered like its own literals.
                        let func = if matches!(caller, FnKey::Lit(_)) { "" } else { "func" };
                        name = format!("{base}.{func}{n}");
                        if cost > super::cost::BUDGET {
                            out.unsupported.push(Unsupported {
                                pos,
                                what: format!("inlining call to {name}: the budget of a copied function literal (use -l)"),
                            });
                        }
                        if checked_copies.insert((owner, k)) {
                            let at = st.fns[st.index[&k]].pos;
                            out.calls.push(Diagnostic::new(
                                DiagKind::CanInline,
                                at,
                                format!("can inline {name}"),
                            ));
                            // A copy calling through a parameter bound at its inlined call
                            // costs less than the literal (gc checks the copy: the call is
                            // static there): its `-m=2` cost is not modelled.
                            let through_param = st.sites.get(&k).is_some_and(|v| {
                                v.iter().any(|s| matches!(s.target, Target::Param(_)))
                            });
                            let what = if through_param {
                                format!("the cost of the copy {name}, whose calls through parameters became static, at -m=2 is not modelled")
                            } else {
                                format!("can inline {name} (a copied function literal) at -m=2 is not modelled")
                            };
                            out.unsupported_m2.push(Unsupported { pos: at, what });
                        }
                    }
                    out.calls.push(Diagnostic::new(
                        DiagKind::InliningCall,
                        pos,
                        format!("inlining call to {name}"),
                    ));
                    let wrapped_lit =
                        it.site.go_defer && it.chain.is_empty() && matches!(k, FnKey::Lit(_));
                    calls.push(InlinedCall {
                        caller,
                        callee: k,
                        pos,
                        nested: !it.chain.is_empty(),
                        via_param,
                        inner: super::pos_at(st.lines, it.site.lparen),
                        parent: it.in_call,
                        callee_ir: st.fns[st.index[&k]].ir,
                        rewrite: !wrapped_lit,
                        in_ir: !wrapped_lit,
                        copy: copy.is_some(),
                        shape_params: st.shape_params.get(&k).cloned().unwrap_or_default(),
                        devirt,
                        wrapped_lit,
                        in_wrapper: it.site.go_defer && it.chain.is_empty(),
                    });
                    let this = calls.len() - 1;
                    if copy.is_some() {
                        copy_names.insert(this, name.clone());
                    }
                    let params = st.fns[st.index[&k]].params.clone();
                    let mut bind: Vec<_> = params
                        .iter()
                        .zip(it.site.arg_funcs.iter())
                        .filter_map(|(p, t)| t.clone().map(|t| (*p, t)))
                        .collect();
                    // A copied literal also reads the parameters of the function whose
                    // body held it, as bound at that inlined call.
                    if let Some((owner, _)) = copy {
                        bind.extend(call_binds.get(&owner).cloned().unwrap_or_default());
                    }
                    call_binds.insert(this, bind.clone());
                    for (_, t) in &bind {
                        if let Target::Func(t) = t {
                            *counts.entry(*t).or_insert(0) += 1;
                        }
                    }
                    let mut chain = it.chain.clone();
                    chain.push(k);
                    let mut outer = it.outer.clone();
                    outer.push(it.site.lparen);
                    let body_sites = st.sites.get(&k).cloned().unwrap_or_default();
                    if let Some(why) = copied_lits_unmodelled(st, k, &body_sites) {
                        out.unsupported.push(Unsupported {
                            pos,
                            what: format!("inlining call to {name}: {why} (use -l)"),
                        });
                    }
                    for s in body_sites {
                        if let Target::Func(t) = &s.target {
                            *counts.entry(*t).or_insert(0) += 1;
                        }
                        queue.push(Item {
                            site: s,
                            chain: chain.clone(),
                            outer: outer.clone(),
                            bind: bind.clone(),
                            parent: Some(k),
                            in_call: Some(this),
                        });
                    }
                }
            }
        }
        i += 1;
    }
}

/// gc's devirtualizer in an inlined copy, for an interface call on a parameter of the
/// inlined function that it never assigns nor takes the address of, when the inlined call
/// (written in the caller) passes a `*T` of one of the file's concrete types whose method
/// takes exactly that receiver: `devirtualizing p.M to *T`, and the call becomes one of the
/// method.
fn param_devirt(
    c: &mut Checker,
    st: &State<'_>,
    caller: FnKey,
    it: &Item,
) -> Option<(FnKey, String)> {
    let k = it.parent?;
    if it.outer.len() != 1 {
        return None;
    }
    let fk = &st.fns[st.index[&k]];
    let body = fk.body?;
    let calls_at = |b: &'_ ast::Block, at: usize| {
        let mut found = None;
        crate::lower::visit::stmts(&b.stmts, 0, &mut |e, d| {
            if d == 0 && matches!(e.kind, ast::ExprKind::Call { .. }) && st.lparen(e) == at {
                found = Some(e.clone());
            }
        });
        found
    };
    let call = calls_at(body, it.site.lparen)?;
    let ast::ExprKind::Call { fun, .. } = &call.kind else { return None };
    let ast::ExprKind::Selector { x, sel } = &crate::lower::strip(fun).kind else { return None };
    let ast::ExprKind::Ident(xi) = &crate::lower::strip(x).kind else { return None };
    let o = st.info.uses.get(xi.id.index()).copied().flatten()?;
    let idx = fk.params.iter().position(|p| *p == o)?;
    let names_o = |e: &ast::Expr| {
        matches!(&crate::lower::strip(e).kind, ast::ExprKind::Ident(i)
            if st.info.uses.get(i.id.index()).copied().flatten() == Some(o))
    };
    let mut touched = false;
    super::order::walk_stmts(&body.stmts, &mut |s| match &s.kind {
        ast::StmtKind::Assign { lhs, .. } | ast::StmtKind::Define { lhs, .. } => {
            touched |= lhs.iter().any(names_o);
        }
        ast::StmtKind::IncDec { x, .. } => touched |= names_o(x),
        _ => {}
    });
    crate::lower::visit::stmts(&body.stmts, 0, &mut |e, _| {
        if let ast::ExprKind::Unary { op: ast::UnaryOp::Addr, x } = &e.kind {
            touched |= names_o(x);
        }
    });
    if touched {
        return None;
    }
    // The inlined call, in the caller: a plain function call passing the value.
    let outer = calls_at(st.fns[st.index[&caller]].body?, it.outer[0])?;
    let ast::ExprKind::Call { fun, args, spread: false } = &outer.kind else { return None };
    if !matches!(crate::lower::strip(fun).kind, ast::ExprKind::Ident(_)) {
        return None;
    }
    let t = st.info.type_of(args.get(idx)?.id)?.ty;
    // Only a pointer (pointer-shaped: the interface holds it as is); a value would be
    // read out of its box (`x.(T)`), which the argument copy does not model.
    let named = match c.types.kind(t) {
        escapade_types::TypeKind::Pointer(e) => *e,
        _ => return None,
    };
    let escapade_types::TypeKind::Named(n) = c.types.kind(named).clone() else { return None };
    let u = c.under(named);
    if matches!(c.types.kind(u), escapade_types::TypeKind::Interface(_)) {
        return None;
    }
    let tname = c.obj(n.obj).name.clone();
    // The method declared in the file on exactly that receiver type.
    let m = st.fns.iter().find_map(|f| match f.key {
        FnKey::Decl(m) if c.obj(m).name == sel.name && c.method_recv.get(&m) == Some(&t) => {
            Some(f.key)
        }
        _ => None,
    })?;
    let text = format!("*{tname}");
    Some((m, format!("devirtualizing {}.{} to {text}", xi.name, sel.name)))
}

/// The front end's devirtualization of the interface call at `lparen`: its message and
/// the function now called (when it is one of the file's).
fn devirtualized(st: &State<'_>, lparen: usize) -> Option<(Option<FnKey>, String)> {
    let p = super::pos_at(st.lines, lparen);
    let (_, _, msg) =
        st.prog.devirtualized.iter().find(|d| d.1.line == p.line && d.1.col == p.col)?;
    let callee = st.prog.exprs.iter().find_map(|e| match &e.kind {
        ExprKind::Call(c) if e.pos.line == p.line && e.pos.col == p.col => match &c.callee {
            Callee::Static(StaticCallee::Local(f)) => Some(*f),
            _ => None,
        },
        _ => None,
    });
    let key = callee.and_then(|f| st.fns.iter().find(|x| x.ir == Some(f)).map(|x| x.key));
    Some((key, msg.clone()))
}

/// `scripts/std-inline-transparent.py`'s record of the inlinable std functions whose inlined
/// body leaves gc's `-m` lines those of `-m -l` plus the `inlining call to` line.
const STD_INLINE: &str = include_str!("../../data/std_inline.txt");

/// gc inlines `name` (as it prints it) transparently.
pub(crate) fn transparent_std(name: &str) -> bool {
    STD_INLINE.lines().any(|l| l.strip_prefix("transparent ") == Some(name))
}

/// The literal an inlined function returns: its body's one `return` (by text, outside the
/// literal) of a literal, into an unnamed result.
fn returned_lit(st: &State<'_>, k: FnKey) -> Option<FnKey> {
    let f = &st.fns[st.index[&k]];
    let body = f.body?;
    let last = body.stmts.last()?;
    let escapade_syntax::ast::StmtKind::Return(xs) = &last.kind else { return None };
    let [x] = &xs[..] else { return None };
    let mut x = crate::lower::strip(x);
    // `return g` of a local bound once to a literal: gc's StaticValue goes on to it.
    if let escapade_syntax::ast::ExprKind::Ident(i) = &x.kind {
        let o = st.info.uses.get(i.id.index()).copied().flatten()?;
        x = st.static_lits.get(&o)?;
    }
    if !matches!(x.kind, escapade_syntax::ast::ExprKind::FuncLit { .. }) {
        return None;
    }
    let ir = st.prog.func(f.ir?);
    if ir.results.len() != 1 || !st.prog.var(ir.results[0]).name.starts_with("~r") {
        return None;
    }
    let (b, l) = (body.span, x.span);
    if !(b.start <= l.start && l.end <= b.end) {
        return None;
    }
    let text = |a: u32, z: u32| st.text.get(a as usize..z as usize).unwrap_or("return return");
    let returns = |t: &str| {
        t.match_indices("return")
            .filter(|(i, _)| {
                let before = t[..*i].chars().next_back();
                let after = t[i + 6..].chars().next();
                let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                !word(before) && !word(after)
            })
            .count()
    };
    if returns(text(b.start, l.start)) + returns(text(l.end, b.end)) != 1 {
        return None;
    }
    st.fns.iter().find(|g| matches!(g.key, FnKey::Lit(_)) && g.span.start == l.start).map(|g| g.key)
}

/// The 1-based source-order index of literal `l` among the literals directly in `k` (not
/// inside another literal), if it is one.
fn direct_lit_index(st: &State<'_>, k: FnKey, l: FnKey) -> Option<usize> {
    let span = st.fns[st.index[&k]].span;
    let inside = |a: escapade_base::Span, b: escapade_base::Span| {
        a.start <= b.start && b.end <= a.end && a != b
    };
    let mut direct: Vec<&super::FnInfo<'_>> = st
        .fns
        .iter()
        .filter(|x| matches!(x.key, FnKey::Lit(_)) && x.key != k && inside(span, x.span))
        .collect();
    let all = direct.clone();
    direct.retain(|x| !all.iter().any(|y| inside(y.span, x.span)));
    escapade_base::sort::stable_sort_by_key(&mut direct, |x| x.span.start);
    direct.iter().position(|x| x.key == l).map(|i| i + 1)
}

/// The function literals of an inlined body are copied with it (new closures of the
/// caller, analysed there: see `rewrite`). What the model does not follow about them:
/// a copy called (gc checks it again, `can inline` printed anew, and may inline the call),
/// a copy passed to a function, and calls inside a literal that the inliner would consider.
fn copied_lits_unmodelled(st: &State<'_>, k: FnKey, body_sites: &[Site]) -> Option<&'static str> {
    let span = st.fns[st.index[&k]].span;
    let lits: Vec<FnKey> = st
        .fns
        .iter()
        .filter(|x| {
            matches!(x.key, FnKey::Lit(_))
                && x.key != k
                && span.start <= x.span.start
                && x.span.end <= span.end
        })
        .map(|x| x.key)
        .collect();
    if lits.is_empty() {
        return None;
    }
    let is_lit = |t: &Target| matches!(t, Target::Func(l) if lits.contains(l));
    // A literal called in the body (its copy is): only a direct one without literals.
    for s in body_sites {
        let Target::Func(l) = &s.target else { continue };
        if !lits.contains(l) {
            continue;
        }
        let inner = st.fns[st.index[l]].span;
        let nested = lits.iter().any(|m| {
            let ms = st.fns[st.index[m]].span;
            m != l && inner.start <= ms.start && ms.end <= inner.end
        });
        if direct_lit_index(st, k, *l).is_none() || nested {
            return Some("a nested function literal of its body is called there");
        }
    }
    // A call the inliner leaves alone (it may bind nothing to a literal argument).
    let plain = |t: &Target| match t {
        Target::Std { inlinable, .. } => !inlinable,
        Target::Func(f) => !matches!(st.verdicts.get(f), Some(Verdict::Inline(_))),
        Target::Param(_) => true,
        Target::Devirt(_) | Target::CallResult(_) => false,
    };
    // A literal passed to a function gc may inline there: the copy is bound to its
    // parameter (and called through it) only when that function is one of the file's.
    let file_func = |t: &Target| matches!(t, Target::Func(_));
    if body_sites.iter().any(|s| {
        !plain(&s.target) && !file_func(&s.target) && s.arg_funcs.iter().flatten().any(is_lit)
    }) {
        return Some("a function literal of its body is passed to a function inlined there");
    }
    for l in &lits {
        let own = &st.fns[st.index[l]].params;
        for s in st.sites.get(l).map(Vec::as_slice).unwrap_or_default() {
            // A call through a captured parameter: its copy may be bound to a function.
            // A parameter of `k` captured by a literal `k` returns is bound at the inlined
            // call (the copy is reached through the call's result, in a result variable).
            let returned_param = |o: &escapade_types::ObjId| {
                st.fns[st.index[&k]].params.contains(o) && returned_lit(st, k) == Some(*l)
            };
            let captured = matches!(s.target, Target::Param(o)
                if !own.contains(&o) && !returned_param(&o));
            // Other calls in a copy are the literal's own (gc does not inline into a copy's
            // body unless the copy itself is inlined, where its sites are queued like any
            // inlined body's; go1.27.3 prints no other line for them).
            if captured {
                return Some("a function literal of its body calls through a captured variable");
            }
        }
    }
    None
}
