//! Pure: source text + [`Analysis`] → what the editor layers, the gutter and the Problems list
//! render. Byte spans from the analysis are clamped to the text and snapped outwards to char
//! boundaries, so a segment never splits a UTF-8 character whatever the spans say.

use std::cmp::Reverse;
use std::rc::Rc;

use escapade_analysis::{Analysis, HighlightSpan, LineIndex, Span};

/// A run of one line's text with one highlight class and at most one diagnostic underline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Text {
        text: String,
        /// CSS class of the syntax highlight, if any.
        class: Option<&'static str>,
        /// Index (into `analysis.diagnostics`) of the diagnostic underlining this text.
        diag: Option<usize>,
    },
    /// A diagnostic with no width on this line (e.g. "missing }"): drawn as a visible marker.
    Marker { diag: usize },
}

/// One source line (without its newline).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineView {
    pub segments: Vec<Segment>,
}

impl LineView {
    /// Diagnostics drawn on this line, in order of first appearance, without repeats.
    pub fn diagnostics(&self) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for s in &self.segments {
            let d = match s {
                Segment::Text { diag: Some(d), .. } | Segment::Marker { diag: d } => *d,
                Segment::Text { diag: None, .. } => continue,
            };
            if !out.contains(&d) {
                out.push(d);
            }
        }
        out
    }

    #[cfg(test)]
    pub fn text(&self) -> String {
        self.segments
            .iter()
            .filter_map(|s| match s {
                Segment::Text { text, .. } => Some(text.as_str()),
                Segment::Marker { .. } => None,
            })
            .collect()
    }
}

/// A problem marker in the gutter, on the line where the diagnostic starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GutterMarker {
    /// 1-based line.
    pub line: u32,
    pub diags: Vec<usize>,
    /// Accessible name: "Line 4: 4:6: syntax error: …".
    pub label: String,
}

/// One row of the Problems list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub diag: usize,
    pub line: u32,
    /// 1-based byte column, as gc prints it.
    pub col: u32,
    /// Byte offset of the start of the diagnostic.
    pub offset: usize,
    /// gc's form: `LINE:COL: syntax error: …`.
    pub text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EditorView {
    pub lines: Vec<Rc<LineView>>,
    pub markers: Rc<Vec<GutterMarker>>,
    /// Sorted by position.
    pub problems: Vec<Problem>,
    /// Indexed like `analysis.diagnostics`: each one's gc-form text (same as in `problems`).
    pub messages: Vec<String>,
    /// Indexed like `analysis.diagnostics`: the byte range drawn for each.
    pub spans: Vec<(usize, usize)>,
}

impl EditorView {
    pub fn message(&self, diag: usize) -> &str {
        self.messages.get(diag).map_or("", String::as_str)
    }

    /// The diagnostics a mark of `diag` explains: itself first, then every other one whose
    /// non-empty range overlaps it (overlapping ranges can hide each other's marks).
    pub fn related(&self, diag: usize) -> Vec<usize> {
        let Some(&(a, b)) = self.spans.get(diag) else { return Vec::new() };
        let overlaps =
            |&(c, d): &(usize, usize)| (c, d) == (a, b) || (a < b && c < d && c < b && a < d);
        std::iter::once(diag)
            .chain((0..self.spans.len()).filter(|&o| o != diag && overlaps(&self.spans[o])))
            .collect()
    }

    /// The innermost diagnostic whose range holds the caret at byte `offset` (a caret right
    /// after a mark, or on a zero-width one, counts), for the status bar.
    pub fn diagnostic_at(&self, offset: usize) -> Option<usize> {
        (0..self.spans.len())
            .filter(|&d| {
                let (a, b) = self.spans[d];
                a <= offset && offset <= b
            })
            .max_by_key(|&d| (self.spans[d].0, Reverse(self.spans[d].1), Reverse(d)))
    }

    /// The tooltip of a mark of `diag`: the messages of [`Self::related`], one per line.
    pub fn tooltip(&self, diag: usize) -> String {
        let related = self.related(diag);
        let mut lines: Vec<&str> =
            related.iter().take(MAX_TOOLTIP_LINES).map(|&d| self.message(d)).collect();
        let more = related.len().saturating_sub(MAX_TOOLTIP_LINES);
        let tail = (more > 0).then(|| format!("… and {more} more under Problems"));
        lines.extend(tail.as_deref());
        lines.join("\n")
    }
}

const MAX_TOOLTIP_LINES: usize = 6;

/// Largest char boundary ≤ `i` (clamped to the text).
pub fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Smallest char boundary ≥ `i` (clamped to the text).
pub fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A span clamped to the text and widened to char boundaries.
/// Empty (or inverted) spans stay empty, at their start.
fn snap(text: &str, span: Span) -> (usize, usize) {
    let start = floor_boundary(text, span.start as usize);
    if span.end <= span.start {
        return (start, start);
    }
    (start, ceil_boundary(text, (span.end as usize).max(start)))
}

/// Byte offset of a UTF-16 offset (what a textarea's `selectionStart` counts), clamped.
pub fn utf16_to_byte(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (i, c) in text.char_indices() {
        if seen >= units {
            return i;
        }
        seen += c.len_utf16();
    }
    text.len()
}

/// UTF-16 offset of a byte offset (snapped down to a char boundary).
pub fn byte_to_utf16(text: &str, byte: usize) -> usize {
    let byte = floor_boundary(text, byte);
    text[..byte].chars().map(char::len_utf16).sum()
}

/// A diagnostic's part on one line: an underlined byte range, or a zero-width marker.
#[derive(Clone, Copy, Debug)]
enum Mark {
    /// `full` is the diagnostic's whole range (it may run over several lines).
    Underline {
        start: usize,
        end: usize,
        diag: usize,
        full: (usize, usize),
    },
    Point {
        at: usize,
        diag: usize,
    },
}

pub fn editor_view(text: &str, analysis: &Analysis) -> EditorView {
    let index = &analysis.line_index;
    let line_count = index.line_count();

    let mut messages = Vec::with_capacity(analysis.diagnostics.len());
    let mut spans = Vec::with_capacity(analysis.diagnostics.len());
    let mut problems = Vec::with_capacity(analysis.diagnostics.len());
    let mut marks: Vec<Vec<Mark>> = vec![Vec::new(); line_count];
    for (i, d) in analysis.diagnostics.iter().enumerate() {
        let (start, end) = snap(text, d.span);
        spans.push((start, end));
        let pos = index.line_col(start);
        let message = format!("{pos}: {}", d.gc_message());
        problems.push(Problem {
            diag: i,
            line: pos.line,
            col: pos.col,
            offset: start,
            text: message.clone(),
        });
        messages.push(message);
        let last_line = index.line_col(end).line;
        for line in pos.line..=last_line {
            let Some(ls) = line_span(index, line) else { continue };
            let (a, b) = (start.max(ls.0), end.min(ls.1));
            if a < b {
                let full = (start, end);
                marks[line as usize - 1].push(Mark::Underline { start: a, end: b, diag: i, full });
            } else if line == pos.line {
                let at = start.clamp(ls.0, ls.1);
                marks[line as usize - 1].push(Mark::Point { at, diag: i });
            }
        }
    }
    escapade_analysis::sort::stable_sort_by_key(&mut problems, |p| (p.offset, p.diag));

    let mut hl_cursor = 0;
    let mut problem_cursor = 0;
    let mut lines = Vec::with_capacity(line_count);
    let mut markers = Vec::new();
    for (li, line_marks) in marks.iter().enumerate() {
        let line_no = li as u32 + 1;
        let (ls, le) = line_span(index, line_no).unwrap_or((text.len(), text.len()));
        while hl_cursor < analysis.highlights.len()
            && (analysis.highlights[hl_cursor].span.end as usize) <= ls
        {
            hl_cursor += 1;
        }
        let line = build_line(text, ls, le, &analysis.highlights[hl_cursor..], line_marks);
        let mut starting_here = Vec::new();
        while let Some(p) = problems.get(problem_cursor).filter(|p| p.line == line_no) {
            starting_here.push(p.diag);
            problem_cursor += 1;
        }
        if !starting_here.is_empty() {
            let label =
                starting_here.iter().map(|&d| messages[d].as_str()).collect::<Vec<_>>().join("; ");
            markers.push(GutterMarker {
                line: line_no,
                diags: starting_here,
                label: format!("Line {line_no}: {label}"),
            });
        }
        lines.push(Rc::new(line));
    }

    EditorView { lines, markers: Rc::new(markers), problems, messages, spans }
}

/// Byte range of a 1-based line without its newline (newlines are always char boundaries).
fn line_span(index: &LineIndex, line: u32) -> Option<(usize, usize)> {
    index.line_span(line).map(|s| (s.start as usize, s.end as usize))
}

fn build_line(
    text: &str,
    ls: usize,
    le: usize,
    highlights: &[HighlightSpan],
    marks: &[Mark],
) -> LineView {
    // Highlight spans of this line, clipped; later spans never start before earlier ones end.
    let mut hls: Vec<(usize, usize, &'static str)> = Vec::new();
    for h in highlights {
        let (s, e) = snap(text, h.span);
        if s >= le {
            break;
        }
        let s = s.max(ls).max(hls.last().map_or(0, |l| l.1));
        let e = e.min(le);
        if s < e {
            hls.push((s, e, h.class.css()));
        }
    }

    let mut cuts = vec![ls, le];
    cuts.extend(hls.iter().flat_map(|&(s, e, _)| [s, e]));
    for m in marks {
        match *m {
            Mark::Underline { start, end, .. } => cuts.extend([start, end]),
            Mark::Point { at, .. } => cuts.push(at),
        }
    }
    for c in &mut cuts {
        *c = floor_boundary(text, (*c).clamp(ls, le));
    }
    cuts.sort_unstable();
    cuts.dedup();

    let mut segments: Vec<Segment> = Vec::new();
    let push_points = |segments: &mut Vec<Segment>, at: usize| {
        for m in marks {
            if let Mark::Point { at: p, diag } = *m {
                if p == at {
                    segments.push(Segment::Marker { diag });
                }
            }
        }
    };
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        push_points(&mut segments, a);
        let class = hls.iter().find(|&&(s, e, _)| s <= a && a < e).map(|h| h.2);
        // Where diagnostics overlap, the innermost one (latest start, then shortest, then first)
        // is drawn, so a small error inside a large one keeps its own mark.
        let diag = marks
            .iter()
            .filter_map(|m| match *m {
                Mark::Underline { start, end, diag, full } if start <= a && a < end => {
                    Some((full.0, Reverse(full.1), Reverse(diag)))
                }
                _ => None,
            })
            .max()
            .map(|(_, _, Reverse(d))| d);
        let piece = &text[a..b];
        if let Some(Segment::Text { text: prev, class: pc, diag: pd }) = segments.last_mut() {
            if *pc == class && *pd == diag {
                prev.push_str(piece);
                continue;
            }
        }
        segments.push(Segment::Text { text: piece.to_string(), class, diag });
    }
    push_points(&mut segments, *cuts.last().unwrap_or(&le));
    LineView { segments }
}

#[cfg(test)]
mod tests {
    use escapade_analysis::{analyze, Diagnostic, HighlightClass};

    use super::*;

    /// An analysis with hand-placed highlights and diagnostics, to pin down the splitting rules
    /// independently of what the parser reports.
    fn analysis(text: &str, hl: &[(usize, usize)], diags: &[(usize, usize)]) -> Analysis {
        Analysis {
            line_index: LineIndex::new(text),
            diagnostics: diags
                .iter()
                .map(|&(s, e)| Diagnostic::syntax(Span { start: s as u32, end: e as u32 }, "boom"))
                .collect(),
            highlights: hl
                .iter()
                .map(|&(s, e)| HighlightSpan {
                    span: Span { start: s as u32, end: e as u32 },
                    class: HighlightClass::Keyword,
                })
                .collect(),
        }
    }

    /// Renders a line as `[kw:text]`, `{err0:text}`, `^0` so expectations read like the screen.
    fn show(line: &LineView) -> String {
        line.segments
            .iter()
            .map(|s| match s {
                Segment::Text { text, class: None, diag: None } => text.clone(),
                Segment::Text { text, class: Some(c), diag: None } => format!("[{c}:{text}]"),
                Segment::Text { text, class, diag: Some(d) } => {
                    format!("{{err{d}{}:{text}}}", class.map_or(String::new(), |c| format!(" {c}")))
                }
                Segment::Marker { diag } => format!("^{diag}"),
            })
            .collect()
    }

    fn render(text: &str, a: &Analysis) -> Vec<String> {
        editor_view(text, a).lines.iter().map(|l| show(l)).collect()
    }

    #[test]
    fn lines_reassemble_to_the_source() {
        let text = "package main\n\nfunc main() {\n\ts := \"héllo, 世界\" // ✓\n}\n";
        let a = analyze(text);
        let v = editor_view(text, &a);
        let joined: Vec<String> = v.lines.iter().map(|l| l.text()).collect();
        assert_eq!(joined.join("\n"), text);
        assert_eq!(v.lines.len(), 6);
        let l4 = show(&v.lines[3]);
        assert!(l4.contains("[hl-str:\"héllo, 世界\"]"), "{l4}");
        assert!(l4.contains("[hl-com:// ✓]"), "{l4}");
    }

    #[test]
    fn highlights_and_underlines_split_segments() {
        let text = "func f() {}\nvar x";
        // `func` keyword; an error over "f()" and a zero-width one at the end of line 2.
        let a = analysis(text, &[(0, 4)], &[(5, 8), (17, 17)]);
        assert_eq!(render(text, &a), vec!["[hl-kw:func] {err0:f()} {}", "var x^1"]);
    }

    #[test]
    fn an_error_spanning_lines_underlines_each_line_part_and_skips_the_newline() {
        let text = "ab\ncd\nef";
        let a = analysis(text, &[], &[(1, 7)]);
        assert_eq!(render(text, &a), vec!["a{err0:b}", "{err0:cd}", "{err0:e}f"]);
        let v = editor_view(text, &a);
        assert_eq!(v.markers.len(), 1, "marker only where the error starts");
        assert_eq!(v.markers[0].line, 1);
    }

    #[test]
    fn overlapping_errors_draw_the_innermost_and_share_tooltips() {
        let text = "abcdef";
        let a = analysis(text, &[], &[(0, 6), (2, 3), (2, 3)]);
        assert_eq!(render(text, &a), vec!["{err0:ab}{err1:c}{err0:def}"]);
        let v = editor_view(text, &a);
        assert_eq!(v.related(1), vec![1, 0, 2]);
        assert_eq!(v.related(0), vec![0, 1, 2]);
        assert_eq!(
            v.tooltip(2),
            "1:3: syntax error: boom\n1:1: syntax error: boom\n1:3: syntax error: boom"
        );
        assert_eq!(v.tooltip(9), "");
        // Many overlapping errors: the tooltip stays short.
        let many: Vec<(usize, usize)> = (0..10).map(|i| (0, 6 - i % 3)).collect();
        let t = editor_view(text, &analysis(text, &[], &many)).tooltip(0);
        assert_eq!(t.lines().count(), MAX_TOOLTIP_LINES + 1);
        assert!(t.ends_with("… and 4 more under Problems"), "{t}");
    }

    #[test]
    fn the_caret_finds_the_innermost_diagnostic() {
        let text = "abcdef\ng";
        let v = editor_view(text, &analysis(text, &[], &[(0, 6), (2, 3), (8, 8)]));
        let at: Vec<Option<usize>> = (0..=text.len()).map(|o| v.diagnostic_at(o)).collect();
        let want = [Some(0), Some(0), Some(1), Some(1), Some(0), Some(0), Some(0), None, Some(2)];
        assert_eq!(at, want);
    }

    #[test]
    fn an_error_covering_only_a_newline_becomes_a_marker_at_the_line_end() {
        let text = "ab\ncd";
        let a = analysis(text, &[], &[(2, 3)]);
        assert_eq!(render(text, &a), vec!["ab^0", "cd"]);
    }

    #[test]
    fn spans_inside_multibyte_chars_are_widened_never_split() {
        let text = "é世x\n";
        // 'é' is bytes 0..2, '世' 2..5. Spans cut through both.
        let a = analysis(text, &[(1, 3)], &[(3, 4), (4, 4)]);
        let v = editor_view(text, &a);
        for line in &v.lines {
            for s in &line.segments {
                if let Segment::Text { text: t, .. } = s {
                    assert!(!t.is_empty());
                }
            }
        }
        assert_eq!(v.lines[0].text(), "é世x");
        let shown = show(&v.lines[0]);
        assert_eq!(shown, "[hl-kw:é]^1{err0 hl-kw:世}x");
        // Positions are reported on boundaries.
        assert_eq!(v.problems[0].offset, 2);
        assert_eq!(v.problems[1].offset, 2);
    }

    #[test]
    fn out_of_range_and_inverted_spans_do_not_panic() {
        let text = "ab\n";
        let a = analysis(text, &[(1, 99), (50, 60)], &[(90, 95), (2, 1)]);
        let v = editor_view(text, &a);
        assert_eq!(v.lines.len(), 2);
        assert_eq!(v.problems.len(), 2);
        let all: String = v.lines.iter().map(|l| show(l)).collect::<Vec<_>>().join("|");
        assert_eq!(all, "a[hl-kw:b]^1|^0");
    }

    #[test]
    fn problems_use_gc_form_and_are_sorted_by_position() {
        let text = "package main\n\nfunc main() {\n\tx := \n}\n";
        let a = analyze(text);
        let v = editor_view(text, &a);
        assert!(!v.problems.is_empty());
        for p in &v.problems {
            let pos = a.line_index.line_col(p.offset);
            assert_eq!((p.line, p.col), (pos.line, pos.col));
            let want = format!("{}:{}: syntax error: ", p.line, p.col);
            assert!(p.text.starts_with(&want), "{} vs {want}", p.text);
            assert_eq!(v.message(p.diag), p.text);
        }
        assert!(v.problems.windows(2).all(|w| w[0].offset <= w[1].offset));
        for m in v.markers.iter() {
            assert!(m.label.starts_with(&format!("Line {}: ", m.line)));
            assert!(m
                .diags
                .iter()
                .all(|&d| v.problems.iter().any(|p| p.diag == d && p.line == m.line)));
            assert!(!v.lines[m.line as usize - 1].diagnostics().is_empty());
        }
    }

    #[test]
    fn zero_width_error_on_an_empty_line_still_gets_a_marker() {
        let text = "a\n\nb";
        let a = analysis(text, &[], &[(2, 2)]);
        assert_eq!(render(text, &a), vec!["a", "^0", "b"]);
        assert_eq!(editor_view(text, &a).lines[1].diagnostics(), vec![0]);
    }

    proptest::proptest! {
        /// Whatever spans the analysis reports, the view reassembles to the text, every segment
        /// is non-empty, and each diagnostic is drawn somewhere.
        #[test]
        fn arbitrary_spans_never_split_chars_or_lose_text(
            text in "[a-z é世😀\t\n{}]{0,40}",
            hl in proptest::collection::vec((0usize..60, 0usize..60), 0..8),
            diags in proptest::collection::vec((0usize..60, 0usize..60), 0..5),
        ) {
            let mut hl = hl;
            escapade_analysis::sort::stable_sort(&mut hl);
            let a = analysis(&text, &hl, &diags);
            let v = editor_view(&text, &a);
            let joined: Vec<String> = v.lines.iter().map(|l| l.text()).collect();
            proptest::prop_assert_eq!(joined.join("\n"), text.clone());
            let mut drawn = Vec::new();
            for line in &v.lines {
                for s in &line.segments {
                    if let Segment::Text { text: t, .. } = s {
                        proptest::prop_assert!(!t.is_empty());
                    }
                }
                drawn.extend(line.diagnostics());
            }
            for d in 0..diags.len() {
                // Drawn, or hidden under drawn marks whose tooltips name it.
                let reachable = drawn.iter().any(|&o| v.related(o).contains(&d));
                proptest::prop_assert!(reachable, "diagnostic {} unreachable", d);
            }
            proptest::prop_assert_eq!(v.problems.len(), diags.len());
        }
    }

    #[test]
    fn utf16_conversions_round_trip_on_boundaries() {
        let text = "a\té世😀\nz";
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(utf16_to_byte(text, byte_to_utf16(text, b)), b);
        }
        // a, tab, é and 世 are one UTF-16 unit each, 😀 is two.
        assert_eq!(byte_to_utf16(text, text.find('z').unwrap_or(0)), 7);
        assert_eq!(utf16_to_byte(text, 4), text.find('😀').unwrap_or(0));
        // Inside the surrogate pair or a multibyte char: snapped, never a non-boundary.
        assert_eq!(utf16_to_byte(text, 5), text.find('\n').unwrap_or(0));
        assert_eq!(byte_to_utf16(text, 4), 3);
        assert_eq!(utf16_to_byte(text, 1000), text.len());
    }
}
