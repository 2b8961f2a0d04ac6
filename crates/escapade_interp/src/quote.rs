//! strconv's quoting (`Quote`, `QuoteToASCII`, `QuoteRune`), as fmt's `%q` uses it.
//!
//! Whether a non-ASCII rune is printed as is depends on Unicode's printable categories
//! (`unicode.IsPrint`); the tables are not modelled, so only runes whose category is certain
//! here are accepted (letters and digits, and fully assigned symbol blocks); any other non-ASCII
//! rune makes the caller refuse with `None`.

use crate::interp::decode_runes;

/// `Some(true)` when Go's `unicode.IsPrint(r)` holds, `Some(false)` when it does not, `None` when
/// this module cannot tell.
pub fn is_print(r: u32) -> Option<bool> {
    if r < 0x80 {
        return Some((0x20..0x7f).contains(&r));
    }
    // Separators other than ASCII space and format characters are not printable.
    let not_print = [(0x200b, 0x200f), (0x2028, 0x202f), (0x205f, 0x2064), (0xfeff, 0xfeff)];
    if not_print.iter().any(|&(a, b)| (a..=b).contains(&r)) {
        return Some(false);
    }
    if (0x80..0xa0).contains(&r) || r == 0xa0 || r == 0xad || (0xd800..0xe000).contains(&r) {
        // C1 controls, no-break space (Zs), soft hyphen (Cf).
        return Some(false);
    }
    let c = char::from_u32(r)?;
    let symbol_blocks = [
        (0x2010, 0x2027),   // General Punctuation: dashes, quotes, bullets, ellipsis
        (0x2030, 0x205e),   // General Punctuation: per mille … four dot punctuation
        (0x20a0, 0x20c0),   // Currency Symbols
        (0x2190, 0x21ff),   // Arrows
        (0x2200, 0x22ff),   // Mathematical Operators
        (0x2500, 0x25ff),   // Box Drawing, Block Elements, Geometric Shapes
        (0x2600, 0x26ff),   // Miscellaneous Symbols
        (0x2700, 0x27bf),   // Dingbats
        (0x1f300, 0x1f64f), // Miscellaneous Symbols and Pictographs, Emoticons
    ];
    if c.is_alphanumeric() || symbol_blocks.iter().any(|&(a, b)| (a..=b).contains(&r)) {
        return Some(true);
    }
    // Latin-1 punctuation and symbols (all printable): ¡ … ¿, ×, ÷.
    if (0xa1..0xc0).contains(&r) || r == 0xd7 || r == 0xf7 || r == 0xfffd {
        return Some(true);
    }
    None
}

fn escape(out: &mut String, r: u32, quote: char, ascii: bool) -> Option<()> {
    use std::fmt::Write;
    if r == quote as u32 || r == u32::from(b'\\') {
        out.push('\\');
        out.push(char::from_u32(r)?);
        return Some(());
    }
    let printable = if ascii && r >= 0x80 { false } else { is_print(r)? };
    if printable {
        out.push(char::from_u32(r)?);
        return Some(());
    }
    match r {
        0x07 => out.push_str("\\a"),
        0x08 => out.push_str("\\b"),
        0x0c => out.push_str("\\f"),
        0x0a => out.push_str("\\n"),
        0x0d => out.push_str("\\r"),
        0x09 => out.push_str("\\t"),
        0x0b => out.push_str("\\v"),
        _ if r < 0x20 || r == 0x7f => {
            let _ = write!(out, "\\x{r:02x}");
        }
        _ if r < 0x10000 => {
            let _ = write!(out, "\\u{r:04x}");
        }
        _ => {
            let _ = write!(out, "\\U{r:08x}");
        }
    }
    Some(())
}

/// `strconv.Quote` (or `QuoteToASCII` when `ascii`); `None` when a rune's printability is
/// unknown here.
pub fn quote(s: &[u8], ascii: bool) -> Option<String> {
    use std::fmt::Write;
    let mut out = String::from("\"");
    for (r, w) in decode_runes_at(s) {
        if r == 0xfffd && w.1 == 1 {
            let _ = write!(out, "\\x{:02x}", s.get(w.0).copied().unwrap_or(0));
            continue;
        }
        escape(&mut out, r, '"', ascii)?;
    }
    out.push('"');
    Some(out)
}

/// `strconv.QuoteRune` (`QuoteRuneToASCII` when `ascii`).
pub fn quote_rune(r: i64, ascii: bool) -> Option<String> {
    let r = u32::try_from(r).ok().filter(|&r| char::from_u32(r).is_some()).unwrap_or(0xfffd);
    let mut out = String::from("'");
    escape(&mut out, r, '\'', ascii)?;
    out.push('\'');
    Some(out)
}

/// `strconv.CanBackquote`.
pub fn can_backquote(s: &[u8]) -> bool {
    for (r, (_, w)) in decode_runes_at(s) {
        if w == 1 && r == 0xfffd {
            return false;
        }
        if r == u32::from(b'`') || r == 0xfeff {
            return false;
        }
        if (r < 0x20 && r != u32::from(b'\t')) || r == 0x7f {
            return false;
        }
    }
    true
}

/// Runes with their (byte offset, width).
fn decode_runes_at(s: &[u8]) -> Vec<(u32, (usize, usize))> {
    let mut at = 0;
    decode_runes(s)
        .into_iter()
        .map(|(r, w)| {
            let here = at;
            at += w;
            (r, (here, w))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_like_strconv() {
        assert_eq!(quote(b"hi\n\"x\"\\", false).as_deref(), Some(r#""hi\n\"x\"\\""#));
        assert_eq!(quote(b"\xff\x01\x7f", false).as_deref(), Some(r#""\xff\x01\x7f""#));
        assert_eq!(quote("héllo, 世界".as_bytes(), false).as_deref(), Some("\"héllo, 世界\""));
        assert_eq!(quote("é".as_bytes(), true).as_deref(), Some(r#""\u00e9""#));
        assert_eq!(quote("😀".as_bytes(), true).as_deref(), Some(r#""\U0001f600""#));
        assert_eq!(quote("\u{a0}".as_bytes(), false).as_deref(), Some(r#""\u00a0""#));
        assert_eq!(quote("\u{200b}".as_bytes(), false).as_deref(), Some(r#""\u200b""#));
        assert_eq!(quote("\u{e000}".as_bytes(), false), None);
        assert_eq!(quote_rune(i64::from(b'\''), false).as_deref(), Some(r"'\''"));
        assert_eq!(quote_rune(-1, false).as_deref(), Some("'�'"));
        assert!(can_backquote(b"a\tb"));
        assert!(!can_backquote(b"a\nb"));
    }
}
