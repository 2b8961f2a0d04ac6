//! Assignments (gc's `assign.go`): left-hand sides as holes, assignment lists, self-assignment
//! detection and the `reassigned` bookkeeping used for closure capture decisions.

use crate::diag::{DiagKind, Diagnostic};
use crate::graph::{Batch, Hole, LocNode, Where};
use crate::ir::{AssignOp, Builtin, ExprId, ExprKind, StmtId, StmtKind, TyKind, VarId};

/// The destination of one assignment.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Dst {
    /// An assignable expression; `None` is `_`.
    Expr(Option<ExprId>),
    /// A result variable (`return`).
    Var(VarId),
}

impl Batch<'_> {
    /// The hole a store into `n` goes to (gc's `addr`).
    pub(crate) fn addr_of(&mut self, n: Option<ExprId>) -> Hole {
        let Some(n) = n else { return self.discard_hole() };
        let prog = self.prog;
        match &prog.expr(n).kind {
            ExprKind::Name(v) => {
                let l = self.var_loc(*v);
                self.hole(l)
            }
            ExprKind::Dot { x, ptr: false } => self.addr_of(Some(*x)),
            ExprKind::Index { x, index } => {
                self.discard(*index);
                if prog.expr(*x).ty.kind == TyKind::Array {
                    self.addr_of(Some(*x))
                } else {
                    self.mutate(*x);
                    self.heap_hole()
                }
            }
            ExprKind::Deref(x) | ExprKind::Dot { x, ptr: true } => {
                self.mutate(*x);
                self.heap_hole()
            }
            ExprKind::MapIndex { map, key } => {
                self.discard(*map);
                self.assign_heap(*key, "key of map put", Where::Expr(n));
                self.heap_hole()
            }
            // Globals (and anything the lowering could not resolve) are heap.
            _ => self.heap_hole(),
        }
    }

    fn mutate(&mut self, n: ExprId) {
        let k = self.mutator_hole();
        self.expr(k, n);
    }

    /// `dsts… = srcs…` with the given `-m=2` reason.
    pub(crate) fn assign_list(
        &mut self,
        dsts: &[Dst],
        srcs: &[Option<ExprId>],
        why: &'static str,
        s: StmtId,
    ) {
        let ks: Vec<Hole> = dsts
            .iter()
            .map(|d| match *d {
                Dst::Expr(e) => self.addr_of(e),
                Dst::Var(v) => {
                    let l = self.var_loc(v);
                    self.hole(l)
                }
            })
            .collect();
        for (i, &k) in ks.iter().enumerate() {
            let src = srcs.get(i).copied().flatten();
            let mut k = k;
            if let (Dst::Expr(Some(d)), Some(src)) = (dsts[i], src) {
                // A uintptr stored into a reflect header's Data field is a pointer.
                if self.prog.reflect_data.contains(&d) {
                    let h = self.heap_hole();
                    let h = self.note(h, Where::Stmt(s), why);
                    self.unsafe_value(h, src);
                    continue;
                }
                if self.is_self_assign(d, src) {
                    let st = self.prog.stmt(s);
                    let msg = format!(
                        "{} ignoring self-assignment in {}",
                        self.prog.func(self.curfn).name,
                        st.text
                    );
                    self.out.push(Diagnostic::new(DiagKind::IgnoringSelfAssignment, st.pos, msg));
                    k = self.discard_hole();
                }
            }
            if let Some(src) = src {
                let k = self.note(k, Where::Stmt(s), why);
                self.expr(k, src);
            }
        }
        self.reassigned(&ks, s);
    }

    /// Marks the assigned locations as reassigned, except a variable's own defining
    /// statement and zero-initialisation.
    pub(crate) fn reassigned(&mut self, ks: &[Hole], s: StmtId) {
        let prog = self.prog;
        let st = prog.stmt(s);
        if let StmtKind::Assign { op: AssignOp::Assign, lhs, rhs } = &st.kind {
            if rhs.is_empty() && lhs.len() == 1 {
                if let Some(Some(d)) = lhs.first() {
                    if let ExprKind::Name(v) = prog.expr(*d).kind {
                        if prog.var(v).defn.is_none() {
                            return;
                        }
                    }
                }
            }
        }
        let is_range = matches!(st.kind, StmtKind::Range { .. });
        for k in ks {
            if let LocNode::Var(v) = self.locs[k.dst].node {
                if prog.var(v).defn == Some(s) && !is_range {
                    continue;
                }
            }
            self.locs[k.dst].reassigned = true;
        }
    }

    /// `isSelfAssign`: stores that cannot change what the destination object points to.
    fn is_self_assign(&self, dst: ExprId, src: ExprId) -> bool {
        if self.is_slice_self_assign(dst, src) {
            return true;
        }
        let prog = self.prog;
        match (&prog.expr(dst).kind, &prog.expr(src).kind) {
            (ExprKind::Dot { x: a, ptr: p }, ExprKind::Dot { x: b, ptr: q }) if p == q => {
                self.same_safe(*a, *b)
            }
            (ExprKind::Index { x: a, index: i }, ExprKind::Index { x: b, index: j }) => {
                !self.may_affect_memory(*i) && !self.may_affect_memory(*j) && self.same_safe(*a, *b)
            }
            _ => false,
        }
    }

    /// `b.buf = b.buf[i:j]` and `*p = (*p)[i:j]`.
    fn is_slice_self_assign(&self, dst: ExprId, src: ExprId) -> bool {
        let prog = self.prog;
        let base_name = |e: ExprId| match &prog.expr(e).kind {
            ExprKind::Deref(x) | ExprKind::Dot { x, ptr: true } => match prog.expr(*x).kind {
                ExprKind::Name(v) => Some(v),
                _ => None,
            },
            _ => None,
        };
        let Some(d) = base_name(dst) else { return false };
        let ExprKind::Slice { x, .. } = &prog.expr(src).kind else { return false };
        if matches!(prog.expr(*x).kind, ExprKind::Addr(_)) {
            return false;
        }
        base_name(*x) == Some(d)
    }

    /// `ir.SameSafeExpr`: structurally identical side-effect-free expressions.
    fn same_safe(&self, a: ExprId, b: ExprId) -> bool {
        let prog = self.prog;
        let (x, y) = (prog.expr(a), prog.expr(b));
        match (&x.kind, &y.kind) {
            (ExprKind::Name(v), ExprKind::Name(w)) => v == w,
            (ExprKind::Dot { x: p, ptr: pp }, ExprKind::Dot { x: q, ptr: qp }) => {
                pp == qp && field_name(&x.text) == field_name(&y.text) && self.same_safe(*p, *q)
            }
            (ExprKind::Deref(p), ExprKind::Deref(q))
            | (ExprKind::Unary(p), ExprKind::Unary(q))
            | (ExprKind::Conv(p), ExprKind::Conv(q)) => x.text == y.text && self.same_safe(*p, *q),
            (ExprKind::Index { x: p, index: i }, ExprKind::Index { x: q, index: j })
            | (ExprKind::MapIndex { map: p, key: i }, ExprKind::MapIndex { map: q, key: j })
            | (ExprKind::Binary(p, i), ExprKind::Binary(q, j)) => {
                x.text == y.text && self.same_safe(*p, *q) && self.same_safe(*i, *j)
            }
            (ExprKind::Const, ExprKind::Const) => x.text == y.text,
            _ => false,
        }
    }

    /// `mayAffectMemory`.
    fn may_affect_memory(&self, n: ExprId) -> bool {
        let prog = self.prog;
        if prog.inlined_results.contains(&n) {
            return true;
        }
        match &prog.expr(n).kind {
            ExprKind::Name(_) | ExprKind::Const => false,
            ExprKind::Binary(a, b) | ExprKind::Index { x: a, index: b } => {
                self.may_affect_memory(*a) || self.may_affect_memory(*b)
            }
            ExprKind::Conv(a)
            | ExprKind::Unary(a)
            | ExprKind::Deref(a)
            | ExprKind::Dot { x: a, .. } => self.may_affect_memory(*a),
            ExprKind::Builtin(Builtin::Discard(args)) if args.len() == 1 => {
                self.may_affect_memory(args[0])
            }
            _ => true,
        }
    }
}

/// The selected field of a printed selector (`a.b.c` → `c`).
fn field_name(text: &str) -> &str {
    text.rsplit('.').next().unwrap_or(text)
}
