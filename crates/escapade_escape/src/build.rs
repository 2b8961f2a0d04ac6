//! A small builder for [`Program`]s: used by tests (hand-written IR for corpus files) and
//! usable by the lowering. Positions are `(line, col)` pairs; printed texts are derived the way
//! gc prints the node where that is mechanical (`&x`, `*p`, `x.f`, `f(a, b)`), and can always
//! be overridden with [`Builder::text`].

use crate::ir::*;

/// A `(line, col)` position.
pub type P = (u32, u32);

fn pos(p: P) -> Pos {
    Pos::new(p.0, p.1)
}

/// Builds a [`Program`].
#[derive(Debug, Default)]
pub struct Builder {
    pub prog: Program,
}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }
    pub fn finish(self) -> Program {
        self.prog
    }

    // ----- functions and variables -----

    /// A declared function or method (`name` is gc's FuncName, e.g. `(*T).M`).
    pub fn func(&mut self, name: &str, at: P) -> FuncId {
        self.prog.funcs.push(Func { name: name.into(), pos: pos(at), ..Func::default() });
        FuncId(self.prog.funcs.len() as u32 - 1)
    }
    /// A closure nested in `parent` (`name` like `f.func1`).
    pub fn closure(&mut self, parent: FuncId, name: &str, at: P) -> FuncId {
        let f = self.func(name, at);
        self.prog.funcs[f.0 as usize].parent = Some(parent);
        f
    }
    pub fn func_mut(&mut self, f: FuncId) -> &mut Func {
        &mut self.prog.funcs[f.0 as usize]
    }
    fn var(&mut self, f: FuncId, name: &str, ty: Ty, at: P, class: VarClass) -> VarId {
        self.prog.vars.push(Var {
            name: name.into(),
            pos: pos(at),
            func: f,
            class,
            ty,
            defn: None,
        });
        VarId(self.prog.vars.len() as u32 - 1)
    }
    /// A named parameter (`_` or empty name makes an unnamed parameter without a variable).
    pub fn param(&mut self, f: FuncId, name: &str, ty: Ty, at: P) -> Option<VarId> {
        let var =
            (!name.is_empty() && name != "_").then(|| self.var(f, name, ty, at, VarClass::Param));
        let p = Param {
            var,
            name: if name == "_" { String::new() } else { name.into() },
            pos: pos(at),
            ty,
            ddd: false,
        };
        self.func_mut(f).params.push(p);
        var
    }
    /// A named parameter that must exist.
    pub fn p(&mut self, f: FuncId, name: &str, ty: Ty, at: P) -> VarId {
        self.param(f, name, ty, at).unwrap_or(VarId(u32::MAX))
    }
    pub fn recv(&mut self, f: FuncId, name: &str, ty: Ty, at: P) -> VarId {
        let v = self.var(f, name, ty, at, VarClass::Param);
        self.func_mut(f).recv =
            Some(Param { var: Some(v), name: name.into(), pos: pos(at), ty, ddd: false });
        v
    }
    /// A result (`~rN` for unnamed ones).
    pub fn result(&mut self, f: FuncId, name: &str, ty: Ty, at: P) -> VarId {
        let v = self.var(f, name, ty, at, VarClass::Result);
        self.func_mut(f).results.push(v);
        v
    }
    /// An unnamed result `~rN`.
    pub fn ret_ty(&mut self, f: FuncId, ty: Ty) -> VarId {
        let n = self.prog.func(f).results.len();
        let at = (self.prog.func(f).pos.line, self.prog.func(f).pos.col);
        self.result(f, &format!("~r{n}"), ty, at)
    }
    pub fn local(&mut self, f: FuncId, name: &str, ty: Ty, at: P) -> VarId {
        let v = self.var(f, name, ty, at, VarClass::Local);
        self.func_mut(f).locals.push(v);
        v
    }
    pub fn capture(&mut self, closure: FuncId, var: VarId, at: P) {
        self.func_mut(closure).captures.push(Capture { var, pos: pos(at) });
    }
    pub fn body(&mut self, f: FuncId, body: Vec<StmtId>) {
        self.func_mut(f).body = Some(body);
    }

    // ----- expressions -----

    pub fn expr(&mut self, kind: ExprKind, ty: Ty, at: P, text: &str) -> ExprId {
        self.prog.exprs.push(Expr { kind, pos: pos(at), text: text.into(), ty });
        ExprId(self.prog.exprs.len() as u32 - 1)
    }
    /// Overrides the printed text of an expression.
    pub fn text(&mut self, e: ExprId, text: &str) -> ExprId {
        self.prog.exprs[e.0 as usize].text = text.into();
        e
    }
    fn t(&self, e: ExprId) -> String {
        self.prog.expr(e).text.clone()
    }
    fn ty(&self, e: ExprId) -> Ty {
        self.prog.expr(e).ty
    }
    pub fn name(&mut self, v: VarId, at: P) -> ExprId {
        let var = self.prog.var(v);
        let (n, ty) = (var.name.clone(), var.ty);
        self.expr(ExprKind::Name(v), ty, at, &n)
    }
    pub fn global(&mut self, name: &str, ty: Ty, at: P) -> ExprId {
        self.expr(ExprKind::Global, ty, at, name)
    }
    pub fn konst(&mut self, text: &str, ty: Ty, at: P) -> ExprId {
        self.expr(ExprKind::Const, ty, at, text)
    }
    pub fn nil(&mut self, ty: Ty, at: P) -> ExprId {
        self.expr(ExprKind::Const, ty, at, "nil")
    }
    pub fn addr(&mut self, x: ExprId, at: P) -> ExprId {
        let (t, ty) = (format!("&{}", self.t(x)), Ty::ptr(self.ty(x)));
        self.expr(ExprKind::Addr(x), ty, at, &t)
    }
    /// `*p`; `elem` is the pointee type.
    pub fn deref(&mut self, x: ExprId, elem: Ty, at: P) -> ExprId {
        // gc parenthesises nested dereferences: `**p` prints as `*(*p)`.
        let inner = self.t(x);
        let t = if inner.starts_with('*') { format!("*({inner})") } else { format!("*{inner}") };
        self.expr(ExprKind::Deref(x), elem, at, &t)
    }
    /// `x.f` (`ptr` when x is a pointer); `at` is the `.`.
    pub fn dot(&mut self, x: ExprId, field: &str, ptr: bool, ty: Ty, at: P) -> ExprId {
        let t = format!("{}.{field}", self.t(x));
        self.expr(ExprKind::Dot { x, ptr }, ty, at, &t)
    }
    pub fn index(&mut self, x: ExprId, i: ExprId, ty: Ty, at: P) -> ExprId {
        let t = format!("{}[{}]", self.t(x), self.t(i));
        self.expr(ExprKind::Index { x, index: i }, ty, at, &t)
    }
    pub fn binary(&mut self, a: ExprId, op: &str, b: ExprId, ty: Ty, at: P) -> ExprId {
        let t = format!("{} {op} {}", self.t(a), self.t(b));
        self.expr(ExprKind::Binary(a, b), ty, at, &t)
    }
    /// Conversion to an interface (implicit ones print as their operand).
    pub fn iface(&mut self, x: ExprId, at: P) -> ExprId {
        let t = self.t(x);
        self.expr(ExprKind::ConvIface { x, rewritten_text: None }, Ty::interface(), at, &t)
    }
    /// `new(T)`; `elem` is T, `tname` its printed name.
    pub fn new_(&mut self, elem: Ty, tname: &str, at: P) -> ExprId {
        self.expr(ExprKind::New, Ty::ptr(elem), at, &format!("new({tname})"))
    }
    /// `&T{…}` around a literal; `at` is the `&`.
    pub fn ptr_lit(&mut self, lit: ExprId, at: P) -> ExprId {
        let (t, ty) = (format!("&{}", self.t(lit)), Ty::ptr(self.ty(lit)));
        self.expr(ExprKind::PtrLit(lit), ty, at, &t)
    }
    pub fn struct_lit(&mut self, elems: Vec<ExprId>, ty: Ty, text: &str, at: P) -> ExprId {
        self.expr(ExprKind::StructLit(elems), ty, at, text)
    }
    pub fn slice_lit(&mut self, elems: Vec<ExprId>, ty: Ty, text: &str, at: P) -> ExprId {
        self.expr(ExprKind::SliceLit(elems), ty, at, text)
    }
    pub fn map_lit(&mut self, kvs: Vec<(ExprId, ExprId)>, text: &str, at: P) -> ExprId {
        self.expr(ExprKind::MapLit(kvs), Ty::map(), at, text)
    }
    /// `make([]T, len[, cap])` with the constant value of the size when it is one.
    pub fn make_slice(
        &mut self,
        ty: Ty,
        len: ExprId,
        cap: Option<ExprId>,
        const_size: Option<i64>,
        text: &str,
        at: P,
    ) -> ExprId {
        let kind =
            ExprKind::MakeSlice { len, cap, const_size, static_size: None, rewritten_text: None };
        self.expr(kind, ty, at, text)
    }
    pub fn make_map(&mut self, hint: Option<ExprId>, text: &str, at: P) -> ExprId {
        self.expr(ExprKind::MakeMap(hint), Ty::map(), at, text)
    }
    pub fn func_lit(&mut self, f: FuncId, at: P) -> ExprId {
        self.expr(ExprKind::FuncLit(f), Ty::func(), at, "func literal")
    }
    /// A call; `text` is the printed call, `at` its `(`.
    #[allow(clippy::too_many_arguments)]
    pub fn call(
        &mut self,
        callee: Callee,
        fun: Option<ExprId>,
        recv: Option<ExprId>,
        args: Vec<ExprId>,
        ty: Ty,
        text: &str,
        at: P,
    ) -> ExprId {
        let results = usize::from(ty != Ty::default());
        self.expr(ExprKind::Call(Call { callee, fun, recv, args, results }), ty, at, text)
    }
    /// A direct call of a local function, printed `name(args)`.
    pub fn call_local(&mut self, f: FuncId, args: Vec<ExprId>, ty: Ty, at: P) -> ExprId {
        let text = format!("{}({})", self.prog.func(f).name, self.join(&args));
        self.call(Callee::Static(StaticCallee::Local(f)), None, None, args, ty, &text, at)
    }
    pub fn append(&mut self, args: Vec<ExprId>, ddd: bool, at: P) -> ExprId {
        let ty = self.ty(args[0]);
        let text = format!("append({}{})", self.join(&args), if ddd { "..." } else { "" });
        self.expr(ExprKind::Builtin(Builtin::Append { args, ddd }), ty, at, &text)
    }
    /// Comma-separated texts.
    pub fn join(&self, xs: &[ExprId]) -> String {
        xs.iter().map(|x| self.t(*x)).collect::<Vec<_>>().join(", ")
    }

    // ----- statements -----

    pub fn stmt(&mut self, kind: StmtKind, at: P, text: &str) -> StmtId {
        self.prog.stmts.push(Stmt { kind, pos: pos(at), text: text.into() });
        StmtId(self.prog.stmts.len() as u32 - 1)
    }
    /// `x := rhs`: a block of the declaration and the defining assignment (which becomes the
    /// variable's `defn`); `at` is the `:=`.
    pub fn define(&mut self, v: VarId, rhs: ExprId, at: P) -> StmtId {
        let var = self.prog.var(v);
        let (name, vp) = (var.name.clone(), (var.pos.line, var.pos.col));
        let d = self.stmt(StmtKind::Decl(v), vp, &format!("var {name}"));
        let lhs = self.name(v, vp);
        let text = format!("{name} := {}", self.t(rhs));
        let kind = StmtKind::Assign { op: AssignOp::Assign, lhs: vec![Some(lhs)], rhs: vec![rhs] };
        let s = self.stmt(kind, at, &text);
        self.prog.vars[v.0 as usize].defn = Some(s);
        self.stmt(StmtKind::Block(vec![d, s]), at, "")
    }
    /// `var x T` as one block statement.
    pub fn var_stmt(&mut self, v: VarId, at: P) -> StmtId {
        let list = self.var_decl(v, at);
        self.stmt(StmtKind::Block(list), at, "")
    }
    /// `x op= y` / `x++` (`text` as gc prints it, e.g. `i++` or `t += *q`).
    pub fn op_assign(&mut self, lhs: ExprId, rhs: ExprId, text: &str, at: P) -> StmtId {
        let kind =
            StmtKind::Assign { op: AssignOp::OpAssign, lhs: vec![Some(lhs)], rhs: vec![rhs] };
        self.stmt(kind, at, text)
    }
    /// `_ = e`.
    pub fn blank(&mut self, e: ExprId, at: P) -> StmtId {
        let text = format!("_ = {}", self.t(e));
        let kind = StmtKind::Assign { op: AssignOp::Assign, lhs: vec![None], rhs: vec![e] };
        self.stmt(kind, at, &text)
    }
    /// The usual counted loop `for i := 0; i < n; i++ { body }` over an int variable `i`
    /// (declared at `i_at`) and a bound expression; returns the init and the loop.
    pub fn counted_loop(
        &mut self,
        i: VarId,
        n: ExprId,
        body: Vec<StmtId>,
        i_at: P,
        for_at: P,
    ) -> Vec<StmtId> {
        let int = Ty::int();
        let zero = self.konst("0", int, (i_at.0, i_at.1 + 5));
        let init = self.define(i, zero, (i_at.0, i_at.1 + 2));
        let iv = self.name(i, i_at);
        let cond = self.binary(iv, "<", n, Ty::expr_bool(), i_at);
        let iv2 = self.name(i, i_at);
        let one = self.konst("1", int, i_at);
        let post = self.op_assign(iv2, one, "i++", i_at);
        let l = self.for_(Some(cond), Some(post), body, for_at);
        vec![init, l]
    }
    /// `var x T`: declaration plus zero-initialisation.
    pub fn var_decl(&mut self, v: VarId, at: P) -> Vec<StmtId> {
        let var = self.prog.var(v);
        let (name, vp) = (var.name.clone(), (var.pos.line, var.pos.col));
        let d = self.stmt(StmtKind::Decl(v), at, &format!("var {name}"));
        let lhs = self.name(v, vp);
        let a = self.stmt(
            StmtKind::Assign { op: AssignOp::Assign, lhs: vec![Some(lhs)], rhs: vec![] },
            at,
            &format!("var {name}"),
        );
        vec![d, a]
    }
    /// `lhs = rhs`; `at` is the `=`.
    pub fn assign(&mut self, lhs: ExprId, rhs: ExprId, at: P) -> StmtId {
        let text = format!("{} = {}", self.t(lhs), self.t(rhs));
        self.stmt(
            StmtKind::Assign { op: AssignOp::Assign, lhs: vec![Some(lhs)], rhs: vec![rhs] },
            at,
            &text,
        )
    }
    /// `return a, b`; `at` is the `return` keyword.
    pub fn ret(&mut self, results: Vec<ExprId>, at: P) -> StmtId {
        let text = if results.is_empty() {
            "return".to_string()
        } else {
            format!("return {}", self.join(&results))
        };
        self.stmt(StmtKind::Return(results), at, &text)
    }
    pub fn expr_stmt(&mut self, e: ExprId) -> StmtId {
        let (t, p) = (self.t(e), self.prog.expr(e).pos);
        self.stmt(StmtKind::Expr(e), (p.line, p.col), &t)
    }
    /// `for cond { body }` (a `for` with init is the init statements followed by this).
    pub fn for_(
        &mut self,
        cond: Option<ExprId>,
        post: Option<StmtId>,
        body: Vec<StmtId>,
        at: P,
    ) -> StmtId {
        self.stmt(StmtKind::For { cond, post, body }, at, "for loop")
    }
}
