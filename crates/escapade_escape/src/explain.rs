//! `-m=2` explanations: headers, `flow:` lines along the solver's shortest path and the
//! `from … (note) at …` lines (gc's `explainPath` / `explainFlow` / `explainLoc`).

use crate::diag::{DiagKind, Diagnostic, Explanation, FlowStep, NoteStep};
use crate::graph::{Batch, LocId, LocNode, NoteId, Where, BLANK, HEAP};
use crate::ir::{ExprKind, Pos};

/// gc's `%v` of an expression in `-m=2` explanations: go1.27's rewritten `make` sizes show,
/// interface conversions keep their operand's text (verified on conv_const_iface.go), except
/// variadic elements, whose text the lowering already rewrote (extra/variadic_const_arg.go).
pub(crate) fn expr_text(b: &Batch<'_>, e: crate::ir::ExprId) -> String {
    let x = b.prog.expr(e);
    if b.cfg.version.is_127() {
        if let ExprKind::MakeSlice { rewritten_text: Some(t), .. } = &x.kind {
            return t.clone();
        }
    }
    x.text.clone()
}

/// gc's `%v` of an expression in its verdict, after go1.27's literal rewriting.
pub(crate) fn verdict_text(b: &Batch<'_>, e: crate::ir::ExprId) -> String {
    let x = b.prog.expr(e);
    if b.cfg.version.is_127() {
        if let ExprKind::ConvIface { rewritten_text: Some(t), .. } = &x.kind {
            return t.clone();
        }
    }
    expr_text(b, e)
}

/// `%v` of a location's node (names print as themselves).
pub(crate) fn node_text(b: &Batch<'_>, l: LocId) -> String {
    match b.loc(l).node {
        LocNode::None => String::new(),
        LocNode::Var(v) => b.prog.var(v).name.clone(),
        LocNode::Expr(e) => expr_text(b, e),
    }
}

pub(crate) fn node_pos(b: &Batch<'_>, l: LocId) -> Pos {
    match b.loc(l).node {
        LocNode::None => Pos::default(),
        LocNode::Var(v) => b.prog.var(v).pos,
        LocNode::Expr(e) => b.prog.expr(e).pos,
    }
}

/// `explainLoc`: `{heap}`, `{temp}`, a variable name or `{storage for EXPR}`.
pub(crate) fn loc_name(b: &Batch<'_>, l: LocId) -> String {
    if l == HEAP {
        return "{heap}".into();
    }
    match b.loc(l).node {
        LocNode::None => "{temp}".into(),
        LocNode::Var(v) => b.prog.var(v).name.clone(),
        LocNode::Expr(_) => format!("{{storage for {}}}", node_text(b, l)),
    }
}

/// A statement's text with go1.27's rewritten `make` sizes of its right-hand sides
/// (`results := make([]int, 3)` for `make([]int, len(inputs))`, measured with go1.27.3).
fn stmt_text(b: &Batch<'_>, st: &crate::ir::Stmt) -> String {
    let mut text = st.text.clone();
    if let crate::ir::StmtKind::Assign { rhs, .. } = &st.kind {
        for &r in rhs {
            if let ExprKind::MakeSlice { rewritten_text: Some(_), .. } = &b.prog.expr(r).kind {
                let orig = &b.prog.expr(r).text;
                text = text.replacen(orig.as_str(), &expr_text(b, r), 1);
            }
        }
    }
    text
}

fn where_text_pos(b: &Batch<'_>, at: Where) -> (String, Pos) {
    match at {
        Where::Expr(e) => (expr_text(b, e), b.prog.expr(e).pos),
        Where::Stmt(s) => {
            let st = b.prog.stmt(s);
            (stmt_text(b, st), st.pos)
        }
        Where::Capture(f, i) => {
            let c = &b.prog.func(f).captures[i];
            (b.prog.var(c.var).name.clone(), c.pos)
        }
        Where::Var(v) => {
            let x = b.prog.var(v);
            (x.name.clone(), x.pos)
        }
        Where::TypeCase(s, i) => match &b.prog.stmt(s).kind {
            crate::ir::StmtKind::TypeSwitch { cases, .. } => {
                let c = &cases[i];
                (c.text.clone(), c.pos)
            }
            _ => (String::new(), Pos::default()),
        },
    }
}

fn flow_step(
    b: &Batch<'_>,
    dst: LocId,
    src: LocId,
    derefs: i32,
    notes: Option<NoteId>,
) -> FlowStep {
    let mut out = Vec::new();
    let mut n = notes;
    while let Some(id) = n {
        let note = &b.notes[id];
        let (where_text, pos) = where_text_pos(b, note.at);
        out.push(NoteStep { where_text, why: note.why.to_string(), pos });
        n = note.next;
    }
    FlowStep { dst: loc_name(b, dst), src: loc_name(b, src), derefs, notes: out }
}

fn func_name(b: &Batch<'_>, l: LocId) -> String {
    b.loc(l).curfn.map(|f| b.prog.func(f).name.clone()).unwrap_or_default()
}

fn escape_header(b: &Batch<'_>, l: LocId) -> String {
    if b.cfg.version.is_127() {
        format!("{} escapes to heap in {}:", node_text(b, l), func_name(b, l))
    } else {
        format!("{} escapes to heap:", node_text(b, l))
    }
}

fn push(b: &mut Batch<'_>, kind: DiagKind, l: LocId, message: String, ex: Explanation) {
    let pos = node_pos(b, l);
    b.out.push(Diagnostic { kind, pos, message, explanation: Some(ex) });
}

/// The explanation printed by `flow` when an address is stored straight into an escaping
/// location.
pub(crate) fn immediate_escape(
    b: &mut Batch<'_>,
    dst: LocId,
    src: LocId,
    derefs: i32,
    notes: Option<NoteId>,
) {
    let step = flow_step(b, dst, src, derefs, notes);
    let ex = Explanation { steps: vec![step], truncated: false, arrow: b.cfg.version.is_127() };
    let header = escape_header(b, src);
    push(b, DiagKind::ExplainEscape, src, header, ex);
}

/// `explainPath`: the solver's path from `src` back to the walk root.
fn path(b: &Batch<'_>, root: LocId, mut src: LocId) -> Explanation {
    let mut visited: Vec<LocId> = Vec::new();
    let mut ex = Explanation { arrow: b.cfg.version.is_127(), ..Explanation::default() };
    loop {
        if visited.contains(&src) {
            ex.truncated = true;
            break;
        }
        visited.push(src);
        let Some(dst) = b.loc(src).dst else { break };
        let Some(edge) = b.loc(dst).edges.get(b.loc(src).dst_edge) else { break };
        ex.steps.push(flow_step(b, dst, src, edge.derefs, edge.notes));
        if dst == root || dst == BLANK {
            break;
        }
        src = dst;
    }
    ex
}

/// Header and path for a location found to escape while walking from `root`.
pub(crate) fn escapes(b: &mut Batch<'_>, root: LocId, l: LocId) {
    let header = escape_header(b, l);
    let ex = path(b, root, l);
    push(b, DiagKind::ExplainEscape, l, header, ex);
}

/// Header and path for a parameter leaking to `root`.
pub(crate) fn leaks(b: &mut Batch<'_>, root: LocId, l: LocId, derefs: i32) {
    let header = if b.cfg.version.is_127() {
        format!(
            "parameter {} leaks to {} for {} with derefs={}:",
            node_text(b, l),
            loc_name(b, root),
            func_name(b, l),
            derefs
        )
    } else {
        format!(
            "parameter {} leaks to {} with derefs={}:",
            node_text(b, l),
            loc_name(b, root),
            derefs
        )
    };
    let ex = path(b, root, l);
    push(b, DiagKind::ExplainLeak, l, header, ex);
}
