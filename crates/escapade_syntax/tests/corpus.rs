//! Data-driven tests over `testdata/`:
//! - `syntax/*.go` (valid Go, checked by `scripts/syntax-corpus-check.sh` with real gofmt): each
//!   parses without diagnostics, hands out node ids in preorder and densely, and dumps exactly
//!   to its sibling `.ast` golden;
//! - the same files cover every tree-sitter-go node kind the lowering handles, and never reach
//!   the lowering's unknown-kind fallback;
//! - `syntax_err/*.go` (broken Go; `.gc` = real gc's output, written only by the script): we
//!   reject every file, and `syntax_err/CONFORMANCE.txt` records how often our first error
//!   matches gc's (line, and exact message).
//!
//! `UPDATE_EXPECT=1 cargo test` rewrites the goldens whose truth is our own printer (`.ast`,
//! `.ours`, `CONFORMANCE.txt`). A missing golden fails under `CI=true` and is created otherwise.

#![allow(clippy::disallowed_methods, reason = "the test harness reads fixtures and UPDATE_EXPECT")]

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use escapade_base::LineIndex;

fn testdata(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata").join(sub)
}

fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Compares `actual` with the golden at `path`; rewrites it under `UPDATE_EXPECT=1`, creates it
/// when missing (unless `CI=true`). Returns a failure description.
fn check_golden(path: &Path, actual: &str) -> Option<String> {
    let update = std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1");
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    match std::fs::read_to_string(path) {
        Ok(expected) if expected == actual => None,
        Ok(_) if update => {
            std::fs::write(path, actual).unwrap();
            None
        }
        Ok(expected) => Some(format!(
            "{} differs (UPDATE_EXPECT=1 rewrites it):\n{}",
            path.display(),
            first_difference(&expected, actual)
        )),
        Err(_) if ci => Some(format!("{} is missing (CI=true)", path.display())),
        Err(_) => {
            std::fs::write(path, actual).unwrap();
            None
        }
    }
}

fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    for i in 0..e.len().max(a.len()) {
        if e.get(i) != a.get(i) {
            return format!(
                "line {}:\n  expected: {}\n  actual:   {}",
                i + 1,
                e.get(i).unwrap_or(&"<end>"),
                a.get(i).unwrap_or(&"<end>")
            );
        }
    }
    String::new()
}

/// Ids of a well-formed file, read in Debug order (source order): never decreasing, never
/// skipping one, ending at `node_count - 1` (an id repeats only where wrapper and wrapped share
/// it).
fn ids_preorder_and_dense(file: &escapade_syntax::ast::File) -> Option<String> {
    let debug = format!("{file:?}");
    let mut last: Option<u32> = None;
    for s in debug.split("NodeId(").skip(1) {
        let id: u32 = s[..s.find(')')?].parse().ok()?;
        let ok = match last {
            None => id == 0,
            Some(l) => id == l || id == l + 1,
        };
        if !ok {
            return Some(format!("ids not preorder and dense: {last:?} then {id}"));
        }
        last = Some(id);
    }
    (last.map(|l| l + 1) != Some(file.node_count))
        .then(|| format!("last id {last:?} but node_count {}", file.node_count))
}

#[test]
fn syntax_corpus_matches_ast_goldens() {
    let files = go_files(&testdata("syntax"));
    assert!(files.len() >= 40, "corpus has only {} files", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let text = read(path);
        let parse = escapade_syntax::parse(&text);
        if !parse.errors.is_empty() {
            let idx = LineIndex::new(&text);
            let name = path.file_name().unwrap().to_string_lossy();
            for d in &parse.errors {
                failures.push(d.render(&name, &idx));
            }
        }
        failures.extend(
            ids_preorder_and_dense(&parse.file).map(|e| format!("{}: {e}", path.display())),
        );
        let (parse2, highlights) = escapade_syntax::parse_and_highlight(&text);
        assert_eq!(parse2.file, parse.file, "{}", path.display());
        assert_eq!(highlights, escapade_syntax::highlight(&text), "{}", path.display());
        let dump = escapade_syntax::dump(&parse.file, &text);
        failures.extend(check_golden(&path.with_extension("ast"), &dump));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn syntax_corpus_covers_every_handled_node_kind() {
    let mut seen = BTreeSet::new();
    let mut fallbacks = Vec::new();
    for path in go_files(&testdata("syntax")) {
        let text = read(&path);
        seen.extend(escapade_syntax::internals::cst_named_kinds(&text));
        for kind in escapade_syntax::internals::lowering_fallbacks(&text) {
            fallbacks.push(format!("{}: {kind}", path.display()));
        }
    }
    let handled: BTreeSet<String> =
        escapade_syntax::internals::HANDLED_KINDS.iter().map(|s| s.to_string()).collect();
    let unexercised: Vec<&String> = handled.difference(&seen).collect();
    assert!(unexercised.is_empty(), "handled kinds missing from the corpus: {unexercised:?}");
    let unhandled: Vec<&String> = seen.difference(&handled).collect();
    assert!(unhandled.is_empty(), "corpus kinds the lowering does not list: {unhandled:?}");
    assert!(fallbacks.is_empty(), "lowering fell back on valid input:\n{}", fallbacks.join("\n"));
}

/// gc's first error in a `.gc` file: `(line, message)` from `x.go:LINE:COL: message`.
fn gc_first_error(gc: &str) -> Option<(u32, String)> {
    gc.lines().find_map(|l| {
        let mut parts = l.splitn(4, ':');
        let _file = parts.next()?;
        let line = parts.next()?.parse().ok()?;
        let _col = parts.next()?;
        Some((line, parts.next()?.trim().to_string()))
    })
}

#[test]
fn syntax_err_corpus_is_rejected_and_conformance_is_recorded() {
    let dir = testdata("syntax_err");
    let files = go_files(&dir);
    assert!(files.len() >= 40, "syntax_err corpus has only {} files", files.len());
    let mut failures = Vec::new();
    let (mut same_line, mut exact, mut total) = (0, 0, 0);
    let mut report = String::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = read(path);
        let parse = escapade_syntax::parse(&text);
        let idx = LineIndex::new(&text);
        let ours: String = parse.errors.iter().map(|d| d.render(&name, &idx) + "\n").collect();
        if parse.errors.is_empty() {
            failures.push(format!("{name}: accepted, but real Go rejects it"));
        }
        failures.extend(check_golden(&path.with_extension("ours"), &ours));
        let gc_path = path.with_extension("gc");
        let Ok(gc) = std::fs::read_to_string(&gc_path) else {
            failures.push(format!(
                "{}: missing (run scripts/syntax-corpus-check.sh)",
                gc_path.display()
            ));
            continue;
        };
        let Some((gc_line, gc_msg)) = gc_first_error(&gc) else {
            failures.push(format!("{}: no error line", gc_path.display()));
            continue;
        };
        total += 1;
        let first = parse.errors.first();
        let our_line = first.map(|d| idx.line_col(d.span.start as usize).line);
        let line_ok = our_line == Some(gc_line);
        let msg_ok = line_ok && first.is_some_and(|d| d.gc_message() == gc_msg);
        same_line += usize::from(line_ok);
        exact += usize::from(msg_ok);
        let mark = if msg_ok {
            "exact"
        } else if line_ok {
            "line "
        } else {
            "MISS "
        };
        let our_msg = first.map_or("<none>".to_string(), |d| d.gc_message());
        let _ = writeln!(
            report,
            "{mark} {name}\n      gc:   {gc_line}: {gc_msg}\n      ours: {}: {our_msg}",
            our_line.unwrap_or(0)
        );
    }
    let pct = |n: usize| if total == 0 { 0.0 } else { 100.0 * n as f64 / total as f64 };
    let summary = format!(
        "First syntax error, ours vs gc (go1.27.3), over {total} files in testdata/syntax_err:\n\
         same line:     {same_line}/{total} ({:.0}%)\n\
         exact message: {exact}/{total} ({:.0}%)\n\n{report}",
        pct(same_line),
        pct(exact)
    );
    failures.extend(check_golden(&dir.join("CONFORMANCE.txt"), &summary));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
