//! The façade between the analysis crates and the two front ends (CLI and web).
//!
//! API boundary: the CLI and the web crate depend on this crate only; it re-exports the few
//! foundation types they need. Results are plain data.
#![warn(clippy::disallowed_methods, clippy::disallowed_types)]

pub use escapade_base::{Diagnostic, DiagnosticKind, LineCol, LineIndex, Severity, Span};
pub use escapade_syntax::{highlight, HighlightClass, HighlightSpan};

/// The runtime map simulator, re-exported whole: it depends on nothing else.
pub use escapade_maps as maps;

/// The type checker, re-exported whole (check, Info side tables, dumps).
pub use escapade_types as types;

/// The syntax tree, re-exported for dumps and the UI.
pub use escapade_syntax::ast;

/// The stable AST dump printed by `escapade parse` (the same printer the goldens use).
pub fn dump_ast(text: &str) -> (String, Vec<Diagnostic>) {
    let parse = escapade_syntax::parse(text);
    (escapade_syntax::dump(&parse.file, text), parse.errors)
}

/// Everything the front ends show for one source text.
#[derive(Clone, Debug)]
pub struct Analysis {
    pub line_index: LineIndex,
    pub diagnostics: Vec<Diagnostic>,
    pub highlights: Vec<HighlightSpan>,
}

/// Analyses one Go source file.
pub fn analyze(text: &str) -> Analysis {
    let (parse, highlights) = escapade_syntax::parse_and_highlight(text);
    Analysis { line_index: LineIndex::new(text), diagnostics: parse.errors, highlights }
}
