//! Pure editing commands for the code editor: Tab / Shift-Tab (indent, outdent), Enter
//! (keep the indentation, indent after an opening bracket) and an electric `}`.
//!
//! Each command looks at the text and the selection (byte offsets) and returns one [`Edit`]:
//! replace one range with one string. The editor applies it with a single
//! `execCommand("insertText")`, so each command is one step on the browser's undo stack.

use std::ops::Range;

use crate::view_model::{ceil_boundary, floor_boundary};

/// Replace `range` (bytes of the old text) with `insert`; then select `selection` (bytes of the
/// new text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub insert: String,
    pub selection: Range<usize>,
}

impl Edit {
    /// The new text (the browser applies edits itself; tests use this).
    #[cfg(test)]
    pub fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + self.insert.len());
        out.push_str(&text[..self.range.start]);
        out.push_str(&self.insert);
        out.push_str(&text[self.range.end..]);
        out
    }
}

/// A selection clamped to the text, ordered, on char boundaries.
fn normalize(text: &str, sel: Range<usize>) -> Range<usize> {
    let (a, b) = if sel.start <= sel.end { (sel.start, sel.end) } else { (sel.end, sel.start) };
    floor_boundary(text, a)..ceil_boundary(text, b)
}

fn line_start(text: &str, pos: usize) -> usize {
    text[..pos].rfind('\n').map_or(0, |i| i + 1)
}

fn line_end(text: &str, pos: usize) -> usize {
    text[pos..].find('\n').map_or(text.len(), |i| pos + i)
}

/// The whole lines a selection touches. A selection ending at the very start of a line does not
/// include that line (as in every editor: selecting lines 2–3 by dragging to the start of 4).
fn block(text: &str, sel: &Range<usize>) -> Range<usize> {
    let start = line_start(text, sel.start);
    let last =
        if sel.end > sel.start && text[..sel.end].ends_with('\n') { sel.end - 1 } else { sel.end };
    start..line_end(text, last.max(start))
}

/// Tab: inserts a tab (replacing a selection within one line), or indents every line of a
/// selection spanning lines (empty lines stay empty).
pub fn indent(text: &str, sel: Range<usize>) -> Edit {
    let sel = normalize(text, sel);
    if !text[sel.clone()].contains('\n') {
        let at = sel.start + 1;
        return Edit { range: sel, insert: "\t".into(), selection: at..at };
    }
    let block = block(text, &sel);
    let mut insert = String::with_capacity(block.len() + 16);
    let mut inserted_at = Vec::new();
    let mut pos = block.start;
    for (i, line) in text[block.clone()].split('\n').enumerate() {
        if i > 0 {
            insert.push('\n');
        }
        if !line.is_empty() {
            insert.push('\t');
            inserted_at.push(pos);
        }
        insert.push_str(line);
        pos += line.len() + 1;
    }
    // A position moves by one per tab inserted strictly before it.
    let map = |p: usize| p + inserted_at.iter().filter(|&&at| at < p).count();
    let selection = map(sel.start)..map(sel.end);
    Edit { range: block, insert, selection }
}

/// Shift-Tab: removes one level of indentation (a tab, or up to 4 spaces) from every line the
/// selection touches. `None` when there is nothing to remove.
pub fn outdent(text: &str, sel: Range<usize>) -> Option<Edit> {
    let sel = normalize(text, sel);
    let block = block(text, &sel);
    let mut insert = String::with_capacity(block.len());
    let mut removed: Vec<(usize, usize)> = Vec::new(); // (line start, bytes removed)
    let mut pos = block.start;
    for (i, line) in text[block.clone()].split('\n').enumerate() {
        if i > 0 {
            insert.push('\n');
        }
        let n = if line.starts_with('\t') {
            1
        } else {
            line.bytes().take(4).take_while(|&b| b == b' ').count()
        };
        if n > 0 {
            removed.push((pos, n));
        }
        insert.push_str(&line[n..]);
        pos += line.len() + 1;
    }
    if removed.is_empty() {
        return None;
    }
    let map =
        |p: usize| p - removed.iter().map(|&(at, n)| n.min(p.saturating_sub(at))).sum::<usize>();
    let selection = map(sel.start)..map(sel.end);
    Some(Edit { range: block, insert, selection })
}

fn closer(open: char) -> Option<char> {
    match open {
        '{' => Some('}'),
        '(' => Some(')'),
        '[' => Some(']'),
        _ => None,
    }
}

/// Enter: a newline keeping the current line's indentation, one level more after an opening
/// bracket; between a bracket pair (`{|}`) the closer goes on its own line.
pub fn newline(text: &str, sel: Range<usize>) -> Edit {
    let sel = normalize(text, sel);
    let ls = line_start(text, sel.start);
    let before = &text[ls..sel.start];
    let indent_len = before.len() - before.trim_start_matches([' ', '\t']).len();
    let indent = &before[..indent_len];
    let mut insert = format!("\n{indent}");
    let opener = before.trim_end_matches([' ', '\t']).chars().next_back();
    if let Some(close) = opener.and_then(closer) {
        insert.push('\t');
        let caret = sel.start + insert.len();
        let after = text[sel.end..line_end(text, sel.end)].trim_start_matches([' ', '\t']);
        if after.starts_with(close) {
            insert.push('\n');
            insert.push_str(indent);
        }
        return Edit { range: sel, insert, selection: caret..caret };
    }
    let caret = sel.start + insert.len();
    Edit { range: sel, insert, selection: caret..caret }
}

/// Typing `}` on a line holding only indentation: the brace goes one level left, as in every
/// Go editor. `None` means "type it normally".
pub fn close_brace(text: &str, sel: Range<usize>) -> Option<Edit> {
    let sel = normalize(text, sel);
    if !sel.is_empty() {
        return None;
    }
    let ls = line_start(text, sel.start);
    let before = &text[ls..sel.start];
    if before.is_empty() || !before.bytes().all(|b| b == b' ' || b == b'\t') {
        return None;
    }
    let keep = if before.ends_with('\t') {
        before.len() - 1
    } else {
        before.len() - before.bytes().rev().take(4).take_while(|&b| b == b' ').count()
    };
    let insert = format!("{}}}", &before[..keep]);
    let caret = ls + insert.len();
    Some(Edit { range: ls..sel.start, insert, selection: caret..caret })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `|` marks the caret, `[`…`]` a selection; returns the text and the selection.
    fn parse(marked: &str) -> (String, Range<usize>) {
        let mut text = String::new();
        let (mut a, mut b) = (None, None);
        for c in marked.chars() {
            match c {
                '|' => {
                    a = Some(text.len());
                    b = Some(text.len());
                }
                '[' => a = Some(text.len()),
                ']' => b = Some(text.len()),
                c => text.push(c),
            }
        }
        let a = a.unwrap_or(0);
        (text, a..b.unwrap_or(a))
    }

    fn unparse(text: &str, sel: Range<usize>) -> String {
        if sel.is_empty() {
            format!("{}|{}", &text[..sel.start], &text[sel.start..])
        } else {
            format!("{}[{}]{}", &text[..sel.start], &text[sel.clone()], &text[sel.end..])
        }
    }

    fn check(cmd: impl Fn(&str, Range<usize>) -> Option<Edit>, before: &str, after: &str) {
        let (text, sel) = parse(before);
        let got = match cmd(&text, sel) {
            Some(edit) => {
                assert!(edit.range.start <= edit.range.end && edit.range.end <= text.len());
                let new = edit.apply(&text);
                unparse(&new, edit.selection)
            }
            None => "None".to_string(),
        };
        assert_eq!(got, after, "from {before:?}");
    }

    fn tab(t: &str, s: Range<usize>) -> Option<Edit> {
        Some(indent(t, s))
    }
    fn enter(t: &str, s: Range<usize>) -> Option<Edit> {
        Some(newline(t, s))
    }

    #[test]
    fn tab_inserts_a_tab_or_replaces_a_one_line_selection() {
        check(tab, "a|b", "a\t|b");
        check(tab, "a[xy]b\nc", "a\t|b\nc");
        check(tab, "é|", "é\t|");
    }

    #[test]
    fn tab_indents_every_touched_line_of_a_multiline_selection() {
        check(tab, "a[b\nc]d\ne", "\ta[b\n\tc]d\ne");
        check(tab, "[ab\n\ncd\n]ef", "[\tab\n\n\tcd\n]ef");
    }

    #[test]
    fn shift_tab_outdents_tabs_or_four_spaces() {
        check(outdent, "\tfoo|", "foo|");
        check(outdent, "      x|", "  x|");
        check(outdent, "x|", "None");
        check(outdent, "\t[a\n\t\tb\nc]\n\td", "[a\n\tb\nc]\n\td");
        check(outdent, "\t|a", "|a");
        check(outdent, "\ta\n[\tb\n]c", "\ta\n[b\n]c");
    }

    #[test]
    fn enter_keeps_indentation_and_indents_after_an_opener() {
        check(enter, "\tx := 1|", "\tx := 1\n\t|");
        check(enter, "func f() {|", "func f() {\n\t|");
        check(enter, "\tif x { |", "\tif x { \n\t\t|");
        check(enter, "func f() {|}", "func f() {\n\t|\n}");
        check(enter, "\tf(|)", "\tf(\n\t\t|\n\t)");
        check(enter, "  a[bc]d", "  a\n  |d");
        check(enter, "|", "\n|");
    }

    #[test]
    fn electric_brace_outdents_a_blank_line() {
        check(close_brace, "\t\t|", "\t}|");
        check(close_brace, "        |", "    }|");
        check(close_brace, "\tx|", "None");
        check(close_brace, "|", "None");
        check(close_brace, "[\t\t]", "None");
    }

    #[test]
    fn commands_never_panic_on_odd_selections() {
        let text = "é\n世\t\n";
        for a in 0..=text.len() + 2 {
            for b in 0..=text.len() + 2 {
                for e in [Some(indent(text, a..b)), outdent(text, a..b), Some(newline(text, a..b))]
                    .into_iter()
                    .chain([close_brace(text, a..b)])
                    .flatten()
                {
                    let new = e.apply(text);
                    assert!(new.is_char_boundary(e.selection.start.min(new.len())));
                    assert!(e.selection.end <= new.len());
                }
            }
        }
    }
}
