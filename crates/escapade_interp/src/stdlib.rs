//! The std functions snippets use, and fmt's printer over typed values.

use std::rc::Rc;

use escapade_syntax::ast::Expr;
use escapade_types::types::TypeKind;

use crate::fmtfloat::FloatBits;
use crate::fmtprint::{sprint, sprintf};
use crate::interp::{Ctrl, Interp, R};
use crate::value::*;
use escapade_base::Span;

fn s(v: &str) -> Value {
    Value::Str(Rc::from(v.as_bytes()))
}

fn bytes_of(v: &Value) -> Vec<u8> {
    match v {
        Value::Str(s) => s.to_vec(),
        _ => Vec::new(),
    }
}

pub fn std_var(it: &mut Interp, path: &str, name: &str) -> Option<Value> {
    if path == "time" {
        return crate::std_time::std_var(it, name);
    }
    crate::std_io::std_var(it, path, name)
}

pub fn describe_qualified(_it: &Interp, _e: &Expr) -> String {
    "package-level value of a std package".into()
}

/// A std function called with its evaluated, converted arguments (variadic ones as a slice).
pub fn call_std(
    it: &mut Interp,
    name: &str,
    args: Vec<Value>,
    e: &Expr,
    arg_exprs: &[Expr],
) -> R<Vec<Value>> {
    if name == "cmp.Compare" || name == "cmp.Less" {
        let uns = match arg_exprs.first().map(|a| it.ty_of(a)).transpose()? {
            Some(t) => it.basic(t).is_some_and(|k| k.is_unsigned()),
            None => false,
        };
        use std::cmp::Ordering::*;
        let ord = match (args.first(), args.get(1)) {
            (Some(Value::Int(x)), Some(Value::Int(y))) if uns => (*x as u64).cmp(&(*y as u64)),
            (Some(Value::Int(x)), Some(Value::Int(y))) => x.cmp(y),
            (Some(Value::Str(x)), Some(Value::Str(y))) => x.cmp(y),
            // NaN is below every number and equal to NaN; -0 equals +0.
            (Some(Value::Float(x)), Some(Value::Float(y))) => match (x.is_nan(), y.is_nan()) {
                (true, true) => Equal,
                (true, false) => Less,
                (false, true) => Greater,
                _ => x.partial_cmp(y).unwrap_or(Equal),
            },
            _ => return Err(it.unsupported(e.span, name)),
        };
        return Ok(vec![if name == "cmp.Less" {
            Value::Bool(ord == Less)
        } else {
            Value::Int(ord as i64)
        }]);
    }
    if let Some(r) = crate::std_more::call_typed(it, name, &args, e, arg_exprs) {
        return r;
    }
    if let Some(r) = it.iter_std(name, &args, e) {
        return r;
    }
    if name == "slices.Sort" {
        // Unsigned elements are stored as bit patterns: order them as unsigned.
        let uns = match arg_exprs.first().map(|a| it.ty_of(a)).transpose()? {
            Some(t) => match it.ukind(t) {
                TypeKind::Slice(et) => it.basic(et).is_some_and(|k| k.is_unsigned()),
                _ => false,
            },
            None => false,
        };
        return slices_sort(it, &args, uns, e.span);
    }
    call_std_values(it, name, args, e.span)
}

pub fn call_std_values(it: &mut Interp, name: &str, args: Vec<Value>, span: Span) -> R<Vec<Value>> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Tuple(Vec::new()));
    let list = |v: Value| match v {
        Value::Slice(s) => s.to_vec(),
        _ => Vec::new(),
    };
    if let Some(r) = crate::std_json::call(it, name, &args, span) {
        return r;
    }
    if let Some(r) = crate::std_time::call(it, name, &args, span) {
        return r;
    }
    if let Some(r) = crate::std_math::call(it, name, &args, span) {
        return r;
    }
    if let Some(r) = crate::std_atomic::call(it, name, &args, span) {
        return r;
    }
    if let Some(r) = crate::fmtprint::state_call(it, name, &args, span) {
        return r;
    }
    if let Some(r) = crate::std_rand::call(it, name, &args, span) {
        return r;
    }
    if let Some(r) = crate::std_list::call(it, name, &args, span) {
        return r;
    }
    if let Some(r) = crate::std_list::call_ring(it, name, &args, span) {
        return r;
    }
    if let Some(r) = crate::std_reader::call(it, name, &args, span) {
        return r;
    }
    if let Some(r) = crate::std_io::obj_method(it, name, &args, span) {
        return r;
    }
    if let Some(r) = crate::std_context::call(it, name, &args, span) {
        return r;
    }
    if let Some(r) = crate::std_sort::call(it, name, &args, span) {
        return r;
    }
    if let Some(r) = crate::std_io::method(it, name, &args, span) {
        return r;
    }
    if let Some(r) = it.sync_method(name, &args, span) {
        return r;
    }
    if let Some(r) = it.iter_call(name, &args, span) {
        return r;
    }
    match name {
        "fmt.Println" | "fmt.Print" | "fmt.Printf" | "fmt.Sprintf" | "fmt.Sprint"
        | "fmt.Sprintln" => {
            let text = match name {
                "fmt.Println" | "fmt.Sprintln" => sprint(it, &list(arg(0)), true, span)?,
                "fmt.Print" | "fmt.Sprint" => sprint(it, &list(arg(0)), false, span)?,
                _ => sprintf(it, &bytes_of(&arg(0)), &list(arg(1)), span, None)?,
            };
            if name.starts_with("fmt.S") {
                return Ok(vec![Value::Str(Rc::from(text))]);
            }
            it.write_out(&text, false, span)?;
            Ok(vec![Value::Int(text.len() as i64), Value::Iface(None)])
        }
        "fmt.Errorf" => {
            let fmt = bytes_of(&arg(0));
            let fargs = list(arg(1));
            let mut wrapped = Vec::new();
            let text = sprintf(it, &fmt, &fargs, span, Some(&mut wrapped))?;
            let text = Value::Str(Rc::from(text));
            let v = match wrapped.len() {
                0 => (Dyn::ErrorString, text),
                1 => (Dyn::WrapError, Value::Tuple(vec![text, fargs[wrapped[0]].clone()])),
                _ => {
                    wrapped.sort_unstable();
                    wrapped.dedup();
                    let errs: Vec<Value> = wrapped.iter().map(|&i| fargs[i].clone()).collect();
                    (Dyn::WrapErrors, Value::Tuple(vec![text, Value::Slice(Slice::from_vec(errs))]))
                }
            };
            Ok(vec![Value::Iface(Some(Rc::new(v)))])
        }
        "strconv.NumError.Error" | "strconv.NumError.Unwrap" => {
            let f = match arg(0) {
                Value::Ptr(Some(p)) => match p.load() {
                    Some(Value::Struct(f)) if f.len() == 3 => f,
                    _ => return Err(it.unsupported(span, name)),
                },
                _ => return Err(it.unsupported(span, &format!("{name} on a nil pointer"))),
            };
            if name.ends_with("Unwrap") {
                return Ok(vec![f[2].clone()]);
            }
            let e = Value::Iface(Some(Rc::new((Dyn::NumError, Value::Tuple(f)))));
            let t = crate::errs::error_text(it, &e, span, 0)?;
            Ok(vec![Value::Str(Rc::from(t))])
        }
        "errors.Is" => Ok(vec![Value::Bool(crate::errs::errors_is(it, &arg(0), &arg(1), span)?)]),
        "errors.As" => Ok(vec![Value::Bool(crate::errs::errors_as(it, &arg(0), &arg(1), span)?)]),
        "errors.Unwrap" => Ok(vec![crate::errs::errors_unwrap(it, &arg(0), span)?]),
        "errors.Join" => Ok(vec![crate::errs::errors_join(list(arg(0)))]),
        "error.Unwrap" => match arg(0) {
            Value::Iface(Some(p)) => match (&p.0, &p.1) {
                (Dyn::WrapError, Value::Tuple(f)) => Ok(vec![f[1].clone()]),
                (Dyn::NumError, Value::Tuple(f)) => Ok(vec![f[2].clone()]),
                (Dyn::WrapErrors, Value::Tuple(f)) => Ok(vec![f[1].clone()]),
                (Dyn::JoinError, v @ Value::Slice(_)) => Ok(vec![v.clone()]),
                _ => Err(it.unsupported(span, "error method")),
            },
            _ => Err(it.unsupported(span, "error method")),
        },
        "errors.New" => Ok(vec![Value::Iface(Some(Rc::new((Dyn::ErrorString, arg(0)))))]),
        "error.Error" => {
            let t = crate::errs::error_text(it, &arg(0), span, 0)?;
            Ok(vec![Value::Str(Rc::from(t))])
        }
        "strconv.Itoa" => match arg(0) {
            Value::Int(i) => Ok(vec![s(&i.to_string())]),
            _ => Err(it.unsupported(span, name)),
        },
        "strings.ToUpper" | "strings.ToLower" | "strings.ToTitle" => {
            let b = bytes_of(&arg(0));
            if !b.is_ascii() {
                // Map(unicode.ToUpper/ToLower/ToTitle, s): an invalid byte becomes U+FFFD.
                let f = &name["strings.".len()..];
                let mut out = String::new();
                for (r, _) in crate::interp::decode_runes(&b) {
                    let c = char::from_u32(r).unwrap_or(char::REPLACEMENT_CHARACTER);
                    let m = crate::uni::to(f, c as i64).unwrap_or(c as i64);
                    out.push(u32::try_from(m).ok().and_then(char::from_u32).unwrap_or(c));
                }
                it.alloc(out.len() as u64, span)?;
                return Ok(vec![s(&out)]);
            }
            // Title case is upper case in ASCII.
            let out = if !name.ends_with("Lower") {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            };
            Ok(vec![Value::Str(Rc::from(out))])
        }
        "strings.Title" => {
            // Title-cases the first letter of each word (a rune after a separator).
            let b = bytes_of(&arg(0));
            let Ok(text) = std::str::from_utf8(&b) else {
                return Err(it.unsupported(span, "strings.Title of invalid UTF-8"));
            };
            let sep = |c: char| match c {
                '0'..='9' | 'a'..='z' | 'A'..='Z' | '_' => false,
                c if c.is_ascii() => true,
                c => {
                    let is = |p: &str| crate::uni::is(p, c as i64) == Some(true);
                    !is("IsLetter") && !is("IsDigit") && is("IsSpace")
                }
            };
            let mut prev = ' ';
            let mut out = String::new();
            for c in text.chars() {
                let m = if sep(prev) { crate::uni::to("ToTitle", c as i64) } else { None };
                out.push(
                    m.and_then(|m| u32::try_from(m).ok()).and_then(char::from_u32).unwrap_or(c),
                );
                prev = c;
            }
            it.alloc(out.len() as u64, span)?;
            Ok(vec![s(&out)])
        }
        "strings.Repeat" => {
            let b = bytes_of(&arg(0));
            let Value::Int(n) = arg(1) else { return Err(it.unsupported(span, name)) };
            let n = crate::std_more::repeat_count(it, "strings", b.len(), n, span)?;
            Ok(vec![Value::Str(Rc::from(b.repeat(n)))])
        }
        "strings.Contains" | "strings.HasPrefix" | "strings.HasSuffix" => {
            let a = bytes_of(&arg(0));
            let b = bytes_of(&arg(1));
            let r = match name {
                "strings.Contains" => b.is_empty() || a.windows(b.len()).any(|w| w == &b[..]),
                "strings.HasPrefix" => a.starts_with(&b),
                _ => a.ends_with(&b),
            };
            Ok(vec![Value::Bool(r)])
        }
        "strings.Join" => {
            let parts = list(arg(0));
            let sep = bytes_of(&arg(1));
            let mut out = Vec::new();
            for (i, p) in parts.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(&sep);
                }
                out.extend_from_slice(&bytes_of(p));
            }
            it.alloc(out.len() as u64, span)?;
            Ok(vec![Value::Str(Rc::from(out))])
        }
        "strings.Fields" | "strings.TrimSpace" => {
            let b = bytes_of(&arg(0));
            // Invalid UTF-8 decodes as U+FFFD, which is not a space.
            if name == "strings.TrimSpace" {
                return Ok(vec![Value::Str(Rc::from(crate::std_more::trim_space(&b)))]);
            }
            let spans =
                crate::std_more::split_fields(&b, |c| Ok::<_, ()>(crate::std_more::is_space(c)))
                    .unwrap_or_default();
            let parts: Vec<Value> =
                spans.into_iter().map(|r| Value::Str(Rc::from(&b[r]))).collect();
            it.alloc(16 * parts.len() as u64, span)?;
            Ok(vec![Value::Slice(Slice::from_vec(parts))])
        }
        "strings.Index" => {
            let a = bytes_of(&arg(0));
            let b = bytes_of(&arg(1));
            let at =
                if b.is_empty() { Some(0) } else { a.windows(b.len()).position(|w| w == &b[..]) };
            Ok(vec![Value::Int(at.map_or(-1, |i| i as i64))])
        }
        "strconv.Atoi" | "strconv.ParseInt" | "strconv.ParseUint" => {
            use crate::sconv::*;
            let b = bytes_of(&arg(0));
            let (base, bits) = match (name, arg(1), arg(2)) {
                ("strconv.Atoi", _, _) => (10, 0),
                (_, Value::Int(base), Value::Int(bits)) => (base, bits),
                _ => return Err(it.unsupported(span, name)),
            };
            let func = &name["strconv.".len()..];
            let r = if name == "strconv.ParseUint" {
                parse_uint(&b, base, bits)
                    .map(|r| r.map(|v| v as i64).map_err(|(v, e)| (v as i64, e)))
            } else {
                parse_int(&b, base, bits)
            };
            match r {
                Some(Ok(n)) => Ok(vec![Value::Int(n), Value::Iface(None)]),
                Some(Err((n, e))) => {
                    let sentinels = it.strconv_errors();
                    Ok(vec![Value::Int(n), num_error(func, &b, e, &sentinels)])
                }
                None => Err(it.unsupported(span, &format!("{name} of this input"))),
            }
        }
        "strconv.ParseFloat" => {
            use crate::sconv::*;
            let b = bytes_of(&arg(0));
            let Value::Int(bits) = arg(1) else { return Err(it.unsupported(span, name)) };
            match parse_float(&b, bits) {
                Some(Ok(f)) => Ok(vec![Value::Float(f), Value::Iface(None)]),
                Some(Err((f, e))) => {
                    let sentinels = it.strconv_errors();
                    Ok(vec![Value::Float(f), num_error("ParseFloat", &b, e, &sentinels)])
                }
                None => Err(it.unsupported(span, &format!("{name} of this input"))),
            }
        }
        "strconv.ParseComplex" => {
            let b = bytes_of(&arg(0));
            let Value::Int(bits) = arg(1) else { return Err(it.unsupported(span, name)) };
            let Some((re, im, e)) = crate::sconv::parse_complex(&b, bits) else {
                return Err(it.unsupported(span, &format!("{name} of this input")));
            };
            let err = match e {
                None => Value::Iface(None),
                Some(e) => {
                    let sentinels = it.strconv_errors();
                    crate::sconv::num_error("ParseComplex", &b, e, &sentinels)
                }
            };
            Ok(vec![Value::Complex(re, im), err])
        }
        "strconv.IsPrint" | "unicode.IsPrint" => {
            let Value::Int(r) = arg(0) else { return Err(it.unsupported(span, name)) };
            let printable = u32::try_from(r).ok().and_then(crate::quote::is_print);
            Ok(vec![Value::Bool(printable == Some(true))])
        }
        "strconv.FormatComplex" => {
            let (Value::Complex(re, im), Value::Int(fmt), Value::Int(prec), Value::Int(bits)) =
                (arg(0), arg(1), arg(2), arg(3))
            else {
                return Err(it.unsupported(span, name));
            };
            let fb = match bits {
                64 => FloatBits::F32,
                128 => FloatBits::F64,
                _ => return Err(it.unsupported(span, "strconv.FormatComplex bit size")),
            };
            match u8::try_from(fmt)
                .ok()
                .and_then(|c| crate::fmtfloat::format_complex(re, im, c, prec, fb))
            {
                Some(t) => Ok(vec![s(&t)]),
                None => Err(it.unsupported(span, "strconv.FormatComplex format")),
            }
        }
        "strconv.ParseBool" => {
            let b = bytes_of(&arg(0));
            match crate::sconv::parse_bool(&b) {
                Some(v) => Ok(vec![Value::Bool(v), Value::Iface(None)]),
                None => {
                    let sentinels = it.strconv_errors();
                    let e = crate::sconv::ParseErr::Syntax;
                    Ok(vec![
                        Value::Bool(false),
                        crate::sconv::num_error("ParseBool", &b, e, &sentinels),
                    ])
                }
            }
        }
        "strconv.FormatInt" | "strconv.FormatUint" => {
            let (Value::Int(v), Value::Int(base)) = (arg(0), arg(1)) else {
                return Err(it.unsupported(span, name));
            };
            let (mag, neg) = if name == "strconv.FormatInt" && v < 0 {
                ((v as u64).wrapping_neg(), true)
            } else {
                (v as u64, false)
            };
            match crate::sconv::format_bits(mag, neg, base as u64) {
                Some(t) => Ok(vec![s(&t)]),
                None => Err(it.unsupported(span, &format!("{name} with base {base}"))),
            }
        }
        "strconv.FormatBool" => {
            Ok(vec![s(if matches!(arg(0), Value::Bool(true)) { "true" } else { "false" })])
        }
        "strconv.FormatFloat" => {
            let (Value::Float(f), Value::Int(fmt), Value::Int(prec), Value::Int(bits)) =
                (arg(0), arg(1), arg(2), arg(3))
            else {
                return Err(it.unsupported(span, name));
            };
            let fb = match bits {
                32 => FloatBits::F32,
                64 => FloatBits::F64,
                _ => return Err(it.unsupported(span, "strconv.FormatFloat bit size")),
            };
            match u8::try_from(fmt)
                .ok()
                .and_then(|c| crate::fmtfloat::strconv_format_float(f, c, prec, fb))
            {
                Some(t) => Ok(vec![s(&t)]),
                None => Err(it.unsupported(span, "strconv.FormatFloat format")),
            }
        }
        "strconv.Quote" | "strconv.QuoteToASCII" => {
            match crate::quote::quote(&bytes_of(&arg(0)), name.ends_with("ASCII")) {
                Some(t) => Ok(vec![s(&t)]),
                None => Err(it.unsupported(span, "quoting this string")),
            }
        }
        "strconv.QuoteRune" | "strconv.QuoteRuneToASCII" => {
            let Value::Int(r) = arg(0) else { return Err(it.unsupported(span, name)) };
            match crate::quote::quote_rune(r, name.ends_with("ASCII")) {
                Some(t) => Ok(vec![s(&t)]),
                None => Err(it.unsupported(span, "quoting this rune")),
            }
        }
        "strconv.Unquote" => match crate::sconv::unquote(&bytes_of(&arg(0))) {
            Ok(Some(b)) => Ok(vec![Value::Str(Rc::from(b)), Value::Iface(None)]),
            Ok(None) => Ok(vec![s(""), it.strconv_errors().0]),
            Err(()) => Err(it.unsupported(span, "strconv.Unquote of this input")),
        },
        "sort.Ints" | "sort.Strings" => {
            let Value::Slice(sl) = arg(0) else { return Err(it.unsupported(span, name)) };
            if let Some(arr) = &sl.arr {
                let mut a = arr.borrow_mut();
                let Some(part) = a.get_mut(sl.off..sl.off + sl.len) else {
                    return Err(it.unsupported(span, name));
                };
                let mut bad = false;
                escapade_base::sort::stable_sort_by(part, |x, y| match (x, y) {
                    (Value::Int(x), Value::Int(y)) => x.cmp(y),
                    (Value::Str(x), Value::Str(y)) => x.cmp(y),
                    _ => {
                        bad = true;
                        std::cmp::Ordering::Equal
                    }
                });
                if bad {
                    return Err(it.unsupported(span, name));
                }
            }
            Ok(Vec::new())
        }
        "strings.Builder.WriteString"
        | "strings.Builder.WriteByte"
        | "strings.Builder.WriteRune"
        | "strings.Builder.String"
        | "strings.Builder.Len"
        | "strings.Builder.Reset"
        | "strings.Builder.Grow" => builder_method(it, name, &args, span),
        "fmt.Fprintf" | "fmt.Fprintln" | "fmt.Fprint" => {
            let text = match name {
                "fmt.Fprintln" => sprint(it, &list(arg(1)), true, span)?,
                "fmt.Fprint" => sprint(it, &list(arg(1)), false, span)?,
                _ => sprintf(it, &bytes_of(&arg(1)), &list(arg(2)), span, None)?,
            };
            crate::std_io::write_to(it, &arg(0), &text, span)
        }
        "sort.Slice" | "sort.SliceStable" | "slices.SortFunc" | "slices.SortStableFunc" => {
            sort_with_func(it, name, &args, span)
        }
        "strings.LastIndex" => {
            let a = bytes_of(&arg(0));
            let b = bytes_of(&arg(1));
            let at = if b.is_empty() {
                Some(a.len())
            } else {
                a.windows(b.len()).rposition(|w| w == &b[..])
            };
            Ok(vec![Value::Int(at.map_or(-1, |i| i as i64))])
        }
        "strings.IndexByte" | "strings.IndexRune" | "strings.ContainsRune" => {
            let a = bytes_of(&arg(0));
            let Value::Int(c) = arg(1) else { return Err(it.unsupported(span, name)) };
            let at = if name == "strings.IndexByte" {
                a.iter().position(|&b| i64::from(b) == (c & 0xff))
            } else {
                // RuneError matches U+FFFD and invalid bytes; other invalid runes nothing.
                let invalid = !(0..=0x10ffff).contains(&c) || (0xd800..0xe000).contains(&c);
                let mut off = 0;
                let mut found = None;
                for (r, w) in crate::interp::decode_runes(&a) {
                    if !invalid && i64::from(r) == c {
                        found = Some(off);
                        break;
                    }
                    off += w;
                }
                found
            };
            if name == "strings.ContainsRune" {
                return Ok(vec![Value::Bool(at.is_some())]);
            }
            Ok(vec![Value::Int(at.map_or(-1, |i| i as i64))])
        }
        "strings.ContainsAny" | "strings.IndexAny" => {
            let a = bytes_of(&arg(0));
            let set: Vec<u32> =
                crate::interp::decode_runes(&bytes_of(&arg(1))).iter().map(|r| r.0).collect();
            let mut off = 0;
            let mut found = None;
            for (r, w) in crate::interp::decode_runes(&a) {
                if set.contains(&r) {
                    found = Some(off);
                    break;
                }
                off += w;
            }
            if name == "strings.ContainsAny" {
                return Ok(vec![Value::Bool(found.is_some())]);
            }
            Ok(vec![Value::Int(found.map_or(-1, |i| i as i64))])
        }
        "strings.Trim" | "strings.TrimLeft" | "strings.TrimRight" => {
            let a = bytes_of(&arg(0));
            let set: Vec<u32> =
                crate::interp::decode_runes(&bytes_of(&arg(1))).iter().map(|r| r.0).collect();
            let runes = crate::interp::decode_runes(&a);
            // A RuneError in the cutset would also match invalid bytes: not modelled.
            if set.contains(&0xfffd) {
                return Err(it.unsupported(span, &format!("{name} with U+FFFD in the cutset")));
            }
            let mut start = 0;
            let mut end = a.len();
            if name != "strings.TrimRight" {
                for &(r, w) in &runes {
                    if !set.contains(&r) || (r == 0xfffd && w == 1) {
                        break;
                    }
                    start += w;
                }
            }
            if name != "strings.TrimLeft" {
                for &(r, w) in runes.iter().rev() {
                    if end <= start || !set.contains(&r) || (r == 0xfffd && w == 1) {
                        break;
                    }
                    end -= w;
                }
            }
            Ok(vec![Value::Str(Rc::from(&a[start..end.max(start)]))])
        }
        "strings.TrimPrefix" | "strings.TrimSuffix" => {
            let a = bytes_of(&arg(0));
            let p = bytes_of(&arg(1));
            let r: &[u8] = if name == "strings.TrimPrefix" {
                a.strip_prefix(&p[..]).unwrap_or(&a)
            } else {
                a.strip_suffix(&p[..]).unwrap_or(&a)
            };
            Ok(vec![Value::Str(Rc::from(r))])
        }
        "strings.ReplaceAll" | "strings.Replace" => {
            let a = bytes_of(&arg(0));
            let old = bytes_of(&arg(1));
            let new = bytes_of(&arg(2));
            let n = match (name, arg(3)) {
                ("strings.Replace", Value::Int(n)) => n,
                _ => -1,
            };
            if old.is_empty() {
                return Err(it.unsupported(span, &format!("{name} of an empty string")));
            }
            let mut out = Vec::new();
            let mut i = 0;
            let mut done = 0;
            while i < a.len() {
                if (n < 0 || done < n) && a[i..].starts_with(&old) {
                    out.extend_from_slice(&new);
                    i += old.len();
                    done += 1;
                } else {
                    out.push(a[i]);
                    i += 1;
                }
            }
            Ok(vec![Value::Str(Rc::from(out))])
        }
        "unicode/utf8.DecodeRuneInString" | "unicode/utf8.DecodeLastRuneInString" => {
            let a = bytes_of(&arg(0));
            let runes = crate::interp::decode_runes(&a);
            let r = if name.ends_with("LastRuneInString") { runes.last() } else { runes.first() };
            Ok(match r {
                // DecodeLastRune of a trailing invalid sequence reports width 1 as well.
                Some(&(r, w)) => vec![Value::Int(i64::from(r)), Value::Int(w as i64)],
                None => vec![Value::Int(0xfffd), Value::Int(0)],
            })
        }
        "unicode/utf8.ValidString" | "unicode/utf8.Valid" => {
            let a = match arg(0) {
                Value::Slice(sl) => sl
                    .to_vec()
                    .iter()
                    .map(|v| if let Value::Int(b) = v { *b as u8 } else { 0 })
                    .collect(),
                v => bytes_of(&v),
            };
            Ok(vec![Value::Bool(std::str::from_utf8(&a).is_ok())])
        }
        "unicode/utf8.RuneLen" => {
            let Value::Int(r) = arg(0) else { return Err(it.unsupported(span, name)) };
            let n = match r {
                0..=0x7f => 1,
                0x80..=0x7ff => 2,
                0xd800..=0xdfff => -1,
                0x800..=0xffff => 3,
                0x10000..=0x10ffff => 4,
                _ => -1,
            };
            Ok(vec![Value::Int(n)])
        }
        "cmp.Or" => {
            let vals = list(arg(0));
            let zero = |v: &Value| match v {
                Value::Int(i) => *i == 0,
                Value::Str(s) => s.is_empty(),
                Value::Bool(b) => !b,
                Value::Float(f) => *f == 0.0,
                _ => false,
            };
            for v in &vals {
                if !matches!(v, Value::Int(_) | Value::Str(_) | Value::Bool(_) | Value::Float(_)) {
                    return Err(it.unsupported(span, "cmp.Or of this type"));
                }
                if !zero(v) {
                    return Ok(vec![v.clone()]);
                }
            }
            match vals.last() {
                Some(Value::Int(_)) => Ok(vec![Value::Int(0)]),
                Some(Value::Str(_)) => Ok(vec![s("")]),
                Some(Value::Bool(_)) => Ok(vec![Value::Bool(false)]),
                Some(Value::Float(_)) => Ok(vec![Value::Float(0.0)]),
                _ => Err(it.unsupported(span, "cmp.Or with no arguments")),
            }
        }
        "sort.SearchInts" => {
            let (Value::Slice(sl), Value::Int(x)) = (arg(0), arg(1)) else {
                return Err(it.unsupported(span, name));
            };
            let v = sl.to_vec();
            // Binary search for the first index with a[i] >= x (as sort.Search does).
            let (mut lo, mut hi) = (0usize, v.len());
            while lo < hi {
                let h = lo + (hi - lo) / 2;
                let Value::Int(e) = v[h] else { return Err(it.unsupported(span, name)) };
                if e < x {
                    lo = h + 1;
                } else {
                    hi = h;
                }
            }
            Ok(vec![Value::Int(lo as i64)])
        }
        "sort.IntsAreSorted" | "sort.StringsAreSorted" => {
            let Value::Slice(sl) = arg(0) else { return Err(it.unsupported(span, name)) };
            let v = sl.to_vec();
            let sorted = v.windows(2).all(|w| match (&w[0], &w[1]) {
                (Value::Int(a), Value::Int(b)) => a <= b,
                (Value::Str(a), Value::Str(b)) => a <= b,
                _ => false,
            });
            Ok(vec![Value::Bool(sorted)])
        }
        "builtin.close" => {
            it.chan_close(arg(0), span)?;
            Ok(Vec::new())
        }
        "builtin.recover" => Ok(Vec::new()),
        "builtin.panic" => Err(it.panic_with(arg(0))),
        "strings.Count" => {
            let a = bytes_of(&arg(0));
            let b = bytes_of(&arg(1));
            let n = if b.is_empty() {
                crate::interp::decode_runes(&a).len() + 1
            } else {
                let mut n = 0;
                let mut i = 0;
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
        "strings.Compare" => {
            let o = bytes_of(&arg(0)).cmp(&bytes_of(&arg(1)));
            Ok(vec![Value::Int(o as i64)])
        }
        "strings.Cut" => {
            let a = bytes_of(&arg(0));
            let b = bytes_of(&arg(1));
            let at =
                if b.is_empty() { Some(0) } else { a.windows(b.len()).position(|w| w == &b[..]) };
            Ok(match at {
                Some(i) => vec![
                    Value::Str(Rc::from(&a[..i])),
                    Value::Str(Rc::from(&a[i + b.len()..])),
                    Value::Bool(true),
                ],
                None => vec![Value::Str(Rc::from(a)), s(""), Value::Bool(false)],
            })
        }
        "unicode/utf8.RuneCountInString" => {
            let n = crate::interp::decode_runes(&bytes_of(&arg(0))).len();
            Ok(vec![Value::Int(n as i64)])
        }
        _ if name.starts_with("unicode.Is")
            || name.starts_with("unicode.To")
            || name == "unicode.SimpleFold" =>
        {
            // Go's tables (src/unicode_tables.rs, generated from go1.27.3).
            let Value::Int(r) = arg(0) else { return Err(it.unsupported(span, name)) };
            let short = &name["unicode.".len()..];
            if let Some(b) = crate::uni::is(short, r) {
                return Ok(vec![Value::Bool(b)]);
            }
            match crate::uni::to(short, r) {
                Some(m) => Ok(vec![Value::Int(m)]),
                None => Err(it.unsupported(span, &format!("std function {name}"))),
            }
        }
        "os.Exit" => match arg(0) {
            Value::Int(c) => Err(Ctrl::Exit(c as i32)),
            _ => Err(it.unsupported(span, name)),
        },
        "sort.Float64s" => slices_sort(it, &args, false, span),
        _ => crate::std_more::call(it, name, &args, span),
    }
}

/// slices.Sort on integers, strings and floats: the sorted order is unique except for NaNs and
/// the two zeros (Go's pdqsort may order them either way), which are refused.
pub(crate) fn slices_sort(it: &mut Interp, args: &[Value], uns: bool, span: Span) -> R<Vec<Value>> {
    let Some(Value::Slice(sl)) = args.first() else {
        return Err(it.unsupported(span, "slices.Sort"));
    };
    let Some(arr) = &sl.arr else { return Ok(Vec::new()) };
    let mut a = arr.borrow_mut();
    let Some(part) = a.get_mut(sl.off..sl.off + sl.len) else {
        drop(a);
        return Err(it.unsupported(span, "slices.Sort"));
    };
    // NaNs sort first (`x < y || isNaN(x) && !isNaN(y)`) and print alike; -0 and +0 compare
    // equal, so their order (visible when printed) is pdqsort's: refused when both occur.
    let zero_signs = |neg: bool| {
        part.iter()
            .any(|v| matches!(v, Value::Float(f) if *f == 0.0 && f.is_sign_negative() == neg))
    };
    let ok = part.iter().all(|v| matches!(v, Value::Int(_) | Value::Str(_) | Value::Float(_)))
        && part.windows(2).all(|w| std::mem::discriminant(&w[0]) == std::mem::discriminant(&w[1]))
        && !(zero_signs(true) && zero_signs(false));
    if !ok {
        drop(a);
        return Err(it.unsupported(span, "slices.Sort of these elements"));
    }
    escapade_base::sort::stable_sort_by(part, |x, y| match (x, y) {
        (Value::Int(x), Value::Int(y)) if uns => (*x as u64).cmp(&(*y as u64)),
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Str(x), Value::Str(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => match (x.is_nan(), y.is_nan()) {
            (true, true) => std::cmp::Ordering::Equal,
            (true, false) => std::cmp::Ordering::Less,
            (false, true) => std::cmp::Ordering::Greater,
            _ => x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal),
        },
        _ => std::cmp::Ordering::Equal,
    });
    Ok(Vec::new())
}

/// sort.Slice / slices.SortFunc (pdqsort) on at most 12 elements and sort.SliceStable /
/// slices.SortStableFunc on at most 20 run exactly Go's insertion sort: `j` walks down from `i`
/// while `less(j, j-1)` (or `cmp(s[j], s[j-1]) < 0`), swapping, so the comparison calls and
/// the result (ties included) are Go's. Longer slices are refused.
fn sort_with_func(it: &mut Interp, name: &str, args: &[Value], span: Span) -> R<Vec<Value>> {
    let sl = match args.first() {
        Some(Value::Iface(Some(p))) => match &p.1 {
            Value::Slice(sl) => sl.clone(),
            _ => return Err(it.unsupported(span, &format!("{name} of a non-slice"))),
        },
        Some(Value::Slice(sl)) => sl.clone(),
        _ => return Err(it.unsupported(span, name)),
    };
    let Some(Value::Func(Some(f))) = args.get(1) else {
        return Err(it.unsupported(span, &format!("{name} with a nil function")));
    };
    let f = f.clone();
    let limit = if name.contains("Stable") { 20 } else { 12 };
    if sl.len > limit {
        return Err(it.unsupported(span, &format!("{name} of more than {limit} elements")));
    }
    let Some(arr) = sl.arr.clone() else { return Ok(Vec::new()) };
    let by_index = name.starts_with("sort.");
    for i in 1..sl.len {
        let mut j = i;
        while j > 0 {
            let call_args = if by_index {
                vec![Value::Int(j as i64), Value::Int(j as i64 - 1)]
            } else {
                let b = arr.borrow();
                match (b.get(sl.off + j), b.get(sl.off + j - 1)) {
                    (Some(x), Some(y)) => vec![x.clone(), y.clone()],
                    _ => return Err(it.unsupported(span, name)),
                }
            };
            let r = it.call_closure(&f, call_args, span, false)?;
            let before = match r.first() {
                Some(Value::Bool(b)) if by_index => *b,
                Some(Value::Int(c)) if !by_index => *c < 0,
                _ => return Err(it.unsupported(span, name)),
            };
            if !before {
                break;
            }
            arr.borrow_mut().swap(sl.off + j, sl.off + j - 1);
            j -= 1;
        }
    }
    Ok(Vec::new())
}

/// `strings.Builder` is `struct { addr *Builder; buf []byte }`: `buf` holds the bytes (each a
/// `Value::Int`), `addr` the builder's own address after the first write (Go panics when a
/// copied non-empty builder is written; the evaluator refuses that instead).
fn builder_method(it: &mut Interp, name: &str, args: &[Value], span: Span) -> R<Vec<Value>> {
    let recv = args.first().cloned().unwrap_or(Value::Ptr(None));
    let arg = args.get(1).cloned().unwrap_or(Value::Int(0));
    match name {
        "strings.Builder.String" | "strings.Builder.Len" => {
            let Value::Ptr(Some(p)) = &recv else {
                return Err(it.unsupported(span, "strings.Builder method on a nil pointer"));
            };
            let buf = match p.load() {
                Some(Value::Struct(f)) => match f.get(1) {
                    Some(Value::Slice(s)) => s.to_vec(),
                    _ => return Err(it.unsupported(span, name)),
                },
                _ => return Err(it.unsupported(span, name)),
            };
            if name.ends_with("Len") {
                return Ok(vec![Value::Int(buf.len() as i64)]);
            }
            let bytes: Vec<u8> = buf
                .iter()
                .map(|v| match v {
                    Value::Int(b) => *b as u8,
                    _ => 0,
                })
                .collect();
            Ok(vec![Value::Str(Rc::from(bytes))])
        }
        "strings.Builder.Grow" => {
            // Only the copy check is observable (the capacity is not modelled).
            match arg {
                Value::Int(n) if n >= 0 => builder_write(it, &recv, &[], span)?,
                _ => return Err(it.unsupported(span, "strings.Builder.Grow with a negative count")),
            }
            Ok(Vec::new())
        }
        "strings.Builder.Reset" => {
            let Value::Ptr(Some(p)) = &recv else {
                return Err(it.unsupported(span, "strings.Builder method on a nil pointer"));
            };
            if !p.store(Value::Struct(vec![Value::Ptr(None), Value::Slice(Slice::nil())])) {
                return Err(it.unsupported(span, name));
            }
            Ok(Vec::new())
        }
        _ => {
            let bytes: Vec<u8> = match (name, &arg) {
                ("strings.Builder.WriteString", Value::Str(s)) => s.to_vec(),
                ("strings.Builder.WriteByte", Value::Int(b)) => vec![*b as u8],
                ("strings.Builder.WriteRune", Value::Int(r)) => {
                    let c = u32::try_from(*r)
                        .ok()
                        .and_then(char::from_u32)
                        .unwrap_or(char::REPLACEMENT_CHARACTER);
                    c.to_string().into_bytes()
                }
                _ => return Err(it.unsupported(span, name)),
            };
            builder_write(it, &recv, &bytes, span)?;
            Ok(match name {
                "strings.Builder.WriteByte" => vec![Value::Iface(None)],
                _ => vec![Value::Int(bytes.len() as i64), Value::Iface(None)],
            })
        }
    }
}

pub(crate) fn builder_write(it: &mut Interp, recv: &Value, bytes: &[u8], span: Span) -> R<()> {
    let Value::Ptr(Some(p)) = recv else {
        return Err(it.unsupported(span, "strings.Builder method on a nil pointer"));
    };
    let Some(Value::Struct(mut f)) = p.load() else {
        return Err(it.unsupported(span, "strings.Builder"));
    };
    if f.len() != 2 {
        return Err(it.unsupported(span, "strings.Builder"));
    }
    match &f[0] {
        Value::Ptr(None) => f[0] = Value::Ptr(Some(p.clone())),
        Value::Ptr(Some(a)) if a.same(p) => {}
        _ => return Err(it.unsupported(span, "writing to a copied strings.Builder")),
    }
    let Value::Slice(buf) = &f[1] else { return Err(it.unsupported(span, "strings.Builder")) };
    it.alloc(bytes.len() as u64, span)?;
    let grown = crate::std_io::append_bytes(buf, bytes);
    f[1] = Value::Slice(grown);
    if !p.store(Value::Struct(f)) {
        return Err(it.unsupported(span, "strings.Builder"));
    }
    Ok(())
}
