//! The `-m=2` `can inline F with cost N as: SIG { BODY }` lines against go1.27.3's goldens
//! (`testdata/golden/go1.27.3-m2` for the corpus, `tests/inline/NAME.go1.27.3-m2.txt` for the
//! inliner programs, all written by the project's golden scripts): every such line the model
//! prints must be a line of the file's golden, and the number of printed (rather than
//! refused) lines must not drop below the ratchets.
//! `ESCAPADE_PRINT_REPORT=1` prints the wrong lines and the refusals.
#![allow(
    clippy::disallowed_methods,
    clippy::print_stdout,
    reason = "the harness reads the corpus and goldens; the opt-in report prints"
)]

mod common;

use std::collections::BTreeMap;

use escapade_escape::inline::escape_file_inlined;
use escapade_escape::{Config, DiagKind, GoVersion};

/// Corpus `as:` lines printed and found in the goldens (ratchet: never lower it).
const PRINTED_AT_LEAST: usize = 1297;
/// The same for `tests/inline` (`print_forms.go` exercises the printer's forms).
const PROGRAMS_PRINTED_AT_LEAST: usize = 108;

#[derive(Default)]
struct Tally {
    printed: usize,
    golden: usize,
    wrong: Vec<String>,
    refused: BTreeMap<String, usize>,
}

impl Tally {
    /// Compares the model's `-m=2` `as:` lines for one program with its golden.
    fn file(&mut self, name: &str, text: &str, golden: &str, report: bool) {
        self.golden += golden.lines().filter(|l| l.contains(" as: ")).count();
        let run = escape_file_inlined(name, text, Config { version: GoVersion::Go127, m: 2 });
        for u in &run.unsupported_m2 {
            if let Some(rest) = u.what.split_once(": ").map(|x| x.1) {
                if u.what.starts_with("can inline ") {
                    *self.refused.entry(rest.to_string()).or_default() += 1;
                }
            }
        }
        if report && run.unsupported.is_empty() {
            if let Some(u) = run.unsupported_m2.first() {
                let what: String = u.what.chars().take(90).collect();
                println!("m2-refused {name}: {what}");
            }
        }
        let Some(a) = &run.analysis else { return };
        for d in &a.diagnostics {
            if d.kind != DiagKind::CanInline || !d.message.contains(" as: ") {
                continue;
            }
            let line = format!("{name}:{}:{}: {}", d.pos.line, d.pos.col, d.message);
            if golden.lines().any(|l| l == line) {
                self.printed += 1;
            } else {
                let at = format!("{name}:{}:{}: can", d.pos.line, d.pos.col);
                let want = golden.lines().find(|l| l.starts_with(&at)).unwrap_or("(none)");
                self.wrong.push(format!("got  {line}\nwant {want}"));
            }
        }
    }

    fn check(&self, what: &str, at_least: usize, report: bool) {
        if report {
            for w in &self.wrong {
                println!("{w}");
            }
            let mut r: Vec<_> = self.refused.iter().collect();
            r.sort_by_key(|(_, n)| std::cmp::Reverse(**n));
            for (why, n) in r {
                println!("refused {n:4} {why}");
            }
            let (p, g, w) = (self.printed, self.golden, self.wrong.len());
            println!("{what}: printed {p} of {g} golden `as:` lines, {w} wrong");
        }
        assert!(
            self.wrong.is_empty(),
            "{what}: {} wrong, first:\n{}",
            self.wrong.len(),
            self.wrong[0]
        );
        assert!(self.printed >= at_least, "{what}: printed {} < {at_least}", self.printed);
    }
}

fn report() -> bool {
    std::env::var("ESCAPADE_PRINT_REPORT").is_ok()
}

#[test]
fn corpus_m2_inline_bodies_match_the_goldens() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut t = Tally::default();
    for (name, text) in common::go_files(&format!("{dir}/testdata/escape")) {
        let stem = name.trim_end_matches(".go");
        let path = format!("{dir}/testdata/golden/go1.27.3-m2/{stem}.txt");
        if let Ok(golden) = std::fs::read_to_string(path) {
            t.file(&name, &text, &golden, report());
        }
    }
    t.check("corpus", PRINTED_AT_LEAST, report());
}

#[test]
fn program_m2_inline_bodies_match_the_goldens() {
    let dir = format!("{}/tests/inline", env!("CARGO_MANIFEST_DIR"));
    let mut t = Tally::default();
    for (name, text) in common::go_files(&dir) {
        let stem = name.trim_end_matches(".go");
        let golden = std::fs::read_to_string(format!("{dir}/{stem}.go1.27.3-m2.txt"))
            .expect("a -m=2 golden (scripts/escape-inline-goldens.sh)");
        t.file(&name, &text, &golden, report());
    }
    t.check("tests/inline", PROGRAMS_PRINTED_AT_LEAST, report());
}
