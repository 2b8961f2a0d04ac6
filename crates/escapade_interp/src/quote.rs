//! strconv's quoting (`Quote`, `QuoteToASCII`, `QuoteRune`), as fmt's `%q` uses it.
//!
//! Whether a rune is printed as is depends on `unicode.IsPrint` (strconv's `IsPrint` is the
//! same set): letters, marks, numbers, punctuation, symbols and the ASCII space, decided with
//! Go's own category tables (`uni`, generated from go1.27.3).

use crate::interp::decode_runes;

/// Go's `unicode.IsPrint(r)`; always `Some` now that the category tables are Go's (the
/// `Option` stays for callers that refuse on `None`).
pub fn is_print(r: u32) -> Option<bool> {
    if r == 0x20 {
        return Some(true);
    }
    let cats = ["IsLetter", "IsMark", "IsNumber", "IsPunct", "IsSymbol"];
    Some(cats.iter().any(|c| crate::uni::is(c, i64::from(r)) == Some(true)))
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
        assert_eq!(quote("\u{e000}".as_bytes(), false).as_deref(), Some(r#""\ue000""#));
        assert_eq!(quote_rune(i64::from(b'\''), false).as_deref(), Some(r"'\''"));
        assert_eq!(quote_rune(-1, false).as_deref(), Some("'�'"));
        assert!(can_backquote(b"a\tb"));
        assert!(!can_backquote(b"a\nb"));
    }
}
