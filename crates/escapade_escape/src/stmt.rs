//! Statements → flows (gc's `stmt.go`), function walking and loop depth.

use std::collections::BTreeMap;

use crate::graph::{Batch, LabelState, LocNode, Where};
use crate::ir::{ExprKind, FuncId, LabelId, StmtId, StmtKind, TyKind};

impl Batch<'_> {
    /// Walks the body of `f` with a fresh loop depth and label table.
    pub(crate) fn walk_func(&mut self, f: FuncId) {
        let saved = (self.curfn, self.loop_depth, std::mem::take(&mut self.labels));
        self.curfn = f;
        self.loop_depth = 1;
        let body = self.prog.func(f).body.clone().unwrap_or_default();
        let mut labels = BTreeMap::new();
        for &s in &body {
            self.find_labels(s, &mut labels);
        }
        self.labels = labels;
        self.block(&body);
        (self.curfn, self.loop_depth, self.labels) = saved;
    }

    /// Marks labels that are the target of a later (backward) goto as looping.
    fn find_labels(&self, s: StmtId, labels: &mut BTreeMap<LabelId, LabelState>) {
        let prog = self.prog;
        let visit = |list: &[StmtId], labels: &mut BTreeMap<LabelId, LabelState>| {
            for &c in list {
                self.find_labels(c, labels);
            }
        };
        match &prog.stmt(s).kind {
            StmtKind::Label(l) => {
                labels.insert(*l, LabelState::NonLooping);
            }
            StmtKind::Goto(l) if labels.get(l) == Some(&LabelState::NonLooping) => {
                labels.insert(*l, LabelState::Looping);
            }
            StmtKind::Block(list) => visit(list, labels),
            StmtKind::If { then, els, .. } => {
                visit(then, labels);
                visit(els, labels);
            }
            StmtKind::For { post, body, .. } => {
                if let Some(p) = post {
                    self.find_labels(*p, labels);
                }
                visit(body, labels);
            }
            StmtKind::Range { body, .. } => visit(body, labels),
            StmtKind::Switch { cases, .. } => {
                for c in cases {
                    visit(&c.body, labels);
                }
            }
            StmtKind::TypeSwitch { cases, .. } => {
                for c in cases {
                    visit(&c.body, labels);
                }
            }
            StmtKind::Select { cases } => {
                for c in cases {
                    if let Some(comm) = c.comm {
                        self.find_labels(comm, labels);
                    }
                    visit(&c.body, labels);
                }
            }
            _ => {}
        }
    }

    pub(crate) fn stmts(&mut self, list: &[StmtId]) {
        for &s in list {
            self.stmt(s);
        }
    }

    /// Like `stmts`, but restores the loop depth afterwards.
    pub(crate) fn block(&mut self, list: &[StmtId]) {
        let old = self.loop_depth;
        self.stmts(list);
        self.loop_depth = old;
    }

    pub(crate) fn stmt(&mut self, s: StmtId) {
        let prog = self.prog;
        let at = Where::Stmt(s);
        match &prog.stmt(s).kind {
            StmtKind::Branch | StmtKind::Goto(_) => {}
            StmtKind::Block(list) => self.stmts(list),
            StmtKind::Decl(v) => {
                self.dcl(*v);
            }
            StmtKind::Label(l) => {
                if self.labels.remove(l) == Some(LabelState::Looping) {
                    self.loop_depth += 1;
                }
            }
            StmtKind::If { cond, then, els } => {
                self.discard(*cond);
                self.block(then);
                self.block(els);
            }
            StmtKind::For { cond, post, body } => {
                self.loop_depth += 1;
                if let Some(c) = cond {
                    self.discard(*c);
                }
                if let Some(p) = post {
                    self.stmt(*p);
                }
                self.block(body);
                self.loop_depth -= 1;
            }
            StmtKind::Range { x, key, value, body } => {
                // X is evaluated outside the loop and persists until the loop ends.
                let tmp = self.new_loc(LocNode::None, true);
                let th = self.hole(tmp);
                self.expr(th, *x);
                self.loop_depth += 1;
                let ks = vec![self.addr_of(*key), self.addr_of(*value)];
                let k = if prog.expr(*x).ty.kind == TyKind::Array {
                    self.note(ks[1], at, "range")
                } else {
                    self.deref(ks[1], at, "range-deref")
                };
                self.flow(k, tmp);
                self.reassigned(&ks, s);
                self.block(body);
                self.loop_depth -= 1;
            }
            StmtKind::Switch { tag, cases } => {
                if let Some(t) = tag {
                    self.discard(*t);
                }
                for c in cases {
                    for &e in &c.exprs {
                        self.discard(e);
                    }
                    self.block(&c.body);
                }
            }
            StmtKind::TypeSwitch { x, cases } => {
                let mut ks = Vec::new();
                for (i, c) in cases.iter().enumerate() {
                    if let Some(v) = c.var {
                        let k = self.dcl(v);
                        let t = prog.var(v).ty;
                        if t.has_pointers {
                            ks.push(self.dot_type(k, t, Where::TypeCase(s, i), "switch case"));
                        }
                    }
                }
                let k = self.tee(&ks);
                self.expr(k, *x);
                for c in cases {
                    self.block(&c.body);
                }
            }
            StmtKind::Select { cases } => {
                for c in cases {
                    if let Some(comm) = c.comm {
                        self.stmt(comm);
                    }
                    self.block(&c.body);
                }
            }
            StmtKind::Send { ch, value } => {
                self.discard(*ch);
                self.assign_heap(*value, "send", at);
            }
            StmtKind::Assign { op, lhs, rhs } => {
                let dsts: Vec<crate::assign::Dst> =
                    lhs.iter().map(|d| crate::assign::Dst::Expr(*d)).collect();
                let srcs: Vec<Option<crate::ir::ExprId>> = rhs.iter().map(|e| Some(*e)).collect();
                self.assign_list(&dsts, &srcs, op.reason(), s);
            }
            StmtKind::AssignCall { lhs, call } => {
                let ks: Vec<_> = lhs.iter().map(|d| self.addr_of(*d)).collect();
                self.call(Some(&ks), *call);
                self.reassigned(&ks, s);
            }
            StmtKind::Return(results) => {
                let dsts: Vec<crate::assign::Dst> = prog
                    .func(self.curfn)
                    .results
                    .iter()
                    .map(|v| crate::assign::Dst::Var(*v))
                    .collect();
                let srcs: Vec<Option<crate::ir::ExprId>> =
                    results.iter().map(|e| Some(*e)).collect();
                self.assign_list(&dsts, &srcs, "return", s);
            }
            StmtKind::Expr(e) => match &prog.expr(*e).kind {
                ExprKind::Call(_) | ExprKind::Builtin(_) => self.call(None, *e),
                _ => self.discard(*e),
            },
            StmtKind::Go(f) | StmtKind::Defer(f) => {
                let is_defer = matches!(prog.stmt(s).kind, StmtKind::Defer(_));
                let k = if is_defer && self.loop_depth == 1 {
                    // Top-level defer arguments do not escape but must last until invoked.
                    let d = self.discard_hole();
                    self.later(d)
                } else {
                    self.heap_hole()
                };
                self.expr(k, *f);
            }
        }
    }

    /// Records the loop depth at a variable's declaration.
    fn dcl(&mut self, v: crate::ir::VarId) -> crate::graph::Hole {
        let l = self.var_loc(v);
        self.locs[l].loop_depth = self.loop_depth;
        self.hole(l)
    }
}
