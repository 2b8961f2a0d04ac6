//! `escape_file_inlined_or_l`: one type check shared by the lowering and the inliner, and the
//! `-l` run kept for a refused file, give exactly the runs of the separate entry points over
//! the corpus.
#![allow(clippy::disallowed_methods, reason = "the harness reads the corpus")]

mod common;

use escapade_escape::inline::{escape_file_inlined, escape_file_inlined_or_l};
use escapade_escape::lower::escape_file;
use escapade_escape::{Config, GoVersion};

#[test]
fn the_kept_l_run_equals_a_separate_l_run() {
    let files = common::go_files(&format!("{}/testdata/escape", env!("CARGO_MANIFEST_DIR")));
    assert!(files.len() > 300, "corpus not found");
    let (mut refused, mut inlined) = (0, 0);
    for (name, text) in &files {
        for (m, l_m) in [(1, 2), (1, 1), (2, 2)] {
            let cfg = Config { version: GoVersion::Go127, m };
            let (run, l_run) = escape_file_inlined_or_l(name, text, cfg, l_m);
            let alone = escape_file_inlined(name, text, cfg);
            assert_eq!(run.lines(name, m), alone.lines(name, m), "{name} -m={m} (-l -m={l_m})");
            let l_alone = escape_file(name, text, Config { m: l_m, ..cfg });
            let lowered = l_alone.errors.is_empty() && l_alone.unsupported.is_empty();
            // Kept exactly when the inliner (not the `-l` analysis) refused the file.
            assert_eq!(l_run.is_some(), lowered && !run.unsupported.is_empty(), "{name}");
            if let Some(l) = &l_run {
                for k in [1, l_m] {
                    assert_eq!(l.lines(name, k), l_alone.lines(name, k), "{name} -l -m={k}");
                }
                refused += usize::from(m == 1 && l_m == 2);
            } else if lowered {
                inlined += usize::from(m == 1 && l_m == 2);
            }
        }
    }
    // Both paths are exercised by the corpus.
    assert!(refused > 10 && inlined > 10, "refused {refused}, inlined {inlined}");
}
