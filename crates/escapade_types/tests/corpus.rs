//! Conformance against the corpora (expectations produced by real Go 1.27.3, see
//! `testdata/`): every valid program type-checks without diagnostics; for broken programs
//! the three rates (error reported / first error on gc's line / first message exact) are
//! measured, printed and ratcheted.
// Tests read the corpora from disk and print their measurements.
#![allow(clippy::disallowed_methods, clippy::print_stdout)]

use std::path::{Path, PathBuf};

use escapade_base::{DiagnosticKind, LineIndex};

fn corpus(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata").join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    files
}

/// `LINE:COL: message` entries of our diagnostics (continuation lines folded in).
fn ours(text: &str) -> (Vec<String>, Vec<String>) {
    let checked = escapade_types::check_source(text);
    let idx = LineIndex::new(text);
    let mut errs = Vec::new();
    let mut unsupported = Vec::new();
    for d in &checked.diagnostics {
        let lc = idx.line_col(d.diag.span.start as usize);
        let line = format!("{lc}: {}", d.diag.gc_message());
        if d.diag.kind == DiagnosticKind::Unsupported {
            unsupported.push(line);
        } else {
            errs.push(line);
        }
    }
    (errs, unsupported)
}

/// gc's diagnostics from a `.errors` golden: continuation lines (leading tab) folded in.
fn gc_errors(golden: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in golden.lines() {
        if line.starts_with('\t') {
            if let Some(last) = out.last_mut() {
                last.push('\n');
                last.push_str(line);
            }
        } else if !line.is_empty() {
            out.push(line.to_string());
        }
    }
    out
}

fn line_of(entry: &str) -> &str {
    entry.split(':').next().unwrap_or("")
}

#[test]
fn valid_corpus_has_no_errors() {
    let files = corpus("valid");
    assert!(files.len() > 100, "valid corpus missing");
    let mut failing = Vec::new();
    let mut unsupported_files = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read");
        let (errs, unsupported) = ours(&text);
        if !unsupported.is_empty() {
            unsupported_files.push(format!("{}:\n  {}", f.display(), unsupported.join("\n  ")));
        }
        if !errs.is_empty() {
            failing.push(format!("{}:\n  {}", f.display(), errs.join("\n  ")));
        }
    }
    println!(
        "valid corpus: {} files, {} with false errors, {} with unsupported constructs",
        files.len(),
        failing.len(),
        unsupported_files.len()
    );
    for f in failing.iter().chain(&unsupported_files) {
        println!("{f}");
    }
    // Every valid program type-checks without errors, and nothing in it is refused.
    assert!(failing.is_empty(), "{} valid files report errors", failing.len());
    assert!(
        unsupported_files.is_empty(),
        "{} valid files hit unsupported constructs",
        unsupported_files.len()
    );
}

#[test]
fn broken_corpus_rates() {
    let files = corpus("broken");
    assert!(files.len() > 50, "broken corpus missing");
    let (mut reported, mut same_line, mut exact, mut total) = (0usize, 0usize, 0usize, 0usize);
    let mut report = Vec::new();
    for f in &files {
        let golden_path = f.with_extension("errors");
        let Ok(golden) = std::fs::read_to_string(&golden_path) else { continue };
        let text = std::fs::read_to_string(f).expect("read");
        let want = gc_errors(&golden);
        let Some(first) = want.first() else { continue };
        total += 1;
        let (errs, _) = ours(&text);
        let Some(got) = errs.first() else {
            report.push(format!("MISSING {}: want {first}", f.display()));
            continue;
        };
        reported += 1;
        if line_of(got) == line_of(first) {
            same_line += 1;
        }
        if got == first {
            exact += 1;
        } else {
            report.push(format!("DIFF {}:\n  want {first}\n  got  {got}", f.display()));
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / total.max(1) as f64;
    println!(
        "broken corpus: {total} files; reported {reported} ({:.1}%), same line {same_line} ({:.1}%), exact {exact} ({:.1}%)",
        pct(reported),
        pct(same_line),
        pct(exact)
    );
    for r in &report {
        println!("{r}");
    }
    // Ratchet just under what is achieved (97.7 / 97.3 / 91.0 on 222 files; the issue's
    // targets are 95 / 85 / 70); a small margin absorbs new corpus files.
    assert!(pct(reported) >= 97.0, "reported rate regressed");
    assert!(pct(same_line) >= 97.0, "same-line rate regressed");
    assert!(pct(exact) >= 90.5, "exact-message rate regressed");
}
