//! Go source text → Escapade's own AST, with positioned syntax errors.
//!
//! This is the only crate that touches `tree-sitter`: everything downstream sees [`ast`] types
//! with byte [`Span`]s. Parsing never fails and never panics: it returns a tree (possibly with
//! holes) together with every syntax error found, `(T, Vec<Diagnostic>)` style.
#![warn(clippy::disallowed_methods, clippy::disallowed_types)]

pub mod highlight;

use escapade_base::{Diagnostic, Span};

pub use highlight::{highlight, HighlightClass, HighlightSpan};

/// The result of parsing one file.
#[derive(Clone, Debug)]
pub struct Parse {
    pub errors: Vec<Diagnostic>,
}

thread_local! {
    static PARSER: std::cell::RefCell<Option<tree_sitter::Parser>> = const { std::cell::RefCell::new(None) };
}

/// Runs tree-sitter on `text`. Returns `None` only if tree-sitter itself gave up (which it does
/// not do without a timeout or cancellation flag, neither of which we set).
pub(crate) fn parse_cst(text: &str) -> Option<tree_sitter::Tree> {
    PARSER.with(|cell| {
        let mut slot = cell.borrow_mut();
        let parser = slot.get_or_insert_with(|| {
            let mut p = tree_sitter::Parser::new();
            p.set_language(&tree_sitter_go::LANGUAGE.into())
                .expect("tree-sitter-go is ABI-compatible with the tree-sitter runtime");
            p
        });
        parser.parse(text, None)
    })
}

/// Parses a Go source file.
pub fn parse(text: &str) -> Parse {
    let mut errors = Vec::new();
    match parse_cst(text) {
        Some(tree) => collect_errors(tree.root_node(), text, &mut errors),
        None => errors.push(Diagnostic::syntax(Span::empty(0), "parser gave up")),
    }
    Parse { errors }
}

fn collect_errors(node: tree_sitter::Node<'_>, text: &str, out: &mut Vec<Diagnostic>) {
    if !node.has_error() {
        return;
    }
    if node.is_missing() {
        let span = Span::empty(node.start_byte());
        out.push(Diagnostic::syntax(span, format!("missing {}", describe_kind(node.kind()))));
        return;
    }
    if node.is_error() {
        let span = Span::new(node.start_byte(), node.end_byte());
        let found = text.get(span.range()).unwrap_or("").split_whitespace().next().unwrap_or("");
        let msg = if found.is_empty() {
            "unexpected end of input".to_string()
        } else {
            format!("unexpected {}", truncate(found, 20))
        };
        out.push(Diagnostic::syntax(span, msg));
        return;
    }
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        collect_errors(child, text, out);
    }
}

fn describe_kind(kind: &str) -> String {
    if kind.chars().all(|c| c.is_ascii_punctuation()) {
        kind.to_string()
    } else {
        kind.replace('_', " ")
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_file_has_no_errors() {
        let p = parse("package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n}\n");
        assert!(p.errors.is_empty(), "{:?}", p.errors);
    }

    #[test]
    fn reports_error_position() {
        let text = "package main\n\nfunc main() {\n\tx := \n}\n";
        let p = parse(text);
        assert!(!p.errors.is_empty());
        let idx = escapade_base::LineIndex::new(text);
        let pos = idx.line_col(p.errors[0].span.start as usize);
        assert!(pos.line >= 4, "{pos}");
    }
}
