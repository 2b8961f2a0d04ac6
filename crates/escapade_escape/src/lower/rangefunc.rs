//! Range over a function (`for k, v := range seq`), as gc's front end rewrites it: the
//! loop body becomes a closure `sum-range1` taking the loop variables and returning `true`,
//! guarded by a state variable `#state1` (declared at the `for`, assigned in and after the
//! closure), and the iterator is called with the closure. Bodies whose rewrite needs more
//! (`return`, `goto`, `defer`, labels, nested range-over-func) are refused.

use escapade_syntax::ast::{self, BranchKind};
use escapade_types::types::TypeKind;

use escapade_types::TypeId;

use super::{strip, Lower};
use crate::ir::*;

/// The range-over-func body closure being lowered, for its `return` statements.
#[derive(Clone, Debug)]
pub(super) struct RangeCtx {
    func: FuncId,
    rv: Vec<VarId>,
    next: VarId,
    state: VarId,
}

fn has_return(stmts: &[ast::Stmt]) -> bool {
    use ast::StmtKind as S;
    stmts.iter().any(|s| match &s.kind {
        S::Return(_) => true,
        S::Block(b) => has_return(&b.stmts),
        S::If { then, els, .. } => {
            has_return(&then.stmts) || els.iter().any(|e| has_return(std::slice::from_ref(&**e)))
        }
        S::For { body, .. } | S::Range { body, .. } => has_return(&body.stmts),
        S::Switch { cases, .. } | S::TypeSwitch { cases, .. } => {
            cases.iter().any(|c| has_return(&c.body))
        }
        S::Select { cases } => cases.iter().any(|c| has_return(&c.body)),
        S::Labeled { stmt, .. } => has_return(std::slice::from_ref(&**stmt)),
        _ => false,
    })
}

impl Lower<'_> {
    /// Whether the body of a range-over-func loop needs rewrites that are not modelled.
    fn rangefunc_unmodelled(&mut self, stmts: &[ast::Stmt]) -> bool {
        use ast::StmtKind as S;
        stmts.iter().any(|s| match &s.kind {
            S::Return(xs) => !self.rangefunc_return_ok(xs),
            S::Defer(_) | S::Labeled { .. } => true,
            S::Branch { kind, label } => label.is_some() || *kind == BranchKind::Goto,
            S::Block(b) => self.rangefunc_unmodelled(&b.stmts),
            S::If { init, then, els, .. } => {
                init.iter().any(|i| self.rangefunc_unmodelled(std::slice::from_ref(&**i)))
                    || self.rangefunc_unmodelled(&then.stmts)
                    || els.iter().any(|e| self.rangefunc_unmodelled(std::slice::from_ref(&**e)))
            }
            S::For { body, .. } => self.rangefunc_unmodelled(&body.stmts),
            S::Range { x, body, .. } => {
                let t = self.type_of(x);
                let u = self.c.under(t);
                matches!(self.c.types.kind(u), TypeKind::Func(_))
                    || self.rangefunc_unmodelled(&body.stmts)
            }
            S::Switch { cases, .. } | S::TypeSwitch { cases, .. } => {
                cases.iter().any(|c| self.rangefunc_unmodelled(&c.body))
            }
            S::Select { cases } => cases.iter().any(|c| self.rangefunc_unmodelled(&c.body)),
            _ => false,
        })
    }

    /// A `return` inside a range-over-func body is rewritten through `#rvN` and `#next`
    /// when the enclosing declared function's results are unnamed and the values are
    /// written out one per result.
    fn rangefunc_return_ok(&mut self, xs: &[ast::Expr]) -> bool {
        let outer = self.outer_func();
        let n = self.p.func(outer).results.len();
        let named =
            self.p.func(outer).results.iter().any(|r| !self.p.var(*r).name.starts_with("~r"));
        !named && xs.len() == n && self.p.func(self.cur).parent.is_none()
    }

    /// The declared function enclosing the function being lowered.
    fn outer_func(&self) -> FuncId {
        let mut f = self.cur;
        while let Some(p) = self.p.func(f).parent {
            f = p;
        }
        f
    }

    /// `return xs…` inside a range-over-func body closure: the values go to `#rvN`, `#next`
    /// is set, the loop is marked done and the closure returns false.
    pub(super) fn rangefunc_return(
        &mut self,
        s: &ast::Stmt,
        xs: &[ast::Expr],
        out: &mut Vec<StmtId>,
    ) -> bool {
        let Some(ctx) = self.rangefunc_ctx.last().cloned() else { return false };
        if ctx.func != self.cur {
            return false;
        }
        let pos = self.pos(s.span);
        let outer = self.outer_func();
        let rtypes: Vec<TypeId> = match self.cur_sig.get(&outer).copied() {
            Some(t) => {
                let u = self.c.under(t);
                match self.c.types.kind(u) {
                    TypeKind::Func(sig) => sig.results.iter().map(|r| r.ty).collect(),
                    _ => Vec::new(),
                }
            }
            None => Vec::new(),
        };
        // `#rv1, … = xs…`: the targets are referenced before the values.
        let lhs: Vec<ExprId> =
            ctx.rv.iter().take(xs.len()).map(|&rv| self.name_ref(rv, pos)).collect();
        let mut vals = Vec::new();
        for (i, x) in xs.iter().enumerate().take(lhs.len()) {
            let val = match rtypes.get(i) {
                Some(t) => self.value_to(x, *t),
                None => self.expr(x),
            };
            vals.push(val);
        }
        // One assignment, as gc writes it: `#rv1, #rv2 = k, v` is an assign-pair.
        if !vals.is_empty() {
            let lhs: Vec<ExprId> = lhs.into_iter().take(vals.len()).collect();
            let op = if lhs.len() > 1 { AssignOp::Pair } else { AssignOp::Assign };
            let text = format!("{} = {}", self.join(&lhs), self.join(&vals));
            let kind = StmtKind::Assign { op, lhs: lhs.into_iter().map(Some).collect(), rhs: vals };
            out.push(self.stmt_id(kind, pos, text));
        }
        for v in [ctx.next, ctx.state] {
            let lhs = self.name_ref(v, pos);
            let rhs = self.mk(ExprKind::Const, self.p.var(v).ty, pos, "-1".into());
            let text = format!("{} = -1", self.p.var(v).name);
            let kind =
                StmtKind::Assign { op: AssignOp::Assign, lhs: vec![Some(lhs)], rhs: vec![rhs] };
            out.push(self.stmt_id(kind, pos, text));
        }
        let bool_ty = Ty { kind: TyKind::Scalar, size: 1, align: 1, ..Ty::default() };
        let f = self.mk(ExprKind::Const, bool_ty, pos, "false".into());
        out.push(self.stmt_id(StmtKind::Return(vec![f]), pos, "return false".into()));
        true
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_func(
        &mut self,
        s: &ast::Stmt,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        x: &ast::Expr,
        body: &ast::Block,
        out: &mut Vec<StmtId>,
    ) {
        let pos = self.pos(s.span);
        // The iterator must be an unknown function value: a call's result, or a parameter.
        let dynamic = match &strip(x).kind {
            ast::ExprKind::Call { .. } => true,
            ast::ExprKind::Ident(id) => self
                .obj_of(id.id)
                .and_then(|o| self.vars.get(&o).copied())
                .is_some_and(|v| self.p.var(v).class == VarClass::Param),
            _ => false,
        };
        let named_vars = [key, value]
            .into_iter()
            .flatten()
            .all(|e| matches!(&strip(e).kind, ast::ExprKind::Ident(_)));
        if !dynamic
            || !named_vars
            || (!define && (key.is_some() || value.is_some()))
            || self.rangefunc_unmodelled(&body.stmts)
        {
            self.unsupported(s.span, "range over function");
            return;
        }
        let xt = self.type_of(x);
        let xu = self.c.under(xt);
        let TypeKind::Func(sig) = self.c.types.kind(xu).clone() else { return };
        let Some(yt) = sig.params.first().map(|p| p.ty) else { return };
        let yu = self.c.under(yt);
        let TypeKind::Func(ysig) = self.c.types.kind(yu).clone() else { return };
        // var #stateN = abi.RF_READY
        let n = {
            let c = self.sub_n.entry((self.cur, 4)).or_insert(0);
            *c += 1;
            *c
        };
        let int_ty = Ty { kind: TyKind::Scalar, size: 8, align: 8, ..Ty::default() };
        let parent_fn = self.cur;
        // A body with `return`: result temporaries `#rvN` (at the results' types) and
        // `#next` (no position), declared before the state.
        let mut rv = Vec::new();
        let mut next = None;
        if has_return(&body.stmts) {
            let outer = self.outer_func();
            let fd_results: Vec<(crate::ir::Ty, Pos)> = self
                .p
                .func(outer)
                .results
                .iter()
                .map(|r| (self.p.var(*r).ty, self.result_type_pos(*r)))
                .collect();
            // One set per function, declared before its other locals.
            if let Some(existing) = self.rangefunc_rv.get(&outer) {
                rv = existing.clone();
            } else {
                for (i, (ty, rpos)) in fd_results.into_iter().enumerate() {
                    let name = format!("#rv{}", i + 1);
                    let v = self.new_var(&name, rpos, VarClass::Local, ty);
                    self.p.vars[v.0 as usize].func = outer;
                    let locals = &mut self.p.funcs[outer.0 as usize].locals;
                    if let Some(at) = locals.iter().position(|l| *l == v) {
                        locals.remove(at);
                    }
                    self.p.funcs[outer.0 as usize].locals.insert(i, v);
                    rv.push(v);
                }
                self.rangefunc_rv.insert(outer, rv.clone());
            }
            let nopos = Pos { line: u32::MAX, col: 0, span: pos.span };
            next = Some(self.new_var("#next", nopos, VarClass::Local, int_ty));
        }
        let state = self.new_var(&format!("#state{n}"), pos, VarClass::Local, int_ty);
        out.push(self.stmt_id(StmtKind::Decl(state), pos, format!("var #state{n}")));
        // Inside the body closure the state's uses have no position.
        let nopos = Pos { line: u32::MAX, col: 0, span: pos.span };
        let assign_state = |l: &mut Self, out: &mut Vec<StmtId>| {
            let at = if l.cur == parent_fn { pos } else { nopos };
            let lhs = l.name_ref(state, at);
            let rhs = l.mk(ExprKind::Const, int_ty, pos, "0".into());
            let kind =
                StmtKind::Assign { op: AssignOp::Assign, lhs: vec![Some(lhs)], rhs: vec![rhs] };
            let text = format!("#state{n} = 0");
            out.push(l.stmt_id(kind, pos, text));
        };
        assign_state(self, out);
        let xe = self.expr(x);
        // The body closure.
        let parent = self.cur;
        let name = {
            let c = self.sub_n.entry((parent, 3)).or_insert(0);
            *c += 1;
            format!("{}-range{}", self.p.func(parent).name, *c)
        };
        self.p.funcs.push(Func { name, pos, parent: Some(parent), ..Func::default() });
        let f = FuncId(self.p.funcs.len() as u32 - 1);
        let saved_labels = std::mem::take(&mut self.labels);
        self.cur = f;
        let vars = [key, value];
        for (i, p) in ysig.params.iter().enumerate() {
            let ty = self.ty(p.ty);
            // A blank loop variable is a blank parameter; one not written is the parameter
            // `#pN` at the `for`.
            let (var, name, ppos) = match vars.get(i).copied().flatten().map(|e| &strip(e).kind) {
                Some(ast::ExprKind::Ident(id)) if !id.is_blank() => {
                    (self.local_param(id, ty), id.name.clone(), self.pos(id.span))
                }
                Some(_) => (None, String::new(), pos),
                None => {
                    let name = format!("#p{}", i + 1);
                    (Some(self.new_var(&name, pos, VarClass::Param, ty)), name, pos)
                }
            };
            self.p.funcs[f.0 as usize].params.push(Param { var, name, pos: ppos, ty, ddd: false });
        }
        let bool_ty = Ty { kind: TyKind::Scalar, size: 1, align: 1, ..Ty::default() };
        let r = self.new_var("~r0", pos, VarClass::Result, bool_ty);
        self.p.funcs[f.0 as usize].results.push(r);
        let mut stmts = Vec::new();
        assign_state(self, &mut stmts);
        if let Some(next) = next {
            self.rangefunc_ctx.push(RangeCtx { func: f, rv: rv.clone(), next, state });
        }
        stmts.extend(self.block(&body.stmts));
        if next.is_some() {
            self.rangefunc_ctx.pop();
        }
        assign_state(self, &mut stmts);
        let t = self.mk(ExprKind::Const, bool_ty, pos, "true".into());
        stmts.push(self.stmt_id(StmtKind::Return(vec![t]), pos, "return true".into()));
        self.p.funcs[f.0 as usize].body = Some(stmts);
        self.cur = parent;
        self.labels = saved_labels;
        self.set_closure_size(f);
        let lit = self.mk(ExprKind::FuncLit(f), Ty::func(), pos, "func literal".into());
        // #yieldN := func literal; iterator(#yieldN)
        let yv = self.new_var(&format!("#yield{n}"), pos, VarClass::Local, Ty::func());
        out.push(self.stmt_id(StmtKind::Decl(yv), pos, format!("var #yield{n}")));
        let lhs = self.name_ref(yv, pos);
        let text = format!("#yield{n} := func literal");
        let kind = StmtKind::Assign { op: AssignOp::Assign, lhs: vec![Some(lhs)], rhs: vec![lit] };
        let a = self.stmt_id(kind, pos, text);
        self.p.vars[yv.0 as usize].defn = Some(a);
        out.push(a);
        let arg = self.name_ref(yv, pos);
        // A call's result is spilled into a temporary first (gc's callee temporary).
        let callee_text = if matches!(strip(x).kind, ast::ExprKind::Call { .. }) {
            // gc numbers it without the result temporaries `#rvN`.
            let rvs = self.rangefunc_rv.get(&parent_fn).map_or(0, Vec::len);
            let t = self.temp(Ty::func(), pos);
            let name = format!(".autotmp_{}", self.dcl_count(parent_fn) - 1 - rvs);
            self.p.vars[t.0 as usize].name = name.clone();
            name
        } else {
            self.text(xe).to_string()
        };
        let text = format!("{callee_text}(#yield{n})");
        let call = Call {
            callee: Callee::Dynamic,
            fun: Some(xe),
            recv: None,
            args: vec![arg],
            results: 0,
        };
        let call = self.mk(ExprKind::Call(call), Ty::default(), pos, text.clone());
        out.push(self.stmt_id(StmtKind::Expr(call), pos, text));
        if let Some(next) = next {
            // if #next == -1 { return #rv… }
            let cond = self.name_ref(next, pos);
            let vals: Vec<ExprId> = rv.iter().map(|v| self.name_ref(*v, pos)).collect();
            let text = format!("return {}", self.join(&vals));
            let r = self.stmt_id(StmtKind::Return(vals), pos, text);
            let kind = StmtKind::If { cond, then: vec![r], els: Vec::new() };
            out.push(self.stmt_id(kind, pos, "if".into()));
        }
        assign_state(self, out);
    }

    /// The position gc gives a result temporary: the result's type in the signature.
    fn result_type_pos(&self, r: VarId) -> Pos {
        self.result_pos.get(&r).copied().unwrap_or(self.p.var(r).pos)
    }

    /// A parameter variable for a loop variable of a range-over-func body closure.
    fn local_param(&mut self, id: &ast::Ident, ty: Ty) -> Option<VarId> {
        let obj = self.obj_of(id.id)?;
        let pos = self.pos(id.span);
        let v = self.new_var(&id.name, pos, VarClass::Param, ty);
        self.vars.insert(obj, v);
        Some(v)
    }
}
