//! The iterator functions of `maps` and `slices` (`iter.Seq`/`iter.Seq2` values) and the
//! functions that consume them (`slices.Collect`, `slices.Sorted`). A map iterator walks the
//! simulated map like a `range` statement does, so its order is the simulated runtime's.

use std::rc::Rc;

use escapade_base::Span;
use escapade_syntax::ast::{Expr, ExprKind};
use escapade_types::types::{BasicKind as BK, TypeKind};

use super::{Interp, R};
use crate::growslice::grow_cap;
use crate::value::*;

const SOURCES: [&str; 6] =
    ["maps.Keys", "maps.Values", "maps.All", "slices.All", "slices.Values", "slices.Backward"];

/// Iterators over the pieces the eager function of the second name returns (as Go's do).
const PIECES: [(&str, &str); 4] = [
    ("strings.SplitSeq", "strings.Split"),
    ("strings.SplitAfterSeq", "strings.SplitAfter"),
    ("strings.FieldsSeq", "strings.Fields"),
    ("strings.Lines", "strings.SplitAfter"),
];

fn std_closure(name: String, recv: Value) -> Value {
    Value::Func(Some(Rc::new(Closure {
        code: Code::Std(name),
        captured: Vec::new(),
        targs: Rc::new(Vec::new()),
        recv: Some(recv),
    })))
}

impl Interp<'_> {
    /// Std functions that make or consume iterators, called from a call expression.
    pub fn iter_std(&mut self, name: &str, args: &[Value], e: &Expr) -> Option<R<Vec<Value>>> {
        if SOURCES.contains(&name) {
            let src = args.first().cloned().unwrap_or(Value::Tuple(Vec::new()));
            return Some(Ok(vec![std_closure(format!("iter:{name}"), src)]));
        }
        if name == "slices.Chunk" || PIECES.iter().any(|p| p.0 == name) {
            if name == "slices.Chunk" && !matches!(args.get(1), Some(Value::Int(n)) if *n >= 1) {
                return Some(Err(
                    self.unsupported(e.span, "slices.Chunk of a size below 1 (panics)")
                ));
            }
            let src = Value::Tuple(args.to_vec());
            return Some(Ok(vec![std_closure(format!("iter:{name}"), src)]));
        }
        if matches!(
            name,
            "slices.Index" | "slices.Contains" | "slices.Reverse" | "slices.Max" | "slices.Min"
        ) {
            return Some(self.slices_basic(name, args, e));
        }
        if name == "slices.Collect" || name == "slices.Sorted" {
            return Some(self.collect(name == "slices.Sorted", args, e));
        }
        if name == "maps.Collect" {
            return Some(self.collect_map(args, e));
        }
        None
    }

    /// Calls of the iterator values made above (`args[0]` is the source, `args[1]` the yield
    /// function); `None` for other names.
    pub fn iter_call(&mut self, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
        let name = name.strip_prefix("iter:")?;
        if name == "collectmap" {
            // The yield of maps.Collect: (map, key, value).
            if let (Some(Value::Map(Some(m))), Some(k), Some(v)) =
                (args.first(), args.get(1), args.get(2))
            {
                let m = m.clone();
                return Some(
                    self.map_put(&m, k.clone(), v.clone(), span).map(|()| vec![Value::Bool(true)]),
                );
            }
            return Some(Err(self.unsupported(span, "maps.Collect")));
        }
        if name == "collect" {
            // The yield of slices.Collect: (accumulator, value).
            if let Some(Value::Ptr(Some(Ptr { base: PtrBase::Cell(c), .. }))) = args.first() {
                if let Value::Array(acc) = &mut *c.borrow_mut() {
                    acc.push(args.get(1).cloned().unwrap_or(Value::Tuple(Vec::new())));
                }
            }
            return Some(Ok(vec![Value::Bool(true)]));
        }
        Some(self.iter_run(name, args, span).map(|()| Vec::new()))
    }

    fn yield_to(&mut self, y: &Rc<Closure>, args: Vec<Value>, span: Span) -> R<bool> {
        let r = self.call_closure(y, args, span, false)?;
        Ok(matches!(r.first(), Some(Value::Bool(true))))
    }

    fn iter_run(&mut self, name: &str, args: &[Value], span: Span) -> R<()> {
        let Some(Value::Func(Some(y))) = args.get(1) else { unsup!(self, span, "iterator call") };
        let y = y.clone();
        match (name, args.first()) {
            (_, Some(Value::Map(None))) => Ok(()),
            ("maps.Keys" | "maps.Values" | "maps.All", Some(Value::Map(Some(m)))) => {
                let m = m.clone();
                let mut it = m.borrow_mut().map.iter_init();
                loop {
                    self.step(span)?;
                    let next = m.borrow_mut().map.iter_next(&mut it);
                    let Some((_, (k, v))) = next else { break };
                    if self.opts.trace {
                        self.trace_raw(&m, "next", super::fmt_key(&k), super::fmt_key(&v), span);
                    }
                    let a = match name {
                        "maps.Keys" => vec![k],
                        "maps.Values" => vec![v],
                        _ => vec![k, v],
                    };
                    if !self.yield_to(&y, a, span)? {
                        break;
                    }
                }
                m.borrow_mut().map.iter_close(&mut it);
                Ok(())
            }
            ("slices.All" | "slices.Values" | "slices.Backward", Some(Value::Slice(s))) => {
                let s = s.clone();
                let n = s.len;
                for k in 0..n {
                    self.step(span)?;
                    let i = if name == "slices.Backward" { n - 1 - k } else { k };
                    let Some(v) = s.get(i) else { break };
                    let a = match name {
                        "slices.Values" => vec![v],
                        _ => vec![Value::Int(i as i64), v],
                    };
                    if !self.yield_to(&y, a, span)? {
                        break;
                    }
                }
                Ok(())
            }
            ("slices.Chunk", Some(Value::Tuple(a))) => {
                let (Some(Value::Slice(s)), Some(&Value::Int(n))) = (a.first(), a.get(1)) else {
                    unsup!(self, span, "iterator {name}")
                };
                let (s, n) = (s.clone(), n as usize);
                let mut i = 0;
                while i < s.len {
                    self.step(span)?;
                    // s[i:end:end], sharing the array.
                    let end = (i + n).min(s.len);
                    let part = Slice {
                        arr: s.arr.clone(),
                        off: s.off + i,
                        len: end - i,
                        cap: end - i,
                        alt_cap: end - i,
                    };
                    if !self.yield_to(&y, vec![Value::Slice(part)], span)? {
                        break;
                    }
                    i = end;
                }
                Ok(())
            }
            (_, Some(Value::Tuple(a))) => {
                let Some(&(_, eager)) = PIECES.iter().find(|p| p.0 == name) else {
                    unsup!(self, span, "iterator {name}")
                };
                let mut a = a.clone();
                if name == "strings.Lines" {
                    a.push(Value::Str(Rc::from(&b"\n"[..])));
                }
                let pieces = match crate::stdlib::call_std_values(self, eager, a, span)?.first() {
                    Some(Value::Slice(s)) => s.to_vec(),
                    _ => unsup!(self, span, "iterator {name}"),
                };
                for p in pieces {
                    self.step(span)?;
                    // Lines yields no empty piece after a final newline.
                    if name == "strings.Lines" && matches!(&p, Value::Str(t) if t.is_empty()) {
                        break;
                    }
                    if !self.yield_to(&y, vec![p], span)? {
                        break;
                    }
                }
                Ok(())
            }
            _ => unsup!(self, span, "iterator {name}"),
        }
    }

    /// `maps.Collect(seq)`: a new map (no size hint) filled in the iterator's order.
    fn collect_map(&mut self, args: &[Value], e: &Expr) -> R<Vec<Value>> {
        let span = e.span;
        let mt = self.ty_of(e)?;
        let Some(Value::Func(seq)) = args.first() else { unsup!(self, span, "maps.Collect") };
        let Some(seq) = seq.clone() else {
            return Err(self.panic_rt(crate::panics::RuntimeError::NilDeref { addr: 0 }));
        };
        let m = self.new_map(mt, None, span)?;
        let y = std_closure("iter:collectmap".into(), m.clone());
        self.call_closure(&seq, vec![y], span, false)?;
        Ok(vec![m])
    }

    fn collect(&mut self, sorted: bool, args: &[Value], e: &Expr) -> R<Vec<Value>> {
        let span = e.span;
        let st = self.ty_of(e)?;
        let TypeKind::Slice(et) = self.ukind(st) else { unsup!(self, span, "slices.Collect") };
        let Some(Value::Func(seq)) = args.first() else { unsup!(self, span, "slices.Collect") };
        let Some(seq) = seq.clone() else {
            return Err(self.panic_rt(crate::panics::RuntimeError::NilDeref { addr: 0 }));
        };
        let acc = Ptr::to_cell(cell(Value::Array(Vec::new())));
        let y = Closure {
            code: Code::Std("iter:collect".into()),
            captured: Vec::new(),
            targs: Rc::new(Vec::new()),
            recv: Some(Value::Ptr(Some(acc.clone()))),
        };
        self.call_closure(&seq, vec![Value::Func(Some(Rc::new(y)))], span, false)?;
        let mut items = match acc.load() {
            Some(Value::Array(v)) => v,
            _ => Vec::new(),
        };
        if sorted {
            let kind = self.basic(et);
            let uns = kind.is_some_and(|k| k.is_unsigned());
            let mut bad = false;
            escapade_base::sort::stable_sort_by(&mut items, |a, b| match (a, b) {
                (Value::Int(x), Value::Int(y)) if uns => (*x as u64).cmp(&(*y as u64)),
                (Value::Int(x), Value::Int(y)) => x.cmp(y),
                (Value::Str(x), Value::Str(y)) => x.cmp(y),
                (Value::Float(x), Value::Float(y))
                    if !x.is_nan() && !y.is_nan() && (*x != 0.0 || *y != 0.0) =>
                {
                    x.total_cmp(y)
                }
                _ => {
                    bad = true;
                    std::cmp::Ordering::Equal
                }
            });
            if bad || kind == Some(BK::Bool) {
                unsup!(self, span, "slices.Sorted of these elements");
            }
        }
        if items.is_empty() {
            return Ok(vec![Value::Slice(Slice::nil())]);
        }
        // AppendSeq appends one element at a time from a nil slice.
        let layout = self.elem_layout(et);
        let mut cap = 0u64;
        for len in 1..=items.len() as u64 {
            if len > cap {
                cap = match grow_cap(cap, len, layout) {
                    Ok(c) => c,
                    Err(_) => unsup!(self, span, "slices.Collect of this size"),
                };
            }
        }
        let (sz, _) = self.ck.size_align(et);
        self.alloc(cap * sz.max(1), span)?;
        let n = items.len();
        let zero = self.zero(et, span)?;
        items.resize(cap as usize, zero);
        let s = Slice {
            arr: Some(Backing::new(items)),
            off: 0,
            len: n,
            cap: cap as usize,
            // If the compiler inlines the collection, escape analysis may give the first append a
            // stack buffer: the capacity is not certain.
            alt_cap: cap as usize + 1,
        };
        Ok(vec![Value::Slice(s)])
    }

    fn slices_basic(&mut self, name: &str, args: &[Value], e: &Expr) -> R<Vec<Value>> {
        let span = e.span;
        let ExprKind::Call { args: arg_exprs, .. } = &e.kind else { unsup!(self, span, "{name}") };
        let Some(first) = arg_exprs.first() else { unsup!(self, span, "{name}") };
        let st = self.ty_of(first)?;
        let TypeKind::Slice(et) = self.ukind(st) else { unsup!(self, span, "{name}") };
        let Some(Value::Slice(sl)) = args.first() else { unsup!(self, span, "{name}") };
        let items = sl.to_vec();
        match name {
            "slices.Index" | "slices.Contains" => {
                let Some(v) = args.get(1) else { unsup!(self, span, "{name}") };
                let mut at = -1i64;
                for (i, x) in items.iter().enumerate() {
                    self.step(span)?;
                    if self.values_equal(x, v, et, span)? {
                        at = i as i64;
                        break;
                    }
                }
                Ok(vec![if name == "slices.Index" { Value::Int(at) } else { Value::Bool(at >= 0) }])
            }
            "slices.Reverse" => {
                if let Some(arr) = &sl.arr {
                    let mut a = arr.borrow_mut();
                    if let Some(part) = a.get_mut(sl.off..sl.off + sl.len) {
                        part.reverse();
                    }
                }
                Ok(Vec::new())
            }
            _ => {
                if items.is_empty() {
                    let msg = format!("{name}: empty list");
                    let st = self.ck.types.basic(BK::String);
                    let v = Value::Iface(Some(Rc::new((
                        Dyn::Go(st),
                        Value::Str(Rc::from(msg.as_bytes())),
                    ))));
                    let chain = std::mem::take(&mut self.recovered);
                    return Err(super::Ctrl::Panic(Box::new(super::PanicState {
                        value: v,
                        runtime: None,
                        chain,
                    })));
                }
                let uns = self.basic(et).is_some_and(|k| k.is_unsigned());
                let max = name == "slices.Max";
                let mut best = items[0].clone();
                for x in &items[1..] {
                    let better = match (x, &best) {
                        (Value::Int(a), Value::Int(b)) if uns => {
                            ((*a as u64) > (*b as u64)) == max && a != b
                        }
                        (Value::Int(a), Value::Int(b)) => (a > b) == max && a != b,
                        (Value::Str(a), Value::Str(b)) => (a > b) == max && a != b,
                        _ => unsup!(self, span, "{name} of these elements"),
                    };
                    if better {
                        best = x.clone();
                    }
                }
                Ok(vec![best])
            }
        }
    }
}
