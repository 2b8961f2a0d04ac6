//! Assignability, assignments, `:=` definitions and variable declarations.

use escapade_syntax::ast::{Expr, ExprKind, ValueSpec};

use crate::check::{Checker, Operand};
use crate::exprstring::expr_string;
use crate::info::Mode;
use crate::objects::*;
use crate::types::*;

impl Checker {
    /// Whether `x` is assignable to `t` (no diagnostics).
    pub(crate) fn assignable_type(&mut self, x: &Operand, t: TypeId) -> bool {
        self.assignable_reason(x, t).is_ok()
    }

    /// types2's assignableTo; `Err(cause)` (possibly empty) when not assignable.
    pub(crate) fn assignable_reason(&mut self, x: &Operand, t: TypeId) -> Result<(), String> {
        let v = x.ty;
        if self.types.is_invalid(v) || self.types.is_invalid(t) {
            return Ok(());
        }
        if self.identical(v, t) {
            return Ok(());
        }
        if self.types.is_untyped(v) {
            return match self.implicit_type(x, t) {
                Ok(_) => Ok(()),
                Err(_) => Err(String::new()),
            };
        }
        let vu = self.under(v);
        let tu = self.under(t);
        let (vp, tp) = (self.types.is_type_param(v), self.types.is_type_param(t));
        let named = |c: &Checker, x: TypeId| c.types.is_named(x);
        if self.identical(vu, tu) && (!named(self, v) || !named(self, t)) && !vp && !tp {
            return Ok(());
        }
        // T is an interface (not a type parameter).
        if !tp && matches!(self.types.kind(tu), TypeKind::Interface(_)) {
            return match self.missing_method(v, t) {
                None => Ok(()),
                Some(reason) => {
                    let (vs, ts) = (self.type_string(v), self.type_string(t));
                    Err(format!("{vs} does not implement {ts} {reason}"))
                }
            };
        }
        // V is an interface and T is not.
        if !vp
            && matches!(self.types.kind(vu), TypeKind::Interface(_))
            && !matches!(self.types.kind(tu), TypeKind::Interface(_))
        {
            if self.missing_method(t, v).is_none() {
                return Err("need type assertion".to_string());
            }
            return Err(String::new());
        }
        // Bidirectional channels.
        if let (TypeKind::Chan(ChanDir::Both, a), TypeKind::Chan(_, b)) =
            (self.types.kind(vu).clone(), self.types.kind(tu).clone())
        {
            if self.identical(a, b) && (!named(self, v) || !named(self, t)) && !vp && !tp {
                return Ok(());
            }
        }
        Err(String::new())
    }

    /// Checks that `x` can be assigned to a variable of type `t` in `context` (converting an
    /// untyped `x`); reports gc's "cannot use" errors and invalidates `x` on failure.
    pub(crate) fn assignment(&mut self, x: &mut Operand, e: &Expr, t: TypeId, context: &str) {
        if x.mode == Mode::Invalid || self.types.is_invalid(t) {
            return;
        }
        match x.mode {
            Mode::Constant | Mode::Variable | Mode::MapIndex | Mode::Value | Mode::CommaOk => {}
            _ => {
                let s = self.op_string(e, x);
                self.error(
                    e.span,
                    format!("cannot assign {s} to {} in {context}", self.type_string(t)),
                );
                x.mode = Mode::Invalid;
                return;
            }
        }
        if self.types.is_untyped(x.ty) {
            let mut target = t;
            if self.is_interface(t) && !self.types.is_type_param(t) {
                target = self.default_type(x.ty);
                if self.types.basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
                    target = t;
                }
            }
            match self.implicit_type(x, target) {
                Ok(Some(nt)) => {
                    if let (Mode::Constant, Some(v)) = (x.mode, x.val.clone()) {
                        let u = self.under(nt);
                        if let Some(k) = self.types.basic_kind(u) {
                            if let Ok(v2) = v.represent(k) {
                                x.val = Some(v2);
                            }
                        }
                    }
                    if !self.types.is_untyped(nt) {
                        self.record_implicit(x.id, nt);
                    }
                    x.ty = nt;
                    self.record_type(x);
                }
                Ok(None) => {}
                Err(code) => {
                    let s = self.op_string(e, x);
                    let ts = self.type_string(target);
                    let suffix = match code {
                        Some(crate::constant::NotRepresentable::Truncated) => " (truncated)",
                        Some(crate::constant::NotRepresentable::Overflows) => " (overflows)",
                        _ => "",
                    };
                    self.error(
                        e.span,
                        format!("cannot use {s} as {ts} value in {context}{suffix}"),
                    );
                    x.mode = Mode::Invalid;
                    return;
                }
            }
        }
        if self.types.signature(x.ty).is_some_and(|s| !s.tparams.is_empty()) {
            if let Some((inst, targs)) = self.infer_func_value(x.ty, t) {
                self.record_instance(x.id, crate::info::Instance { targs, ty: inst });
                x.ty = inst;
            }
        }
        if let Some(sig) = self.types.signature(x.ty) {
            if !sig.tparams.is_empty() {
                let es = expr_string(e);
                self.error(
                    e.span,
                    format!("cannot use generic function {es} without instantiation"),
                );
                x.mode = Mode::Invalid;
                return;
            }
        }
        if let Err(cause) = self.assignable_reason(x, t) {
            let s = self.op_string(e, x);
            let ts = self.type_string(t);
            if cause.is_empty() {
                self.error(e.span, format!("cannot use {s} as {ts} value in {context}"));
            } else {
                self.error(e.span, format!("cannot use {s} as {ts} value in {context}: {cause}"));
            }
            x.mode = Mode::Invalid;
        }
    }

    /// The type of an assignable left-hand side (`None` for `_`); reports non-assignable ones.
    fn lhs_var(&mut self, e: &Expr) -> Option<TypeId> {
        if let ExprKind::Ident(id) = &e.kind {
            if id.is_blank() {
                return None;
            }
            // Assigning to a local variable does not count as a use.
            if let Some((o, _)) = self.lookup(self.cur.scope, &id.name) {
                if let ObjKind::Var { .. } = self.obj(o).kind {
                    let was_used = self.obj(o).used;
                    let x = self.expr(e);
                    self.obj_mut(o).used = was_used;
                    return if x.mode == Mode::Invalid {
                        Some(self.types.invalid())
                    } else {
                        Some(x.ty)
                    };
                }
            }
        }
        let x = self.expr(e);
        match x.mode {
            Mode::Invalid => Some(self.types.invalid()),
            Mode::Variable | Mode::MapIndex => Some(x.ty),
            _ => {
                // A field of a struct stored in a map?
                if let ExprKind::Selector { x: base, .. } = &strip(e).kind {
                    if let ExprKind::Index { .. } = &strip(base).kind {
                        let bt = self.info_type_of(base);
                        if bt == Some(Mode::MapIndex) {
                            let es = expr_string(e);
                            self.error(
                                e.span,
                                format!("cannot assign to struct field {es} in map"),
                            );
                            return Some(self.types.invalid());
                        }
                    }
                }
                let es = expr_string(e);
                let s = self.op_string(e, &x);
                let _ = s;
                self.error(
                    e.span,
                    format!(
                        "cannot assign to {es} (neither addressable nor a map index expression)"
                    ),
                );
                Some(self.types.invalid())
            }
        }
    }

    fn info_type_of(&self, e: &Expr) -> Option<Mode> {
        let f = self.cur.file.0 as usize;
        if f < self.n_user {
            self.info[f].type_of(e.id).map(|tv| tv.mode)
        } else {
            None
        }
    }

    /// `lhs = rhs` (`op` is handled by the caller).
    pub(crate) fn assign_stmt(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        if lhs.len() == rhs.len() {
            for (l, r) in lhs.iter().zip(rhs.iter()) {
                let t = self.lhs_var(l);
                let mut x = self.expr_hint(r, t);
                match t {
                    Some(t) => self.assignment(&mut x, r, t, "assignment"),
                    None => self.assign_blank(&mut x, r),
                }
            }
            return;
        }
        if rhs.len() == 1 {
            let ltypes: Vec<Option<TypeId>> = lhs.iter().map(|l| self.lhs_var(l)).collect();
            let types = self.multi_rhs(&rhs[0], lhs.len());
            if let Some(types) = types {
                for (i, (lt, rt)) in ltypes.iter().zip(types.iter()).enumerate() {
                    if let Some(lt) = lt {
                        let x = Operand {
                            mode: Mode::Value,
                            ty: *rt,
                            val: None,
                            id: rhs[0].id,
                            span: rhs[0].span,
                        };
                        if !self.assignable_type(&x, *lt) && !self.types.is_invalid(*lt) {
                            let (s, ts) = (self.type_string(*rt), self.type_string(*lt));
                            let _ = i;
                            self.error(
                                rhs[0].span,
                                format!(
                                    "cannot use {} (value of type {s}) as {ts} value in assignment",
                                    expr_string(&rhs[0])
                                ),
                            );
                        }
                    }
                }
            }
            return;
        }
        for l in lhs {
            self.lhs_var(l);
        }
        for r in rhs {
            self.expr(r);
        }
        self.assign_mismatch(lhs.len(), rhs, lhs.first().map_or(rhs[0].span, |l| l.span));
    }

    fn assign_blank(&mut self, x: &mut Operand, e: &Expr) {
        if x.mode == Mode::Invalid {
            return;
        }
        if self.types.basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
            self.error(e.span, "use of untyped nil in assignment");
            x.mode = Mode::Invalid;
            return;
        }
        if self.types.is_untyped(x.ty) {
            let d = self.default_type(x.ty);
            self.convert_untyped(x, e, d);
        }
    }

    /// The types produced by a single multi-valued right side for `n` variables: a call with
    /// `n` results, or a comma-ok expression for `n == 2`. Reports mismatches.
    fn multi_rhs(&mut self, r: &Expr, n: usize) -> Option<Vec<TypeId>> {
        let x = self.multi_expr(r);
        if x.mode == Mode::Invalid {
            return None;
        }
        if let TypeKind::Tuple(elems) = self.types.kind(x.ty).clone() {
            if elems.len() == n {
                return Some(elems);
            }
            self.assign_mismatch_values(n, r, elems.len());
            return None;
        }
        if n == 2 && matches!(x.mode, Mode::CommaOk | Mode::MapIndex) {
            let mut x = x;
            if self.types.is_untyped(x.ty) {
                let d = self.default_type(x.ty);
                self.convert_untyped(&mut x, r, d);
            }
            let b = self.types.basic(BasicKind::Bool);
            self.record_comma_ok(r, x.ty, b);
            return Some(vec![x.ty, b]);
        }
        self.assign_mismatch_values(n, r, 1);
        None
    }

    fn record_comma_ok(&mut self, r: &Expr, t: TypeId, b: TypeId) {
        let tt = self.types.tuple(vec![t, b]);
        let x = Operand { mode: Mode::CommaOk, ty: tt, val: None, id: r.id, span: r.span };
        self.record_type(&x);
    }

    fn assign_mismatch_values(&mut self, n: usize, r: &Expr, got: usize) {
        let vars = plural(n, "variable");
        if let ExprKind::Call { fun, .. } = &strip(r).kind {
            let fs = expr_string(fun);
            self.error(
                r.span,
                format!("assignment mismatch: {vars} but {fs} returns {}", plural(got, "value")),
            );
        } else {
            self.error(r.span, format!("assignment mismatch: {vars} but {}", plural(got, "value")));
        }
    }

    fn assign_mismatch(&mut self, n: usize, rhs: &[Expr], at: escapade_base::Span) {
        if rhs.len() == 1 {
            if let ExprKind::Call { fun, .. } = &strip(&rhs[0]).kind {
                let fs = expr_string(fun);
                self.error(
                    at,
                    format!(
                        "assignment mismatch: {} but {fs} returns {}",
                        plural(n, "variable"),
                        plural(1, "value")
                    ),
                );
                return;
            }
        }
        self.error(
            at,
            format!(
                "assignment mismatch: {} but {}",
                plural(n, "variable"),
                plural(rhs.len(), "value")
            ),
        );
    }

    /// `lhs := rhs`.
    pub(crate) fn define_stmt(&mut self, lhs: &[Expr], rhs: &[Expr], at: escapade_base::Span) {
        let scope = self.cur.scope;
        let mut objs: Vec<Option<ObjId>> = Vec::new();
        let mut new_vars: Vec<(ObjId, escapade_base::Span)> = Vec::new();
        let mut any_new = false;
        let mut bad = false;
        for l in lhs {
            let ExprKind::Ident(id) = &l.kind else {
                let es = expr_string(l);
                self.error(l.span, format!("non-name {es} on left side of :="));
                self.expr(l);
                objs.push(None);
                bad = true;
                continue;
            };
            if id.is_blank() {
                let pos = self.pos(id.span);
                let o = self.new_obj(
                    "_",
                    ObjKind::Var { field: false, param: false, embedded: false },
                    None,
                    Some(self.cur.pkg),
                    Some(pos),
                );
                self.record_def(id, o);
                objs.push(Some(o));
                continue;
            }
            if let Some(&o) = self.scopes[scope.0 as usize].names.get(&id.name) {
                if new_vars.iter().any(|(x, _)| self.obj(*x).name == id.name) {
                    self.error(l.span, format!("{} repeated on left side of :=", id.name));
                    objs.push(None);
                    continue;
                }
                self.record_use(id.id, o);
                objs.push(Some(o));
                continue;
            }
            let pos = self.pos(id.span);
            let o = self.new_obj(
                &id.name,
                ObjKind::Var { field: false, param: false, embedded: false },
                None,
                Some(self.cur.pkg),
                Some(pos),
            );
            self.obj_mut(o).local = true;
            self.record_def(id, o);
            new_vars.push((o, id.span));
            objs.push(Some(o));
            any_new = true;
        }
        // Right side, then types.
        let declared: Vec<bool> = objs
            .iter()
            .map(|o| {
                o.is_some_and(|o| new_vars.iter().any(|(x, _)| *x == o) || self.obj(o).name == "_")
            })
            .collect();
        self.init_vars(&objs, &declared, rhs, lhs, None);
        for (o, span) in &new_vars {
            self.declare(scope, *o, *span);
            self.locals.push(*o);
        }
        if !any_new && !bad {
            let from = lhs.last().map_or(at.start, |l| l.span.end);
            let op = self.token_after(from, ":=");
            self.error(op, "no new variables on left side of :=");
        }
    }

    /// Initializes variables `objs` from `rhs`. `declared[i]` is true for variables whose
    /// type is inferred here (new variables), false for existing ones (assignment).
    pub(crate) fn init_vars(
        &mut self,
        objs: &[Option<ObjId>],
        declared: &[bool],
        rhs: &[Expr],
        lhs: &[Expr],
        typ: Option<TypeId>,
    ) {
        let inv = self.types.invalid();
        let set_type = |c: &mut Checker, o: Option<ObjId>, t: TypeId| {
            if let Some(o) = o {
                if c.obj(o).ty.is_none() {
                    c.obj_mut(o).ty = Some(t);
                    c.state[o.0 as usize] = 2;
                }
            }
        };
        let context = if lhs.is_empty() { "variable declaration" } else { "assignment" };
        if objs.len() == rhs.len() {
            for (i, r) in rhs.iter().enumerate() {
                let o = objs[i];
                let target =
                    typ.or_else(|| if declared[i] { None } else { o.and_then(|o| self.obj(o).ty) });
                let mut x = self.expr_hint(r, target);
                if x.mode == Mode::Invalid {
                    set_type(self, o, typ.unwrap_or(inv));
                    continue;
                }
                match target {
                    Some(t) => {
                        self.assignment(&mut x, r, t, context);
                        set_type(self, o, t);
                    }
                    None => {
                        if self.types.basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
                            self.error(r.span, format!("use of untyped nil in {context}"));
                            set_type(self, o, inv);
                            continue;
                        }
                        if matches!(x.mode, Mode::NoValue) {
                            set_type(self, o, inv);
                            continue;
                        }
                        if self.types.is_untyped(x.ty) {
                            let d = self.default_type(x.ty);
                            self.convert_untyped(&mut x, r, d);
                        }
                        if let Some(sig) = self.types.signature(x.ty) {
                            if !sig.tparams.is_empty() {
                                let es = expr_string(r);
                                self.error(
                                    r.span,
                                    format!(
                                        "cannot use generic function {es} without instantiation"
                                    ),
                                );
                                set_type(self, o, inv);
                                continue;
                            }
                        }
                        set_type(self, o, x.ty);
                    }
                }
            }
            return;
        }
        if rhs.len() == 1 {
            match self.multi_rhs(&rhs[0], objs.len()) {
                Some(types) => {
                    for (i, (&o, &t)) in objs.iter().zip(types.iter()).enumerate() {
                        let target = typ.or_else(|| {
                            if declared[i] {
                                None
                            } else {
                                o.and_then(|o| self.obj(o).ty)
                            }
                        });
                        match target {
                            Some(tt) => {
                                let x = Operand {
                                    mode: Mode::Value,
                                    ty: t,
                                    val: None,
                                    id: rhs[0].id,
                                    span: rhs[0].span,
                                };
                                if !self.assignable_type(&x, tt) {
                                    let (s, ts) = (self.type_string(t), self.type_string(tt));
                                    self.error(rhs[0].span, format!("cannot use {} (value of type {s}) as {ts} value in {context}", expr_string(&rhs[0])));
                                }
                                set_type(self, o, tt);
                            }
                            None => set_type(self, o, t),
                        }
                    }
                }
                None => {
                    for &o in objs {
                        set_type(self, o, typ.unwrap_or(inv));
                    }
                }
            }
            return;
        }
        // Count mismatch.
        for r in rhs {
            self.expr(r);
        }
        for &o in objs {
            set_type(self, o, typ.unwrap_or(inv));
        }
        if rhs.len() > objs.len() && !lhs.is_empty() {
            self.assign_mismatch(objs.len(), rhs, lhs[0].span);
        } else if rhs.len() > objs.len() {
            let extra = &rhs[objs.len()];
            self.error(extra.span, format!("extra init expr {}", expr_string(extra)));
        } else if !lhs.is_empty() {
            self.assign_mismatch(objs.len(), rhs, lhs[0].span);
        } else {
            self.missing_init = true;
        }
    }

    /// A `var` spec with objects already created (package level) or to declare (local).
    pub(crate) fn var_spec(&mut self, spec: &ValueSpec, objs: &[ObjId]) {
        let typ = spec.ty.as_ref().map(|t| self.type_expr(t));
        let some: Vec<Option<ObjId>> = objs.iter().map(|&o| Some(o)).collect();
        if spec.values.is_empty() {
            let t = typ.unwrap_or_else(|| self.types.invalid());
            for &o in objs {
                self.obj_mut(o).ty = Some(t);
                self.state[o.0 as usize] = 2;
            }
            return;
        }
        let declared = vec![true; objs.len()];
        self.missing_init = false;
        self.init_vars(&some, &declared, &spec.values, &[], typ);
        if self.missing_init {
            self.missing_init = false;
            if spec.values.len() < objs.len() {
                let n = &spec.names[spec.values.len().min(spec.names.len() - 1)];
                let _ = n;
                self.error(
                    spec.names[0].span,
                    format!(
                        "assignment mismatch: {} but {}",
                        plural(objs.len(), "variable"),
                        plural(spec.values.len(), "value")
                    ),
                );
            }
        }
    }
}

pub(crate) fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}
