//! Go source text → Escapade's own AST, with positioned syntax errors.
//!
//! This is the only crate that touches `tree-sitter`: everything downstream sees [`ast`] types
//! with byte [`Span`]s and preorder [`ast::NodeId`]s. Entry points: [`parse`] (text → AST and
//! diagnostics), [`dump`] (AST → the stable text dump the goldens and `escapade parse` print),
//! [`highlight`] (editor classes).
//!
//! Invariants:
//! - Parsing never fails and never panics, whatever the input: it returns a tree (with `Bad`
//!   holes where the text is broken) together with every syntax error found, `(T,
//!   Vec<Diagnostic>)` style. Every diagnostic span lies inside the text, on char boundaries.
//! - Syntax errors are worded like gc's (`syntax error: unexpected newline, expected …`) and at
//!   most one syntax error is reported per line, as gc does.
//! - No tree is nested deeper than [`MAX_NESTING`]; every walk in this crate over the CST is
//!   iterative, so hostile input (100 000 `(`) cannot overflow a wasm stack.
//! - Pure: no I/O, clocks or randomness; output is deterministic.
#![warn(clippy::disallowed_methods, clippy::disallowed_types)]

pub mod ast;
mod dump;
mod errors;
pub mod highlight;
mod lit;
mod lower;
mod reparse;
mod token;

use escapade_base::{Diagnostic, DiagnosticKind, LineIndex, Span};

pub use dump::dump;
pub use highlight::{highlight, HighlightClass, HighlightSpan};
pub use lower::MAX_NESTING;

/// The result of parsing one file.
#[derive(Clone, Debug)]
pub struct Parse {
    pub file: ast::File,
    /// Syntax (and lexical) errors, sorted by position.
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
    parse_inner(text).0
}

/// [`parse`] and [`highlight`] from one tree-sitter run (tree-sitter dominates both costs, so
/// the editor should call this once per keystroke rather than both).
pub fn parse_and_highlight(text: &str) -> (Parse, Vec<HighlightSpan>) {
    match reparse::parse(text) {
        Some(cst) => (parse_tree(text, &cst).0, highlight::highlight_cst(&cst, text)),
        None => (gave_up(text).0, Vec::new()),
    }
}

fn parse_inner(text: &str) -> (Parse, Vec<String>) {
    match reparse::parse(text) {
        Some(cst) => parse_tree(text, &cst),
        None => gave_up(text),
    }
}

/// tree-sitter returned no tree (it does not without a timeout or cancellation flag).
fn gave_up(text: &str) -> (Parse, Vec<String>) {
    let file = ast::File {
        id: ast::NodeId(0),
        span: Span::new(0, text.len()),
        package: None,
        imports: Vec::new(),
        decls: Vec::new(),
        comments: Vec::new(),
        node_count: 1,
    };
    let errors = vec![Diagnostic::syntax(Span::empty(0), "parser gave up")];
    (Parse { file, errors }, Vec::new())
}

/// Lowers tree-sitter's view of `text`; also returns the lowering's fallback kinds.
fn parse_tree(text: &str, cst: &reparse::Cst) -> (Parse, Vec<String>) {
    let root = cst.tree.root_node();
    // Tokens (for comments and error wording) always come from the original text: a rewritten
    // text differs only in blanked lists and renamed identifiers, at the same offsets.
    let scan = errors::scan(root, text);
    let mut lowerer = lower::Lowerer::new(text);
    let mut errors = scan.errors;
    if let Some(m) = &cst.methods {
        lowerer.method_type_params = m.nodes();
        errors.extend(m.errors());
    }
    let mut file = lowerer.file(root);
    file.comments = scan.comments;
    file.node_count = lowerer.next_id();
    errors.append(&mut lowerer.errors);
    let errors = finish_errors(errors, text);
    (Parse { file, errors }, lowerer.fallbacks)
}

/// Sorts by position, clamps spans to the text's char boundaries, and keeps gc's "one syntax
/// error per line" rule.
fn finish_errors(mut errors: Vec<Diagnostic>, text: &str) -> Vec<Diagnostic> {
    for d in &mut errors {
        let start = floor_char_boundary(text, d.span.start as usize);
        let end = floor_char_boundary(text, (d.span.end as usize).max(start));
        d.span = Span::new(start, end);
    }
    escapade_base::sort::stable_sort_by_key(&mut errors, |d| (d.span.start, d.span.end));
    let index = LineIndex::new(text);
    let mut last_syntax_line = None;
    let mut seen = std::collections::BTreeSet::new();
    errors.retain(|d| {
        if !seen.insert((d.span, d.message.clone())) {
            return false;
        }
        if d.kind != DiagnosticKind::Syntax {
            return true;
        }
        let line = index.line_col(d.span.start as usize).line;
        if last_syntax_line == Some(line) {
            return false;
        }
        last_syntax_line = Some(line);
        true
    });
    errors
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Test support; not part of the stable API.
#[doc(hidden)]
pub mod internals {
    /// Named tree-sitter node kinds the lowering has a rule for.
    pub use crate::lower::HANDLED_KINDS;

    /// Node kinds that fell through to the lowering's "unknown kind" fallback outside error
    /// regions (must be empty for every valid file).
    pub fn lowering_fallbacks(text: &str) -> Vec<String> {
        crate::parse_inner(text).1
    }

    /// Every named node kind in tree-sitter's CST of `text`, in preorder (iterative walk).
    /// Covers the trees of any recovery re-parse (see `reparse`), not the first parse.
    pub fn cst_named_kinds(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let Some(cst) = crate::reparse::parse(text) else { return out };
        named_kinds(&cst.tree, &mut out);
        if let Some(m) = &cst.methods {
            named_kinds(&m.tree, &mut out);
        }
        out
    }

    fn named_kinds(tree: &tree_sitter::Tree, out: &mut Vec<String>) {
        let mut cursor = tree.walk();
        'walk: loop {
            let node = cursor.node();
            if node.is_named() {
                out.push(node.kind().to_string());
            }
            if cursor.goto_first_child() {
                continue;
            }
            loop {
                if cursor.goto_next_sibling() {
                    continue 'walk;
                }
                if !cursor.goto_parent() {
                    break 'walk;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
