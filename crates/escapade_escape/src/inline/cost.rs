//! gc's inlining cost ("hairy visitor", `cmd/compile/internal/inline`) computed over the
//! typed syntax tree: every node of gc's IR costs 1, with the exceptions gc makes (no-op
//! conversions, type nodes, blocks and `fallthrough` are free; calls cost the callee's inline
//! cost when it is inlinable, 57 more otherwise, 17 for a call through a parameter; a func
//! literal costs 16; `panic` 2; constant `if`s charge only the taken branch; …).
//!
//! The syntax tree is not gc's IR: the visitor charges, for each construct, the nodes gc's
//! front end builds for it (declarations `x := v` are `ODCL x; OAS x v`, a method call is
//! an `OCALLFUNC` of an `OMETHEXPR` with the receiver as first argument, implicit
//! conversions to interfaces are `OCONVIFACE` nodes, constant expressions are one literal).
//! Constructs whose cost is not modelled make the result unknown ([`Cost::Unknown`]).

use escapade_syntax::ast::{self, BinaryOp, ExprKind, StmtKind, UnaryOp};
use escapade_types::info::{FileInfo, Mode};
use escapade_types::objects::Builtin;
use escapade_types::{Checker, ObjId, ObjKind, TypeId, TypeKind};

use super::order::{Site, Target};
use super::FnKey;

/// gc's `inlineMaxBudget`.
pub const BUDGET: i64 = 80;
/// gc's `inlineExtraCallCost`: a call that is not inlined.
pub const CALL_COST: i64 = 57;
/// gc's `inlineParamCallCost`: a call through a parameter (or captured variable).
const PARAM_CALL_COST: i64 = 17;
/// A function literal (`OCLOSURE`, 1 + 15).
const CLOSURE_COST: i64 = 16;

/// How a called function is costed at a call site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalleeCost {
    /// Inlinable with this cost (the call costs it instead of [`CALL_COST`]).
    Inline(i64),
    /// Not inlinable.
    NoInline,
    /// Not known (a generic std function, whose inlinability gc decides per instantiation).
    Unknown(String),
}

/// What the visitor asks its owner: the cost of calling a declared function or a function
/// literal (by node id).
pub trait Callees {
    fn func(&mut self, c: &mut Checker, obj: ObjId) -> CalleeCost;
    fn lit(&mut self, c: &mut Checker, lit: &ast::Expr) -> CalleeCost;
    /// The function literal a local variable is statically bound to (never reassigned).
    fn static_lit(&self, obj: ObjId) -> Option<&ast::Expr>;
    /// gc's name of an imported function.
    fn std_name(&self, c: &Checker, obj: ObjId) -> String;
    /// Offset of a call's `(`.
    fn lparen(&self, call: &ast::Expr) -> usize;
    /// The shape instantiation the call at `lparen` calls.
    fn ir_call(&self, lparen: usize) -> Option<FnKey>;
    /// The cost of calling a shape instantiation.
    fn key_cost(&mut self, c: &mut Checker, k: FnKey) -> CalleeCost;
}

/// The result of costing one function body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cost {
    /// The total cost.
    Cost(i64),
    /// gc's reason for never inlining it (`call to recover`, `unhandled op DEFER`, …).
    Never(String),
    /// Something the visitor does not model (the string says what).
    Unknown(String),
}

pub struct Visitor<'a, C: Callees> {
    pub c: &'a mut Checker,
    pub info: &'a FileInfo,
    pub callees: &'a mut C,
    /// Parameters of the function being costed (calls through them cost 17).
    pub params: Vec<ObjId>,
    /// Variables captured by the closure being costed (calls through them cost 17 too).
    pub cost: i64,
    pub never: Option<String>,
    pub unknown: Option<String>,
    /// Call sites in gc's post-order.
    pub sites: Vec<Site>,
    /// Result types of the function being costed.
    pub results: Vec<TypeId>,
    /// Span of the function literal being costed.
    pub lit_span: Option<escapade_base::Span>,
    /// Inside the call of a `go`/`defer` statement.
    go_defer: bool,
}

impl<'a, C: Callees> Visitor<'a, C> {
    pub fn new(c: &'a mut Checker, info: &'a FileInfo, callees: &'a mut C) -> Self {
        Visitor {
            c,
            info,
            callees,
            params: Vec::new(),
            cost: 0,
            never: None,
            unknown: None,
            sites: Vec::new(),
            results: Vec::new(),
            lit_span: None,
            go_defer: false,
        }
    }

    /// Costs a body.
    /// Costs a body; also returns its call sites.
    pub fn body(mut self, b: &ast::Block) -> (Cost, Vec<Site>) {
        self.stmts(&b.stmts);
        let sites = std::mem::take(&mut self.sites);
        if let Some(r) = self.never {
            return (Cost::Never(r), sites);
        }
        if let Some(u) = self.unknown {
            return (Cost::Unknown(u), sites);
        }
        (Cost::Cost(self.cost), sites)
    }

    fn unknown(&mut self, what: &str) {
        if self.unknown.is_none() {
            self.unknown = Some(what.to_string());
        }
    }

    fn never(&mut self, why: &str) {
        if self.never.is_none() {
            self.never = Some(why.to_string());
        }
    }

    fn stmts(&mut self, l: &[ast::Stmt]) {
        for s in l {
            self.stmt(s);
        }
    }

    fn tv_ty(&self, e: &ast::Expr) -> Option<TypeId> {
        self.info.type_of(e.id).map(|t| t.ty)
    }

    fn is_const(&self, e: &ast::Expr) -> bool {
        self.info.type_of(e.id).is_some_and(|t| t.value.is_some() && t.mode == Mode::Constant)
    }

    fn is_iface(&mut self, t: TypeId) -> bool {
        if matches!(self.c.types.kind(t), TypeKind::TypeParam(_)) {
            return false; // a shape is a concrete type
        }
        let u = self.c.under(t);
        matches!(self.c.types.kind(u), TypeKind::Interface(_))
    }

    /// Cost of a value assigned to a destination of type `dst` (an implicit `OCONVIFACE`
    /// when a non-interface value goes to an interface).
    fn value_to(&mut self, e: &ast::Expr, dst: Option<TypeId>) {
        self.expr(e);
        if let (Some(d), Some(t)) = (dst, self.tv_ty(e)) {
            let nil = self.is_nil(e);
            if !nil && self.is_iface(d) && (!self.is_iface(t) || !self.c.identical(d, t)) {
                self.cost += 1;
            }
        }
    }

    fn is_nil(&self, e: &ast::Expr) -> bool {
        matches!(&crate::lower::strip(e).kind, ExprKind::Ident(i) if i.name == "nil"
            && self.info.type_of(e.id).is_some_and(|t| t.value.is_none()))
    }

    fn def_obj(&self, e: &ast::Expr) -> Option<ObjId> {
        match &crate::lower::strip(e).kind {
            ExprKind::Ident(i) => self.info.defs.get(i.id.index()).copied().flatten(),
            _ => None,
        }
    }

    fn stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Empty => {}
            StmtKind::Labeled { stmt, .. } => {
                self.cost += 1;
                self.stmt(stmt);
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Send { chan, value } => {
                self.cost += 1;
                self.expr(chan);
                let elem = self.tv_ty(chan).and_then(|t| self.chan_elem(t));
                self.value_to(value, elem);
            }
            StmtKind::IncDec { x, .. } => {
                self.cost += 2;
                self.expr(x);
            }
            StmtKind::Assign { lhs, op, rhs } => {
                if op.is_some() {
                    self.cost += 1;
                    lhs.iter().for_each(|x| self.expr(x));
                    rhs.iter().for_each(|x| self.expr(x));
                } else {
                    self.assign(lhs, rhs, false);
                }
            }
            StmtKind::Define { lhs, rhs } => self.assign(lhs, rhs, true),
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let go = matches!(s.kind, StmtKind::Go(_));
                self.never(if go { "unhandled op GO" } else { "unhandled op DEFER" });
                self.go_defer = true;
                self.expr(e);
                self.go_defer = false;
            }
            StmtKind::Return(list) => {
                self.cost += 1;
                if list.len() == 1 && self.is_multi_call(&list[0]) {
                    // gc returns the call's results through temporaries: 1 + 4 per result
                    // more (go1.27.3: 9 for two results, 13 for three, 17 for four). Only
                    // when no result is converted.
                    let tuple = match self.tv_ty(&list[0]).map(|t| self.c.types.kind(t).clone()) {
                        Some(TypeKind::Tuple(v)) => v,
                        _ => Vec::new(),
                    };
                    if tuple != self.results {
                        self.unknown("return of a multi-value call");
                        return;
                    }
                    self.cost += 1 + 4 * tuple.len() as i64;
                    self.expr(&list[0]);
                    return;
                }
                for (i, e) in list.iter().enumerate() {
                    let dst = self.results.get(i).copied();
                    self.value_to(e, dst);
                }
            }
            StmtKind::Branch { kind, .. } => {
                if *kind != ast::BranchKind::Fallthrough {
                    self.cost += 1;
                }
            }
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(v) = self
                    .info
                    .type_of(cond.id)
                    .and_then(|t| t.value.as_ref())
                    .and_then(|v| v.as_bool())
                {
                    if v {
                        self.stmts(&then.stmts);
                    } else if let Some(e) = els {
                        self.stmt(e);
                    }
                    return;
                }
                self.cost += 1;
                self.expr(cond);
                self.stmts(&then.stmts);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch { init, tag, cases } => {
                self.cost += 1;
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in cases {
                    self.cost += 1;
                    for e in c.list.iter().flatten() {
                        self.expr(e);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch { init, bind, x, cases } => {
                // OSWITCH, OTYPESW (+ the bound name), each clause OCASE (+ its variable).
                let per_bind = i64::from(bind.is_some());
                self.cost += 2 + per_bind;
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                for c in cases {
                    self.cost += 1 + per_bind;
                    for t in c.list.iter().flatten() {
                        if self.is_nil(t) {
                            self.cost += 1;
                        }
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Select { cases } => {
                self.cost += 1;
                for c in cases {
                    self.cost += 1;
                    if let Some(comm) = &c.comm {
                        match &comm.kind {
                            // A receive with an assignment is `v, _ = <-ch` (OAS2RECV).
                            StmtKind::Define { lhs, rhs }
                            | StmtKind::Assign { lhs, rhs, op: None }
                                if lhs.len() == 1 =>
                            {
                                let define = matches!(comm.kind, StmtKind::Define { .. });
                                self.assign(lhs, rhs, define);
                                self.cost += 1;
                            }
                            // go1.27.3 charges a plain `case <-ch` 3 more and a `case v, ok
                            // = <-ch` (or `:=`) 9 more than the statement alone (measured
                            // with -m=2 on one-case selects; the front end rewrites both
                            // through temporaries).
                            StmtKind::Expr(_) => {
                                self.stmt(comm);
                                self.cost += 3;
                            }
                            StmtKind::Define { lhs, .. }
                            | StmtKind::Assign { lhs, op: None, .. }
                                if lhs.len() == 2 =>
                            {
                                self.stmt(comm);
                                self.cost += 9;
                            }
                            _ => self.stmt(comm),
                        }
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::For { init, cond, post, body } => {
                self.cost += 1;
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.stmts(&body.stmts);
            }
            StmtKind::Range { key, value, x, body, define } => {
                if self.tv_ty(x).is_some_and(|t| {
                    let u = self.c.under(t);
                    matches!(self.c.types.kind(u), TypeKind::Func(_))
                }) {
                    self.unknown("range over a function");
                }
                self.cost += 1;
                match crate::lower::range_len_only(self.c, self.info, value.is_none(), x) {
                    // The unevaluated expression is one node (its constant length).
                    crate::lower::RangeLen::NotEvaluated => self.cost += 1,
                    crate::lower::RangeLen::Evaluated => self.expr(x),
                    crate::lower::RangeLen::Unknown => {
                        self.unknown("range without a value over an array expression")
                    }
                }
                for k in key.iter().chain(value.iter()) {
                    if *define {
                        // The variable, and its ODCL unless blank.
                        self.cost += if self.is_blank(k) { 1 } else { 3 };
                    } else {
                        self.lhs(k);
                    }
                }
                self.stmts(&body.stmts);
            }
            StmtKind::Bad => self.unknown("bad statement"),
        }
    }

    fn is_multi_call(&mut self, e: &ast::Expr) -> bool {
        self.tv_ty(e)
            .is_some_and(|t| matches!(self.c.types.kind(t), TypeKind::Tuple(v) if v.len() > 1))
    }

    fn decl(&mut self, d: &ast::Decl) {
        match &d.kind {
            ast::DeclKind::Var { specs, .. } => {
                for sp in specs {
                    if sp.values.is_empty() {
                        // `var x T`: ODCL x; OAS x (zero).
                        self.cost += 4 * sp.names.len() as i64;
                    } else {
                        let lhs: Vec<ast::Expr> = sp
                            .names
                            .iter()
                            .map(|n| ast::Expr {
                                id: n.id,
                                span: n.span,
                                kind: ExprKind::Ident(n.clone()),
                            })
                            .collect();
                        self.assign(&lhs, &sp.values, true);
                    }
                }
            }
            ast::DeclKind::Const { .. } | ast::DeclKind::Type { .. } => {}
            _ => self.unknown("declaration"),
        }
    }

    /// `lhs = rhs` / `lhs := rhs` (`define`: new variables get an `ODCL` each).
    fn assign(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], define: bool) {
        if define {
            for l in lhs {
                if let Some(o) = self.def_obj(l) {
                    if !self.c.obj(o).name.is_empty() && self.c.obj(o).name != "_" {
                        self.cost += 2;
                    }
                }
            }
        }
        self.cost += 1;
        if lhs.len() != rhs.len() {
            // `a, b = f()` (gc's compensation makes it cost like this), `v, ok = m[k]` …
            for l in lhs {
                self.lhs(l);
            }
            for r in rhs {
                self.expr(r);
            }
            return;
        }
        for (l, r) in lhs.iter().zip(rhs) {
            self.lhs(l);
            let dst = if self.is_blank(l) { None } else { self.tv_ty(l) };
            self.value_to(r, dst);
        }
    }

    fn is_blank(&self, e: &ast::Expr) -> bool {
        matches!(&crate::lower::strip(e).kind, ExprKind::Ident(i) if i.name == "_")
    }

    fn lhs(&mut self, e: &ast::Expr) {
        if self.is_blank(e) {
            self.cost += 1;
            return;
        }
        self.expr(e);
    }

    fn chan_elem(&mut self, t: TypeId) -> Option<TypeId> {
        let u = self.c.under(t);
        match self.c.types.kind(u) {
            TypeKind::Chan(_, e) => Some(*e),
            _ => None,
        }
    }

    fn expr(&mut self, e: &ast::Expr) {
        if self.is_const(e) {
            self.cost += 1;
            return;
        }
        if self.info.type_of(e.id).is_some_and(|t| t.mode == Mode::TypeExpr) {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(_) => self.cost += 1,
            ExprKind::BasicLit(_) => self.cost += 1,
            ExprKind::CompositeLit { elts, .. } => self.composite(e, elts),
            ExprKind::FuncLit { .. } => {
                self.cost += CLOSURE_COST;
            }
            ExprKind::Selector { x, .. } => self.selector(e, x),
            ExprKind::Index { x, indices } => {
                if indices.len() != 1
                    || self.info.instances.get(x.id.index()).is_some_and(|i| i.is_some())
                {
                    self.unknown("generic instantiation");
                    return;
                }
                self.cost += 1;
                if let Some(t) = self.tv_ty(x) {
                    let u = self.c.under(t);
                    if let TypeKind::Pointer(_) = self.c.types.kind(u) {
                        self.cost += 1; // implicit *
                    }
                }
                self.expr(x);
                let key = self.tv_ty(x).and_then(|t| self.map_key(t));
                self.value_to(&indices[0], key);
            }
            ExprKind::Slice { x, low, high, max, .. } => {
                self.cost += 1;
                if let Some(t) = self.tv_ty(x) {
                    let u = self.c.under(t);
                    if matches!(self.c.types.kind(u), TypeKind::Array(..)) {
                        self.cost += 1; // implicit &
                    }
                }
                self.expr(x);
                if let Some(l) = low {
                    if self
                        .info
                        .type_of(l.id)
                        .and_then(|t| t.value.as_ref())
                        .and_then(|v| v.to_i64())
                        == Some(0)
                    {
                        self.cost -= 1;
                    }
                    self.expr(l);
                }
                if let Some(h) = high {
                    if let ExprKind::Call { fun, args, .. } = &crate::lower::strip(h).kind {
                        if self.builtin(fun) == Some(Builtin::Len)
                            && args.len() == 1
                            && same_var(self.info, &args[0], x)
                        {
                            self.cost -= 2;
                        }
                    }
                    self.expr(h);
                }
                if let Some(m) = max {
                    self.expr(m);
                }
            }
            ExprKind::TypeAssert { x, .. } => {
                self.cost += 1;
                self.expr(x);
            }
            ExprKind::Call { fun, args, spread } => self.call(e, fun, args, *spread),
            ExprKind::Star(x) => {
                self.cost += 1;
                let mut p = crate::lower::strip(x);
                while let ExprKind::Call { fun, args, .. } = &p.kind {
                    if args.len() == 1 && self.is_type(fun) && self.conv_is_noop(p, &args[0]) {
                        p = crate::lower::strip(&args[0]);
                    } else {
                        break;
                    }
                }
                if matches!(p.kind, ExprKind::Unary { op: UnaryOp::Addr, .. }) {
                    self.cost -= 1;
                }
                self.expr(x);
            }
            ExprKind::Unary { op, x } => {
                if *op == UnaryOp::Addr {
                    if let ExprKind::CompositeLit { .. } = &crate::lower::strip(x).kind {
                        self.cost += 1;
                        self.expr(x);
                        return;
                    }
                    self.cost += 1;
                    if let ExprKind::Selector { x: base, .. } = &crate::lower::strip(x).kind {
                        if self.field_offset_zero(x) && self.is_name(base) {
                            self.cost -= 2;
                        }
                    }
                    self.expr(x);
                    return;
                }
                if *op == UnaryOp::Pos {
                    self.expr(x);
                    return;
                }
                self.cost += 1;
                self.expr(x);
            }
            ExprKind::Binary { op, x, y } => {
                if *op == BinaryOp::Add && self.tv_ty(e).is_some_and(|t| self.is_string(t)) {
                    // OADDSTR over the flattened operands.
                    self.cost += 1;
                    let mut ops = Vec::new();
                    flatten_add(self.info, e, &mut ops);
                    for o in ops {
                        self.expr(o);
                    }
                    return;
                }
                self.cost += 1;
                if matches!(op, BinaryOp::Eql | BinaryOp::Neq) {
                    let (tx, ty) = (self.tv_ty(x), self.tv_ty(y));
                    if let (Some(tx), Some(ty)) = (tx, ty) {
                        let (ix, iy) = (self.is_iface(tx), self.is_iface(ty));
                        if ix != iy && !self.is_nil(x) && !self.is_nil(y) {
                            self.cost += 1;
                        }
                    }
                }
                self.expr(x);
                self.expr(y);
            }
            ExprKind::KeyValue { .. } => self.unknown("key/value outside a literal"),
            _ => self.unknown("type expression"),
        }
    }

    fn is_string(&mut self, t: TypeId) -> bool {
        let u = self.c.under(t);
        matches!(
            self.c.types.kind(u),
            TypeKind::Basic(escapade_types::types::BasicKind::String)
                | TypeKind::Basic(escapade_types::types::BasicKind::UntypedString)
        )
    }

    fn is_name(&self, e: &ast::Expr) -> bool {
        match &crate::lower::strip(e).kind {
            ExprKind::Ident(i) => self
                .info
                .uses
                .get(i.id.index())
                .copied()
                .flatten()
                .is_some_and(|o| matches!(self.c.obj(o).kind, ObjKind::Var { .. })),
            _ => false,
        }
    }

    fn field_offset_zero(&self, sel: &ast::Expr) -> bool {
        let s = crate::lower::strip(sel);
        match self.info.selections.get(s.id.index()).and_then(|x| x.as_ref()) {
            Some(sel) => sel.index.len() == 1 && sel.index[0] == 0,
            None => false,
        }
    }

    fn map_key(&mut self, t: TypeId) -> Option<TypeId> {
        let u = self.c.under(t);
        match self.c.types.kind(u) {
            TypeKind::Map(k, _) => Some(*k),
            _ => None,
        }
    }

    fn is_type(&self, e: &ast::Expr) -> bool {
        self.info.type_of(e.id).is_some_and(|t| t.mode == Mode::TypeExpr)
    }

    fn builtin(&self, fun: &ast::Expr) -> Option<Builtin> {
        match self.info.type_of(crate::lower::strip(fun).id).map(|t| t.mode) {
            Some(Mode::Builtin(b)) => Some(b),
            _ => None,
        }
    }

    /// A conversion that produces no code (`OCONVNOP`): identical underlying types, or
    /// between pointer shapes.
    fn conv_is_noop(&mut self, conv: &ast::Expr, x: &ast::Expr) -> bool {
        let (Some(to), Some(from)) = (self.tv_ty(conv), self.tv_ty(x)) else { return false };
        let (uto, ufrom) = (self.c.under(to), self.c.under(from));
        if self.c.identical(uto, ufrom) {
            return true;
        }
        use escapade_types::types::BasicKind;
        let (kt, kf) = (self.c.types.kind(uto), self.c.types.kind(ufrom));
        let ptr = |k: &TypeKind| matches!(k, TypeKind::Pointer(_));
        let unsafe_ptr = |k: &TypeKind| matches!(k, TypeKind::Basic(BasicKind::UnsafePointer));
        let uintptr = |k: &TypeKind| matches!(k, TypeKind::Basic(BasicKind::Uintptr));
        // Integers of the same machine type (gc's `SimType`: int = int64, uint = uint64 =
        // uintptr on amd64) convert without code.
        let sim = |k: &TypeKind| match k {
            TypeKind::Basic(BasicKind::Int | BasicKind::Int64) => Some(0),
            TypeKind::Basic(BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr) => Some(1),
            _ => None,
        };
        if sim(kt).is_some() && sim(kt) == sim(kf) {
            return true;
        }
        // Pointer ↔ unsafe.Pointer ↔ uintptr conversions produce no code.
        (ptr(kt) || uintptr(kt)) && unsafe_ptr(kf)
            || unsafe_ptr(kt) && (ptr(kf) || uintptr(kf))
            || ptr(kt) && ptr(kf)
    }

    fn composite(&mut self, e: &ast::Expr, elts: &[ast::Expr]) {
        let Some(t) = self.tv_ty(e) else {
            self.unknown("untyped literal");
            return;
        };
        let mut u = self.c.under(t);
        // An elided literal of pointer type (`{1}` in `[]*P{…}`) is `&P{1}`: one more
        // (go1.27.3 costs both forms alike).
        if let TypeKind::Pointer(elem) = self.c.types.kind(u).clone() {
            self.cost += 1;
            u = self.c.under(elem);
        }
        let kind = self.c.types.kind(u).clone();
        match kind {
            TypeKind::Struct(fields) => {
                self.cost += 1;
                for (i, el) in elts.iter().enumerate() {
                    self.cost += 1;
                    let (v, fty) = match &el.kind {
                        ExprKind::KeyValue { key, value } => {
                            let name = match &key.kind {
                                ExprKind::Ident(i) => i.name.clone(),
                                _ => String::new(),
                            };
                            (&**value, fields.iter().find(|f| f.name == name).map(|f| f.ty))
                        }
                        _ => (el, fields.get(i).map(|f| f.ty)),
                    };
                    self.value_to(v, fty);
                }
            }
            TypeKind::Slice(elem) | TypeKind::Array(_, elem) => {
                // OARRAYLIT costs 1, OSLICELIT 2 (gc's hack).
                self.cost += if matches!(kind, TypeKind::Array(..)) { 1 } else { 2 };
                for el in elts {
                    match &el.kind {
                        ExprKind::KeyValue { key, value } => {
                            self.cost += 1;
                            self.expr(key);
                            self.value_to(value, Some(elem));
                        }
                        _ => self.value_to(el, Some(elem)),
                    }
                }
            }
            TypeKind::Map(k, v) => {
                self.cost += 1;
                for el in elts {
                    if let ExprKind::KeyValue { key, value } = &el.kind {
                        self.cost += 1;
                        self.value_to(key, Some(k));
                        self.value_to(value, Some(v));
                    }
                }
            }
            _ => self.unknown("composite literal"),
        }
    }

    fn selector(&mut self, e: &ast::Expr, x: &ast::Expr) {
        let Some(s) = self.info.selections.get(e.id.index()).and_then(|s| s.clone()) else {
            // Qualified identifier `pkg.Name`.
            self.cost += 1;
            return;
        };
        use escapade_types::info::SelectionKind;
        match s.kind {
            SelectionKind::FieldVal => {
                self.cost += s.index.len() as i64;
                self.expr(x);
            }
            SelectionKind::MethodVal => {
                // OMETHVALUE costs 2 (gc's hack), plus the implicit embedded selections.
                self.cost += s.index.len() as i64 + 1;
                self.expr(x);
            }
            SelectionKind::MethodExpr => {}
        }
    }

    fn call(&mut self, e: &ast::Expr, fun: &ast::Expr, args: &[ast::Expr], spread: bool) {
        let go_defer = std::mem::take(&mut self.go_defer);
        let f = crate::lower::strip(fun);
        if self.is_type(f) {
            // Conversion.
            if args.len() != 1 {
                self.unknown("conversion");
                return;
            }
            let to_iface = self.tv_ty(e).is_some_and(|t| self.is_iface(t));
            let from_iface = self.tv_ty(&args[0]).is_some_and(|t| self.is_iface(t));
            let nil = self.is_nil(&args[0]);
            if !nil && ((to_iface && !from_iface) || !self.conv_is_noop(e, &args[0])) {
                self.cost += 1;
            }
            self.expr(&args[0]);
            return;
        }
        if let Some(b) = self.builtin(f) {
            self.builtin_call(b, args);
            return;
        }
        let lparen = self.callees.lparen(e);
        if let Some(k) = self.callees.ir_call(lparen) {
            // A call of a shape instantiation, with its dictionary (`&.dict.F[T]`) first.
            self.cost += 1 + 2;
            let mut recv = None;
            match &f.kind {
                ExprKind::Selector { x, .. }
                    if self.info.selections.get(f.id.index()).is_some_and(|s| s.is_some()) =>
                {
                    if let Some(s) = self.info.selections.get(f.id.index()).cloned().flatten() {
                        self.cost += s.index.len() as i64 - 1 + i64::from(s.addr);
                    }
                    recv = Some(x);
                }
                _ => self.cost += 1,
            }
            if let Some(x) = recv {
                self.expr(x);
            }
            let extra = match self.callees.key_cost(self.c, k) {
                CalleeCost::Inline(n) => n,
                _ => CALL_COST,
            };
            self.cost += extra;
            if let Some(sig) = self.tv_ty(f).and_then(|t| {
                let u = self.c.under(t);
                match self.c.types.kind(u) {
                    TypeKind::Func(s) => Some(s.clone()),
                    _ => None,
                }
            }) {
                self.args(&sig, args, spread);
            }
            let arg_funcs = self.arg_funcs(f, args, spread);
            self.sites.push(Site { lparen, target: Target::Func(k), go_defer, arg_funcs });
            return;
        }
        if self.info.instances.get(f.id.index()).is_some_and(|i| i.is_some()) {
            self.unknown("call of a generic function");
            // Also a site: in a body whose verdict does not depend on it (too costly
            // anyway), the call is still one gc may inline, so the file is refused there.
            let lparen = self.callees.lparen(e);
            let name = "a generic function".to_string();
            let target = Target::Std { name, inlinable: true };
            self.sites.push(Site { lparen, target, go_defer, arg_funcs: Vec::new() });
            return;
        }
        let sig = self.tv_ty(f).and_then(|t| {
            let u = self.c.under(t);
            match self.c.types.kind(u) {
                TypeKind::Func(s) => Some(s.clone()),
                _ => None,
            }
        });
        let Some(sig) = sig else {
            self.unknown("call");
            return;
        };
        self.cost += 1; // OCALLFUNC / OCALLINTER
        let mut extra = CALL_COST;
        let mut target = None;
        match &f.kind {
            ExprKind::Ident(i) => {
                self.cost += 1;
                let obj = self.info.uses.get(i.id.index()).copied().flatten();
                match obj.map(|o| self.c.obj(o).kind.clone()) {
                    Some(ObjKind::Func { .. }) => {
                        let o = obj.unwrap_or(ObjId(0));
                        extra = self.callee_extra(o);
                        target = Some(self.func_target(o, extra));
                    }
                    Some(ObjKind::Var { param, .. }) => {
                        let o = obj.unwrap_or(ObjId(0));
                        if param && self.params.contains(&o) {
                            extra = PARAM_CALL_COST;
                            target = Some(Target::Param(o));
                        } else if !self.params.contains(&o)
                            && (self.is_captured(o) || (param && self.outside_lit(o)))
                        {
                            // A captured variable or parameter of an enclosing function
                            // (go1.27.3: `func(x int) int { return f(f(x)) }` costs 40).
                            extra = PARAM_CALL_COST;
                        }
                        if target.is_none() && self.outside_lit(o) && !self.params.contains(&o) {
                            // A variable of an enclosing function (never bound here):
                            // recorded so that a copy of this literal, whose call may be
                            // static for gc, can be refused.
                            target = Some(Target::Param(o));
                        } else if let Some(v) = self.callees.static_lit(o).cloned() {
                            if let ExprKind::FuncLit { .. } = v.kind {
                                extra = self.lit_extra(&v);
                                target = Some(Target::Func(FnKey::Lit(v.id)));
                            } else if let Some(fo) = self.static_func(&v) {
                                extra = self.callee_extra(fo);
                                target = Some(self.func_target(fo, extra));
                            } else if let ExprKind::Call { .. } = v.kind {
                                target = Some(Target::CallResult(self.callees.lparen(&v)));
                            }
                        }
                    }
                    _ => {}
                }
            }
            ExprKind::Selector { x, .. } => {
                match self.info.selections.get(f.id.index()).and_then(|s| s.clone()) {
                    None => {
                        // pkg.F
                        self.cost += 1;
                        let obj = match &f.kind {
                            ExprKind::Selector { sel, .. } => {
                                self.info.uses.get(sel.id.index()).copied().flatten()
                            }
                            _ => None,
                        };
                        if let Some(o) = obj {
                            if matches!(self.c.obj(o).kind, ObjKind::Func { .. }) {
                                extra = self.callee_extra(o);
                                target = Some(self.func_target(o, extra));
                            }
                        }
                    }
                    Some(s) => {
                        use escapade_types::info::SelectionKind;
                        let recv_iface = self.tv_ty(x).is_some_and(|t| self.is_iface(t));
                        match s.kind {
                            SelectionKind::MethodVal
                                if recv_iface || !self.c.method_recv.contains_key(&s.obj) =>
                            {
                                // OCALLINTER of ODOTINTER (also through an embedded
                                // interface); the devirtualizer may make it static later.
                                self.cost += 1;
                                self.cost += s.index.len() as i64 - 1;
                                self.expr(x);
                                target = Some(Target::Devirt(self.source_call(x)));
                            }
                            SelectionKind::MethodVal => {
                                // OCALLFUNC of OMETHEXPR (free), receiver first argument.
                                self.cost += s.index.len() as i64 - 1;
                                if s.addr {
                                    self.cost += 1;
                                    // `&x.f` with f at offset 0 is free (also implicit).
                                    let embedded_first =
                                        s.index.len() == 2 && s.index[0] == 0 && self.is_name(x);
                                    let field_first = s.index.len() == 1
                                        && matches!(&crate::lower::strip(x).kind,
                                            ExprKind::Selector { x: base, .. }
                                                if self.field_offset_zero(x) && self.is_name(base));
                                    if embedded_first || field_first {
                                        self.cost -= 2;
                                    }
                                }
                                let ptr_recv =
                                    self.c.method_recv.get(&s.obj).copied().map(|t| {
                                        matches!(self.c.types.kind(t), TypeKind::Pointer(_))
                                    });
                                let x_ptr = self.tv_ty(x).is_some_and(|t| {
                                    let u = self.c.under(t);
                                    matches!(self.c.types.kind(u), TypeKind::Pointer(_))
                                });
                                if ptr_recv == Some(false) && x_ptr && s.index.len() == 1 {
                                    self.cost += 1; // implicit *
                                }
                                self.expr(x);
                                extra = self.callee_extra(s.obj);
                                target = Some(self.func_target(s.obj, extra));
                            }
                            SelectionKind::FieldVal => {
                                self.expr(f);
                            }
                            SelectionKind::MethodExpr => {
                                extra = self.callee_extra(s.obj);
                                target = Some(self.func_target(s.obj, extra));
                            }
                        }
                    }
                }
            }
            ExprKind::FuncLit { .. } => {
                self.cost += CLOSURE_COST;
                extra = self.lit_extra(f);
                target = Some(Target::Func(FnKey::Lit(f.id)));
            }
            ExprKind::Call { .. } => {
                self.expr(f);
                // gc spills the called value to a temporary first (`t := f(); t()`): 5
                // more, as the written form costs (measured with go1.27.3 -m=2).
                self.cost += 5;
                target = Some(Target::CallResult(self.callees.lparen(f)));
            }
            _ => self.expr(f),
        }
        self.cost += extra;
        self.args(&sig, args, spread);
        if let Some(target) = target {
            let lparen = self.callees.lparen(e);
            let arg_funcs = self.arg_funcs(f, args, spread);
            self.sites.push(Site { lparen, target, go_defer, arg_funcs });
        }
    }

    /// Static functions passed as arguments (receiver first).
    fn arg_funcs(
        &mut self,
        f: &ast::Expr,
        args: &[ast::Expr],
        spread: bool,
    ) -> Vec<Option<Target>> {
        let mut out = Vec::new();
        if let ExprKind::Selector { x, .. } = &f.kind {
            if self.info.selections.get(f.id.index()).is_some_and(|s| {
                s.as_ref().is_some_and(|s| s.kind == escapade_types::info::SelectionKind::MethodVal)
            }) {
                out.push(self.static_target(x));
            }
        }
        if !spread {
            for a in args {
                let t = self.static_target(a);
                out.push(t);
            }
        }
        out
    }

    /// The function an argument statically is (a function literal or a declared function).
    fn static_target(&mut self, a: &ast::Expr) -> Option<Target> {
        let a = crate::lower::strip(a);
        if let ExprKind::FuncLit { .. } = a.kind {
            return Some(Target::Func(FnKey::Lit(a.id)));
        }
        // A local bound once to a literal (gc's StaticValue sees through it), or to a
        // call's result (static when that call is inlined and returns a literal).
        if let ExprKind::Ident(i) = &a.kind {
            let o = self.info.uses.get(i.id.index()).copied().flatten();
            if let Some(v) = o.and_then(|o| self.callees.static_lit(o)) {
                match v.kind {
                    ExprKind::FuncLit { .. } => return Some(Target::Func(FnKey::Lit(v.id))),
                    ExprKind::Call { .. } => {
                        return Some(Target::CallResult(self.callees.lparen(v)))
                    }
                    _ => {}
                }
            }
        }
        let o = self.static_func(a)?;
        let extra = match self.callees.func(self.c, o) {
            CalleeCost::Inline(c) => c,
            _ => CALL_COST,
        };
        Some(self.func_target(o, extra))
    }

    /// The site target of a call of declared function `o` (`extra` is its call cost).
    fn func_target(&mut self, o: ObjId, extra: i64) -> Target {
        if self.c.obj(o).pkg.is_some() && self.c.annotations.contains_key(&o) {
            let name = self.callees.std_name(self.c, o);
            // Unknown inlinability (a generic std function, no data) counts as inlinable:
            // the site is refused unless its body is known to be transparent.
            return Target::Std {
                name,
                inlinable: extra != CALL_COST
                    || matches!(
                        self.callees.func(self.c, o),
                        CalleeCost::Inline(_) | CalleeCost::Unknown(_)
                    ),
            };
        }
        Target::Func(FnKey::Decl(o))
    }

    /// The call a value statically comes from: the expression itself, or the single
    /// definition of a local (gc's `StaticValue` follows both through inlined calls).
    fn source_call(&self, x: &ast::Expr) -> Option<usize> {
        let x = crate::lower::strip(x);
        match &x.kind {
            ExprKind::Call { .. } => Some(self.callees.lparen(x)),
            ExprKind::Ident(i) => {
                let o = self.info.uses.get(i.id.index()).copied().flatten()?;
                let v = self.callees.static_lit(o)?;
                matches!(v.kind, ExprKind::Call { .. }).then(|| self.callees.lparen(v))
            }
            _ => None,
        }
    }

    /// The function a name or method expression denotes.
    fn static_func(&self, e: &ast::Expr) -> Option<ObjId> {
        let o = match &e.kind {
            ExprKind::Ident(i) => self.info.uses.get(i.id.index()).copied().flatten(),
            ExprKind::Selector { sel, .. } => {
                match self.info.selections.get(e.id.index()).and_then(|s| s.as_ref()) {
                    Some(s) if s.kind == escapade_types::info::SelectionKind::MethodExpr => {
                        Some(s.obj)
                    }
                    Some(_) => None,
                    None => self.info.uses.get(sel.id.index()).copied().flatten(),
                }
            }
            _ => None,
        }?;
        matches!(self.c.obj(o).kind, ObjKind::Func { .. }).then_some(o)
    }

    /// A variable of an enclosing function used in the literal being costed.
    /// `o` is declared outside the literal being costed (an enclosing function's).
    fn outside_lit(&self, o: ObjId) -> bool {
        self.lit_span
            .is_some_and(|l| self.c.obj(o).pos.is_some_and(|p| !l.contains(p.span.start as usize)))
    }

    fn is_captured(&self, o: ObjId) -> bool {
        let Some(lit) = self.lit_span else { return false };
        let obj = self.c.obj(o);
        obj.local && obj.pos.is_some_and(|p| !lit.contains(p.span.start as usize))
    }

    /// The extra cost of calling declared function `obj`.
    fn callee_extra(&mut self, obj: ObjId) -> i64 {
        match self.callees.func(self.c, obj) {
            CalleeCost::Inline(c) => c,
            CalleeCost::NoInline => CALL_COST,
            CalleeCost::Unknown(w) => {
                self.unknown(&w);
                CALL_COST
            }
        }
    }

    fn lit_extra(&mut self, lit: &ast::Expr) -> i64 {
        // gc's visitor stops at the first reason never to inline: a literal called after it
        // is not checked early (it comes in its own order).
        if self.never.is_some() {
            return CALL_COST;
        }
        match self.callees.lit(self.c, lit) {
            CalleeCost::Inline(c) => c,
            CalleeCost::NoInline => CALL_COST,
            CalleeCost::Unknown(w) => {
                self.unknown(&w);
                CALL_COST
            }
        }
    }

    fn args(&mut self, sig: &escapade_types::types::Signature, args: &[ast::Expr], spread: bool) {
        if args.len() == 1 && sig.params.len() > 1 && self.is_multi_call(&args[0]) {
            self.unknown("f(g()) with a multi-value g");
            return;
        }
        let n = sig.params.len();
        if sig.variadic && !spread {
            // The implicit `... argument` slice literal (OSLICELIT, 2), or nil.
            self.cost += if args.len() >= n { 2 } else { 1 };
        }
        for (i, a) in args.iter().enumerate() {
            let dst = if sig.variadic && !spread && i + 1 >= n {
                sig.params.last().map(|p| p.ty).and_then(|t| {
                    let u = self.c.under(t);
                    match self.c.types.kind(u) {
                        TypeKind::Slice(e) => Some(*e),
                        _ => None,
                    }
                })
            } else {
                sig.params.get(i).map(|p| p.ty)
            };
            self.value_to(a, dst);
        }
    }

    fn builtin_call(&mut self, b: Builtin, args: &[ast::Expr]) {
        match b {
            Builtin::Recover => self.never("call to recover"),
            Builtin::Panic => {
                self.cost += 2;
                for a in args {
                    self.expr(a);
                }
            }
            Builtin::New => self.cost += 1,
            Builtin::Make => {
                self.cost += 1;
                let is_slice = args.first().and_then(|t| self.tv_ty(t)).is_some_and(|t| {
                    let u = self.c.under(t);
                    matches!(self.c.types.kind(u), TypeKind::Slice(_))
                });
                if args.len() == 1 && !is_slice {
                    // make(map[K]V) / make(chan T): an implicit size 0.
                    self.cost += 1;
                }
                for a in args.iter().skip(1) {
                    self.expr(a);
                }
            }
            Builtin::Append => {
                self.cost += 1;
                let elem = args.first().and_then(|s| self.tv_ty(s)).and_then(|t| {
                    let u = self.c.under(t);
                    match self.c.types.kind(u) {
                        TypeKind::Slice(e) => Some(*e),
                        _ => None,
                    }
                });
                for (i, a) in args.iter().enumerate() {
                    if i == 0 {
                        self.expr(a);
                    } else {
                        self.value_to(a, elem);
                    }
                }
            }
            Builtin::Print | Builtin::Println => {
                self.cost += 1;
                for a in args {
                    self.expr(a);
                }
            }
            _ => {
                self.cost += 1;
                for a in args {
                    self.expr(a);
                }
            }
        }
    }
}

fn same_var(info: &FileInfo, a: &ast::Expr, b: &ast::Expr) -> bool {
    let id = |e: &ast::Expr| match &crate::lower::strip(e).kind {
        ExprKind::Ident(i) => info.uses.get(i.id.index()).copied().flatten(),
        _ => None,
    };
    matches!((id(a), id(b)), (Some(x), Some(y)) if x == y)
}

fn flatten_add<'e>(info: &FileInfo, e: &'e ast::Expr, out: &mut Vec<&'e ast::Expr>) {
    let s = crate::lower::strip(e);
    if let ExprKind::Binary { op: BinaryOp::Add, x, y } = &s.kind {
        if info.type_of(s.id).is_some_and(|t| t.value.is_none()) {
            flatten_add(info, x, out);
            flatten_add(info, y, out);
            return;
        }
    }
    out.push(e);
}
