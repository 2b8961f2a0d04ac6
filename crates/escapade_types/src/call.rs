//! Calls: function and method calls (with generic inference), conversions, explicit
//! instantiation of generic functions.

use escapade_syntax::ast::{Expr, ExprKind};

use crate::check::{Checker, Operand};
use crate::constant::Value;
use crate::exprstring::expr_string;
use crate::info::{Instance, Mode};
use crate::types::*;

impl Checker {
    pub(crate) fn call(&mut self, e: &Expr, fun: &Expr, args: &[Expr], spread: bool) -> Operand {
        // Explicit (possibly partial) instantiation: f[int](x).
        let mut explicit: Vec<TypeId> = Vec::new();
        let f = if let ExprKind::Index { x, indices } = &fun.kind {
            let g = self.expr_or_type(x, true);
            let generic_fn = g.mode == Mode::Value
                && self.types.signature(g.ty).is_some_and(|s| !s.tparams.is_empty());
            if generic_fn {
                for i in indices {
                    let t = self.type_expr(i);
                    explicit.push(t);
                }
                if explicit.iter().any(|&t| self.types.is_invalid(t)) {
                    return self.use_args_invalid(e, args);
                }
                let n = self.types.signature(g.ty).map_or(0, |s| s.tparams.len());
                if explicit.len() > n {
                    self.error(
                        indices[n].span,
                        format!("got {} type arguments but want {n}", explicit.len()),
                    );
                    return self.use_args_invalid(e, args);
                }
                Operand { id: fun.id, span: fun.span, ..g }
            } else if g.mode == Mode::TypeExpr {
                let t = self.instantiate_type(fun, g.ty, indices);
                if self.types.is_invalid(t) {
                    return self.use_args_invalid(e, args);
                }
                Operand { mode: Mode::TypeExpr, ty: t, val: None, id: fun.id, span: fun.span }
            } else {
                self.expr_or_type(fun, true)
            }
        } else {
            self.expr_or_type(fun, true)
        };
        match f.mode {
            Mode::Invalid => self.use_args_invalid(e, args),
            Mode::TypeExpr => self.conversion_call(e, f.ty, args, spread),
            Mode::Builtin(b) => self.builtin(e, b, fun, args, spread),
            Mode::PkgName => {
                let s = expr_string(fun);
                self.error(fun.span, format!("use of package {s} without selector"));
                self.use_args_invalid(e, args)
            }
            _ => self.func_call(e, fun, f, explicit, args, spread),
        }
    }

    /// Checks arguments for their own errors after a failed callee.
    fn use_args_invalid(&mut self, e: &Expr, args: &[Expr]) -> Operand {
        for a in args {
            self.expr_or_type(a, false);
        }
        self.invalid_op(e)
    }

    fn conversion_call(&mut self, e: &Expr, t: TypeId, args: &[Expr], spread: bool) -> Operand {
        let ts = self.type_string(t);
        if args.len() != 1 {
            if args.is_empty() {
                self.error(e.span, format!("missing argument in conversion to {ts}"));
            } else {
                self.error(args[1].span, format!("too many arguments in conversion to {ts}"));
            }
            return self.use_args_invalid(e, args);
        }
        if spread {
            self.error(args[0].span, format!("invalid use of ... in conversion to {ts}"));
        }
        let x = self.expr_hint(&args[0], Some(t));
        if x.mode == Mode::Invalid {
            return self.invalid_op(e);
        }
        self.conversion(e, &args[0], x, t)
    }

    /// `T(x)`.
    pub(crate) fn conversion(&mut self, e: &Expr, xe: &Expr, mut x: Operand, t: TypeId) -> Operand {
        let tu = self.under(t);
        let tk = if self.types.is_type_param(t) { None } else { self.types.basic_kind(tu) };
        let const_arg = x.mode == Mode::Constant;
        if const_arg && tk.is_some_and(|k| k.is_const_type()) {
            let k = tk.unwrap_or(BasicKind::Invalid);
            let v = x.val.clone().unwrap_or(Value::int(0));
            let xu = self.under(x.ty);
            let xk = self.types.basic_kind(xu).unwrap_or(BasicKind::Invalid);
            // Integer → string conversion yields a one-rune string.
            if k.is_string() && xk.is_integer() {
                let s = v
                    .to_i64()
                    .and_then(|n| u32::try_from(n).ok())
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                let val = Value::Str(s.to_string().into_bytes());
                return Operand {
                    mode: Mode::Constant,
                    ty: t,
                    val: Some(val),
                    id: e.id,
                    span: e.span,
                };
            }
            let ok_kinds = (xk.is_numeric() && k.is_numeric())
                || (xk.is_string() && k.is_string())
                || (xk.is_boolean() && k.is_boolean());
            if ok_kinds {
                match v.represent(k) {
                    Ok(v2) => {
                        if self.types.is_untyped(x.ty) {
                            self.record_implicit(x.id, t);
                        }
                        return Operand {
                            mode: Mode::Constant,
                            ty: t,
                            val: Some(v2),
                            id: e.id,
                            span: e.span,
                        };
                    }
                    Err(code) => {
                        if xk.is_integer() && k.is_integer() {
                            let ts = self.type_string(t);
                            self.error(xe.span, format!("constant {} overflows {ts}", v.display()));
                            return self.invalid_op(e);
                        }
                        let _ = code;
                        let s = self.op_string(xe, &x);
                        let ts = self.type_string(t);
                        self.error(xe.span, format!("cannot convert {s} to type {ts}"));
                        return self.invalid_op(e);
                    }
                }
            }
        }
        if self.convertible(&x, t) {
            if self.types.is_untyped(x.ty) {
                // Untyped operands take their default type (or the target's if assignable).
                let target = if self.types.basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
                    t
                } else {
                    match self.implicit_type(&x, t) {
                        Ok(Some(_)) => t,
                        _ => self.default_type(x.ty),
                    }
                };
                self.convert_untyped(&mut x, xe, target);
            }
            let mode = if const_arg && tk.is_some_and(|k| k.is_const_type()) {
                Mode::Constant
            } else {
                Mode::Value
            };
            let val = if mode == Mode::Constant { x.val.clone() } else { None };
            return Operand { mode, ty: t, val, id: e.id, span: e.span };
        }
        let s = self.op_string(xe, &x);
        let ts = self.type_string(t);
        self.error(xe.span, format!("cannot convert {s} to type {ts}"));
        self.invalid_op(e)
    }

    /// Whether `x` can be converted to `t` (non-constant rules).
    pub(crate) fn convertible(&mut self, x: &Operand, t: TypeId) -> bool {
        if self.assignable_type(x, t) {
            return true;
        }
        let v = x.ty;
        // Type parameters: every pair must be convertible.
        if self.types.is_type_param(v) || self.types.is_type_param(t) {
            let vs = self.specific_types(v);
            let tss = self.specific_types(t);
            let (Some(vs), Some(tss)) = (vs, tss) else { return false };
            for a in &vs {
                for b in &tss {
                    let op = Operand { ty: *a, ..x.clone() };
                    if !self.convertible(&op, *b) {
                        return false;
                    }
                }
            }
            return !vs.is_empty() && !tss.is_empty();
        }
        let vu = self.under(v);
        let tu = self.under(t);
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) =
            (self.types.kind(v).clone(), self.types.kind(t).clone())
        {
            let (au, bu) = (self.under(a), self.under(b));
            if self.identical_ignore_tags(au, bu) {
                return true;
            }
        }
        let vk = self.types.basic_kind(vu);
        let tk = self.types.basic_kind(tu);
        if let (Some(a), Some(b)) = (vk, tk) {
            if (a.is_integer() || a.is_float()) && (b.is_integer() || b.is_float()) {
                return true;
            }
            if a.is_complex() && b.is_complex() {
                return true;
            }
            if a.is_integer() && b.is_string() {
                return true;
            }
            if (a == BasicKind::UnsafePointer && (b == BasicKind::Uintptr))
                || (a == BasicKind::Uintptr && b == BasicKind::UnsafePointer)
            {
                return true;
            }
        }
        // unsafe.Pointer <-> any pointer.
        if tk == Some(BasicKind::UnsafePointer)
            && matches!(self.types.kind(vu), TypeKind::Pointer(_))
        {
            return true;
        }
        if vk == Some(BasicKind::UnsafePointer)
            && matches!(self.types.kind(tu), TypeKind::Pointer(_))
        {
            return true;
        }
        // string <-> []byte / []rune.
        let byte_or_rune_slice = |c: &mut Checker, t: TypeId| -> bool {
            if let TypeKind::Slice(el) = c.types.kind(t).clone() {
                let eu = c.under(el);
                return matches!(c.types.basic_kind(eu), Some(BasicKind::Uint8 | BasicKind::Int32));
            }
            false
        };
        if vk.is_some_and(BasicKind::is_string) && byte_or_rune_slice(self, tu) {
            return true;
        }
        if tk.is_some_and(BasicKind::is_string) && byte_or_rune_slice(self, vu) {
            return true;
        }
        // slice -> array or array pointer.
        if let TypeKind::Slice(se) = self.types.kind(vu).clone() {
            match self.types.kind(tu).clone() {
                TypeKind::Array(_, ae) => return self.identical(se, ae),
                TypeKind::Pointer(p) => {
                    let pu = self.under(p);
                    if let TypeKind::Array(_, ae) = self.types.kind(pu).clone() {
                        return self.identical(se, ae);
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn identical_ignore_tags(&mut self, a: TypeId, b: TypeId) -> bool {
        if let (TypeKind::Struct(fa), TypeKind::Struct(fb)) =
            (self.types.kind(a).clone(), self.types.kind(b).clone())
        {
            if fa.len() != fb.len() {
                return false;
            }
            for (x, y) in fa.iter().zip(fb.iter()) {
                if x.name != y.name || x.embedded != y.embedded || !self.identical(x.ty, y.ty) {
                    return false;
                }
            }
            return true;
        }
        self.identical(a, b)
    }

    /// Evaluates call arguments: a single multi-valued call expands into its results.
    pub(crate) fn call_args(&mut self, args: &[Expr]) -> (Vec<Operand>, Vec<usize>) {
        // Returns operands and, for each operand, the index of its source argument.
        let mut ops = Vec::new();
        let mut src = Vec::new();
        if args.len() == 1 {
            let x = self.multi_expr(&args[0]);
            if x.mode != Mode::Invalid {
                if let TypeKind::Tuple(elems) = self.types.kind(x.ty).clone() {
                    for t in elems {
                        ops.push(Operand {
                            mode: Mode::Value,
                            ty: t,
                            val: None,
                            id: x.id,
                            span: x.span,
                        });
                        src.push(0);
                    }
                    return (ops, src);
                }
            }
            ops.push(x);
            src.push(0);
            return (ops, src);
        }
        for (i, a) in args.iter().enumerate() {
            let x = self.expr(a);
            ops.push(x);
            src.push(i);
        }
        (ops, src)
    }

    fn func_call(
        &mut self,
        e: &Expr,
        fun: &Expr,
        f: Operand,
        explicit: Vec<TypeId>,
        args: &[Expr],
        spread: bool,
    ) -> Operand {
        let core = self.core_type(f.ty);
        let sig_t = match core {
            Some(c) if matches!(self.types.kind(c), TypeKind::Func(_)) => c,
            _ => {
                let s = self.op_string(fun, &f);
                let ts = self.type_string(f.ty);
                self.error(
                    e.span,
                    format!("invalid operation: cannot call {s}: {ts} is not a function"),
                );
                return self.use_args_invalid(e, args);
            }
        };
        let (ops, src) = self.call_args(args);
        if ops.iter().any(|o| o.mode == Mode::Invalid) {
            return self.invalid_op(e);
        }
        let Some(sig) = self.types.signature(sig_t).cloned() else { return self.invalid_op(e) };
        let fun_str = expr_string(fun);
        // Generic: infer type arguments.
        let mut sig = sig;
        let mut sig_t = sig_t;
        let mut ops = ops;
        if !sig.tparams.is_empty() {
            let params_for_args = self.param_types_for_args(&sig, ops.len(), spread);
            let lparen = self.token_after(fun.span.end, "(");
            if let Err(msg) = self.instantiate_generic_func_args(
                &sig.tparams,
                &explicit,
                &params_for_args,
                &mut ops,
            ) {
                self.error(lparen, msg);
                return self.invalid_op(e);
            }
            // Generic function values not instantiated yet do not take part in inference.
            let pairs: Vec<(TypeId, Operand)> = params_for_args
                .iter()
                .zip(ops.iter())
                .filter(|(_, o)| !self.is_generic_func_value(o))
                .map(|(&p, o)| (p, o.clone()))
                .collect();
            // Wrong argument counts are reported below with the generic signature.
            let count_ok = self.arg_count_ok(&sig, ops.len(), spread);
            if count_ok {
                match self.infer(&sig.tparams, &explicit, &pairs) {
                    Ok(targs) => {
                        if let Some((i, msg)) = self.verify_targs_at(&sig.tparams, &targs) {
                            // gc: at the explicit type argument, else at the call's `(`.
                            let at = match &fun.kind {
                                ExprKind::Index { indices, .. } if i < indices.len() => {
                                    indices[i].span
                                }
                                _ => lparen,
                            };
                            self.error(at, msg);
                            return self.invalid_op(e);
                        }
                        sig_t = self.instantiate_sig(sig_t, &targs);
                        let id = match &fun.kind {
                            ExprKind::Index { x, .. } => x.id,
                            _ => fun.id,
                        };
                        self.record_instance(id, Instance { targs, ty: sig_t });
                        sig = self.types.signature(sig_t).cloned().unwrap_or(sig);
                    }
                    Err(i) => {
                        let tp = sig.tparams[i];
                        let name = self.type_string(tp);
                        let decl = match self.types.kind(tp) {
                            TypeKind::TypeParam(p) => self.obj(p.obj).pos.map(|p| self.line_of(p)),
                            _ => None,
                        }
                        .unwrap_or_default();
                        let at = e.span;
                        let _ = at;
                        let rparen =
                            escapade_base::Span::new(e.span.end as usize - 1, e.span.end as usize);
                        let _ = rparen;
                        let lparen = self.token_after(fun.span.end, "(");
                        self.error(
                            lparen,
                            format!(
                                "in call to {fun_str}, cannot infer {name} (declared at {decl})"
                            ),
                        );
                        return self.invalid_op(e);
                    }
                }
            }
        }
        // Argument count.
        let nargs = ops.len();
        let npars = sig.params.len();
        if spread {
            if !sig.variadic {
                let s = expr_string(fun);
                let last = args.last().map_or(e.span, |a| a.span);
                self.error(last, format!("have (...) but function {s} is not variadic"));
                let _ = last;
                return self.call_result(e, &sig);
            }
            if args.len() == 1 && nargs > 1 {
                self.error(
                    args[0].span,
                    format!("cannot use ... with {}-valued {}", nargs, expr_string(&args[0])),
                );
                return self.call_result(e, &sig);
            }
        }
        if !self.arg_count_ok(&sig, nargs, spread) {
            let too_many = if sig.variadic && !spread { false } else { nargs > npars };
            let at = if too_many {
                let i = npars.min(src.len().saturating_sub(1));
                args.get(src[i]).map_or(e.span, |a| a.span)
            } else if nargs > 0 {
                args.get(*src.last().unwrap_or(&0)).map_or(e.span, |a| a.span)
            } else {
                e.span
            };
            let have: Vec<TypeId> = ops.iter().map(|o| o.ty).collect();
            let have_s = self.types_summary(&have, false, spread);
            let want: Vec<TypeId> = sig.params.iter().map(|p| p.ty).collect();
            let want_s = self.types_summary(&want, sig.variadic, false);
            let q = if too_many { "too many" } else { "not enough" };
            self.error(
                at,
                format!("{q} arguments in call to {fun_str}\n\thave {have_s}\n\twant {want_s}"),
            );
            return self.call_result(e, &sig);
        }
        // Assign arguments to parameters.
        let ptypes = self.param_types_for_args(&sig, nargs, spread);
        let ctx = format!("argument to {fun_str}");
        for (i, (mut x, &pt)) in ops.into_iter().zip(ptypes.iter()).enumerate() {
            let ae = &args[src[i]];
            if src.len() > 1 && args.len() == 1 {
                // Results of a multi-valued call: check assignability by type only.
                if !self.assignable_type(&x, pt) {
                    let s = self.type_string(x.ty);
                    let ts = self.type_string(pt);
                    self.error(
                        ae.span,
                        format!(
                            "cannot use {} (value of type {s}) as {ts} value in {ctx}",
                            expr_string(ae)
                        ),
                    );
                }
                continue;
            }
            self.assignment(&mut x, ae, pt, &ctx);
        }
        self.call_result(e, &sig)
    }

    /// Generic function values among the arguments of a generic call (`Apply(xs, Double)`):
    /// the callee's type arguments known from the other arguments determine the parameter's
    /// function type, which in turn determines the value's type arguments. Instantiated
    /// values get their instance recorded and their type replaced.
    fn instantiate_generic_func_args(
        &mut self,
        tparams: &[TypeId],
        explicit: &[TypeId],
        params: &[TypeId],
        ops: &mut [Operand],
    ) -> Result<(), String> {
        let is_generic = |c: &Checker, o: &Operand| c.is_generic_func_value(o);
        if !ops.iter().any(|o| is_generic(self, o)) {
            return Ok(());
        }
        let pairs: Vec<(TypeId, Operand)> = params
            .iter()
            .zip(ops.iter())
            .filter(|(_, o)| !is_generic(self, o))
            .map(|(&p, o)| (p, o.clone()))
            .collect();
        let known = self.infer_partial(tparams, explicit, &pairs);
        let map: Vec<(TypeId, TypeId)> =
            tparams.iter().zip(known.iter()).filter_map(|(&p, a)| a.map(|a| (p, a))).collect();
        for (i, &p) in params.iter().enumerate() {
            let Some(o) = ops.get(i) else { break };
            if !is_generic(self, o) {
                continue;
            }
            let target = self.subst(p, &map);
            match self.infer_func_arg(o.ty, target, tparams) {
                Some(Ok((inst, targs))) => {
                    let o = &mut ops[i];
                    o.ty = inst;
                    let o = o.clone();
                    self.record_instance(o.id, Instance { targs, ty: inst });
                    self.record_type(&o);
                }
                Some(Err(msg)) => return Err(msg),
                None => {}
            }
        }
        Ok(())
    }

    /// A generic function used as a value without instantiation.
    fn is_generic_func_value(&self, o: &Operand) -> bool {
        o.mode == Mode::Value && self.types.signature(o.ty).is_some_and(|s| !s.tparams.is_empty())
    }

    fn arg_count_ok(&self, sig: &Signature, nargs: usize, spread: bool) -> bool {
        let npars = sig.params.len();
        if sig.variadic && !spread {
            nargs + 1 >= npars
        } else {
            nargs == npars
        }
    }

    /// Parameter type for each argument position (variadic tail expanded to the element).
    fn param_types_for_args(&self, sig: &Signature, nargs: usize, spread: bool) -> Vec<TypeId> {
        let n = sig.params.len();
        let mut out = Vec::new();
        for i in 0..nargs {
            if sig.variadic && !spread && i + 1 >= n {
                let last = sig.params[n - 1].ty;
                let el = match self.types.kind(last) {
                    TypeKind::Slice(e) => *e,
                    _ => last,
                };
                out.push(el);
            } else if let Some(p) = sig.params.get(i) {
                out.push(p.ty);
            }
        }
        out
    }

    fn call_result(&mut self, e: &Expr, sig: &Signature) -> Operand {
        match sig.results.len() {
            0 => Operand {
                mode: Mode::NoValue,
                ty: self.types.invalid(),
                val: None,
                id: e.id,
                span: e.span,
            },
            1 => Operand {
                mode: Mode::Value,
                ty: sig.results[0].ty,
                val: None,
                id: e.id,
                span: e.span,
            },
            _ => {
                let t = self.types.tuple(sig.results.iter().map(|p| p.ty).collect());
                Operand { mode: Mode::Value, ty: t, val: None, id: e.id, span: e.span }
            }
        }
    }

    /// types2's typesSummary: `(int, number, ...string)`.
    pub(crate) fn types_summary(&mut self, ts: &[TypeId], variadic: bool, spread: bool) -> String {
        let mut parts = Vec::new();
        for (i, &t) in ts.iter().enumerate() {
            let mut s = match self.types.basic_kind(t) {
                Some(k) if k.is_untyped() && k.is_numeric() => "number".to_string(),
                Some(k) if k.is_untyped() => k.name().replace("untyped ", ""),
                _ => {
                    if variadic && i + 1 == ts.len() {
                        let el = match self.types.kind(t) {
                            TypeKind::Slice(e) => *e,
                            _ => t,
                        };
                        format!("...{}", self.type_string(el))
                    } else {
                        self.type_string(t)
                    }
                }
            };
            if spread && i + 1 == ts.len() {
                s.push_str("...");
            }
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    /// `f[int]` outside a call.
    pub(crate) fn func_inst(
        &mut self,
        e: &Expr,
        xe: &Expr,
        x: &Operand,
        indices: &[Expr],
    ) -> Operand {
        let Some(sig) = self.types.signature(x.ty).cloned() else { return self.invalid_op(e) };
        let mut targs = Vec::new();
        for i in indices {
            let t = self.type_expr(i);
            if self.types.is_invalid(t) {
                return self.invalid_op(e);
            }
            targs.push(t);
        }
        if targs.len() < sig.tparams.len() {
            // The rest may follow from the constraints' core types.
            if let Ok(all) = self.infer(&sig.tparams, &targs, &[]) {
                targs = all;
            }
        }
        if targs.len() < sig.tparams.len() {
            let s = expr_string(xe);
            self.error(
                e.span,
                format!(
                    "not enough type arguments for {s}: have {}, want {}",
                    targs.len(),
                    sig.tparams.len()
                ),
            );
            return self.invalid_op(e);
        }
        if targs.len() > sig.tparams.len() {
            self.error(
                indices[sig.tparams.len()].span,
                format!("got {} type arguments but want {}", targs.len(), sig.tparams.len()),
            );
            return self.invalid_op(e);
        }
        if let Some((i, msg)) = self.verify_targs_at(&sig.tparams, &targs) {
            self.error(indices.get(i).map_or(e.span, |x| x.span), msg);
            return self.invalid_op(e);
        }
        let t = self.instantiate_sig(x.ty, &targs);
        self.record_instance(xe.id, Instance { targs, ty: t });
        Operand { mode: Mode::Value, ty: t, val: None, id: e.id, span: e.span }
    }
}
