//! Decoding of literal tokens (numbers, runes, strings) into values, with gc's lexical error
//! messages and positions (`cmd/compile/internal/syntax/scanner.go` wording).
//!
//! Every function takes the literal's text exactly as written and returns the value plus the
//! problems found, each as `(byte offset inside the literal, message)`.

use crate::ast::LitValue;

pub(crate) type LexError = (usize, String);

/// Which kind of number token tree-sitter recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumKind {
    Int,
    Float,
    Imag,
}

fn lower(b: u8) -> u8 {
    b | 0x20
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        16 => "hexadecimal",
        _ => "decimal",
    }
}

/// Validates a number literal the way gc's scanner does; returns the first problem.
pub(crate) fn check_number(raw: &str) -> Option<LexError> {
    let b = raw.as_bytes();
    let mut i = 0;
    let mut base = 10u32;
    let mut prefix = 0u8;
    let mut digsep = 0u8;
    let mut invalid: Option<usize> = None;
    let mut is_float = false;
    let digits = |i: &mut usize, base: u32, invalid: &mut Option<usize>| -> u8 {
        let mut ds = 0;
        while *i < b.len() {
            let c = b[*i];
            if c == b'_' {
                ds |= 2;
            } else if base <= 10 && c.is_ascii_digit() {
                if u32::from(c - b'0') >= base && invalid.is_none() {
                    *invalid = Some(*i);
                }
                ds |= 1;
            } else if base == 16 && c.is_ascii_hexdigit() {
                ds |= 1;
            } else {
                break;
            }
            *i += 1;
        }
        ds
    };
    if b.first() != Some(&b'.') {
        if b.first() == Some(&b'0') {
            i = 1;
            match b.get(1).map(|&c| lower(c)) {
                Some(b'x') => (base, prefix, i) = (16, b'x', 2),
                Some(b'o') => (base, prefix, i) = (8, b'o', 2),
                Some(b'b') => (base, prefix, i) = (2, b'b', 2),
                _ => (base, prefix, digsep) = (8, b'0', 1),
            }
        }
        digsep |= digits(&mut i, base, &mut invalid);
        if b.get(i) == Some(&b'.') {
            if prefix == b'o' || prefix == b'b' {
                return Some((i, format!("invalid radix point in {} literal", base_name(base))));
            }
            i += 1;
            is_float = true;
        }
    } else {
        i = 1;
        is_float = true;
    }
    if is_float {
        digsep |= digits(&mut i, base, &mut invalid);
    }
    if digsep & 1 == 0 {
        return Some((i, format!("{} literal has no digits", base_name(base))));
    }
    if let Some(&e) = b.get(i).filter(|&&c| lower(c) == b'e' || lower(c) == b'p') {
        let le = lower(e);
        if le == b'e' && prefix != 0 && prefix != b'0' {
            return Some((i, format!("'{}' exponent requires decimal mantissa", e as char)));
        }
        if le == b'p' && prefix != b'x' {
            return Some((i, format!("'{}' exponent requires hexadecimal mantissa", e as char)));
        }
        i += 1;
        is_float = true;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let mut none = None;
        let ds = digits(&mut i, 10, &mut none);
        digsep = ds | (digsep & 2);
        if ds & 1 == 0 {
            return Some((i, "exponent has no digits".to_string()));
        }
    } else if prefix == b'x' && is_float {
        return Some((i, "hexadecimal mantissa requires a 'p' exponent".to_string()));
    }
    let imag = b.get(i) == Some(&b'i');
    if !is_float && !imag {
        if let Some(at) = invalid {
            return Some((
                at,
                format!("invalid digit '{}' in {} literal", b[at] as char, base_name(base)),
            ));
        }
    }
    if digsep & 2 != 0 {
        if let Some(at) = invalid_sep(raw) {
            return Some((at, "'_' must separate successive digits".to_string()));
        }
    }
    None
}

/// Index of the first misplaced `_` in a number literal (gc's rule: `_` only between digits or
/// after the base prefix).
fn invalid_sep(x: &str) -> Option<usize> {
    let b = x.as_bytes();
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' {
        x1 = lower(b[1]);
        if matches!(x1, b'x' | b'o' | b'b') {
            d = b'0';
            i = 2;
        }
    }
    while i < b.len() {
        let p = d;
        d = b[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    (d == b'_').then(|| b.len() - 1)
}

fn parse_int(digits: &str) -> Option<u128> {
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    let (text, radix) = match clean.as_bytes() {
        [b'0', x, ..] if lower(*x) == b'x' => (&clean[2..], 16),
        [b'0', o, ..] if lower(*o) == b'o' => (&clean[2..], 8),
        [b'0', x, ..] if lower(*x) == b'b' => (&clean[2..], 2),
        [b'0', _, ..] => (&clean[1..], 8),
        _ => (&clean[..], 10),
    };
    u128::from_str_radix(text, radix).ok()
}

fn parse_float(text: &str) -> f64 {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let bytes = clean.as_bytes();
    if bytes.len() > 2 && bytes[0] == b'0' && lower(bytes[1]) == b'x' {
        return parse_hex_float(&clean[2..]);
    }
    clean.parse::<f64>().unwrap_or(f64::NAN)
}

/// `h.hhhp±e` (after `0x`): the mantissa's first 60 significant bits, scaled by the exponent.
fn parse_hex_float(s: &str) -> f64 {
    let (mant, exp) = match s.find(['p', 'P']) {
        Some(p) => (&s[..p], s[p + 1..].parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let mut m: u64 = 0;
    let mut e: i32 = exp;
    let mut after_point = false;
    for c in mant.chars() {
        if c == '.' {
            after_point = true;
            continue;
        }
        let Some(d) = c.to_digit(16) else { continue };
        if m >> 56 == 0 {
            m = m * 16 + u64::from(d);
            if after_point {
                e = e.saturating_sub(4);
            }
        } else if !after_point {
            e = e.saturating_add(4);
        }
    }
    (m as f64) * 2f64.powi(e)
}

/// Decodes a number literal of the given kind.
pub(crate) fn number(raw: &str, kind: NumKind) -> (LitValue, Option<LexError>) {
    let err = check_number(raw);
    let value = match kind {
        NumKind::Int => LitValue::Int { value: if err.is_some() { None } else { parse_int(raw) } },
        NumKind::Float => LitValue::Float { value: parse_float(raw) },
        NumKind::Imag => {
            let body = raw.strip_suffix('i').unwrap_or(raw);
            // For backward compatibility `0123i` is decimal: parse every imaginary as a float.
            let legacy_octal =
                body.len() > 1 && body.starts_with('0') && lower(body.as_bytes()[1]) != b'x';
            let value = if legacy_octal && body.bytes().all(|c| c.is_ascii_digit() || c == b'_') {
                parse_float(body.trim_start_matches('0'))
            } else {
                parse_float(body)
            };
            LitValue::Imag { value: if value.is_nan() { 0.0 } else { value } }
        }
    };
    (value, err)
}

/// Decodes one escape starting right after the backslash at `b[i]`; returns the decoded
/// code point or byte and the index after the escape.
enum Esc {
    Byte(u8),
    Char(u32),
}

fn escape(b: &[u8], mut i: usize, quote: u8) -> Result<(Esc, usize), LexError> {
    let Some(&c) = b.get(i) else { return Err((i, "string not terminated".into())) };
    let simple = match c {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' => Some(b'\\'),
        _ if c == quote => Some(quote),
        _ => None,
    };
    if let Some(v) = simple {
        return Ok((Esc::Byte(v), i + 1));
    }
    let (n, base, max) = match c {
        b'0'..=b'7' => (3, 8u32, 255u32),
        b'x' => {
            i += 1;
            (2, 16, 255)
        }
        b'u' => {
            i += 1;
            (4, 16, 0x10FFFF)
        }
        b'U' => {
            i += 1;
            (8, 16, 0x10FFFF)
        }
        _ => return Err((i, "unknown escape".into())),
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        let Some(&ch) = b.get(i) else { return Err((i, "string not terminated".into())) };
        let d = match ch {
            b'0'..=b'9' => u32::from(ch - b'0'),
            _ if (b'a'..=b'f').contains(&lower(ch)) => u32::from(lower(ch) - b'a' + 10),
            _ => base,
        };
        if d >= base {
            let shown = char_at(b, i);
            return Err((
                i,
                format!("invalid character {} in {} escape", quote_char(shown), base_name(base)),
            ));
        }
        x = x.wrapping_mul(base).wrapping_add(d);
        i += 1;
    }
    if x > max && base == 8 {
        return Err((i, format!("octal escape value {x} > 255")));
    }
    if x > max || (0xD800..0xE000).contains(&x) {
        return Err((i, format!("escape is invalid Unicode code point U+{x:04X}")));
    }
    Ok((if max == 255 { Esc::Byte(x as u8) } else { Esc::Char(x) }, i))
}

/// Go's `%#U` of a character: `U+0040 '@'` (just `U+0007` when not printable).
pub(crate) fn go_unicode(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{c}'", c as u32)
    }
}

fn char_at(b: &[u8], i: usize) -> char {
    std::str::from_utf8(&b[i..]).ok().and_then(|s| s.chars().next()).unwrap_or('\u{FFFD}')
}

/// Go's `%q` of a rune, for the common cases.
fn quote_char(c: char) -> String {
    match c {
        '\'' => "'\\''".into(),
        '\\' => "'\\\\'".into(),
        '\n' => "'\\n'".into(),
        '\t' => "'\\t'".into(),
        '\r' => "'\\r'".into(),
        c if c.is_control() => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

fn push_char(out: &mut Vec<u8>, c: u32) {
    let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
}

/// Decodes a string literal (interpreted or raw).
pub(crate) fn string(raw: &str) -> (LitValue, Vec<LexError>) {
    let b = raw.as_bytes();
    let mut errors = Vec::new();
    if b.first() == Some(&b'`') {
        let closed = b.len() >= 2 && b.last() == Some(&b'`');
        if !closed {
            errors.push((0, "string not terminated".to_string()));
        }
        let inner = &b[1..if closed { b.len() - 1 } else { b.len() }];
        let value = inner.iter().copied().filter(|&c| c != b'\r').collect();
        return (LitValue::Str { value, raw_string: true }, errors);
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 1;
    let mut closed = false;
    while i < b.len() {
        match b[i] {
            b'"' if i == b.len() - 1 => {
                closed = true;
                i += 1;
            }
            b'\\' => match escape(b, i + 1, b'"') {
                Ok((Esc::Byte(v), next)) => {
                    out.push(v);
                    i = next;
                }
                Ok((Esc::Char(c), next)) => {
                    push_char(&mut out, c);
                    i = next;
                }
                Err(e) => {
                    errors.push(e);
                    i += 2;
                }
            },
            b'\n' => {
                errors.push((i, "newline in string".into()));
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    if !closed && errors.is_empty() {
        errors.push((0, "string not terminated".into()));
    }
    (LitValue::Str { value: out, raw_string: false }, errors)
}

/// Decodes a rune literal.
pub(crate) fn rune(raw: &str) -> (LitValue, Vec<LexError>) {
    let b = raw.as_bytes();
    let mut errors = Vec::new();
    let closed = b.len() >= 2 && b.last() == Some(&b'\'');
    let end = if closed { b.len() - 1 } else { b.len() };
    let mut values = Vec::new();
    let mut i = 1;
    while i < end {
        if b[i] == b'\\' {
            match escape(b, i + 1, b'\'') {
                Ok((Esc::Byte(v), next)) => {
                    values.push(u32::from(v));
                    i = next;
                }
                Ok((Esc::Char(c), next)) => {
                    values.push(c);
                    i = next;
                }
                Err(e) => {
                    errors.push(e);
                    values.push(0);
                    i += 2;
                }
            }
        } else {
            let c = char_at(b, i);
            values.push(c as u32);
            i += c.len_utf8().max(1);
        }
    }
    if errors.is_empty() {
        if !closed {
            errors.push((0, "rune literal not terminated".into()));
        } else if values.is_empty() {
            errors.push((1, "empty rune literal or unescaped '".into()));
        } else if values.len() > 1 {
            errors.push((0, "more than one character in rune literal".into()));
        }
    }
    let value = if errors.is_empty() { values.first().copied() } else { None };
    (LitValue::Rune { value }, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(raw: &str, kind: NumKind) -> String {
        match number(raw, kind) {
            (v, None) => format!("{v:?}"),
            (v, Some((at, msg))) => format!("{v:?} @{at}: {msg}"),
        }
    }

    #[test]
    fn numbers_decode_and_validate_like_gc() {
        let cases = [
            ("0x_FF", NumKind::Int, "Int { value: Some(255) }"),
            ("0o17", NumKind::Int, "Int { value: Some(15) }"),
            ("017", NumKind::Int, "Int { value: Some(15) }"),
            ("0b1_01", NumKind::Int, "Int { value: Some(5) }"),
            ("1_000_000", NumKind::Int, "Int { value: Some(1000000) }"),
            ("0o78", NumKind::Int, "Int { value: None } @3: invalid digit '8' in octal literal"),
            ("1__0", NumKind::Int, "Int { value: None } @2: '_' must separate successive digits"),
            ("0x", NumKind::Int, "Int { value: None } @2: hexadecimal literal has no digits"),
            (
                "0x1.0",
                NumKind::Float,
                "Float { value: 1.0 } @5: hexadecimal mantissa requires a 'p' exponent",
            ),
            ("0x1.8p1", NumKind::Float, "Float { value: 3.0 }"),
            ("0x.8p-1", NumKind::Float, "Float { value: 0.25 }"),
            ("1e3", NumKind::Float, "Float { value: 1000.0 }"),
            (".5", NumKind::Float, "Float { value: 0.5 }"),
            ("1.", NumKind::Float, "Float { value: 1.0 }"),
            ("1e", NumKind::Float, "Float { value: NaN } @2: exponent has no digits"),
            ("0123i", NumKind::Imag, "Imag { value: 123.0 }"),
            ("0x10i", NumKind::Imag, "Imag { value: 16.0 }"),
            ("2.5i", NumKind::Imag, "Imag { value: 2.5 }"),
            ("340282366920938463463374607431768211456", NumKind::Int, "Int { value: None }"),
        ];
        for (raw, kind, want) in cases {
            assert_eq!(num(raw, kind), want, "{raw}");
        }
    }

    #[test]
    fn strings_and_runes_decode() {
        let (v, e) = string(r#""a\tb\x41\u00e9\377\"""#);
        assert_eq!(v, LitValue::Str { value: b"a\tbA\xc3\xa9\xff\"".to_vec(), raw_string: false });
        assert!(e.is_empty());
        let (v, e) = string("`a\r\nb`");
        assert_eq!(v, LitValue::Str { value: b"a\nb".to_vec(), raw_string: true });
        assert!(e.is_empty());
        assert_eq!(string(r#""a\qb""#).1, vec![(3, "unknown escape".to_string())]);
        assert_eq!(string(r#""\400""#).1, vec![(5, "octal escape value 256 > 255".to_string())]);
        assert_eq!(
            string(r#""\uD800""#).1,
            vec![(7, "escape is invalid Unicode code point U+D800".to_string())]
        );
        assert_eq!(
            string(r#""\xZZ""#).1,
            vec![(3, "invalid character 'Z' in hexadecimal escape".to_string())]
        );
        assert_eq!(rune("'é'").0, LitValue::Rune { value: Some(0xE9) });
        assert_eq!(rune(r"'\n'").0, LitValue::Rune { value: Some(10) });
        assert_eq!(rune(r"'\''").0, LitValue::Rune { value: Some(39) });
        assert_eq!(rune("'ab'").1, vec![(0, "more than one character in rune literal".into())]);
        assert_eq!(rune("''").1, vec![(1, "empty rune literal or unescaped '".into())]);
    }
}
