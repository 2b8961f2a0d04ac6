//! gc's inliner (`cmd/compile/internal/inline`, go1.27) as far as it shows in `-m` output
//! and changes escape verdicts: which functions are inlinable (`can inline F`, with the cost
//! for `-m=2`), which calls are inlined (`inlining call to F`), in gc's order.
//!
//! * [`cost`]: the hairy visitor (inline cost of a body, reasons a body is never inlined);
//! * [`order`]: gc's `CanInlineFuncs` order (bottom-up SCCs of the reference graph, a
//!   function's closures in its component, closures called from their parent costed first);
//! * [`sites`]: the call-site pass (post-order per function, inlined bodies' calls after
//!   them, recursion and closure-called-once rules);
//! * [`effect`]: whether an inlined call changes the escape verdicts that the `-l` analysis
//!   computed; where it does (or may), the file is refused with an `unsupported:` marker
//!   naming the call instead of printing verdicts that could be wrong.
//!
//! Only go1.27 is modelled; generic functions are refused.

pub mod cost;
pub mod effect;
pub mod eqfunc;
pub mod order;
pub mod print;
pub mod rewrite;
pub mod sites;

use std::collections::BTreeMap;

use escapade_base::LineIndex;
use escapade_syntax::ast::{self, NodeId};
use escapade_types::{Checker, ObjId};

use crate::diag::{DiagKind, Diagnostic};
use crate::ir::{FuncId, Pos, Program};
use crate::lower::{EscapeRun, Unsupported};
use crate::version::GoVersion;

/// A function the inliner considers: a declared function or method, or a function literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FnKey {
    Decl(ObjId),
    Lit(NodeId),
    /// A shape instantiation of a generic function or method (its IR function), or an
    /// instantiation wrapper (`F[int]` calling `F[go.shape.int]` with its dictionary).
    Ir(FuncId),
}

/// gc's verdict on one function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Inline(i64),
    /// Not inlinable: gc's `-m=2` reason.
    No(String),
}

/// A function of the file with what the inliner needs.
pub struct FnInfo<'a> {
    pub key: FnKey,
    /// gc's name (`f`, `(*T).M`, `f.func1`).
    pub name: String,
    /// Position gc reports (`can inline` at the name, or the `func` keyword of a literal).
    pub pos: Pos,
    pub body: Option<&'a ast::Block>,
    /// Receiver and parameter objects (calls through them cost 17).
    pub params: Vec<ObjId>,
    /// The enclosing declared function of a literal.
    pub parent: Option<ObjId>,
    /// The IR function (for the effect check).
    pub ir: Option<FuncId>,
    pub noinline: bool,
    /// Another pragma that forbids inlining (gc's reason).
    pub pragma: Option<&'static str>,
    /// Byte span of the whole declaration / literal.
    pub span: escapade_base::Span,
    /// The literal's function type (declared functions use their object's type).
    pub sig_ty: Option<escapade_types::TypeId>,
    /// For a shape instantiation: the generic function or method it instantiates.
    pub generic: Option<ObjId>,
    /// An instantiation wrapper: the shape instantiation it calls and its call position.
    pub inst_of: Option<(FuncId, Pos)>,
}

/// The inliner's output for one file.
#[derive(Clone, Debug, Default)]
pub struct Inlined {
    /// `can inline` lines in gc's order.
    pub can_inline: Vec<Diagnostic>,
    /// The same lines as `-m=2` prints them (`can inline F with cost N as: …`, and the
    /// `cannot inline F: REASON` lines in their place).
    pub can_inline_m2: Vec<Diagnostic>,
    /// `inlining call to` lines in gc's order.
    pub calls: Vec<Diagnostic>,
    /// Reasons the file's inlined analysis is not modelled.
    pub unsupported: Vec<Unsupported>,
    /// Reasons only the `-m=2` output is not modelled.
    pub unsupported_m2: Vec<Unsupported>,
    /// Positions of `func literal` diagnostics that disappear (literals inlined away).
    pub dropped_literals: Vec<Pos>,
    /// Source ranges of closures inlined away: nothing inside is analysed.
    pub dropped_bodies: Vec<(Pos, Pos)>,
    /// The inlined calls in gc's order.
    pub inlined: Vec<sites::InlinedCall>,
    /// Positions of the function literals whose copies gc costs like them (no call through
    /// a variable from outside the literal, which a copy may bind).
    pub stable_lits: Vec<Pos>,
}

/// The whole pipeline with inlining on (plain `go build -gcflags=-m`).
pub fn escape_file_inlined(name: &str, text: &str, cfg: crate::Config) -> EscapeRun {
    escape_file_inlined_or_l(name, text, cfg, 0).0
}

/// [`escape_file_inlined`], and when the inliner refuses the file, the `-l` run it started
/// from analysed with `-m=max(cfg.m, l_m)`: what [`crate::lower::escape_file`] returns with that
/// `m`, so a front end that shows the `-l` results of a refused file (`-m=2` for the flows)
/// does not analyse it again (the refused run then holds only its refusal: the `-l` program
/// and analysis move to the kept run). `l_m` 0: no `-l` run is kept. The file is type-checked
/// once for the lowering and the inliner.
pub fn escape_file_inlined_or_l(
    name: &str,
    text: &str,
    cfg: crate::Config,
    l_m: u8,
) -> (EscapeRun, Option<EscapeRun>) {
    // The inliner reads the `-l` analysis's verdicts, not its `-m=2` explanations.
    let l_cfg = crate::Config { m: cfg.m.max(l_m), ..cfg };
    let (run, checked) = crate::lower::escape_file_checked(name, text, l_cfg);
    if !run.errors.is_empty() || !run.unsupported.is_empty() {
        return (run, None);
    }
    // A refusal leaves the `-l` program and analysis as they were; of the rest, the inliner
    // changes only the `-m=2` refusals (kept here) and adds its own.
    let m2 = (l_m > 0).then(|| (run.unsupported_m2.clone(), run.eq_m2_inlined.clone()));
    let mut run = inline_checked(run, checked, text, cfg);
    let l_run = m2.filter(|_| !run.unsupported.is_empty()).map(|(m2, eq)| EscapeRun {
        unsupported_m2: m2,
        eq_m2_inlined: eq,
        program: std::mem::take(&mut run.program),
        analysis: run.analysis.take(),
        ..EscapeRun::default()
    });
    (run, l_run)
}

/// [`inline_program`] over the `-l` run of the file `checked` holds (`None` without a file).
fn inline_run(
    checked: &mut escapade_types::Checked,
    run: &EscapeRun,
    text: &str,
) -> Option<Inlined> {
    let file = checked.files.first().cloned()?;
    let info = checked.checker.info.first().cloned().unwrap_or_default();
    Some(inline_program(
        &mut checked.checker,
        &info,
        &file,
        text,
        &run.program,
        run.analysis.as_ref(),
    ))
}

/// The `-l` run of a file ([`crate::lower::escape_file`]) and, when the inliner models the
/// file, the positions of the calls gc inlines (its `inlining call to F` lines; `None` when
/// refused, or the run has errors or refusals). The file is type-checked once.
pub fn escape_file_and_inlined_calls(
    name: &str,
    text: &str,
    cfg: crate::Config,
) -> (EscapeRun, Option<Vec<Pos>>) {
    let (run, mut checked) = crate::lower::escape_file_checked(name, text, cfg);
    if !run.errors.is_empty() || !run.unsupported.is_empty() || cfg.version != GoVersion::Go127 {
        return (run, None);
    }
    let calls = inline_run(&mut checked, &run, text)
        .filter(|inl| inl.unsupported.is_empty())
        .map(|inl| inl.calls.iter().map(|d| d.pos).collect());
    (run, calls)
}

/// The inliner over the `-l` run of a file that lowered without errors or refusals.
fn inline_checked(
    mut run: EscapeRun,
    mut checked: escapade_types::Checked,
    text: &str,
    cfg: crate::Config,
) -> EscapeRun {
    if cfg.version != GoVersion::Go127 {
        run.unsupported.push(Unsupported {
            pos: Pos::new(1, 1),
            what: "inlining is modelled for go1.27 only (use -l)".into(),
        });
        return run;
    }
    if checked.files.is_empty() {
        return run;
    }
    if run.unsupported_m2.is_empty() {
        run.unsupported_m2.extend(run.eq_m2_inlined.take());
    }
    let Some(inl) = inline_run(&mut checked, &run, text) else { return run };
    if inl.unsupported.is_empty() {
        // Analyse the program with the inlined calls rewritten.
        let mut rw = rewrite::Rewriter::new(&run.program);
        // At -m=2 the explanations of a generated wrapper show its inlined call (gc's
        // `b := b (assign-pair)`) even where the verdicts do not change: rewrite those too.
        let mut calls = inl.inlined.clone();
        if cfg.m >= 2 {
            for c in calls.iter_mut().filter(|c| c.in_ir) {
                c.rewrite = true;
            }
        }
        rw.run(&rewrite::plan(&calls));
        if let Some(&pos) = rw.missed.first().or(rw.shape_consts.first()) {
            run.unsupported.push(Unsupported {
                pos,
                what: "an inlined call the rewrite cannot place (use -l)".into(),
            });
            return run;
        }
        if let Some(&pos) = rw.len_of_lits.first() {
            run.unsupported.push(Unsupported {
                pos,
                what: "a make size len(p) of an inlined parameter bound to a slice literal (go1.27 rewrites it to the literal's length) is not modelled (use -l)".into(),
            });
            return run;
        }
        if let Some(&pos) = rw.const_locals.first() {
            run.unsupported.push(Unsupported {
                pos,
                what: "a local bound to an inlined call's constant result (gc prints the constant where the local is converted) is not modelled (use -l)".into(),
            });
            return run;
        }
        let mut analysis = crate::analyze(&rw.prog, cfg);
        // A printed expression around an inlined call shows its result variable in gc
        // (`x + (~r0)`): not modelled.
        if let Some(d) = analysis
            .diagnostics
            .iter()
            .find(|d| rw.replaced_texts.iter().any(|t| d.message.contains(t.as_str())))
        {
            run.unsupported.push(Unsupported {
                pos: d.pos,
                what: "an expression holding an inlined call's result in a printed line (use -l)"
                    .into(),
            });
            return run;
        }
        if let Some(pos) = hoisted_order_unknown(&rw, &analysis) {
            run.unsupported.push(Unsupported {
                pos,
                what: "the order of the lines of an inlined call inside an expression that reports lines of its own is not modelled (use -l)".into(),
            });
            return run;
        }
        // gc does not see a self-assignment whose index or operands held a call that got
        // inlined (an expression with statements): not modelled.
        // (The statement's text reads the inlined call's result: `r.a[~r0] = r.a[0]`.)
        let results: Vec<&str> = rw.result_names().collect();
        if let Some(d) = analysis.diagnostics.iter().find(|d| {
            d.kind == DiagKind::IgnoringSelfAssignment
                && (has_call(&d.message) || results.iter().any(|r| mentions(&d.message, r)))
                && !inl.inlined.is_empty()
        }) {
            run.unsupported.push(Unsupported {
                pos: d.pos,
                what: "a self-assignment with a call in an inlined body (use -l)".into(),
            });
            return run;
        }
        if cfg.m >= 2 {
            inlined_consts_m2(&run.program, &rw.prog, &mut analysis);
            if let Some(pos) = m2_through_inlined(&rw, &analysis, run.analysis.as_ref(), &inl) {
                run.unsupported_m2.push(Unsupported {
                    pos,
                    what: "-m=2 explanations through an inlined call's parameters, results or wrappers are not modelled (use -l)".into(),
                });
            }
        }
        run.analysis = Some(analysis);
        run.program = rw.prog;
    }
    apply(&mut run, inl, cfg.m);
    run
}

/// gc reports an inlined body's lines where the call sits in the statement's expression
/// walk (after its arguments); the rewrite hoists the arguments and the body before the
/// statement, so their lines come first. That order is only known right when one of the
/// two reports nothing: the first inlined call of a statement where both report lines is
/// returned. A line at a position both hold is the statement's when it is about a result
/// variable (the call's value), else the hoisted code's.
fn hoisted_order_unknown(rw: &rewrite::Rewriter<'_>, a: &crate::Analysis) -> Option<Pos> {
    let results: Vec<&str> = rw.result_names().collect();
    let has = |l: &[Pos], p: Pos| l.iter().any(|x| x.line == p.line && x.col == p.col);
    for (hoisted, own) in &rw.hoisted {
        let (mut body, mut stmt) = (false, false);
        for d in &a.diagnostics {
            if matches!(
                d.kind,
                DiagKind::ParamDoesNotEscape
                    | DiagKind::LeakingParam
                    | DiagKind::LeakingParamContent
                    | DiagKind::LeakingParamToResult { .. }
            ) {
                continue;
            }
            let of_result = results
                .iter()
                .any(|r| d.message.strip_prefix(r).is_some_and(|rest| rest.starts_with(' ')));
            match (has(hoisted, d.pos), has(own, d.pos)) {
                (true, true) if of_result => stmt = true,
                (true, _) => body = true,
                (false, true) => stmt = true,
                (false, false) => {}
            }
        }
        if body && stmt {
            return hoisted.first().copied();
        }
    }
    None
}

/// The first `-m=2` explanation the rewrite does not give gc's text: steps through an
/// inlined call's parameter and result assignments (gc: `p := a (assign-pair)`,
/// `~r0 = x (assign-pair)`, the caller's statement reading `~r0`), and calls inside
/// `<autogenerated>` wrappers of functions gc inlines there.
fn m2_through_inlined(
    rw: &rewrite::Rewriter<'_>,
    a: &crate::Analysis,
    without: Option<&crate::Analysis>,
    inl: &Inlined,
) -> Option<Pos> {
    // The transparent std calls' inlined bodies show in explanations (a std name: not one
    // of the file's functions, nor a closure of one).
    let own = |n: &str| {
        inl.can_inline
            .iter()
            .filter_map(|c| c.message.strip_prefix("can inline "))
            .any(|f| f == n || n.strip_prefix(f).is_some_and(|r| r.starts_with(".func")))
    };
    if let Some(d) = inl.calls.iter().find(|d| {
        d.kind == DiagKind::InliningCall
            && d.message.strip_prefix("inlining call to ").is_some_and(|n| !own(n))
    }) {
        return Some(d.pos);
    }
    // A copied function literal analysed on its own: gc names it `F.func1#HASH#` in
    // explanations (not modelled).
    // (The copy keeps the literal's name and positions: it shows as more such blocks than
    // the `-l` analysis has.)
    for (_, clone) in &rw.cloned {
        let name = format!(" in {}:", rw.prog.func(*clone).name);
        let count = |a: &crate::Analysis| {
            a.diagnostics.iter().filter(|d| d.message.ends_with(&name)).count()
        };
        if count(a) > without.map_or(0, count) {
            return a.diagnostics.iter().find(|d| d.message.ends_with(&name)).map(|d| d.pos);
        }
    }
    let inlinable: Vec<String> = inl
        .can_inline
        .iter()
        .filter_map(|d| d.message.strip_prefix("can inline ").map(|n| format!("{n}(")))
        .collect();
    for d in &a.diagnostics {
        let Some(ex) = &d.explanation else { continue };
        for step in &ex.steps {
            if step.dst.contains("~R") || step.src.contains("~R") {
                return Some(d.pos);
            }
            for n in &step.notes {
                let t = n.where_text.as_str();
                let param_or_result =
                    t.is_empty() || (n.why == "assign" && t.starts_with("return "));
                // A statement still showing an inlined call (gc reads the results).
                let replaced = rw.stale.iter().any(|(_, c)| t.contains(c.as_str()));
                let in_wrapper = n.pos.line == 0 && inlinable.iter().any(|f| calls(t, f));
                if param_or_result || replaced || in_wrapper {
                    return Some(d.pos);
                }
            }
        }
    }
    None
}

/// go1.27's rewrite of a constant reaching an inlined parameter shows in `-m=2`
/// explanations unlike the `-l` rewrite of a local's (`explain::expr_text`): a `make` size
/// keeps the parameter (`make([]int, n) escapes to heap in main:` above `make([]int, 2)
/// escapes to heap`), a variadic element shows the constant (`1 escapes to heap in main:`).
/// Fixes the explanation blocks of the nodes the inline rewrite rewrote.
fn inlined_consts_m2(orig: &Program, prog: &Program, a: &mut crate::Analysis) {
    use crate::ir::ExprKind as K;
    let mut swaps: Vec<(Pos, String, String)> = Vec::new();
    for (i, e) in prog.exprs.iter().enumerate() {
        let was = |k: &K| {
            matches!(
                k,
                K::ConvIface { rewritten_text: Some(_), .. }
                    | K::MakeSlice { rewritten_text: Some(_), .. }
            )
        };
        if orig.exprs.get(i).is_some_and(|o| was(&o.kind)) {
            continue;
        }
        match &e.kind {
            K::MakeSlice { rewritten_text: Some(r), .. } => {
                swaps.push((e.pos, r.clone(), e.text.clone()));
            }
            K::ConvIface { x, rewritten_text: Some(r) } => {
                let id = crate::ir::ExprId(i as u32);
                let variadic = prog.exprs.iter().any(|p| {
                    matches!(&p.kind, K::SliceLit(el) if el.contains(&id))
                        && p.text == "... argument"
                });
                if variadic {
                    swaps.push((e.pos, prog.expr(*x).text.clone(), r.clone()));
                }
            }
            _ => {}
        }
    }
    for d in &mut a.diagnostics {
        let Some(ex) = d.explanation.as_mut() else { continue };
        for (pos, from, to) in &swaps {
            if (d.pos.line, d.pos.col) != (pos.line, pos.col) {
                continue;
            }
            if let Some(rest) = d.message.strip_prefix(from.as_str()) {
                if rest.starts_with(" escapes to heap in ") {
                    d.message = format!("{to}{rest}");
                }
            }
            let (sf, st) = (format!("{{storage for {from}}}"), format!("{{storage for {to}}}"));
            for step in &mut ex.steps {
                for name in [&mut step.src, &mut step.dst] {
                    if *name == sf {
                        name.clone_from(&st);
                    }
                }
                for n in &mut step.notes {
                    if (n.pos.line, n.pos.col) != (pos.line, pos.col) {
                        continue;
                    }
                    if n.where_text == *from {
                        n.where_text.clone_from(to);
                    } else if from.starts_with("make(") && n.where_text.contains(from.as_str()) {
                        // The statement holding the `make` (`m[i] = make([]int, n)`).
                        n.where_text = n.where_text.replacen(from.as_str(), to, 1);
                    }
                }
            }
        }
    }
}

/// Whether `text` holds `call` (`F(`) not as the tail of a longer name or selector.
fn calls(text: &str, call: &str) -> bool {
    text.match_indices(call).any(|(i, _)| {
        !text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.' || c == '~')
    })
}

/// Whether `text` holds the identifier `name` (`~r0` included).
fn mentions(text: &str, name: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '~';
    text.split(|c: char| !ident(c)).any(|w| w == name)
}

/// A call other than `len`/`cap` in a printed statement.
fn has_call(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len()).any(|i| {
        if b[i] != b'(' || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_') {
            return false;
        }
        let start = text[..i]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |j| j + 1);
        !matches!(&text[start..i], "len" | "cap")
    })
}

/// Merges the inliner's lines and refusals into a `-l` run.
fn apply(run: &mut EscapeRun, inl: Inlined, m: u8) {
    if !inl.unsupported.is_empty() {
        run.unsupported = inl.unsupported;
        return;
    }
    let mut calls = inl.calls;
    let mut unsupported_m2 = inl.unsupported_m2;
    if m >= 2 {
        copied_literals_m2(&inl.can_inline_m2, &inl.stable_lits, &mut calls, &mut unsupported_m2);
    }
    run.unsupported_m2.extend(unsupported_m2);
    let Some(a) = run.analysis.as_mut() else { return };
    let mut diags = if m >= 2 { inl.can_inline_m2 } else { inl.can_inline };
    diags.extend(calls);
    let dropped_captures = dropped_captures(&run.program, &inl.dropped_literals);
    let old = std::mem::take(&mut a.diagnostics);
    for d in old {
        // The capture decisions of closures inlined away (`-m=2`) are not made.
        if matches!(d.kind, DiagKind::CapturingByValue | DiagKind::CapturingByRef)
            && dropped_captures.iter().any(|(p, n)| {
                p.line == d.pos.line
                    && p.col == d.pos.col
                    && d.message
                        .split_once(": ")
                        .is_some_and(|(_, r)| r.starts_with(&format!("{n} (")))
            })
        {
            continue;
        }
        // The devirtualizer runs interleaved with the inliner: its lines come with the
        // call sites (above).
        if d.kind == DiagKind::Devirtualized {
            continue;
        }
        let dropped =
            inl.dropped_bodies.iter().any(|(a, b)| {
                (a.line, a.col) <= (d.pos.line, d.pos.col)
                    && (d.pos.line, d.pos.col) <= (b.line, b.col)
            }) || inl.dropped_literals.iter().any(|p| p.line == d.pos.line && p.col == d.pos.col)
                && d.message.starts_with("func literal ");
        if !dropped {
            diags.push(d);
        }
    }
    a.diagnostics = diags;
}

/// `-m=2`: the copy of a function literal gc checks again when it inlines the literal's
/// function (`can inline sumLater.func1` among the call lines) prints the literal's cost
/// and body (the same source); its refusal is lifted when the literal's own line is known.
fn copied_literals_m2(
    m2: &[Diagnostic],
    stable: &[Pos],
    calls: &mut [Diagnostic],
    refused: &mut Vec<Unsupported>,
) {
    let same = |a: Pos, b: Pos| a.line == b.line && a.col == b.col;
    for d in calls.iter_mut().filter(|d| d.kind == DiagKind::CanInline) {
        if !stable.iter().any(|p| same(*p, d.pos)) {
            continue;
        }
        let suffix = m2.iter().find_map(|c| {
            let at = c.message.find(" with cost ")?;
            same(c.pos, d.pos).then(|| c.message[at..].to_string())
        });
        if let Some(suffix) = suffix {
            d.message.push_str(&suffix);
            refused.retain(|u| {
                !(same(u.pos, d.pos) && u.what.contains("(a copied function literal)"))
            });
        }
    }
}

/// The variables (position, name) captured only by closures inlined away (the literals at
/// `dropped`).
fn dropped_captures(prog: &Program, dropped: &[Pos]) -> Vec<(Pos, String)> {
    let at = |p: Pos, q: &[Pos]| q.iter().any(|x| x.line == p.line && x.col == p.col);
    let mut only = Vec::new();
    let mut kept = Vec::new();
    for f in &prog.funcs {
        if f.parent.is_none() {
            continue;
        }
        for c in &f.captures {
            if at(f.pos, dropped) {
                only.push(c.var);
            } else {
                kept.push(c.var);
            }
        }
    }
    only.iter()
        .filter(|v| !kept.contains(v))
        .map(|v| (prog.var(*v).pos, prog.var(*v).name.clone()))
        .collect()
}

/// Runs the inliner over a checked file whose `-l` program and analysis are given.
pub fn inline_program(
    c: &mut Checker,
    info: &escapade_types::info::FileInfo,
    file: &ast::File,
    text: &str,
    prog: &Program,
    analysis: Option<&crate::Analysis>,
) -> Inlined {
    let lines = LineIndex::new(text);
    let mut out = Inlined::default();
    let fns = order::collect(c, info, file, &lines, prog, text);
    if let Some(g) = fns.generic {
        out.unsupported.push(Unsupported {
            pos: g,
            what: "inlining of generic functions is not modelled (use -l)".into(),
        });
        return out;
    }
    let mut st = order::State::new(fns.list, info, prog, text, &lines);
    st.promoted = fns.promoted;
    st.run(c, &mut out);
    if !out.unsupported.is_empty() {
        return out;
    }
    refuse_unmodelled(c, &st, file, &mut out);
    if !out.unsupported.is_empty() {
        return out;
    }
    // The last check-order index of each declared function's component (its go/defer
    // wrappers are checked after it).
    let block_of = |k: &FnKey| match k {
        FnKey::Decl(o) => Some(*o),
        FnKey::Lit(_) => st.fns[st.index[k]].parent,
        FnKey::Ir(_) => None,
    };
    let mut last: BTreeMap<ObjId, usize> = BTreeMap::new();
    for (i, (k, _)) in st.out.iter().enumerate() {
        if let Some(o) = block_of(k) {
            last.insert(o, i);
        }
    }
    // The go/defer wrappers of a declared function (in it and in its closures) are
    // closures too: checked with its component, in source order with its literals.
    let outermost = |mut f: crate::ir::FuncId| {
        while let Some(p) = prog.func(f).parent {
            f = p;
        }
        f
    };
    // gc checks a function's own literals first (in source order; a literal a `go`/`defer`
    // wrapper calls is spilled before the statement, so it is one of them), then the
    // closures of its `go`/`defer` statements in source order: the generated wrappers and
    // the literals called there in gc's normal form `func() {…}()` (no wrapper). Measured
    // with go1.27.3.
    let decl_ir = |o: ObjId| st.fns[st.index[&FnKey::Decl(o)]].ir;
    let stmt_closure_lit = |k: &FnKey| -> bool {
        let (FnKey::Lit(_), Some(o)) = (k, block_of(k)) else { return false };
        let own = st.fns[st.index[k]].ir.is_some_and(|f| prog.func(f).parent == decl_ir(o));
        own && st.sites.get(&FnKey::Decl(o)).is_some_and(|v| {
            v.iter().any(|s| {
                s.go_defer
                    && matches!(s.target, order::Target::Func(t) if t == *k)
                    && !sites::lit_call_wrapped(prog, &st, *k)
            })
        })
    };
    let mut wrappers_done: Vec<crate::ir::FuncId> = Vec::new();
    let mut emit_wrapper = |id: crate::ir::FuncId, out: &mut Inlined| {
        if wrappers_done.contains(&id) {
            return;
        }
        wrappers_done.push(id);
        let w = prog.func(id);
        let d = Diagnostic::new(DiagKind::CanInline, w.pos, format!("can inline {}", w.name));
        out.can_inline.push(d.clone());
        let cost_of = |f: crate::ir::FuncId| {
            let k = st.fns.iter().find(|x| x.ir == Some(f) && x.generic.is_none())?.key;
            st.verdicts.get(&k)?.cost()
        };
        match print::wrapper(prog, id, cost_of) {
            Ok((cost, body)) => out.can_inline_m2.push(Diagnostic::new(
                DiagKind::CanInline,
                w.pos,
                format!("can inline {} with cost {cost} as: {body}", w.name),
            )),
            Err(what) => {
                out.can_inline_m2.push(d);
                out.unsupported_m2.push(Unsupported {
                    pos: w.pos,
                    what: format!("can inline {}: {what} is not modelled", w.name),
                });
            }
        }
    };
    // The go/defer wrappers of a declared function's closures are checked with its
    // component, in source order with its literals; those of the function itself after
    // its literals (above).
    let wrappers_of = |o: ObjId, direct: bool| -> Vec<crate::ir::FuncId> {
        let parent = decl_ir(o);
        (0..prog.funcs.len())
            .map(|wi| crate::ir::FuncId(wi as u32))
            .filter(|&id| {
                let w = prog.func(id);
                w.wrapper
                    && parent.is_some()
                    && w.parent.map(outermost) == parent
                    && (w.parent == parent) == direct
            })
            .collect()
    };
    let texts = print::Texts::new(prog);
    let mut emit_fn = |f: &FnInfo<'_>, v: &Verdict, out: &mut Inlined| {
        if let Verdict::Inline(cost) = v {
            out.can_inline.push(verdict_diag(f, v, None));
            match body_text(c, st.info, file, text, &texts, f) {
                Ok(b) => out.can_inline_m2.push(verdict_diag(f, v, Some(b))),
                Err(what) => out.unsupported_m2.push(Unsupported {
                    pos: f.pos,
                    what: format!("can inline {} with cost {cost}: {what} is not modelled", f.name),
                }),
            }
        } else {
            out.can_inline_m2.push(verdict_diag(f, v, None));
        }
    };
    let mut pending: Vec<(Pos, Option<usize>, Option<crate::ir::FuncId>)> = Vec::new();
    for (i, (k, v)) in st.out.iter().enumerate() {
        let f = &st.fns[st.index[k]];
        if let (FnKey::Lit(_), Some(o)) = (k, block_of(k)) {
            for id in wrappers_of(o, false) {
                let w = prog.func(id);
                if (w.pos.line, w.pos.col) <= (f.pos.line, f.pos.col) {
                    emit_wrapper(id, &mut out);
                }
            }
        }
        if stmt_closure_lit(k) {
            pending.push((f.pos, Some(i), None));
        } else {
            emit_fn(f, v, &mut out);
        }
        if let Some(o) = block_of(k).filter(|o| last.get(o) == Some(&i)) {
            pending.extend(
                wrappers_of(o, true).into_iter().map(|id| (prog.func(id).pos, None, Some(id))),
            );
            escapade_base::sort::stable_sort_by_key(&mut pending, |(p, _, _)| (p.line, p.col));
            for (_, lit, w) in pending.drain(..) {
                if let Some(j) = lit {
                    let (k, v) = &st.out[j];
                    emit_fn(&st.fns[st.index[k]], v, &mut out);
                }
                if let Some(id) = w {
                    emit_wrapper(id, &mut out);
                }
            }
            for id in wrappers_of(o, false) {
                emit_wrapper(id, &mut out);
            }
        }
    }
    for f in st.fns.iter().filter(|f| matches!(f.key, FnKey::Lit(_))) {
        if f.body.is_some_and(|b| !calls_outer_var(c, info, b, f.span)) {
            out.stable_lits.push(f.pos);
        }
    }
    let calls = sites::run(c, prog, &mut st, &mut out);
    if !out.unsupported.is_empty() {
        return out;
    }
    let mut calls = calls;
    effect::check(&st, prog, analysis, &mut calls, &mut out);
    out.inlined = calls;
    out
}

/// Whether a function literal (at `span`) calls a variable declared outside it.
fn calls_outer_var(
    c: &Checker,
    info: &escapade_types::info::FileInfo,
    body: &ast::Block,
    span: escapade_base::Span,
) -> bool {
    let mut found = false;
    crate::lower::visit::stmts(&body.stmts, 0, &mut |e, _| {
        let ast::ExprKind::Call { fun, .. } = &e.kind else { return };
        let ast::ExprKind::Ident(id) = &crate::lower::strip(fun).kind else { return };
        let Some(o) = info.uses.get(id.id.index()).copied().flatten() else { return };
        let obj = c.obj(o);
        let inside = obj.pos.is_some_and(|p| span.start <= p.span.start && p.span.end <= span.end);
        if matches!(obj.kind, escapade_types::ObjKind::Var { .. }) && !inside {
            found = true;
        }
    });
    found
}

/// The `SIG { BODY }` text `-m=2` prints after `as:` for an inlinable function.
fn body_text(
    c: &mut Checker,
    info: &escapade_types::info::FileInfo,
    file: &ast::File,
    text: &str,
    texts: &print::Texts<'_>,
    f: &FnInfo<'_>,
) -> Result<String, String> {
    let body = f.body.ok_or("a function without body")?;
    let (recv, sig, user_pkg) = match f.key {
        FnKey::Decl(obj) => {
            let fd = file
                .decls
                .iter()
                .find_map(|d| match &d.kind {
                    ast::DeclKind::Func(fd) if d.span == f.span => Some(fd),
                    _ => None,
                })
                .ok_or("a function declaration")?;
            let recv = match fd.recv.as_ref().and_then(|r| r.fields.first()) {
                Some(r) => Some(info.type_of(r.ty.id).ok_or("a receiver type")?.ty),
                None => None,
            };
            (recv, c.obj_type(obj), c.obj(obj).pkg)
        }
        FnKey::Lit(_) => {
            let pkg = f.parent.and_then(|o| c.obj(o).pkg);
            (None, f.sig_ty.ok_or("a closure type")?, pkg)
        }
        FnKey::Ir(_) => return Err("a generic function's body".into()),
    };
    print::Printer::new(c, info, texts, user_pkg, text).func(recv, sig, body)
}

/// Constructs whose inlining the model does not follow: refused for the whole file.
fn refuse_unmodelled(c: &mut Checker, st: &order::State<'_>, file: &ast::File, out: &mut Inlined) {
    // Wrappers of generic types' methods (`(*T[int]).M` of a value method, method
    // values `x.M-fm` of a generic method) inline the shape method: not modelled.
    for e in &st.prog.exprs {
        if let crate::ir::ExprKind::MethodValue {
            target: crate::ir::MethodTarget::Static(crate::ir::StaticCallee::Local(id)),
            ..
        } = &e.kind
        {
            if st.prog.func(*id).name.contains("go.shape") {
                out.unsupported.push(Unsupported {
                    pos: e.pos,
                    what: "inlining in method value wrappers of generic methods is not modelled (use -l)"
                        .into(),
                });
            }
        }
    }
    for d in &file.decls {
        let ast::DeclKind::Func(fd) = &d.kind else { continue };
        let Some(r) = fd.recv.as_ref().and_then(|r| r.fields.first()) else { continue };
        let t = crate::lower::strip(&r.ty);
        if matches!(t.kind, ast::ExprKind::Index { .. }) {
            out.unsupported.push(Unsupported {
                pos: pos_at(st.lines, fd.name.span.start as usize),
                what: "inlining in the wrappers of a generic type's value method is not modelled (use -l)"
                    .into(),
            });
        }
    }
    // Importing os instantiates std generics (`atomic.Pointer[os.dirInfo]`) whose
    // inlining gc reports at `$GOROOT` positions: not modelled.
    for imp in file.imports.iter().flat_map(|i| i.specs.iter()) {
        let plain = matches!(imp.name, ast::ImportName::Default) && effect::os_uses_known(st.text);
        if imp.path.raw == "\"os\"" && !plain {
            {
                out.unsupported.push(Unsupported {
                    pos: pos_at(st.lines, imp.span.start as usize),
                    what: "inlining of the std generics importing os instantiates is not modelled (use -l)".into(),
                });
            }
        }
    }
    for d in &file.decls {
        if let ast::DeclKind::Type { specs, .. } = &d.kind {
            for sp in specs {
                if let ast::ExprKind::StructType { fields } = &sp.ty.kind {
                    let concrete = |f: &&ast::Field| {
                        f.names.is_empty()
                            && !st.info.type_of(f.ty.id).is_some_and(|t| {
                                let u = c.under(t.ty);
                                matches!(c.types.kind(u), escapade_types::TypeKind::Interface(_))
                            })
                            && st.promoted.is_none()
                    };
                    if let Some(f) = fields.fields.iter().find(concrete) {
                        out.unsupported.push(Unsupported {
                            pos: pos_at(st.lines, f.span.start as usize),
                            what: "inlining in promoted-method wrappers is not modelled (use -l)"
                                .into(),
                        });
                    }
                }
            }
        }
        if let ast::DeclKind::Var { specs, .. } = &d.kind {
            let mut call = None;
            for v in specs.iter().flat_map(|s| s.values.iter()) {
                crate::lower::visit::expr(v, 0, &mut |e, _| {
                    if matches!(e.kind, ast::ExprKind::Call { .. }) && call.is_none() {
                        call = Some(e.span.start as usize);
                    }
                });
            }
            if let Some(at) = call {
                out.unsupported.push(Unsupported {
                    pos: pos_at(st.lines, at),
                    what: "inlining in package initialisers is not modelled (use -l)".into(),
                });
            }
        }
    }
}

impl Verdict {
    pub fn cost(&self) -> Option<i64> {
        match self {
            Verdict::Inline(c) => Some(*c),
            Verdict::No(_) => None,
        }
    }
}

/// `can inline` / `cannot inline` diagnostics of one verdict.
pub(crate) fn verdict_diag(f: &FnInfo<'_>, v: &Verdict, body_text: Option<String>) -> Diagnostic {
    match v {
        Verdict::Inline(cost) => {
            let msg = match body_text {
                Some(b) => format!("can inline {} with cost {cost} as: {b}", f.name),
                None => format!("can inline {}", f.name),
            };
            Diagnostic::new(DiagKind::CanInline, f.pos, msg)
        }
        Verdict::No(r) => {
            Diagnostic::new(DiagKind::CannotInline, f.pos, format!("cannot inline {}: {r}", f.name))
        }
    }
}

/// Position (gc line:col) of byte offset `off`.
pub(crate) fn pos_at(lines: &LineIndex, off: usize) -> Pos {
    let lc = lines.line_col(off);
    Pos { line: lc.line, col: lc.col, span: escapade_base::Span::empty(off) }
}

/// Map from function key to index in the list.
pub(crate) type Index = BTreeMap<FnKey, usize>;

/// Every function's inlining verdict in gc's check order, as `(position, name, verdict)`;
/// a verdict the model cannot compute is `No("not modelled")`.
pub fn verdicts(name: &str, text: &str) -> Vec<(Pos, String, Verdict)> {
    let run =
        crate::lower::escape_file(name, text, crate::Config { version: GoVersion::Go127, m: 1 });
    let mut checked = escapade_types::check_files(&[escapade_types::SourceFile { name, text }]);
    let Some(file) = checked.files.first().cloned() else { return Vec::new() };
    let info = checked.checker.info.first().cloned().unwrap_or_default();
    let lines = LineIndex::new(text);
    let fns = order::collect(&mut checked.checker, &info, &file, &lines, &run.program, text);
    let mut st = order::State::new(fns.list, &info, &run.program, text, &lines);
    let mut out = Inlined::default();
    st.run(&mut checked.checker, &mut out);
    st.out
        .iter()
        .map(|(k, v)| {
            let f = &st.fns[st.index[k]];
            (f.pos, f.name.clone(), v.clone())
        })
        .collect()
}
