//! `container/list` on its real layout: an `Element` is `struct { next, prev *Element; list
//! *List; Value any }`, a `List` is `struct { root Element; len int }` whose sentinel `root`
//! is addressed inside the list (`&l.root`). Each operation updates the same links Go's code
//! does, so `Next`/`Prev` after `Remove`, elements of another list and the lazy
//! initialization of a zero `List` behave as in Go. `container/ring` (`call_ring`) likewise.

use escapade_base::Span;

use crate::interp::{Interp, R};
use crate::value::*;

const NEXT: u32 = 0;
const PREV: u32 = 1;
const LIST: u32 = 2;
const VALUE: u32 = 3;
const ROOT: u32 = 0;
const LEN: u32 = 1;

fn get(p: &Ptr, f: u32) -> Value {
    p.with(f).load().unwrap_or(Value::Ptr(None))
}

fn ptr(p: &Ptr, f: u32) -> Option<Ptr> {
    match get(p, f) {
        Value::Ptr(q) => q,
        _ => None,
    }
}

fn set(p: &Ptr, f: u32, v: Value) {
    p.with(f).store(v);
}

fn setp(p: &Ptr, f: u32, q: &Ptr) {
    set(p, f, Value::Ptr(Some(q.clone())));
}

fn same(a: &Option<Ptr>, b: &Ptr) -> bool {
    a.as_ref().is_some_and(|a| a.same(b))
}

fn len(l: &Ptr) -> i64 {
    match get(l, LEN) {
        Value::Int(n) => n,
        _ => 0,
    }
}

fn init(l: &Ptr) {
    let root = l.with(ROOT);
    setp(&root, NEXT, &root);
    setp(&root, PREV, &root);
    set(l, LEN, Value::Int(0));
}

fn lazy_init(l: &Ptr) {
    if ptr(&l.with(ROOT), NEXT).is_none() {
        init(l);
    }
}

/// Links `e` after `at` (both in `l`).
fn insert(l: &Ptr, e: &Ptr, at: &Ptr) {
    let next = ptr(at, NEXT);
    setp(e, PREV, at);
    set(e, NEXT, Value::Ptr(next.clone()));
    setp(at, NEXT, e);
    if let Some(n) = &next {
        setp(n, PREV, e);
    }
    setp(e, LIST, l);
    set(l, LEN, Value::Int(len(l) + 1));
}

fn insert_value(l: &Ptr, v: Value, at: &Ptr) -> Ptr {
    let e = Ptr::to_cell(cell(Value::Struct(vec![
        Value::Ptr(None),
        Value::Ptr(None),
        Value::Ptr(None),
        v,
    ])));
    insert(l, &e, at);
    e
}

fn unlink(e: &Ptr) {
    let (prev, next) = (ptr(e, PREV), ptr(e, NEXT));
    if let Some(p) = &prev {
        set(p, NEXT, Value::Ptr(next.clone()));
    }
    if let Some(n) = &next {
        set(n, PREV, Value::Ptr(prev));
    }
}

fn remove(l: &Ptr, e: &Ptr) {
    unlink(e);
    set(e, NEXT, Value::Ptr(None));
    set(e, PREV, Value::Ptr(None));
    set(e, LIST, Value::Ptr(None));
    set(l, LEN, Value::Int(len(l) - 1));
}

fn move_after(e: &Ptr, at: &Ptr) {
    if e.same(at) {
        return;
    }
    unlink(e);
    let next = ptr(at, NEXT);
    setp(e, PREV, at);
    set(e, NEXT, Value::Ptr(next.clone()));
    setp(at, NEXT, e);
    if let Some(n) = &next {
        setp(n, PREV, e);
    }
}

fn elem_result(e: Option<Ptr>) -> R<Vec<Value>> {
    Ok(vec![Value::Ptr(e)])
}

pub fn call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    // Functions are named by package path, methods by package name.
    let m = name.strip_prefix("container/list.").or_else(|| name.strip_prefix("list."))?;
    let nil = |it: &Interp| Err(it.unsupported(span, &format!("{m} on a nil pointer (panics)")));
    let p = |i: usize| match args.get(i) {
        Some(Value::Ptr(Some(p))) => Some(p.clone()),
        _ => None,
    };
    let v = |i: usize| args.get(i).cloned().unwrap_or(Value::Iface(None));
    let r = (|| {
        if m == "New" {
            let l = Ptr::to_cell(cell(Value::Struct(vec![
                Value::Struct(vec![
                    Value::Ptr(None),
                    Value::Ptr(None),
                    Value::Ptr(None),
                    Value::Iface(None),
                ]),
                Value::Int(0),
            ])));
            init(&l);
            return Ok(vec![Value::Ptr(Some(l))]);
        }
        if let Some(em) = m.strip_prefix("Element.") {
            let Some(e) = p(0) else { return nil(it) };
            let l = ptr(&e, LIST);
            let (link, stop) = match em {
                "Next" => (ptr(&e, NEXT), l.as_ref().map(|l| l.with(ROOT))),
                "Prev" => (ptr(&e, PREV), l.as_ref().map(|l| l.with(ROOT))),
                _ => return Err(it.unsupported(span, &format!("std method {name}"))),
            };
            return match (link, stop) {
                (Some(q), Some(root)) if !q.same(&root) => elem_result(Some(q)),
                _ => elem_result(None),
            };
        }
        let Some(lm) = m.strip_prefix("List.") else {
            return Err(it.unsupported(span, &format!("std function {name}")));
        };
        let Some(l) = p(0) else { return nil(it) };
        let root = l.with(ROOT);
        let belongs = |e: &Ptr| same(&ptr(e, LIST), &l);
        match lm {
            "Init" => {
                init(&l);
                Ok(vec![Value::Ptr(Some(l.clone()))])
            }
            "Len" => Ok(vec![Value::Int(len(&l))]),
            "Front" | "Back" => {
                if len(&l) == 0 {
                    return elem_result(None);
                }
                elem_result(ptr(&root, if lm == "Front" { NEXT } else { PREV }))
            }
            "PushFront" => {
                lazy_init(&l);
                elem_result(Some(insert_value(&l, v(1), &root)))
            }
            "PushBack" => {
                lazy_init(&l);
                let Some(last) = ptr(&root, PREV) else { return nil(it) };
                elem_result(Some(insert_value(&l, v(1), &last)))
            }
            "InsertBefore" | "InsertAfter" => {
                let Some(mark) = p(2) else { return nil(it) };
                if !belongs(&mark) {
                    return elem_result(None);
                }
                let at = if lm == "InsertBefore" { ptr(&mark, PREV) } else { Some(mark) };
                let Some(at) = at else { return nil(it) };
                elem_result(Some(insert_value(&l, v(1), &at)))
            }
            "Remove" => {
                let Some(e) = p(1) else { return nil(it) };
                if belongs(&e) {
                    remove(&l, &e);
                }
                Ok(vec![get(&e, VALUE)])
            }
            "MoveToFront" | "MoveToBack" => {
                let Some(e) = p(1) else { return nil(it) };
                let end = ptr(&root, if lm == "MoveToFront" { NEXT } else { PREV });
                if !belongs(&e) || same(&end, &e) {
                    return Ok(Vec::new());
                }
                let at = if lm == "MoveToFront" { Some(root.clone()) } else { end };
                if let Some(at) = at {
                    move_after(&e, &at);
                }
                Ok(Vec::new())
            }
            "MoveBefore" | "MoveAfter" => {
                let (Some(e), Some(mark)) = (p(1), p(2)) else { return nil(it) };
                if !belongs(&e) || e.same(&mark) || !belongs(&mark) {
                    return Ok(Vec::new());
                }
                let at = if lm == "MoveBefore" { ptr(&mark, PREV) } else { Some(mark) };
                if let Some(at) = at {
                    move_after(&e, &at);
                }
                Ok(Vec::new())
            }
            "PushBackList" | "PushFrontList" => {
                let Some(other) = p(1) else { return nil(it) };
                lazy_init(&l);
                let back = lm == "PushBackList";
                let oroot = other.with(ROOT);
                let mut n = len(&other);
                let mut e = ptr(&oroot, if back { NEXT } else { PREV });
                while n > 0 {
                    let Some(cur) = e else { break };
                    let at = if back { ptr(&root, PREV) } else { Some(root.clone()) };
                    let Some(at) = at else { return nil(it) };
                    insert_value(&l, get(&cur, VALUE), &at);
                    // Next()/Prev() of `cur` within `other`.
                    let link = ptr(&cur, if back { NEXT } else { PREV });
                    e = link.filter(|q| !q.same(&oroot));
                    n -= 1;
                }
                Ok(Vec::new())
            }
            _ => Err(it.unsupported(span, &format!("std method {name}"))),
        }
    })();
    Some(r)
}

/// `container/ring` on its real layout: a `Ring` is `struct { next, prev *Ring; Value any }`;
/// a zero `Ring` links to itself on first use (`init`), as in Go.
pub fn call_ring(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    let m = name.strip_prefix("container/ring.").or_else(|| name.strip_prefix("ring."))?;
    const RVALUE: u32 = 2;
    let new_ring = || {
        Ptr::to_cell(cell(Value::Struct(vec![
            Value::Ptr(None),
            Value::Ptr(None),
            Value::Iface(None),
        ])))
    };
    // r.next (initializing a zero ring first).
    let next_of = |r: &Ptr| match ptr(r, NEXT) {
        Some(n) => n,
        None => {
            setp(r, NEXT, r);
            setp(r, PREV, r);
            r.clone()
        }
    };
    let prev_of = |r: &Ptr| {
        next_of(r);
        ptr(r, PREV).unwrap_or_else(|| r.clone())
    };
    let recv = match args.first() {
        Some(Value::Ptr(p)) => p.clone(),
        _ => None,
    };
    let int = |i: usize| match args.get(i) {
        Some(Value::Int(n)) => *n,
        _ => 0,
    };
    let r = (|| {
        if m == "New" {
            let n = int(0);
            if n <= 0 {
                return Ok(vec![Value::Ptr(None)]);
            }
            let r = new_ring();
            next_of(&r);
            let mut p = r.clone();
            for _ in 1..n {
                it.step(span)?;
                let q = new_ring();
                setp(&q, PREV, &p);
                setp(&p, NEXT, &q);
                p = q;
            }
            setp(&p, NEXT, &r);
            setp(&r, PREV, &p);
            return Ok(vec![Value::Ptr(Some(r))]);
        }
        let Some(m) = m.strip_prefix("Ring.") else {
            return Err(it.unsupported(span, &format!("std function {name}")));
        };
        if m == "Len" {
            let Some(r) = recv else { return Ok(vec![Value::Int(0)]) };
            let mut n = 1;
            let mut p = next_of(&r);
            while !p.same(&r) {
                it.step(span)?;
                n += 1;
                p = ptr(&p, NEXT).unwrap_or_else(|| r.clone());
            }
            return Ok(vec![Value::Int(n)]);
        }
        if m == "Do" {
            let Some(r) = recv else { return Ok(Vec::new()) };
            let Some(Value::Func(Some(f))) = args.get(1) else {
                return Err(it.unsupported(span, "ring.Do with a nil function (panics)"));
            };
            let f = f.clone();
            it.call_closure(&f, vec![get(&r, RVALUE)], span, false)?;
            let mut p = next_of(&r);
            while !p.same(&r) {
                it.call_closure(&f, vec![get(&p, RVALUE)], span, false)?;
                p = ptr(&p, NEXT).unwrap_or_else(|| r.clone());
            }
            return Ok(Vec::new());
        }
        let Some(r) = recv else {
            return Err(it.unsupported(span, &format!("ring.Ring.{m} on a nil pointer (panics)")));
        };
        let out = match m {
            "Next" => next_of(&r),
            "Prev" => prev_of(&r),
            "Move" => {
                next_of(&r);
                let mut p = r;
                let n = int(1);
                for _ in 0..n.unsigned_abs() {
                    it.step(span)?;
                    p = if n < 0 { prev_of(&p) } else { next_of(&p) };
                }
                p
            }
            _ => return Err(it.unsupported(span, &format!("std method {name}"))),
        };
        Ok(vec![Value::Ptr(Some(out))])
    })();
    Some(r)
}
