//! The whole pipeline (parse → check → lower → analyse → render) never panics, whatever the
//! input: corpus files mutated by deleting, duplicating and inserting text.
#![allow(clippy::disallowed_methods, reason = "the harness reads the corpus")]

use escapade_escape::lower::escape_file;
use escapade_escape::{Config, GoVersion};
use proptest::prelude::*;

fn corpus() -> Vec<String> {
    let dir = format!("{}/testdata/escape", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    names.sort();
    names.iter().map(|p| std::fs::read_to_string(p).expect("corpus file")).collect()
}

const SNIPPETS: &[&str] = &[
    "&",
    "*",
    "go ",
    "defer ",
    "func() {}",
    "(",
    ")",
    "{",
    "}",
    "x",
    "...",
    "[]int{1}",
    "nil",
    "<-",
    ":=",
    "=",
    "return ",
    "for ",
    "range ",
    "\n",
    "var y int\n",
    "interface{}",
    ".",
];

fn mutate(text: &str, ops: &[(u8, usize, usize)]) -> String {
    let mut s: Vec<u8> = text.as_bytes().to_vec();
    for &(op, a, b) in ops {
        if s.is_empty() {
            break;
        }
        let i = a % s.len();
        match op % 3 {
            0 => {
                let j = (i + b % 16).min(s.len());
                s.drain(i..j);
            }
            1 => {
                let j = (i + b % 64).min(s.len());
                let chunk = s[i..j].to_vec();
                s.splice(i..i, chunk);
            }
            _ => {
                let snip = SNIPPETS[b % SNIPPETS.len()].as_bytes().to_vec();
                s.splice(i..i, snip);
            }
        }
    }
    String::from_utf8_lossy(&s).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]
    #[test]
    fn mutated_corpus_never_panics(
        file in any::<usize>(),
        ops in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<usize>()), 1..4),
    ) {
        let files = corpus();
        let text = mutate(&files[file % files.len()], &ops);
        for (version, m) in [(GoVersion::Go127, 2), (GoVersion::Go123, 1)] {
            let run = escape_file("x.go", &text, Config { version, m });
            let lines = run.lines("x.go", m);
            // Exactly one of: errors, unsupported constructs, or an analysis.
            let kinds = usize::from(!run.errors.is_empty())
                + usize::from(!run.unsupported.is_empty())
                + usize::from(run.analysis.is_some());
            prop_assert_eq!(kinds, 1);
            prop_assert!(lines.iter().all(|l| l.starts_with("x.go:")));
        }
    }
}
