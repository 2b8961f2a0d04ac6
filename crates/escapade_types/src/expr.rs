//! Expressions: identifiers, literals, operators, selectors, index and slice expressions,
//! type assertions, function literals; untyped conversion and constant folding.

use escapade_syntax::ast::{self, BinaryOp, Expr, ExprKind, LitValue, UnaryOp};
use num_rational::BigRational;
use num_traits::Zero;

use crate::check::{Checker, Operand};
use crate::constant::{self, Value};
use crate::exprstring::expr_string;
use crate::info::{Mode, Selection, SelectionKind};
use crate::lookup::LookupResult;
use crate::objects::*;
use crate::types::*;

impl Checker {
    /// types2's operand description: `x (variable of type int)`.
    pub(crate) fn op_string(&mut self, e: &Expr, x: &Operand) -> String {
        let expr = expr_string(e);
        self.op_string_text(&expr, x)
    }

    pub(crate) fn op_string_text(&mut self, expr: &str, x: &Operand) -> String {
        if x.mode == Mode::Value && self.types.basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
            return "nil".to_string();
        }
        let mut s = String::new();
        if !expr.is_empty() {
            s.push_str(expr);
            s.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr | Mode::PkgName => {}
            _ => {
                if self.types.is_untyped(x.ty) {
                    s.push_str(self.types.basic_kind(x.ty).map_or("", |k| k.name()));
                    s.push(' ');
                } else {
                    has_type = true;
                }
            }
        }
        s.push_str(match x.mode {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::CommaOk => "comma, ok expression",
            Mode::PkgName => "package",
        });
        if x.mode == Mode::Constant {
            if let Some(v) = &x.val {
                let vs = v.display();
                if vs != expr {
                    s.push(' ');
                    s.push_str(&vs);
                }
            }
        }
        if has_type {
            if self.types.is_invalid(x.ty) {
                s.push_str(" with invalid type");
            } else {
                let mut desc = String::new();
                if let TypeKind::Named(n) = self.types.kind(x.ty) {
                    if !n.tparams.is_empty() && n.origin.is_none() {
                        desc.push_str("generic ");
                    }
                    let u = self.under(x.ty);
                    let what = match self.types.kind(u) {
                        TypeKind::Basic(k) => k.name(),
                        TypeKind::Array(..) => "array",
                        TypeKind::Slice(_) => "slice",
                        TypeKind::Struct(_) => "struct",
                        TypeKind::Pointer(_) => "pointer",
                        TypeKind::Func(_) => "func",
                        TypeKind::Interface(_) => "interface",
                        TypeKind::Map(..) => "map",
                        TypeKind::Chan(..) => "chan",
                        TypeKind::Tuple(_) => "tuple",
                        _ => "",
                    };
                    if !what.is_empty() {
                        desc.push_str(what);
                        desc.push(' ');
                    }
                }
                s.push_str(&format!(" of {desc}type "));
                s.push_str(&self.type_string(x.ty));
                if let TypeKind::TypeParam(p) = self.types.kind(x.ty) {
                    if let Some(b) = p.bound {
                        s.push_str(" constrained by ");
                        s.push_str(&self.type_string(b));
                    }
                }
            }
        }
        if !expr.is_empty() {
            s.push(')');
        }
        s
    }

    // -----------------------------------------------------------------------------------------
    // Entry points

    /// A single-valued expression (not a type).
    pub fn expr(&mut self, e: &Expr) -> Operand {
        self.expr_hint(e, None)
    }

    pub(crate) fn expr_hint(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        let mut x = self.raw_expr(e, hint, false);
        self.single_value(e, &mut x);
        self.exclude_type(e, &mut x);
        x
    }

    /// An expression that may be multi-valued (right side of an assignment, call args).
    pub(crate) fn multi_expr(&mut self, e: &Expr) -> Operand {
        let mut x = self.raw_expr(e, None, false);
        self.exclude_type(e, &mut x);
        if x.mode == Mode::NoValue {
            let s = expr_string(e);
            self.error(e.span, format!("{s} (no value) used as value"));
            x.mode = Mode::Invalid;
        }
        x
    }

    /// An expression or a type.
    pub(crate) fn expr_or_type(&mut self, e: &Expr, allow_generic: bool) -> Operand {
        let mut x = self.raw_expr(e, None, allow_generic);
        if x.mode == Mode::NoValue {
            let s = expr_string(e);
            self.error(e.span, format!("{s} (no value) used as value"));
            x.mode = Mode::Invalid;
        }
        x
    }

    fn exclude_type(&mut self, e: &Expr, x: &mut Operand) {
        match x.mode {
            Mode::TypeExpr => {
                let s = expr_string(e);
                self.error(e.span, format!("{s} (type) is not an expression"));
                x.mode = Mode::Invalid;
            }
            Mode::Builtin(b) => {
                self.error(e.span, format!("{} (built-in) must be called", b.name()));
                x.mode = Mode::Invalid;
            }
            Mode::NoValue => {
                let s = expr_string(e);
                self.error(e.span, format!("{s} (no value) used as value"));
                x.mode = Mode::Invalid;
            }
            Mode::PkgName => {
                let s = expr_string(e);
                self.error(e.span, format!("use of package {s} without selector"));
                x.mode = Mode::Invalid;
            }
            _ => {}
        }
    }

    pub(crate) fn single_value(&mut self, e: &Expr, x: &mut Operand) {
        if x.mode != Mode::Invalid && matches!(self.types.kind(x.ty), TypeKind::Tuple(_)) {
            let s = self.op_string(e, x);

            self.error(e.span, format!("multiple-value {s} in single-value context"));
            x.mode = Mode::Invalid;
        }
    }

    fn raw_expr(&mut self, e: &Expr, hint: Option<TypeId>, allow_generic: bool) -> Operand {
        let x = self.expr_kind(e, hint, allow_generic);
        // Generic functions must be instantiated unless called.
        self.record_type(&x);
        x
    }

    fn op(&self, e: &Expr, mode: Mode, ty: TypeId, val: Option<Value>) -> Operand {
        Operand { mode, ty, val, id: e.id, span: e.span }
    }

    fn expr_kind(&mut self, e: &Expr, hint: Option<TypeId>, allow_generic: bool) -> Operand {
        match &e.kind {
            ExprKind::Ident(id) => self.ident(e, id, allow_generic),
            ExprKind::BasicLit(lit) => self.basic_lit(e, lit),
            ExprKind::CompositeLit { ty, elts } => self.composite_lit(e, ty.as_deref(), elts, hint),
            ExprKind::FuncLit { sig, body } => {
                let scope = self.new_scope(Some(self.cur.scope), true);
                let saved = self.cur.scope;
                self.cur.scope = scope;
                let st = self.signature(sig, Vec::new());
                self.cur.scope = saved;
                self.func_body(scope, None, sig, st, body, None);
                self.op(e, Mode::Value, st, None)
            }
            ExprKind::Paren(inner) => {
                let x = self.raw_expr(inner, hint, allow_generic);
                Operand { id: e.id, span: e.span, ..x }
            }
            ExprKind::Selector { x, sel } => self.selector(e, x, sel, allow_generic),
            ExprKind::Index { x, indices } => self.index_expr(e, x, indices, allow_generic),
            ExprKind::Slice { x, low, high, max, three } => {
                self.slice_expr(e, x, low.as_deref(), high.as_deref(), max.as_deref(), *three)
            }
            ExprKind::TypeAssert { x, ty } => {
                let xo = self.expr(x);
                let Some(ty) = ty else {
                    self.error(e.span, "invalid syntax tree: use of .(type) outside type switch");
                    return self.invalid_op(e);
                };
                let t = self.type_expr(ty);
                if xo.mode == Mode::Invalid || self.types.is_invalid(t) {
                    return self.invalid_op(e);
                }
                if !self.is_interface(xo.ty) || self.types.is_type_param(xo.ty) {
                    let s = self.op_string(x, &xo);
                    self.error(x.span, format!("invalid operation: {s} is not an interface"));
                    return self.invalid_op(e);
                }
                self.type_assertion_ok(e, &xo, x, t);
                self.op(e, Mode::CommaOk, t, None)
            }
            ExprKind::Call { fun, args, spread } => self.call(e, fun, args, *spread),
            ExprKind::Star(inner) => {
                let x = self.expr_or_type(inner, false);
                match x.mode {
                    Mode::Invalid => self.invalid_op(e),
                    Mode::TypeExpr => {
                        let t = self.types.pointer(x.ty);
                        self.op(e, Mode::TypeExpr, t, None)
                    }
                    _ => {
                        if self.types.basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
                            self.error(e.span, "invalid operation: cannot indirect nil");
                            return self.invalid_op(e);
                        }
                        let core = self.core_type(x.ty);
                        match core.map(|c| self.types.kind(c).clone()) {
                            Some(TypeKind::Pointer(elem)) => self.op(e, Mode::Variable, elem, None),
                            _ => {
                                let s = self.op_string(inner, &x);
                                self.error(
                                    inner.span,
                                    format!("invalid operation: cannot indirect {s}"),
                                );
                                self.invalid_op(e)
                            }
                        }
                    }
                }
            }
            ExprKind::Unary { op, x } => self.unary(e, *op, x, hint),
            ExprKind::Binary { op, x, y } => self.binary(e, *op, x, y),
            ExprKind::KeyValue { .. } => {
                self.error(e.span, "unexpected key:value expression");
                self.invalid_op(e)
            }
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::StructType { .. }
            | ExprKind::InterfaceType { .. } => {
                let t = self.type_expr(e);
                if self.types.is_invalid(t) {
                    return self.invalid_op(e);
                }
                self.op(e, Mode::TypeExpr, t, None)
            }
            ExprKind::Tilde(_) | ExprKind::Union(_) => {
                self.error(e.span, format!("cannot use {} as value", expr_string(e)));
                self.invalid_op(e)
            }
            ExprKind::Bad => self.invalid_op(e),
        }
    }

    fn ident(&mut self, e: &Expr, id: &ast::Ident, allow_generic: bool) -> Operand {
        if id.name == "_" {
            self.error(e.span, "cannot use _ as value or type");
            return self.invalid_op(e);
        }
        let Some((obj, _)) = self.lookup(self.cur.scope, &id.name) else {
            if id.name == "iota" {
                self.error(e.span, "cannot use iota outside constant declaration");
            } else {
                self.error(e.span, format!("undefined: {}", id.name));
            }
            return self.invalid_op(e);
        };
        self.record_use(id.id, obj);
        self.use_obj(e, obj, allow_generic)
    }

    /// The operand for a reference to object `obj`.
    pub(crate) fn use_obj(&mut self, e: &Expr, obj: ObjId, allow_generic: bool) -> Operand {
        let kind = self.obj(obj).kind.clone();
        match kind {
            ObjKind::PkgName { .. } => {
                self.obj_mut(obj).used = true;
                self.op(e, Mode::PkgName, self.types.invalid(), None)
            }
            ObjKind::Const { .. } => {
                let t = self.obj_type(obj);
                if self.obj(obj).name == "iota" && self.obj(obj).pkg.is_none() {
                    return match self.cur.iota.clone() {
                        Some(v) => self.op(e, Mode::Constant, t, Some(v)),
                        None => {
                            self.error(e.span, "cannot use iota outside constant declaration");
                            self.invalid_op(e)
                        }
                    };
                }
                let val = match &self.obj(obj).kind {
                    ObjKind::Const { value } => value.clone(),
                    _ => None,
                };
                if self.types.is_invalid(t) || val.is_none() {
                    return self.invalid_op(e);
                }
                self.op(e, Mode::Constant, t, val)
            }
            ObjKind::TypeName { .. } => {
                let t = self.obj_type(obj);
                if self.types.is_invalid(t) {
                    return self.invalid_op(e);
                }
                if !allow_generic {
                    if let Some(n) = self.types.named(t) {
                        if !n.tparams.is_empty() && n.origin.is_none() {
                            // Reported by type_expr with the full header.
                        }
                    }
                }
                self.op(e, Mode::TypeExpr, t, None)
            }
            ObjKind::Var { .. } => {
                self.obj_mut(obj).used = true;
                let t = self.obj_type(obj);
                if self.types.is_invalid(t) {
                    return self.invalid_op(e);
                }
                self.op(e, Mode::Variable, t, None)
            }
            ObjKind::Func { .. } => {
                self.obj_mut(obj).used = true;
                let t = self.obj_type(obj);
                if self.types.is_invalid(t) {
                    return self.invalid_op(e);
                }
                self.op(e, Mode::Value, t, None)
            }
            ObjKind::Builtin(b) => self.op(e, Mode::Builtin(b), self.types.invalid(), None),
            ObjKind::Nil => self.op(e, Mode::Value, self.types.basic(BasicKind::UntypedNil), None),
            ObjKind::Label => self.invalid_op(e),
        }
    }

    fn basic_lit(&mut self, e: &Expr, lit: &ast::BasicLit) -> Operand {
        let (kind, val) = match &lit.value {
            LitValue::Int { .. } => {
                (BasicKind::UntypedInt, constant::parse_int_lit(&lit.raw).map(Value::Int))
            }
            LitValue::Float { .. } => {
                (BasicKind::UntypedFloat, constant::parse_float_lit(&lit.raw).map(Value::Float))
            }
            LitValue::Imag { .. } => (
                BasicKind::UntypedComplex,
                constant::parse_imag_lit(&lit.raw)
                    .map(|im| Value::Complex(BigRational::zero(), im)),
            ),
            LitValue::Rune { value } => {
                (BasicKind::UntypedRune, value.map(|v| Value::int(i64::from(v))))
            }
            LitValue::Str { value, .. } => {
                (BasicKind::UntypedString, Some(Value::Str(value.clone())))
            }
        };
        match val {
            Some(v) => self.op(e, Mode::Constant, self.types.basic(kind), Some(v)),
            None => {
                self.error(e.span, format!("malformed constant: {}", lit.raw));
                self.invalid_op(e)
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Untyped conversion

    /// Converts an untyped operand to `target` (types2's convertUntyped); reports failures.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand, e: &Expr, target: TypeId) {
        if x.mode == Mode::Invalid || !self.types.is_untyped(x.ty) || self.types.is_invalid(target)
        {
            return;
        }
        match self.implicit_type(x, target) {
            Ok(Some(t)) => {
                if let (Mode::Constant, Some(v)) = (x.mode, &x.val) {
                    let tu = self.under(t);
                    if let Some(k) = self.types.basic_kind(tu) {
                        if let Ok(v2) = v.represent(k) {
                            x.val = Some(v2);
                        }
                    }
                }
                if !self.types.is_untyped(t) {
                    self.record_implicit(x.id, t);
                }
                x.ty = t;
                self.record_type(x);
            }
            Ok(None) => {}
            Err(code) => {
                let s = self.op_string(e, x);
                let ts = self.type_string(target);
                let msg = match code {
                    Some(constant::NotRepresentable::Truncated) => format!("{s} truncated to {ts}"),
                    Some(constant::NotRepresentable::Overflows) => format!("{s} overflows {ts}"),
                    _ => format!("cannot convert {s} to type {ts}"),
                };
                self.error(x.span, msg);
                x.mode = Mode::Invalid;
            }
        }
    }

    /// The type an untyped operand takes when used as `target`; `Ok(None)` for no change.
    /// Errors carry the representability failure (if any).
    pub(crate) fn implicit_type(
        &mut self,
        x: &Operand,
        target: TypeId,
    ) -> Result<Option<TypeId>, Option<constant::NotRepresentable>> {
        let xk = self.types.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
        if self.types.is_untyped(target) {
            // Both untyped: the larger numeric kind wins.
            let tk = self.types.basic_kind(target).unwrap_or(BasicKind::Invalid);
            if xk.is_numeric() && tk.is_numeric() {
                let rank = |k: BasicKind| match k {
                    BasicKind::UntypedInt => 1,
                    BasicKind::UntypedRune => 2,
                    BasicKind::UntypedFloat => 3,
                    _ => 4,
                };
                return Ok(Some(if rank(tk) > rank(xk) { target } else { x.ty }));
            }
            if xk != tk {
                return Err(None);
            }
            return Ok(None);
        }
        if self.types.is_type_param(target) {
            // Must convert to every type in the type set.
            let Some(types) = self.specific_types(target) else {
                return Err(None);
            };
            for t in types {
                self.implicit_type(x, t)?;
            }
            return Ok(Some(target));
        }
        let tu = self.under(target);
        match self.types.kind(tu).clone() {
            TypeKind::Basic(tk) => {
                if x.mode == Mode::Constant {
                    if let Some(v) = &x.val {
                        return match v.represent(tk) {
                            Ok(_) => Ok(Some(target)),
                            Err(constant::NotRepresentable::Mismatch) => Err(None),
                            Err(c) => {
                                if xk.is_numeric() && tk.is_numeric() {
                                    if !xk.is_integer() && tk.is_integer() {
                                        Err(Some(constant::NotRepresentable::Truncated))
                                    } else {
                                        Err(Some(c))
                                    }
                                } else {
                                    Err(None)
                                }
                            }
                        };
                    }
                }
                let tk = tk.canonical();
                let ok = match xk {
                    BasicKind::UntypedBool => tk.is_boolean(),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => tk.is_numeric(),
                    BasicKind::UntypedString => tk.is_string(),
                    BasicKind::UntypedNil => tk == BasicKind::UnsafePointer,
                    _ => false,
                };
                if ok {
                    Ok(Some(target))
                } else {
                    Err(None)
                }
            }
            TypeKind::Interface(_) => {
                if xk == BasicKind::UntypedNil {
                    return Ok(Some(self.types.basic(BasicKind::UntypedNil)));
                }
                // Values get their default type inside an interface (if it has no methods).
                let ts = self.type_set(tu);
                if !ts.methods.is_empty() || ts.terms.is_some() {
                    return Err(None);
                }
                Ok(Some(self.default_type_of_kind(xk)))
            }
            TypeKind::Pointer(_)
            | TypeKind::Func(_)
            | TypeKind::Slice(_)
            | TypeKind::Map(..)
            | TypeKind::Chan(..) => {
                if xk == BasicKind::UntypedNil {
                    Ok(Some(self.types.basic(BasicKind::UntypedNil)))
                } else {
                    Err(None)
                }
            }
            _ => Err(None),
        }
    }

    /// The default type of an untyped operand (for `x := 1`).
    pub(crate) fn default_type(&self, t: TypeId) -> TypeId {
        match self.types.basic_kind(t) {
            Some(k) if k.is_untyped() => self.default_type_of_kind(k),
            _ => t,
        }
    }

    // -----------------------------------------------------------------------------------------
    // Operators

    fn unary(&mut self, e: &Expr, op: UnaryOp, xe: &Expr, hint: Option<TypeId>) -> Operand {
        match op {
            UnaryOp::Addr => {
                // &T{} is allowed; so is &x for addressable x.
                let inner = strip_parens(xe);
                let hint_elem = hint.and_then(|h| {
                    let u = self.under(h);
                    match self.types.kind(u) {
                        TypeKind::Pointer(el) => Some(*el),
                        _ => None,
                    }
                });
                let x = self.raw_expr(xe, hint_elem, false);
                let mut x = x;
                self.single_value(xe, &mut x);
                self.exclude_type(xe, &mut x);
                if x.mode == Mode::Invalid {
                    return self.invalid_op(e);
                }
                let is_lit = matches!(inner.kind, ExprKind::CompositeLit { .. });
                if x.mode != Mode::Variable && !is_lit {
                    let s = self.op_string(xe, &x);
                    self.error(xe.span, format!("invalid operation: cannot take address of {s}"));
                    return self.invalid_op(e);
                }
                let t = self.types.pointer(x.ty);
                self.op(e, Mode::Value, t, None)
            }
            UnaryOp::Recv => {
                let x = self.expr(xe);
                if x.mode == Mode::Invalid {
                    return self.invalid_op(e);
                }
                let core = self.core_type(x.ty);
                match core.map(|c| self.types.kind(c).clone()) {
                    Some(TypeKind::Chan(dir, elem)) => {
                        if dir == ChanDir::Send {
                            let s = self.op_string(xe, &x);
                            let ts = self.type_string(x.ty);
                            let _ = ts;
                            let full = s_with_type_prefix(self, &x, &s);
                            self.error(xe.span, format!("invalid operation: cannot receive from send-only channel {full}"));
                            return self.invalid_op(e);
                        }
                        self.op(e, Mode::CommaOk, elem, None)
                    }
                    _ => {
                        let s = self.op_string(xe, &x);
                        self.error(
                            e.span,
                            format!("invalid operation: cannot receive from non-channel {s}"),
                        );
                        self.invalid_op(e)
                    }
                }
            }
            _ => {
                let mut x = self.expr(xe);
                if x.mode == Mode::Invalid {
                    return self.invalid_op(e);
                }
                let ok = {
                    let ty = x.ty;
                    let mut pred = |c: &mut Checker, u: TypeId| {
                        let k = c.types.basic_kind(u);
                        match op {
                            UnaryOp::Pos | UnaryOp::Neg => k.is_some_and(BasicKind::is_numeric),
                            UnaryOp::Xor => k.is_some_and(BasicKind::is_integer),
                            UnaryOp::Not => k.is_some_and(BasicKind::is_boolean),
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
                    let s = self.op_string(xe, &x);
                    self.error(
                        xe.span,
                        format!("invalid operation: operator {} not defined on {s}", op.as_str()),
                    );
                    return self.invalid_op(e);
                }
                if let (Mode::Constant, Some(v)) = (x.mode, x.val.clone()) {
                    let u = self.under(x.ty);
                    let k = self.types.basic_kind(u).unwrap_or(BasicKind::Invalid);
                    let bits = if k.is_unsigned() { Some(k.size() as u32 * 8) } else { None };
                    match constant::unary(op.as_str(), &v, bits) {
                        Some(r) => {
                            x.val = Some(r);
                            self.check_overflow(e, &mut x);
                        }
                        None => x.mode = Mode::Value,
                    }
                    return Operand { id: e.id, span: e.span, ..x };
                }
                Operand { mode: Mode::Value, id: e.id, span: e.span, val: None, ty: x.ty }
            }
        }
    }

    /// Reports a typed constant that does not fit its type (and untyped ones that are absurd).
    fn check_overflow(&mut self, e: &Expr, x: &mut Operand) {
        let Some(v) = x.val.clone() else { return };
        if self.types.is_untyped(x.ty) {
            if let Value::Int(i) = &v {
                if i.bits() > 512 {
                    self.error(e.span, "constant overflow".to_string());
                    x.mode = Mode::Invalid;
                }
            }
            return;
        }
        let u = self.under(x.ty);
        let Some(k) = self.types.basic_kind(u) else { return };
        match v.represent(k) {
            Ok(v2) => x.val = Some(v2),
            Err(code) => {
                let s = self.op_string(e, x);
                let ts = self.type_string(x.ty);
                let msg = match code {
                    constant::NotRepresentable::Truncated => format!("{s} truncated to {ts}"),
                    constant::NotRepresentable::Overflows => format!("{s} overflows {ts}"),
                    _ => format!("cannot convert {s} to type {ts}"),
                };
                self.error(e.span, msg);
                x.mode = Mode::Invalid;
            }
        }
    }

    fn may_convert(&mut self, x: &Operand, y: &Operand) -> bool {
        let (xt, yt) = (x.ty, y.ty);
        if !self.types.is_untyped(xt) && !self.types.is_untyped(yt) {
            return false;
        }
        let xu = self.under(xt);
        let yu = self.under(yt);
        let kx = self.types.basic_kind(xu);
        let ky = self.types.basic_kind(yu);
        let basic = |k: Option<BasicKind>| k.is_some();
        let is_nil = |k: Option<BasicKind>| k == Some(BasicKind::UntypedNil);
        if is_nil(kx) {
            return self.has_nil(yt);
        }
        if is_nil(ky) {
            return self.has_nil(xt);
        }
        if self.types.is_type_param(xt) || self.types.is_type_param(yt) {
            return true;
        }
        if basic(kx) != basic(ky) {
            return false;
        }
        if kx.is_some_and(BasicKind::is_boolean) != ky.is_some_and(BasicKind::is_boolean) {
            return false;
        }
        if kx.is_some_and(BasicKind::is_string) != ky.is_some_and(BasicKind::is_string) {
            return false;
        }
        if matches!(self.types.kind(xu), TypeKind::Pointer(_))
            || matches!(self.types.kind(yu), TypeKind::Pointer(_))
        {
            return false;
        }
        true
    }

    pub(crate) fn has_nil(&mut self, t: TypeId) -> bool {
        if self.types.is_type_param(t) {
            let mut pred = |c: &mut Checker, u: TypeId| c.has_nil(u);
            return self.all_types(t, &mut pred);
        }
        let u = self.under(t);
        matches!(
            self.types.kind(u),
            TypeKind::Pointer(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Func(_)
                | TypeKind::Interface(_)
                | TypeKind::Basic(BasicKind::UnsafePointer)
        )
    }

    /// Brings two operands to a common type (types2's matchTypes).
    fn match_types(&mut self, x: &mut Operand, xe: &Expr, y: &mut Operand, ye: &Expr) {
        if self.may_convert(x, y) {
            let yt = y.ty;
            self.convert_untyped(x, xe, yt);
            if x.mode == Mode::Invalid {
                return;
            }
            let xt = x.ty;
            self.convert_untyped(y, ye, xt);
        }
    }

    pub(crate) fn binary(&mut self, e: &Expr, op: BinaryOp, xe: &Expr, ye: &Expr) -> Operand {
        let mut x = self.expr(xe);
        let mut y = self.expr(ye);
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return self.invalid_op(e);
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(e, op, x, xe, y, ye);
        }
        self.match_types(&mut x, xe, &mut y, ye);
        if x.mode == Mode::Invalid || y.mode == Mode::Invalid {
            return self.invalid_op(e);
        }
        if is_comparison(op) {
            return self.comparison(e, op, x, xe, y, ye);
        }
        if !self.identical(x.ty, y.ty) {
            let (xs, ys) = (self.type_string(x.ty), self.type_string(y.ty));
            let s = expr_string(e);
            self.error(xe.span, format!("invalid operation: {s} (mismatched types {xs} and {ys})"));
            return self.invalid_op(e);
        }
        let ty = x.ty;
        let ok = {
            let mut pred = |c: &mut Checker, u: TypeId| {
                let k = c.types.basic_kind(u);
                match op {
                    BinaryOp::Add => k.is_some_and(|k| k.is_numeric() || k.is_string()),
                    BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Quo => {
                        k.is_some_and(BasicKind::is_numeric)
                    }
                    BinaryOp::Rem
                    | BinaryOp::And
                    | BinaryOp::Or
                    | BinaryOp::Xor
                    | BinaryOp::AndNot => k.is_some_and(BasicKind::is_integer),
                    BinaryOp::LAnd | BinaryOp::LOr => k.is_some_and(BasicKind::is_boolean),
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
            let s = self.op_string(xe, &x);
            self.error(
                xe.span,
                format!("invalid operation: operator {} not defined on {s}", op.as_str()),
            );
            return self.invalid_op(e);
        }
        // Division by zero.
        if matches!(op, BinaryOp::Quo | BinaryOp::Rem)
            && (x.mode == Mode::Constant || self.is_integer_type(x.ty))
            && y.mode == Mode::Constant
            && y.val.as_ref().is_some_and(|v| constant::sign(v) == 0)
        {
            self.error(ye.span, "invalid operation: division by zero");
            return self.invalid_op(e);
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let (xv, yv) =
                (x.val.clone().unwrap_or(Value::int(0)), y.val.clone().unwrap_or(Value::int(0)));
            let int_div = self.is_integer_type(x.ty);
            match constant::binary(op.as_str(), &xv, &yv, int_div) {
                Some(v) => {
                    let mut r = self.op(e, Mode::Constant, ty, Some(v));
                    self.check_overflow(e, &mut r);
                    return r;
                }
                None => return self.op(e, Mode::Value, ty, None),
            }
        }
        self.op(e, Mode::Value, ty, None)
    }

    pub(crate) fn is_integer_type(&mut self, t: TypeId) -> bool {
        if self.types.is_type_param(t) {
            let mut pred = |c: &mut Checker, u: TypeId| {
                c.types.basic_kind(u).is_some_and(BasicKind::is_integer)
            };
            return self.all_types(t, &mut pred);
        }
        let u = self.under(t);
        self.types.basic_kind(u).is_some_and(BasicKind::is_integer)
    }

    fn comparison(
        &mut self,
        e: &Expr,
        op: BinaryOp,
        x: Operand,
        xe: &Expr,
        y: Operand,
        ye: &Expr,
    ) -> Operand {
        let xnil = self.types.basic_kind(x.ty) == Some(BasicKind::UntypedNil);
        let ynil = self.types.basic_kind(y.ty) == Some(BasicKind::UntypedNil);
        let mut err: Option<(String, Span2)> = None;
        let ok_assign = self.assignable_type(&x, y.ty) || self.assignable_type(&y, x.ty);
        if !ok_assign {
            let (xs, ys) = (self.type_string(x.ty), self.type_string(y.ty));
            err = Some((format!("mismatched types {xs} and {ys}"), Span2::X));
        } else if matches!(op, BinaryOp::Eql | BinaryOp::Neq) {
            if xnil || ynil {
                let other = if xnil { &y } else { &x };
                let ot = other.ty;
                if !xnil || !ynil {
                    if !self.has_nil(ot) {
                        let (xs, ys) = (self.type_string(x.ty), self.type_string(y.ty));
                        err = Some((format!("mismatched types {xs} and {ys}"), Span2::X));
                    }
                } else {
                    err = Some(("operator == not defined on nil".into(), Span2::X));
                }
            } else if !self.comparable(x.ty) {
                err = Some((self.incomparable_cause(x.ty), Span2::X));
            } else if !self.comparable(y.ty) {
                err = Some((self.incomparable_cause(y.ty), Span2::Y));
            }
        } else {
            let ordered = |c: &mut Checker, t: TypeId| {
                if c.types.is_type_param(t) {
                    let mut pred = |c: &mut Checker, u: TypeId| {
                        c.types.basic_kind(u).is_some_and(BasicKind::is_ordered)
                    };
                    return c.all_types(t, &mut pred);
                }
                let u = c.under(t);
                c.types.basic_kind(u).is_some_and(BasicKind::is_ordered)
            };
            let (xo, yo) = (ordered(self, x.ty), ordered(self, y.ty));
            let (xp, yp) = (self.types.is_type_param(x.ty), self.types.is_type_param(y.ty));
            if (!xo || !yo) && (xp || yp) {
                // gc names the type parameter (x's, unless only y is one).
                let (t, which) = if xp { (x.ty, Span2::X) } else { (y.ty, Span2::Y) };
                let ts = self.type_string(t);
                let cause = format!("type parameter {ts} cannot use operator {}", op.as_str());
                err = Some((cause, which));
            } else if !xo {
                let s = self.op_string(xe, &x);
                err = Some((format!("operator {} not defined on {s}", op.as_str()), Span2::X));
            } else if !yo {
                let s = self.op_string(ye, &y);
                err = Some((format!("operator {} not defined on {s}", op.as_str()), Span2::Y));
            }
        }
        if let Some((cause, which)) = err {
            let at = match which {
                Span2::Y => ye.span,
                Span2::X if cause.starts_with("mismatched") => ye.span,
                Span2::X => xe.span,
            };
            let s = expr_string(e);
            let msg = if cause.starts_with("operator") {
                format!("invalid operation: {cause}")
            } else {
                format!("invalid operation: {s} ({cause})")
            };
            self.error(at, msg);
            return self.invalid_op(e);
        }
        let ub = self.types.basic(BasicKind::UntypedBool);
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            if let (Some(a), Some(b)) = (&x.val, &y.val) {
                if let Some(r) = constant::compare(op.as_str(), a, b) {
                    return self.op(e, Mode::Constant, ub, Some(Value::Bool(r)));
                }
            }
        }
        // Operands of a comparison get their default types.
        let mut x = x;
        let mut y = y;
        for (o, oe) in [(&mut x, xe), (&mut y, ye)] {
            if self.types.is_untyped(o.ty)
                && self.types.basic_kind(o.ty) != Some(BasicKind::UntypedNil)
            {
                let d = self.default_type(o.ty);
                self.convert_untyped(o, oe, d);
            }
        }
        self.op(e, Mode::Value, ub, None)
    }

    fn incomparable_cause(&mut self, t: TypeId) -> String {
        let u = self.under(t);
        match self.types.kind(u).clone() {
            TypeKind::Slice(_) => "slice can only be compared to nil".into(),
            TypeKind::Map(..) => "map can only be compared to nil".into(),
            TypeKind::Func(_) => "func can only be compared to nil".into(),
            TypeKind::Struct(fields) => {
                for f in fields {
                    if !self.comparable(f.ty) {
                        let ts = self.type_string(f.ty);
                        return format!("struct containing {ts} cannot be compared");
                    }
                }
                "struct cannot be compared".into()
            }
            TypeKind::Array(_, el) => {
                let ts = self.type_string(el);
                let _ = ts;
                let s = self.type_string(t);
                format!("{s} cannot be compared")
            }
            _ => {
                let s = self.type_string(t);
                if self.types.is_type_param(t) {
                    "incomparable types in type set".to_string()
                } else {
                    format!("{s} cannot be compared")
                }
            }
        }
    }

    fn shift(
        &mut self,
        e: &Expr,
        op: BinaryOp,
        mut x: Operand,
        xe: &Expr,
        mut y: Operand,
        ye: &Expr,
    ) -> Operand {
        // The left operand must be an integer (or an untyped constant representable as one).
        let xu = self.under_copy(x.ty);
        let xk = self.types.basic_kind(xu);
        let x_untyped_const = x.mode == Mode::Constant && self.types.is_untyped(x.ty);
        if x_untyped_const {
            if let Some(i) = x.val.as_ref().and_then(|v| v.to_int()) {
                x.val = Some(Value::Int(i));
                if xk != Some(BasicKind::UntypedRune) {
                    x.ty = self.types.basic(BasicKind::UntypedInt);
                }
            } else {
                let s = self.op_string(xe, &x);
                self.error(
                    xe.span,
                    format!("invalid operation: shifted operand {s} must be integer"),
                );
                return self.invalid_op(e);
            }
        } else if !self.is_integer_type(x.ty) {
            let s = self.op_string(xe, &x);
            self.error(xe.span, format!("invalid operation: shifted operand {s} must be integer"));
            return self.invalid_op(e);
        }
        // The right operand: a non-negative integer.
        if y.mode == Mode::Constant {
            match y.val.as_ref().and_then(|v| v.to_int()) {
                Some(n) if n.sign() != num_bigint::Sign::Minus => {
                    if self.types.is_untyped(y.ty) {
                        y.val = Some(Value::Int(n));
                        let uint = self.types.basic(BasicKind::Uint);
                        self.convert_untyped(&mut y, ye, uint);
                    }
                }
                Some(_) => {
                    let s = self.op_string(ye, &y);
                    self.error(ye.span, format!("invalid shift count {s} (must be non-negative)"));
                    return self.invalid_op(e);
                }
                None => {
                    let s = self.op_string(ye, &y);
                    self.error(ye.span, format!("invalid shift count {s}"));
                    return self.invalid_op(e);
                }
            }
        } else if !self.is_integer_type(y.ty) {
            let s = self.op_string(ye, &y);
            self.error(ye.span, format!("shift count {s} must be integer"));
            return self.invalid_op(e);
        }
        if x.mode == Mode::Constant {
            if y.mode == Mode::Constant {
                let s = y
                    .val
                    .as_ref()
                    .and_then(|v| v.to_int())
                    .and_then(|n| u64::try_from(n).ok())
                    .unwrap_or(0);
                let xi = x.val.as_ref().and_then(|v| v.to_int()).unwrap_or_default();
                if s > 10_000 {
                    let es = expr_string(ye);
                    self.error(ye.span, format!("invalid shift count {es}"));
                    return self.invalid_op(e);
                }
                let r = constant::shift(&xi, op == BinaryOp::Shl, s);
                let mut out = self.op(e, Mode::Constant, x.ty, r.map(Value::Int));
                if out.val.is_none() {
                    out.mode = Mode::Value;
                }
                self.check_overflow(e, &mut out);
                return out;
            }
            if self.types.is_untyped(x.ty) {
                // Non-constant shift of an untyped constant: the result stays untyped and
                // takes its type from the context (its default type without one).
                return self.op(e, Mode::Value, x.ty, None);
            }
        }
        self.op(e, Mode::Value, x.ty, None)
    }

    fn under_copy(&mut self, t: TypeId) -> TypeId {
        self.under(t)
    }

    // -----------------------------------------------------------------------------------------
    // Selectors

    fn selector(&mut self, e: &Expr, xe: &Expr, sel: &ast::Ident, allow_generic: bool) -> Operand {
        // Qualified identifier?
        if let ExprKind::Ident(pid) = &xe.kind {
            if let Some((o, _)) = self.lookup(self.cur.scope, &pid.name) {
                if let ObjKind::PkgName { pkg } = self.obj(o).kind {
                    self.record_use(pid.id, o);
                    self.obj_mut(o).used = true;
                    let scope = self.pkgs[pkg.0 as usize].scope;
                    let found = self.scopes[scope.0 as usize].names.get(&sel.name).copied();
                    let pkg_name = pid.name.clone();
                    let Some(target) = found.filter(|&t| {
                        self.obj(t).exported()
                            || self.obj(t).kind == ObjKind::Builtin(Builtin::Sizeof)
                            || matches!(self.obj(t).kind, ObjKind::Builtin(_))
                    }) else {
                        if found.is_none() && !self.pkgs[pkg.0 as usize].complete {
                            let path = self.pkgs[pkg.0 as usize].path.clone();
                            self.unsupported(sel.span, &format!("{pkg_name}.{} (package {path:?} is only partially declared in Escapade's std data)", sel.name));
                        } else if found.is_some() {
                            self.error(
                                sel.span,
                                format!(
                                    "name {} not exported by package {}",
                                    sel.name, self.pkgs[pkg.0 as usize].name
                                ),
                            );
                        } else {
                            // gc suggests an exported name equal but for case (the first).
                            let lower = sel.name.to_lowercase();
                            let alt = self.scopes[scope.0 as usize]
                                .names
                                .iter()
                                .find(|(n, &o)| n.to_lowercase() == lower && self.obj(o).exported())
                                .map(|(n, _)| format!(" (but have {n})"))
                                .unwrap_or_default();
                            self.error(
                                sel.span,
                                format!("undefined: {pkg_name}.{}{alt}", sel.name),
                            );
                        }
                        return self.invalid_op(e);
                    };
                    self.record_use(sel.id, target);
                    let x = self.use_obj(e, target, allow_generic);
                    return x;
                }
            }
        }
        let x = self.expr_or_type(xe, false);
        if x.mode == Mode::Invalid {
            return self.invalid_op(e);
        }
        if x.mode == Mode::TypeExpr {
            return self.method_expr(e, &x, xe, sel);
        }
        if x.mode == Mode::Builtin(Builtin::Len) {
            return self.invalid_op(e);
        }
        let mut x = x;
        self.single_value(xe, &mut x);
        if x.mode == Mode::Invalid {
            return self.invalid_op(e);
        }
        if self.types.basic_kind(x.ty) == Some(BasicKind::UntypedNil) {
            self.error(
                e.span,
                format!(
                    "invalid operation: {} (nil has no field or method {})",
                    expr_string(e),
                    sel.name
                ),
            );
            return self.invalid_op(e);
        }
        // Type parameters: look up in the core type or the constraint's methods.
        let pkg = Some(self.cur.pkg);
        let mut lookup_t = x.ty;
        if self.types.is_type_param(x.ty) {
            let bound = self.under(x.ty);
            let ts = self.type_set(bound);
            if let Some((i, m)) = ts.methods.iter().enumerate().find(|(_, m)| m.name == sel.name) {
                let sig = m.sig;
                if let Some(obj) = m.obj {
                    self.record_use(sel.id, obj);
                    self.record_selection(
                        e.id,
                        Selection {
                            kind: SelectionKind::MethodVal,
                            recv: x.ty,
                            obj,
                            index: vec![i],
                            indirect: false,
                            addr: false,
                            ty: sig,
                        },
                    );
                }
                return self.op(e, Mode::Value, sig, None);
            }
            if let Some(core) = self.core_type(x.ty) {
                lookup_t = core;
            }
        } else if let TypeKind::Pointer(el) = self.types.kind(x.ty).clone() {
            if self.types.is_type_param(el) {
                if let Some(core) = self.core_type(el) {
                    lookup_t = self.types.pointer(core);
                }
            }
        }
        match self.lookup_field_or_method(lookup_t, pkg, &sel.name) {
            LookupResult::Field { obj, ty, index, indirect } => {
                if let Some(o) = obj {
                    self.record_use(sel.id, o);
                    self.record_selection(
                        e.id,
                        Selection {
                            kind: SelectionKind::FieldVal,
                            recv: x.ty,
                            obj: o,
                            index,
                            indirect,
                            addr: false,
                            ty,
                        },
                    );
                }
                let mode =
                    if x.mode == Mode::Variable || indirect { Mode::Variable } else { Mode::Value };
                self.op(e, mode, ty, None)
            }
            LookupResult::Method { obj, recv_named, index, indirect, sig } => {
                let sig = match sig {
                    Some(s) => s,
                    None => self.method_sig(obj, recv_named),
                };
                let ptr_recv = self.has_ptr_recv(obj);
                let xt_is_ptr = matches!(self.types.kind(x.ty), TypeKind::Pointer(_));
                if ptr_recv && !indirect && !xt_is_ptr && x.mode != Mode::Variable {
                    let s = self.op_string(xe, &x);
                    self.error(
                        sel.span,
                        format!(
                            "cannot call pointer method {} on {}",
                            sel.name,
                            self.type_string(x.ty)
                        ),
                    );
                    let _ = s;
                    return self.invalid_op(e);
                }
                self.record_use(sel.id, obj);
                self.record_selection(
                    e.id,
                    Selection {
                        kind: SelectionKind::MethodVal,
                        recv: x.ty,
                        obj,
                        index,
                        indirect,
                        addr: ptr_recv && !indirect && !xt_is_ptr,
                        ty: sig,
                    },
                );
                self.op(e, Mode::Value, sig, None)
            }
            LookupResult::Ambiguous => {
                self.error(sel.span, format!("ambiguous selector {}", expr_string(e)));
                self.invalid_op(e)
            }
            LookupResult::NotFound => {
                self.missing_field_error(e, xe, &x, sel);
                self.invalid_op(e)
            }
        }
    }

    fn missing_field_error(&mut self, e: &Expr, _xe: &Expr, x: &Operand, sel: &ast::Ident) {
        let es = expr_string(e);
        let ts = self.type_string(x.ty);
        // Pointer to interface.
        if let TypeKind::Pointer(el) = self.types.kind(x.ty).clone() {
            if self.is_interface(el) && !self.types.is_type_param(el) {
                self.error(
                    sel.span,
                    format!("{es} undefined (type {ts} is pointer to interface, not interface)"),
                );
                return;
            }
        }
        // A different capitalization?
        let pkg = Some(self.cur.pkg);
        let mut hint = String::new();
        let alt: Vec<String> = {
            let mut v = Vec::new();
            let name = &sel.name;
            let mut first_upper = name.clone();
            if let Some(c) = name.chars().next() {
                let flipped: String = if c.is_uppercase() {
                    c.to_lowercase().collect()
                } else {
                    c.to_uppercase().collect()
                };
                first_upper = format!("{flipped}{}", &name[c.len_utf8()..]);
            }
            v.push(first_upper);
            v
        };
        for a in alt {
            match self.lookup_field_or_method(x.ty, pkg, &a) {
                LookupResult::Field { .. } => {
                    hint = format!(", but does have field {a}");
                    break;
                }
                LookupResult::Method { .. } => {
                    hint = format!(", but does have method {a}");
                    break;
                }
                _ => {}
            }
        }
        if hint.is_empty() {
            // Unexported field of another package.
            let what = match self.lookup_field_or_method(x.ty, None, &sel.name) {
                LookupResult::Field { .. } => Some("field"),
                LookupResult::Method { .. } => Some("method"),
                _ => None,
            };
            if let Some(what) = what {
                let n = &sel.name;
                self.error(
                    sel.span,
                    format!("{es} undefined (cannot refer to unexported {what} {n})"),
                );
                return;
            }
        }
        self.error(
            sel.span,
            format!("{es} undefined (type {ts} has no field or method {}{hint})", sel.name),
        );
    }

    fn method_expr(&mut self, e: &Expr, x: &Operand, _xe: &Expr, sel: &ast::Ident) -> Operand {
        let pkg = Some(self.cur.pkg);
        match self.lookup_field_or_method(x.ty, pkg, &sel.name) {
            LookupResult::Method { obj, recv_named, index, indirect, sig } => {
                let sig = match sig {
                    Some(s) => s,
                    None => self.method_sig(obj, recv_named),
                };
                if self.has_ptr_recv(obj)
                    && !indirect
                    && !matches!(self.types.kind(x.ty), TypeKind::Pointer(_))
                {
                    let ts = self.type_string(x.ty);
                    self.error(
                        e.span,
                        format!(
                            "invalid method expression {} (needs pointer receiver (*{ts}).{})",
                            expr_string(e),
                            sel.name
                        ),
                    );
                    return self.invalid_op(e);
                }
                // The function type takes the receiver first.
                let mut s = self.types.signature(sig).cloned().unwrap_or(Signature {
                    params: Vec::new(),
                    results: Vec::new(),
                    variadic: false,
                    tparams: Vec::new(),
                });
                s.params.insert(0, Param { name: String::new(), ty: x.ty });
                let ft = self.types.func(s);
                self.record_use(sel.id, obj);
                self.record_selection(
                    e.id,
                    Selection {
                        kind: SelectionKind::MethodExpr,
                        recv: x.ty,
                        obj,
                        index,
                        indirect,
                        addr: false,
                        ty: ft,
                    },
                );
                self.op(e, Mode::Value, ft, None)
            }
            _ => {
                let ts = self.type_string(x.ty);
                self.error(
                    sel.span,
                    format!("{} undefined (type {ts} has no method {})", expr_string(e), sel.name),
                );
                self.invalid_op(e)
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Index and slice

    fn index_expr(
        &mut self,
        e: &Expr,
        xe: &Expr,
        indices: &[Expr],
        allow_generic: bool,
    ) -> Operand {
        let x = self.expr_or_type(xe, true);
        if x.mode == Mode::Invalid {
            for i in indices {
                self.expr_or_type(i, false);
            }
            return self.invalid_op(e);
        }
        if x.mode == Mode::TypeExpr {
            let t = self.instantiate_type(e, x.ty, indices);
            if self.types.is_invalid(t) {
                return self.invalid_op(e);
            }
            return self.op(e, Mode::TypeExpr, t, None);
        }
        // Explicit instantiation of a generic function.
        if let Some(sig) = self.types.signature(x.ty).cloned() {
            if !sig.tparams.is_empty() {
                let _ = allow_generic;
                return self.func_inst(e, xe, &x, indices);
            }
        }
        let mut x = x;
        self.single_value(xe, &mut x);
        self.exclude_type(xe, &mut x);
        if x.mode == Mode::Invalid {
            return self.invalid_op(e);
        }
        if indices.len() != 1 {
            self.error(e.span, "unexpected comma; expecting ]");
            return self.invalid_op(e);
        }
        let ie = &indices[0];
        let core = if self.types.is_type_param(x.ty) {
            self.core_type(x.ty)
        } else {
            Some(self.under(x.ty))
        };
        let Some(u) = core else {
            self.unsupported(e.span, "indexing a type parameter without a core type");
            self.expr(ie);
            return self.invalid_op(e);
        };
        let (mode, elem, len): (Mode, TypeId, Option<u64>) = match self.types.kind(u).clone() {
            TypeKind::Basic(k) if k.is_string() => {
                let len = match (&x.mode, &x.val) {
                    (Mode::Constant, Some(Value::Str(s))) => Some(s.len() as u64),
                    _ => None,
                };
                let mode = Mode::Value;
                let byte = self.types.basic(BasicKind::Byte);
                (mode, byte, len)
            }
            TypeKind::Array(n, el) => {
                (if x.mode == Mode::Variable { Mode::Variable } else { Mode::Value }, el, Some(n))
            }
            TypeKind::Pointer(p) => {
                let pu = self.under(p);
                match self.types.kind(pu).clone() {
                    TypeKind::Array(n, el) => (Mode::Variable, el, Some(n)),
                    _ => {
                        let s = self.op_string(xe, &x);
                        let lb = self.token_after(xe.span.end, "[");
                        self.error(lb, format!("cannot index {s}"));
                        self.expr(ie);
                        return self.invalid_op(e);
                    }
                }
            }
            TypeKind::Slice(el) => (Mode::Variable, el, None),
            TypeKind::Map(k, v) => {
                let mut key = self.expr(ie);
                self.assignment(&mut key, ie, k, "map index");
                return self.op(e, Mode::MapIndex, v, None);
            }
            _ => {
                let s = self.op_string(xe, &x);
                let lb = self.token_after(xe.span.end, "[");
                self.error(lb, format!("cannot index {s}"));
                self.expr(ie);
                return self.invalid_op(e);
            }
        };
        let idx = self.index_value(ie, len);
        if let (Some(i), Mode::Constant, Some(Value::Str(s))) = (idx, x.mode, &x.val) {
            if let Some(&b) = s.get(i as usize) {
                let _ = b;
            }
        }
        self.op(e, mode, elem, None)
    }

    /// Checks an index expression; returns its constant value if any.
    pub(crate) fn index_value(&mut self, ie: &Expr, len: Option<u64>) -> Option<i64> {
        let mut i = self.expr(ie);
        if i.mode == Mode::Invalid {
            return None;
        }
        if i.mode == Mode::Constant && self.types.is_untyped(i.ty) {
            let int = self.types.basic(BasicKind::Int);
            self.convert_untyped(&mut i, ie, int);
            if i.mode == Mode::Invalid {
                return None;
            }
        }
        if !self.is_integer_type(i.ty) {
            let s = self.op_string(ie, &i);
            self.error(ie.span, format!("invalid argument: index {s} must be integer"));
            return None;
        }
        if i.mode == Mode::Constant {
            let v = i.val.as_ref().and_then(|v| v.to_i64());
            if let Some(v) = v {
                if v < 0 {
                    let s = self.op_string(ie, &i);
                    self.error(
                        ie.span,
                        format!("invalid argument: index {s} must not be negative"),
                    );
                    return None;
                }
                if let Some(n) = len {
                    if v as u64 >= n {
                        let s = expr_string(ie);
                        self.error(
                            ie.span,
                            format!("invalid argument: index {s} out of bounds [0:{n}]"),
                        );
                        return None;
                    }
                }
            }
            return v;
        }
        None
    }

    fn slice_expr(
        &mut self,
        e: &Expr,
        xe: &Expr,
        low: Option<&Expr>,
        high: Option<&Expr>,
        max: Option<&Expr>,
        three: bool,
    ) -> Operand {
        let x = self.expr(xe);
        if x.mode == Mode::Invalid {
            for i in [low, high, max].into_iter().flatten() {
                self.expr(i);
            }
            return self.invalid_op(e);
        }
        let core = if self.types.is_type_param(x.ty) {
            self.core_type(x.ty)
        } else {
            Some(self.under(x.ty))
        };
        let Some(u) = core else {
            self.unsupported(e.span, "slicing a type parameter without a core type");
            return self.invalid_op(e);
        };
        let (ty, len) = match self.types.kind(u).clone() {
            TypeKind::Basic(k) if k.is_string() => {
                if three {
                    // gc: at the third index.
                    let at = max.map_or(e.span, |m| m.span);
                    self.error(at, "invalid operation: 3-index slice of string");
                    return self.invalid_op(e);
                }
                let len = match &x.val {
                    Some(Value::Str(s)) => Some(s.len() as u64 + 1),
                    _ => None,
                };
                let t = if self.types.is_untyped(x.ty) {
                    self.types.basic(BasicKind::String)
                } else {
                    x.ty
                };
                (t, len)
            }
            TypeKind::Array(n, el) => {
                if x.mode != Mode::Variable {
                    let s = self.op_string(xe, &x);
                    self.error(
                        e.span,
                        format!("invalid operation: {s} (slice of unaddressable value)"),
                    );
                    return self.invalid_op(e);
                }
                (self.types.slice(el), Some(n + 1))
            }
            TypeKind::Pointer(p) => {
                let pu = self.under(p);
                match self.types.kind(pu).clone() {
                    TypeKind::Array(n, el) => (self.types.slice(el), Some(n + 1)),
                    _ => {
                        let s = self.op_string(xe, &x);
                        self.error(e.span, format!("cannot slice {s}"));
                        return self.invalid_op(e);
                    }
                }
            }
            TypeKind::Slice(_) => (x.ty, None),
            _ => {
                let s = self.op_string(xe, &x);
                self.error(e.span, format!("cannot slice {s}"));
                return self.invalid_op(e);
            }
        };
        let mut vals = Vec::new();
        for i in [low, high, max].into_iter().flatten() {
            vals.push((self.index_value(i, len), i.span));
        }
        // Constant indices must be non-decreasing; gc reports the first later index smaller
        // than an earlier positive one, at that later index.
        'pairs: for (i, &(x, _)) in vals.iter().enumerate() {
            let Some(x) = x.filter(|&x| x > 0) else { continue };
            for &(y, at) in &vals[i + 1..] {
                if let Some(y) = y.filter(|&y| y >= 0 && y < x) {
                    self.error(at, format!("invalid slice indices: {y} < {x}"));
                    break 'pairs;
                }
            }
        }
        self.op(e, Mode::Value, ty, None)
    }

    /// Records a type assertion `x.(T)` and checks that `T` can implement `x`'s interface.
    pub(crate) fn type_assertion_ok(&mut self, e: &Expr, x: &Operand, xe: &Expr, t: TypeId) {
        if self.is_interface(t) {
            return;
        }
        if let Some(reason) = self.missing_method(t, x.ty) {
            let es = expr_string(xe);
            let ts = self.type_string(t);
            let xs = self.type_string(x.ty);
            let reason = reason.trim_start_matches('(').trim_end_matches(')').to_string();
            self.error(e.span, format!("impossible type assertion: {es}.({ts})\n\t{ts} does not implement {xs} ({reason})"));
        }
    }
}

fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

fn is_comparison(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Eql
            | BinaryOp::Neq
            | BinaryOp::Lss
            | BinaryOp::Leq
            | BinaryOp::Gtr
            | BinaryOp::Geq
    )
}

#[derive(Clone, Copy)]
enum Span2 {
    X,
    Y,
}

/// `chan<- string in (variable of type chan<- string)` (types2 prints the type before the
/// operand for channel direction errors).
fn s_with_type_prefix(c: &mut Checker, x: &Operand, s: &str) -> String {
    format!("{} {s}", c.type_string(x.ty))
}
