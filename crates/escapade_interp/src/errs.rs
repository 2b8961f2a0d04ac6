//! Error values: the `Error()` text of the runtime-provided error types, and package errors'
//! `Is`, `As`, `Unwrap` and `Join` (the same walk over `Unwrap() error` / `Unwrap() []error`
//! trees as Go's).

use std::rc::Rc;

use escapade_base::Span;
use escapade_types::types::{BasicKind as BK, TypeKind};
use escapade_types::TypeId;

use crate::interp::{Interp, R};
use crate::value::*;

const MAX_DEPTH: u32 = 10_000;

fn str_of(v: &Value) -> Vec<u8> {
    match v {
        Value::Str(s) => s.to_vec(),
        _ => Vec::new(),
    }
}

/// The parameter and result types of method `name` of `t`, when it has one.
pub(crate) fn method_sig(
    it: &mut Interp,
    t: TypeId,
    name: &str,
) -> Option<(Vec<TypeId>, Vec<TypeId>)> {
    let (obj, _) = it.find_method(t, name)?;
    // Resolved on demand: a std method's signature is checked when first used.
    let ty = it.ck.obj_type(obj);
    let sg = it.ck.types.signature(ty)?.clone();
    if sg.variadic {
        return None;
    }
    Some((sg.params.iter().map(|p| p.ty).collect(), sg.results.iter().map(|p| p.ty).collect()))
}

fn is_error_t(it: &mut Interp, t: TypeId) -> bool {
    let e = it.ck.error_type;
    it.ck.identical(t, e)
}

fn is_any_t(it: &mut Interp, t: TypeId) -> bool {
    if !matches!(it.ukind(t), TypeKind::Interface(_)) {
        return false;
    }
    let ts = it.ck.type_set(t);
    ts.methods.is_empty() && ts.terms.is_none()
}

fn is_bool_t(it: &mut Interp, t: TypeId) -> bool {
    it.basic(t) == Some(BK::Bool)
}

/// `err.Error()` of a non-nil error interface value.
pub fn error_text(it: &mut Interp, err: &Value, span: Span, depth: u32) -> R<Vec<u8>> {
    if depth > MAX_DEPTH {
        return Err(it.unsupported(span, "deeply nested errors"));
    }
    let Value::Iface(Some(p)) = err else {
        return Err(it.unsupported(span, "Error method of a nil error"));
    };
    match (&p.0, &p.1) {
        (Dyn::ErrorString | Dyn::Runtime(_), v) => Ok(str_of(v)),
        (Dyn::WrapError | Dyn::WrapErrors, Value::Tuple(f)) => {
            Ok(f.first().map(str_of).unwrap_or_default())
        }
        (Dyn::JoinError, Value::Slice(sl)) => {
            let mut out = Vec::new();
            for (i, e) in sl.to_vec().iter().enumerate() {
                if i > 0 {
                    out.push(b'\n');
                }
                out.extend(error_text(it, e, span, depth + 1)?);
            }
            Ok(out)
        }
        (Dyn::NumError, Value::Tuple(f)) if f.len() == 3 => {
            let func = str_of(&f[0]);
            let Some(num) = crate::quote::quote(&str_of(&f[1]), false) else {
                return Err(it.unsupported(span, "quoting this string"));
            };
            let mut out = b"strconv.".to_vec();
            out.extend(func);
            out.extend_from_slice(b": parsing ");
            out.extend_from_slice(num.as_bytes());
            out.extend_from_slice(b": ");
            out.extend(error_text(it, &f[2], span, depth + 1)?);
            Ok(out)
        }
        (Dyn::Go(t), v) => {
            let clo = it.dyn_method(Dyn::Go(*t), v.clone(), "Error", span)?;
            let r = it.call_closure(&clo, Vec::new(), span, false)?;
            Ok(r.first().map(str_of).unwrap_or_default())
        }
        // fmt printing a std object (`*context.cancelCtx`, `io.discard`, …): not modelled.
        (Dyn::Std(o), _) => {
            Err(it.unsupported(span, &format!("printing a {} value", o.type_name())))
        }
        _ => Err(it.unsupported(span, "this error value")),
    }
}

/// What `Unwrap` of an error gives.
enum Unwrapped {
    None,
    One(Value),
    Many(Vec<Value>),
}

fn unwrap(it: &mut Interp, err: &Value, span: Span) -> R<Unwrapped> {
    let Value::Iface(Some(p)) = err else { return Ok(Unwrapped::None) };
    Ok(match (&p.0, &p.1) {
        (Dyn::WrapError, Value::Tuple(f)) => {
            f.get(1).cloned().map_or(Unwrapped::None, Unwrapped::One)
        }
        (Dyn::NumError, Value::Tuple(f)) => {
            f.get(2).cloned().map_or(Unwrapped::None, Unwrapped::One)
        }
        (Dyn::WrapErrors, Value::Tuple(f)) => match f.get(1) {
            Some(Value::Slice(sl)) => Unwrapped::Many(sl.to_vec()),
            _ => Unwrapped::Many(Vec::new()),
        },
        (Dyn::JoinError, Value::Slice(sl)) => Unwrapped::Many(sl.to_vec()),
        (Dyn::Go(t), v) => {
            let t = *t;
            let Some((params, results)) = method_sig(it, t, "Unwrap") else {
                return Ok(Unwrapped::None);
            };
            if !params.is_empty() || results.len() != 1 {
                return Ok(Unwrapped::None);
            }
            let one = is_error_t(it, results[0]);
            let many = match it.ck.types.kind(results[0]).clone() {
                TypeKind::Slice(e) => is_error_t(it, e),
                _ => false,
            };
            if !one && !many {
                return Ok(Unwrapped::None);
            }
            let clo = it.dyn_method(Dyn::Go(t), v.clone(), "Unwrap", span)?;
            let r = it.call_closure(&clo, Vec::new(), span, false)?;
            match r.into_iter().next() {
                Some(Value::Slice(sl)) if many => Unwrapped::Many(sl.to_vec()),
                Some(x) if one => Unwrapped::One(x),
                _ => Unwrapped::None,
            }
        }
        _ => Unwrapped::None,
    })
}

/// `errors.Unwrap`: only `Unwrap() error`.
pub fn errors_unwrap(it: &mut Interp, err: &Value, span: Span) -> R<Value> {
    Ok(match unwrap(it, err, span)? {
        Unwrapped::One(v) => v,
        _ => Value::Iface(None),
    })
}

/// Calls `err.NAME(arg) bool` when the dynamic type of `err` has that method with a parameter
/// of the given kind (`error` for Is, `any` for As).
fn call_pred(it: &mut Interp, err: &Value, name: &str, arg: Value, span: Span) -> R<bool> {
    let Value::Iface(Some(p)) = err else { return Ok(false) };
    let Dyn::Go(t) = p.0 else { return Ok(false) };
    let Some((params, results)) = method_sig(it, t, name) else { return Ok(false) };
    if params.len() != 1 || results.len() != 1 || !is_bool_t(it, results[0]) {
        return Ok(false);
    }
    let ok_param = if name == "Is" { is_error_t(it, params[0]) } else { is_any_t(it, params[0]) };
    if !ok_param {
        return Ok(false);
    }
    let clo = it.dyn_method(Dyn::Go(t), p.1.clone(), name, span)?;
    let r = it.call_closure(&clo, vec![arg], span, false)?;
    Ok(matches!(r.first(), Some(Value::Bool(true))))
}

/// `errors.Is`.
pub fn errors_is(it: &mut Interp, err: &Value, target: &Value, span: Span) -> R<bool> {
    let (Value::Iface(Some(_)), Value::Iface(Some(tp))) = (err, target) else {
        return Ok(matches!((err, target), (Value::Iface(None), Value::Iface(None))));
    };
    let comparable = match tp.0 {
        Dyn::Go(t) => it.ck.comparable(t),
        _ => true,
    };
    is_walk(it, err.clone(), target, comparable, span, 0)
}

fn is_walk(
    it: &mut Interp,
    mut err: Value,
    target: &Value,
    comparable: bool,
    span: Span,
    depth: u32,
) -> R<bool> {
    let error_t = it.ck.error_type;
    for _ in 0..MAX_DEPTH {
        if depth > 1000 {
            return Err(it.unsupported(span, "deeply nested errors"));
        }
        if comparable && it.values_equal(&err, target, error_t, span)? {
            return Ok(true);
        }
        if call_pred(it, &err, "Is", target.clone(), span)? {
            return Ok(true);
        }
        match unwrap(it, &err, span)? {
            Unwrapped::One(Value::Iface(None)) | Unwrapped::None => return Ok(false),
            Unwrapped::One(e) => err = e,
            Unwrapped::Many(es) => {
                for e in es {
                    if matches!(e, Value::Iface(None)) {
                        continue;
                    }
                    if is_walk(it, e, target, comparable, span, depth + 1)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
    }
    Err(it.unsupported(span, "deeply nested errors"))
}

/// `errors.As`: `target` is the `any` argument; `target_t` its static type is not needed, the
/// dynamic type of the pointer says where to store. Panics of Go (nil or non-pointer target)
/// are refused.
pub fn errors_as(it: &mut Interp, err: &Value, target: &Value, span: Span) -> R<bool> {
    let Value::Iface(Some(tp)) = target else {
        return Err(it.unsupported(span, "errors.As with a nil target"));
    };
    let Dyn::Go(pt) = tp.0 else { return Err(it.unsupported(span, "errors.As target")) };
    let TypeKind::Pointer(elem) = it.ukind(pt) else {
        return Err(it.unsupported(span, "errors.As with a non-pointer target"));
    };
    let Value::Ptr(Some(ptr)) = tp.1.clone() else {
        return Err(it.unsupported(span, "errors.As with a nil pointer target"));
    };
    let error_t = it.ck.error_type;
    let elem_iface = it.is_iface(elem);
    let num_error = it.runtime_type_name(elem, 0).as_deref() == Some("*strconv.NumError");
    if !elem_iface && !num_error && !it.implements(Dyn::Go(elem), error_t, span)? {
        return Err(it.unsupported(span, "errors.As target that does not implement error"));
    }
    as_walk(it, err.clone(), target, elem, elem_iface, &ptr, span, 0)
}

#[allow(clippy::too_many_arguments)]
fn as_walk(
    it: &mut Interp,
    mut err: Value,
    target: &Value,
    elem: TypeId,
    elem_iface: bool,
    ptr: &Ptr,
    span: Span,
    depth: u32,
) -> R<bool> {
    for _ in 0..MAX_DEPTH {
        if depth > 1000 {
            return Err(it.unsupported(span, "deeply nested errors"));
        }
        let Value::Iface(Some(p)) = &err else { return Ok(false) };
        if let (Dyn::NumError, Value::Tuple(f)) = (&p.0, &p.1) {
            if !elem_iface && it.runtime_type_name(elem, 0).as_deref() == Some("*strconv.NumError")
            {
                // A new *strconv.NumError {Func, Num, Err} holding the same fields.
                let v = Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f.clone())))));
                if !ptr.store(v) {
                    return Err(it.unsupported(span, "errors.As store"));
                }
                return Ok(true);
            }
        }
        let assignable = if elem_iface {
            it.implements(p.0, elem, span)?
        } else {
            match p.0 {
                Dyn::Go(dt) => it.ck.identical(dt, elem),
                _ => false,
            }
        };
        if assignable {
            let v = if elem_iface { err.clone() } else { p.1.clone() };
            if !ptr.store(v) {
                return Err(it.unsupported(span, "errors.As store"));
            }
            return Ok(true);
        }
        if call_pred(it, &err, "As", target.clone(), span)? {
            return Ok(true);
        }
        match unwrap(it, &err, span)? {
            Unwrapped::One(Value::Iface(None)) | Unwrapped::None => return Ok(false),
            Unwrapped::One(e) => err = e,
            Unwrapped::Many(es) => {
                for e in es {
                    if matches!(e, Value::Iface(None)) {
                        continue;
                    }
                    if as_walk(it, e, target, elem, elem_iface, ptr, span, depth + 1)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
    }
    Err(it.unsupported(span, "deeply nested errors"))
}

/// `errors.Join`.
pub fn errors_join(errs: Vec<Value>) -> Value {
    let kept: Vec<Value> = errs.into_iter().filter(|e| !matches!(e, Value::Iface(None))).collect();
    if kept.is_empty() {
        return Value::Iface(None);
    }
    Value::Iface(Some(Rc::new((Dyn::JoinError, Value::Slice(Slice::from_vec(kept))))))
}

/// Whether a value is a non-nil error (its dynamic type has `Error() string`).
pub fn is_error_value(it: &mut Interp, v: &Value) -> bool {
    match v {
        Value::Iface(Some(p)) => match p.0 {
            Dyn::Go(t) => match method_sig(it, t, "Error") {
                Some((ps, rs)) => {
                    ps.is_empty()
                        && rs.len() == 1
                        && it.basic(rs[0]) == Some(BK::String)
                        && it.ck.types.named(rs[0]).is_none()
                }
                None => false,
            },
            _ => true,
        },
        _ => false,
    }
}
