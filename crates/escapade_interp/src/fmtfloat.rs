//! Floating-point text exactly as Go prints it: `strconv.FormatFloat` for the formats
//! `e E f g G` (shortest round-trip with precision -1, or correctly rounded to a precision),
//! for `float64` and `float32` (whose shortest form is computed on the float32 value), and
//! fmt's float and complex verbs with flags, width and precision.
//!
//! Digit generation relies on Rust's own float formatting, which is correctly rounded and gives
//! the shortest round-trip digits (closest to the value) for `f32` and `f64` alike; this module
//! only turns those digits into Go's layouts. Go's rules that differ from Rust's: exponents have
//! at least two digits and a sign (`1e+06`), `%g` switches to exponent form when the decimal
//! exponent is < -4 or ≥ the precision (6 for shortest, so `fmt.Println(1e6)` prints `1e+06`),
//! infinities are `+Inf`/`-Inf` and NaN is `NaN`.
//!
//! The binary (`b`, `4503599627370496p-52`) and hexadecimal (`x`/`X`, `0x1.8p+01`) formats
//! work on the bits directly: no decimal digits are involved.

use crate::fmtflags::{pad, Flags};

/// A float's width in Go (`bitSize` of strconv, `float32`/`float64` in fmt).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatBits {
    F32,
    F64,
}

/// Decimal digits `0.d1d2…dn × 10^dp`, without trailing zeros; no digits means zero.
struct Digits {
    d: Vec<u8>,
    dp: i64,
}

impl Digits {
    fn nd(&self) -> i64 {
        self.d.len() as i64
    }

    /// Parses Rust's `{:e}` rendering of a non-negative finite number (`d.ddde-5`).
    fn from_exp_form(s: &str) -> Digits {
        let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        Digits::normalized(digits, exp + 1)
    }

    /// Parses Rust's `{:.N}` rendering of a non-negative finite number (`123.4500`).
    fn from_fixed_form(s: &str) -> Digits {
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let digits: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
        Digits::normalized(digits, int.len() as i64)
    }

    fn normalized(mut d: Vec<u8>, mut dp: i64) -> Digits {
        let lead = d.iter().take_while(|&&c| c == b'0').count();
        d.drain(..lead);
        dp -= lead as i64;
        while d.last() == Some(&b'0') {
            d.pop();
        }
        if d.is_empty() {
            dp = 0;
        }
        Digits { d, dp }
    }

    fn digit(&self, i: i64) -> u8 {
        if i >= 0 && i < self.nd() {
            self.d[i as usize]
        } else {
            b'0'
        }
    }
}

/// `strconv.FormatFloat(v, fmt, prec, bitSize)` for `fmt` in `e E f g G b x X`; `None` for
/// other formats. A negative `prec` asks for the fewest digits that read back as the same value
/// (for `x`/`X`: all the mantissa's hex digits; `b` has no precision).
pub fn format_float(v: f64, fmt: u8, prec: i64, bits: FloatBits) -> Option<String> {
    if !matches!(fmt, b'e' | b'E' | b'f' | b'g' | b'G' | b'b' | b'x' | b'X') {
        return None;
    }
    let v = match bits {
        FloatBits::F32 => f64::from(v as f32),
        FloatBits::F64 => v,
    };
    if v.is_nan() {
        return Some("NaN".into());
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { "+Inf" } else { "-Inf" }.into());
    }
    let neg = v.is_sign_negative();
    if matches!(fmt, b'b' | b'x' | b'X') {
        return Some(binary_layout(neg, v, fmt, prec, bits));
    }
    let a = v.abs();
    if a == 0.0 {
        return Some(layout(neg, &Digits { d: Vec::new(), dp: 0 }, prec, fmt, prec < 0));
    }
    if prec < 0 {
        let digits = shortest(a, bits);
        let (nd, dp) = (digits.nd(), digits.dp);
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - dp).max(0),
            _ => nd,
        };
        return Some(layout(neg, &digits, prec, fmt, true));
    }
    let p = usize::try_from(prec).unwrap_or(usize::MAX);
    let (digits, prec) = match fmt {
        b'f' => (Digits::from_fixed_form(&format!("{a:.p$}")), prec),
        b'e' | b'E' => (Digits::from_exp_form(&format!("{a:.p$e}")), prec),
        _ => {
            let p = p.max(1);
            (Digits::from_exp_form(&format!("{a:.*e}", p - 1)), prec.max(1))
        }
    };
    Some(layout(neg, &digits, prec, fmt, false))
}

/// `strconv.FormatFloat` as called by a program: an unknown ASCII format `c` gives `%c`, as
/// strconv does (`None` for a non-ASCII one, whose lone byte would not be UTF-8).
pub fn strconv_format_float(v: f64, fmt: u8, prec: i64, bits: FloatBits) -> Option<String> {
    format_float(v, fmt, prec, bits)
        .or_else(|| fmt.is_ascii().then(|| format!("%{}", char::from(fmt))))
}

/// `strconv.FormatComplex(c, fmt, prec, bitSize)` with the parts' size (`F32` for complex64):
/// `(re±imi)`, the imaginary part always signed.
pub fn format_complex(re: f64, im: f64, fmt: u8, prec: i64, bits: FloatBits) -> Option<String> {
    let re = strconv_format_float(re, fmt, prec, bits)?;
    let im = strconv_format_float(im, fmt, prec, bits)?;
    let plus = if im.starts_with(['+', '-']) { "" } else { "+" };
    Some(format!("({re}{plus}{im}i)"))
}

/// The `b`, `x` and `X` formats of a finite `v` (already rounded to `bits`): the mantissa as an
/// integer with a power of two (`b`), or one leading hex digit `0x1.hhhp±dd`, rounded half to
/// even when `prec` (hex digits after the point, negative for all) is shorter than the mantissa.
fn binary_layout(neg: bool, v: f64, fmt: u8, prec: i64, bits: FloatBits) -> String {
    // (mantissa bits, exponent bias, raw mantissa, raw exponent)
    let (mbits, bias, mut mant, raw_exp) = match bits {
        FloatBits::F32 => {
            let b = (v as f32).to_bits();
            (23u32, -127i64, u64::from(b & 0x7f_ffff), i64::from((b >> 23) & 0xff))
        }
        FloatBits::F64 => {
            let b = v.to_bits();
            (52, -1023, b & ((1 << 52) - 1), ((b >> 52) & 0x7ff) as i64)
        }
    };
    let mut exp = if raw_exp == 0 { 1 } else { raw_exp };
    if raw_exp != 0 {
        mant |= 1 << mbits;
    }
    exp += bias;
    let sign = if neg { "-" } else { "" };
    if fmt == b'b' {
        let e = exp - i64::from(mbits);
        return format!("{sign}{mant}p{}{e}", if e >= 0 { "+" } else { "" });
    }
    if mant == 0 {
        exp = 0;
    }
    // Move the leading 1 to bit 60: then each hex digit after the point is 4 bits below it.
    const TOP: u32 = 60;
    mant <<= TOP - mbits;
    while mant != 0 && mant & (1 << TOP) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let keep = (prec * 4) as u32;
        let dropped = (mant << keep) & ((1 << TOP) - 1);
        mant >>= TOP - keep;
        if dropped | (mant & 1) > 1 << (TOP - 1) {
            mant += 1;
        }
        mant <<= TOP - keep;
        if mant & (1 << (TOP + 1)) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'x' { b"0123456789abcdef" } else { b"0123456789ABCDEF" };
    let mut out = format!("{sign}0{}{}", char::from(fmt), (mant >> TOP) & 1);
    let mut frac = mant << 4;
    let hex_digit = |m: u64| char::from(hex[((m >> TOP) & 15) as usize]);
    if prec < 0 && frac != 0 {
        out.push('.');
        while frac != 0 {
            out.push(hex_digit(frac));
            frac <<= 4;
        }
    } else if prec > 0 {
        out.push('.');
        for _ in 0..prec {
            out.push(hex_digit(frac));
            frac <<= 4;
        }
    }
    out.push(if fmt == b'x' { 'p' } else { 'P' });
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exp.unsigned_abs()));
    out
}

/// The shortest digits that read back as `a` (positive, finite; exact in f64 for `F32`), the
/// closest such to `a`, and on an exact tie between two the one ending in an even digit.
fn shortest(a: f64, bits: FloatBits) -> Digits {
    let rust = Digits::from_exp_form(&match bits {
        FloatBits::F32 => format!("{:e}", a as f32),
        FloatBits::F64 => format!("{a:e}"),
    });
    // Rust breaks exact ties upwards; Go takes the even candidate when it also reads back.
    // A tie means the exact expansion has one more digit, a 5 (767 digits always suffice).
    let n = rust.d.len();
    if n == 0 || !format!("{a:.n$e}").split('e').next().is_some_and(|m| m.ends_with('5')) {
        return rust;
    }
    let exact = Digits::from_exp_form(&format!("{a:.800e}"));
    if exact.d.len() != n + 1 || exact.d[n] != b'5' || !exact.d[n - 1].is_multiple_of(2) {
        return rust;
    }
    let down = Digits::normalized(exact.d[..n].to_vec(), exact.dp);
    if down.d == rust.d && down.dp == rust.dp {
        return rust;
    }
    let text = format!("0.{}e{}", String::from_utf8_lossy(&down.d), down.dp);
    let reads_back = match bits {
        FloatBits::F32 => text.parse::<f32>().is_ok_and(|x| f64::from(x) == a),
        FloatBits::F64 => text.parse::<f64>().is_ok_and(|x| x == a),
    };
    if reads_back {
        down
    } else {
        rust
    }
}

/// Lays out digits in format `fmt` with `prec` (Go's rules; `prec` may be negative for zero).
fn layout(neg: bool, digits: &Digits, mut prec: i64, mut fmt: u8, shortest: bool) -> String {
    let (nd, dp) = (digits.nd(), digits.dp);
    if fmt == b'g' || fmt == b'G' {
        // Trailing zeros of the exponent form are dropped, so they do not count.
        let mut eprec = if prec > nd && nd >= dp { nd } else { prec };
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            prec = prec.min(nd) - 1;
            fmt = if fmt == b'g' { b'e' } else { b'E' };
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if fmt == b'f' {
        if dp > 0 {
            (0..dp).for_each(|i| out.push(char::from(digits.digit(i))));
        } else {
            out.push('0');
        }
        if prec > 0 {
            out.push('.');
            (0..prec).for_each(|i| out.push(char::from(digits.digit(dp + i))));
        }
        return out;
    }
    out.push(char::from(digits.digit(0)));
    if prec > 0 {
        out.push('.');
        (1..=prec).for_each(|i| out.push(char::from(digits.digit(i))));
    }
    out.push(char::from(fmt));
    let exp = if nd == 0 { 0 } else { dp - 1 };
    out.push(if exp < 0 { '-' } else { '+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push('0');
    }
    out.push_str(&e.to_string());
    out
}

/// fmt's rendering of one float operand with `verb` (`v g G f F e E`), flags, width and
/// precision, e.g. `fmt.Sprintf("%+08.3f", v)`. `None` when the verb does not apply to floats
/// (fmt then prints `%!verb(float64=…)`).
pub fn fmt_float(v: f64, bits: FloatBits, verb: char, flags: &Flags) -> Option<String> {
    float_operand(v, bits, verb, &flags.for_verb(verb))
}

/// fmt's rendering of a complex operand: `(re±imi)`, each part formatted like a float of half
/// the size with the same flags (the width applies to each part), the imaginary part signed.
pub fn fmt_complex(re: f64, im: f64, bits: FloatBits, verb: char, flags: &Flags) -> Option<String> {
    let f = flags.for_verb(verb);
    let re = float_operand(re, bits, verb, &f)?;
    let im = float_operand(im, bits, verb, &Flags { plus: true, ..f })?;
    Some(format!("({re}{im}i)"))
}

/// One float with flags already adjusted for the verb.
fn float_operand(v: f64, bits: FloatBits, verb: char, flags: &Flags) -> Option<String> {
    let (fmt, default_prec) = match verb {
        'v' => (b'g', -1),
        'g' | 'G' | 'b' | 'x' | 'X' => (verb as u8, -1),
        'e' | 'E' | 'f' => (verb as u8, 6),
        'F' => (b'f', 6),
        _ => return None,
    };
    let prec = flags.prec.map_or(default_prec, |p| i64::try_from(p).unwrap_or(i64::MAX));
    let text = format_float(v, fmt, prec, bits)?;
    // A leading sign slot: '+' unless the number is negative.
    let (mut sign, mut body) = match text.strip_prefix(['-', '+']) {
        Some(rest) => (char::from(text.as_bytes()[0]), rest.to_string()),
        None => ('+', text.clone()),
    };
    if flags.space && sign == '+' && !flags.plus {
        sign = ' ';
    }
    if body.starts_with(['I', 'N']) {
        // Infinities and NaN are never zero padded; NaN has no sign unless asked for.
        let shown = if body == "NaN" && !flags.space && !flags.plus {
            body
        } else {
            format!("{sign}{body}")
        };
        return Some(pad(&shown, &Flags { zero: false, ..*flags }));
    }
    if flags.sharp && fmt != b'b' {
        body = with_sharp(&body, fmt, prec);
    }
    if flags.plus || sign != '+' {
        let signed = format!("{sign}{body}");
        let width = flags.width.unwrap_or(0);
        let len = signed.chars().count();
        if flags.zero && !flags.minus && width > len {
            // The sign goes before the zeros.
            return Some(format!("{sign}{}{body}", "0".repeat(width - len)));
        }
        return Some(pad(&signed, flags));
    }
    Some(pad(&body, flags))
}

/// The `#` flag: always a decimal point; for `%g`/`%v` (and `%x`, but not `%X`, as in fmt) keep
/// trailing zeros up to the precision (6 when none is given). In the hex forms every character
/// from the first non-zero one on counts as a digit, the `x` of `0x` included (fmt's count).
fn with_sharp(body: &str, fmt: u8, prec: i64) -> String {
    let hex = matches!(fmt, b'x' | b'X');
    let mut digits = if matches!(fmt, b'g' | b'G' | b'x') {
        if prec == -1 {
            6
        } else {
            prec
        }
    } else {
        0
    };
    let exp_marks: &[char] = if hex { &['p', 'P'] } else { &['e', 'E'] };
    let (num, tail) = match body.find(exp_marks) {
        Some(i) => body.split_at(i),
        None => (body, ""),
    };
    let mut num = num.to_string();
    let mut seen_nonzero = false;
    for c in num.bytes().filter(|&c| c != b'.') {
        seen_nonzero |= c != b'0';
        if seen_nonzero {
            digits -= 1;
        }
    }
    if !num.contains('.') {
        if num == "0" {
            digits -= 1;
        }
        num.push('.');
    }
    while digits > 0 {
        num.push('0');
        digits -= 1;
    }
    num + tail
}
