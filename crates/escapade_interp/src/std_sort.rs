//! `sort.Interface` algorithms (also through `sort.Reverse`) and `container/heap`, calling the
//! user's `Len`, `Less`, `Swap` (and `Push`/`Pop`) in the order Go's code does: `sort.Sort` on at
//! most 12 elements (pdqsort's insertion sort), `sort.Stable` (insertion-sorted blocks of 20
//! merged by SymMerge), heap `Init/Push/Pop/Fix/Remove`, `sort.Find`, and the methods of
//! `sort.IntSlice`, `sort.StringSlice` and `sort.Float64Slice`.

use escapade_base::Span;

use crate::interp::{Interp, R};
use crate::value::*;

/// A `sort.Interface` (or `heap.Interface`) value: its dynamic type and payload.
struct Data {
    d: Dyn,
    v: Value,
    span: Span,
    /// Wrapped by `sort.Reverse` an odd number of times: `Less(i, j)` asks `Less(j, i)`.
    rev: bool,
}

impl Data {
    fn of(it: &Interp, v: Option<&Value>, span: Span) -> R<Data> {
        let mut rev = false;
        let mut v = v;
        for _ in 0..64 {
            match v {
                Some(Value::Iface(Some(p))) if p.0 == Dyn::SortReverse => {
                    rev = !rev;
                    v = Some(&p.1);
                }
                Some(Value::Iface(Some(p))) => {
                    return Ok(Data { d: p.0, v: p.1.clone(), span, rev })
                }
                _ => break,
            }
        }
        Err(it.unsupported(span, "sorting a nil interface (panics)"))
    }

    fn call(&self, it: &mut Interp, m: &str, args: Vec<Value>) -> R<Vec<Value>> {
        let clo = it.dyn_method(self.d, self.v.clone(), m, self.span)?;
        it.call_closure(&clo, args, self.span, false)
    }

    fn len(&self, it: &mut Interp) -> R<i64> {
        match self.call(it, "Len", Vec::new())?.first() {
            Some(Value::Int(n)) => Ok(*n),
            _ => Err(it.unsupported(self.span, "Len result")),
        }
    }

    fn less(&self, it: &mut Interp, i: i64, j: i64) -> R<bool> {
        let (i, j) = if self.rev { (j, i) } else { (i, j) };
        match self.call(it, "Less", vec![Value::Int(i), Value::Int(j)])?.first() {
            Some(Value::Bool(b)) => Ok(*b),
            _ => Err(it.unsupported(self.span, "Less result")),
        }
    }

    fn swap(&self, it: &mut Interp, i: i64, j: i64) -> R<()> {
        self.call(it, "Swap", vec![Value::Int(i), Value::Int(j)])?;
        Ok(())
    }

    fn insertion_sort(&self, it: &mut Interp, a: i64, b: i64) -> R<()> {
        for i in a + 1..b {
            let mut j = i;
            while j > a && self.less(it, j, j - 1)? {
                self.swap(it, j, j - 1)?;
                j -= 1;
            }
        }
        Ok(())
    }

    fn stable(&self, it: &mut Interp, n: i64) -> R<()> {
        let mut block = 20;
        let (mut a, mut b) = (0, block);
        while b <= n {
            self.insertion_sort(it, a, b)?;
            a = b;
            b += block;
        }
        self.insertion_sort(it, a, n)?;
        while block < n {
            a = 0;
            b = 2 * block;
            while b <= n {
                self.sym_merge(it, a, a + block, b)?;
                a = b;
                b += 2 * block;
            }
            let m = a + block;
            if m < n {
                self.sym_merge(it, a, m, n)?;
            }
            block *= 2;
        }
        Ok(())
    }

    /// SymMerge of the sorted runs `[a, m)` and `[m, b)` (Kim and Kutzner), as Go's `symMerge`.
    fn sym_merge(&self, it: &mut Interp, a: i64, m: i64, b: i64) -> R<()> {
        if m - a == 1 {
            // Binary search for the insertion point of data[a] in [m, b), then rotate it in.
            let (mut i, mut j) = (m, b);
            while i < j {
                let h = (i + j) / 2;
                if self.less(it, h, a)? {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for k in a..i - 1 {
                self.swap(it, k, k + 1)?;
            }
            return Ok(());
        }
        if b - m == 1 {
            let (mut i, mut j) = (a, m);
            while i < j {
                let h = (i + j) / 2;
                if !self.less(it, m, h)? {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            let mut k = m;
            while k > i {
                self.swap(it, k, k - 1)?;
                k -= 1;
            }
            return Ok(());
        }
        let mid = (a + b) / 2;
        let n = mid + m;
        let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
        let p = n - 1;
        while start < r {
            let c = (start + r) / 2;
            if !self.less(it, p - c, c)? {
                start = c + 1;
            } else {
                r = c;
            }
        }
        let end = n - start;
        if start < m && m < end {
            self.rotate(it, start, m, end)?;
        }
        if a < start && start < mid {
            self.sym_merge(it, a, start, mid)?;
        }
        if mid < end && end < b {
            self.sym_merge(it, mid, end, b)?;
        }
        Ok(())
    }

    fn rotate(&self, it: &mut Interp, a: i64, m: i64, b: i64) -> R<()> {
        let (mut i, mut j) = (m - a, b - m);
        while i != j {
            if i > j {
                self.swap_range(it, m - i, m, j)?;
                i -= j;
            } else {
                self.swap_range(it, m - i, m + j - i, i)?;
                j -= i;
            }
        }
        self.swap_range(it, m - i, m, i)
    }

    fn swap_range(&self, it: &mut Interp, a: i64, b: i64, n: i64) -> R<()> {
        for i in 0..n {
            self.swap(it, a + i, b + i)?;
        }
        Ok(())
    }

    fn up(&self, it: &mut Interp, mut j: i64) -> R<()> {
        loop {
            let i = (j - 1) / 2;
            if i == j || !self.less(it, j, i)? {
                return Ok(());
            }
            self.swap(it, i, j)?;
            j = i;
        }
    }

    fn down(&self, it: &mut Interp, i0: i64, n: i64) -> R<bool> {
        let mut i = i0;
        loop {
            let j1 = 2 * i + 1;
            if j1 >= n || j1 < 0 {
                break;
            }
            let mut j = j1;
            let j2 = j1 + 1;
            if j2 < n && self.less(it, j2, j1)? {
                j = j2;
            }
            if !self.less(it, j, i)? {
                break;
            }
            self.swap(it, i, j)?;
            i = j;
        }
        Ok(i > i0)
    }
}

fn int_arg(args: &[Value], i: usize) -> Option<i64> {
    match args.get(i) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    }
}

pub fn call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    let r = match name {
        "sort.Sort"
        | "sort.Stable"
        | "sort.IsSorted"
        | "container/heap.Init"
        | "container/heap.Push"
        | "container/heap.Pop"
        | "container/heap.Fix"
        | "container/heap.Remove" => (|| {
            let h = Data::of(it, args.first(), span)?;
            match name {
                "sort.Sort" => {
                    let n = h.len(it)?;
                    if n > 12 {
                        return Err(it.unsupported(span, "sort.Sort of more than 12 elements"));
                    }
                    h.insertion_sort(it, 0, n)?;
                    Ok(Vec::new())
                }
                "sort.Stable" => {
                    let n = h.len(it)?;
                    h.stable(it, n)?;
                    Ok(Vec::new())
                }
                "sort.IsSorted" => {
                    let n = h.len(it)?;
                    let mut i = n - 1;
                    while i > 0 {
                        if h.less(it, i, i - 1)? {
                            return Ok(vec![Value::Bool(false)]);
                        }
                        i -= 1;
                    }
                    Ok(vec![Value::Bool(true)])
                }
                "container/heap.Init" => {
                    let n = h.len(it)?;
                    let mut i = n / 2 - 1;
                    while i >= 0 {
                        h.down(it, i, n)?;
                        i -= 1;
                    }
                    Ok(Vec::new())
                }
                "container/heap.Push" => {
                    let x = args.get(1).cloned().unwrap_or(Value::Iface(None));
                    h.call(it, "Push", vec![x])?;
                    let n = h.len(it)?;
                    h.up(it, n - 1)?;
                    Ok(Vec::new())
                }
                "container/heap.Pop" => {
                    let n = h.len(it)? - 1;
                    h.swap(it, 0, n)?;
                    h.down(it, 0, n)?;
                    h.call(it, "Pop", Vec::new())
                }
                "container/heap.Fix" => {
                    let Some(i) = int_arg(args, 1) else { return Err(it.unsupported(span, name)) };
                    let n = h.len(it)?;
                    if !h.down(it, i, n)? {
                        h.up(it, i)?;
                    }
                    Ok(Vec::new())
                }
                _ => {
                    let Some(i) = int_arg(args, 1) else { return Err(it.unsupported(span, name)) };
                    let n = h.len(it)? - 1;
                    if n != i {
                        h.swap(it, i, n)?;
                        if !h.down(it, i, n)? {
                            h.up(it, i)?;
                        }
                    }
                    h.call(it, "Pop", Vec::new())
                }
            }
        })(),
        "sort.Reverse" => match args.first() {
            Some(v) => {
                Ok(vec![Value::Iface(Some(std::rc::Rc::new((Dyn::SortReverse, v.clone()))))])
            }
            None => Err(it.unsupported(span, name)),
        },
        "sort.Find" => (|| {
            let (Some(n), Some(Value::Func(Some(f)))) = (int_arg(args, 0), args.get(1)) else {
                return Err(it.unsupported(span, name));
            };
            let f = f.clone();
            let cmp = |it: &mut Interp, i: i64| -> R<i64> {
                match it.call_closure(&f, vec![Value::Int(i)], span, false)?.first() {
                    Some(Value::Int(c)) => Ok(*c),
                    _ => Err(it.unsupported(span, name)),
                }
            };
            let (mut i, mut j) = (0, n);
            while i < j {
                let h = (i + j) / 2;
                if cmp(it, h)? > 0 {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            let found = i < n && cmp(it, i)? == 0;
            Ok(vec![Value::Int(i), Value::Bool(found)])
        })(),
        _ => {
            let m = name
                .strip_prefix("sort.IntSlice.")
                .or_else(|| name.strip_prefix("sort.StringSlice."))
                .or_else(|| name.strip_prefix("sort.Float64Slice."))?;
            slice_method(it, m, args, span)
        }
    };
    Some(r)
}

/// `Len`, `Less`, `Swap`, `Sort` of the std slice types (receiver: the slice).
fn slice_method(it: &mut Interp, m: &str, args: &[Value], span: Span) -> R<Vec<Value>> {
    let Some(Value::Slice(s)) = args.first() else { return Err(it.unsupported(span, m)) };
    let at = |i: Option<i64>| -> Option<usize> {
        let i = usize::try_from(i?).ok()?;
        (i < s.len).then_some(s.off + i)
    };
    let (i, j) = (at(int_arg(args, 1)), at(int_arg(args, 2)));
    match m {
        "Len" => Ok(vec![Value::Int(s.len as i64)]),
        "Search" => {
            // sort.SearchInts/SearchStrings/SearchFloat64s on the receiver.
            let f = match s.to_vec().first() {
                Some(Value::Str(_)) => "sort.SearchStrings",
                Some(Value::Float(_)) => "sort.SearchFloat64s",
                _ => "sort.SearchInts",
            };
            crate::stdlib::call_std_values(it, f, args.to_vec(), span)
        }
        "Sort" => crate::stdlib::slices_sort(it, &args[..1], false, span),
        "Less" | "Swap" => {
            let (Some(i), Some(j), Some(arr)) = (i, j, s.arr.as_ref()) else {
                return Err(it.unsupported(span, "index out of range in a sort method (panics)"));
            };
            let n = arr.borrow().len();
            if i >= n || j >= n {
                return Err(it.unsupported(span, m));
            }
            if m == "Swap" {
                arr.borrow_mut().swap(i, j);
                return Ok(Vec::new());
            }
            let a = arr.borrow();
            let less = match (&a[i], &a[j]) {
                (Value::Int(x), Value::Int(y)) => x < y,
                (Value::Str(x), Value::Str(y)) => x < y,
                (Value::Float(x), Value::Float(y)) => x < y || (x.is_nan() && !y.is_nan()),
                _ => return Err(it.unsupported(span, m)),
            };
            Ok(vec![Value::Bool(less)])
        }
        _ => Err(it.unsupported(span, &format!("std method {m}"))),
    }
}
