//! Statements: definitions, assignments, control flow, go/defer wrappers.

use escapade_syntax::ast::{self, BranchKind};
use escapade_types::types::{BasicKind, TypeKind};
use escapade_types::TypeId;

use super::{strip, Lower};
use crate::ir::*;

impl Lower<'_> {
    pub(super) fn block(&mut self, stmts: &[ast::Stmt]) -> Vec<StmtId> {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        out
    }

    fn assign_pos(&self, lhs: &[ast::Expr], pat: &str) -> Pos {
        let end = lhs.last().map_or(0, |e| e.span.end as usize);
        let off = self.find(end, pat);
        self.pos_span(off, escapade_base::Span::new(off, off + pat.len()))
    }

    fn label(&mut self, name: &str) -> LabelId {
        let n = self.labels.len() as u32;
        *self.labels.entry(name.to_string()).or_insert(LabelId(n))
    }

    fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<StmtId>) {
        use ast::StmtKind as S;
        match &s.kind {
            S::Empty | S::Bad => {}
            S::Decl(d) => self.local_decl(d, out),
            S::Labeled { label, stmt } => {
                let l = self.label(&label.name);
                let pos = self.pos(label.span);
                out.push(self.stmt_id(StmtKind::Label(l), pos, format!("{}:", label.name)));
                self.stmt(stmt, out);
            }
            S::Expr(e) => {
                let x = self.expr(e);
                let (pos, text) = (self.p.expr(x).pos, self.p.expr(x).text.clone());
                out.push(self.stmt_id(StmtKind::Expr(x), pos, text));
            }
            S::Send { chan, value } => {
                let ch = self.expr(chan);
                let ct = self.type_of(chan);
                let cu = self.c.under(ct);
                let v = match self.c.types.kind(cu) {
                    TypeKind::Chan(_, el) => {
                        let el = *el;
                        self.value_to(value, el)
                    }
                    _ => self.expr(value),
                };
                let pos = self.assign_pos(std::slice::from_ref(chan), "<-");
                // gc parenthesizes a string concatenation sent (`ch <- (a + b)`), also
                // when it is implicitly converted to the element's interface type.
                let inner = match self.p.expr(v).kind {
                    ExprKind::ConvIface { x, .. } if self.text(x) == self.text(v) => x,
                    _ => v,
                };
                let value = match self.p.expr(inner).kind {
                    ExprKind::AddStr(_) => format!("({})", self.text(v)),
                    _ => self.prec_operand(v),
                };
                let text = format!("{} <- {value}", self.text(ch));
                out.push(self.stmt_id(StmtKind::Send { ch, value: v }, pos, text));
            }
            S::IncDec { x, inc } => {
                let lhs = self.expr(x);
                let op = if *inc { "++" } else { "--" };
                let pos = self.assign_pos(std::slice::from_ref(x), op);
                let one = self.mk(ExprKind::Const, Ty::int(), pos, "1".into());
                let text = format!("{}{op}", self.text(lhs));
                let kind = StmtKind::Assign {
                    op: AssignOp::OpAssign,
                    lhs: vec![Some(lhs)],
                    rhs: vec![one],
                };
                out.push(self.stmt_id(kind, pos, text));
            }
            S::Assign { lhs, op: Some(op), rhs } if lhs.len() == 1 && rhs.len() == 1 => {
                let l = self.expr(&lhs[0]);
                let lt = self.type_of(&lhs[0]);
                let r = self.value_to(&rhs[0], lt);
                let pat = format!("{}=", op.as_str());
                let pos = self.assign_pos(lhs, &pat);
                let text = format!("{} {pat} {}", self.text(l), self.text(r));
                let kind =
                    StmtKind::Assign { op: AssignOp::OpAssign, lhs: vec![Some(l)], rhs: vec![r] };
                out.push(self.stmt_id(kind, pos, text));
            }
            S::Assign { lhs, op: None, rhs } => {
                let pos = self.assign_pos(lhs, "=");
                self.assign(lhs, rhs, false, pos, out);
            }
            S::Define { lhs, rhs } => {
                let pos = self.assign_pos(lhs, ":=");
                self.assign(lhs, rhs, true, pos, out);
            }
            S::Go(call) | S::Defer(call) => {
                let is_go = matches!(s.kind, S::Go(_));
                self.go_defer(s, call, is_go, out);
            }
            S::Return(xs) => self.ret(s, xs, out),
            S::Branch { kind, label } => {
                let pos = self.pos(s.span);
                let kw = kind.keyword();
                match (kind, label) {
                    (BranchKind::Goto, Some(l)) => {
                        let id = self.label(&l.name);
                        out.push(self.stmt_id(StmtKind::Goto(id), pos, format!("goto {}", l.name)));
                    }
                    _ => out.push(self.stmt_id(StmtKind::Branch, pos, kw.into())),
                }
            }
            S::Block(b) => {
                let list = self.block(&b.stmts);
                let pos = self.pos(b.span);
                out.push(self.stmt_id(StmtKind::Block(list), pos, String::new()));
            }
            S::If { init, cond, then, els } => {
                let mut list = Vec::new();
                if let Some(i) = init {
                    self.stmt(i, &mut list);
                }
                let c = self.expr(cond);
                // gc does not compile the dead branch of a constant condition.
                let known = match self.tv(strip(cond).id).and_then(|tv| tv.value.as_ref()) {
                    Some(escapade_types::constant::Value::Bool(b)) => Some(*b),
                    _ => None,
                };
                let then = if known == Some(false) { Vec::new() } else { self.block(&then.stmts) };
                let mut el = Vec::new();
                if let Some(e) = els.as_ref().filter(|_| known != Some(true)) {
                    self.stmt(e, &mut el);
                }
                let pos = self.pos(s.span);
                list.push(self.stmt_id(StmtKind::If { cond: c, then, els: el }, pos, "if".into()));
                out.push(self.stmt_id(StmtKind::Block(list), pos, String::new()));
            }
            S::For { init, cond, post, body } if self.per_iteration(s).is_some() => self
                .for_per_iteration(s, init.as_deref(), cond.as_ref(), post.as_deref(), body, out),
            S::For { init, cond, post, body } => {
                let mut list = Vec::new();
                if let Some(i) = init {
                    self.stmt(i, &mut list);
                }
                let c = cond.as_ref().map(|c| self.expr(c));
                let mut p = Vec::new();
                if let Some(ps) = post {
                    self.stmt(ps, &mut p);
                }
                let post = match p.len() {
                    0 => None,
                    1 => Some(p[0]),
                    _ => {
                        let pos = self.pos(s.span);
                        Some(self.stmt_id(StmtKind::Block(p), pos, String::new()))
                    }
                };
                let body = self.block(&body.stmts);
                let pos = self.pos(s.span);
                let kind = StmtKind::For { cond: c, post, body };
                list.push(self.stmt_id(kind, pos, "for loop".into()));
                out.push(self.stmt_id(StmtKind::Block(list), pos, String::new()));
            }
            S::Range { key, value, define, x, body } => {
                self.range(s, key.as_deref(), value.as_deref(), *define, x, body, out)
            }
            S::Switch { init, tag, cases } => {
                let mut list = Vec::new();
                if let Some(i) = init {
                    self.stmt(i, &mut list);
                }
                let tt = tag.as_ref().map(|t| self.type_of(t));
                let te = tag.as_ref().map(|t| self.expr(t));
                let mut cs = Vec::new();
                for c in cases {
                    let mut exprs = Vec::new();
                    for v in c.list.iter().flatten() {
                        let x = match tt {
                            Some(t) => self.value_to(v, t),
                            None => self.expr(v),
                        };
                        exprs.push(x);
                    }
                    let body = self.block(&c.body);
                    cs.push(SwitchCase { exprs, body });
                }
                let pos = self.pos(s.span);
                list.push(self.stmt_id(
                    StmtKind::Switch { tag: te, cases: cs },
                    pos,
                    "switch".into(),
                ));
                out.push(self.stmt_id(StmtKind::Block(list), pos, String::new()));
            }
            S::TypeSwitch { init, bind, x, cases } => {
                let mut list = Vec::new();
                if let Some(i) = init {
                    self.stmt(i, &mut list);
                }
                let inner = match &strip(x).kind {
                    ast::ExprKind::TypeAssert { x, ty: None } => x.as_ref(),
                    _ => x,
                };
                let xt = self.type_of(inner);
                let xe = self.expr(inner);
                let mut cs = Vec::new();
                for c in cases {
                    let first = c.list.as_ref().and_then(|l| l.first());
                    let cpos = match first {
                        Some(f) => self.pos(f.span),
                        None => self.pos(c.span),
                    };
                    let var = match bind {
                        Some(b) if !b.is_blank() => {
                            let t = match c.list.as_deref() {
                                Some([one]) if !is_nil(one) => self.type_of(one),
                                _ => xt,
                            };
                            let ty = self.ty(t);
                            let v = self.new_var(&b.name, cpos, VarClass::Local, ty);
                            self.binds.push((b.span, v));
                            Some(v)
                        }
                        _ => None,
                    };
                    let body = self.block(&c.body);
                    if var.is_some() {
                        self.binds.pop();
                    }
                    // gc prints the clause with its body (`case T: s1; s2`) at `case`.
                    let head = match &c.list {
                        Some(l) => format!(
                            "case {}:",
                            l.iter()
                                .map(|e| self.src.get(e.span.range()).unwrap_or("").to_string())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                        None => "default:".into(),
                    };
                    let kpos = self.pos(c.span);
                    let mut parts = Vec::new();
                    for &st in &body {
                        let simple = matches!(
                            self.p.stmt(st).kind,
                            StmtKind::Assign { .. }
                                | StmtKind::AssignCall { .. }
                                | StmtKind::Return(_)
                                | StmtKind::Expr(_)
                        );
                        let t = self.p.stmt(st).text.clone();
                        if !simple || t.is_empty() {
                            self.unsupported_m2(
                                kpos,
                                "text of a type-switch clause with this body",
                            );
                        }
                        parts.push(t);
                    }
                    let text = if parts.is_empty() {
                        head
                    } else {
                        format!("{head} {}", parts.join("; "))
                    };
                    cs.push(TypeCase { var, pos: kpos, text, body });
                }
                let pos = self.pos(s.span);
                let kind = StmtKind::TypeSwitch { x: xe, cases: cs };
                list.push(self.stmt_id(kind, pos, "switch".into()));
                out.push(self.stmt_id(StmtKind::Block(list), pos, String::new()));
            }
            S::Select { cases } => {
                let mut cs = Vec::new();
                for c in cases {
                    let mut comm = Vec::new();
                    if let Some(st) = &c.comm {
                        self.stmt(st, &mut comm);
                    }
                    let comm = match comm.len() {
                        0 => None,
                        1 => Some(comm[0]),
                        _ => {
                            let pos = self.pos(c.span);
                            Some(self.stmt_id(StmtKind::Block(comm), pos, String::new()))
                        }
                    };
                    let body = self.block(&c.body);
                    cs.push(SelectCase { comm, body });
                }
                let pos = self.pos(s.span);
                out.push(self.stmt_id(StmtKind::Select { cases: cs }, pos, "select".into()));
            }
            S::Assign { .. } => self.unsupported(s.span, "assignment form"),
        }
    }

    fn local_decl(&mut self, d: &ast::Decl, out: &mut Vec<StmtId>) {
        if let ast::DeclKind::Type { specs, .. } = &d.kind {
            // A local struct type embedding a field gets promoted-method wrappers.
            for sp in specs {
                if let ast::ExprKind::StructType { fields } = &strip(&sp.ty).kind {
                    if fields.fields.iter().any(|f| f.names.is_empty()) {
                        let pos = self.pos(sp.name.span);
                        let what = "-m=2 explanations of gc's promoted-method wrappers";
                        self.unsupported_m2(pos, what);
                    }
                }
            }
        }
        let ast::DeclKind::Var { specs, .. } = &d.kind else { return };
        for sp in specs {
            let lhs: Vec<ast::Expr> = sp
                .names
                .iter()
                .map(|n| ast::Expr {
                    id: n.id,
                    span: n.span,
                    kind: ast::ExprKind::Ident(n.clone()),
                })
                .collect();
            if sp.values.is_empty() {
                for n in &sp.names {
                    let Some(v) = self.local(n) else { continue };
                    let pos = self.pos(n.span);
                    let text = format!("var {}", n.name);
                    out.push(self.stmt_id(StmtKind::Decl(v), pos, text.clone()));
                    let name = self.name_ref(v, pos);
                    let kind = StmtKind::Assign {
                        op: AssignOp::Assign,
                        lhs: vec![Some(name)],
                        rhs: vec![],
                    };
                    out.push(self.stmt_id(kind, pos, text));
                }
                continue;
            }
            // gc positions a `var` declaration's assignment at its first name.
            let Some(first) = sp.names.first() else { continue };
            let pos = self.pos(first.span);
            self.assign(&lhs, &sp.values, true, pos, out);
        }
    }

    /// `lhs = rhs` / `lhs := rhs` / `var lhs = rhs` (`define`: new variables are declared).
    fn assign(
        &mut self,
        lhs: &[ast::Expr],
        rhs: &[ast::Expr],
        define: bool,
        pos: Pos,
        out: &mut Vec<StmtId>,
    ) {
        // Declarations of the new variables.
        let mut new_vars = Vec::new();
        if define {
            for l in lhs {
                if let ast::ExprKind::Ident(id) = &strip(l).kind {
                    let is_new = self.info.defs.get(id.id.index()).copied().flatten().is_some()
                        && !self.obj_of(id.id).is_some_and(|o| self.vars.contains_key(&o));
                    if is_new {
                        if let Some(v) = self.local(id) {
                            let vp = self.p.var(v).pos;
                            let text = format!("var {}", id.name);
                            out.push(self.stmt_id(StmtKind::Decl(v), vp, text));
                            new_vars.push(v);
                        }
                    }
                }
            }
        }
        let op_text = if define { ":=" } else { "=" };
        let lhs_ids: Vec<Option<ExprId>> = lhs
            .iter()
            .map(|l| match &strip(l).kind {
                ast::ExprKind::Ident(id) if id.is_blank() => None,
                _ => Some(self.expr(l)),
            })
            .collect();
        let lhs_text: Vec<String> = lhs_ids
            .iter()
            .map(|l| l.map_or_else(|| "_".to_string(), |l| self.text(l).to_string()))
            .collect();
        let lhs_types: Vec<TypeId> = lhs.iter().map(|l| self.lhs_type(l)).collect();
        if rhs.len() == 1 && lhs.len() > 1 {
            if let Some(st) =
                self.assign_n1(&lhs_ids, &lhs_text, &lhs_types, &rhs[0], op_text, pos, out)
            {
                for v in new_vars {
                    self.p.vars[v.0 as usize].defn = Some(st);
                }
                out.push(st);
                return;
            }
        }
        let st = if rhs.len() == 1 && lhs.len() > 1 {
            let r = strip(&rhs[0]);
            let op = match &r.kind {
                ast::ExprKind::Index { .. } => AssignOp::PairMapr,
                ast::ExprKind::TypeAssert { .. } => AssignOp::PairDotType,
                ast::ExprKind::Unary { op: ast::UnaryOp::Recv, .. } => AssignOp::PairRecv,
                _ => AssignOp::Assign,
            };
            if op == AssignOp::Assign {
                let call = self.expr(r);
                if !matches!(self.p.expr(call).kind, ExprKind::Call(_)) {
                    self.unsupported(r.span, "multi-value assignment");
                }
                let text = format!("{} {op_text} {}", lhs_text.join(", "), self.text(call));
                self.stmt_id(StmtKind::AssignCall { lhs: lhs_ids, call }, pos, text)
            } else {
                let x = self.expr(r);
                let text = format!("{} {op_text} {}", lhs_text.join(", "), self.text(x));
                self.stmt_id(StmtKind::Assign { op, lhs: lhs_ids, rhs: vec![x] }, pos, text)
            }
        } else {
            let mut rs = Vec::new();
            for (i, r) in rhs.iter().enumerate() {
                let t = lhs_types.get(i).copied().filter(|t| !self.c.types.is_invalid(*t));
                let x = match t {
                    Some(t) if lhs_ids.get(i).is_some_and(|l| l.is_some()) => self.value_to(r, t),
                    _ => self.expr(r),
                };
                rs.push(x);
            }
            let op = if lhs.len() > 1 { AssignOp::Pair } else { AssignOp::Assign };
            let text = format!("{} {op_text} {}", lhs_text.join(", "), self.join(&rs));
            self.stmt_id(StmtKind::Assign { op, lhs: lhs_ids, rhs: rs }, pos, text)
        };
        for v in new_vars {
            self.p.vars[v.0 as usize].defn = Some(st);
        }
        out.push(st);
    }

    /// go1.27's front end reads every N:1 assignment (`a, b = f()`, `v, ok = x.(T)`,
    /// `v, ok = m[k]`, `v, ok = <-c`) as `.autotmp_A, .autotmp_B := rhs` followed by
    /// `a, b = (T)(.autotmp_A), .autotmp_B` (the first value wrapped in the `OCONVNOP` that
    /// carries the temporaries' init). Returns the final statement, or `None` (old shape,
    /// with a `-m=2`-only refusal) when a value needs an implicit conversion.
    #[allow(clippy::too_many_arguments)]
    fn assign_n1(
        &mut self,
        lhs_ids: &[Option<ExprId>],
        lhs_text: &[String],
        lhs_types: &[TypeId],
        rhs: &ast::Expr,
        op_text: &str,
        pos: Pos,
        out: &mut Vec<StmtId>,
    ) -> Option<StmtId> {
        let r = strip(rhs);
        let op = match &r.kind {
            ast::ExprKind::Index { .. } => AssignOp::PairMapr,
            ast::ExprKind::TypeAssert { .. } => AssignOp::PairDotType,
            ast::ExprKind::Unary { op: ast::UnaryOp::Recv, .. } => AssignOp::PairRecv,
            ast::ExprKind::Call { .. } => AssignOp::Assign,
            _ => return None,
        };
        let rt = self.type_of(r);
        let elems: Vec<Option<TypeId>> = match self.c.types.kind(rt).clone() {
            TypeKind::Tuple(v) => v.into_iter().map(Some).collect(),
            _ if op != AssignOp::Assign => vec![Some(rt), None],
            _ => return None,
        };
        if elems.len() != lhs_ids.len() {
            return None;
        }
        // Any implicit conversion: its text (and `-m` expression) is not modelled here.
        for (i, e) in elems.iter().enumerate() {
            if lhs_ids[i].is_none() {
                continue;
            }
            let lt = lhs_types[i];
            let plain_bool = matches!(
                self.c.types.kind(lt),
                TypeKind::Basic(BasicKind::Bool | BasicKind::UntypedBool)
            );
            let same = match e {
                Some(t) => {
                    self.c.identical(*t, lt) || (i == 1 && op != AssignOp::Assign && plain_bool)
                }
                None => plain_bool,
            };
            if !same {
                self.unsupported_m2(pos, "multi-value assignment with implicit conversion");
                return None;
            }
        }
        let mut temps = Vec::new();
        for (i, e) in elems.iter().enumerate() {
            let ty = match e {
                Some(t) => self.ty(*t),
                None => self.ty(lhs_types[i]),
            };
            let t = self.temp(ty, pos);
            let name = self.p.var(t).name.clone();
            out.push(self.stmt_id(StmtKind::Decl(t), pos, format!("var {name}")));
            temps.push(t);
        }
        let x = self.expr(r);
        let tlhs: Vec<Option<ExprId>> =
            temps.iter().map(|t| Some(self.name_ref(*t, pos))).collect();
        let names: Vec<String> = temps.iter().map(|t| self.p.var(*t).name.clone()).collect();
        let text = format!("{} := {}", names.join(", "), self.text(x));
        let kind = if op == AssignOp::Assign {
            if !matches!(self.p.expr(x).kind, ExprKind::Call(_)) {
                self.unsupported(r.span, "multi-value assignment");
            }
            StmtKind::AssignCall { lhs: tlhs, call: x }
        } else {
            StmtKind::Assign { op, lhs: tlhs, rhs: vec![x] }
        };
        let a = self.stmt_id(kind, pos, text);
        for t in &temps {
            self.p.vars[t.0 as usize].defn = Some(a);
        }
        out.push(a);
        let mut vals = Vec::new();
        for (i, t) in temps.iter().enumerate() {
            let v = self.name_ref(*t, pos);
            if i == 0 {
                let t0 = elems[0].unwrap_or(lhs_types[0]);
                let tt = self.type_text(t0);
                let text = if self.is_named(t0) {
                    format!("{tt}({})", self.text(v))
                } else {
                    format!("({tt})({})", self.text(v))
                };
                let ty = self.p.expr(v).ty;
                vals.push(self.mk(ExprKind::Conv(v), ty, pos, text));
            } else {
                vals.push(v);
            }
        }
        let text = format!("{} {op_text} {}", lhs_text.join(", "), self.join(&vals));
        let kind = StmtKind::Assign { op: AssignOp::Pair, lhs: lhs_ids.to_vec(), rhs: vals };
        Some(self.stmt_id(kind, pos, text))
    }

    /// The type of an assignment target (declaring identifiers carry no expression type).
    fn lhs_type(&self, l: &ast::Expr) -> TypeId {
        if let ast::ExprKind::Ident(id) = &strip(l).kind {
            if let Some(t) = self.obj_of(id.id).and_then(|o| self.c.obj(o).ty) {
                return t;
            }
        }
        self.type_of(l)
    }

    /// Package-level `var` initializers gc compiles into the package's `init` function.
    pub(super) fn package_init(&mut self, specs: &[&ast::ValueSpec], f: FuncId) {
        self.cur = f;
        let mut out = Vec::new();
        for sp in specs {
            let lhs: Vec<ast::Expr> = sp
                .names
                .iter()
                .map(|n| ast::Expr {
                    id: n.id,
                    span: n.span,
                    kind: ast::ExprKind::Ident(n.clone()),
                })
                .collect();
            // gc positions a package-level initialisation at the (first) declared name.
            let Some(first) = sp.names.first() else { continue };
            let pos = self.pos(first.span);
            self.assign(&lhs, &sp.values, false, pos, &mut out);
        }
        self.p.funcs[f.0 as usize].body = Some(out);
    }

    fn ret(&mut self, s: &ast::Stmt, xs: &[ast::Expr], out: &mut Vec<StmtId>) {
        if self.rangefunc_return(s, xs, out) {
            return;
        }
        let pos = self.pos(s.span);
        let results = self.p.func(self.cur).results.clone();
        if xs.len() == 1 && results.len() > 1 {
            // `return f()`: the call's results go to temporaries first.
            let call = self.expr(&xs[0]);
            let mut temps = Vec::new();
            let mut lhs = Vec::new();
            for r in &results {
                let ty = self.p.var(*r).ty;
                let t = self.temp(ty, pos);
                temps.push(t);
                lhs.push(Some(self.name_ref(t, pos)));
            }
            let names: Vec<String> = temps.iter().map(|t| self.p.var(*t).name.clone()).collect();
            let text = format!("{} = {}", names.join(", "), self.text(call));
            let a = self.stmt_id(StmtKind::AssignCall { lhs, call }, pos, text);
            for t in &temps {
                self.p.vars[t.0 as usize].defn = Some(a);
            }
            out.push(a);
            let vals: Vec<ExprId> = temps.iter().map(|t| self.name_ref(*t, pos)).collect();
            let text = format!("return {}", self.join(&vals));
            out.push(self.stmt_id(StmtKind::Return(vals), pos, text));
            return;
        }
        let sig_results: Vec<TypeId> = self.result_types();
        let mut vals = Vec::new();
        for (i, x) in xs.iter().enumerate() {
            let v = match sig_results.get(i) {
                Some(t) => self.value_to(x, *t),
                None => self.expr(x),
            };
            vals.push(v);
        }
        let text = if vals.is_empty() {
            "return".to_string()
        } else {
            format!("return {}", self.join(&vals))
        };
        out.push(self.stmt_id(StmtKind::Return(vals), pos, text));
    }

    /// The checker's result types of the current function.
    fn result_types(&mut self) -> Vec<TypeId> {
        let Some(t) = self.cur_sig.get(&self.cur).copied() else { return Vec::new() };
        let u = self.c.under(t);
        match self.c.types.kind(u) {
            TypeKind::Func(sig) => sig.results.iter().map(|r| r.ty).collect(),
            _ => Vec::new(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range(
        &mut self,
        s: &ast::Stmt,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        x: &ast::Expr,
        body: &ast::Block,
        out: &mut Vec<StmtId>,
    ) {
        let xt = self.type_of(x);
        let xu = self.c.under(xt);
        if matches!(self.c.types.kind(xu), TypeKind::Func(_)) {
            self.range_func(s, key, value, define, x, body, out);
            return;
        }
        let xe = self.expr(x);
        // gc positions the range statement (and its loopvar copies) at the `range` keyword.
        let kw = self.src.get(..x.span.start as usize).and_then(|s| s.rfind("range"));
        let rpos = match kw {
            Some(off) => self.pos_span(off, s.span),
            None => self.pos(s.span),
        };
        // Without a value variable, a range over an array needs only its constant length:
        // gc does not evaluate the expression (no `{temp} ← arr` flow).
        // (go1.23.9 still reports a composite literal there: the rule is go1.27's.)
        let value_absent = value.is_none() && self.version.is_127();
        let xe = match super::range_len_only(self.c, &self.info, value_absent, x) {
            super::RangeLen::Evaluated => xe,
            super::RangeLen::NotEvaluated => {
                self.mk(ExprKind::Const, Ty::default(), rpos, String::new())
            }
            super::RangeLen::Unknown => {
                self.unsupported(
                    x.span,
                    "a range without a value over this array expression (whether gc evaluates it)",
                );
                xe
            }
        };
        let objs: Vec<escapade_types::ObjId> = [key, value]
            .into_iter()
            .flatten()
            .filter_map(|e| match &strip(e).kind {
                ast::ExprKind::Ident(id) => self.obj_of(id.id),
                _ => None,
            })
            .collect();
        // gc's loopvar rewrite replaces only the variables that may leak, one by one.
        let leaky: Vec<escapade_types::ObjId> = if define {
            objs.iter()
                .copied()
                .filter(|o| self.loop_var_escapes(&[*o], None, None, &body.stmts))
                .collect()
        } else {
            Vec::new()
        };
        let mut decls = Vec::new();
        let mut kv = |l: &mut Self, e: Option<&ast::Expr>| -> Option<ExprId> {
            let e = e?;
            if let ast::ExprKind::Ident(id) = &strip(e).kind {
                if id.is_blank() {
                    return None;
                }
                if define {
                    let v = l.local(id)?;
                    let vp = l.p.var(v).pos;
                    decls.push(l.stmt_id(StmtKind::Decl(v), vp, format!("var {}", id.name)));
                    if l.obj_of(id.id).is_some_and(|o| leaky.contains(&o)) {
                        // gc's loopvar rewrite: the range assigns a temporary copied into
                        // the per-iteration variable.
                        let ty = l.p.var(v).ty;
                        let t = l.late_temp(ty, vp);
                        let lhs = l.name_ref(v, vp);
                        let rhs = l.name_ref(t, vp);
                        let text = format!("{} := {}", id.name, l.text(rhs));
                        let kind = StmtKind::Assign {
                            op: AssignOp::Assign,
                            lhs: vec![Some(lhs)],
                            rhs: vec![rhs],
                        };
                        let a = l.stmt_id(kind, rpos, text);
                        l.p.vars[v.0 as usize].defn = Some(a);
                        decls.push(a);
                        return Some(l.name_ref(t, vp));
                    }
                    return Some(l.name_ref(v, vp));
                }
            }
            Some(l.expr(e))
        };
        let k = kv(self, key);
        let v = kv(self, value);
        let mut inner = decls;
        inner.extend(self.block(&body.stmts));
        let kind = StmtKind::Range { x: xe, key: k, value: v, body: inner };
        let r = self.stmt_id(kind, rpos, "for loop".into());
        for var in [k, v].into_iter().flatten() {
            if define {
                if let ExprKind::Name(vid) = self.p.expr(var).kind {
                    self.p.vars[vid.0 as usize].defn = Some(r);
                }
            }
        }
        out.push(r);
    }

    /// `go`/`defer` in go1.27's shape: arguments evaluated into temporaries captured by a
    /// wrapper closure that makes the call.
    fn go_defer(&mut self, s: &ast::Stmt, call: &ast::Expr, is_go: bool, out: &mut Vec<StmtId>) {
        let pos = self.pos(s.span);
        let kind_of = |f: ExprId| if is_go { StmtKind::Go(f) } else { StmtKind::Defer(f) };
        let kw = if is_go { "go" } else { "defer" };
        let ast::ExprKind::Call { fun, args, spread } = &strip(call).kind else {
            self.unsupported(s.span, "go/defer of a non-call");
            return;
        };
        // gc spills a callee holding a call (or an interface receiver holding one) into a
        // temporary before normalising go/defer; that shape of the wrapper is not modelled.
        let peeled = match &strip(fun).kind {
            ast::ExprKind::Selector { x, .. }
                if self
                    .info
                    .selections
                    .get(strip(fun).id.index())
                    .cloned()
                    .flatten()
                    .is_some_and(|s| s.kind == escapade_types::SelectionKind::MethodVal) =>
            {
                x
            }
            _ => fun,
        };
        let is_type_or_builtin = matches!(
            self.tv(fun.id).map(|t| t.mode),
            Some(escapade_types::Mode::TypeExpr | escapade_types::Mode::Builtin(_))
        );
        if !is_type_or_builtin && self.callee_spill(peeled) != Some(false) {
            self.unsupported(s.span, "go/defer of a call whose callee gc spills to a temporary");
            return;
        }
        let ft = self.type_of(fun);
        let fu = self.c.under(ft);
        let no_sig = matches!(self.c.types.kind(fu), TypeKind::Func(sig) if sig.params.is_empty() && sig.results.is_empty());
        // A plain call of a func() value is already in gc's normal form: no wrapper (method
        // calls carry their receiver as an argument; builtins and interface calls are wrapped).
        let sel = self.info.selections.get(strip(fun).id.index()).cloned().flatten();
        let method = sel.is_some_and(|s| s.kind != escapade_types::SelectionKind::FieldVal);
        let mode = self.tv(fun.id).map(|t| t.mode);
        let plain_call = !method
            && !matches!(
                mode,
                Some(escapade_types::Mode::TypeExpr | escapade_types::Mode::Builtin(_))
            );
        if args.is_empty() && no_sig && plain_call {
            let f = self.expr(fun);
            out.push(self.stmt_id(kind_of(f), pos, format!("{kw} {}", self.text(f))));
            return;
        }
        if self.info.instances.get(strip(fun).id.index()).is_some_and(|i| i.is_some()) {
            // gc spills the instantiated callee to one more temporary (at the callee).
            self.unsupported_m2(pos, "-m=2 temporaries of go/defer of a generic function call");
        }
        let converted = self.implicitly_converted(fun, args, *spread);
        self.go_defer_depth += 1;
        let c = self.expr(call);
        self.go_defer_depth -= 1;
        // Operands that stay inside the wrapper.
        let mut temps: Vec<(VarId, ExprId)> = Vec::new();
        let mut slots: Vec<ExprId> = Vec::new();
        let before = self.call_items_text(c);
        match self.p.expr(c).kind.clone() {
            ExprKind::Call(cl) => {
                // The callee (a literal or a func value; go and defer alike) is spilled to
                // the wrapper's first temporary: a literal escapes with a goroutine or a
                // defer in a loop, its by-reference captures moving to the heap.
                slots.extend(cl.fun);
                slots.extend(cl.recv);
                for a in cl.args {
                    match &self.p.expr(a).kind {
                        ExprKind::SliceLit(elems) if self.p.expr(a).text == "... argument" => {
                            slots.extend(elems.iter().copied())
                        }
                        _ => slots.push(a),
                    }
                }
            }
            ExprKind::Builtin(b) => match b {
                Builtin::Append { args, .. } | Builtin::MinMax(args) | Builtin::Discard(args) => {
                    slots.extend(args)
                }
                Builtin::Copy { dst, src } => slots.extend([dst, src]),
                Builtin::Panic(x) | Builtin::Clear(x) | Builtin::UnsafeData(x) => slots.push(x),
                Builtin::UnsafeAdd { ptr, len } => slots.extend([ptr, len]),
            },
            _ => {}
        }
        for slot in slots {
            if matches!(
                self.p.expr(slot).kind,
                ExprKind::Const | ExprKind::FuncName(_) | ExprKind::SliceLit(_)
            ) {
                continue;
            }
            let ty = self.p.expr(slot).ty;
            // gc's temporary sits at the argument, or at the statement for a plain variable
            // (local or global) passed without an implicit conversion.
            let at = self.p.expr(slot).pos;
            let tpos = match self.p.expr(slot).kind {
                ExprKind::Name(_) | ExprKind::Global
                    if !converted.contains(&(at.span.start, at.span.end)) =>
                {
                    pos
                }
                _ => at,
            };
            let t = self.temp(ty, tpos);
            // Move the original expression to a fresh id; the slot becomes the temp's name.
            let orig = self.p.expr(slot).clone();
            self.p.exprs.push(orig);
            let moved = ExprId(self.p.exprs.len() as u32 - 1);
            let name = self.p.var(t).name.clone();
            self.p.exprs[slot.0 as usize] =
                Expr { kind: ExprKind::Name(t), pos: tpos, text: name, ty };
            temps.push((t, moved));
        }
        if !temps.is_empty() && matches!(self.p.expr(c).kind, ExprKind::Builtin(Builtin::Panic(_)))
        {
            // gc prints the wrapper's `panic(.autotmp_N)` (numbering not modelled).
            self.unsupported_m2(pos, "-m=2 text of a panic call in a go/defer wrapper");
        }
        if !temps.is_empty() {
            self.retext_wrapped_call(c, before, pos);
            self.retext_spilled_callee(c, &temps);
            if self.p.func(self.cur).name.contains("go.shape.") {
                // gc numbers these temporaries after its dictionary temporaries.
                self.unsupported_m2(pos, "-m=2 names of go/defer temporaries in a generic body");
            }
        }
        if !temps.is_empty() {
            let lhs: Vec<Option<ExprId>> = temps
                .iter()
                .map(|(v, _)| {
                    let var = self.p.var(*v);
                    let (n, ty) = (var.name.clone(), var.ty);
                    Some(self.mk(ExprKind::Name(*v), ty, pos, n))
                })
                .collect();
            let rhs: Vec<ExprId> = temps.iter().map(|(_, e)| *e).collect();
            let names: Vec<String> =
                temps.iter().map(|(v, _)| self.p.var(*v).name.clone()).collect();
            let text = format!("{} = {}", names.join(", "), self.join(&rhs));
            let a = self.stmt_id(StmtKind::Assign { op: AssignOp::Pair, lhs, rhs }, pos, text);
            for (v, _) in &temps {
                self.p.vars[v.0 as usize].defn = Some(a);
            }
            out.push(a);
        }
        let name = self.sub_name(if is_go { 1 } else { 2 });
        let parent = self.cur;
        let captures =
            temps.iter().map(|(v, _)| Capture { var: *v, pos: self.p.var(*v).pos }).collect();
        self.p.funcs.push(Func {
            name,
            pos,
            parent: Some(parent),
            captures,
            wrapper: true,
            closure_size: 8 + 8 * temps.len() as i64,
            ..Func::default()
        });
        let w = FuncId(self.p.funcs.len() as u32 - 1);
        // Closures inside the call now belong to the wrapper.
        let (cp, ct) = (self.p.expr(c).pos, self.p.expr(c).text.clone());
        let cs = self.stmt_id(StmtKind::Expr(c), cp, ct);
        self.p.funcs[w.0 as usize].body = Some(vec![cs]);
        self.reparent_literals(c, parent, w);
        let lit = self.mk(ExprKind::FuncLit(w), Ty::func(), pos, "func literal".into());
        out.push(self.stmt_id(kind_of(lit), pos, kw.into()));
    }

    /// The printed argument list of a call (receiver first; a `...` argument prints as
    /// `... argument...`, its elements stay inside).
    fn call_items_text(&self, c: ExprId) -> Option<String> {
        let ExprKind::Call(cl) = &self.p.expr(c).kind else { return None };
        let items: Vec<String> = cl
            .recv
            .iter()
            .chain(&cl.args)
            .map(|&a| {
                let x = self.p.expr(a);
                match &x.kind {
                    ExprKind::SliceLit(_) if x.text == "... argument" => format!("{}...", x.text),
                    _ => x.text.clone(),
                }
            })
            .collect();
        Some(format!("({})", items.join(", ")))
    }

    /// The wrapper's call prints its operands as the temporaries that replaced them
    /// (`leakp(.autotmp_1, 2)`); a text whose argument list cannot be found is refused at
    /// `-m=2`.
    fn retext_wrapped_call(&mut self, c: ExprId, before: Option<String>, pos: Pos) {
        let Some(before) = before else { return };
        let after = self.call_items_text(c).unwrap_or_default();
        let text = &self.p.expr(c).text;
        match text.strip_suffix(before.as_str()) {
            Some(fun) => self.p.exprs[c.0 as usize].text = format!("{fun}{after}"),
            None => self.unsupported_m2(pos, "-m=2 text of the call in a go/defer wrapper"),
        }
    }

    /// A callee spilled to a temporary (a func literal or value) prints as that temporary
    /// (`.autotmp_1(.autotmp_2)`).
    fn retext_spilled_callee(&mut self, c: ExprId, temps: &[(VarId, ExprId)]) {
        let ExprKind::Call(cl) = &self.p.expr(c).kind else { return };
        let Some(f) = cl.fun else { return };
        let ExprKind::Name(v) = self.p.expr(f).kind else { return };
        let Some(&(_, moved)) = temps.iter().find(|&&(t, _)| t == v) else { return };
        let fun_text = self.prec_operand(moved);
        let temp = self.p.var(v).name.clone();
        let text = &self.p.expr(c).text;
        if let Some(rest) = text.strip_prefix(fun_text.as_str()) {
            self.p.exprs[c.0 as usize].text = format!("{temp}{rest}");
        } else {
            self.unsupported_m2(
                self.p.expr(c).pos,
                "-m=2 text of the callee in a go/defer wrapper",
            );
        }
    }

    /// Spans of the arguments of a call of `fun` that gc converts implicitly (their type is
    /// not identical to the parameter's: a channel direction, a named type): the conversion
    /// node carries the argument's position.
    fn implicitly_converted(
        &mut self,
        fun: &ast::Expr,
        args: &[ast::Expr],
        spread: bool,
    ) -> Vec<(u32, u32)> {
        let ft = self.type_of(fun);
        let fu = self.c.under(ft);
        let TypeKind::Func(sig) = self.c.types.kind(fu).clone() else { return Vec::new() };
        let n = sig.params.len();
        let mut out = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let Some(mut pt) = sig.params.get(i.min(n.saturating_sub(1))).map(|p| p.ty) else {
                break;
            };
            if sig.variadic && !spread && i + 1 >= n {
                let pu = self.c.under(pt);
                if let TypeKind::Slice(el) = self.c.types.kind(pu) {
                    pt = *el;
                }
            } else if i >= n {
                break;
            }
            let Some(at) = self.tv(a.id).map(|t| t.ty) else { continue };
            if !self.c.identical(at, pt) {
                out.push((a.span.start, a.span.end));
            }
        }
        out
    }

    /// Function literals left inside a wrapper's call are nested in the wrapper.
    fn reparent_literals(&mut self, e: ExprId, from: FuncId, to: FuncId) {
        let kids: Vec<ExprId> = match &self.p.expr(e).kind {
            ExprKind::FuncLit(f) => {
                let f = *f;
                if self.p.func(f).parent == Some(from) {
                    self.p.funcs[f.0 as usize].parent = Some(to);
                }
                return;
            }
            ExprKind::Call(c) => {
                c.fun.iter().chain(c.recv.iter()).chain(c.args.iter()).copied().collect()
            }
            ExprKind::SliceLit(l) => l.clone(),
            ExprKind::ConvIface { x, .. } => vec![*x],
            _ => Vec::new(),
        };
        for k in kids {
            self.reparent_literals(k, from, to);
        }
    }
}

impl Lower<'_> {
    /// The variables of a `for x := …; …; …` loop that go1.22 semantics make per-iteration
    /// copies (gc rewrites the loop when one is captured by a closure or has its address
    /// taken); `None` when the loop needs no rewriting.
    fn per_iteration(&self, s: &ast::Stmt) -> Option<Vec<escapade_types::ObjId>> {
        let ast::StmtKind::For { init: Some(init), cond, post, body } = &s.kind else {
            return None;
        };
        let ast::StmtKind::Define { lhs, .. } = &init.kind else { return None };
        let objs: Vec<escapade_types::ObjId> = lhs
            .iter()
            .filter_map(|l| match &strip(l).kind {
                ast::ExprKind::Ident(id) => self.obj_of(id.id),
                _ => None,
            })
            .collect();
        self.loop_var_escapes(&objs, cond.as_ref(), post.as_deref(), &body.stmts).then_some(objs)
    }

    /// Whether one of `objs` is captured by a closure or has its address taken in the loop.
    fn loop_var_escapes(
        &self,
        objs: &[escapade_types::ObjId],
        cond: Option<&ast::Expr>,
        post: Option<&ast::Stmt>,
        body: &[ast::Stmt],
    ) -> bool {
        let mut hit = false;
        let mut check = |e: &ast::Expr, depth: u32| {
            let is_var = |x: &ast::Expr| match &strip(x).kind {
                ast::ExprKind::Ident(id) => self.obj_of(id.id).is_some_and(|o| objs.contains(&o)),
                _ => false,
            };
            match &e.kind {
                ast::ExprKind::Ident(_) if depth > 0 && is_var(e) => hit = true,
                ast::ExprKind::Unary { op: ast::UnaryOp::Addr, x } if is_var(x) => hit = true,
                ast::ExprKind::Selector { x, .. } if is_var(x) => {
                    let sel = self.info.selections.get(e.id.index()).cloned().flatten();
                    if sel.is_some_and(|s| s.addr) {
                        hit = true;
                    }
                }
                _ => {}
            }
        };
        if let Some(c) = cond {
            super::visit::expr(c, 0, &mut check);
        }
        if let Some(p) = post {
            super::visit::stmt(p, 0, &mut check);
        }
        super::visit::stmts(body, 0, &mut check);
        hit
    }

    /// gc's loopvar rewrite: `for x := i; c; p { b }` →
    /// `x' := i; for { x := x'; p (not the first time); if !c { break }; b; x' = x }`.
    fn for_per_iteration(
        &mut self,
        s: &ast::Stmt,
        init: Option<&ast::Stmt>,
        cond: Option<&ast::Expr>,
        post: Option<&ast::Stmt>,
        body: &ast::Block,
        out: &mut Vec<StmtId>,
    ) {
        let objs = self.per_iteration(s).unwrap_or_default();
        let pos = self.pos(s.span);
        let mut list = Vec::new();
        if let Some(i) = init {
            self.stmt(i, &mut list);
        }
        let mut pairs = Vec::new();
        for o in objs {
            let Some(&outer) = self.vars.get(&o) else { continue };
            let (name, vpos, ty) = {
                let v = self.p.var(outer);
                (v.name.clone(), v.pos, v.ty)
            };
            let inner = self.new_var(&name, vpos, VarClass::Local, ty);
            // The user's variable stays counted once: the original becomes the late temp.
            self.p.vars[outer.0 as usize].name = super::late_placeholder(outer.0 as usize);
            self.late.push(outer);
            self.late_set.insert(outer);
            self.vars.insert(o, inner);
            pairs.push((outer, inner));
        }
        let mut inner_list = Vec::new();
        for &(outer, inner) in &pairs {
            let vpos = self.p.var(inner).pos;
            let name = self.p.var(inner).name.clone();
            inner_list.push(self.stmt_id(StmtKind::Decl(inner), vpos, format!("var {name}")));
            let l = self.name_ref(inner, vpos);
            let r = self.name_ref(outer, vpos);
            let text = format!("{name} := {}", self.text(r));
            let kind = StmtKind::Assign { op: AssignOp::Assign, lhs: vec![Some(l)], rhs: vec![r] };
            let a = self.stmt_id(kind, vpos, text);
            self.p.vars[inner.0 as usize].defn = Some(a);
            inner_list.push(a);
        }
        if let Some(p) = post {
            self.stmt(p, &mut inner_list);
        }
        if let Some(c) = cond {
            let ce = self.expr(c);
            let b = self.stmt_id(StmtKind::Branch, pos, "break".into());
            let kind = StmtKind::If { cond: ce, then: Vec::new(), els: vec![b] };
            inner_list.push(self.stmt_id(kind, pos, "if".into()));
        }
        inner_list.extend(self.block(&body.stmts));
        for &(outer, inner) in &pairs {
            let vpos = self.p.var(inner).pos;
            let l = self.name_ref(outer, vpos);
            let r = self.name_ref(inner, vpos);
            let text = format!("{} = {}", self.text(l), self.text(r));
            let kind = StmtKind::Assign { op: AssignOp::Assign, lhs: vec![Some(l)], rhs: vec![r] };
            inner_list.push(self.stmt_id(kind, vpos, text));
        }
        let kind = StmtKind::For { cond: None, post: None, body: inner_list };
        list.push(self.stmt_id(kind, pos, "for loop".into()));
        out.push(self.stmt_id(StmtKind::Block(list), pos, String::new()));
    }
}

fn is_nil(e: &ast::Expr) -> bool {
    matches!(&strip(e).kind, ast::ExprKind::Ident(id) if id.name == "nil")
}
