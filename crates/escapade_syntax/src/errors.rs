//! Syntax errors from tree-sitter's `ERROR` and `MISSING` nodes, worded the way gc words them.
//!
//! tree-sitter recovers differently from gc's recursive-descent parser, so we do not trust its
//! error nodes for *what* went wrong: we use them for *where*, find the Go token gc would have
//! stumbled on there (with gc's automatic semicolons, so a line end is `newline`), and describe
//! it the way gc does (`unexpected newline`, `unexpected name x`, `unexpected keyword else`),
//! adding what gc expected when the context makes it clear.

use escapade_base::{Diagnostic, DiagnosticKind, Severity, Span};
use tree_sitter::Node;

use crate::token::{self, Tok, TokKind};

/// One iterative pass over the CST: comments, and one diagnostic per error region.
pub(crate) struct CstScan {
    pub comments: Vec<Span>,
    pub errors: Vec<Diagnostic>,
}

pub(crate) fn scan(root: Node<'_>, text: &str) -> CstScan {
    let mut sites: Vec<(Node<'_>, bool)> = Vec::new();
    let mut cursor = root.walk();
    // Iterative preorder walk (deep input must not overflow the stack).
    'walk: loop {
        let node = cursor.node();
        let mut descend = true;
        if node.is_missing() {
            sites.push((node, true));
            descend = false;
        } else if node.is_error() {
            sites.push((node, false));
        } else if !node.has_error() {
            descend = false;
        }
        if descend && cursor.goto_first_child() {
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
    let (tokens, lex_errors) = token::tokenize(text);
    let comments = tokens.iter().filter(|t| t.kind == TokKind::Comment).map(|t| t.span).collect();
    let mut errors = Vec::new();
    for (node, missing) in sites {
        // Errors nested in an error region already reported are one problem.
        if errors.last().is_some_and(|d: &Diagnostic| node.start_byte() < d_end(d)) {
            continue;
        }
        errors.push(describe(node, missing, text, &tokens));
    }
    // A line with a lexical error gets no tree-sitter-derived error: gc's parser sees the
    // scanner's recovery, not tree-sitter's.
    let lex_lines: Vec<usize> = lex_errors.iter().map(|(at, _)| line_of(text, *at)).collect();
    errors.retain(|d| !lex_lines.contains(&line_of(text, d.span.start as usize)));
    errors.extend(lex_errors.into_iter().map(|(at, msg)| plain(Span::empty(at), msg)));
    CstScan { comments, errors }
}

/// A diagnostic gc prints without the `syntax error: ` prefix (scanner errors and a few parser
/// checks such as `non-name x.f on left side of :=`).
pub(crate) fn plain(span: Span, message: String) -> Diagnostic {
    // FIXME: escapade_base has no kind for these yet; `Type` renders the bare message, which is
    // exactly what gc prints.
    Diagnostic { kind: DiagnosticKind::Type, severity: Severity::Error, span, message }
}

fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())].iter().filter(|&&b| b == b'\n').count()
}

fn d_end(d: &Diagnostic) -> usize {
    d.span.end as usize
}

fn describe(node: Node<'_>, missing: bool, text: &str, tokens: &[Tok]) -> Diagnostic {
    let at = node.start_byte();
    let tok = token::at_or_after(tokens, at);
    let span_end = if missing { at } else { node.end_byte().max(at) };
    let (pos, found) = match tok {
        Some(t) => (t.span.start as usize, token::describe(t, text)),
        None => (text.len(), "EOF".to_string()),
    };
    let mut msg = format!("unexpected {found}");
    if missing {
        let want = node.kind();
        if matches!(want, ")" | "]" | "}" | "," | ":" | "{" | "(") {
            msg.push_str(&format!(", expected {want}"));
        }
    }
    Diagnostic::syntax(Span::new(pos, span_end.max(pos)), msg)
}
