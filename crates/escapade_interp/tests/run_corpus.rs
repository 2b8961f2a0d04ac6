//! Runs every program of `testdata/run/` and every `escapade_types/testdata/valid/*.go` that
//! has a `.out` golden (real go1.27.3 output) and classifies it: identical, unsupported (the
//! evaluator refused with `unsupported:` or a budget), or wrong. Wrong must stay 0, and the set
//! of identical programs may only grow: `tests/run_corpus.pass` (regenerate with
//! `UPDATE_EXPECT=1`) is the ratchet.
#![allow(clippy::disallowed_methods, clippy::print_stdout, reason = "test harness reads goldens")]

use escapade_interp::{run, Options, Outcome};
use std::path::{Path, PathBuf};

fn programs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [root.join("testdata/run"), root.join("../escapade_types/testdata/valid")] {
        let Ok(rd) = std::fs::read_dir(&dir) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "go") && p.with_extension("out").exists() {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn sorted_lines(s: &str) -> String {
    let mut l: Vec<&str> = s.lines().collect();
    l.sort_unstable();
    l.join("\n")
}

/// `scripts/interp-corpus.py`'s normalization of the goldens' stderr: cut at the first
/// goroutine header, trailing blank lines dropped, one final newline (an empty stderr is
/// `"\n"`).
fn normalize_stderr(err: &str) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for l in err.lines() {
        let header = l.strip_prefix("goroutine ").is_some_and(|r| {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && r[digits..].starts_with(" [")
        });
        if header {
            break;
        }
        lines.push(l);
    }
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    lines.join("\n") + "\n"
}

enum Verdict {
    Identical,
    Unsupported(String),
    Wrong(String),
}

fn judge(p: &Path) -> Verdict {
    let src = std::fs::read_to_string(p).expect("source");
    let want_out =
        String::from_utf8_lossy(&std::fs::read(p.with_extension("out")).expect("out")).into_owned();
    let want_err = std::fs::read_to_string(p.with_extension("err")).unwrap_or_default();
    let want_exit: i32 = std::fs::read_to_string(p.with_extension("exit"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let order_dep = src.lines().any(|l| l.trim() == "// output: order-dependent");
    let facts = escapade_analysis::escape_facts(&src);
    let r = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut opts = Options { max_depth: 20_000, ..Options::default() };
            facts.apply(&mut opts);
            run(&src, &opts)
        })
        .expect("thread")
        .join()
        .expect("interpreter must not panic");
    let code = match r.outcome {
        Outcome::Stopped(m) => return Verdict::Unsupported(m),
        Outcome::Exit(c) => c,
    };
    let got_out = String::from_utf8_lossy(&r.output.stdout).into_owned();
    let got_err = String::from_utf8_lossy(&r.output.stderr).into_owned();
    // escapade_types rejects a program real Go accepts: nothing was run (its own corpus tracks
    // that gap); counted as unsupported.
    if code == 1 && want_exit != 1 && got_err.starts_with("# command-line-arguments") {
        return Verdict::Unsupported(format!("type checker: {got_err}"));
    }
    let same_out = if order_dep {
        sorted_lines(&got_out) == sorted_lines(&want_out)
    } else {
        got_out == want_out
    };
    if !same_out {
        return Verdict::Wrong(format!("stdout:\n{got_out}\nwant:\n{want_out}"));
    }
    if code != want_exit {
        return Verdict::Wrong(format!("exit {code}, want {want_exit}; stderr {got_err}"));
    }
    if want_exit != 0 && normalize_stderr(&got_err) != want_err {
        return Verdict::Wrong(format!("stderr:\n{got_err}\nwant:\n{want_err}"));
    }
    Verdict::Identical
}

#[test]
fn corpus_outputs_match_go_or_are_refused() {
    let progs = programs();
    assert!(progs.len() >= 200, "corpus found: {}", progs.len());
    let (mut identical, mut unsupported, mut wrong) = (Vec::new(), 0, Vec::new());
    for p in &progs {
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let dir = p
            .parent()
            .and_then(|d| d.file_name())
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default();
        let key = format!("{dir}/{name}");
        match judge(p) {
            Verdict::Identical => identical.push(key),
            Verdict::Unsupported(m) => {
                unsupported += 1;
                if std::env::var("SHOW_UNSUPPORTED").is_ok() {
                    println!("{key}: {m}");
                }
            }
            Verdict::Wrong(d) => wrong.push(format!("{key}: {d}")),
        }
    }
    println!(
        "run corpus: {} programs: identical {} / unsupported {} / wrong {}",
        progs.len(),
        identical.len(),
        unsupported,
        wrong.len()
    );
    assert!(wrong.is_empty(), "wrong outputs:\n{}", wrong.join("\n---\n"));
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/run_corpus.pass");
    let text = identical.join("\n") + "\n";
    if std::env::var("UPDATE_EXPECT").is_ok() {
        std::fs::write(&list, text).expect("write ratchet");
        return;
    }
    let before = std::fs::read_to_string(&list).unwrap_or_default();
    let lost: Vec<&str> = before.lines().filter(|l| !identical.iter().any(|i| i == l)).collect();
    assert!(lost.is_empty(), "programs that passed before now fail: {lost:?}");
}
