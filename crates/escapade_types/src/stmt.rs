//! Statements: blocks, declarations in functions, assignments, control flow, labels and
//! branches, range loops, select; termination analysis ("missing return").

use escapade_base::Span;
use escapade_syntax::ast::{self, BranchKind, DeclKind, Expr, ExprKind, Stmt, StmtKind, UnaryOp};

use crate::check::{Checker, Operand};
use crate::constant::Value;
use crate::exprstring::expr_string;
use crate::info::Mode;
use crate::objects::*;
use crate::types::*;

impl Checker {
    pub(crate) fn block_stmts(&mut self, stmts: &[Stmt]) {
        for (i, s) in stmts.iter().enumerate() {
            self.stmt(s, i + 1 == stmts.len());
        }
    }

    fn with_scope(&mut self, f: impl FnOnce(&mut Checker)) {
        let saved = self.cur.scope;
        self.cur.scope = self.new_scope(Some(saved), false);
        f(self);
        self.cur.scope = saved;
    }

    fn stmt(&mut self, s: &Stmt, _last: bool) {
        match &s.kind {
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Labeled { stmt, label } => {
                let lname = label.name.clone();
                let is_loop = matches!(stmt.kind, StmtKind::For { .. } | StmtKind::Range { .. });
                let is_breakable = is_loop
                    || matches!(
                        stmt.kind,
                        StmtKind::Switch { .. }
                            | StmtKind::TypeSwitch { .. }
                            | StmtKind::Select { .. }
                    );
                if is_breakable {
                    self.pending_label = Some(lname);
                }
                self.stmt(stmt, _last);
                self.pending_label = None;
            }
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { chan, value } => {
                let ch = self.expr(chan);
                let mut v = self.expr(value);
                if ch.mode == Mode::Invalid || v.mode == Mode::Invalid {
                    return;
                }
                let core = self.core_type(ch.ty);
                match core.map(|c| self.types.kind(c).clone()) {
                    Some(TypeKind::Chan(dir, el)) => {
                        if dir == ChanDir::Recv {
                            let os = self.op_string(chan, &ch);
                            let ts = self.type_string(ch.ty);
                            self.error(s.span, format!("invalid operation: cannot send to receive-only channel {ts} {os}"));
                            return;
                        }
                        self.assignment(&mut v, value, el, "send");
                    }
                    _ => {
                        let os = self.op_string(chan, &ch);
                        self.error(
                            s.span,
                            format!("invalid operation: cannot send to non-channel {os}"),
                        );
                    }
                }
            }
            StmtKind::IncDec { x, inc } => {
                let xo = self.expr(x);
                if xo.mode == Mode::Invalid {
                    return;
                }
                let numeric = {
                    let t = xo.ty;
                    let mut pred = |c: &mut Checker, u: TypeId| {
                        c.types.basic_kind(u).is_some_and(BasicKind::is_numeric)
                    };
                    if self.types.is_type_param(t) {
                        self.all_types(t, &mut pred)
                    } else {
                        let u = self.under(t);
                        pred(self, u)
                    }
                };
                if !numeric {
                    let op = if *inc { "++" } else { "--" };
                    let ts = self.type_string(xo.ty);
                    self.error(
                        s.span,
                        format!(
                            "invalid operation: {}{op} (non-numeric type {ts})",
                            expr_string(x)
                        ),
                    );
                    return;
                }
                self.check_assignable_lhs(x, &xo);
            }
            StmtKind::Assign { lhs, op, rhs } => match op {
                None => self.assign_stmt(lhs, rhs),
                Some(op) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            s.span,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                op.as_str()
                            ),
                        );
                        return;
                    }
                    let fake = Expr {
                        id: s.id,
                        span: s.span,
                        kind: ExprKind::Binary {
                            op: *op,
                            x: Box::new(lhs[0].clone()),
                            y: Box::new(rhs[0].clone()),
                        },
                    };
                    let mut x = self.binary(&fake, *op, &lhs[0], &rhs[0]);
                    if x.mode == Mode::Invalid {
                        return;
                    }
                    let lo = self.expr_quiet(&lhs[0]);
                    if let Some(lo) = lo {
                        self.check_assignable_lhs(&lhs[0], &lo);
                        self.assignment(&mut x, &fake, lo.ty, "assignment");
                    }
                }
            },
            StmtKind::Define { lhs, rhs } => self.define_stmt(lhs, rhs, s.span),
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let kw = if matches!(s.kind, StmtKind::Go(_)) { "go" } else { "defer" };
                let inner = strip(e);
                let ExprKind::Call { fun, .. } = &inner.kind else {
                    self.error(e.span, format!("expression in {kw} must be function call"));
                    self.expr_or_type(e, false);
                    return;
                };
                let x = self.raw_call_stmt(inner);
                if let Mode::TypeExpr = x.mode {
                    self.error(e.span, format!("{kw} requires function call, not conversion"));
                }
                if let Some(Mode::Builtin(b)) = self.callee_builtin(fun) {
                    if !b.is_statement() {
                        let es = expr_string(e);
                        self.error(e.span, format!("{kw} discards result of {es}"));
                    }
                }
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch { kind, label } => self.branch(s, *kind, label.as_ref()),
            StmtKind::Block(b) => self.with_scope(|c| c.block_stmts(&b.stmts)),
            StmtKind::If { init, cond, then, els } => self.with_scope(|c| {
                if let Some(i) = init {
                    c.stmt(i, false);
                }
                c.condition(cond, "if statement");
                c.with_scope(|c| c.block_stmts(&then.stmts));
                if let Some(e) = els {
                    c.stmt(e, false);
                }
            }),
            StmtKind::Switch { init, tag, cases } => {
                let label = self.pending_label.take();
                self.push_breakable(label, false);
                self.with_scope(|c| c.switch_stmt(init.as_deref(), tag.as_ref(), cases));
                self.pop_breakable();
            }
            StmtKind::TypeSwitch { init, bind, x, cases } => {
                let label = self.pending_label.take();
                self.push_breakable(label, false);
                self.with_scope(|c| c.type_switch(s, init.as_deref(), bind.as_ref(), x, cases));
                self.pop_breakable();
            }
            StmtKind::Select { cases } => {
                let label = self.pending_label.take();
                self.push_breakable(label, false);
                for cc in cases {
                    self.with_scope(|c| {
                        if let Some(comm) = &cc.comm {
                            c.comm_stmt(comm);
                        }
                        c.block_stmts(&cc.body);
                    });
                }
                self.pop_breakable();
            }
            StmtKind::For { init, cond, post, body } => {
                let label = self.pending_label.take();
                self.with_scope(|c| {
                    if let Some(i) = init {
                        c.stmt(i, false);
                    }
                    if let Some(cond) = cond {
                        c.condition(cond, "for statement");
                    }
                    if let Some(p) = post {
                        if let StmtKind::Define { lhs, .. } = &p.kind {
                            c.error(
                                lhs.first().map_or(p.span, |l| l.span),
                                "cannot declare in post statement of for loop",
                            );
                        } else {
                            c.stmt(p, false);
                        }
                    }
                    c.push_breakable(label, true);
                    c.with_scope(|c| c.block_stmts(&body.stmts));
                    c.pop_breakable();
                });
            }
            StmtKind::Range { key, value, define, x, body } => {
                let label = self.pending_label.take();
                self.with_scope(|c| {
                    c.range_stmt(s, key.as_deref(), value.as_deref(), *define, x);
                    c.push_breakable(label, true);
                    c.with_scope(|c| c.block_stmts(&body.stmts));
                    c.pop_breakable();
                });
            }
        }
    }

    fn push_breakable(&mut self, label: Option<String>, is_loop: bool) {
        if let Some(f) = self.cur.func.as_mut() {
            f.breakable.push((label, is_loop));
        }
    }

    fn pop_breakable(&mut self) {
        if let Some(f) = self.cur.func.as_mut() {
            f.breakable.pop();
        }
    }

    /// Evaluates `e` without reporting (it was already checked).
    fn expr_quiet(&mut self, e: &Expr) -> Option<Operand> {
        let n = self.diags.len();
        let x = self.expr(e);
        self.diags.truncate(n);
        (x.mode != Mode::Invalid).then_some(x)
    }

    fn check_assignable_lhs(&mut self, e: &Expr, x: &Operand) {
        if !matches!(x.mode, Mode::Variable | Mode::MapIndex) {
            let es = expr_string(e);
            self.error(
                e.span,
                format!("cannot assign to {es} (neither addressable nor a map index expression)"),
            );
        }
    }

    fn callee_builtin(&mut self, fun: &Expr) -> Option<Mode> {
        let f = self.current_file_info_mode(fun)?;
        Some(f)
    }

    fn current_file_info_mode(&self, e: &Expr) -> Option<Mode> {
        let f = self.cur.file.0 as usize;
        if f < self.n_user {
            self.info[f].type_of(strip(e).id).map(|tv| tv.mode)
        } else {
            None
        }
    }

    fn raw_call_stmt(&mut self, e: &Expr) -> Operand {
        let mut x = self.multi_expr_allow_novalue(e);
        if x.mode == Mode::TypeExpr {
            x.mode = Mode::Invalid;
        }
        x
    }

    fn multi_expr_allow_novalue(&mut self, e: &Expr) -> Operand {
        match &e.kind {
            ExprKind::Call { fun, args, spread } => {
                let x = self.call(e, fun, args, *spread);
                self.record_type(&x);
                x
            }
            _ => self.expr(e),
        }
    }

    fn expr_stmt(&mut self, e: &Expr) {
        let inner = strip(e);
        let x = self.multi_expr_allow_novalue(e);
        if x.mode == Mode::Invalid || x.mode == Mode::NoValue {
            return;
        }
        let ok = match &inner.kind {
            ExprKind::Call { fun, .. } => match self.current_file_info_mode(fun) {
                Some(Mode::Builtin(b)) => b.is_statement(),
                Some(Mode::TypeExpr) => false,
                _ => true,
            },
            ExprKind::Unary { op: UnaryOp::Recv, .. } => true,
            _ => false,
        };
        if !ok {
            let s = self.op_string(e, &x);
            self.error(e.span, format!("{s} is not used"));
        }
    }

    fn condition(&mut self, cond: &Expr, what: &str) {
        let x = self.expr(cond);
        if x.mode == Mode::Invalid {
            return;
        }
        let u = self.under(x.ty);
        let ok = !self.types.is_type_param(x.ty)
            && self.types.basic_kind(u).is_some_and(BasicKind::is_boolean);
        if !ok {
            self.error(cond.span, format!("non-boolean condition in {what}"));
        }
    }

    fn return_stmt(&mut self, s: &Stmt, results: &[Expr]) {
        let Some(sig) = self
            .cur
            .func
            .as_ref()
            .and_then(|f| f.sig)
            .and_then(|t| self.types.signature(t).cloned())
        else {
            return;
        };
        let want: Vec<TypeId> = sig.results.iter().map(|p| p.ty).collect();
        if results.is_empty() {
            if !want.is_empty() && sig.results[0].name.is_empty() {
                let ws = self.types_summary(&want, false, false);
                self.error(s.span, format!("not enough return values\n\thave ()\n\twant {ws}"));
            }
            return;
        }
        if want.is_empty() {
            let ops: Vec<TypeId> = results.iter().map(|r| self.expr(r).ty).collect();
            let hs = self.types_summary(&ops, false, false);
            self.error(results[0].span, format!("too many return values\n\thave {hs}\n\twant ()"));
            return;
        }
        if results.len() == want.len() {
            for (r, &t) in results.iter().zip(want.iter()) {
                let mut x = self.expr_hint(r, Some(t));
                self.assignment(&mut x, r, t, "return statement");
            }
            return;
        }
        if results.len() == 1 {
            let x = self.multi_expr(&results[0]);
            if x.mode == Mode::Invalid {
                return;
            }
            if let TypeKind::Tuple(elems) = self.types.kind(x.ty).clone() {
                if elems.len() == want.len() {
                    for (&a, &b) in elems.iter().zip(want.iter()) {
                        let op =
                            Operand { mode: Mode::Value, ty: a, val: None, id: x.id, span: x.span };
                        if !self.assignable_type(&op, b) {
                            let (sa, sb) = (self.type_string(a), self.type_string(b));
                            self.error(results[0].span, format!("cannot use {} (value of type {sa}) as {sb} value in return statement", expr_string(&results[0])));
                        }
                    }
                    return;
                }
                let hs = self.types_summary(&elems, false, false);
                let ws = self.types_summary(&want, false, false);
                let q = if elems.len() < want.len() { "not enough" } else { "too many" };
                self.error(results[0].span, format!("{q} return values\n\thave {hs}\n\twant {ws}"));
                return;
            }
            let hs = self.types_summary(&[x.ty], false, false);
            let ws = self.types_summary(&want, false, false);
            self.error(
                results[0].span,
                format!("not enough return values\n\thave {hs}\n\twant {ws}"),
            );
            return;
        }
        let ops: Vec<TypeId> = results.iter().map(|r| self.expr(r).ty).collect();
        let hs = self.types_summary(&ops, false, false);
        let ws = self.types_summary(&want, false, false);
        let (q, at) = if results.len() < want.len() {
            ("not enough", results[results.len() - 1].span)
        } else {
            ("too many", results[want.len()].span)
        };
        self.error(at, format!("{q} return values\n\thave {hs}\n\twant {ws}"));
    }

    fn branch(&mut self, s: &Stmt, kind: BranchKind, label: Option<&ast::Ident>) {
        let Some(func) = self.cur.func.clone() else { return };
        match kind {
            BranchKind::Goto => {
                let Some(l) = label else { return };
                match func.labels.get(&l.name) {
                    Some(&o) => {
                        self.obj_mut(o).used = true;
                        self.record_use(l.id, o);
                    }
                    None => self.error(l.span, format!("label {} not defined", l.name)),
                }
            }
            BranchKind::Break | BranchKind::Continue => {
                let kw = kind.keyword();
                if let Some(l) = label {
                    let Some(&o) = func.labels.get(&l.name) else {
                        self.error(l.span, format!("{kw} label not defined: {}", l.name));
                        return;
                    };
                    self.obj_mut(o).used = true;
                    self.record_use(l.id, o);
                    let target =
                        func.breakable.iter().rev().find(|(n, _)| n.as_deref() == Some(&l.name));
                    match target {
                        None => self.error(l.span, format!("invalid {kw} label {}", l.name)),
                        Some((_, is_loop)) => {
                            if kind == BranchKind::Continue && !is_loop {
                                self.error(l.span, format!("invalid continue label {}", l.name));
                            }
                        }
                    }
                    return;
                }
                let ok = if kind == BranchKind::Break {
                    !func.breakable.is_empty()
                } else {
                    func.breakable.iter().any(|(_, l)| *l)
                };
                if !ok {
                    let msg = if kind == BranchKind::Break {
                        "break is not in a loop, switch, or select"
                    } else {
                        "continue is not in a loop"
                    };
                    self.error(s.span, msg);
                }
            }
            BranchKind::Fallthrough => {
                // Validity is checked by the enclosing switch clause.
                if !self.fallthrough_ok {
                    let msg = if self.in_type_switch_clause {
                        "cannot fallthrough in type switch"
                    } else if self.in_final_case {
                        "cannot fallthrough final case in switch"
                    } else {
                        "fallthrough statement out of place"
                    };
                    self.error(s.span, msg);
                }
            }
        }
    }

    /// Collects the labels of a function body, and reports unused ones after checking.
    pub(crate) fn check_labels(&mut self, body: &ast::Block) {
        let labels = self.cur.func.as_ref().map(|f| f.labels.clone()).unwrap_or_default();
        for (_, o) in labels {
            if !self.obj(o).used {
                if let Some(p) = self.obj(o).pos {
                    let name = self.obj(o).name.clone();
                    self.error(p.span, format!("label {name} defined and not used"));
                }
            }
        }
        let _ = body;
    }

    /// Declares every label of a function body (labels are function-scoped).
    pub(crate) fn collect_labels(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.collect_labels_stmt(s);
        }
    }

    fn collect_labels_stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                if label.name != "_" {
                    let prev = self.cur.func.as_ref().and_then(|f| f.labels.get(&label.name));
                    if let Some(&prev) = prev {
                        let at = self.obj(prev).pos.map(|p| self.line_of(p)).unwrap_or_default();
                        self.error(
                            label.span,
                            format!("label {} already defined at {at}", label.name),
                        );
                    } else {
                        let pos = self.pos(label.span);
                        let o = self.new_obj(
                            &label.name,
                            ObjKind::Label,
                            None,
                            Some(self.cur.pkg),
                            Some(pos),
                        );
                        self.state[o.0 as usize] = 2;
                        self.record_def(label, o);
                        if let Some(f) = self.cur.func.as_mut() {
                            f.labels.insert(label.name.clone(), o);
                        }
                    }
                }
                self.collect_labels_stmt(stmt);
            }
            StmtKind::Block(b) => self.collect_labels(&b.stmts),
            StmtKind::If { then, els, .. } => {
                self.collect_labels(&then.stmts);
                if let Some(e) = els {
                    self.collect_labels_stmt(e);
                }
            }
            StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                for c in cases {
                    self.collect_labels(&c.body);
                }
            }
            StmtKind::Select { cases } => {
                for c in cases {
                    self.collect_labels(&c.body);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.collect_labels(&body.stmts)
            }
            _ => {}
        }
    }

    fn switch_stmt(&mut self, init: Option<&Stmt>, tag: Option<&Expr>, cases: &[ast::CaseClause]) {
        if let Some(i) = init {
            self.stmt(i, false);
        }
        let mut tag_op = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                if x.mode != Mode::Invalid && self.types.is_untyped(x.ty) {
                    let d = self.default_type(x.ty);
                    self.convert_untyped(&mut x, t, d);
                }
                Some(x)
            }
            None => None,
        };
        if let (Some(x), Some(t)) = (&tag_op, tag) {
            if x.mode != Mode::Invalid && !self.comparable(x.ty) && !self.has_nil(x.ty) {
                let s = self.op_string(t, x);
                self.error(t.span, format!("cannot switch on {s}"));
                tag_op = None;
            }
        }
        let mut seen: Vec<(Value, TypeId, Span)> = Vec::new();
        let mut default_seen: Option<Span> = None;
        for (ci, cc) in cases.iter().enumerate() {
            match &cc.list {
                None => {
                    if let Some(prev) = default_seen {
                        let _ = prev;
                        self.error(cc.span, "multiple defaults in switch");
                    }
                    default_seen = Some(cc.span);
                }
                Some(list) => {
                    for v in list {
                        self.case_value(v, tag_op.as_ref(), tag, &mut seen);
                    }
                }
            }
            let last_case = ci + 1 == cases.len();
            self.with_scope(|c| {
                let n = cc.body.len();
                for (i, s) in cc.body.iter().enumerate() {
                    let is_last_stmt = i + 1 == n;
                    let saved = (c.fallthrough_ok, c.in_final_case, c.in_type_switch_clause);
                    c.fallthrough_ok = is_last_stmt && !last_case;
                    c.in_final_case = is_last_stmt && last_case;
                    c.in_type_switch_clause = false;
                    c.stmt(s, is_last_stmt);
                    (c.fallthrough_ok, c.in_final_case, c.in_type_switch_clause) = saved;
                }
            });
        }
    }

    fn case_value(
        &mut self,
        v: &Expr,
        tag: Option<&Operand>,
        tag_e: Option<&Expr>,
        seen: &mut Vec<(Value, TypeId, Span)>,
    ) {
        let mut x = self.expr(v);
        if x.mode == Mode::Invalid {
            return;
        }
        match (tag, tag_e) {
            (Some(t), Some(te)) if t.mode != Mode::Invalid => {
                // Compare v == tag.
                let mut y = t.clone();
                if self.types.is_untyped(x.ty) {
                    let tt = y.ty;
                    self.convert_untyped(&mut x, v, tt);
                    if x.mode == Mode::Invalid {
                        return;
                    }
                }
                if !self.assignable_type(&x, y.ty) && !self.assignable_type(&y, x.ty) {
                    let (xs, ys) = (self.type_string(x.ty), self.type_string(y.ty));
                    let vs = expr_string(v);
                    let ts = expr_string(te);
                    self.error(
                        v.span,
                        format!(
                            "invalid case {vs} in switch on {ts} (mismatched types {xs} and {ys})"
                        ),
                    );
                    return;
                }
                y.mode = Mode::Value;
            }
            (None, _) => {
                let u = self.under(x.ty);
                if !self.types.basic_kind(u).is_some_and(BasicKind::is_boolean) {
                    let s = self.op_string(v, &x);
                    self.error(
                        v.span,
                        format!(
                            "invalid case {} in switch (mismatched types {} and bool)",
                            expr_string(v),
                            self.type_string(x.ty)
                        ),
                    );
                    let _ = s;
                    return;
                }
            }
            _ => {}
        }
        if x.mode == Mode::Constant {
            if let Some(val) = x.val.clone() {
                if let Some((_, _, prev)) = seen.iter().find(|(pv, pt, _)| {
                    *pv == val && {
                        let pt = *pt;
                        self.types.kind(pt) == self.types.kind(x.ty)
                    }
                }) {
                    let prev = *prev;
                    let s = self.op_string(v, &x);
                    let line = self.line_of(self.pos(prev));
                    self.error(
                        v.span,
                        format!("duplicate case {s} in expression switch\n\t{line}: previous case"),
                    );
                    return;
                }
                // gc's "previous case" position is the expression's syntax position: the
                // operator of a binary expression, else its start.
                let at = match &v.kind {
                    escapade_syntax::ast::ExprKind::Binary { op, x: l, .. } => {
                        self.token_after(l.span.end, op.as_str())
                    }
                    _ => v.span,
                };
                seen.push((val, x.ty, at));
            }
        }
    }

    fn type_switch(
        &mut self,
        s: &Stmt,
        init: Option<&Stmt>,
        bind: Option<&ast::Ident>,
        xe: &Expr,
        cases: &[ast::CaseClause],
    ) {
        if let Some(i) = init {
            self.stmt(i, false);
        }
        let x = self.expr(xe);
        let _ = s;
        let mut valid = x.mode != Mode::Invalid;
        if valid && (!self.is_interface(x.ty) || self.types.is_type_param(x.ty)) {
            let os = self.op_string(xe, &x);
            self.error(xe.span, format!("{os} is not an interface"));
            valid = false;
        }
        let mut bind_objs = Vec::new();
        let mut seen: Vec<(Option<TypeId>, Span)> = Vec::new();
        for cc in cases {
            let mut case_type: Option<TypeId> = None;
            if let Some(list) = &cc.list {
                for t in list {
                    let is_nil = matches!(&t.kind, ExprKind::Ident(id) if id.name == "nil"
                        && self.lookup(self.cur.scope, "nil").is_some_and(|(o, _)| self.obj(o).kind == ObjKind::Nil));
                    let ty = if is_nil {
                        let nt = self.types.basic(BasicKind::UntypedNil);
                        let op = Operand {
                            mode: Mode::Value,
                            ty: nt,
                            val: None,
                            id: t.id,
                            span: t.span,
                        };
                        self.record_type(&op);
                        None
                    } else {
                        let tt = self.type_expr(t);
                        if self.types.is_invalid(tt) {
                            continue;
                        }
                        Some(tt)
                    };
                    // Duplicates.
                    let mut dup = None;
                    for (pt, ps) in &seen {
                        let same = match (pt, ty) {
                            (None, None) => true,
                            (Some(a), Some(b)) => {
                                let (a, b) = (*a, b);
                                self.identical(a, b)
                            }
                            _ => false,
                        };
                        if same {
                            dup = Some(*ps);
                            break;
                        }
                    }
                    if let Some(ps) = dup {
                        let ts = ty.map_or("nil".to_string(), |t| self.type_string(t));
                        let line = self.line_of(self.pos(ps));
                        self.error(
                            t.span,
                            format!("duplicate case {ts} in type switch\n\t{line}: previous case"),
                        );
                    } else {
                        seen.push((ty, t.span));
                    }
                    if let (Some(tt), true) = (ty, valid) {
                        let xo = x.clone();
                        self.type_assertion_ok(t, &xo, xe, tt);
                    }
                    if list.len() == 1 {
                        case_type = ty;
                    }
                }
            }
            self.with_scope(|c| {
                if let Some(b) = bind {
                    if b.name != "_" {
                        let t = case_type.unwrap_or(x.ty);
                        let pos = c.pos(b.span);
                        let o = c.new_obj(
                            &b.name,
                            ObjKind::Var { field: false, param: false, embedded: false },
                            Some(t),
                            Some(c.cur.pkg),
                            Some(pos),
                        );
                        c.obj_mut(o).local = true;
                        c.scopes[c.cur.scope.0 as usize].names.insert(b.name.clone(), o);
                        bind_objs.push(o);
                    }
                }
                let n = cc.body.len();
                for (i, s) in cc.body.iter().enumerate() {
                    let saved = (c.fallthrough_ok, c.in_final_case, c.in_type_switch_clause);
                    c.fallthrough_ok = false;
                    c.in_type_switch_clause = i + 1 == n;
                    c.in_final_case = false;
                    c.stmt(s, i + 1 == n);
                    (c.fallthrough_ok, c.in_final_case, c.in_type_switch_clause) = saved;
                }
            });
        }
        if let Some(b) = bind {
            if b.name != "_" {
                // The symbolic variable is defined by the bind identifier itself.
                let pos = self.pos(b.span);
                let o = self.new_obj(
                    &b.name,
                    ObjKind::Var { field: false, param: false, embedded: false },
                    Some(x.ty),
                    Some(self.cur.pkg),
                    Some(pos),
                );
                self.record_def(b, o);
                let used = bind_objs.iter().any(|&o| self.obj(o).used);
                if !used {
                    self.error(b.span, format!("{} declared and not used", b.name));
                }
            }
        }
    }

    fn comm_stmt(&mut self, comm: &Stmt) {
        match &comm.kind {
            StmtKind::Send { .. } => self.stmt(comm, false),
            StmtKind::Expr(e) => {
                if !matches!(strip(e).kind, ExprKind::Unary { op: UnaryOp::Recv, .. }) {
                    self.error(e.span, "select case must be receive, send or assign recv");
                }
                self.expr(e);
            }
            StmtKind::Assign { rhs, .. } | StmtKind::Define { rhs, .. } => {
                if !rhs.first().is_some_and(|r| {
                    matches!(strip(r).kind, ExprKind::Unary { op: UnaryOp::Recv, .. })
                }) {
                    self.error(comm.span, "select case must be receive, send or assign recv");
                }
                self.stmt(comm, false);
            }
            _ => {
                self.error(comm.span, "select case must be receive, send or assign recv");
            }
        }
    }

    fn range_stmt(
        &mut self,
        s: &Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        xe: &Expr,
    ) {
        let _ = s;
        let mut x = self.expr(xe);
        let inv = self.types.invalid();
        let (mut kt, mut vt): (TypeId, Option<TypeId>) = (inv, None);
        let mut max_vars = 2;
        if x.mode != Mode::Invalid {
            let core = self.core_type(x.ty);
            let xs = self.op_string(xe, &x);
            match core.map(|c| self.types.kind(c).clone()) {
                Some(TypeKind::Basic(k)) if k.is_string() => {
                    kt = self.types.basic(BasicKind::Int);
                    vt = Some(self.types.basic(BasicKind::Rune));
                    if self.types.is_untyped(x.ty) {
                        let st = self.types.basic(BasicKind::String);
                        self.convert_untyped(&mut x, xe, st);
                    }
                }
                Some(TypeKind::Basic(k)) if k.is_integer() => {
                    max_vars = 1;
                    kt = if self.types.is_untyped(x.ty) {
                        let int = self.types.basic(BasicKind::Int);
                        self.convert_untyped(&mut x, xe, int);
                        int
                    } else {
                        x.ty
                    };
                }
                Some(TypeKind::Array(_, el)) | Some(TypeKind::Slice(el)) => {
                    kt = self.types.basic(BasicKind::Int);
                    vt = Some(el);
                }
                Some(TypeKind::Pointer(p)) => {
                    let pu = self.under(p);
                    if let TypeKind::Array(_, el) = self.types.kind(pu).clone() {
                        kt = self.types.basic(BasicKind::Int);
                        vt = Some(el);
                    } else {
                        self.error(xe.span, format!("cannot range over {xs}"));
                    }
                }
                Some(TypeKind::Map(k, v)) => {
                    kt = k;
                    vt = Some(v);
                }
                Some(TypeKind::Chan(dir, el)) => {
                    max_vars = 1;
                    kt = el;
                    if dir == ChanDir::Send {
                        let ts = self.type_string(x.ty);
                        self.error(
                            xe.span,
                            format!("cannot range over {xs}: receive from send-only channel {ts}"),
                        );
                        kt = inv;
                    }
                }
                Some(TypeKind::Func(sig)) => {
                    // func(yield func(K[, V]) bool)
                    let ok = sig.results.is_empty() && sig.params.len() == 1;
                    let yield_sig = ok
                        .then(|| self.under(sig.params[0].ty))
                        .and_then(|y| self.types.signature(y).cloned());
                    match yield_sig {
                        Some(y) if y.params.len() <= 2 && y.results.len() == 1 => {
                            max_vars = y.params.len();
                            kt = y.params.first().map_or(inv, |p| p.ty);
                            vt = y.params.get(1).map(|p| p.ty);
                        }
                        _ => {
                            self.error(xe.span, format!("cannot range over {xs}"));
                        }
                    }
                }
                _ => {
                    self.error(xe.span, format!("cannot range over {xs}"));
                }
            }
        }
        let nvars = usize::from(key.is_some()) + usize::from(value.is_some());
        if nvars > max_vars && x.mode != Mode::Invalid && !self.types.is_invalid(kt) {
            let at = if max_vars == 1 { value.unwrap_or(xe) } else { xe };
            let xs = self.op_string(xe, &x);
            if max_vars == 0 {
                self.error(
                    key.map_or(xe.span, |k| k.span),
                    format!("range over {xs} permits no iteration variables"),
                );
            } else {
                self.error(at.span, format!("range over {xs} permits only one iteration variable"));
            }
        }
        let vars: Vec<(Option<&Expr>, Option<TypeId>)> = vec![(key, Some(kt)), (value, vt)];
        if define {
            let mut new = Vec::new();
            for (e, t) in vars {
                let Some(e) = e else { continue };
                let ExprKind::Ident(id) = &e.kind else {
                    let es = expr_string(e);
                    self.error(e.span, format!("non-name {es} on left side of :="));
                    continue;
                };
                let pos = self.pos(id.span);
                let o = self.new_obj(
                    &id.name,
                    ObjKind::Var { field: false, param: false, embedded: false },
                    Some(t.unwrap_or(inv)),
                    Some(self.cur.pkg),
                    Some(pos),
                );
                self.record_def(id, o);
                if !id.is_blank() {
                    self.obj_mut(o).local = true;
                    self.locals.push(o);
                    new.push((o, id.span));
                }
            }
            for (o, sp) in new {
                self.declare(self.cur.scope, o, sp);
            }
        } else {
            for (e, t) in vars {
                let (Some(e), Some(t)) = (e, t) else { continue };
                if let ExprKind::Ident(id) = &e.kind {
                    if id.is_blank() {
                        continue;
                    }
                }
                let lo = self.expr(e);
                if lo.mode == Mode::Invalid || self.types.is_invalid(t) {
                    continue;
                }
                self.check_assignable_lhs(e, &lo);
                let op = Operand { mode: Mode::Value, ty: t, val: None, id: e.id, span: e.span };
                if !self.assignable_type(&op, lo.ty) {
                    let (a, b) = (self.type_string(t), self.type_string(lo.ty));
                    self.error(
                        e.span,
                        format!(
                            "cannot use {} (value of type {a}) as {b} value in range clause",
                            expr_string(e)
                        ),
                    );
                }
            }
        }
    }

    fn local_decl(&mut self, d: &ast::Decl) {
        match &d.kind {
            DeclKind::Const { specs, .. } => {
                let mut src: Option<&ast::ValueSpec> = None;
                for spec in specs {
                    if !spec.values.is_empty() || spec.ty.is_some() {
                        src = Some(spec);
                    }
                    let Some(sv) = src else {
                        self.error(spec.span, "missing init expr for const declaration");
                        continue;
                    };
                    let mut objs = Vec::new();
                    for (i, n) in spec.names.iter().enumerate() {
                        let pos = self.pos(n.span);
                        let o = self.new_obj(
                            &n.name,
                            ObjKind::Const { value: None },
                            None,
                            Some(self.cur.pkg),
                            Some(pos),
                        );
                        self.record_def(n, o);
                        self.state[o.0 as usize] = 1;
                        self.const_decl(o, sv, i, spec.index, spec);
                        self.state[o.0 as usize] = 2;
                        objs.push((o, n.span));
                    }
                    for (o, sp) in objs {
                        self.declare(self.cur.scope, o, sp);
                    }
                }
            }
            DeclKind::Var { specs, .. } => {
                for spec in specs {
                    let mut objs = Vec::new();
                    for n in &spec.names {
                        let pos = self.pos(n.span);
                        let o = self.new_obj(
                            &n.name,
                            ObjKind::Var { field: false, param: false, embedded: false },
                            None,
                            Some(self.cur.pkg),
                            Some(pos),
                        );
                        self.state[o.0 as usize] = 1;
                        self.record_def(n, o);
                        objs.push(o);
                    }
                    self.var_spec(spec, &objs);
                    for (o, n) in objs.iter().zip(spec.names.iter()) {
                        if !n.is_blank() {
                            self.obj_mut(*o).local = true;
                            self.locals.push(*o);
                        }
                        self.declare(self.cur.scope, *o, n.span);
                    }
                }
            }
            DeclKind::Type { specs, .. } => {
                for spec in specs {
                    let pos = self.pos(spec.name.span);
                    let o = self.new_obj(
                        &spec.name.name,
                        ObjKind::TypeName { alias: spec.alias },
                        None,
                        Some(self.cur.pkg),
                        Some(pos),
                    );
                    self.record_def(&spec.name, o);
                    if !spec.alias {
                        let t = self.types.alloc(TypeKind::Named(Named {
                            obj: o,
                            underlying: None,
                            methods: Vec::new(),
                            tparams: Vec::new(),
                            origin: None,
                            targs: Vec::new(),
                        }));
                        self.obj_mut(o).ty = Some(t);
                    }
                    // Local types are in scope inside their own declaration.
                    self.declare(self.cur.scope, o, spec.name.span);
                    self.state[o.0 as usize] = 1;
                    self.local_type_decl(o, spec);
                    self.state[o.0 as usize] = 2;
                }
            }
            DeclKind::Func(_) | DeclKind::Bad => {}
        }
    }

    // -----------------------------------------------------------------------------------------
    // Termination

    pub(crate) fn is_terminating_list(&self, stmts: &[Stmt], label: Option<&str>) -> bool {
        // Trailing empty statements are ignored.
        let mut i = stmts.len();
        while i > 0 && matches!(stmts[i - 1].kind, StmtKind::Empty) {
            i -= 1;
        }
        i > 0 && self.is_terminating(&stmts[i - 1], label)
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch { kind: BranchKind::Goto | BranchKind::Fallthrough, .. } => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &strip(e).kind {
                    if let ExprKind::Ident(id) = &strip(fun).kind {
                        if id.name == "panic" {
                            return self.lookup(self.cur.scope, "panic").is_none_or(|(o, _)| {
                                self.obj(o).kind == ObjKind::Builtin(Builtin::Panic)
                            });
                        }
                    }
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, None),
            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, Some(&label.name)),
            StmtKind::If { then, els, .. } => {
                els.as_ref().is_some_and(|e| self.is_terminating(e, None))
                    && self.is_terminating_list(&then.stmts, None)
            }
            StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
                cases.iter().any(|c| c.list.is_none())
                    && cases.iter().all(|c| {
                        self.is_terminating_list(&c.body, None) || ends_in_fallthrough(&c.body)
                    })
                    && !cases.iter().any(|c| has_break_list(&c.body, label, true))
            }
            StmtKind::Select { cases } => {
                cases.iter().all(|c| self.is_terminating_list(&c.body, None))
                    && !cases.iter().any(|c| has_break_list(&c.body, label, true))
            }
            StmtKind::For { cond: None, body, .. } => !has_break_list(&body.stmts, label, true),
            _ => false,
        }
    }
}

fn ends_in_fallthrough(stmts: &[Stmt]) -> bool {
    matches!(
        stmts.last().map(|s| &s.kind),
        Some(StmtKind::Branch { kind: BranchKind::Fallthrough, .. })
    )
}

/// Whether a `break` (unlabeled when `implicit`, or labeled `label`) targets the enclosing
/// statement.
fn has_break_list(stmts: &[Stmt], label: Option<&str>, implicit: bool) -> bool {
    stmts.iter().any(|s| has_break(s, label, implicit))
}

fn has_break(s: &Stmt, label: Option<&str>, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Branch { kind: BranchKind::Break, label: l } => match l {
            None => implicit,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Block(b) => has_break_list(&b.stmts, label, implicit),
        StmtKind::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els.as_ref().is_some_and(|e| has_break(e, label, implicit))
        }
        // Nested breakable statements capture unlabeled breaks.
        StmtKind::Switch { cases, .. } | StmtKind::TypeSwitch { cases, .. } => {
            label.is_some() && cases.iter().any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::Select { cases } => {
            label.is_some() && cases.iter().any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            label.is_some() && has_break_list(&body.stmts, label, false)
        }
        _ => false,
    }
}

fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}
