//! More std functions: the `strings` split and rune-predicate families, `slices`/`sort`/`maps`
//! helpers, `unicode/utf8` on byte slices, `strconv.Append*` and `time.Duration` methods
//! (`math` is in `std_math`). Each follows the Go source's algorithm (call order of user
//! callbacks included); inputs it cannot model exactly (invalid UTF-8 given to rune
//! callbacks) are refused.

use std::rc::Rc;

use escapade_base::Span;
use escapade_syntax::ast::Expr;
use escapade_types::types::TypeKind;
use escapade_types::TypeId;

use crate::growslice::{grow_cap, ElemLayout};
use crate::interp::{decode_runes, Interp, R};
use crate::value::*;

/// Writes `v` at `i` of a backing array (out-of-range writes are dropped, never a panic).
pub(crate) fn put(a: &mut [Value], i: usize, v: Value) {
    if let Some(x) = a.get_mut(i) {
        *x = v;
    }
}

/// Writes `data` as bytes into `s`'s backing array from element `at` (the caller keeps it
/// within the slice; past the array nothing is written).
pub(crate) fn write_bytes(s: &Slice, at: usize, data: &[u8]) {
    if let Some(arr) = &s.arr {
        let mut a = arr.borrow_mut();
        for (k, &c) in data.iter().enumerate() {
            put(&mut a, s.off + at + k, Value::Int(i64::from(c)));
        }
    }
}

/// Go's `copy(dst, src)` of bytes: what fits, and the count.
pub(crate) fn copy_bytes(dst: &Slice, src: &[u8]) -> usize {
    let n = dst.len.min(src.len());
    write_bytes(dst, 0, &src[..n]);
    n
}

fn str_val(b: &[u8]) -> Value {
    Value::Str(Rc::from(b))
}

fn byte_vals(b: &[u8]) -> Vec<Value> {
    b.iter().map(|&c| Value::Int(i64::from(c))).collect()
}

/// A slice of `len` elements in a backing array of `cap` (the rest `fill`).
fn slice_with_cap(mut v: Vec<Value>, cap: usize, fill: Value) -> Value {
    let len = v.len();
    v.resize(cap.max(len), fill);
    let cap = v.len();
    Value::Slice(Slice { arr: Some(Backing::new(v)), off: 0, len, cap, alt_cap: cap })
}

/// UTF-8 encoding of a rune as Go's `utf8.EncodeRune` (invalid runes become U+FFFD).
pub fn encode_rune(r: i64) -> Vec<u8> {
    let c = u32::try_from(r).ok().and_then(char::from_u32).unwrap_or(char::REPLACEMENT_CHARACTER);
    c.to_string().into_bytes()
}

/// Each rune of `b` as Go's `range` decodes it (an invalid byte is U+FFFD of width 1): its
/// byte offset, the rune and its width.
fn indexed_runes(b: &[u8]) -> Vec<(usize, u32, usize)> {
    let mut at = 0;
    let mut out = Vec::new();
    for (r, w) in decode_runes(b) {
        out.push((at, r, w));
        at += w;
    }
    out
}

/// The fields of `b` between runes for which `sep` holds (FieldsFunc), as byte ranges.
pub(crate) fn split_fields<E>(
    b: &[u8],
    mut sep: impl FnMut(u32) -> Result<bool, E>,
) -> Result<Vec<std::ops::Range<usize>>, E> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c, _) in indexed_runes(b) {
        if sep(c)? {
            if let Some(s) = start.take() {
                out.push(s..i);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(s..b.len());
    }
    Ok(out)
}

/// Go's `unicode.IsSpace` (Unicode White_Space, as Rust's `char::is_whitespace`).
pub(crate) fn is_space(r: u32) -> bool {
    char::from_u32(r).is_some_and(char::is_whitespace)
}

/// `strings.TrimSpace` of any bytes (an invalid byte is U+FFFD, not a space).
pub(crate) fn trim_space(b: &[u8]) -> &[u8] {
    let runes = indexed_runes(b);
    let kept: Vec<&(usize, u32, usize)> = runes.iter().filter(|r| !is_space(r.1)).collect();
    match (kept.first(), kept.last()) {
        (Some(f), Some(l)) => &b[f.0..l.0 + l.2],
        _ => &b[..0],
    }
}

fn utf8_text<'a>(it: &Interp, name: &str, b: &'a [u8], span: Span) -> R<&'a str> {
    std::str::from_utf8(b).map_err(|_| it.unsupported(span, &format!("{name} of invalid UTF-8")))
}

/// Go's `genSplit`: `sep_save` bytes of the separator stay with each piece; `n` pieces at most
/// (`n < 0`: all). The result's capacity is the `n` Go allocates.
fn gen_split(a: &[u8], sep: &[u8], sep_save: usize, n: i64) -> Value {
    if n == 0 {
        return Value::Slice(Slice::nil());
    }
    if sep.is_empty() {
        return explode(a, n);
    }
    let count = || {
        let mut c = 0i64;
        let mut i = 0;
        while i + sep.len() <= a.len() {
            if &a[i..i + sep.len()] == sep {
                c += 1;
                i += sep.len();
            } else {
                i += 1;
            }
        }
        c
    };
    let mut n = if n < 0 { count() + 1 } else { n };
    n = n.min(a.len() as i64 + 1);
    let mut out = Vec::new();
    let mut rest = a;
    while (out.len() as i64) < n - 1 {
        let Some(m) = rest.windows(sep.len()).position(|w| w == sep) else { break };
        out.push(str_val(&rest[..m + sep_save]));
        rest = &rest[m + sep.len()..];
    }
    out.push(str_val(rest));
    slice_with_cap(out, n as usize, str_val(b""))
}

/// Go's `explode`: one piece per UTF-8 sequence (an invalid byte is a piece), `n` at most.
fn explode(a: &[u8], n: i64) -> Value {
    let runes = decode_runes(a);
    let n = if n < 0 || n as usize > runes.len() { runes.len() } else { n as usize };
    let mut out = Vec::new();
    let mut off = 0;
    for &(_, w) in runes.iter().take(n.saturating_sub(1)) {
        out.push(str_val(&a[off..off + w]));
        off += w;
    }
    if n > 0 {
        out.push(str_val(&a[off..]));
    }
    Value::Slice(Slice::from_vec(out))
}

impl Interp<'_> {
    fn call_pred(&mut self, f: &Value, r: u32, span: Span) -> R<bool> {
        let Value::Func(Some(clo)) = f else { return Err(self.unsupported(span, "nil function")) };
        let clo = clo.clone();
        match self.call_closure(&clo, vec![Value::Int(i64::from(r))], span, false)?.first() {
            Some(Value::Bool(b)) => Ok(*b),
            _ => Err(self.unsupported(span, "predicate result")),
        }
    }

    fn call_fn(&mut self, f: &Value, args: Vec<Value>, span: Span) -> R<Value> {
        let Value::Func(Some(clo)) = f else { return Err(self.unsupported(span, "nil function")) };
        let clo = clo.clone();
        let r = self.call_closure(&clo, args, span, false)?;
        Ok(r.into_iter().next().unwrap_or(Value::Tuple(Vec::new())))
    }

    /// `append` of a std function (inside strconv/slices): the slice escapes there, so growth
    /// follows the heap rule. Refused when the slice's capacity is itself uncertain.
    fn heap_append(&mut self, s: &Slice, add: Vec<Value>, et: TypeId, span: Span) -> R<Slice> {
        let new_len = s.len + add.len();
        let (fits, fits_alt) = (new_len <= s.cap, new_len <= s.alt_cap);
        if fits != fits_alt {
            return Err(self.unsupported(
                span,
                "appending to a slice whose capacity depends on escape analysis",
            ));
        }
        if fits {
            if let Some(arr) = &s.arr {
                let mut a = arr.borrow_mut();
                for (i, v) in add.into_iter().enumerate() {
                    if let Some(x) = a.get_mut(s.off + s.len + i) {
                        *x = v;
                    }
                }
            }
            return Ok(Slice { len: new_len, ..s.clone() });
        }
        // A new array: the capacity grows from each candidate capacity (they stay distinct,
        // so `cap` of the result is still refused when they differ).
        let (size, _) = self.ck.size_align(et);
        let layout = ElemLayout::new(size, !self.ck.pointer_free(et));
        let (Ok(cap), Ok(alt_cap)) = (
            grow_cap(s.cap as u64, new_len as u64, layout),
            grow_cap(s.alt_cap as u64, new_len as u64, layout),
        ) else {
            return Err(self.unsupported(span, "growslice: len out of range"));
        };
        self.alloc(cap.max(alt_cap).saturating_mul(size.max(1)), span)?;
        let zero = self.zero(et, span)?;
        let mut v = s.to_vec();
        v.extend(add);
        let Value::Slice(sl) = slice_with_cap(v, cap.max(alt_cap) as usize, zero) else {
            return Err(self.unsupported(span, "append"));
        };
        Ok(Slice { cap: cap as usize, alt_cap: alt_cap as usize, ..sl })
    }

    fn elem_of(&mut self, e: Option<&Expr>) -> R<Option<TypeId>> {
        let Some(e) = e else { return Ok(None) };
        let t = self.ty_of(e)?;
        Ok(match self.ukind(t) {
            TypeKind::Slice(et) => Some(et),
            _ => None,
        })
    }
}

/// `cmp.Less` of two ordered values (`uns`: integers are unsigned bit patterns): NaN is below
/// every other float. `None` for values of other kinds.
pub(crate) fn ordered_less(x: &Value, y: &Value, uns: bool) -> Option<bool> {
    Some(match (x, y) {
        (Value::Int(a), Value::Int(b)) if uns => (*a as u64) < (*b as u64),
        (Value::Int(a), Value::Int(b)) => a < b,
        (Value::Str(a), Value::Str(b)) => a < b,
        (Value::Float(a), Value::Float(b)) => a < b || (a.is_nan() && !b.is_nan()),
        _ => return None,
    })
}

/// The count of `strings.Repeat` / `bytes.Repeat` (`pkg`) of `len` bytes, after Go's checks
/// (a negative count and a result longer than the largest int panic) and the memory budget.
pub(crate) fn repeat_count(it: &mut Interp, pkg: &str, len: usize, n: i64, span: Span) -> R<usize> {
    if n < 0 {
        return Err(it.panic_string(&format!("{pkg}: negative Repeat count")));
    }
    let total = (len as u128) * (n as u128);
    if total > i64::MAX as u128 {
        return Err(it.panic_string(&format!("{pkg}: Repeat output length overflow")));
    }
    it.alloc(total as u64, span)?;
    Ok(n as usize)
}

/// Functions that need the static types of their arguments.
pub fn call_typed(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    e: &Expr,
    arg_exprs: &[Expr],
) -> Option<R<Vec<Value>>> {
    let span = e.span;
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Tuple(Vec::new()));
    let r = match name {
        "slices.IsSorted" => (|| {
            let et = it.elem_of(arg_exprs.first())?;
            let uns = et.and_then(|et| it.basic(et)).is_some_and(|k| k.is_unsigned());
            let Value::Slice(s) = arg(0) else { return Err(it.unsupported(span, name)) };
            let mut sorted = true;
            for w in s.to_vec().windows(2) {
                match ordered_less(&w[1], &w[0], uns) {
                    Some(less) => sorted &= !less,
                    None => return Err(it.unsupported(span, "slices.IsSorted of these elements")),
                }
            }
            Ok(vec![Value::Bool(sorted)])
        })(),
        "sync.NewCond" => (|| {
            let t = it.ty_of(e)?;
            let TypeKind::Pointer(ct) = it.ukind(t) else { return Err(it.unsupported(span, name)) };
            let mut c = it.zero(ct, span)?;
            // sync.Cond's fields: noCopy, L, notify, checker.
            match &mut c {
                Value::Struct(f) if f.len() == 4 => f[1] = arg(0),
                _ => return Err(it.unsupported(span, name)),
            }
            it.alloc(56, span)?;
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(c))))])
        })(),
        "slices.Clone"
        | "slices.Grow"
        | "slices.Delete"
        | "slices.Insert"
        | "slices.Compact"
        | "slices.Repeat"
        | "strconv.AppendFloat"
        | "strconv.AppendInt"
        | "strconv.AppendQuote"
        | "strconv.AppendBool"
        | "strconv.AppendQuoteRune"
        | "unicode/utf8.AppendRune" => (|| {
            let et = if name.starts_with("slices.") {
                match it.elem_of(arg_exprs.first())? {
                    Some(et) => et,
                    None => return Err(it.unsupported(span, name)),
                }
            } else {
                it.ck.types.basic(escapade_types::types::BasicKind::Uint8)
            };
            let s = match arg(0) {
                Value::Slice(s) => s,
                Value::Iface(None) => Slice::nil(),
                _ => return Err(it.unsupported(span, name)),
            };
            slices_typed(it, name, s, et, args, span)
        })(),
        "slices.Equal" => (|| {
            let Some(et) = it.elem_of(arg_exprs.first())? else {
                return Err(it.unsupported(span, name));
            };
            let list = |v: Value| match v {
                Value::Slice(s) => s.to_vec(),
                _ => Vec::new(),
            };
            let (a, b) = (list(arg(0)), list(arg(1)));
            if a.len() != b.len() {
                return Ok(vec![Value::Bool(false)]);
            }
            for (x, y) in a.iter().zip(&b) {
                if !it.values_equal(x, y, et, span)? {
                    return Ok(vec![Value::Bool(false)]);
                }
            }
            Ok(vec![Value::Bool(true)])
        })(),
        "slices.Concat" => (|| {
            let Some(et) = it.elem_of(arg_exprs.first())? else {
                return Err(it.unsupported(span, name));
            };
            let mut all = Vec::new();
            for v in match arg(0) {
                Value::Slice(s) => s.to_vec(),
                _ => Vec::new(),
            } {
                if let Value::Slice(s) = v {
                    all.extend(s.to_vec());
                }
            }
            if all.is_empty() {
                return Err(it.unsupported(span, "slices.Concat of nothing"));
            }
            Ok(vec![Value::Slice(it.heap_append(&Slice::nil(), all, et, span)?)])
        })(),
        "maps.Equal" => (|| {
            let Some(a) = arg_exprs.first() else { return Err(it.unsupported(span, name)) };
            let t = it.ty_of(a)?;
            let TypeKind::Map(_, vt) = it.ukind(t) else { return Err(it.unsupported(span, name)) };
            let entries = |v: &Value| match v {
                Value::Map(Some(m)) => {
                    m.borrow_mut().map.iterate().into_iter().map(|(_, kv)| kv).collect()
                }
                _ => Vec::new(),
            };
            let m1: Vec<(Value, Value)> = entries(&arg(0));
            let m2 = arg(1);
            let n2 = entries(&m2).len();
            if m1.len() != n2 {
                return Ok(vec![Value::Bool(false)]);
            }
            let Value::Map(Some(m2)) = m2 else { return Ok(vec![Value::Bool(true)]) };
            for (k, v) in &m1 {
                let gk = it.map_key(k, span)?;
                let got = m2.borrow_mut().map.get(&gk).map(|x| x.1.clone());
                let Some(w) = got else { return Ok(vec![Value::Bool(false)]) };
                if !it.values_equal(v, &w, vt, span)? {
                    return Ok(vec![Value::Bool(false)]);
                }
            }
            Ok(vec![Value::Bool(true)])
        })(),
        "maps.DeleteFunc" => (|| {
            let Some(a) = arg_exprs.first() else { return Err(it.unsupported(span, name)) };
            let t = it.ty_of(a)?;
            let TypeKind::Map(kt, vt) = it.ukind(t) else { return Err(it.unsupported(span, name)) };
            let Value::Map(Some(m)) = arg(0) else { return Ok(Vec::new()) };
            let f = arg(1);
            // Go's `for k, v := range m { if del(k, v) { delete(m, k) } }` on the simulator's
            // iterator, which sees the deletions as Go's does.
            let mut iter = m.borrow_mut().map.iter_init();
            let r = (|| loop {
                let next = m.borrow_mut().map.iter_next(&mut iter);
                let Some((_, (k, v))) = next else { return Ok(Vec::new()) };
                if matches!(it.call_fn(&f, vec![k.clone(), v], span)?, Value::Bool(true)) {
                    let gk = it.map_key(&k, span)?;
                    m.borrow_mut().map.delete(&gk);
                    it.trace(&m, "delete", &k, kt, None, vt, span);
                }
            })();
            m.borrow_mut().map.iter_close(&mut iter);
            r
        })(),
        "maps.Copy" => (|| {
            // `for k, v := range src { dst[k] = v }`, in the simulated iteration order.
            let Value::Map(Some(src)) = arg(1) else { return Ok(Vec::new()) };
            let entries: Vec<(Value, Value)> =
                src.borrow_mut().map.iterate().into_iter().map(|(_, kv)| kv).collect();
            match arg(0) {
                Value::Map(Some(dst)) => {
                    for (k, v) in entries {
                        it.map_put(&dst, k, v, span)?;
                    }
                }
                _ if entries.is_empty() => {}
                _ => return Err(it.panic_rt(crate::panics::RuntimeError::NilMapWrite)),
            }
            Ok(Vec::new())
        })(),
        "maps.Clone" => (|| {
            let Some(a) = arg_exprs.first() else { return Err(it.unsupported(span, name)) };
            let t = it.ty_of(a)?;
            let Value::Map(Some(m)) = arg(0) else { return Ok(vec![Value::Map(None)]) };
            let entries: Vec<(Value, Value)> =
                m.borrow_mut().map.iterate().into_iter().map(|(_, kv)| kv).collect();
            let nm = it.new_map(t, Some(entries.len()), span)?;
            let Value::Map(Some(nmo)) = &nm else { return Err(it.unsupported(span, name)) };
            for (k, v) in entries {
                it.map_put(nmo, k, v, span)?;
            }
            Ok(vec![nm])
        })(),
        _ => return None,
    };
    Some(r)
}

fn slices_typed(
    it: &mut Interp,
    name: &str,
    s: Slice,
    et: TypeId,
    args: &[Value],
    span: Span,
) -> R<Vec<Value>> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Tuple(Vec::new()));
    let int = |i: usize| match args.get(i) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    let append_bytes = |it: &mut Interp, b: &[u8]| -> R<Vec<Value>> {
        Ok(vec![Value::Slice(it.heap_append(&s, byte_vals(b), et, span)?)])
    };
    match name {
        "slices.Clone" => {
            // append(s[:0:0], s...): nil stays nil.
            if s.arr.is_none() {
                return Ok(vec![Value::Slice(Slice::nil())]);
            }
            let empty = Slice { arr: None, off: 0, len: 0, cap: 0, alt_cap: 0 };
            let r = it.heap_append(&empty, s.to_vec(), et, span)?;
            let r = if r.arr.is_none() { Slice::from_vec(Vec::new()) } else { r };
            Ok(vec![Value::Slice(r)])
        }
        "slices.Grow" => {
            let Some(n) = int(1) else { return Err(it.unsupported(span, name)) };
            if n < 0 {
                return Err(it.unsupported(span, "slices.Grow with a negative count"));
            }
            let need = n - (s.cap as i64 - s.len as i64);
            if need <= 0 {
                return Ok(vec![Value::Slice(s)]);
            }
            let full = Slice { len: s.cap, ..s.clone() };
            let zero = it.zero(et, span)?;
            let grown = it.heap_append(&full, vec![zero; need as usize], et, span)?;
            Ok(vec![Value::Slice(Slice { len: s.len, ..grown })])
        }
        "slices.Delete" => {
            let (Some(i), Some(j)) = (int(1), int(2)) else {
                return Err(it.unsupported(span, name));
            };
            if i < 0 || j < i || j as usize > s.len {
                return Err(it.unsupported(span, "slices.Delete out of range (panics)"));
            }
            let (i, j) = (i as usize, j as usize);
            if i == j {
                return Ok(vec![Value::Slice(s)]);
            }
            let zero = it.zero(et, span)?;
            if let Some(arr) = &s.arr {
                let mut a = arr.borrow_mut();
                let base = s.off;
                for k in 0..s.len - j {
                    let v = a.get(base + j + k).cloned().unwrap_or(Value::Tuple(Vec::new()));
                    put(&mut a, base + i + k, v);
                }
                // Go 1.22+ zeroes the vacated tail.
                for k in s.len - (j - i)..s.len {
                    put(&mut a, base + k, zero.clone());
                }
            }
            Ok(vec![Value::Slice(Slice { len: s.len - (j - i), ..s })])
        }
        "slices.Insert" => {
            let Some(i) = int(1) else { return Err(it.unsupported(span, name)) };
            let vals = match arg(2) {
                Value::Slice(v) => v.to_vec(),
                _ => Vec::new(),
            };
            if i < 0 || i as usize > s.len {
                return Err(it.unsupported(span, "slices.Insert out of range (panics)"));
            }
            let i = i as usize;
            let m = vals.len();
            if m == 0 {
                return Ok(vec![Value::Slice(s)]);
            }
            let n = s.len + m;
            if n > s.cap {
                // s2 := append(s[:i], make(S, n-i)...); copy(s2[i:], v); copy(s2[i+m:], s[i:])
                let tail = s.to_vec().get(i..).map(<[Value]>::to_vec).unwrap_or_default();
                let zero = it.zero(et, span)?;
                let head = Slice { len: i, ..s.clone() };
                let grown = it.heap_append(&head, vec![zero; n - i], et, span)?;
                if let Some(arr) = &grown.arr {
                    let mut a = arr.borrow_mut();
                    for (k, v) in vals.into_iter().chain(tail).enumerate() {
                        put(&mut a, grown.off + i + k, v);
                    }
                }
                return Ok(vec![Value::Slice(grown)]);
            }
            if s.cap != s.alt_cap {
                return Err(
                    it.unsupported(span, "slices.Insert into a slice of uncertain capacity")
                );
            }
            let tail = s.to_vec().get(i..).map(<[Value]>::to_vec).unwrap_or_default();
            if let Some(arr) = &s.arr {
                let mut a = arr.borrow_mut();
                for (k, v) in vals.into_iter().chain(tail).enumerate() {
                    put(&mut a, s.off + i + k, v);
                }
            }
            Ok(vec![Value::Slice(Slice { len: n, ..s })])
        }
        "slices.Compact" => {
            let v = s.to_vec();
            let mut out: Vec<Value> = Vec::new();
            for x in v.iter() {
                match out.last() {
                    Some(last) if it.values_equal(last, x, et, span)? => {}
                    _ => out.push(x.clone()),
                }
            }
            let k = out.len();
            if k < v.len() {
                // Go 1.22+ zeroes the elements past the new length.
                let zero = it.zero(et, span)?;
                if let Some(arr) = &s.arr {
                    let mut a = arr.borrow_mut();
                    let all = out.into_iter().chain(std::iter::repeat(zero)).take(v.len());
                    for (i, x) in all.enumerate() {
                        put(&mut a, s.off + i, x);
                    }
                }
            }
            Ok(vec![Value::Slice(Slice { len: k, ..s })])
        }
        "slices.Repeat" => {
            let Some(count) = int(1) else { return Err(it.unsupported(span, name)) };
            let v = s.to_vec();
            let total = (v.len() as u64).checked_mul(count.max(0) as u64);
            let total = match total {
                Some(t) if count >= 0 && t <= 1 << 40 => t,
                _ => return Err(it.unsupported(span, "slices.Repeat with this count (panics)")),
            };
            let (size, _) = it.ck.size_align(et);
            it.alloc(total.saturating_mul(size.max(1)), span)?;
            let out: Vec<Value> = v.iter().cycle().take(total as usize).cloned().collect();
            Ok(vec![Value::Slice(Slice::from_vec(out))])
        }
        "strconv.AppendFloat" => {
            let (Value::Float(f), Some(fmt), Some(prec), Some(bits)) =
                (arg(1), int(2), int(3), int(4))
            else {
                return Err(it.unsupported(span, name));
            };
            let fb = match bits {
                32 => crate::fmtfloat::FloatBits::F32,
                64 => crate::fmtfloat::FloatBits::F64,
                _ => return Err(it.unsupported(span, "strconv.AppendFloat bit size")),
            };
            let text =
                u8::try_from(fmt).ok().and_then(|c| crate::fmtfloat::format_float(f, c, prec, fb));
            match text {
                Some(t) => append_bytes(it, t.as_bytes()),
                None => Err(it.unsupported(span, "strconv.AppendFloat format")),
            }
        }
        "strconv.AppendInt" => {
            let (Some(v), Some(base)) = (int(1), int(2)) else {
                return Err(it.unsupported(span, name));
            };
            let (mag, neg) =
                if v < 0 { ((v as u64).wrapping_neg(), true) } else { (v as u64, false) };
            let Some(t) = crate::sconv::format_bits(mag, neg, base as u64) else {
                return Err(it.unsupported(span, &format!("{name} with base {base}")));
            };
            append_bytes(it, t.as_bytes())
        }
        "strconv.AppendBool" => {
            let t: &[u8] = if matches!(arg(1), Value::Bool(true)) { b"true" } else { b"false" };
            append_bytes(it, t)
        }
        "strconv.AppendQuote" => match crate::quote::quote(&bytes_of(&arg(1)), false) {
            Some(t) => append_bytes(it, t.as_bytes()),
            None => Err(it.unsupported(span, "quoting this string")),
        },
        "strconv.AppendQuoteRune" => {
            let Some(r) = int(1) else { return Err(it.unsupported(span, name)) };
            match crate::quote::quote_rune(r, false) {
                Some(t) => append_bytes(it, t.as_bytes()),
                None => Err(it.unsupported(span, "quoting this rune")),
            }
        }
        "unicode/utf8.AppendRune" => {
            let Some(r) = int(1) else { return Err(it.unsupported(span, name)) };
            append_bytes(it, &encode_rune(r))
        }
        _ => Err(it.unsupported(span, name)),
    }
}

/// Functions on values alone (also reached through method values).
pub fn call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> R<Vec<Value>> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Tuple(Vec::new()));
    let int = |i: usize| match args.get(i) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    match name {
        "strings.Split" | "strings.SplitN" | "strings.SplitAfter" | "strings.SplitAfterN" => {
            let a = bytes_of(&arg(0));
            let sep = bytes_of(&arg(1));
            let n = if name.ends_with('N') { int(2).unwrap_or(-1) } else { -1 };
            let save = if name.contains("After") { sep.len() } else { 0 };
            let r = gen_split(&a, &sep, save, n);
            if let Value::Slice(s) = &r {
                it.alloc(16 * s.cap as u64, span)?;
            }
            Ok(vec![r])
        }
        "strings.TrimFunc" | "strings.TrimLeftFunc" | "strings.TrimRightFunc" => {
            let b = bytes_of(&arg(0));
            let runes = indexed_runes(&b);
            let f = arg(1);
            let mut start = 0;
            let mut end = b.len();
            if name != "strings.TrimRightFunc" {
                for &(i, c, w) in &runes {
                    if !it.call_pred(&f, c, span)? {
                        break;
                    }
                    start = i + w;
                }
            }
            if name != "strings.TrimLeftFunc" {
                for &(i, c, _) in runes.iter().rev().take_while(|r| r.0 >= start) {
                    if !it.call_pred(&f, c, span)? {
                        break;
                    }
                    end = i;
                }
            }
            Ok(vec![str_val(&b[start..end.max(start)])])
        }
        "strings.IndexFunc" | "strings.ContainsFunc" | "strings.LastIndexFunc" => {
            let b = bytes_of(&arg(0));
            let mut runes = indexed_runes(&b);
            if name == "strings.LastIndexFunc" {
                runes.reverse();
            }
            let f = arg(1);
            let mut found = None;
            for (i, c, _) in runes {
                if it.call_pred(&f, c, span)? {
                    found = Some(i);
                    break;
                }
            }
            if name == "strings.ContainsFunc" {
                return Ok(vec![Value::Bool(found.is_some())]);
            }
            Ok(vec![Value::Int(found.map_or(-1, |i| i as i64))])
        }
        "strings.FieldsFunc" => {
            let b = bytes_of(&arg(0));
            let f = arg(1);
            let spans = split_fields(&b, |c| it.call_pred(&f, c, span))?;
            let out: Vec<Value> = spans.into_iter().map(|r| str_val(&b[r])).collect();
            it.alloc(16 * out.len() as u64, span)?;
            // make([]string, len(spans)): empty, not nil, when there is no field.
            Ok(vec![Value::Slice(Slice::from_vec(out))])
        }
        "strings.Map" => {
            let b = bytes_of(&arg(1));
            let f = arg(0);
            let mut out = Vec::new();
            for (_, c, _) in indexed_runes(&b) {
                match it.call_fn(&f, vec![Value::Int(i64::from(c))], span)? {
                    Value::Int(m) if m >= 0 => out.extend(encode_rune(m)),
                    Value::Int(_) => {}
                    _ => return Err(it.unsupported(span, name)),
                }
            }
            it.alloc(out.len() as u64, span)?;
            Ok(vec![str_val(&out)])
        }
        "strings.EqualFold" | "bytes.EqualFold" => {
            let (a, b) = (bytes_of(&arg(0)), bytes_of(&arg(1)));
            match (std::str::from_utf8(&a), std::str::from_utf8(&b)) {
                (Ok(x), Ok(y)) => Ok(vec![Value::Bool(crate::uni::equal_fold(x, y))]),
                _ => Err(it.unsupported(span, &format!("{name} of invalid UTF-8"))),
            }
        }
        "strings.LastIndexByte" => {
            let a = bytes_of(&arg(0));
            let c = int(1).unwrap_or(0) as u8;
            Ok(vec![Value::Int(a.iter().rposition(|&x| x == c).map_or(-1, |i| i as i64))])
        }
        "strings.NewReplacer" => {
            // A pointer to our own record: the (old, new) strings as one slice.
            let Value::Slice(pairs) = arg(0) else { return Err(it.unsupported(span, name)) };
            if pairs.len % 2 == 1 {
                return Err(it.unsupported(span, "strings.NewReplacer with an odd count (panics)"));
            }
            if (0..pairs.len)
                .step_by(2)
                .any(|i| pairs.get(i).is_some_and(|o| bytes_of(&o).is_empty()))
            {
                return Err(it.unsupported(span, "strings.NewReplacer with an empty old string"));
            }
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(vec![Value::Slice(pairs)])))))])
        }
        "strings.Replacer.Replace" => {
            let pairs = match &arg(0) {
                Value::Ptr(Some(p)) => match p.load() {
                    Some(Value::Struct(f)) => match f.first() {
                        Some(Value::Slice(s)) => s.to_vec(),
                        _ => return Err(it.unsupported(span, name)),
                    },
                    _ => return Err(it.unsupported(span, name)),
                },
                _ => return Err(it.unsupported(span, "strings.Replacer on a nil pointer")),
            };
            let pairs: Vec<(Vec<u8>, Vec<u8>)> =
                pairs.chunks(2).map(|c| (bytes_of(&c[0]), bytes_of(&c[1]))).collect();
            let s = bytes_of(&arg(1));
            // At each position the first pair (in argument order) whose old string matches
            // there wins; matches do not overlap.
            let mut out = Vec::new();
            let mut i = 0;
            while i < s.len() {
                match pairs.iter().find(|(o, _)| s[i..].starts_with(o)) {
                    Some((o, n)) => {
                        out.extend_from_slice(n);
                        i += o.len();
                    }
                    None => {
                        out.push(s[i]);
                        i += 1;
                    }
                }
            }
            it.alloc(out.len() as u64, span)?;
            Ok(vec![str_val(&out)])
        }
        "bytes.ReplaceAll" | "bytes.Replace" => {
            let r = via_strings(it, name, args, span)?;
            let out = r.first().map(bytes_of).unwrap_or_default();
            let (s, old) = (bytes_of(&arg(0)), bytes_of(&arg(1)));
            let none = int(3) == Some(0) || !s.windows(old.len().max(1)).any(|w| w == &old[..]);
            if !none {
                // make([]byte, exact length).
                return Ok(vec![Value::Slice(Slice::from_vec(byte_vals(&out)))]);
            }
            // No replacement: append([]byte(nil), s...).
            let Value::Slice(src) = arg(0) else { return Err(it.unsupported(span, name)) };
            let bt = it.ck.types.basic(escapade_types::types::BasicKind::Uint8);
            let r = it.heap_append(&Slice::nil(), src.to_vec(), bt, span)?;
            Ok(vec![Value::Slice(r)])
        }
        "strings.CutPrefix" | "strings.CutSuffix" => {
            let (a, b) = (bytes_of(&arg(0)), bytes_of(&arg(1)));
            let cut = if name.ends_with("Prefix") {
                a.strip_prefix(&b[..])
            } else {
                a.strip_suffix(&b[..])
            };
            Ok(match cut {
                Some(rest) => vec![str_val(rest), Value::Bool(true)],
                None => vec![str_val(&a), Value::Bool(false)],
            })
        }
        "bytes.Cut" => {
            // s[:i], s[i+len(sep):], sharing s's array; (s, nil, false) without a match.
            let Value::Slice(s) = arg(0) else {
                return Ok(vec![arg(0), Value::Slice(Slice::nil()), Value::Bool(false)]);
            };
            let (a, sep) = (bytes_of(&arg(0)), bytes_of(&arg(1)));
            let at = if sep.is_empty() {
                Some(0)
            } else {
                a.windows(sep.len()).position(|w| w == &sep[..])
            };
            Ok(match at {
                Some(i) => {
                    let j = i + sep.len();
                    let before = Slice { len: i, ..s.clone() };
                    let after = Slice {
                        off: s.off + j,
                        len: s.len - j,
                        cap: s.cap - j,
                        alt_cap: s.alt_cap - j,
                        ..s
                    };
                    vec![Value::Slice(before), Value::Slice(after), Value::Bool(true)]
                }
                None => vec![Value::Slice(s), Value::Slice(Slice::nil()), Value::Bool(false)],
            })
        }
        "bytes.Repeat" => {
            let b = bytes_of(&arg(0));
            let Some(n) = int(1) else { return Err(it.unsupported(span, name)) };
            let n = repeat_count(it, "bytes", b.len(), n, span)?;
            // Go allocates exactly the result's length (cap == len).
            Ok(vec![Value::Slice(Slice::from_vec(byte_vals(&b.repeat(n))))])
        }
        "bytes.Count" => {
            let (a, b) = (bytes_of(&arg(0)), bytes_of(&arg(1)));
            let n = if b.is_empty() {
                decode_runes(&a).len() + 1
            } else {
                let (mut n, mut i) = (0, 0);
                while i + b.len() <= a.len() {
                    if a[i..i + b.len()] == b[..] {
                        n += 1;
                        i += b.len();
                    } else {
                        i += 1;
                    }
                }
                n
            };
            Ok(vec![Value::Int(n as i64)])
        }
        "unicode/utf8.FullRune" | "unicode/utf8.FullRuneInString" => {
            Ok(vec![Value::Bool(full_rune(&bytes_of(&arg(0))))])
        }
        "bytes.LastIndex" => {
            let (a, b) = (bytes_of(&arg(0)), bytes_of(&arg(1)));
            let at = if b.is_empty() {
                Some(a.len())
            } else {
                a.windows(b.len()).rposition(|w| w == &b[..])
            };
            Ok(vec![Value::Int(at.map_or(-1, |i| i as i64))])
        }
        "strings.ToValidUTF8" => {
            let (a, rep) = (bytes_of(&arg(0)), bytes_of(&arg(1)));
            let mut out = Vec::new();
            let mut off = 0;
            let mut invalid = false;
            for (r, w) in decode_runes(&a) {
                if r == 0xfffd && w == 1 {
                    if !invalid {
                        out.extend_from_slice(&rep);
                    }
                    invalid = true;
                } else {
                    out.extend_from_slice(&a[off..off + w]);
                    invalid = false;
                }
                off += w;
            }
            it.alloc(out.len() as u64, span)?;
            Ok(vec![str_val(&out)])
        }
        "bytes.IndexByte" => {
            let a = bytes_of(&arg(0));
            let c = int(1).unwrap_or(0) as u8;
            Ok(vec![Value::Int(a.iter().position(|&x| x == c).map_or(-1, |i| i as i64))])
        }
        "unicode/utf8.RuneStart" => Ok(vec![Value::Bool(int(0).unwrap_or(0) as u8 & 0xc0 != 0x80)]),
        "bytes.Runes" => {
            let b = bytes_of(&arg(0));
            let rs: Vec<Value> =
                decode_runes(&b).into_iter().map(|(r, _)| Value::Int(i64::from(r))).collect();
            it.alloc(4 * rs.len() as u64, span)?;
            Ok(vec![Value::Slice(Slice::from_vec(rs))])
        }
        "unicode/utf8.RuneCount" => {
            Ok(vec![Value::Int(decode_runes(&bytes_of(&arg(0))).len() as i64)])
        }
        "unicode/utf8.ValidRune" => {
            let r = int(0).unwrap_or(-1);
            Ok(vec![Value::Bool((0..0xd800).contains(&r) || (0xe000..=0x10ffff).contains(&r))])
        }
        "unicode/utf8.DecodeRune" | "unicode/utf8.DecodeLastRune" => {
            let a = bytes_of(&arg(0));
            let runes = decode_runes(&a);
            let r = if name.ends_with("LastRune") { runes.last() } else { runes.first() };
            Ok(match r {
                Some(&(r, w)) => vec![Value::Int(i64::from(r)), Value::Int(w as i64)],
                None => vec![Value::Int(0xfffd), Value::Int(0)],
            })
        }
        "unicode/utf8.EncodeRune" => {
            let (Value::Slice(p), Some(r)) = (arg(0), int(1)) else {
                return Err(it.unsupported(span, name));
            };
            let enc = encode_rune(r);
            if enc.len() > p.len {
                return Err(it.unsupported(span, "utf8.EncodeRune into a too short slice (panics)"));
            }
            write_bytes(&p, 0, &enc);
            Ok(vec![Value::Int(enc.len() as i64)])
        }
        "slices.IndexFunc" | "slices.ContainsFunc" => {
            let Value::Slice(s) = arg(0) else { return Err(it.unsupported(span, name)) };
            let f = arg(1);
            let mut found = -1;
            for (i, v) in s.to_vec().into_iter().enumerate() {
                if matches!(it.call_fn(&f, vec![v], span)?, Value::Bool(true)) {
                    found = i as i64;
                    break;
                }
            }
            if name == "slices.ContainsFunc" {
                return Ok(vec![Value::Bool(found >= 0)]);
            }
            Ok(vec![Value::Int(found)])
        }
        "slices.Clip" => {
            let Value::Slice(s) = arg(0) else { return Err(it.unsupported(span, name)) };
            Ok(vec![Value::Slice(Slice { cap: s.len, alt_cap: s.len, ..s })])
        }
        "slices.BinarySearch" | "sort.SearchStrings" | "sort.SearchFloat64s" => {
            let Value::Slice(s) = arg(0) else { return Err(it.unsupported(span, name)) };
            let x = arg(1);
            let v = s.to_vec();
            let (mut lo, mut hi) = (0usize, v.len());
            while lo < hi {
                let h = lo + (hi - lo) / 2;
                let less = match (&v[h], &x) {
                    (Value::Int(a), Value::Int(b)) => a < b,
                    (Value::Str(a), Value::Str(b)) => a < b,
                    (Value::Float(a), Value::Float(b)) if !a.is_nan() && !b.is_nan() => a < b,
                    _ => return Err(it.unsupported(span, &format!("{name} of these elements"))),
                };
                if less {
                    lo = h + 1;
                } else {
                    hi = h;
                }
            }
            if name.starts_with("sort.") {
                return Ok(vec![Value::Int(lo as i64)]);
            }
            let found = match (v.get(lo), &x) {
                (Some(Value::Int(a)), Value::Int(b)) => a == b,
                (Some(Value::Str(a)), Value::Str(b)) => a == b,
                (Some(Value::Float(a)), Value::Float(b)) => a == b,
                _ => false,
            };
            Ok(vec![Value::Int(lo as i64), Value::Bool(found)])
        }
        "sort.Search" => {
            let Some(n) = int(0) else { return Err(it.unsupported(span, name)) };
            let f = arg(1);
            let (mut i, mut j) = (0i64, n);
            while i < j {
                let h = ((i as u64 + j as u64) >> 1) as i64;
                if !matches!(it.call_fn(&f, vec![Value::Int(h)], span)?, Value::Bool(true)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            Ok(vec![Value::Int(i)])
        }
        "sort.Float64sAreSorted" => {
            let Value::Slice(s) = arg(0) else { return Err(it.unsupported(span, name)) };
            let v = s.to_vec();
            let ok = v.windows(2).all(|w| {
                matches!((&w[0], &w[1]), (Value::Float(_), Value::Float(_)))
                    && ordered_less(&w[1], &w[0], false) == Some(false)
            });
            Ok(vec![Value::Bool(ok)])
        }
        "sync.OnceFunc" | "sync.OnceValue" | "sync.OnceValues" => {
            // The returned function's state: (0 not run / 1 done / 2 running or panicked, f,
            // results), shared through a pointer bound as the closure's receiver.
            let state = Value::Tuple(vec![Value::Int(0), arg(0), Value::Tuple(Vec::new())]);
            let clo = Closure {
                code: Code::Std("sync.once$call".into()),
                captured: Vec::new(),
                targs: Rc::new(Vec::new()),
                recv: Some(Value::Ptr(Some(Ptr::to_cell(cell(state))))),
            };
            Ok(vec![Value::Func(Some(Rc::new(clo)))])
        }
        "sync.once$call" => {
            let Some(Value::Ptr(Some(p))) = args.first() else {
                return Err(it.unsupported(span, name));
            };
            let Some(Value::Tuple(st)) = p.load() else { return Err(it.unsupported(span, name)) };
            match st.first() {
                Some(Value::Int(1)) => match st.get(2) {
                    Some(Value::Tuple(r)) => Ok(r.clone()),
                    _ => Err(it.unsupported(span, name)),
                },
                Some(Value::Int(0)) => {
                    let f = st[1].clone();
                    p.store(Value::Tuple(vec![Value::Int(2), f.clone(), Value::Tuple(Vec::new())]));
                    let Value::Func(Some(clo)) = f.clone() else {
                        return Err(it.unsupported(span, "sync.OnceValue of a nil function"));
                    };
                    let r = it.call_closure(&clo, Vec::new(), span, false)?;
                    p.store(Value::Tuple(vec![Value::Int(1), f, Value::Tuple(r.clone())]));
                    Ok(r)
                }
                _ => Err(it.unsupported(
                    span,
                    "calling a sync.Once function again while it runs or after it panicked",
                )),
            }
        }
        _ if name.starts_with("time.Duration.") => duration(it, name, args, span),
        _ => match crate::std_scan::call(it, name, args, span) {
            Some(r) => r,
            None => match bytes_call(it, name, args, span) {
                Some(r) => r,
                None => Err(it.unsupported(span, &crate::std_io::refusal(name))),
            },
        },
    }
}

/// `utf8.FullRune`: false only for a proper prefix of a valid encoding.
pub(crate) fn full_rune(p: &[u8]) -> bool {
    let Some(&b0) = p.first() else { return false };
    let (need, lo, hi) = match b0 {
        0xc2..=0xdf => (2, 0x80, 0xbf),
        0xe0 => (3, 0xa0, 0xbf),
        0xed => (3, 0x80, 0x9f),
        0xe1..=0xef => (3, 0x80, 0xbf),
        0xf0 => (4, 0x90, 0xbf),
        0xf4 => (4, 0x80, 0x8f),
        0xf1..=0xf3 => (4, 0x80, 0xbf),
        _ => return true,
    };
    if p.len() >= need {
        return true;
    }
    if p.len() > 1 && !(lo..=hi).contains(&p[1]) {
        return true;
    }
    p.len() > 2 && !(0x80..=0xbf).contains(&p[2])
}

/// The runtime's `print` of a float64: since go1.25 the shortest `%g` form (`1e+100`,
/// `1.23456789e+08`, `+Inf`, `-0`), as `strconv.FormatFloat(v, 'g', -1, 64)`.
pub fn runtime_float(v: f64) -> Option<String> {
    crate::fmtfloat::format_float(v, b'g', -1, crate::fmtfloat::FloatBits::F64)
}

/// `time.Duration` methods (a Duration is an int64 of nanoseconds).
fn duration(it: &mut Interp, name: &str, args: &[Value], span: Span) -> R<Vec<Value>> {
    let Some(Value::Int(d)) = args.first() else { return Err(it.unsupported(span, name)) };
    let d = *d;
    let split = |unit: i64| (d / unit, d % unit);
    let f = |(whole, rest): (i64, i64), unit: f64| whole as f64 + rest as f64 / unit;
    Ok(vec![match &name["time.Duration.".len()..] {
        "String" => str_val(duration_string(d).as_bytes()),
        "Hours" => Value::Float(f(split(3_600_000_000_000), 3600e9)),
        "Minutes" => Value::Float(f(split(60_000_000_000), 60e9)),
        "Seconds" => Value::Float(f(split(1_000_000_000), 1e9)),
        "Milliseconds" => Value::Int(d / 1_000_000),
        "Microseconds" => Value::Int(d / 1_000),
        "Nanoseconds" => Value::Int(d),
        "Truncate" | "Round" => {
            let Some(Value::Int(m)) = args.get(1) else { return Err(it.unsupported(span, name)) };
            let m = *m;
            if m <= 0 {
                return Ok(vec![Value::Int(d)]);
            }
            if name.ends_with("Truncate") {
                return Ok(vec![Value::Int(d - d % m)]);
            }
            let half_less = |r: i64| (r as u64).wrapping_add(r as u64) < m as u64;
            let r = d % m;
            Value::Int(if d < 0 {
                let r = -r;
                if half_less(r) {
                    d + r
                } else {
                    d.checked_sub(m).map(|x| x + r).filter(|&x| x < d).unwrap_or(i64::MIN)
                }
            } else if half_less(r) {
                d - r
            } else {
                d.checked_add(m - r).filter(|&x| x > d).unwrap_or(i64::MAX)
            })
        }
        "Abs" => Value::Int(if d >= 0 {
            d
        } else if d == i64::MIN {
            i64::MAX
        } else {
            -d
        }),
        _ => return Err(it.unsupported(span, &format!("std function {name}"))),
    }])
}

/// `time.Duration.String`: `72h3m0.5s`, `1.5ms`, `0s`.
pub fn duration_string(d: i64) -> String {
    let neg = d < 0;
    let mut u = d.unsigned_abs();
    let mut out = String::new();
    if u < 1_000_000_000 {
        // Under a second: the largest unit below it.
        let (prec, unit) = match u {
            0 => return "0s".into(),
            1..=999 => (0, "ns"),
            1000..=999_999 => (3, "µs"),
            _ => (6, "ms"),
        };
        let (body, _) = frac(u, prec);
        out = format!("{body}{unit}");
    } else {
        let (secs, rest) = frac(u, 9);
        u = rest;
        let s = format!("{}s", fmt_secs(secs, u % 60));
        u /= 60;
        out.insert_str(0, &s);
        if u > 0 {
            out.insert_str(0, &format!("{}m", u % 60));
            u /= 60;
            if u > 0 {
                out.insert_str(0, &format!("{u}h"));
            }
        }
    }
    if neg {
        out.insert(0, '-');
    }
    out
}

/// `v / 10^prec` with the fraction's trailing zeros (and a bare point) dropped: (text of the
/// fraction part with its '.', the integer part).
fn frac(v: u64, prec: u32) -> (String, u64) {
    let p = 10u64.pow(prec);
    let (whole, f) = (v / p, v % p);
    let mut digits = if prec == 0 { String::new() } else { format!("{f:0w$}", w = prec as usize) };
    while digits.ends_with('0') {
        digits.pop();
    }
    if prec == 0 || f == 0 {
        return (whole.to_string(), whole);
    }
    (format!("{whole}.{digits}"), whole)
}

fn fmt_secs(frac_text: String, secs_mod: u64) -> String {
    // `frac_text` is the whole seconds with their fraction; keep only the seconds below a
    // minute in front of it.
    match frac_text.split_once('.') {
        Some((_, f)) => format!("{secs_mod}.{f}"),
        None => secs_mod.to_string(),
    }
}

/// `s[a:b]`, sharing `s`'s array (a nil `s` stays nil).
fn subslice(s: &Slice, a: usize, b: usize) -> Slice {
    if s.arr.is_none() {
        return Slice::nil();
    }
    Slice {
        arr: s.arr.clone(),
        off: s.off + a,
        len: b.saturating_sub(a),
        cap: s.cap.saturating_sub(a),
        alt_cap: s.alt_cap.saturating_sub(a),
    }
}

/// `s[a:b:b]`: a piece with its capacity clipped.
fn clipped(s: &Slice, a: usize, b: usize) -> Value {
    let p = subslice(s, a, b);
    Value::Slice(Slice { cap: p.len, alt_cap: p.len, ..p })
}

/// A new byte slice whose capacity is Go's `roundupsize` or exact depending on the path Go
/// takes (not modelled): `cap()` and appends in place are refused.
fn fresh_bytes(b: &[u8]) -> Value {
    let s = Slice::from_vec(byte_vals(b));
    Value::Slice(Slice { alt_cap: s.cap + 1, ..s })
}

/// The `strings` function of the same name over the arguments with byte slices as strings
/// (the `bytes` functions parallel to `strings` share its implementation).
fn via_strings(it: &mut Interp, name: &str, args: &[Value], span: Span) -> R<Vec<Value>> {
    let strs: Vec<Value> = args
        .iter()
        .map(|v| match v {
            // A []byte (not Join's [][]byte, already converted).
            Value::Slice(s) if !matches!(s.get(0), Some(Value::Str(_))) => str_val(&bytes_of(v)),
            _ => v.clone(),
        })
        .collect();
    let sname = name.replacen("bytes.", "strings.", 1);
    crate::stdlib::call_std_values(it, &sname, strs, span)
}

/// The length of the string the first result of a `strings` call holds.
fn str_len(r: &[Value]) -> usize {
    match r.first() {
        Some(Value::Str(s)) => s.len(),
        _ => 0,
    }
}

/// Functions of package `bytes` that mirror `strings`: values are computed by the `strings`
/// implementation; results that are subslices of the argument share its array with Go's
/// capacities (pieces of `Split`/`Fields` clipped) and Go's nil results (`Trim`, `TrimLeft`,
/// `TrimSpace`, `TrimLeftFunc` return nil when everything is trimmed).
fn bytes_call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    let f = name.strip_prefix("bytes.")?;
    let s = match args.first() {
        Some(Value::Slice(s)) => s.clone(),
        _ => Slice::nil(),
    };
    let sv = |x: Slice| Value::Slice(x);
    let r = (|| match f {
        "Contains" | "ContainsAny" | "ContainsRune" | "ContainsFunc" | "HasPrefix"
        | "HasSuffix" | "Index" | "IndexAny" | "IndexRune" | "IndexFunc" | "LastIndexFunc"
        | "LastIndexByte" | "Compare" => via_strings(it, name, args, span),
        "Equal" => {
            let b = args.get(1).map(bytes_of).unwrap_or_default();
            Ok(vec![Value::Bool(bytes_of(&sv(s)) == b)])
        }
        "TrimLeft" | "TrimLeftFunc" | "TrimPrefix" => {
            let n = str_len(&via_strings(it, name, args, span)?);
            let a = s.len.saturating_sub(n);
            let cut_all = n == 0
                && match f {
                    "TrimLeft" => {
                        s.len == 0 || args.get(1).is_some_and(|c| !bytes_of(c).is_empty())
                    }
                    "TrimLeftFunc" => true,
                    _ => false,
                };
            Ok(vec![sv(if cut_all { Slice::nil() } else { subslice(&s, a, s.len) })])
        }
        "TrimRight" | "TrimRightFunc" | "TrimSuffix" => {
            let n = str_len(&via_strings(it, name, args, span)?);
            Ok(vec![sv(subslice(&s, 0, n))])
        }
        "Trim" | "TrimFunc" => {
            // TrimFunc is TrimRightFunc(TrimLeftFunc(s, f), f) (so the calls of f come in
            // that order); Trim's nil rules are the same.
            let cutset_empty = f == "Trim" && args.get(1).is_some_and(|c| bytes_of(c).is_empty());
            if s.len == 0 {
                return Ok(vec![sv(Slice::nil())]);
            }
            if cutset_empty {
                return Ok(vec![sv(s)]);
            }
            let left = format!("{name}Left").replace("FuncLeft", "LeftFunc");
            let n = str_len(&via_strings(it, &left, args, span)?);
            let a = s.len.saturating_sub(n);
            if n == 0 {
                return Ok(vec![sv(Slice::nil())]);
            }
            let right = left.replace("Left", "Right");
            let rest = subslice(&s, a, s.len);
            let mut rargs = args.to_vec();
            if let Some(a) = rargs.first_mut() {
                *a = sv(rest);
            }
            let m = str_len(&via_strings(it, &right, &rargs, span)?);
            Ok(vec![sv(subslice(&s, a, a + m))])
        }
        "TrimSpace" => {
            let b = bytes_of(&sv(s.clone()));
            let text = utf8_text(it, name, &b, span)?;
            let a = text.len() - text.trim_start().len();
            let n = text.trim().len();
            Ok(vec![sv(if n == 0 { Slice::nil() } else { subslice(&s, a, a + n) })])
        }
        "Split" | "SplitN" | "SplitAfter" | "SplitAfterN" | "Fields" | "FieldsFunc" => {
            let r = via_strings(it, name, args, span)?;
            let Some(Value::Slice(pieces)) = r.first() else { return Ok(r) };
            let b = bytes_of(&sv(s.clone()));
            let sep = args.get(1).map(bytes_of).unwrap_or_default();
            let split = f.starts_with("Split");
            let skip = if f.contains("After") { 0 } else { sep.len() };
            let parts = pieces.to_vec();
            // explode allocates len(s) (or n) pieces, counted in bytes.
            let explode_cap = match args.get(2) {
                Some(Value::Int(n)) if *n > 0 && (*n as usize) <= s.len => *n as usize,
                _ => s.len,
            };
            let mut out = Vec::with_capacity(parts.len());
            let mut at = 0;
            for (i, p) in parts.iter().enumerate() {
                let p = bytes_of(p);
                if !split {
                    // A field starts at the first place its text occurs after the previous
                    // field: the separators between are runs of other runes.
                    let rest = b.get(at..).unwrap_or_default();
                    at += rest.windows(p.len().max(1)).position(|w| w == &p[..]).unwrap_or(0);
                }
                let end = at + p.len();
                // genSplit's last piece is the rest of s; explode's only when it stopped at n.
                let last = split
                    && i + 1 == parts.len()
                    && (!sep.is_empty() || parts.len() == explode_cap);
                out.push(if last { sv(subslice(&s, at, s.len)) } else { clipped(&s, at, end) });
                at = end + if split && !sep.is_empty() { skip } else { 0 };
            }
            let cap = if split && sep.is_empty() { explode_cap } else { pieces.cap };
            if pieces.arr.is_none() {
                return Ok(vec![sv(Slice::nil())]);
            }
            Ok(vec![slice_with_cap(out, cap, sv(Slice::nil()))])
        }
        "Join" => {
            let parts = match args.first() {
                Some(Value::Slice(p)) => p.to_vec(),
                _ => Vec::new(),
            };
            let strs: Vec<Value> = parts.iter().map(|p| str_val(&bytes_of(p))).collect();
            let mut jargs = args.to_vec();
            if let Some(a) = jargs.first_mut() {
                *a = sv(Slice::from_vec(strs));
            }
            let joined = bytes_of(&via_strings(it, name, &jargs, span)?.swap_remove(0));
            Ok(vec![match parts.len() {
                0 => sv(Slice::from_vec(Vec::new())),
                1 if joined.is_empty() => sv(Slice::nil()),
                1 => {
                    // append([]byte(nil), s[0]...)
                    let bt = it.ck.types.basic(escapade_types::types::BasicKind::Uint8);
                    sv(it.heap_append(&Slice::nil(), byte_vals(&joined), bt, span)?)
                }
                _ => sv(Slice::from_vec(byte_vals(&joined))),
            }])
        }
        "ToUpper" | "ToLower" | "ToTitle" | "Title" | "Map" | "ToValidUTF8" => {
            let r = via_strings(it, name, args, span)?;
            Ok(vec![fresh_bytes(&r.first().map(bytes_of).unwrap_or_default())])
        }
        "Clone" => {
            if s.arr.is_none() {
                return Ok(vec![sv(Slice::nil())]);
            }
            let bt = it.ck.types.basic(escapade_types::types::BasicKind::Uint8);
            let empty = Slice::from_vec(Vec::new());
            Ok(vec![sv(it.heap_append(&empty, s.to_vec(), bt, span)?)])
        }
        "NewBuffer" | "NewBufferString" => {
            Ok(vec![crate::std_io::new_buffer(args.first().unwrap_or(&Value::Iface(None)))])
        }
        _ => Err(it.unsupported(span, &format!("std function {name}"))),
    })();
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_print_like_go() {
        assert_eq!(duration_string(0), "0s");
        assert_eq!(duration_string(1), "1ns");
        assert_eq!(duration_string(1_500), "1.5µs");
        assert_eq!(duration_string(1_500_000), "1.5ms");
        assert_eq!(duration_string(90 * 60 * 1_000_000_000 + 500_000_000), "1h30m0.5s");
        assert_eq!(duration_string(-2_000_000_000), "-2s");
        assert_eq!(duration_string(3_600_000_000_000), "1h0m0s");
    }
}
