//! Foundation types shared by every Escapade crate: byte spans, the byte-offset → line:column
//! index, and diagnostics as plain data.
//!
//! Invariants: no dependencies; no I/O, clocks or randomness. Positions follow gc's convention:
//! lines and columns are 1-based and a column counts **bytes** from the start of the line (gc
//! prints byte columns, so a tab counts as 1 and `é` as 2).
#![warn(clippy::disallowed_methods, clippy::disallowed_types)]

use std::fmt;

pub mod sort;

/// A half-open byte range `start..end` into one source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start: to_u32(start), end: to_u32(end.max(start)) }
    }
    pub fn empty(at: usize) -> Span {
        Span::new(at, at)
    }
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
    pub fn contains(self, offset: usize) -> bool {
        (self.start as usize) <= offset && offset < self.end as usize
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A 1-based line and 1-based byte column, as gc prints them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

impl fmt::Display for LineCol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// Maps byte offsets of one text to line:column positions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex {
    /// Byte offset at which each line starts; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(to_u32(i + 1));
            }
        }
        LineIndex { line_starts, len: to_u32(text.len()) }
    }

    /// Position of a byte offset; offsets past the end clamp to the end of the text.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = to_u32(offset).min(self.len);
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        LineCol { line: to_u32(line + 1), col: offset - self.line_starts[line] + 1 }
    }

    /// Byte offset of a 1-based line and column, if it lies inside the text (or at its end).
    pub fn offset(&self, pos: LineCol) -> Option<usize> {
        let start = *self.line_starts.get(pos.line.checked_sub(1)? as usize)?;
        let off = start.checked_add(pos.col.checked_sub(1)?)?;
        (off <= self.len).then_some(off as usize)
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Byte span of a 1-based line, without its newline.
    pub fn line_span(&self, line: u32) -> Option<Span> {
        let i = line.checked_sub(1)? as usize;
        let start = *self.line_starts.get(i)?;
        let end = self.line_starts.get(i + 1).map_or(self.len, |&next| next - 1);
        Some(Span { start, end })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Note,
}

/// Which stage produced a diagnostic; gc prints parser errors with a `syntax error: ` prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DiagnosticKind {
    /// A parser error: printed as `syntax error: <message>`.
    Syntax,
    /// A scanner error or a parser check that gc prints without the `syntax error: ` prefix
    /// (`newline in string`, `non-name t.f on left side of :=`).
    Lexical,
    Type,
    Unsupported,
}

/// A problem in the user's program, with the byte span it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub severity: Severity,
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn syntax(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            kind: DiagnosticKind::Syntax,
            severity: Severity::Error,
            span,
            message: message.into(),
        }
    }

    /// A scanner error or unprefixed parser check (see [`DiagnosticKind::Lexical`]).
    pub fn lexical(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            kind: DiagnosticKind::Lexical,
            severity: Severity::Error,
            span,
            message: message.into(),
        }
    }

    /// gc's text for the diagnostic, without the `FILE:LINE:COL: ` prefix.
    pub fn gc_message(&self) -> String {
        match self.kind {
            DiagnosticKind::Syntax => format!("syntax error: {}", self.message),
            DiagnosticKind::Lexical | DiagnosticKind::Type => self.message.clone(),
            DiagnosticKind::Unsupported => format!("unsupported: {}", self.message),
        }
    }

    /// `FILE:LINE:COL: message`, the way gc prints it.
    pub fn render(&self, file: &str, index: &LineIndex) -> String {
        let pos = index.line_col(self.span.start as usize);
        format!("{file}:{pos}: {}", self.gc_message())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_bytes_from_one() {
        let text = "ab\n\tcé\nx";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(0), LineCol { line: 1, col: 1 });
        assert_eq!(idx.line_col(2), LineCol { line: 1, col: 3 });
        assert_eq!(idx.line_col(3), LineCol { line: 2, col: 1 });
        // 'é' is two bytes: x on line 3, and the byte after é is col 5 on line 2.
        assert_eq!(idx.line_col(text.find('x').unwrap()), LineCol { line: 3, col: 1 });
        assert_eq!(idx.line_col(7), LineCol { line: 2, col: 5 });
        assert_eq!(idx.line_col(1000), LineCol { line: 3, col: 2 });
        assert_eq!(idx.line_count(), 3);
    }

    #[test]
    fn offset_inverts_line_col() {
        let text = "package p\n\nfunc f() {}\n";
        let idx = LineIndex::new(text);
        for off in 0..=text.len() {
            assert_eq!(idx.offset(idx.line_col(off)), Some(off));
        }
        assert_eq!(idx.offset(LineCol { line: 9, col: 1 }), None);
        assert_eq!(idx.offset(LineCol { line: 0, col: 1 }), None);
        assert_eq!(idx.line_span(3), Some(Span::new(11, 22)));
    }

    #[test]
    fn renders_gc_style() {
        let idx = LineIndex::new("package p\nfunc (\n");
        let d = Diagnostic::syntax(Span::new(15, 16), "unexpected newline");
        assert_eq!(d.render("a.go", &idx), "a.go:2:6: syntax error: unexpected newline");
    }
}
