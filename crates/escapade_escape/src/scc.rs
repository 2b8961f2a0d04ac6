//! Batches: Tarjan SCCs of the static reference graph, callees first (gc's
//! `ir.VisitFuncsBottomUp`). Closures belong to the batch of their enclosing function and
//! follow it in the batch.

use crate::ir::{
    Callee, ExprId, ExprKind, FuncId, MethodTarget, Program, StaticCallee, StmtId, StmtKind,
};
use crate::version::GoVersion;

/// The functions referenced by `f`'s body, in pre-order (closures count as references).
fn refs(prog: &Program, f: FuncId) -> Vec<FuncId> {
    let mut out = Vec::new();
    if let Some(body) = &prog.func(f).body {
        for &s in body {
            stmt_refs(prog, s, &mut out);
        }
    }
    out
}

fn stmt_refs(prog: &Program, s: StmtId, out: &mut Vec<FuncId>) {
    let e = |x: &ExprId, out: &mut Vec<FuncId>| expr_refs(prog, *x, out);
    let list =
        |l: &[StmtId], out: &mut Vec<FuncId>| l.iter().for_each(|s| stmt_refs(prog, *s, out));
    match &prog.stmt(s).kind {
        StmtKind::Block(l) => list(l, out),
        StmtKind::Decl(_) | StmtKind::Label(_) | StmtKind::Goto(_) | StmtKind::Branch => {}
        StmtKind::If { cond, then, els } => {
            e(cond, out);
            list(then, out);
            list(els, out);
        }
        StmtKind::For { cond, post, body } => {
            cond.iter().for_each(|c| e(c, out));
            post.iter().for_each(|p| stmt_refs(prog, *p, out));
            list(body, out);
        }
        StmtKind::Range { x, key, value, body } => {
            e(x, out);
            key.iter().chain(value.iter()).for_each(|k| e(k, out));
            list(body, out);
        }
        StmtKind::Switch { tag, cases } => {
            tag.iter().for_each(|t| e(t, out));
            for c in cases {
                c.exprs.iter().for_each(|x| e(x, out));
                list(&c.body, out);
            }
        }
        StmtKind::TypeSwitch { x, cases } => {
            e(x, out);
            cases.iter().for_each(|c| list(&c.body, out));
        }
        StmtKind::Select { cases } => {
            for c in cases {
                c.comm.iter().for_each(|s| stmt_refs(prog, *s, out));
                list(&c.body, out);
            }
        }
        StmtKind::Send { ch, value } => {
            e(ch, out);
            e(value, out);
        }
        StmtKind::Assign { lhs, rhs, .. } => {
            lhs.iter().flatten().chain(rhs.iter()).for_each(|x| e(x, out));
        }
        StmtKind::AssignCall { lhs, call } => {
            lhs.iter().flatten().for_each(|x| e(x, out));
            e(call, out);
        }
        StmtKind::Return(list) => list.iter().for_each(|x| e(x, out)),
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => e(x, out),
    }
}

fn static_ref(c: &StaticCallee, out: &mut Vec<FuncId>) {
    match c {
        StaticCallee::Local(f) => out.push(*f),
        StaticCallee::Imported(i) => out.extend(i.instance),
    }
}

fn expr_refs(prog: &Program, n: ExprId, out: &mut Vec<FuncId>) {
    // The node's own reference first, then its operands' (pre-order).
    let kind = &prog.expr(n).kind;
    match kind {
        ExprKind::FuncName(f) => out.extend(f.iter().copied()),
        ExprKind::Call(c) => {
            if let (Callee::Static(s), None) = (&c.callee, c.fun) {
                static_ref(s, out);
            }
        }
        ExprKind::MethodValue { target: MethodTarget::Static(s), .. } => static_ref(s, out),
        ExprKind::FuncLit(f) => out.push(*f),
        _ => {}
    }
    kind.for_each_child(&mut |x| expr_refs(prog, x, out));
}

struct Visitor<'p> {
    prog: &'p Program,
    version: GoVersion,
    /// 0 = unvisited, u32::MAX = done.
    node_id: Vec<u32>,
    visitgen: u32,
    stack: Vec<FuncId>,
    batches: Vec<Vec<FuncId>>,
}

impl Visitor<'_> {
    fn visit(&mut self, f: FuncId) -> u32 {
        let idx = f.0 as usize;
        if self.node_id[idx] > 0 {
            return self.node_id[idx];
        }
        self.visitgen += 1;
        let id = self.visitgen;
        self.node_id[idx] = id;
        self.visitgen += 1;
        let mut min = self.visitgen;
        self.stack.push(f);
        for r in refs(self.prog, f) {
            if (r.0 as usize) < self.node_id.len() {
                min = min.min(self.visit(r));
            }
        }
        if (min == id || min == id + 1) && !self.prog.func(f).is_closure_in(self.version) {
            let i = self.stack.iter().rposition(|&x| x == f).unwrap_or(0);
            let block = self.stack.split_off(i);
            for x in &block {
                self.node_id[x.0 as usize] = u32::MAX;
            }
            self.batches.push(block);
        }
        min
    }
}

/// The batches of `prog` in analysis order (callees first, otherwise declaration order).
pub fn batches(prog: &Program) -> Vec<Vec<FuncId>> {
    batches_for(prog, GoVersion::Go127)
}

/// [`batches`] for `version` (go1.23 keeps every function literal in its parent's batch).
pub fn batches_for(prog: &Program, version: GoVersion) -> Vec<Vec<FuncId>> {
    let mut v = Visitor {
        prog,
        version,
        node_id: vec![0; prog.funcs.len()],
        visitgen: 0,
        stack: Vec::new(),
        batches: Vec::new(),
    };
    let order: Vec<FuncId> = if prog.order.is_empty() {
        (0..prog.funcs.len() as u32).map(FuncId).collect()
    } else {
        let mut o = prog.order.clone();
        let mut listed = std::collections::BTreeSet::new();
        listed.extend(o.iter().copied());
        o.extend((0..prog.funcs.len() as u32).map(FuncId).filter(|f| !listed.contains(f)));
        o
    };
    for f in order {
        if (f.0 as usize) < prog.funcs.len() && !prog.func(f).is_closure_in(version) {
            v.visit(f);
        }
    }
    v.batches
}
