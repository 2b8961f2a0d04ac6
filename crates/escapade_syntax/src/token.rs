//! A small Go tokenizer with gc's automatic semicolons, used to find and describe the token a
//! syntax error is about, and to collect comments. It never fails: unknown bytes become
//! `Other` tokens.

use escapade_base::Span;

use crate::lit::{self, LexError};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    Name,
    Keyword,
    Literal,
    /// Operators and punctuation.
    Op,
    /// An explicit `;`.
    Semi,
    /// A semicolon inserted at a line end (gc calls it `newline`).
    Newline,
    Comment,
    /// A byte that starts no Go token.
    Other,
    Eof,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub kind: TokKind,
    pub span: Span,
}

/// Go's keywords, sorted (searched by bisection).
pub(crate) const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

const OPS: &[&str] = &[
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "+", "-", "*", "/", "%", "&", "|",
    "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":", "~",
];

fn is_letter(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

/// Tokenizes `text`; comments are included, and a final `Eof` token closes the list. Lexical
/// errors come back as `(byte offset, gc's message)`.
pub(crate) fn tokenize(text: &str) -> (Vec<Tok>, Vec<LexError>) {
    let b = text.as_bytes();
    let mut out: Vec<Tok> = Vec::new();
    let mut errors: Vec<LexError> = Vec::new();
    let mut i = 0;
    // Would a newline here end a statement (gc's nlsemi)?
    let mut nlsemi = false;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            if nlsemi {
                out.push(Tok { kind: TokKind::Newline, span: Span::new(i, i + 1) });
                nlsemi = false;
            }
            i += 1;
            continue;
        }
        if c == b' ' || c == b'\t' || c == b'\r' {
            i += 1;
            continue;
        }
        let start = i;
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            out.push(Tok { kind: TokKind::Comment, span: Span::new(start, i) });
            continue;
        }
        if c == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            let mut has_nl = false;
            while i < b.len() && !(b[i] == b'*' && b.get(i + 1) == Some(&b'/')) {
                has_nl |= b[i] == b'\n';
                i += 1;
            }
            if i >= b.len() {
                errors.push((start, "comment not terminated".into()));
            }
            i = (i + 2).min(b.len());
            if has_nl && nlsemi {
                // A multi-line comment acts like a newline.
                out.push(Tok { kind: TokKind::Newline, span: Span::new(start, start) });
                nlsemi = false;
            }
            out.push(Tok { kind: TokKind::Comment, span: Span::new(start, i) });
            continue;
        }
        let ch = text[i..].chars().next().unwrap_or('\u{FFFD}');
        let kind;
        if is_letter(ch) {
            while i < b.len() {
                if b[i].is_ascii_alphanumeric() || b[i] == b'_' {
                    i += 1;
                    continue;
                }
                let ch =
                    if b[i].is_ascii() { ' ' } else { text[i..].chars().next().unwrap_or(' ') };
                if !(is_letter(ch) || ch.is_numeric()) {
                    break;
                }
                i += ch.len_utf8();
            }
            let word = &text[start..i];
            if KEYWORDS.binary_search(&word).is_ok() {
                kind = TokKind::Keyword;
                nlsemi = matches!(word, "break" | "continue" | "fallthrough" | "return");
            } else {
                kind = TokKind::Name;
                nlsemi = true;
            }
        } else if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            i = scan_number(b, i);
            if let Some((at, msg)) = lit::check_number(&text[start..i]) {
                errors.push((start + at, msg));
            }
            kind = TokKind::Literal;
            nlsemi = true;
        } else if c == b'"' || c == b'\'' {
            i += 1;
            while i < b.len() && b[i] != c && b[i] != b'\n' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i = i.min(b.len());
            if i >= b.len() {
                let msg =
                    if c == b'"' { "string not terminated" } else { "rune literal not terminated" };
                errors.push((start, msg.into()));
            } else if b[i] == b'\n' {
                let what = if c == b'"' { "string" } else { "rune literal" };
                errors.push((i, format!("newline in {what}")));
            } else {
                i += 1;
                let raw = &text[start..i];
                let errs = if c == b'"' { lit::string(raw).1 } else { lit::rune(raw).1 };
                errors.extend(errs.into_iter().map(|(at, m)| (start + at, m)));
            }
            kind = TokKind::Literal;
            nlsemi = true;
        } else if c == b'`' {
            i += 1;
            while i < b.len() && b[i] != b'`' {
                i += 1;
            }
            if i >= b.len() {
                errors.push((start, "string not terminated".into()));
            }
            i = (i + 1).min(b.len());
            kind = TokKind::Literal;
            nlsemi = true;
        } else if let Some(op) =
            OPS.iter().find(|op| op.as_bytes()[0] == c && b[i..].starts_with(op.as_bytes()))
        {
            i += op.len();
            kind = if *op == ";" { TokKind::Semi } else { TokKind::Op };
            nlsemi = matches!(*op, ")" | "]" | "}" | "++" | "--");
        } else {
            i += ch.len_utf8();
            errors.push((start, format!("invalid character {}", lit::go_unicode(ch))));
            kind = TokKind::Other;
            nlsemi = false;
        }
        // `i` may overshoot by a broken escape at the very end.
        let end = i.min(b.len());
        i = end;
        out.push(Tok { kind, span: Span::new(start, end) });
    }
    let eof = b.len();
    if nlsemi {
        out.push(Tok { kind: TokKind::Eof, span: Span::empty(eof) });
    }
    out.push(Tok { kind: TokKind::Eof, span: Span::empty(eof) });
    (out, errors)
}

/// End of the number literal starting at `i` (gc's scanner: digits and `_` of the base, one
/// radix point, an exponent with optional sign, an `i` suffix).
fn scan_number(b: &[u8], mut i: usize) -> usize {
    let lower = |c: u8| c | 0x20;
    let mut hex = false;
    if b[i] == b'0' && b.get(i + 1).is_some_and(|&c| matches!(lower(c), b'x' | b'o' | b'b')) {
        hex = lower(b[i + 1]) == b'x';
        i += 2;
    }
    let digit = |c: u8| c.is_ascii_digit() || c == b'_' || (hex && c.is_ascii_hexdigit());
    while i < b.len() && digit(b[i]) {
        i += 1;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while i < b.len() && digit(b[i]) {
            i += 1;
        }
    }
    if b.get(i).is_some_and(|&c| lower(c) == b'e' || lower(c) == b'p') {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    if b.get(i) == Some(&b'i') {
        i += 1;
    }
    i
}

/// Index of the first non-comment token that ends after `at` (the token containing `at`, or
/// the next); the final `Eof` when there is none.
pub(crate) fn index_at_or_after(tokens: &[Tok], at: usize) -> usize {
    let first = tokens.partition_point(|t| (t.span.end as usize) <= at && t.kind != TokKind::Eof);
    (first..tokens.len())
        .find(|&i| tokens[i].kind != TokKind::Comment)
        .unwrap_or(tokens.len().saturating_sub(1))
}

/// gc's description of a token in `unexpected …` messages.
pub(crate) fn describe(t: &Tok, text: &str) -> String {
    let s = text.get(t.span.range()).unwrap_or("");
    match t.kind {
        TokKind::Name => format!("name {s}"),
        TokKind::Keyword => format!("keyword {s}"),
        TokKind::Literal => format!("literal {s}"),
        TokKind::Semi => "semicolon".into(),
        TokKind::Newline => "newline".into(),
        TokKind::Eof => "EOF".into(),
        TokKind::Op if s == "," => "comma".into(),
        TokKind::Op | TokKind::Comment | TokKind::Other => s.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_semicolons_like_gc() {
        let text = "x := f(a,\n b)\nreturn\n/* c */ y++ // d\n}";
        let (toks, errors) = tokenize(text);
        assert!(errors.is_empty());
        let shown: Vec<String> =
            toks.iter().map(|t| format!("{:?}:{}", t.kind, &text[t.span.range()])).collect();
        assert_eq!(
            shown.join(" "),
            "Name:x Op::= Name:f Op:( Name:a Op:, Name:b Op:) Newline:\n Keyword:return \
             Newline:\n Comment:/* c */ Name:y Op:++ Comment:// d Newline:\n Op:} Eof: Eof:"
        );
    }
}

#[test]
fn keywords_are_sorted() {
    assert!(KEYWORDS.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn lexical_errors_like_gc() {
    let text = "x := 08 + 'ab' @ \"a\\qb\" \"open\n`raw";
    let (_, errors) = tokenize(text);
    let shown: Vec<String> = errors.iter().map(|(at, m)| format!("{at}: {m}")).collect();
    assert_eq!(
        shown,
        [
            "6: invalid digit '8' in octal literal",
            "10: more than one character in rune literal",
            "15: invalid character U+0040 '@'",
            "20: unknown escape",
            "29: newline in string",
            "30: string not terminated",
        ]
    );
}
