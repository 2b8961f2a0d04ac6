//! The façade between the analysis crates and the two front ends (CLI and web).
//!
//! API boundary: the CLI and the web crate depend on this crate only; it re-exports the few
//! foundation types they need. Results are plain data.
#![warn(clippy::disallowed_methods, clippy::disallowed_types)]

/// Stable sorts through one shared routine (a smaller web build than `slice::sort_by`).
pub use escapade_base::sort;
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
    let diagnostics = parse.errors.clone();
    // The escape analysis of this text (debounced in the editor) type-checks it: no re-parse.
    types::remember_parse(text, parse);
    Analysis { line_index: LineIndex::new(text), diagnostics, highlights }
}

/// gc's escape analysis, re-exported whole (IR, lowering, diagnostics).
pub use escapade_escape as escape;

/// What `escape` reproduces: `go build -gcflags='-m[=2] [-l]'` of one toolchain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EscapeOptions {
    pub version: escape::GoVersion,
    /// 1 for `-m`, 2 for `-m=2`.
    pub m: u8,
    /// The user asked for inlining (no `-l`). gc's inliner is modelled for go1.27
    /// (`escape::inline`: `can inline` / `inlining call to` lines, and an `unsupported:`
    /// refusal where an inlined call's effect on the verdicts is not modelled); for go1.23
    /// the results are those of `-l` and [`EscapeReport::inlining_ignored`] says so.
    pub inline: bool,
}

impl Default for EscapeOptions {
    fn default() -> EscapeOptions {
        EscapeOptions { version: escape::GoVersion::Go127, m: 1, inline: false }
    }
}

/// One verdict line (`moved to heap: x`, `leaking param: p`, …) anchored in the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EscapeVerdict {
    pub line: u32,
    pub col: u32,
    /// Byte span of the anchor (empty when unknown).
    pub span: Span,
    pub kind: escape::DiagKind,
    /// gc's message without the position.
    pub message: String,
    /// All printed lines of this verdict (`-m=2` explanations included).
    pub lines: Vec<String>,
}

/// The escape analysis of one source file.
#[derive(Clone, Debug, Default)]
pub struct EscapeReport {
    /// Syntax and type errors (then there are no verdicts).
    pub diagnostics: Vec<Diagnostic>,
    /// Constructs the analysis does not model, as `NAME:LINE:COL: unsupported: …` lines
    /// (then there are no verdicts: a partial analysis could be wrong).
    pub unsupported: Vec<String>,
    /// Verdicts in gc's order (`-m=2`-only ones only when `m >= 2`).
    pub verdicts: Vec<EscapeVerdict>,
    /// Exactly what gc prints (`NAME:LINE:COL: message`), or the gc-style errors.
    pub raw_lines: Vec<String>,
    /// Results are for `-l` although inlining was requested (go1.23: not modelled).
    pub inlining_ignored: bool,
}

/// Runs gc's escape analysis on one file called `name` (the name printed in lines).
pub fn escape(text: &str, name: &str, opts: &EscapeOptions) -> EscapeReport {
    let cfg = escape::Config { version: opts.version, m: opts.m };
    let modelled = opts.inline && opts.version == escape::GoVersion::Go127;
    let run = if modelled {
        escape::inline::escape_file_inlined(name, text, cfg)
    } else {
        escape::lower::escape_file(name, text, cfg)
    };
    let mut report = EscapeReport {
        raw_lines: run.lines(name, opts.m),
        inlining_ignored: opts.inline && !modelled,
        ..EscapeReport::default()
    };
    if !run.errors.is_empty() {
        let checked = types::check_files(&[types::SourceFile { name, text }]);
        report.diagnostics = checked.diagnostics.into_iter().map(|d| d.diag).collect();
        return report;
    }
    if !run.unsupported.is_empty() {
        report.unsupported = report.raw_lines.clone();
        return report;
    }
    if let Some(a) = &run.analysis {
        for d in &a.diagnostics {
            // Std generic instantiations print `$GOROOT/…` lines: raw output only.
            if (d.is_m2() && opts.m < 2) || d.kind == escape::DiagKind::StdInstance {
                continue;
            }
            report.verdicts.push(EscapeVerdict {
                line: d.pos.line,
                col: d.pos.col,
                span: d.pos.span,
                kind: d.kind.clone(),
                message: d.message.clone(),
                lines: d.lines(name),
            });
        }
    }
    report
}

/// The Go interpreter (evaluator, runtime texts).
pub use escapade_interp as interp;

/// What the interpreter's capacity model needs from go1.27's escape analysis and inliner
/// (see [`escape_facts`]).
#[derive(Clone, Debug, Default)]
pub struct EscapeFacts {
    /// [`interp::Options::append_sites`].
    pub append_sites: Vec<(LineCol, bool)>,
    /// [`interp::Options::inlined_calls`].
    pub inlined_calls: Option<Vec<LineCol>>,
    /// [`interp::Options::conversions`].
    pub conversions: Option<Vec<(LineCol, interp::ConvVerdict)>>,
}

impl EscapeFacts {
    /// Puts the facts into interpreter options.
    pub fn apply(self, opts: &mut interp::Options) {
        opts.append_sites = self.append_sites;
        opts.inlined_calls = self.inlined_calls;
        opts.conversions = self.conversions;
    }
}

/// Keeps the append sites whose verdicts agree: a generic body is analysed once per shape, and a site
/// whose shapes disagree has no single verdict (the interpreter then refuses what depends on it).
fn agreed(all: Vec<(LineCol, bool)>) -> Vec<(LineCol, bool)> {
    let mut out: Vec<(LineCol, bool)> = Vec::new();
    for &(lc, v) in &all {
        let conflict = all.iter().any(|&(l, w)| l == lc && w != v);
        if !conflict && !out.contains(&(lc, v)) {
            out.push((lc, v));
        }
    }
    out
}

/// go1.27's facts about `text` that decide slice capacities at run time:
/// - the `append` verdicts of `-m -l` (`append escapes to heap` / `append does not escape` at
///   the call's `(`; empty when the escape analysis does not model the program);
/// - the verdicts of `([]byte)(…)` / `([]rune)(…)` conversions and gc's zero-copy conversions
///   (`None` when the program is not modelled);
/// - the `inlining call to F` positions of the inliner model (`None` when it does not model the
///   file's inlining).
pub fn escape_facts(text: &str) -> EscapeFacts {
    let cfg = escape::Config { version: escape::GoVersion::Go127, m: 1 };
    let (run, inlined) = escape::inline::escape_file_and_inlined_calls("main.go", text, cfg);
    let Some(a) = &run.analysis else { return EscapeFacts::default() };
    let lc = |p: escape::ir::Pos| LineCol { line: p.line, col: p.col };
    let mut appends = Vec::new();
    let mut conversions = Vec::new();
    for d in &a.diagnostics {
        let m = d.message.as_str();
        match m {
            "append escapes to heap" => appends.push((lc(d.pos), true)),
            "append does not escape" => appends.push((lc(d.pos), false)),
            "zero-copy string->[]byte conversion" => {
                conversions.push((lc(d.pos), interp::ConvVerdict::ZeroCopy))
            }
            _ if m.starts_with("([]byte)(") || m.starts_with("([]rune)(") => {
                if m.ends_with(" escapes to heap") {
                    conversions.push((lc(d.pos), interp::ConvVerdict::Escapes));
                } else if m.ends_with(" does not escape") {
                    conversions.push((lc(d.pos), interp::ConvVerdict::Local));
                }
            }
            _ => {}
        }
    }
    let mut facts = EscapeFacts { append_sites: agreed(appends), ..EscapeFacts::default() };
    if !run.errors.is_empty() || !run.unsupported.is_empty() {
        return facts;
    }
    // A site may carry two facts (`does not escape` and `zero-copy …`): the interpreter reads
    // them together.
    facts.conversions = Some(conversions);
    facts.inlined_calls = inlined.map(|calls| calls.into_iter().map(lc).collect());
    facts
}

/// Runs a program in the interpreter, first giving it go1.27's [`escape_facts`] when it models
/// go1.27 and the options carry none (the stack buffers of non-escaping appends and conversions
/// exist only there among the modelled versions; for the others the interpreter keeps refusing
/// capacity-dependent appends).
pub fn run_program(text: &str, opts: &interp::Options) -> interp::RunResult {
    let mut opts = opts.clone();
    add_escape_facts(text, &mut opts);
    interp::run(text, &opts)
}

/// One run across a module boundary (the web app's interpreter module): decodes a request of
/// [`interp::wire::encode_request`], runs it as it is (the options already carry the escape
/// facts the caller computed) and encodes the result; a malformed request comes back as a
/// stopped run that says why.
pub fn run_encoded(request: &[u8]) -> Vec<u8> {
    let r = match interp::wire::decode_request(request) {
        Ok((src, opts)) => interp::run(&src, &opts),
        Err(e) => interp::RunResult {
            output: interp::Output::default(),
            outcome: interp::Outcome::Stopped(format!("malformed run request: {e}")),
            steps: 0,
        },
    };
    interp::wire::encode_result(&r)
}

/// Gives `opts` go1.27's [`escape_facts`] of `text` when they run go1.27 and carry none (what
/// [`run_program`] does before running; for front ends that time the run alone).
pub fn add_escape_facts(text: &str, opts: &mut interp::Options) {
    if opts.go == interp::GoVersion::Go127 && opts.append_sites.is_empty() {
        escape_facts(text).apply(opts);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The editor's parse of a text is reused by the next check of the same text: the results
    /// are those of a check that parses it itself.
    #[test]
    fn a_reused_parse_gives_the_same_results() {
        let texts = [
            "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n",
            "package main\n\nfunc main() {\n\tvar x int = \"s\"\n\t_ = x\n}\n",
            "package main\n\nfunc main() {\n\tx := \n}\n",
        ];
        let opts = EscapeOptions { m: 2, ..EscapeOptions::default() };
        for text in texts {
            let cold = escape(text, "main.go", &opts);
            let _ = analyze("package other\n");
            let analysis = analyze(text);
            let warm = escape(text, "main.go", &opts);
            assert_eq!(warm.raw_lines, cold.raw_lines, "{text}");
            assert_eq!(warm.diagnostics, cold.diagnostics, "{text}");
            assert_eq!(warm.verdicts, cold.verdicts, "{text}");
            assert_eq!(analysis.diagnostics, escapade_syntax::parse(text).errors, "{text}");
        }
    }
}
