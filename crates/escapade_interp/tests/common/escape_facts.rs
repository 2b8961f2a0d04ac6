//! What the evaluator's append model needs from go1.27's escape analysis, as the CLI would
//! pass it (shared by the run-corpus test and the `run_file` example).

use escapade_base::LineCol;
use escapade_escape::{inline::inline_program, lower::escape_file, Config, GoVersion};
use escapade_interp::ConvVerdict;

/// Append verdicts, inlined calls, conversion verdicts (see [`escape_facts`]).
pub type EscapeFacts =
    (Vec<(LineCol, bool)>, Option<Vec<LineCol>>, Option<Vec<(LineCol, ConvVerdict)>>);

/// `Options::append_sites` (`-m -l`: `append escapes to heap` / `append does not escape` at
/// the call's `(`, none when the escape analysis does not model the program),
/// `Options::conversions` (the verdicts of `([]byte)(…)` / `([]rune)(…)` and gc's zero-copy
/// conversions) and
/// `Options::inlined_calls` (the `inlining call to F` positions of the inliner model; `None`
/// when it does not model the file's inlining).
pub fn escape_facts(src: &str) -> EscapeFacts {
    let run = escape_file("main.go", src, Config { version: GoVersion::Go127, m: 1 });
    let Some(a) = &run.analysis else { return (Vec::new(), None, None) };
    let lc = |p: escapade_escape::ir::Pos| LineCol { line: p.line, col: p.col };
    let verdicts = a
        .diagnostics
        .iter()
        .filter_map(|d| {
            let esc = match d.message.as_str() {
                "append escapes to heap" => true,
                "append does not escape" => false,
                _ => return None,
            };
            Some((lc(d.pos), esc))
        })
        .collect();
    let mut conversions: Vec<(LineCol, ConvVerdict)> = Vec::new();
    for d in &a.diagnostics {
        let m = d.message.as_str();
        let v = if m == "zero-copy string->[]byte conversion" {
            ConvVerdict::ZeroCopy
        } else if !(m.starts_with("([]byte)(") || m.starts_with("([]rune)(")) {
            continue;
        } else if m.ends_with(" escapes to heap") {
            ConvVerdict::Escapes
        } else if m.ends_with(" does not escape") {
            ConvVerdict::Local
        } else {
            continue;
        };
        conversions.push((lc(d.pos), v));
    }
    if !run.errors.is_empty() || !run.unsupported.is_empty() {
        return (verdicts, None, None);
    }
    let source = escapade_types::SourceFile { name: "main.go", text: src };
    let mut checked = escapade_types::check_files(&[source]);
    let Some(file) = checked.files.first().cloned() else { return (verdicts, None, None) };
    let info = checked.checker.info.first().cloned().unwrap_or_default();
    let inl = inline_program(
        &mut checked.checker,
        &info,
        &file,
        src,
        &run.program,
        run.analysis.as_ref(),
    );
    let inlined = inl.unsupported.is_empty().then(|| inl.calls.iter().map(|d| lc(d.pos)).collect());
    (verdicts, inlined, Some(conversions))
}
