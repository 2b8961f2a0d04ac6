//! strconv's parsers and formatters with Go's results and errors (`*strconv.NumError` with
//! `ErrSyntax` / `ErrRange`).

use std::rc::Rc;

use crate::value::*;

/// Why a parse failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseErr {
    Syntax,
    Range,
}

/// `ParseUint` without the error wrapping: `Ok(v)`, or the error with the value Go returns.
/// `None` when the input uses a form not modelled here (an invalid base or bit size: Go reports
/// those with other messages).
pub fn parse_uint(s: &[u8], base: i64, bits: i64) -> Option<Result<u64, (u64, ParseErr)>> {
    if s.is_empty() {
        return Some(Err((0, ParseErr::Syntax)));
    }
    let bits = if bits == 0 { 64 } else { bits };
    if !(1..=64).contains(&bits) {
        return None;
    }
    let base0 = base == 0;
    let s0 = s;
    let (mut s, base) = if base0 {
        let lower = |i: usize| s.get(i).map(u8::to_ascii_lowercase);
        if s[0] == b'0' {
            match lower(1) {
                Some(b'b') if s.len() >= 3 => (&s[2..], 2u64),
                Some(b'o') if s.len() >= 3 => (&s[2..], 8),
                Some(b'x') if s.len() >= 3 => (&s[2..], 16),
                _ => (&s[1..], 8),
            }
        } else {
            (s, 10)
        }
    } else if (2..=36).contains(&base) {
        (s, base as u64)
    } else {
        return None;
    };
    // `0` alone with base 0: the leading zero was taken as the octal prefix.
    if base0 && base == 8 && s.is_empty() {
        return Some(Ok(0));
    }
    let max: u64 = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
    let cutoff = u64::MAX / base + 1;
    let mut n: u64 = 0;
    while let Some((&c, rest)) = s.split_first() {
        s = rest;
        let d = match c {
            // With base 0 underscores may separate digits: checked after the digits, as Go does.
            b'_' if base0 => continue,
            b'0'..=b'9' => u64::from(c - b'0'),
            b'a'..=b'z' => u64::from(c - b'a') + 10,
            b'A'..=b'Z' => u64::from(c - b'A') + 10,
            _ => return Some(Err((0, ParseErr::Syntax))),
        };
        if d >= base {
            return Some(Err((0, ParseErr::Syntax)));
        }
        if n >= cutoff {
            return Some(Err((max, ParseErr::Range)));
        }
        n *= base;
        let n1 = n.wrapping_add(d);
        if n1 < n || n1 > max {
            return Some(Err((max, ParseErr::Range)));
        }
        n = n1;
    }
    if base0 && s0.contains(&b'_') {
        // After a 0b/0o/0x prefix the prefix counts as a digit; the text is ASCII here.
        let prefixed = s0.len() >= 3 && s0[0] == b'0' && matches!(s0[1] | 0x20, b'b' | b'o' | b'x');
        let text = if prefixed { &s0[2..] } else { s0 };
        if !underscores_ok(std::str::from_utf8(text).unwrap_or("_"), prefixed) {
            return Some(Err((0, ParseErr::Syntax)));
        }
    }
    Some(Ok(n))
}

/// `ParseInt` (the error's value included).
pub fn parse_int(s: &[u8], base: i64, bits: i64) -> Option<Result<i64, (i64, ParseErr)>> {
    if s.is_empty() {
        return Some(Err((0, ParseErr::Syntax)));
    }
    let bits = if bits == 0 { 64 } else { bits };
    let (neg, body) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let un = match parse_uint(body, base, bits)? {
        Ok(v) => v,
        Err((_, ParseErr::Syntax)) => return Some(Err((0, ParseErr::Syntax))),
        Err((v, ParseErr::Range)) => v,
    };
    if !(1..=64).contains(&bits) {
        return None;
    }
    let cutoff = 1u64 << (bits - 1);
    if !neg && un >= cutoff {
        return Some(Err(((cutoff - 1) as i64, ParseErr::Range)));
    }
    if neg && un > cutoff {
        return Some(Err(((cutoff as i64).wrapping_neg(), ParseErr::Range)));
    }
    let v = if neg { (un as i64).wrapping_neg() } else { un as i64 };
    // A range error of ParseUint inside the bounds cannot happen; report it as Go would.
    Some(Ok(v))
}

/// `ParseFloat(s, bits)`: `None` for forms not modelled (hexadecimal mantissas wider than 52
/// bits, underscores after a base prefix).
pub fn parse_float(s: &[u8], bits: i64) -> Option<Result<f64, (f64, ParseErr)>> {
    let text = std::str::from_utf8(s).ok();
    let Some(text) = text else { return Some(Err((0.0, ParseErr::Syntax))) };
    let (neg, body) = match text.as_bytes().first() {
        Some(b'+') => (false, &text[1..]),
        Some(b'-') => (true, &text[1..]),
        _ => (false, text),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(Ok(if neg { f64::NEG_INFINITY } else { f64::INFINITY }));
    }
    if lower == "nan" {
        if text.len() != body.len() {
            return Some(Err((0.0, ParseErr::Syntax)));
        }
        // math.NaN()'s bits; through float32 the payload is dropped.
        let nan = f64::from_bits(crate::std_math::GO_NAN);
        return Some(Ok(if bits == 32 { f64::from(nan as f32) } else { nan }));
    }
    if let Some(hex) = lower.strip_prefix("0x") {
        return parse_hex_float(hex, neg, bits);
    }
    // Underscores may separate digits (Go's underscoreOK); they do not change the value.
    let cleaned;
    let body = if body.contains('_') {
        if !underscores_ok(body, false) {
            return Some(Err((0.0, ParseErr::Syntax)));
        }
        cleaned = body.replace('_', "");
        cleaned.as_str()
    } else {
        body
    };
    let ok_chars = !body.is_empty()
        && body
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
        && body.bytes().next().is_some_and(|c| c.is_ascii_digit() || c == b'.');
    if !ok_chars {
        return Some(Err((0.0, ParseErr::Syntax)));
    }
    let v =
        if bits == 32 { body.parse::<f32>().ok().map(f64::from) } else { body.parse::<f64>().ok() };
    let Some(v) = v else { return Some(Err((0.0, ParseErr::Syntax))) };
    let v = if neg { -v } else { v };
    if v.is_infinite() {
        return Some(Err((v, ParseErr::Range)));
    }
    Some(Ok(v))
}

/// The length of the longest prefix of `s` that strconv reads as one float (its
/// `parseFloatPrefix`): `inf`/`infinity`/`nan` in any case (a sign only before the infinities),
/// or a decimal or `0x` mantissa with an exponent (required for hex). `None`: no float there.
fn float_prefix_len(s: &[u8]) -> Option<usize> {
    let starts_ci = |at: usize, word: &[u8]| -> usize {
        s[at.min(s.len())..]
            .iter()
            .zip(word)
            .take_while(|(a, b)| a.to_ascii_lowercase() == **b)
            .count()
    };
    let nsign = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    match starts_ci(nsign, b"infinity") {
        8 => return Some(nsign + 8),
        3..=7 => return Some(nsign + 3),
        _ => {}
    }
    if nsign == 0 && starts_ci(0, b"nan") == 3 {
        return Some(3);
    }
    let mut i = nsign;
    let hex = s.get(i) == Some(&b'0') && matches!(s.get(i + 1), Some(b'x' | b'X'));
    let mut underscores = hex;
    if hex {
        i += 2;
    }
    let (mut dot, mut digits) = (false, false);
    while let Some(&c) = s.get(i) {
        match c {
            b'_' => underscores = true,
            b'.' if dot => break,
            b'.' => dot = true,
            c if c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) => digits = true,
            _ => break,
        }
        i += 1;
    }
    if !digits {
        return None;
    }
    let exp_char = if hex { b'p' } else { b'e' };
    if s.get(i).map(u8::to_ascii_lowercase) == Some(exp_char) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !s.get(i).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        while let Some(&c) = s.get(i) {
            if c == b'_' {
                underscores = true;
            } else if !c.is_ascii_digit() {
                break;
            }
            i += 1;
        }
    } else if hex {
        return None;
    }
    let text = std::str::from_utf8(&s[nsign..i]).ok()?;
    let body = if hex { &text[2..] } else { text };
    if underscores && !underscores_ok(body, hex) {
        return None;
    }
    Some(i)
}

/// `ParseComplex(s, bits)`: `(re, im)` and the error (a range error keeps the ±Inf parts, as
/// Go does); `None` for inputs whose float parts are not modelled by [`parse_float`].
/// Accepted: `N`, `Ni`, `N±Ni`, optionally in parentheses, each `N` a float as `ParseFloat`
/// reads it (so `NaN`, `Inf`, hex and underscores too).
pub fn parse_complex(s: &[u8], bits: i64) -> Option<(f64, f64, Option<ParseErr>)> {
    let size = if bits == 64 { 32 } else { 64 };
    let syntax = Some((0.0, 0.0, Some(ParseErr::Syntax)));
    let mut rest = match s {
        [b'(', inner @ .., b')'] => inner,
        _ => s,
    };
    let mut pending = None;
    let Some((re, range)) = complex_part(&mut rest, size)? else { return syntax };
    pending = pending.or(range);
    match rest {
        [] => return Some((re, 0.0, pending)),
        [b'i'] => return Some((0.0, re, pending)),
        [b'+', c, ..] if *c != b'+' => rest = &rest[1..],
        [b'+', ..] | [b'-', ..] => {}
        _ => return syntax,
    }
    let Some((im, range)) = complex_part(&mut rest, size)? else { return syntax };
    pending = pending.or(range);
    if rest != b"i" {
        return syntax;
    }
    Some((re, im, pending))
}

/// One float at the start of `rest` for [`parse_complex`], consumed: its value and a range
/// error if it overflowed; `Some(None)` when there is none (a syntax error).
fn complex_part(rest: &mut &[u8], size: i64) -> Option<Option<(f64, Option<ParseErr>)>> {
    let Some(n) = float_prefix_len(rest) else { return Some(None) };
    let r = match parse_float(&rest[..n], size)? {
        Ok(v) => (v, None),
        Err((v, ParseErr::Range)) => (v, Some(ParseErr::Range)),
        Err((_, ParseErr::Syntax)) => return Some(None),
    };
    *rest = &rest[n..];
    Some(Some(r))
}

/// Go's rule for `_` in a number (after the sign): only between digits, or between the base
/// prefix and a digit (`hex`: the text after `0x`, where hex letters are digits).
fn underscores_ok(s: &str, hex: bool) -> bool {
    let mut saw = if hex { b'0' } else { b'^' };
    for c in s.bytes() {
        if c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else if saw == b'_' {
            return false;
        } else {
            saw = b'!';
        }
    }
    saw != b'_'
}

/// A hexadecimal float (the text after `0x`, lower case): the mantissa's first 16 significant
/// digits plus a sticky bit for the rest, times 2^exponent, rounded once (to nearest, ties to
/// even) to float64 or float32; overflow gives ±Inf and a range error, underflow ±0 without one.
fn parse_hex_float(s: &str, neg: bool, bits: i64) -> Option<Result<f64, (f64, ParseErr)>> {
    let syntax = Some(Err((0.0, ParseErr::Syntax)));
    if !underscores_ok(s, true) {
        return syntax;
    }
    let s = s.replace('_', "");
    let Some((mant, exp)) = s.split_once('p') else { return syntax };
    let (mut m, mut sticky, mut nd, mut kept, mut dp) = (0u64, false, 0i64, 0i64, 0i64);
    let (mut dot, mut digits) = (false, false);
    for c in mant.bytes() {
        if c == b'.' {
            if dot {
                return syntax;
            }
            dot = true;
            dp = nd;
            continue;
        }
        let Some(d) = (c as char).to_digit(16) else { return syntax };
        digits = true;
        if d == 0 && nd == 0 {
            dp -= 1;
            continue;
        }
        nd += 1;
        if kept < 16 {
            m = m * 16 + u64::from(d);
            kept += 1;
        } else if d != 0 {
            sticky = true;
        }
    }
    if !dot {
        dp = nd;
    }
    let (esign, edigits) = match exp.as_bytes().first() {
        Some(b'+') => (1, &exp[1..]),
        Some(b'-') => (-1, &exp[1..]),
        _ => (1, exp),
    };
    if !digits || edigits.is_empty() || !edigits.bytes().all(|c| c.is_ascii_digit()) {
        return syntax;
    }
    let e = edigits
        .bytes()
        .fold(0i64, |e, c| if e < 10_000 { e * 10 + i64::from(c - b'0') } else { e });
    let (p, emax, bias): (i64, i64, i64) =
        if bits == 32 { (24, 127, 127) } else { (53, 1023, 1023) };
    let qmin = 1 - bias - (p - 1);
    let sign = |v: f64| if neg { -v } else { v };
    let to_float =
        |b: u64| if bits == 32 { f64::from(f32::from_bits(b as u32)) } else { f64::from_bits(b) };
    if m == 0 {
        return Some(Ok(sign(0.0)));
    }
    // value = m × 2^e2 (+ sticky below m's last bit)
    let e2 = 4 * (dp - kept) + esign * e;
    let top = e2 + 63 - i64::from(m.leading_zeros());
    let q = (top - (p - 1)).max(qmin);
    let shift = q - e2;
    let mut frac = if shift <= 0 {
        m << -shift
    } else if shift > 64 {
        0
    } else {
        let wide = u128::from(m);
        let kept_bits = (wide >> shift) as u64;
        let rem = wide & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let up = rem > half || (rem == half && (sticky || kept_bits & 1 == 1));
        kept_bits + u64::from(up)
    };
    let mut q = q;
    if frac >> p != 0 {
        frac >>= 1;
        q += 1;
    }
    let one = 1u64 << (p - 1);
    let b = if frac >= one {
        let biased = q + p - 1 + bias;
        if q + p - 1 > emax {
            let inf = to_float(((2 * bias + 1) as u64) << (p - 1));
            return Some(Err((sign(inf), ParseErr::Range)));
        }
        ((biased as u64) << (p - 1)) | (frac - one)
    } else {
        frac
    };
    Some(Ok(sign(to_float(b))))
}

/// `ParseBool`.
pub fn parse_bool(s: &[u8]) -> Option<bool> {
    match s {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => Some(true),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => Some(false),
        _ => None,
    }
}

/// `FormatUint`/`FormatInt` in base 2..36.
pub fn format_bits(v: u64, neg: bool, base: u64) -> Option<String> {
    if !(2..=36).contains(&base) {
        return None;
    }
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    let mut u = v;
    loop {
        out.push(DIGITS[(u % base) as usize]);
        u /= base;
        if u == 0 {
            break;
        }
    }
    if neg {
        out.push(b'-');
    }
    out.reverse();
    String::from_utf8(out).ok()
}

/// `Unquote`: `Ok(Some(bytes))`, `Ok(None)` for `ErrSyntax`, `Err(())` for forms not modelled
/// (invalid UTF-8, numeric escapes in a rune literal).
#[allow(clippy::result_unit_err)]
pub fn unquote(s: &[u8]) -> Result<Option<Vec<u8>>, ()> {
    if std::str::from_utf8(s).is_err() {
        return Err(());
    }
    let (Some((&q, rest)), true) = (s.split_first(), s.len() >= 2) else { return Ok(None) };
    let Some((&last, body)) = rest.split_last() else { return Ok(None) };
    if q != last {
        return Ok(None);
    }
    match q {
        b'`' => {
            if body.contains(&b'`') {
                return Ok(None);
            }
            Ok(Some(body.iter().copied().filter(|&c| c != b'\r').collect()))
        }
        b'"' | b'\'' => {
            let mut out = Vec::new();
            let mut i = 0;
            let mut runes = 0;
            while i < body.len() {
                let c = body[i];
                if c == q || c == b'\n' {
                    return Ok(None);
                }
                runes += 1;
                if c != b'\\' {
                    let w = crate::interp::decode_runes(&body[i..]).first().map_or(1, |r| r.1);
                    out.extend_from_slice(&body[i..i + w]);
                    i += w;
                    continue;
                }
                let Some(&e) = body.get(i + 1) else { return Ok(None) };
                i += 2;
                let simple = match e {
                    b'a' => Some(7),
                    b'b' => Some(8),
                    b'f' => Some(12),
                    b'n' => Some(10),
                    b'r' => Some(13),
                    b't' => Some(9),
                    b'v' => Some(11),
                    b'\\' => Some(b'\\'),
                    b'\'' | b'"' if e == q => Some(e),
                    _ => None,
                };
                if let Some(b) = simple {
                    out.push(b);
                    continue;
                }
                if q == b'\'' {
                    return Err(());
                }
                let n = match e {
                    b'x' => 2,
                    b'u' => 4,
                    b'U' => 8,
                    b'0'..=b'7' => 3,
                    _ => return Ok(None),
                };
                let start = if n == 3 { i - 1 } else { i };
                let Some(digits) = body.get(start..start + n) else { return Ok(None) };
                let radix = if n == 3 { 8 } else { 16 };
                let Some(v) = std::str::from_utf8(digits)
                    .ok()
                    .and_then(|d| u32::from_str_radix(d, radix).ok())
                else {
                    return Ok(None);
                };
                i = start + n;
                if e == b'x' || n == 3 {
                    if v > 255 {
                        return Ok(None);
                    }
                    out.push(v as u8);
                } else {
                    let Some(c) = char::from_u32(v) else { return Ok(None) };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
            }
            if q == b'\'' && runes != 1 {
                return Ok(None);
            }
            Ok(Some(out))
        }
        _ => Ok(None),
    }
}

/// The `*strconv.NumError` value for a failed parse.
pub fn num_error(func: &str, num: &[u8], e: ParseErr, sentinels: &(Value, Value)) -> Value {
    let err = match e {
        ParseErr::Syntax => sentinels.0.clone(),
        ParseErr::Range => sentinels.1.clone(),
    };
    let fields = vec![Value::Str(Rc::from(func.as_bytes())), Value::Str(Rc::from(num)), err];
    Value::Iface(Some(Rc::new((Dyn::NumError, Value::Tuple(fields)))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_go() {
        assert_eq!(parse_int(b"-0x1f", 0, 64), Some(Ok(-31)));
        assert_eq!(parse_int(b"0", 0, 64), Some(Ok(0)));
        assert_eq!(parse_int(b"017", 0, 64), Some(Ok(15)));
        assert_eq!(parse_int(b"300", 10, 8), Some(Err((127, ParseErr::Range))));
        assert_eq!(parse_int(b"-300", 10, 8), Some(Err((-128, ParseErr::Range))));
        assert_eq!(parse_int(b"12a", 10, 0), Some(Err((0, ParseErr::Syntax))));
        assert_eq!(parse_uint(b"300", 10, 8), Some(Err((255, ParseErr::Range))));
        assert_eq!(
            parse_int(b"99999999999999999999", 10, 0),
            Some(Err((i64::MAX, ParseErr::Range)))
        );
        assert_eq!(parse_float(b"0x1p-2", 64), Some(Ok(0.25)));
        assert_eq!(parse_float(b"1_000.5", 64), Some(Ok(1000.5)));
        assert_eq!(parse_float(b"1__0", 64), Some(Err((0.0, ParseErr::Syntax))));
        assert_eq!(parse_float(b"_1", 64), Some(Err((0.0, ParseErr::Syntax))));
        assert_eq!(parse_float(b"1e400", 64), Some(Err((f64::INFINITY, ParseErr::Range))));
        assert_eq!(format_bits(255, false, 2).as_deref(), Some("11111111"));
        assert_eq!(format_bits(255, true, 16).as_deref(), Some("-ff"));
        assert_eq!(unquote(br#""a\tb""#), Ok(Some(b"a\tb".to_vec())));
        assert_eq!(unquote(b"'x'"), Ok(Some(b"x".to_vec())));
        assert_eq!(unquote(b"`raw`"), Ok(Some(b"raw".to_vec())));
        assert_eq!(unquote(b"\"bad"), Ok(None));
    }
}
