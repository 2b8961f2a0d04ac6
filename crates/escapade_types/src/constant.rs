//! Exact constant values: arbitrary-precision integers, exact rationals for floats, and
//! literal parsing from the raw source text (never from a rounded `f64`).

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::types::BasicKind;

/// A constant value. Untyped float constants are exact rationals; typed float constants are
/// rounded to their type's precision when converted.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    Str(Vec<u8>),
    Int(BigInt),
    Float(BigRational),
    Complex(BigRational, BigRational),
}

/// Why a value is not representable by a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotRepresentable {
    Overflows,
    Truncated,
    /// Wrong kind altogether (e.g. a string as an int).
    Mismatch,
}

impl Value {
    pub fn int(n: i64) -> Value {
        Value::Int(BigInt::from(n))
    }

    /// Numeric rank: 0 int, 1 float, 2 complex; `None` for bool/string.
    fn rank(&self) -> Option<u8> {
        match self {
            Value::Int(_) => Some(0),
            Value::Float(_) => Some(1),
            Value::Complex(..) => Some(2),
            _ => None,
        }
    }

    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            Value::Int(i) => Some(BigRational::from_integer(i.clone())),
            Value::Float(f) => Some(f.clone()),
            Value::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    /// The value as an integer, if it is one exactly.
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(i.clone()),
            _ => {
                let r = self.to_rat()?;
                r.is_integer().then(|| r.to_integer())
            }
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.to_int()?.to_i64()
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    fn promote(&self, rank: u8) -> Value {
        match (self, rank) {
            (Value::Int(i), 1) => Value::Float(BigRational::from_integer(i.clone())),
            (Value::Int(i), 2) => {
                Value::Complex(BigRational::from_integer(i.clone()), BigRational::zero())
            }
            (Value::Float(f), 2) => Value::Complex(f.clone(), BigRational::zero()),
            (v, _) => v.clone(),
        }
    }

    /// Converts the value to the representation of an untyped kind (int/rune → Int, …).
    pub fn to_kind(&self, kind: BasicKind) -> Option<Value> {
        if kind.is_integer() {
            self.to_int().map(Value::Int)
        } else if kind.is_float() {
            self.to_rat().map(Value::Float)
        } else if kind.is_complex() {
            match self {
                Value::Complex(..) => Some(self.clone()),
                _ => self.to_rat().map(|r| Value::Complex(r, BigRational::zero())),
            }
        } else {
            Some(self.clone())
        }
    }

    /// Checks that the value fits the basic type `kind`, returning it rounded to the type
    /// (float32/float64 precision, integers exact).
    pub fn represent(&self, kind: BasicKind) -> Result<Value, NotRepresentable> {
        use BasicKind::*;
        let kind = kind.canonical();
        match kind {
            Bool | UntypedBool => match self {
                Value::Bool(_) => Ok(self.clone()),
                _ => Err(NotRepresentable::Mismatch),
            },
            String | UntypedString => match self {
                Value::Str(_) => Ok(self.clone()),
                _ => Err(NotRepresentable::Mismatch),
            },
            k if k.is_integer() => {
                let Some(_) = self.rank() else { return Err(NotRepresentable::Mismatch) };
                let Some(i) = self.to_int() else {
                    return Err(match self {
                        Value::Complex(_, im) if !im.is_zero() => NotRepresentable::Truncated,
                        _ => NotRepresentable::Truncated,
                    });
                };
                if k == UntypedInt || k == UntypedRune {
                    return Ok(Value::Int(i));
                }
                let (min, max) = int_range(k);
                if i < min || i > max {
                    return Err(NotRepresentable::Overflows);
                }
                Ok(Value::Int(i))
            }
            Float32 | Float64 | UntypedFloat => {
                let Some(_) = self.rank() else { return Err(NotRepresentable::Mismatch) };
                let Some(r) = self.to_rat() else { return Err(NotRepresentable::Truncated) };
                if kind == UntypedFloat {
                    return Ok(Value::Float(r));
                }
                round_float(&r, kind == Float32)
                    .map(Value::Float)
                    .ok_or(NotRepresentable::Overflows)
            }
            Complex64 | Complex128 | UntypedComplex => {
                let Some(_) = self.rank() else { return Err(NotRepresentable::Mismatch) };
                let (re, im) = match self.promote(2) {
                    Value::Complex(re, im) => (re, im),
                    _ => return Err(NotRepresentable::Mismatch),
                };
                if kind == UntypedComplex {
                    return Ok(Value::Complex(re, im));
                }
                let f32 = kind == Complex64;
                match (round_float(&re, f32), round_float(&im, f32)) {
                    (Some(re), Some(im)) => Ok(Value::Complex(re, im)),
                    _ => Err(NotRepresentable::Overflows),
                }
            }
            _ => Err(NotRepresentable::Mismatch),
        }
    }

    /// go/constant's `String`: what types2 prints for a constant in messages.
    pub fn display(&self) -> String {
        match self {
            Value::Bool(b) => b.to_string(),
            Value::Str(s) => quote_go(s, 72),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => format_float(f),
            Value::Complex(re, im) => format!("({} + {}i)", format_float(re), format_float(im)),
        }
    }

    /// Exact text for dumps (rationals as `n/d` when not integral).
    pub fn exact_string(&self) -> String {
        match self {
            Value::Float(f) if f.is_integer() => f.to_integer().to_string(),
            Value::Float(f) => format!("{}/{}", f.numer(), f.denom()),
            Value::Complex(re, im) => format!(
                "({} + {}i)",
                Value::Float(re.clone()).exact_string(),
                Value::Float(im.clone()).exact_string()
            ),
            v => v.display(),
        }
    }
}

/// Min and max of a sized integer kind on amd64.
pub fn int_range(k: BasicKind) -> (BigInt, BigInt) {
    use BasicKind::*;
    let bits: u32 = match k.canonical() {
        Int8 | Uint8 => 8,
        Int16 | Uint16 => 16,
        Int32 | Uint32 => 32,
        _ => 64,
    };
    if k.is_unsigned() {
        (BigInt::zero(), (BigInt::one() << bits) - 1)
    } else {
        let half = BigInt::one() << (bits - 1);
        (-half.clone(), half - 1)
    }
}

fn round_float(r: &BigRational, f32: bool) -> Option<BigRational> {
    let f = r.to_f64()?;
    let f = if f32 { f64::from(f as f32) } else { f };
    if !f.is_finite() {
        return None;
    }
    BigRational::from_float(f)
}

fn format_float(r: &BigRational) -> String {
    match r.to_f64() {
        Some(f) if f.is_finite() => {
            // go/constant: `%.6g`, or the shortest `%g` when that hides a fraction.
            let s = format_g6(f);
            if !r.is_integer() && !s.contains('.') {
                format_g_shortest(f)
            } else {
                s
            }
        }
        _ => {
            // Out of f64 range: print the exponent form from the integer part.
            let i = r.to_integer();
            let s = i.abs().to_string();
            let sign = if i.is_negative() { "-" } else { "" };
            format!("{sign}{}.{}e+{}", &s[..1], &s[1..6.min(s.len())], s.len() - 1)
        }
    }
}

/// Go's `%g` formatting of an `f64` (shortest digits; the exponent form below 1e-4 or from
/// 1e+06 on, as strconv decides for the shortest precision).
fn format_g_shortest(f: f64) -> String {
    let e = format!("{f:e}"); // shortest digits: d.ddde-x
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..6).contains(&exp) {
        format!("{f}")
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.abs())
    }
}

/// Go's `%.6g` formatting of an `f64`.
pub fn format_g6(f: f64) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let e = format!("{:.5e}", f); // d.ddddde±x
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let mant = trim_zeros(mant);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.abs())
    } else {
        let decimals = (5 - exp).max(0) as usize;
        trim_zeros(&format!("{:.*}", decimals, f)).to_string()
    }
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// strconv.Quote of `bytes`, then truncated like go/constant's `String` when the quoted text
/// is longer than `max` runes: its first `max - 3` runes followed by `...` (no closing quote).
pub fn quote_go(bytes: &[u8], max: usize) -> String {
    let mut out = String::from("\"");
    let mut rest = bytes;
    while !rest.is_empty() {
        let (c, n) = decode_utf8(rest);
        match c {
            Some(c) => push_escaped(&mut out, c, '"'),
            None => out.push_str(&format!("\\x{:02x}", rest[0])),
        }
        rest = &rest[n..];
    }
    out.push('"');
    if out.chars().count() > max {
        let keep: String = out.chars().take(max.saturating_sub(3)).collect();
        return keep + "...";
    }
    out
}

/// strconv.QuoteRune: `c` as a Go rune literal (invalid code points print as U+FFFD).
pub fn quote_rune_go(c: u32) -> String {
    let c = char::from_u32(c).unwrap_or('\u{fffd}');
    let mut out = String::from("'");
    push_escaped(&mut out, c, '\'');
    out.push('\'');
    out
}

/// The first UTF-8 sequence of `b`: the char and its length, or `None` and 1 for a byte
/// that does not start a valid sequence.
fn decode_utf8(b: &[u8]) -> (Option<char>, usize) {
    let n = match b[0] {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return (None, 1),
    };
    match b.get(..n).map(std::str::from_utf8) {
        Some(Ok(s)) => (s.chars().next(), n),
        _ => (None, 1),
    }
}

fn push_escaped(out: &mut String, c: char, quote: char) {
    match c {
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        '\\' => out.push_str("\\\\"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if !is_print_go(c) && (c as u32) < 0x10000 => {
            out.push_str(&format!("\\u{:04x}", c as u32))
        }
        c if !is_print_go(c) => out.push_str(&format!("\\U{:08x}", c as u32)),
        c => out.push(c),
    }
}

/// An approximation of Go's `strconv.IsPrint` (letters, marks, numbers, punctuation, symbols
/// and U+0020): C0/C1 controls, format characters, non-ASCII spaces, line and paragraph
/// separators, private-use and non-characters are not printable. Unassigned code points
/// (also not printable in Go) are not modelled, except the unassigned planes 4-13.
fn is_print_go(c: char) -> bool {
    let u = c as u32;
    const NOT_PRINT: &[(u32, u32)] = &[
        (0x00, 0x1f),
        (0x7f, 0x9f),
        (0xa0, 0xa0),
        (0xad, 0xad),
        (0x600, 0x605),
        (0x61c, 0x61c),
        (0x6dd, 0x6dd),
        (0x70f, 0x70f),
        (0x890, 0x891),
        (0x8e2, 0x8e2),
        (0x1680, 0x1680),
        (0x180e, 0x180e),
        (0x2000, 0x200f),
        (0x2028, 0x202f),
        (0x205f, 0x2064),
        (0x2066, 0x206f),
        (0x3000, 0x3000),
        (0xd800, 0xf8ff),
        (0xfdd0, 0xfdef),
        (0xfeff, 0xfeff),
        (0xfff9, 0xfffb),
        (0x110bd, 0x110bd),
        (0x110cd, 0x110cd),
        (0x13430, 0x1343f),
        (0x1bca0, 0x1bca3),
        (0x1d173, 0x1d17a),
        (0x40000, 0xdffff),
        (0xe0000, 0xe00ff),
        (0xe01f0, 0x10ffff),
    ];
    if (u & 0xfffe) == 0xfffe {
        return false;
    }
    !NOT_PRINT.iter().any(|&(lo, hi)| (lo..=hi).contains(&u))
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

/// `x op y` for numeric values of matching kinds. `int_div` selects truncated integer
/// division for `/`. Returns `None` for division by zero or an unsupported combination.
pub fn binary(op: &str, x: &Value, y: &Value, int_div: bool) -> Option<Value> {
    match (x, y) {
        (Value::Bool(a), Value::Bool(b)) => match op {
            "&&" => Some(Value::Bool(*a && *b)),
            "||" => Some(Value::Bool(*a || *b)),
            _ => None,
        },
        (Value::Str(a), Value::Str(b)) if op == "+" => {
            let mut s = a.clone();
            s.extend_from_slice(b);
            Some(Value::Str(s))
        }
        _ => {
            let rank = x.rank()?.max(y.rank()?);
            let (x, y) = (x.promote(rank), y.promote(rank));
            match (x, y) {
                (Value::Int(a), Value::Int(b)) => {
                    int_op(op, &a, &b, int_div).map(Value::Int).or_else(|| {
                        if op == "/" && !b.is_zero() {
                            Some(Value::Float(BigRational::new(a, b)))
                        } else {
                            None
                        }
                    })
                }
                (Value::Float(a), Value::Float(b)) => match op {
                    "+" => Some(Value::Float(a + b)),
                    "-" => Some(Value::Float(a - b)),
                    "*" => Some(Value::Float(a * b)),
                    "/" if !b.is_zero() => Some(Value::Float(a / b)),
                    _ => None,
                },
                (Value::Complex(a, b), Value::Complex(c, d)) => match op {
                    "+" => Some(Value::Complex(a + c, b + d)),
                    "-" => Some(Value::Complex(a - c, b - d)),
                    "*" => Some(Value::Complex(&a * &c - &b * &d, &a * &d + &b * &c)),
                    "/" => {
                        let den = &c * &c + &d * &d;
                        if den.is_zero() {
                            return None;
                        }
                        Some(Value::Complex((&a * &c + &b * &d) / &den, (&b * &c - &a * &d) / &den))
                    }
                    _ => None,
                },
                _ => None,
            }
        }
    }
}

fn int_op(op: &str, a: &BigInt, b: &BigInt, int_div: bool) -> Option<BigInt> {
    Some(match op {
        "+" => a + b,
        "-" => a - b,
        "*" => a * b,
        "/" if int_div => {
            if b.is_zero() {
                return None;
            }
            a / b // truncated, like Go
        }
        "/" => return None,
        "%" => {
            if b.is_zero() {
                return None;
            }
            a % b
        }
        "&" => a & b,
        "|" => a | b,
        "^" => a ^ b,
        "&^" => a & !b,
        _ => return None,
    })
}

/// `x << s` / `x >> s` on an integer value.
pub fn shift(x: &BigInt, left: bool, s: u64) -> Option<BigInt> {
    if left {
        if s > 10_000 {
            return None;
        }
        Some(x << s as usize)
    } else {
        // Arithmetic shift rounds toward -inf, like Go's >> on signed values.
        let s = s.min(1 << 20) as usize;
        Some(x.div_floor(&(BigInt::one() << s)))
    }
}

/// Compares two values of matching kinds.
pub fn compare(op: &str, x: &Value, y: &Value) -> Option<bool> {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (x, y) {
        (Value::Bool(a), Value::Bool(b)) => {
            return match op {
                "==" => Some(a == b),
                "!=" => Some(a != b),
                _ => None,
            }
        }
        (Value::Str(a), Value::Str(b)) => Some(a.cmp(b)),
        _ => {
            let rank = x.rank()?.max(y.rank()?);
            match (x.promote(rank), y.promote(rank)) {
                (Value::Int(a), Value::Int(b)) => Some(a.cmp(&b)),
                (Value::Float(a), Value::Float(b)) => Some(a.cmp(&b)),
                (Value::Complex(a, b), Value::Complex(c, d)) => {
                    let eq = a == c && b == d;
                    return match op {
                        "==" => Some(eq),
                        "!=" => Some(!eq),
                        _ => None,
                    };
                }
                _ => None,
            }
        }
    };
    let ord = ord?;
    Some(match op {
        "==" => ord == Ordering::Equal,
        "!=" => ord != Ordering::Equal,
        "<" => ord == Ordering::Less,
        "<=" => ord != Ordering::Greater,
        ">" => ord == Ordering::Greater,
        ">=" => ord != Ordering::Less,
        _ => return None,
    })
}

/// Unary `+ - ^ !`. `unsigned_bits` is the width of the operand's unsigned type for `^`.
pub fn unary(op: &str, x: &Value, unsigned_bits: Option<u32>) -> Option<Value> {
    match (op, x) {
        ("+", v) if v.rank().is_some() => Some(v.clone()),
        ("-", Value::Int(i)) => Some(Value::Int(-i)),
        ("-", Value::Float(f)) => Some(Value::Float(-f)),
        ("-", Value::Complex(a, b)) => Some(Value::Complex(-a, -b)),
        ("^", Value::Int(i)) => Some(Value::Int(match unsigned_bits {
            Some(bits) => i ^ ((BigInt::one() << bits) - 1),
            None => !i,
        })),
        ("!", Value::Bool(b)) => Some(Value::Bool(!b)),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Literals

/// Parses an integer literal's source text exactly.
pub fn parse_int_lit(raw: &str) -> Option<BigInt> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (lower[1..].to_string(), 8)
    } else {
        (lower, 10)
    };
    if digits.is_empty() {
        return None;
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Parses a floating-point literal's source text (decimal or hexadecimal) exactly.
pub fn parse_float_lit(raw: &str) -> Option<BigRational> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        let (mant, exp) = hex.split_once('p').unwrap_or((hex, "0"));
        let exp: i64 = exp.parse().ok()?;
        let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{int_part}{frac_part}");
        let m = if digits.is_empty() {
            BigInt::zero()
        } else {
            BigInt::parse_bytes(digits.as_bytes(), 16)?
        };
        let e = exp - 4 * frac_part.len() as i64;
        return Some(scale(BigRational::from_integer(m), 2, e));
    }
    let (mant, exp) = match lower.find('e') {
        Some(i) => (&lower[..i], lower[i + 1..].parse::<i64>().ok()?),
        None => (&lower[..], 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{int_part}{frac_part}");
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 10)?
    };
    let e = exp - frac_part.len() as i64;
    Some(scale(BigRational::from_integer(m), 10, e))
}

fn scale(r: BigRational, base: u32, e: i64) -> BigRational {
    if e.unsigned_abs() > 100_000 {
        // Absurd exponents: clamp (the value over/underflows every type anyway).
        let e = e.clamp(-100_000, 100_000);
        return scale(r, base, e);
    }
    let p = num_traits::pow(BigInt::from(base), e.unsigned_abs() as usize);
    if e >= 0 {
        r * BigRational::from_integer(p)
    } else {
        r / BigRational::from_integer(p)
    }
}

/// Parses the value of an imaginary literal (`…i`): its imaginary part.
pub fn parse_imag_lit(raw: &str) -> Option<BigRational> {
    let body = raw.strip_suffix('i')?;
    let lower = body.to_ascii_lowercase();
    let is_float = if lower.starts_with("0x") {
        lower.contains('.') || lower.contains('p')
    } else {
        lower.contains('.') || lower.contains('e')
    };
    if is_float {
        parse_float_lit(body)
    } else if lower.starts_with("0x") || lower.starts_with("0b") || lower.starts_with("0o") {
        parse_int_lit(body).map(BigRational::from_integer)
    } else {
        // Decimal for backward compatibility, even with a leading 0.
        let digits: String = body.chars().filter(|&c| c != '_').collect();
        BigInt::parse_bytes(digits.as_bytes(), 10).map(BigRational::from_integer)
    }
}

/// The sign of a numeric value.
pub fn sign(v: &Value) -> i32 {
    match v {
        Value::Int(i) => match i.sign() {
            Sign::Minus => -1,
            Sign::NoSign => 0,
            Sign::Plus => 1,
        },
        Value::Float(f) => {
            if f.is_negative() {
                -1
            } else if f.is_zero() {
                0
            } else {
                1
            }
        }
        Value::Complex(a, b) => i32::from(!(a.is_zero() && b.is_zero())),
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_exact() {
        assert_eq!(parse_int_lit("0x_FF"), Some(BigInt::from(255)));
        assert_eq!(parse_int_lit("017"), Some(BigInt::from(15)));
        assert_eq!(parse_int_lit("1_000"), Some(BigInt::from(1000)));
        let tenth = parse_float_lit("0.1").unwrap();
        assert_eq!(tenth, BigRational::new(BigInt::from(1), BigInt::from(10)));
        assert_eq!(parse_float_lit("0x1p-2").unwrap(), BigRational::new(1.into(), 4.into()));
        assert_eq!(parse_imag_lit("012i").unwrap(), BigRational::from_integer(12.into()));
    }

    #[test]
    fn representability() {
        assert_eq!(Value::int(256).represent(BasicKind::Uint8), Err(NotRepresentable::Overflows));
        assert_eq!(Value::int(-1).represent(BasicKind::Uint), Err(NotRepresentable::Overflows));
        let half = Value::Float(BigRational::new(1.into(), 2.into()));
        assert_eq!(half.represent(BasicKind::Int), Err(NotRepresentable::Truncated));
        assert!(Value::int(255).represent(BasicKind::Byte).is_ok());
    }

    #[test]
    fn formatting_matches_go_constant() {
        assert_eq!(format_g6(1.5), "1.5");
        assert_eq!(format_g6(1e100), "1e+100");
        assert_eq!(format_g6(std::f64::consts::PI), "3.14159");
        assert_eq!(format_g6(0.0001), "0.0001");
        assert_eq!(format_g6(123456789.0), "1.23457e+08");
        assert_eq!(Value::Str(b"a\"b".to_vec()).display(), "\"a\\\"b\"");
    }
}
