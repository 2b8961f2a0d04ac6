//! Built-in functions (and package unsafe's).

use escapade_syntax::ast::Expr;

use crate::check::{Checker, Operand};
use crate::constant::{self, Value};
use crate::exprstring::expr_string;
use crate::info::{Mode, Selection, SelectionKind};
use crate::lookup::LookupResult;
use crate::objects::Builtin;
use crate::types::*;

impl Checker {
    pub(crate) fn builtin(
        &mut self,
        e: &Expr,
        b: Builtin,
        fun: &Expr,
        args: &[Expr],
        spread: bool,
    ) -> Operand {
        let (min, more) = b.arity();
        let name = b.name();
        if spread && b != Builtin::Append {
            self.error(
                e.span,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            for a in args {
                self.expr_or_type(a, false);
            }
            return self.invalid_op(e);
        }
        if args.len() < min || (!more && args.len() > min) {
            let q = if args.len() < min { "not enough" } else { "too many" };
            // gc reports both directions at the call, as an invalid operation.
            let es = expr_string(e);
            self.error(
                e.span,
                format!(
                    "invalid operation: {q} arguments for {es} (expected {min}, found {})",
                    args.len()
                ),
            );
            for a in args {
                self.expr_or_type(a, false);
            }
            return self.invalid_op(e);
        }
        let _ = fun;
        let inv = self.invalid_op(e);
        let int = self.types.basic(BasicKind::Int);
        let value = |_: &Checker, ty: TypeId| Operand {
            mode: Mode::Value,
            ty,
            val: None,
            id: e.id,
            span: e.span,
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(&args[0]);
                if x.mode == Mode::Invalid {
                    return inv;
                }
                let mut const_len: Option<u64> = None;
                let ok = {
                    let is_cap = b == Builtin::Cap;
                    let ty = x.ty;
                    let mut pred = |c: &mut Checker, u: TypeId| -> bool {
                        let u = match c.types.kind(u).clone() {
                            TypeKind::Pointer(p) => {
                                let pu = c.under(p);
                                if matches!(c.types.kind(pu), TypeKind::Array(..)) {
                                    pu
                                } else {
                                    return false;
                                }
                            }
                            _ => u,
                        };
                        match c.types.kind(u) {
                            TypeKind::Basic(k) => k.is_string() && !is_cap,
                            TypeKind::Array(..) | TypeKind::Slice(_) | TypeKind::Chan(..) => true,
                            TypeKind::Map(..) => !is_cap,
                            _ => false,
                        }
                    };
                    if self.types.is_type_param(ty) {
                        self.all_types(ty, &mut pred)
                    } else {
                        let u = self.under(ty);
                        pred(self, u)
                    }
                };
                if !ok {
                    let s = self.op_string(&args[0], &x);
                    self.error(args[0].span, format!("invalid argument: {s} for built-in {name}"));
                    return inv;
                }
                if let (Mode::Constant, Some(Value::Str(s))) = (x.mode, &x.val) {
                    const_len = Some(s.len() as u64);
                }
                if !self.types.is_type_param(x.ty) {
                    let u = self.under(x.ty);
                    let arr = match self.types.kind(u).clone() {
                        TypeKind::Array(n, _) => Some(n),
                        TypeKind::Pointer(p) => {
                            let pu = self.under(p);
                            match self.types.kind(pu) {
                                TypeKind::Array(n, _) => Some(*n),
                                _ => None,
                            }
                        }
                        _ => None,
                    };
                    if let Some(n) = arr {
                        if !has_call_or_recv(&args[0]) {
                            const_len = Some(n);
                        }
                    }
                }
                if let Some(n) = const_len {
                    return Operand {
                        mode: Mode::Constant,
                        ty: int,
                        val: Some(Value::int(n as i64)),
                        id: e.id,
                        span: e.span,
                    };
                }
                value(self, int)
            }
            Builtin::Append => {
                let s = self.expr(&args[0]);
                if s.mode == Mode::Invalid {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return inv;
                }
                let core = self.core_type(s.ty);
                let elem = match core.map(|c| self.types.kind(c).clone()) {
                    Some(TypeKind::Slice(el)) => el,
                    _ => {
                        if self.types.basic_kind(s.ty) == Some(BasicKind::UntypedNil) {
                            self.error(
                                args[0].span,
                                "first argument to append must be a typed slice; found untyped nil",
                            );
                            return inv;
                        }
                        let os = self.op_string(&args[0], &s);
                        self.error(
                            args[0].span,
                            format!("invalid append: argument must be a slice; have {os}"),
                        );
                        for a in &args[1..] {
                            self.expr(a);
                        }
                        return inv;
                    }
                };
                if spread {
                    if args.len() != 2 {
                        self.error(e.span, "can only use ... with final argument in list");
                        return inv;
                    }
                    let mut x = self.expr(&args[1]);
                    if x.mode == Mode::Invalid {
                        return inv;
                    }
                    // append([]byte, string...) is allowed.
                    let eu = self.under(elem);
                    let xu = self.under(x.ty);
                    if self.types.basic_kind(eu) == Some(BasicKind::Uint8)
                        && self.types.basic_kind(xu).is_some_and(BasicKind::is_string)
                    {
                        return value(self, s.ty);
                    }
                    let st =
                        if self.types.is_type_param(s.ty) { self.types.slice(elem) } else { s.ty };
                    let st =
                        if self.types.named(st).is_some() { self.types.slice(elem) } else { st };
                    self.assignment(&mut x, &args[1], st, "argument to append");
                    return value(self, s.ty);
                }
                for a in &args[1..] {
                    let mut x = self.expr_hint(a, Some(elem));
                    self.assignment(&mut x, a, elem, "argument to append");
                }
                value(self, s.ty)
            }
            Builtin::Make => {
                let t = self.type_expr(&args[0]);
                if self.types.is_invalid(t) {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return inv;
                }
                let core = self.core_type(t);
                let min_args = match core.map(|c| self.types.kind(c).clone()) {
                    Some(TypeKind::Slice(_)) => 2,
                    Some(TypeKind::Map(..)) | Some(TypeKind::Chan(..)) => 1,
                    _ => {
                        let ts = expr_string(&args[0]);
                        self.error(args[0].span, format!("invalid argument: cannot make {ts}: type must be slice, map, or channel"));
                        for a in &args[1..] {
                            self.expr(a);
                        }
                        return inv;
                    }
                };
                if args.len() < min_args || args.len() > 3 || (min_args == 1 && args.len() > 2) {
                    let ts = self.type_string(t);
                    if args.len() < min_args {
                        self.error(
                            e.span,
                            format!(
                                "invalid operation: {} expects {min_args} or 3 arguments; found {}",
                                expr_string(e),
                                args.len()
                            ),
                        );
                    } else {
                        self.error(
                            e.span,
                            format!(
                                "invalid operation: {} expects {} or {} arguments; found {}",
                                expr_string(e),
                                min_args,
                                min_args + 1,
                                args.len()
                            ),
                        );
                    }
                    let _ = ts;
                    return inv;
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    sizes.push(self.size_arg(a));
                }
                if let (Some(Some(l)), Some(Some(c))) = (sizes.first(), sizes.get(1)) {
                    if l > c {
                        self.error(args[1].span, "invalid argument: length and capacity swapped");
                    }
                }
                value(self, t)
            }
            Builtin::New => {
                // new(T), or (Go 1.26) new(expr): a pointer to a fresh variable holding the
                // value of expr; an untyped constant takes its default type.
                let a = &args[0];
                let mut x = self.expr_or_type(a, false);
                let t = match x.mode {
                    Mode::Invalid => return inv,
                    Mode::TypeExpr => {
                        if self.types.is_invalid(x.ty) {
                            return inv;
                        }
                        x.ty
                    }
                    Mode::Builtin(b) => {
                        self.error(a.span, format!("{} (built-in) must be called", b.name()));
                        return inv;
                    }
                    Mode::PkgName => {
                        let s = expr_string(a);
                        self.error(a.span, format!("use of package {s} not in selector"));
                        return inv;
                    }
                    _ => {
                        self.single_value(a, &mut x);
                        if x.mode == Mode::Invalid {
                            return inv;
                        }
                        if self.types.signature(x.ty).is_some_and(|s| !s.tparams.is_empty()) {
                            let es = expr_string(a);
                            self.error(
                                a.span,
                                format!("cannot use generic function {es} without instantiation"),
                            );
                            return inv;
                        }
                        if self.types.basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
                            self.error(a.span, "use of untyped nil in argument to new");
                            return inv;
                        }
                        if self.types.is_untyped(x.ty) {
                            let d = self.default_type(x.ty);
                            self.assignment(&mut x, a, d, "argument to new");
                            if x.mode == Mode::Invalid {
                                return inv;
                            }
                        }
                        x.ty
                    }
                };
                let p = self.types.pointer(t);
                value(self, p)
            }
            Builtin::Delete => {
                let m = self.expr(&args[0]);
                let mut k = self.expr(&args[1]);
                if m.mode == Mode::Invalid || k.mode == Mode::Invalid {
                    return inv;
                }
                let core = self.core_type(m.ty);
                let key = match core.map(|c| self.types.kind(c).clone()) {
                    Some(TypeKind::Map(k, _)) => k,
                    _ => {
                        let s = self.op_string(&args[0], &m);
                        self.error(args[0].span, format!("invalid argument: {s} is not a map"));
                        return inv;
                    }
                };
                self.assignment(&mut k, &args[1], key, "argument to delete");
                Operand {
                    mode: Mode::NoValue,
                    ty: self.types.invalid(),
                    val: None,
                    id: e.id,
                    span: e.span,
                }
            }
            Builtin::Copy => {
                let dst = self.expr(&args[0]);
                let src = self.expr(&args[1]);
                if dst.mode == Mode::Invalid || src.mode == Mode::Invalid {
                    return inv;
                }
                let du = self.core_type(dst.ty);
                let su = self.core_type(src.ty);
                let de = match du.map(|c| self.types.kind(c).clone()) {
                    Some(TypeKind::Slice(el)) => Some(el),
                    _ => None,
                };
                let se = match su.map(|c| self.types.kind(c).clone()) {
                    Some(TypeKind::Slice(el)) => Some(el),
                    Some(TypeKind::Basic(k)) if k.is_string() => {
                        Some(self.types.basic(BasicKind::Byte))
                    }
                    _ => None,
                };
                match (de, se) {
                    (Some(a), Some(b)) => {
                        if !self.identical(a, b) {
                            let (ds, ss) =
                                (self.op_string(&args[0], &dst), self.op_string(&args[1], &src));
                            let (at, bt) = (self.type_string(a), self.type_string(b));
                            self.error(args[0].span, format!("invalid copy: arguments {ds} and {ss} have different element types {at} and {bt}"));
                            return inv;
                        }
                    }
                    (None, _) => {
                        let ds = self.op_string(&args[0], &dst);
                        self.error(
                            e.span,
                            format!("invalid copy: argument must be a slice; have {ds}"),
                        );
                        return inv;
                    }
                    (_, None) => {
                        let ss = self.op_string(&args[1], &src);
                        self.error(
                            e.span,
                            format!("invalid copy: argument must be a slice; have {ss}"),
                        );
                        return inv;
                    }
                }
                value(self, int)
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0]);
                let any = self.types.any();
                self.assignment(&mut x, &args[0], any, "argument to panic");
                Operand {
                    mode: Mode::NoValue,
                    ty: self.types.invalid(),
                    val: None,
                    id: e.id,
                    span: e.span,
                }
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = self.expr(a);
                    if x.mode != Mode::Invalid && self.types.is_untyped(x.ty) {
                        let d = self.default_type(x.ty);
                        if self.types.basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
                            self.error(
                                a.span,
                                format!("use of untyped nil in argument to built-in {name}"),
                            );
                            continue;
                        }
                        self.convert_untyped(&mut x, a, d);
                    }
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: self.types.invalid(),
                    val: None,
                    id: e.id,
                    span: e.span,
                }
            }
            Builtin::Recover => {
                let any = self.types.any();
                value(self, any)
            }
            Builtin::Close => {
                let x = self.expr(&args[0]);
                if x.mode == Mode::Invalid {
                    return inv;
                }
                let core = self.core_type(x.ty);
                match core.map(|c| self.types.kind(c).clone()) {
                    Some(TypeKind::Chan(dir, _)) => {
                        if dir == ChanDir::Recv {
                            let s = self.op_string(&args[0], &x);
                            self.error(
                                args[0].span,
                                format!("invalid operation: cannot close receive-only channel {s}"),
                            );
                            return inv;
                        }
                    }
                    _ => {
                        let s = self.op_string(&args[0], &x);
                        self.error(
                            args[0].span,
                            format!("invalid operation: cannot close non-channel {s}"),
                        );
                        return inv;
                    }
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: self.types.invalid(),
                    val: None,
                    id: e.id,
                    span: e.span,
                }
            }
            Builtin::Clear => {
                let x = self.expr(&args[0]);
                if x.mode == Mode::Invalid {
                    return inv;
                }
                let core = self.core_type(x.ty);
                if !matches!(
                    core.map(|c| self.types.kind(c).clone()),
                    Some(TypeKind::Map(..) | TypeKind::Slice(_))
                ) {
                    let s = self.op_string(&args[0], &x);
                    self.error(args[0].span, format!("invalid argument: cannot clear {s}: argument must be (or constrained by) map or slice"));
                    return inv;
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: self.types.invalid(),
                    val: None,
                    id: e.id,
                    span: e.span,
                }
            }
            Builtin::Min | Builtin::Max => self.min_max(e, b, args),
            Builtin::Complex => {
                let mut x = self.expr(&args[0]);
                let mut y = self.expr(&args[1]);
                if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
                    return inv;
                }
                // Untyped arguments take each other's type.
                let (xt, yt) = (x.ty, y.ty);
                if self.types.is_untyped(x.ty) && !self.types.is_untyped(y.ty) {
                    self.convert_untyped(&mut x, &args[0], yt);
                } else if self.types.is_untyped(y.ty) && !self.types.is_untyped(x.ty) {
                    self.convert_untyped(&mut y, &args[1], xt);
                }
                if x.mode == Mode::Constant
                    && y.mode == Mode::Constant
                    && self.types.is_untyped(x.ty)
                    && self.types.is_untyped(y.ty)
                {
                    let re = x.val.as_ref().and_then(Value::to_rat);
                    let im = y.val.as_ref().and_then(Value::to_rat);
                    if let (Some(re), Some(im)) = (re, im) {
                        let t = self.types.basic(BasicKind::UntypedComplex);
                        return Operand {
                            mode: Mode::Constant,
                            ty: t,
                            val: Some(Value::Complex(re, im)),
                            id: e.id,
                            span: e.span,
                        };
                    }
                }
                let u = self.under(x.ty);
                let t = match self.types.basic_kind(u) {
                    Some(BasicKind::Float32) => self.types.basic(BasicKind::Complex64),
                    _ => self.types.basic(BasicKind::Complex128),
                };
                if x.mode == Mode::Constant && y.mode == Mode::Constant {
                    if let (Some(re), Some(im)) = (
                        x.val.as_ref().and_then(Value::to_rat),
                        y.val.as_ref().and_then(Value::to_rat),
                    ) {
                        return Operand {
                            mode: Mode::Constant,
                            ty: t,
                            val: Some(Value::Complex(re, im)),
                            id: e.id,
                            span: e.span,
                        };
                    }
                }
                value(self, t)
            }
            Builtin::Real | Builtin::Imag => {
                let x = self.expr(&args[0]);
                if x.mode == Mode::Invalid {
                    return inv;
                }
                if x.mode == Mode::Constant {
                    if let Some(Value::Complex(re, im)) =
                        x.val.as_ref().and_then(|v| v.to_kind(BasicKind::UntypedComplex))
                    {
                        let part = if b == Builtin::Real { re } else { im };
                        let t = if self.types.is_untyped(x.ty) {
                            self.types.basic(BasicKind::UntypedFloat)
                        } else {
                            let u = self.under(x.ty);
                            match self.types.basic_kind(u) {
                                Some(BasicKind::Complex64) => self.types.basic(BasicKind::Float32),
                                _ => self.types.basic(BasicKind::Float64),
                            }
                        };
                        return Operand {
                            mode: Mode::Constant,
                            ty: t,
                            val: Some(Value::Float(part)),
                            id: e.id,
                            span: e.span,
                        };
                    }
                }
                let u = self.under(x.ty);
                let t = match self.types.basic_kind(u) {
                    Some(BasicKind::Complex64) => self.types.basic(BasicKind::Float32),
                    Some(BasicKind::Complex128) => self.types.basic(BasicKind::Float64),
                    _ => {
                        let s = self.op_string(&args[0], &x);
                        self.error(
                            args[0].span,
                            format!(
                                "invalid argument: argument has type {}, expected complex type",
                                self.type_string(x.ty)
                            ),
                        );
                        let _ = s;
                        return inv;
                    }
                };
                value(self, t)
            }
            Builtin::Sizeof | Builtin::Alignof => {
                let mut x = self.expr(&args[0]);
                if !self.unsafe_value_arg(&mut x, &args[0], name) {
                    return inv;
                }
                let uintptr = self.types.basic(BasicKind::Uintptr);
                if self.has_var_size(x.ty, 0) {
                    return value(self, uintptr);
                }
                let (size, align) = self.size_align(x.ty);
                let v = if b == Builtin::Sizeof { size } else { align };
                Operand {
                    mode: Mode::Constant,
                    ty: uintptr,
                    val: Some(Value::int(v as i64)),
                    id: e.id,
                    span: e.span,
                }
            }
            Builtin::Offsetof => self.unsafe_offsetof(e, &args[0]),
            Builtin::Add | Builtin::Slice | Builtin::String => {
                // Both arguments are evaluated before either is checked (like gc).
                let mut x = self.expr(&args[0]);
                let mut y = self.expr(&args[1]);
                if x.mode == Mode::Invalid {
                    return inv;
                }
                let result = match b {
                    Builtin::Add => {
                        let up = self.types.basic(BasicKind::UnsafePointer);
                        self.assignment(&mut x, &args[0], up, "argument to unsafe.Add");
                        up
                    }
                    Builtin::String => {
                        let byte = self.types.basic(BasicKind::Byte);
                        let pb = self.types.pointer(byte);
                        self.assignment(&mut x, &args[0], pb, "argument to unsafe.String");
                        self.types.basic(BasicKind::String)
                    }
                    _ => {
                        let core = self.core_type(x.ty);
                        match core.map(|c| self.types.kind(c).clone()) {
                            Some(TypeKind::Pointer(base)) => self.types.slice(base),
                            _ => {
                                let s = self.op_string(&args[0], &x);
                                self.error(
                                    args[0].span,
                                    format!("invalid argument: {s} is not a pointer"),
                                );
                                return inv;
                            }
                        }
                    }
                };
                if x.mode == Mode::Invalid {
                    return inv;
                }
                if !self.valid_length(&mut y, &args[1], b == Builtin::Add) {
                    return inv;
                }
                value(self, result)
            }
            Builtin::SliceData => {
                let x = self.expr(&args[0]);
                if x.mode == Mode::Invalid {
                    return inv;
                }
                let core = self.core_type(x.ty);
                match core.map(|c| self.types.kind(c).clone()) {
                    Some(TypeKind::Slice(el)) => {
                        let t = self.types.pointer(el);
                        value(self, t)
                    }
                    _ => {
                        let s = self.op_string(&args[0], &x);
                        self.error(args[0].span, format!("invalid argument: {s} is not a slice"));
                        inv
                    }
                }
            }
            Builtin::StringData => {
                let mut x = self.expr(&args[0]);
                if x.mode == Mode::Invalid {
                    return inv;
                }
                let st = self.types.basic(BasicKind::String);
                self.assignment(&mut x, &args[0], st, "argument to unsafe.StringData");
                if x.mode == Mode::Invalid {
                    return inv;
                }
                let byte = self.types.basic(BasicKind::Byte);
                let t = self.types.pointer(byte);
                value(self, t)
            }
        }
    }

    /// The argument of `unsafe.Sizeof`/`Alignof`: a value (assignment to an untyped target,
    /// i.e. untyped constants take their default type; untyped nil is an error).
    fn unsafe_value_arg(&mut self, x: &mut Operand, a: &Expr, name: &str) -> bool {
        if x.mode == Mode::Invalid {
            return false;
        }
        if self.types.basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
            self.error(a.span, format!("use of untyped nil in argument to unsafe.{name}"));
            return false;
        }
        if self.types.is_untyped(x.ty) {
            let d = self.default_type(x.ty);
            self.convert_untyped(x, a, d);
        }
        x.mode != Mode::Invalid
    }

    /// gc's `isValidIndex` for the length argument of unsafe.Add/Slice/String.
    fn valid_length(&mut self, y: &mut Operand, ye: &Expr, allow_negative: bool) -> bool {
        if y.mode == Mode::Invalid {
            return false;
        }
        let int = self.types.basic(BasicKind::Int);
        if self.types.is_untyped(y.ty) {
            self.convert_untyped(y, ye, int);
            if y.mode == Mode::Invalid {
                return false;
            }
        }
        if !self.is_integer_type(y.ty) {
            let s = self.op_string(ye, y);
            self.error(ye.span, format!("invalid argument: length {s} must be integer"));
            return false;
        }
        if y.mode == Mode::Constant {
            let negative = y
                .val
                .as_ref()
                .is_some_and(|v| constant::compare("<", v, &Value::int(0)).unwrap_or(false));
            if !allow_negative && negative {
                let s = self.op_string(ye, y);
                self.error(ye.span, format!("invalid argument: length {s} must not be negative"));
                return false;
            }
            if y.val.as_ref().and_then(|v| v.to_i64()).is_none() {
                let s = self.op_string(ye, y);
                self.error(ye.span, format!("invalid argument: length {s} overflows int"));
                return false;
            }
        }
        true
    }

    /// `unsafe.Offsetof(x.f)`.
    fn unsafe_offsetof(&mut self, e: &Expr, arg: &Expr) -> Operand {
        use escapade_syntax::ast::ExprKind;
        let inv = self.invalid_op(e);
        let mut inner = arg;
        while let ExprKind::Paren(x) = &inner.kind {
            inner = x;
        }
        let ExprKind::Selector { x: xe, sel } = &inner.kind else {
            let s = expr_string(arg);
            self.error(arg.span, format!("invalid argument: {s} is not a selector expression"));
            self.expr_or_type(arg, false);
            return inv;
        };
        let x = self.expr(xe);
        if x.mode == Mode::Invalid {
            return inv;
        }
        // A pointer to a struct is dereferenced.
        let mut base = x.ty;
        let u = self.under(x.ty);
        if let TypeKind::Pointer(p) = self.types.kind(u).clone() {
            let pu = self.under(p);
            if matches!(self.types.kind(pu), TypeKind::Struct(_)) {
                base = p;
            }
        }
        let pkg = Some(self.cur.pkg);
        let bs = self.type_string(base);
        match self.lookup_field_or_method(base, pkg, &sel.name) {
            LookupResult::Field { obj, ty, index, indirect } => {
                if indirect {
                    self.error(
                        xe.span,
                        format!(
                            "invalid argument: field {} is embedded via a pointer in {bs}",
                            sel.name
                        ),
                    );
                    return inv;
                }
                if let Some(o) = obj {
                    self.record_use(sel.id, o);
                    self.record_selection(
                        inner.id,
                        Selection {
                            kind: SelectionKind::FieldVal,
                            recv: base,
                            obj: o,
                            index: index.clone(),
                            indirect: false,
                            addr: false,
                            ty,
                        },
                    );
                }
                let mode = if x.mode == Mode::Variable { Mode::Variable } else { Mode::Value };
                let sx = Operand { mode, ty, val: None, id: inner.id, span: inner.span };
                self.record_type(&sx);
                let uintptr = self.types.basic(BasicKind::Uintptr);
                if self.has_var_size(base, 0) {
                    return Operand {
                        mode: Mode::Value,
                        ty: uintptr,
                        val: None,
                        id: e.id,
                        span: e.span,
                    };
                }
                let off = self.offset_of_path(base, &index);
                Operand {
                    mode: Mode::Constant,
                    ty: uintptr,
                    val: Some(Value::int(off as i64)),
                    id: e.id,
                    span: e.span,
                }
            }
            LookupResult::Method { .. } => {
                let s = expr_string(arg);
                self.error(arg.span, format!("invalid argument: {s} is a method value"));
                inv
            }
            LookupResult::NotFound | LookupResult::Ambiguous => {
                self.error(
                    xe.span,
                    format!("invalid argument: {bs} has no single field {}", sel.name),
                );
                inv
            }
        }
    }

    /// The byte offset of the field reached by `index` (embedded, non-pointer path) in `t`.
    fn offset_of_path(&mut self, t: TypeId, index: &[usize]) -> u64 {
        let mut off = 0u64;
        let mut cur = t;
        for &i in index {
            let offs = self.field_offsets(cur);
            off = off.saturating_add(offs.get(i).copied().unwrap_or(0));
            let u = self.under(cur);
            let TypeKind::Struct(fields) = self.types.kind(u) else { break };
            let Some(f) = fields.get(i) else { break };
            cur = f.ty;
        }
        off
    }

    /// gc's `hasVarSize`: the size depends on a type parameter.
    pub(crate) fn has_var_size(&mut self, t: TypeId, depth: usize) -> bool {
        if depth > 64 {
            return false;
        }
        if self.types.is_type_param(t) {
            return true;
        }
        let u = self.under(t);
        match self.types.kind(u).clone() {
            TypeKind::Array(_, e) => self.has_var_size(e, depth + 1),
            TypeKind::Struct(fields) => fields.iter().any(|f| self.has_var_size(f.ty, depth + 1)),
            TypeKind::TypeParam(_) => true,
            _ => false,
        }
    }

    /// A length/capacity argument of make: a non-negative integer.
    fn size_arg(&mut self, a: &Expr) -> Option<i64> {
        let mut x = self.expr(a);
        if x.mode == Mode::Invalid {
            return None;
        }
        if self.types.is_untyped(x.ty) {
            let int = self.types.basic(BasicKind::Int);
            let kind_ok = x.val.as_ref().is_some_and(|v| v.to_int().is_some());
            if x.mode == Mode::Constant && !kind_ok {
                let s = self.op_string(a, &x);
                self.error(a.span, format!("{s} truncated to int"));
                return None;
            }
            self.convert_untyped(&mut x, a, int);
            if x.mode == Mode::Invalid {
                return None;
            }
        }
        if !self.is_integer_type(x.ty) {
            let s = self.op_string(a, &x);
            self.error(a.span, format!("cannot convert {s} to type int"));
            return None;
        }
        if x.mode == Mode::Constant {
            let v = x.val.as_ref().and_then(|v| v.to_i64());
            if let Some(v) = v {
                if v < 0 {
                    let s = expr_string(a);
                    self.error(a.span, format!("invalid argument: index {s} (constant of type int) must not be negative"));
                    return None;
                }
            }
            return v;
        }
        None
    }

    fn min_max(&mut self, e: &Expr, b: Builtin, args: &[Expr]) -> Operand {
        let mut ops = Vec::new();
        for a in args {
            let x = self.expr(a);
            if x.mode == Mode::Invalid {
                return self.invalid_op(e);
            }
            ops.push(x);
        }
        // All operands must be ordered and of one type.
        let mut acc = ops[0].clone();
        for (i, a) in args.iter().enumerate() {
            let ordered = {
                let t = ops[i].ty;
                if self.types.is_type_param(t) {
                    let mut pred = |c: &mut Checker, u: TypeId| {
                        c.types.basic_kind(u).is_some_and(BasicKind::is_ordered)
                    };
                    self.all_types(t, &mut pred)
                } else {
                    let u = self.under(t);
                    self.types.basic_kind(u).is_some_and(BasicKind::is_ordered)
                }
            };
            if !ordered {
                let s = self.op_string(a, &ops[i]);
                self.error(a.span, format!("invalid argument: {s} cannot be ordered"));
                return self.invalid_op(e);
            }
            if i == 0 {
                continue;
            }
            let mut y = ops[i].clone();
            // Match untyped operands.
            if self.types.is_untyped(acc.ty) && !self.types.is_untyped(y.ty) {
                let yt = y.ty;
                self.convert_untyped(&mut acc, &args[0], yt);
            } else if self.types.is_untyped(y.ty) {
                let at = acc.ty;
                self.convert_untyped(&mut y, a, at);
            }
            if acc.mode == Mode::Invalid || y.mode == Mode::Invalid {
                return self.invalid_op(e);
            }
            if !self.identical(acc.ty, y.ty) {
                let (ats, yts) = (self.type_string(acc.ty), self.type_string(y.ty));
                let es = expr_string(a);
                self.error(a.span, format!("invalid argument: mismatched types {ats} (previous argument) and {yts} (type of {es})"));
                return self.invalid_op(e);
            }
            if acc.mode == Mode::Constant && y.mode == Mode::Constant {
                let (av, yv) = (acc.val.clone(), y.val.clone());
                if let (Some(av), Some(yv)) = (av, yv) {
                    let pick_y =
                        constant::compare(if b == Builtin::Min { "<" } else { ">" }, &yv, &av)
                            .unwrap_or(false);
                    if pick_y {
                        acc.val = Some(yv);
                    }
                    acc.ty = y.ty;
                }
            } else {
                acc.mode = Mode::Value;
                acc.val = None;
                acc.ty = y.ty;
            }
        }
        Operand { id: e.id, span: e.span, ..acc }
    }
}

/// Whether `len(x)` must be evaluated at run time (x contains a call or receive).
fn has_call_or_recv(e: &Expr) -> bool {
    use escapade_syntax::ast::{ExprKind, UnaryOp};
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Unary { op: UnaryOp::Recv, .. } => true,
        ExprKind::Paren(x) | ExprKind::Star(x) => has_call_or_recv(x),
        ExprKind::Selector { x, .. } => has_call_or_recv(x),
        ExprKind::Index { x, indices } => {
            has_call_or_recv(x) || indices.iter().any(has_call_or_recv)
        }
        ExprKind::Unary { x, .. } => has_call_or_recv(x),
        ExprKind::Binary { x, y, .. } => has_call_or_recv(x) || has_call_or_recv(y),
        _ => false,
    }
}
