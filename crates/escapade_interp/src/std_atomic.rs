//! `sync/atomic` on the cooperative scheduler (no goroutine runs between the read and the
//! write of one operation, so each is atomic): the typed values `Int32`, `Int64`, `Uint32`,
//! `Uint64`, `Bool` (`Load`, `Store`, `Add`, `Swap`, `CompareAndSwap`, `And`, `Or`),
//! `Pointer[T]` and `Value` (`Load`, `Store`, `Swap`; `CompareAndSwap` of pointers), and the
//! functions `AddInt32`, `LoadUint64`, `CompareAndSwapInt64`, … on pointers; `sync.Map` and
//! `sync.Pool` (see `sync_call`).

use escapade_base::Span;

use crate::interp::{Interp, R};
use crate::value::*;

#[derive(Clone, Copy)]
enum Width {
    I32,
    U32,
    W64,
}

fn norm(v: i64, w: Width) -> i64 {
    match w {
        Width::I32 => v as i32 as i64,
        Width::U32 => v as u32 as i64,
        Width::W64 => v,
    }
}

/// One operation on the integer at `p`: (results).
fn op(p: &Ptr, m: &str, w: Width, args: &[Value]) -> Option<Vec<Value>> {
    let cur = match p.load()? {
        Value::Int(v) => v,
        Value::Bool(b) => i64::from(b),
        _ => return None,
    };
    let arg = |i: usize| match args.get(i) {
        Some(Value::Int(v)) => Some(*v),
        Some(Value::Bool(b)) => Some(i64::from(*b)),
        _ => None,
    };
    let store = |v: i64| p.store(Value::Int(norm(v, w)));
    Some(match m {
        "Load" => vec![Value::Int(cur)],
        "Store" => {
            store(arg(0)?);
            Vec::new()
        }
        "Add" => {
            let new = norm(cur.wrapping_add(arg(0)?), w);
            store(new);
            vec![Value::Int(new)]
        }
        "Swap" => {
            store(arg(0)?);
            vec![Value::Int(cur)]
        }
        "And" | "Or" => {
            let a = arg(0)?;
            store(if m == "And" { cur & a } else { cur | a });
            vec![Value::Int(cur)]
        }
        "CompareAndSwap" => {
            let (old, new) = (norm(arg(0)?, w), arg(1)?);
            let hit = cur == old;
            if hit {
                store(new);
            }
            vec![Value::Bool(hit)]
        }
        _ => return None,
    })
}

/// The field holding a typed atomic value's contents (its struct's last field).
fn value_field(p: &Ptr) -> Option<Ptr> {
    match p.load() {
        Some(Value::Struct(f)) if !f.is_empty() => Some(p.with(f.len() as u32 - 1)),
        _ => None,
    }
}

/// `atomic.Pointer[T]` (its `unsafe.Pointer` field holds the `*T`) and `atomic.Value` (an
/// `any`): `Load`, `Store`, `Swap`, `CompareAndSwap` (pointers: by identity).
fn ref_op(p: &Ptr, m: &str, args: &[Value], value: bool) -> Option<Result<Vec<Value>, String>> {
    let field = value_field(p)?;
    let cur = field.load()?;
    let arg = |i: usize| args.get(i).cloned();
    if value && matches!(m, "Store" | "Swap") {
        // `Value` panics on nil and on a value of another dynamic type than the first.
        match (&cur, arg(0)?) {
            (_, Value::Iface(None)) => return Some(Err("storing nil in an atomic.Value".into())),
            (Value::Iface(Some(c)), Value::Iface(Some(n))) if c.0 != n.0 => {
                return Some(Err("storing a value of another type in an atomic.Value".into()))
            }
            _ => {}
        }
    }
    Some(Ok(match m {
        "Load" => vec![cur],
        "Store" => {
            field.store(arg(0)?);
            Vec::new()
        }
        "Swap" => {
            field.store(arg(0)?);
            vec![cur]
        }
        "CompareAndSwap" if !value => {
            let hit = same_value(&cur, &arg(0)?);
            if hit {
                field.store(arg(1)?);
            }
            vec![Value::Bool(hit)]
        }
        _ => return None,
    }))
}

/// `sync.Map` on a simulated `map[any]any` (`Range` in its iteration order: Go's hash-trie
/// order is random too) and `sync.Pool` as on one P: `Put` fills the private slot, then a stack;
/// `Get` takes the private item, then the newest, then calls `New` (garbage collection, which
/// may empty a pool, is not modelled).
fn sync_call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    let (ty, m) = name.strip_prefix("sync.")?.split_once('.')?;
    if ty != "Map" && ty != "Pool" {
        return None;
    }
    let Some(Value::Ptr(Some(p))) = args.first() else {
        return Some(Err(it.unsupported(span, &format!("{name} on a nil pointer (panics)"))));
    };
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Iface(None));
    Some(if ty == "Pool" {
        pool_call(it, p, m, arg(1), span)
    } else {
        map_call(it, p, m, args, span)
    })
}

fn pool_call(it: &mut Interp, p: &Ptr, m: &str, x: Value, span: Span) -> R<Vec<Value>> {
    match m {
        "Put" => {
            if !matches!(x, Value::Iface(None)) {
                let o = it.sync_obj(p);
                match o.private {
                    None => o.private = Some(x),
                    Some(_) => o.shared.push(x),
                }
            }
            Ok(Vec::new())
        }
        "Get" => {
            let o = it.sync_obj(p);
            if let Some(v) = o.private.take().or_else(|| o.shared.pop()) {
                return Ok(vec![v]);
            }
            // `New` is the struct's last field.
            match value_field(p).and_then(|f| f.load()) {
                Some(Value::Func(Some(f))) => {
                    let r = it.call_closure(&f, Vec::new(), span, false)?;
                    Ok(vec![r.into_iter().next().unwrap_or(Value::Iface(None))])
                }
                _ => Ok(vec![Value::Iface(None)]),
            }
        }
        _ => Err(it.unsupported(span, &format!("std method sync.Pool.{m}"))),
    }
}

fn map_call(it: &mut Interp, p: &Ptr, m: &str, args: &[Value], span: Span) -> R<Vec<Value>> {
    let mo = it.sync_map(p, span)?;
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Iface(None));
    let nil = Value::Iface(None);
    let any = it.ck.types.any();
    let get = |it: &mut Interp, k: &Value| -> R<Option<Value>> {
        let gk = it.map_key(k, span)?;
        Ok(mo.borrow_mut().map.get(&gk).map(|e| e.1.clone()))
    };
    let delete = |it: &mut Interp, k: &Value| -> R<()> {
        let gk = it.map_key(k, span)?;
        mo.borrow_mut().map.delete(&gk);
        Ok(())
    };
    let (k, v) = (arg(1), arg(2));
    Ok(match m {
        "Load" => match get(it, &k)? {
            Some(x) => vec![x, Value::Bool(true)],
            None => vec![nil, Value::Bool(false)],
        },
        "Store" => {
            it.map_put(&mo, k, v, span)?;
            Vec::new()
        }
        "LoadOrStore" => match get(it, &k)? {
            Some(x) => vec![x, Value::Bool(true)],
            None => {
                it.map_put(&mo, k, v.clone(), span)?;
                vec![v, Value::Bool(false)]
            }
        },
        "LoadAndDelete" => match get(it, &k)? {
            Some(x) => {
                delete(it, &k)?;
                vec![x, Value::Bool(true)]
            }
            None => vec![nil, Value::Bool(false)],
        },
        "Delete" => {
            delete(it, &k)?;
            Vec::new()
        }
        "Swap" => {
            let old = get(it, &k)?;
            it.map_put(&mo, k, v, span)?;
            let loaded = old.is_some();
            vec![old.unwrap_or(nil), Value::Bool(loaded)]
        }
        "CompareAndSwap" | "CompareAndDelete" => {
            let hit = match get(it, &k)? {
                Some(x) => it.values_equal(&x, &v, any, span)?,
                None => false,
            };
            if hit {
                if m == "CompareAndSwap" {
                    it.map_put(&mo, k, arg(3), span)?;
                } else {
                    delete(it, &k)?;
                }
            }
            vec![Value::Bool(hit)]
        }
        "Clear" => {
            mo.borrow_mut().map.clear();
            Vec::new()
        }
        "Range" => {
            let Value::Func(Some(f)) = arg(1) else {
                return Err(it.unsupported(span, "sync.Map.Range with a nil function (panics)"));
            };
            let mut iter = mo.borrow_mut().map.iter_init();
            loop {
                let next = mo.borrow_mut().map.iter_next(&mut iter);
                let Some((_, (k, v))) = next else { break };
                let r = it.call_closure(&f, vec![k, v], span, false)?;
                if !matches!(r.first(), Some(Value::Bool(true))) {
                    break;
                }
            }
            Vec::new()
        }
        _ => return Err(it.unsupported(span, &format!("std method sync.Map.{m}"))),
    })
}

pub fn call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    if let Some(r) = sync_call(it, name, args, span) {
        return Some(r);
    }
    let bad = |it: &Interp| Err(it.unsupported(span, &format!("{name} on a nil pointer (panics)")));
    // A generic receiver's type name is not spelled (`?atomic.Pointer[T]`).
    let plain = name.trim_start_matches('?');
    let ptr_method = plain.strip_prefix("atomic.Pointer[").and_then(|r| r.rsplit_once("]."));
    let value_method = plain.strip_prefix("atomic.Value.");
    if let Some(m) = ptr_method.map(|(_, m)| m).or(value_method) {
        let Some(Value::Ptr(Some(p))) = args.first() else { return Some(bad(it)) };
        return Some(match ref_op(p, m, &args[1..], value_method.is_some()) {
            Some(Ok(r)) => Ok(r),
            Some(Err(why)) => Err(it.unsupported(span, &format!("{why} (panics)"))),
            None => Err(it.unsupported(span, &format!("std method {name}"))),
        });
    }
    if let Some(rest) = name.strip_prefix("atomic.") {
        // Methods of the typed values: the value is the struct's last field.
        let (ty, m) = rest.split_once('.')?;
        let w = match ty {
            "Int32" => Width::I32,
            "Uint32" | "Bool" => Width::U32,
            "Int64" | "Uint64" | "Uintptr" => Width::W64,
            _ => return None,
        };
        let Some(Value::Ptr(Some(p))) = args.first() else { return Some(bad(it)) };
        let last = match p.load() {
            Some(Value::Struct(f)) if !f.is_empty() => f.len() as u32 - 1,
            _ => return Some(Err(it.unsupported(span, name))),
        };
        let field = p.with(last);
        let r = op(&field, m, w, &args[1..]).map(|mut r| {
            if ty == "Bool" {
                for v in &mut r {
                    if let (Value::Int(x), true) = (&*v, m == "Load" || m == "Swap") {
                        *v = Value::Bool(*x != 0);
                    }
                }
            }
            r
        });
        return Some(r.ok_or_else(|| it.unsupported(span, &format!("std method {name}"))));
    }
    let f = name.strip_prefix("sync/atomic.")?;
    let (m, ty) = ["CompareAndSwap", "Load", "Store", "Add", "Swap", "And", "Or"]
        .iter()
        .find_map(|m| f.strip_prefix(m).map(|t| (*m, t)))?;
    let w = match ty {
        "Int32" => Width::I32,
        "Uint32" => Width::U32,
        "Int64" | "Uint64" | "Uintptr" => Width::W64,
        _ => return None,
    };
    let Some(Value::Ptr(Some(p))) = args.first() else { return Some(bad(it)) };
    Some(
        op(p, m, w, &args[1..])
            .ok_or_else(|| it.unsupported(span, &format!("std function {name}"))),
    )
}
