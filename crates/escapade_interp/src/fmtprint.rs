//! fmt's printer over typed values: how `Print`, `Println` and `Printf` walk their arguments
//! (go1.27's `pp`): directives with `*` widths and `[n]` argument indexes, the error
//! annotations (`%!d(string=x)`, `%!d(MISSING)`, `%!(EXTRA int=2)`, `BADINDEX`, `BADWIDTH`,
//! `BADPREC`, `NOVERB`), `Error`/`String` dispatch for `%v %s %q %x %X` (not through
//! unexported fields, not while printing an annotation), and composite values (`%v`, `%+v`,
//! `%#v` of structs, arrays, slices, maps with sorted keys, pointers at top level).
//!
//! `Format` methods of the program (fmt.Formatter) run with a `fmt.State` that collects their
//! output and reports the directive's flags, width and precision; `GoString` methods for `%#v`.
//!
//! Refused: anything that would print an address (`%p`, non-nil pointers below the top level,
//! channels, functions), `Format`/`GoString` methods of std types, methods on nil pointers or
//! that panic (fmt recovers and prints `%!v(PANIC=…)`), map
//! keys whose order depends on addresses (pointers, channels, interfaces holding different
//! dynamic types), float `%b %x %X`.

use std::cmp::Ordering;
use std::rc::Rc;

use escapade_base::Span;
use escapade_types::types::{BasicKind as BK, TypeKind};
use escapade_types::TypeId;

use crate::fmtflags::{pad, parse_directive, Flags};
use crate::fmtfloat::{fmt_complex, fmt_float, FloatBits};
use crate::fmtint::fmt_integer;
use crate::interp::{Ctrl, Interp, R};
use crate::value::*;

/// fmt.Print (`ln == false`: a space only between two operands that are not strings) and
/// fmt.Println (always a space, then a newline).
pub fn sprint(it: &mut Interp, args: &[Value], ln: bool, span: Span) -> R<Vec<u8>> {
    let mut p = Printer { out: Vec::new(), erroring: false, span };
    let mut prev_string = false;
    for (i, a) in args.iter().enumerate() {
        let is_string = match a {
            Value::Iface(Some(d)) => match d.0 {
                Dyn::Go(t) => it.basic(t).is_some_and(|k| k.canonical() == BK::String),
                _ => false,
            },
            _ => false,
        };
        if i > 0 && (ln || (!is_string && !prev_string)) {
            p.out.push(b' ');
        }
        prev_string = is_string;
        p.print_arg(it, a, 'v', &Flags::default())?;
    }
    if ln {
        p.out.push(b'\n');
    }
    Ok(p.out)
}

/// fmt.Sprintf; with `wrapped` (fmt.Errorf) `%w` of an error formats like `%v` and records the
/// argument's index.
pub fn sprintf(
    it: &mut Interp,
    f: &[u8],
    args: &[Value],
    span: Span,
    mut wrapped: Option<&mut Vec<usize>>,
) -> R<Vec<u8>> {
    let mut p = Printer { out: Vec::new(), erroring: false, span };
    let end = f.len();
    let mut i = 0;
    let mut argn = 0usize;
    let mut reordered = false;
    while i < end {
        let lit = i;
        while i < end && f[i] != b'%' {
            i += 1;
        }
        p.out.extend_from_slice(&f[lit..i]);
        if i >= end {
            break;
        }
        i += 1;
        // Flags.
        let flag_start = i;
        while i < end && b"#0+- ".contains(&f[i]) {
            i += 1;
        }
        let flag_text = format!("%{}v", String::from_utf8_lossy(&f[flag_start..i]));
        let Some((mut flags, _)) = parse_directive(&flag_text) else {
            return Err(it.unsupported(span, "format directive"));
        };
        let mut good = true;
        let mut after_index;
        (argn, i, after_index) = arg_number(argn, f, i, args.len(), &mut good, &mut reordered);
        // Width.
        if i < end && f[i] == b'*' {
            i += 1;
            let (w, ok, next) = int_from_arg(it, args, argn);
            argn = next;
            if !ok {
                p.out.extend_from_slice(b"%!(BADWIDTH)");
            } else if w < 0 {
                flags.minus = true;
                flags.zero = false;
                flags.width = Some(w.unsigned_abs() as usize);
            } else {
                flags.width = Some(w as usize);
            }
            after_index = false;
        } else {
            let (w, next) = parse_num(f, i).ok_or_else(|| it.unsupported(span, "huge width"))?;
            i = next;
            flags.width = w;
            if after_index && w.is_some() {
                good = false;
            }
        }
        // Precision.
        if i + 1 < end && f[i] == b'.' {
            i += 1;
            if after_index {
                good = false;
            }
            (argn, i, after_index) = arg_number(argn, f, i, args.len(), &mut good, &mut reordered);
            if i < end && f[i] == b'*' {
                i += 1;
                let (pr, ok, next) = int_from_arg(it, args, argn);
                argn = next;
                if ok && pr >= 0 {
                    flags.prec = Some(pr as usize);
                } else {
                    flags.prec = None;
                    if !ok {
                        p.out.extend_from_slice(b"%!(BADPREC)");
                    }
                }
                after_index = false;
            } else {
                let (pr, next) =
                    parse_num(f, i).ok_or_else(|| it.unsupported(span, "huge precision"))?;
                i = next;
                flags.prec = Some(pr.unwrap_or(0));
            }
        } else if i < end && f[i] == b'.' {
            // A trailing '.' at the end of the format: precision zero, then no verb.
            i += 1;
            flags.prec = Some(0);
        }
        if !after_index {
            (argn, i, _) = arg_number(argn, f, i, args.len(), &mut good, &mut reordered);
        }
        if i >= end {
            p.out.extend_from_slice(b"%!(NOVERB)");
            break;
        }
        let (verb, size) = match crate::interp::decode_runes(&f[i..]).first() {
            Some(&(r, w)) => (char::from_u32(r).unwrap_or('\u{fffd}'), w),
            None => break,
        };
        i += size;
        if verb == '%' {
            p.out.push(b'%');
            continue;
        }
        if !good {
            p.annotate(verb, "BADINDEX");
            continue;
        }
        let Some(a) = args.get(argn) else {
            p.annotate(verb, "MISSING");
            continue;
        };
        argn += 1;
        let verb = if verb == 'w' {
            match wrapped.as_deref_mut() {
                Some(w) if crate::errs::is_error_value(it, a) => {
                    w.push(argn - 1);
                    'v'
                }
                _ => return Err(it.unsupported(span, "%w of this value")),
            }
        } else {
            verb
        };
        let flags = flags.for_verb(verb);
        p.print_arg(it, a, verb, &flags)?;
    }
    if !reordered && argn < args.len() {
        p.out.extend_from_slice(b"%!(EXTRA ");
        for (k, a) in args[argn..].iter().enumerate() {
            if k > 0 {
                p.out.extend_from_slice(b", ");
            }
            if let Value::Iface(Some(d)) = a {
                let name = p.dyn_type_name(it, d.0)?;
                p.out.extend_from_slice(name.as_bytes());
                p.out.push(b'=');
            }
            p.print_arg(it, a, 'v', &Flags::default())?;
        }
        p.out.push(b')');
    }
    Ok(p.out)
}

/// `[n]` at `i`: the argument index it names (fmt's `argNumber`); a bad index clears `good`.
fn arg_number(
    argn: usize,
    f: &[u8],
    i: usize,
    nargs: usize,
    good: &mut bool,
    reordered: &mut bool,
) -> (usize, usize, bool) {
    if f.get(i) != Some(&b'[') {
        return (argn, i, false);
    }
    *reordered = true;
    let rest = &f[i..];
    let close = if rest.len() < 3 { None } else { rest.iter().position(|&c| c == b']') };
    let Some(close) = close else {
        *good = false;
        return (argn, i + 1, false);
    };
    let digits = &rest[1..close];
    let n = if !digits.is_empty() && digits.len() < 7 && digits.iter().all(u8::is_ascii_digit) {
        std::str::from_utf8(digits).ok().and_then(|d| d.parse::<usize>().ok())
    } else {
        None
    };
    match n {
        Some(n) if n >= 1 && n - 1 < nargs => (n - 1, i + close + 1, true),
        Some(_) => {
            *good = false;
            (argn, i + close + 1, true)
        }
        None => {
            *good = false;
            (argn, i + close + 1, false)
        }
    }
}

/// A decimal number at `i` (fmt's `parsenum`): `None` inside when absent; the outer `None`
/// for a number fmt would reject as too large (refused).
fn parse_num(f: &[u8], mut i: usize) -> Option<(Option<usize>, usize)> {
    let start = i;
    let mut n: usize = 0;
    while i < f.len() && f[i].is_ascii_digit() {
        if n > 1_000_000 {
            return None;
        }
        n = n * 10 + usize::from(f[i] - b'0');
        i += 1;
    }
    if n > 1_000_000 {
        return None;
    }
    Some(((i > start).then_some(n), i))
}

/// The integer operand of a `*` (fmt's `intFromArg`): (value, is an int in range, next index).
fn int_from_arg(it: &mut Interp, args: &[Value], argn: usize) -> (i64, bool, usize) {
    let Some(a) = args.get(argn) else { return (0, false, argn) };
    let n = match a {
        Value::Iface(Some(d)) => match (d.0, &d.1) {
            (Dyn::Go(t), Value::Int(n)) => match it.basic(t).map(BK::canonical) {
                Some(k) if k.is_unsigned() && !matches!(k, BK::Uint8 | BK::Uint16 | BK::Uint32) => {
                    (*n >= 0).then_some(*n)
                }
                Some(k) if k.is_integer() => Some(*n),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    match n {
        Some(n) if (-1_000_000..=1_000_000).contains(&n) => (n, true, argn + 1),
        _ => (0, false, argn + 1),
    }
}

/// The verbs fmt accepts for each kind of operand (others print `%!verb(type=value)`).
const INT_VERBS: &str = "vdboOxXcqU";
const FLOAT_VERBS: &str = "vbgGxXfFeE";
const STRING_VERBS: &str = "vsxXq";

struct Printer {
    out: Vec<u8>,
    /// Printing a `%!verb(...)` annotation: no methods are called.
    erroring: bool,
    span: Span,
}

impl Printer {
    fn annotate(&mut self, verb: char, what: &str) {
        self.out.extend_from_slice(format!("%!{verb}({what})").as_bytes());
    }

    fn dyn_type_name(&mut self, it: &mut Interp, d: Dyn) -> R<String> {
        let n = it.dyn_name(d);
        if n.starts_with('?') {
            return Err(it.unsupported(self.span, "%T of this type"));
        }
        Ok(n)
    }

    fn type_name(&mut self, it: &mut Interp, t: TypeId) -> R<String> {
        self.dyn_type_name(it, Dyn::Go(t))
    }

    fn unsup<T>(&self, it: &Interp, what: &str) -> R<T> {
        Err(it.unsupported(self.span, what))
    }

    /// One operand of type `any` (fmt's `printArg`).
    fn print_arg(&mut self, it: &mut Interp, a: &Value, verb: char, flags: &Flags) -> R<()> {
        let Value::Iface(Some(d)) = a else {
            // A nil interface.
            if matches!(verb, 'T' | 'v') {
                self.out.extend_from_slice(pad("<nil>", flags).as_bytes());
            } else {
                self.annotate(verb, "<nil>");
            }
            return Ok(());
        };
        if verb == 'T' {
            let n = self.dyn_type_name(it, d.0)?;
            let s = fmt_str(it, n.as_bytes(), 's', flags, self.span)?;
            self.out.extend(s);
            return Ok(());
        }
        if verb == 'p' {
            return self.unsup(it, "%p (prints an address)");
        }
        match d.0 {
            Dyn::Go(t) => self.print_value(it, t, &d.1, verb, flags, 0, true, true),
            _ => self.builtin_error(it, a, verb, flags, true),
        }
    }

    /// An error value of the runtime or std (`*errors.errorString`, ...): its `Error` text. A
    /// top-level (`top`) `*errors.errorString` with `%#v` or a verb that is not a string verb
    /// prints as the pointer to a struct it is: `&errors.errorString{s:"boom"}`,
    /// `&{%!d(string=boom)}`. Other shapes (nested ones print an address) are refused.
    fn builtin_error(
        &mut self,
        it: &mut Interp,
        a: &Value,
        verb: char,
        flags: &Flags,
        top: bool,
    ) -> R<()> {
        let span = self.span;
        if !self.erroring && !flags.sharp_v && STRING_VERBS.contains(verb) {
            let text = crate::errs::error_text(it, a, span, 0)?;
            let s = fmt_str(it, &text, verb, flags, span)?;
            self.out.extend(s);
            return Ok(());
        }
        let error_string = matches!(a, Value::Iface(Some(d)) if d.0 == Dyn::ErrorString);
        if self.erroring || !top || !error_string {
            return self.unsup(it, "formatting this error value");
        }
        let text = crate::errs::error_text(it, a, span, 0)?;
        let (open, field) = if flags.sharp_v {
            ("&errors.errorString{s:", fmt_str(it, &text, 'v', flags, span)?)
        } else if STRING_VERBS.contains(verb) {
            ("&{", fmt_str(it, &text, verb, flags, span)?)
        } else {
            let plain = Flags { plus: false, sharp: false, ..*flags };
            let shown = fmt_str(it, &text, 'v', &plain, span)?;
            ("&{", [format!("%!{verb}(string=").into_bytes(), shown, b")".to_vec()].concat())
        };
        self.out.extend_from_slice(open.as_bytes());
        self.out.extend(field);
        self.out.push(b'}');
        Ok(())
    }

    /// fmt's `handleMethods`: `Error`/`String` for `%v %s %q %x %X`. `Ok(true)` when handled.
    fn methods(
        &mut self,
        it: &mut Interp,
        t: TypeId,
        v: &Value,
        verb: char,
        flags: &Flags,
    ) -> R<bool> {
        if self.erroring {
            return Ok(false);
        }
        // fmt.Formatter's `Format(fmt.State, rune)` (a `Format` of another shape, like
        // time.Time's `Format(string) string`, is an ordinary method).
        let formatter = match crate::errs::method_sig(it, t, "Format") {
            Some((params, results)) => params.len() == 2 && results.is_empty(),
            None => it.find_method(t, "Format").is_some(),
        };
        if formatter {
            self.format_method(it, t, v, verb, flags)?;
            return Ok(true);
        }
        if flags.sharp_v {
            let Some((obj, _)) = it.find_method(t, "GoString") else { return Ok(false) };
            if !returns_only_string(it, obj) {
                return Ok(false);
            }
            if !it.is_user_obj(obj) {
                return self.unsup(it, "a std value with a GoString method");
            }
            // fmt prints the result unadorned: only truncated and padded (`fmtS`).
            let text = self.string_method(it, t, v, "GoString")?;
            let plain = Flags { sharp: false, sharp_v: false, ..*flags };
            let s = fmt_str(it, &text, 's', &plain, self.span)?;
            self.out.extend(s);
            return Ok(true);
        }
        if !STRING_VERBS.contains(verb) {
            return Ok(false);
        }
        for m in ["Error", "String"] {
            let Some((obj, _)) = it.find_method(t, m) else { continue };
            if !returns_only_string(it, obj) {
                continue;
            }
            let text = self.string_method(it, t, v, m)?;
            let s = fmt_str(it, &text, verb, flags, self.span)?;
            self.out.extend(s);
            return Ok(true);
        }
        Ok(false)
    }

    /// Calls method `m` of the operand for fmt. fmt recovers a panic in it and prints
    /// `%!v(PANIC=m method: …)` (or `<nil>` for a nil pointer): refused, like any call on a nil
    /// pointer.
    fn call_method(
        &mut self,
        it: &mut Interp,
        t: TypeId,
        v: &Value,
        m: &str,
        args: Vec<Value>,
    ) -> R<Vec<Value>> {
        if matches!(v, Value::Ptr(None)) {
            return self.unsup(it, &format!("{m} method on a nil pointer"));
        }
        let clo = it.dyn_method(Dyn::Go(t), v.clone(), m, self.span)?;
        match it.call_closure(&clo, args, self.span, false) {
            Err(Ctrl::Panic(_)) => {
                self.unsup(it, &format!("a panic in a {m} method called by fmt (fmt recovers it)"))
            }
            r => r,
        }
    }

    /// The text an `Error`/`String`/`GoString` method returns.
    fn string_method(&mut self, it: &mut Interp, t: TypeId, v: &Value, m: &str) -> R<Vec<u8>> {
        match self.call_method(it, t, v, m, Vec::new())?.first() {
            Some(Value::Str(s)) => Ok(s.to_vec()),
            _ => self.unsup(it, &format!("{m} method result")),
        }
    }

    /// fmt.Formatter: calls the program's `Format(fmt.State, rune)` with a state that collects
    /// what it writes and reports this directive's flags, width and precision.
    fn format_method(
        &mut self,
        it: &mut Interp,
        t: TypeId,
        v: &Value,
        verb: char,
        flags: &Flags,
    ) -> R<()> {
        let Some((obj, _)) = it.find_method(t, "Format") else {
            return self.unsup(it, "a value with a Format method");
        };
        let sig = crate::errs::method_sig(it, t, "Format");
        let state_param = match sig.as_ref().map(|(p, _)| p.as_slice()) {
            Some([st, r]) => {
                it.runtime_type_name(*st, 0).as_deref() == Some("fmt.State")
                    && it.basic(*r).is_some_and(|k| k.canonical() == BK::Int32)
                    && it.ck.types.named(*r).is_none()
            }
            _ => false,
        };
        if !state_param || !it.is_user_obj(obj) {
            return self.unsup(it, "a value with a Format method");
        }
        let f = |on: bool, bit: i64| if on { bit } else { 0 };
        let bits = f(flags.plus || flags.plus_v, 1)
            | f(flags.minus, 2)
            | f(flags.sharp || flags.sharp_v, 4)
            | f(flags.space, 8)
            | f(flags.zero, 16);
        let num = |n: Option<usize>| Value::Int(n.map_or(-1, |n| n as i64));
        let buf = Ptr::to_cell(cell(str_value(b"")));
        let payload = Value::Tuple(vec![
            Value::Ptr(Some(buf.clone())),
            Value::Int(bits),
            num(flags.width),
            num(flags.prec),
        ]);
        let state = Value::Iface(Some(Rc::new((Dyn::FmtState, payload))));
        self.call_method(it, t, v, "Format", vec![state, Value::Int(verb as i64)])?;
        if let Some(Value::Str(s)) = buf.load() {
            self.out.extend_from_slice(&s);
        }
        Ok(())
    }

    /// fmt's `printValue`: `t` is the static type of `v` (an interface type for interface
    /// values); `iface` says whether the value may be converted to `any` (false below an
    /// unexported field), which decides whether its methods are called.
    #[allow(clippy::too_many_arguments)]
    fn print_value(
        &mut self,
        it: &mut Interp,
        t: TypeId,
        v: &Value,
        verb: char,
        flags: &Flags,
        depth: u32,
        iface: bool,
        top_arg: bool,
    ) -> R<()> {
        if depth > 64 {
            return self.unsup(it, "deeply nested value");
        }
        // An untyped nil stored without conversion (e.g. in a composite literal) is the zero
        // value of its static type.
        let zero;
        let v = if matches!(v, Value::Iface(None)) && !it.is_iface(t) {
            zero = it.zero(t, self.span)?;
            &zero
        } else {
            v
        };
        if iface && !matches!(v, Value::Iface(_)) && self.methods(it, t, v, verb, flags)? {
            return Ok(());
        }
        let u = it.under(t);
        let kind = it.ck.types.kind(u).clone();
        let span = self.span;
        match (kind, v) {
            (TypeKind::Interface(_), Value::Iface(None)) => {
                if flags.sharp_v {
                    let n = self.type_name(it, t)?;
                    self.out.extend_from_slice(n.as_bytes());
                    self.out.extend_from_slice(b"(nil)");
                } else {
                    self.out.extend_from_slice(b"<nil>");
                }
                Ok(())
            }
            (TypeKind::Interface(_), Value::Iface(Some(d))) => match d.0 {
                Dyn::Go(dt) => self.print_value(it, dt, &d.1, verb, flags, depth + 1, iface, false),
                _ if iface => self.builtin_error(it, v, verb, flags, false),
                _ => self.unsup(it, "formatting an error value behind an unexported field"),
            },
            (TypeKind::Basic(k), Value::Bool(b)) => {
                if matches!(verb, 't' | 'v') {
                    self.out.extend_from_slice(
                        pad(if *b { "true" } else { "false" }, flags).as_bytes(),
                    );
                    Ok(())
                } else {
                    self.bad_verb(it, t, v, verb, flags, k)
                }
            }
            (TypeKind::Basic(k), Value::Int(i)) => {
                if !INT_VERBS.contains(verb) {
                    return self.bad_verb(it, t, v, verb, flags, k);
                }
                let s = fmt_int_value(it, *i, k, verb, flags, span)?;
                self.out.extend(s);
                Ok(())
            }
            (TypeKind::Basic(k), Value::Float(x)) => {
                if !FLOAT_VERBS.contains(verb) {
                    return self.bad_verb(it, t, v, verb, flags, k);
                }
                let bits = if k == BK::Float32 { FloatBits::F32 } else { FloatBits::F64 };
                match fmt_float(*x, bits, verb, flags) {
                    Some(s) => {
                        self.out.extend_from_slice(s.as_bytes());
                        Ok(())
                    }
                    None => self.unsup(it, &format!("format verb %{verb} of a float")),
                }
            }
            (TypeKind::Basic(k), Value::Complex(a, b)) => {
                if !FLOAT_VERBS.contains(verb) {
                    return self.bad_verb(it, t, v, verb, flags, k);
                }
                let bits = if k == BK::Complex64 { FloatBits::F32 } else { FloatBits::F64 };
                match fmt_complex(*a, *b, bits, verb, flags) {
                    Some(s) => {
                        self.out.extend_from_slice(s.as_bytes());
                        Ok(())
                    }
                    None => self.unsup(it, &format!("format verb %{verb} of a complex")),
                }
            }
            (TypeKind::Basic(k), Value::Str(st)) => {
                if !STRING_VERBS.contains(verb) {
                    return self.bad_verb(it, t, v, verb, flags, k);
                }
                let s = fmt_str(it, st, verb, flags, span)?;
                self.out.extend(s);
                Ok(())
            }
            (TypeKind::Map(kt, vt), Value::Map(m)) => {
                if flags.sharp_v {
                    let n = self.type_name(it, t)?;
                    self.out.extend_from_slice(n.as_bytes());
                    if m.is_none() {
                        self.out.extend_from_slice(b"(nil)");
                        return Ok(());
                    }
                    self.out.push(b'{');
                } else {
                    self.out.extend_from_slice(b"map[");
                }
                let mut entries: Vec<(Value, Value)> = match m {
                    Some(m) => m.borrow_mut().map.iterate().into_iter().map(|(_, kv)| kv).collect(),
                    None => Vec::new(),
                };
                sort_keys(it, kt, &mut entries, span)?;
                for (n, (k, x)) in entries.iter().enumerate() {
                    if n > 0 {
                        self.out.extend_from_slice(if flags.sharp_v { b", " } else { b" " });
                    }
                    self.print_value(it, kt, k, verb, flags, depth + 1, iface, false)?;
                    self.out.push(b':');
                    self.print_value(it, vt, x, verb, flags, depth + 1, iface, false)?;
                }
                self.out.push(if flags.sharp_v { b'}' } else { b']' });
                Ok(())
            }
            (TypeKind::Struct(fs), Value::Struct(vals)) => {
                if flags.sharp_v {
                    let n = self.type_name(it, t)?;
                    self.out.extend_from_slice(n.as_bytes());
                }
                self.out.push(b'{');
                for (n, (f, x)) in fs.iter().zip(vals).enumerate() {
                    if n > 0 {
                        self.out.extend_from_slice(if flags.sharp_v { b", " } else { b" " });
                    }
                    if flags.plus_v || flags.sharp_v {
                        self.out.extend_from_slice(f.name.as_bytes());
                        self.out.push(b':');
                    }
                    let exported = f.name.chars().next().is_some_and(char::is_uppercase);
                    self.print_value(
                        it,
                        f.ty,
                        x,
                        verb,
                        flags,
                        depth + 1,
                        iface && exported,
                        false,
                    )?;
                }
                self.out.push(b'}');
                Ok(())
            }
            (TypeKind::Slice(et) | TypeKind::Array(_, et), Value::Slice(_) | Value::Array(_)) => {
                let elems = match v {
                    Value::Slice(sl) => sl.to_vec(),
                    Value::Array(a) => a.clone(),
                    _ => Vec::new(),
                };
                let nil_slice = matches!(v, Value::Slice(sl) if sl.arr.is_none());
                let byte_elems = it.basic(et).is_some_and(|k| k.canonical() == BK::Uint8);
                if byte_elems && matches!(verb, 's' | 'q' | 'x' | 'X') {
                    let b: Vec<u8> = elems
                        .iter()
                        .map(|v| if let Value::Int(x) = v { *x as u8 } else { 0 })
                        .collect();
                    let s = fmt_str(it, &b, verb, flags, span)?;
                    self.out.extend(s);
                    return Ok(());
                }
                if flags.sharp_v {
                    // fmt's fast path names an operand of type exactly []byte "[]byte".
                    let is_byte_slice = top_arg
                        && match it.ck.types.kind(t) {
                            TypeKind::Slice(e) => matches!(
                                it.ck.types.kind(*e),
                                TypeKind::Basic(b) if b.canonical() == BK::Uint8
                            ),
                            _ => false,
                        };
                    let n =
                        if is_byte_slice { "[]byte".to_string() } else { self.type_name(it, t)? };
                    self.out.extend_from_slice(n.as_bytes());
                    if nil_slice {
                        self.out.extend_from_slice(b"(nil)");
                        return Ok(());
                    }
                    self.out.push(b'{');
                } else {
                    self.out.push(b'[');
                }
                for (n, x) in elems.iter().enumerate() {
                    if n > 0 {
                        self.out.extend_from_slice(if flags.sharp_v { b", " } else { b" " });
                    }
                    self.print_value(it, et, x, verb, flags, depth + 1, iface, false)?;
                }
                self.out.push(if flags.sharp_v { b'}' } else { b']' });
                Ok(())
            }
            (TypeKind::Pointer(inner), Value::Ptr(Some(p))) if depth == 0 => {
                let iu = it.under(inner);
                if matches!(
                    it.ck.types.kind(iu),
                    TypeKind::Struct(_)
                        | TypeKind::Array(..)
                        | TypeKind::Slice(_)
                        | TypeKind::Map(..)
                ) {
                    let Some(x) = p.load() else { return self.unsup(it, "pointer") };
                    self.out.push(b'&');
                    return self.print_value(it, inner, &x, verb, flags, depth + 1, iface, false);
                }
                self.unsup(it, "printing a pointer address")
            }
            (
                TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Func(_),
                Value::Ptr(None) | Value::Chan(None) | Value::Func(None),
            ) => match verb {
                'v' if flags.sharp_v => {
                    let n = self.type_name(it, t)?;
                    self.out.extend_from_slice(format!("({n})(nil)").as_bytes());
                    Ok(())
                }
                'v' => {
                    self.out.extend_from_slice(pad("<nil>", flags).as_bytes());
                    Ok(())
                }
                'b' | 'o' | 'd' | 'x' | 'X' => {
                    let s = fmt_integer(0, false, verb, flags)
                        .ok_or_else(|| it.unsupported(span, "format verb"))?;
                    self.out.extend_from_slice(s.as_bytes());
                    Ok(())
                }
                'p' => self.unsup(it, "%p"),
                _ => self.bad_verb(it, t, v, verb, flags, BK::Invalid),
            },
            (TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Func(_), _) => {
                self.unsup(it, "printing a pointer address")
            }
            _ => {
                let msg = format!("formatting {} with %{verb}", it.type_name(t));
                self.unsup(it, &msg)
            }
        }
    }

    /// `%!verb(type=value)`: the value printed with `%v` and the same flags, no methods.
    #[allow(clippy::too_many_arguments)]
    fn bad_verb(
        &mut self,
        it: &mut Interp,
        t: TypeId,
        v: &Value,
        verb: char,
        flags: &Flags,
        k: BK,
    ) -> R<()> {
        // fmt prints the operand with `v` but keeps the flags as they were: `+` and `#` keep
        // their number meaning (`%!z(int=+5)`, `%#z` of 1.5 shows `1.50000`) instead of becoming
        // %+v / %#v, so numbers go through the verb `v` means for them without that conversion.
        // Strings, bools and nil pointers, channels and funcs (`<nil>`) ignore both flags.
        let kc = k.canonical();
        let plain_verb = match kc {
            BK::String | BK::Bool => 'v',
            k if k.is_integer() => 'd',
            BK::Float32 | BK::Float64 | BK::Complex64 | BK::Complex128 => 'g',
            _ => 'v',
        };
        let name = self.type_name(it, t)?;
        let was = self.erroring;
        self.erroring = true;
        self.out.extend_from_slice(format!("%!{verb}({name}=").as_bytes());
        let inner = if plain_verb == 'v' {
            Flags { plus: false, sharp: false, plus_v: false, sharp_v: false, ..*flags }
        } else {
            Flags { plus_v: false, sharp_v: false, ..*flags }
        };
        let r = self.print_value(it, t, v, plain_verb, &inner, 0, false, false);
        self.erroring = was;
        r?;
        self.out.push(b')');
        Ok(())
    }
}

fn returns_only_string(it: &mut Interp, method: escapade_types::ObjId) -> bool {
    let ty = it.ck.obj_type(method);
    match it.ck.types.kind(ty).clone() {
        TypeKind::Func(sg) => {
            sg.params.is_empty()
                && sg.results.len() == 1
                && it.ck.types.kind(sg.results[0].ty) == &TypeKind::Basic(BK::String)
        }
        _ => false,
    }
}

/// An integer operand (`v` holds its bits, normalized to its type's width).
pub fn fmt_int_value(
    it: &mut Interp,
    i: i64,
    k: BK,
    verb: char,
    flags: &Flags,
    span: Span,
) -> R<Vec<u8>> {
    let k = k.canonical();
    let uns = k.is_unsigned();
    let bits = if uns {
        match k {
            BK::Uint8 => i as u8 as u64,
            BK::Uint16 => i as u16 as u64,
            BK::Uint32 => i as u32 as u64,
            _ => i as u64,
        }
    } else {
        i as u64
    };
    match fmt_integer(bits, !uns, verb, flags) {
        Some(s) => Ok(s.into_bytes()),
        None => Err(it.unsupported(span, &format!("format verb %{verb} of an integer"))),
    }
}

/// Orders map entries by key as fmt does (internal/fmtsort); refuses keys whose order depends
/// on addresses or on the map's iteration order (NaNs).
fn sort_keys(it: &mut Interp, kt: TypeId, entries: &mut [(Value, Value)], span: Span) -> R<()> {
    let mut bad = false;
    let mut ctx = KeyCmp { it, bad: &mut bad };
    let mut keyed: Vec<(usize, Value)> =
        entries.iter().enumerate().map(|(i, e)| (i, e.0.clone())).collect();
    escapade_base::sort::stable_sort_by(&mut keyed, |a, b| ctx.cmp(kt, &a.1, &b.1, 0));
    let it = ctx.it;
    if bad {
        return Err(it.unsupported(span, "printing a map with keys of this type"));
    }
    let order: Vec<usize> = keyed.into_iter().map(|(i, _)| i).collect();
    let sorted: Vec<(Value, Value)> = order.iter().map(|&i| entries[i].clone()).collect();
    entries.clone_from_slice(&sorted);
    Ok(())
}

struct KeyCmp<'a, 'b, 'o> {
    it: &'a mut Interp<'o>,
    bad: &'b mut bool,
}

impl KeyCmp<'_, '_, '_> {
    fn cmp(&mut self, t: TypeId, a: &Value, b: &Value, depth: u32) -> Ordering {
        if depth > 32 {
            *self.bad = true;
            return Ordering::Equal;
        }
        let u = self.it.under(t);
        let kind = self.it.ck.types.kind(u).clone();
        match (kind, a, b) {
            (TypeKind::Basic(k), Value::Int(x), Value::Int(y)) => {
                if k.is_unsigned() {
                    (*x as u64).cmp(&(*y as u64))
                } else {
                    x.cmp(y)
                }
            }
            (TypeKind::Basic(_), Value::Str(x), Value::Str(y)) => x.cmp(y),
            (TypeKind::Basic(_), Value::Bool(x), Value::Bool(y)) => x.cmp(y),
            (TypeKind::Basic(_), Value::Float(x), Value::Float(y)) => self.floats(*x, *y),
            (TypeKind::Basic(_), Value::Complex(a, b), Value::Complex(c, d)) => {
                self.floats(*a, *c).then_with(|| self.floats(*b, *d))
            }
            (TypeKind::Array(_, et), Value::Array(x), Value::Array(y)) => {
                for (p, q) in x.iter().zip(y) {
                    let c = self.cmp(et, p, q, depth + 1);
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            (TypeKind::Struct(fs), Value::Struct(x), Value::Struct(y)) => {
                for ((f, p), q) in fs.iter().zip(x).zip(y) {
                    let c = self.cmp(f.ty, p, q, depth + 1);
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            (TypeKind::Interface(_), Value::Iface(x), Value::Iface(y)) => match (x, y) {
                (None, None) => Ordering::Equal,
                (Some(p), Some(q)) => match (p.0, q.0) {
                    (Dyn::Go(s), Dyn::Go(r)) if s == r => self.cmp(s, &p.1, &q.1, depth + 1),
                    _ => {
                        *self.bad = true;
                        Ordering::Equal
                    }
                },
                // nil sorts first.
                (None, Some(_)) => Ordering::Less,
                (Some(_), None) => Ordering::Greater,
            },
            _ => {
                *self.bad = true;
                Ordering::Equal
            }
        }
    }

    fn floats(&mut self, x: f64, y: f64) -> Ordering {
        if x.is_nan() || y.is_nan() {
            *self.bad = true;
            return Ordering::Equal;
        }
        x.partial_cmp(&y).unwrap_or(Ordering::Equal)
    }
}

/// fmt's `%s %v %q %x %X` of a string (`fmtString`): precision truncates (runes for s/v/q,
/// bytes for x), width pads by runes (with zeros on the left for the `0` flag, whatever the
/// verb: `%08q` of "ab" is `0000"ab"`).
pub fn fmt_str(it: &mut Interp, st: &[u8], verb: char, flags: &Flags, span: Span) -> R<Vec<u8>> {
    let sharp_v = flags.sharp_v || (verb == 'v' && flags.sharp);
    let truncate = |st: &[u8]| -> Vec<u8> {
        match flags.prec {
            Some(n) => {
                let runes = crate::interp::decode_runes(st);
                let bytes: usize = runes.iter().take(n).map(|r| r.1).sum();
                st[..bytes.min(st.len())].to_vec()
            }
            None => st.to_vec(),
        }
    };
    let body = match verb {
        // `#` means nothing to %s.
        'v' | 's' if !sharp_v => truncate(st),
        'v' | 'q' => {
            let t = truncate(st);
            let backquote = verb == 'q' && flags.sharp && crate::quote::can_backquote(&t);
            if backquote {
                let mut q = b"`".to_vec();
                q.extend_from_slice(&t);
                q.push(b'`');
                q
            } else {
                let ascii = verb == 'q' && flags.plus;
                match crate::quote::quote(&t, ascii) {
                    Some(q) => q.into_bytes(),
                    None => return Err(it.unsupported(span, "quoting this string")),
                }
            }
        }
        _ => {
            let digits: &[u8] =
                if verb == 'x' { b"0123456789abcdefx" } else { b"0123456789ABCDEFX" };
            let n = flags.prec.map_or(st.len(), |p| p.min(st.len()));
            let mut out = Vec::new();
            for (i, &c) in st[..n].iter().enumerate() {
                if flags.sharp && (i == 0 || flags.space) {
                    if i > 0 {
                        out.push(b' ');
                    }
                    out.extend_from_slice(&[b'0', digits[16]]);
                } else if flags.space && i > 0 {
                    out.push(b' ');
                }
                out.extend_from_slice(&[digits[usize::from(c >> 4)], digits[usize::from(c & 15)]]);
            }
            out
        }
    };
    let Some(width) = flags.width else { return Ok(body) };
    let count = crate::interp::decode_runes(&body).len();
    if count >= width {
        return Ok(body);
    }
    let fill = if flags.zero && !flags.minus { b'0' } else { b' ' };
    let padding = vec![fill; width - count];
    Ok(if flags.minus { [body, padding].concat() } else { [padding, body].concat() })
}

/// The parts of a `fmt.State` (boxed in its interface or not): output, flags, width, precision.
fn state_parts(v: &Value) -> Option<(Ptr, i64, i64, i64)> {
    let payload = match v {
        Value::Iface(Some(p)) if p.0 == Dyn::FmtState => &p.1,
        v => v,
    };
    match payload {
        Value::Tuple(f) => match &f[..] {
            [Value::Ptr(Some(out)), Value::Int(bits), Value::Int(w), Value::Int(p)] => {
                Some((out.clone(), *bits, *w, *p))
            }
            _ => None,
        },
        _ => None,
    }
}

/// `Write` to a `fmt.State`: appends to the directive's output; `(len, nil)`.
pub fn state_write(it: &mut Interp, state: &Value, text: &[u8], span: Span) -> R<Vec<Value>> {
    let Some((out, ..)) = state_parts(state) else {
        return Err(it.unsupported(span, "this fmt.State"));
    };
    it.alloc(text.len() as u64, span)?;
    let mut all = match out.load() {
        Some(Value::Str(s)) => s.to_vec(),
        _ => Vec::new(),
    };
    all.extend_from_slice(text);
    out.store(str_value(&all));
    Ok(vec![Value::Int(text.len() as i64), Value::Iface(None)])
}

/// The methods of the `fmt.State` a `Format` method receives (`*fmt.pp`'s).
pub fn state_call(
    it: &mut Interp,
    name: &str,
    args: &[Value],
    span: Span,
) -> Option<R<Vec<Value>>> {
    let m = name.strip_prefix("fmt.State.")?;
    let recv = args.first()?;
    let Some((_, bits, w, p)) = state_parts(recv) else {
        return Some(Err(it.unsupported(span, "this fmt.State")));
    };
    let num = |n: i64| vec![Value::Int(n.max(0)), Value::Bool(n >= 0)];
    Some(match (m, args.get(1)) {
        ("Write", Some(Value::Slice(b))) => {
            let bytes: Vec<u8> = b
                .to_vec()
                .iter()
                .map(|v| if let Value::Int(i) = v { *i as u8 } else { 0 })
                .collect();
            state_write(it, recv, &bytes, span)
        }
        ("WriteString", Some(Value::Str(s))) => state_write(it, recv, &s.clone(), span),
        ("Width", None) => Ok(num(w)),
        ("Precision", None) => Ok(num(p)),
        ("Flag", Some(Value::Int(c))) => {
            let bit = match u8::try_from(*c).ok() {
                Some(b'+') => 1,
                Some(b'-') => 2,
                Some(b'#') => 4,
                Some(b' ') => 8,
                Some(b'0') => 16,
                _ => 0,
            };
            Ok(vec![Value::Bool(bits & bit != 0)])
        }
        _ => Err(it.unsupported(span, &format!("fmt.State method {m}"))),
    })
}

/// A string value.
pub fn str_value(b: &[u8]) -> Value {
    Value::Str(Rc::from(b))
}
