//! Package `context` on the deterministic scheduler: `Background`, `TODO`, `WithCancel`,
//! `WithCancelCause`, `Cause`, `WithValue`, `WithoutCancel`, `AfterFunc`. A cancelable context's
//! `Done` channel is a real channel closed by its cancel (so `select` and receives on it behave
//! as on any channel), created on the first `Done` call — or, when the context is canceled
//! first, the one closed channel Go shares for that case. Cancellation reaches the children
//! registered with the nearest cancelable ancestor, as Go's `propagateCancel` does;
//! `AfterFunc` starts its function as a new goroutine. Timers (`WithTimeout`, `WithDeadline`)
//! depend on the wall clock and are refused, as are parents of the program's own context
//! types (Go watches them from a goroutine).

use std::rc::Rc;

use escapade_base::Span;

use crate::interp::{Interp, R};
use crate::std_io::{obj_of, obj_value, std_var, StdObj};
use crate::value::*;

/// Fields of a cancelable context's state.
const PARENT: usize = 0;
const DONE: usize = 1;
const ERR: usize = 2;
const CAUSE: usize = 3;
const CHILDREN: usize = 4;

fn nil() -> Value {
    Value::Iface(None)
}

fn std_closure(name: &str, recv: Value) -> Value {
    Value::Func(Some(Rc::new(Closure {
        code: Code::Std(name.into()),
        captured: Vec::new(),
        targs: Rc::new(Vec::new()),
        recv: Some(recv),
    })))
}

/// The state of a `*context.cancelCtx` value.
fn state(ctx: &Value) -> Option<(Ptr, Vec<Value>)> {
    match obj_of(ctx)? {
        (StdObj::CancelCtx, Value::Ptr(Some(p))) => match p.load() {
            Some(Value::Struct(f)) if f.len() == 5 => Some((p, f)),
            _ => None,
        },
        _ => None,
    }
}

fn same_state(a: &Value, p: &Ptr) -> bool {
    matches!(obj_of(a), Some((StdObj::CancelCtx, Value::Ptr(Some(q)))) if q.same(p))
}

/// A new `chan struct{}`.
fn new_done(it: &mut Interp, span: Span) -> R<Value> {
    it.alloc(96, span)?;
    Ok(Value::Chan(Some(Rc::new(std::cell::RefCell::new(ChanObj {
        buf: Default::default(),
        cap: 0,
        closed: false,
        zero: Value::Struct(Vec::new()),
        recvq: Default::default(),
        sendq: Default::default(),
    })))))
}

/// Go's `closedchan`: the channel `Done` returns for a context canceled before its first
/// `Done` call (one per run).
fn closed_chan(it: &mut Interp, span: Span) -> R<Value> {
    if let Some((_, v)) = it.std_vars.iter().find(|(k, _)| k == "context.closedchan") {
        return Ok(v.clone());
    }
    let c = new_done(it, span)?;
    if let Value::Chan(Some(ch)) = &c {
        ch.borrow_mut().closed = true;
    }
    it.std_vars.push(("context.closedchan".into(), c.clone()));
    Ok(c)
}

/// The context a Value/Done/Err call delegates to (value contexts and `WithoutCancel`).
fn parent_of(ctx: &Value) -> Option<(StdObj, Value)> {
    match obj_of(ctx)? {
        (StdObj::ValueCtx, Value::Tuple(f)) if f.len() == 3 => {
            Some((StdObj::ValueCtx, f[0].clone()))
        }
        (StdObj::WithoutCancel, p) => Some((StdObj::WithoutCancel, p)),
        _ => None,
    }
}

/// Go's `parentCancelCtx`: the nearest cancelable context `ctx` takes its `Done` from.
/// `Err(())` for a context of the program's type (not modelled).
fn nearest_cancel(ctx: &Value) -> Result<Option<Value>, ()> {
    let mut c = ctx.clone();
    for _ in 0..10_000 {
        match obj_of(&c) {
            Some((StdObj::CancelCtx, _)) => return Ok(Some(c)),
            Some((StdObj::Background | StdObj::Todo | StdObj::WithoutCancel, _)) => {
                return Ok(None)
            }
            Some((StdObj::ValueCtx, _)) => c = parent_of(&c).map(|p| p.1).unwrap_or(nil()),
            _ => return Err(()),
        }
    }
    Err(())
}

/// `ctx.Err()` of a std context.
fn err_of(ctx: &Value) -> Value {
    match nearest_cancel(ctx) {
        Ok(Some(c)) => state(&c).map(|(_, f)| f[ERR].clone()).unwrap_or(nil()),
        _ => nil(),
    }
}

/// Go's `cancelCtx.cancel`: records the error and cause, closes `Done`, cancels the children
/// (and starts `AfterFunc` functions), and unregisters from the parent when asked.
fn cancel(
    it: &mut Interp,
    ctx: &Value,
    remove: bool,
    err: Value,
    cause: Value,
    span: Span,
) -> R<()> {
    let Some((p, mut f)) = state(ctx) else { return Ok(()) };
    if !matches!(f[ERR], Value::Iface(None)) {
        return Ok(());
    }
    let cause = if matches!(cause, Value::Iface(None)) { err.clone() } else { cause };
    f[ERR] = err.clone();
    f[CAUSE] = cause.clone();
    let done = f[DONE].clone();
    if matches!(done, Value::Chan(None)) {
        f[DONE] = closed_chan(it, span)?;
    }
    let children = match std::mem::replace(&mut f[CHILDREN], Value::Slice(Slice::nil())) {
        Value::Slice(s) => s.to_vec(),
        _ => Vec::new(),
    };
    let parent = f[PARENT].clone();
    p.store(Value::Struct(f));
    if let Value::Chan(Some(_)) = done {
        it.chan_close(done, span)?;
    }
    for child in children {
        match child {
            Value::Tuple(af) if af.len() == 2 => {
                // An AfterFunc registration: [f, started flag].
                if let Value::Ptr(Some(flag)) = &af[1] {
                    if !matches!(flag.load(), Some(Value::Bool(true))) {
                        flag.store(Value::Bool(true));
                        it.go_func(&af[0], span)?;
                    }
                }
            }
            c => cancel(it, &c, false, err.clone(), cause.clone(), span)?,
        }
    }
    if remove {
        unregister(&parent, |c| same_state(c, &p));
    }
    Ok(())
}

/// Removes the children matching `is` from the nearest cancelable ancestor of `parent`.
fn unregister(parent: &Value, is: impl Fn(&Value) -> bool) {
    if let Ok(Some(anc)) = nearest_cancel(parent) {
        if let Some((ap, mut af)) = state(&anc) {
            if let Value::Slice(s) = &af[CHILDREN] {
                let kept: Vec<Value> = s.to_vec().into_iter().filter(|c| !is(c)).collect();
                af[CHILDREN] = Value::Slice(Slice::from_vec(kept));
                ap.store(Value::Struct(af));
            }
        }
    }
}

/// Go's `propagateCancel`: `child` (a cancelable context or an AfterFunc registration) is
/// canceled now when `parent` already is, else registered with its nearest cancelable
/// ancestor. `Ok(false)` when the parent can never be canceled.
fn propagate(it: &mut Interp, parent: &Value, child: Value, span: Span) -> R<bool> {
    let anc = match nearest_cancel(parent) {
        Ok(a) => a,
        Err(()) => {
            return Err(
                it.unsupported(span, "a context derived from a context of the program's type")
            )
        }
    };
    let Some(anc) = anc else { return Ok(false) };
    let Some((ap, mut af)) = state(&anc) else { return Ok(false) };
    if !matches!(af[ERR], Value::Iface(None)) {
        let (err, cause) = (af[ERR].clone(), af[CAUSE].clone());
        match &child {
            Value::Tuple(a) if a.len() == 2 => {
                if let Value::Ptr(Some(flag)) = &a[1] {
                    flag.store(Value::Bool(true));
                }
                it.go_func(&a[0], span)?;
            }
            c => cancel(it, c, false, err, cause, span)?,
        }
        return Ok(true);
    }
    let mut kids = match &af[CHILDREN] {
        Value::Slice(s) => s.to_vec(),
        _ => Vec::new(),
    };
    kids.push(child);
    af[CHILDREN] = Value::Slice(Slice::from_vec(kids));
    ap.store(Value::Struct(af));
    Ok(true)
}

fn singleton(it: &mut Interp, o: StdObj) -> Value {
    let key = o.type_name();
    if let Some((_, v)) = it.std_vars.iter().find(|(k, _)| k == key) {
        return v.clone();
    }
    let v = obj_value(o, Value::Tuple(Vec::new()));
    it.std_vars.push((key.into(), v.clone()));
    v
}

fn check_parent(it: &mut Interp, parent: &Value) -> R<()> {
    if matches!(parent, Value::Iface(None)) {
        return Err(it.panic_string("cannot create context from nil parent"));
    }
    Ok(())
}

/// The `context` package's functions and the cancel functions it returns.
pub fn call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    let f = name.strip_prefix("context.")?;
    let arg = |i: usize| args.get(i).cloned().unwrap_or(nil());
    let r = (|| match f {
        "Background" => Ok(vec![singleton(it, StdObj::Background)]),
        "TODO" => Ok(vec![singleton(it, StdObj::Todo)]),
        "WithCancel" | "WithCancelCause" => {
            let parent = arg(0);
            check_parent(it, &parent)?;
            let st =
                vec![parent.clone(), Value::Chan(None), nil(), nil(), Value::Slice(Slice::nil())];
            let ctx = obj_value(
                StdObj::CancelCtx,
                Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(st))))),
            );
            propagate(it, &parent, ctx.clone(), span)?;
            let cf = if f == "WithCancel" { "context.cancel" } else { "context.cancelCause" };
            Ok(vec![ctx.clone(), std_closure(cf, ctx)])
        }
        "cancel" | "cancelCause" => {
            let canceled = std_var(it, "context", "Canceled").unwrap_or(nil());
            let cause = if f == "cancelCause" { arg(1) } else { nil() };
            cancel(it, &arg(0), true, canceled, cause, span)?;
            Ok(Vec::new())
        }
        "Cause" => Ok(vec![match nearest_cancel(&arg(0)) {
            Ok(Some(c)) => state(&c).map(|(_, f)| f[CAUSE].clone()).unwrap_or(nil()),
            Ok(None) => nil(),
            Err(()) => {
                return Err(it.unsupported(span, "context.Cause of a context of the program's type"))
            }
        }]),
        "WithValue" => {
            let parent = arg(0);
            check_parent(it, &parent)?;
            let key = arg(1);
            let Value::Iface(Some(k)) = &key else { return Err(it.panic_string("nil key")) };
            if let Dyn::Go(t) = k.0 {
                if !it.ck.comparable(t) {
                    return Err(it.panic_string("key is not comparable"));
                }
            }
            Ok(vec![obj_value(StdObj::ValueCtx, Value::Tuple(vec![parent, key, arg(2)]))])
        }
        "WithoutCancel" => {
            let parent = arg(0);
            check_parent(it, &parent)?;
            Ok(vec![obj_value(StdObj::WithoutCancel, parent)])
        }
        "AfterFunc" => {
            let flag = Ptr::to_cell(cell(Value::Bool(false)));
            let reg = Value::Tuple(vec![arg(1), Value::Ptr(Some(flag.clone()))]);
            propagate(it, &arg(0), reg, span)?;
            let stop = std_closure(
                "context.stopAfterFunc",
                Value::Tuple(vec![arg(0), Value::Ptr(Some(flag))]),
            );
            Ok(vec![stop])
        }
        "stopAfterFunc" => {
            let Value::Tuple(rs) = arg(0) else { return Err(it.unsupported(span, name)) };
            let (Some(ctx), Some(Value::Ptr(Some(flag)))) = (rs.first(), rs.get(1)) else {
                return Err(it.unsupported(span, name));
            };
            if matches!(flag.load(), Some(Value::Bool(true))) {
                return Ok(vec![Value::Bool(false)]);
            }
            flag.store(Value::Bool(true));
            unregister(ctx, |c| match c {
                Value::Tuple(a) => matches!(a.get(1), Some(Value::Ptr(Some(q))) if q.same(flag)),
                _ => false,
            });
            Ok(vec![Value::Bool(true)])
        }
        "WithTimeout" | "WithDeadline" | "WithTimeoutCause" | "WithDeadlineCause" => {
            Err(it.unsupported(span, &format!("context.{f} (timers depend on the wall clock)")))
        }
        _ => Err(it.unsupported(span, &format!("std function {name}"))),
    })();
    Some(r)
}

/// Methods of the std contexts (`Done`, `Err`, `Value`, `Deadline`, `String`).
pub fn method(
    it: &mut Interp,
    o: StdObj,
    m: &str,
    payload: &Value,
    args: &[Value],
    span: Span,
) -> Option<R<Vec<Value>>> {
    let ctx = args.first().cloned().unwrap_or(nil());
    let r = (|| match m {
        "Done" => match o {
            StdObj::CancelCtx => {
                let Some((p, mut f)) = state(&ctx) else { return Err(it.unsupported(span, m)) };
                if matches!(f[DONE], Value::Chan(None)) {
                    f[DONE] = new_done(it, span)?;
                    p.store(Value::Struct(f.clone()));
                }
                Ok(vec![f[DONE].clone()])
            }
            StdObj::ValueCtx => match parent_of(&ctx) {
                Some((_, parent)) => call_method(it, &parent, "Done", span),
                None => Err(it.unsupported(span, m)),
            },
            _ => Ok(vec![Value::Chan(None)]),
        },
        "Err" => match o {
            StdObj::ValueCtx => match parent_of(&ctx) {
                Some((_, parent)) => call_method(it, &parent, "Err", span),
                None => Err(it.unsupported(span, m)),
            },
            _ => Ok(vec![err_of(&ctx)]),
        },
        "Value" => {
            let key = args.get(1).cloned().unwrap_or(nil());
            let mut c = ctx.clone();
            for _ in 0..10_000 {
                match obj_of(&c) {
                    Some((StdObj::ValueCtx, Value::Tuple(f))) if f.len() == 3 => {
                        let t = it.ck.error_type;
                        if it.values_equal(&f[1], &key, t, span)? {
                            return Ok(vec![f[2].clone()]);
                        }
                        c = f[0].clone();
                    }
                    Some((StdObj::CancelCtx, _)) => {
                        c = state(&c).map(|(_, f)| f[PARENT].clone()).unwrap_or(nil())
                    }
                    Some((StdObj::WithoutCancel, p)) => c = p,
                    Some((StdObj::Background | StdObj::Todo, _)) => return Ok(vec![nil()]),
                    _ => return call_method_args(it, &c, "Value", vec![key], span),
                }
            }
            Err(it.unsupported(span, "context.Value through a very deep chain"))
        }
        "Deadline" => match o {
            StdObj::ValueCtx => match parent_of(&ctx) {
                Some((_, parent)) => call_method(it, &parent, "Deadline", span),
                None => Err(it.unsupported(span, m)),
            },
            StdObj::CancelCtx => match state(&ctx) {
                Some((_, f)) => call_method(it, &f[PARENT], "Deadline", span),
                None => Err(it.unsupported(span, m)),
            },
            _ => {
                let Some(t) = time_type(it) else { return Err(it.unsupported(span, m)) };
                Ok(vec![it.zero(t, span)?, Value::Bool(false)])
            }
        },
        "String" => match o {
            StdObj::Background => Ok(vec![Value::Str(Rc::from(&b"context.Background"[..]))]),
            StdObj::Todo => Ok(vec![Value::Str(Rc::from(&b"context.TODO"[..]))]),
            _ => Err(it.unsupported(span, "String of a derived context")),
        },
        _ => {
            let _ = payload;
            Err(it.unsupported(span, &format!("method {m} of {}", o.type_name())))
        }
    })();
    Some(r)
}

fn call_method(it: &mut Interp, v: &Value, m: &str, span: Span) -> R<Vec<Value>> {
    call_method_args(it, v, m, Vec::new(), span)
}

fn call_method_args(
    it: &mut Interp,
    v: &Value,
    m: &str,
    args: Vec<Value>,
    span: Span,
) -> R<Vec<Value>> {
    let Value::Iface(Some(b)) = v else {
        return Err(it.unsupported(span, &format!("method {m} of a nil context (panics)")));
    };
    let clo = it.dyn_method(b.0, b.1.clone(), m, span)?;
    it.call_closure(&clo, args, span, false)
}

/// The type `time.Time` (for a zero deadline).
fn time_type(it: &mut Interp) -> Option<escapade_types::TypeId> {
    let scope = it.ck.pkgs.iter().find(|p| p.path == "time")?.scope;
    let obj = *it.ck.scopes.get(scope.0 as usize)?.names.get("Time")?;
    Some(it.ck.obj_type(obj))
}
