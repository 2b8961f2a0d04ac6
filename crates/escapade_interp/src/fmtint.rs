//! fmt's integer verbs `%v %d %b %o %O %x %X %c %U` with flags `+ - space # 0`, width and
//! precision, exactly as go1.27 prints them. Not covered yet: `%q` and `%#U`, which need
//! Unicode printability tables.

use crate::fmtflags::{pad, Flags};

/// fmt's rendering of an integer operand. `v` holds the value's bits widened to 64 (a signed
/// value sign-extended); `signed` tells how to read them. `None` when the verb does not apply
/// to integers (fmt then prints `%!verb(int=…)`) or is one not covered yet.
pub fn fmt_integer(v: u64, signed: bool, verb: char, flags: &Flags) -> Option<String> {
    let f = flags.for_verb(verb);
    match verb {
        // %#v of an unsigned integer is Go syntax: hexadecimal with 0x.
        'v' if f.sharp_v && !signed => {
            Some(integer(v, false, 16, false, &Flags { sharp: true, ..f }))
        }
        'v' | 'd' => Some(integer(v, signed, 10, false, &f)),
        'b' => Some(integer(v, signed, 2, false, &f)),
        'o' => Some(integer(v, signed, 8, false, &f)),
        'O' => Some(integer_o(v, signed, &f)),
        'x' => Some(integer(v, signed, 16, false, &f)),
        'X' => Some(integer(v, signed, 16, true, &f)),
        'c' => Some(pad(&char_of(v).to_string(), &f)),
        // A quoted character (`'\''`, `'\u00e9'` with `+`); `#` changes nothing here.
        'q' => {
            let r = i64::try_from(v).ok().filter(|&r| r <= 0x10ffff).unwrap_or(-1);
            Some(pad(&crate::quote::quote_rune(r, f.plus)?, &f))
        }
        'U' if !f.sharp => Some(unicode(v, &f)),
        'U' => {
            // %#U adds the character when it is printable.
            let plain = unicode(v, &Flags { width: None, ..f });
            let text = match u32::try_from(v).ok().filter(|&r| r <= 0x10ffff) {
                Some(r) if crate::quote::is_print(r)? => {
                    format!("{plain} '{}'", char::from_u32(r)?)
                }
                _ => plain,
            };
            Some(pad(&text, &Flags { zero: false, ..f }))
        }
        _ => None,
    }
}

fn char_of(v: u64) -> char {
    u32::try_from(v).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}')
}

fn integer(v: u64, signed: bool, base: u32, upper: bool, f: &Flags) -> String {
    render(v, signed, base, upper, false, f)
}

fn integer_o(v: u64, signed: bool, f: &Flags) -> String {
    render(v, signed, 8, false, true, f)
}

fn render(v: u64, signed: bool, base: u32, upper: bool, prefix_0o: bool, f: &Flags) -> String {
    let negative = signed && (v as i64) < 0;
    let u = if negative { v.wrapping_neg() } else { v };
    let no_zero = Flags { zero: false, ..*f };
    // Minimum digits: the precision, or with the 0 flag the width (minus a sign slot).
    let min_digits = match f.prec {
        Some(0) if u == 0 => return pad("", &no_zero),
        Some(p) => p,
        None if f.zero && !f.minus && f.width.is_some() => {
            let w = f.width.unwrap_or(0);
            if negative || f.plus || f.space {
                w.saturating_sub(1)
            } else {
                w
            }
        }
        None => 0,
    };
    let mut digits = to_base(u, base, upper);
    if digits.len() < min_digits {
        digits = "0".repeat(min_digits - digits.len()) + &digits;
    }
    if f.sharp {
        match base {
            2 => digits.insert_str(0, "0b"),
            8 if !digits.starts_with('0') => digits.insert(0, '0'),
            16 => digits.insert_str(0, if upper { "0X" } else { "0x" }),
            _ => {}
        }
    }
    if prefix_0o {
        digits.insert_str(0, "0o");
    }
    if negative {
        digits.insert(0, '-');
    } else if f.plus {
        digits.insert(0, '+');
    } else if f.space {
        digits.insert(0, ' ');
    }
    pad(&digits, &no_zero)
}

fn to_base(mut u: u64, base: u32, upper: bool) -> String {
    let table: &[u8; 16] = if upper { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    let mut out = Vec::new();
    loop {
        out.push(table[(u % u64::from(base)) as usize]);
        u /= u64::from(base);
        if u == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn unicode(v: u64, f: &Flags) -> String {
    let prec = f.prec.filter(|&p| p > 4).unwrap_or(4);
    let hex = to_base(v, 16, true);
    let zeros = prec.saturating_sub(hex.len());
    pad(&format!("U+{}{hex}", "0".repeat(zeros)), &Flags { zero: false, ..*f })
}
