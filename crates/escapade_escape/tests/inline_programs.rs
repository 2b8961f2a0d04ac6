//! Small programs for the inliner model (`tests/inline/NAME.go`), compared with what go1.27.3
//! prints with inlining on (`tests/inline/NAME.go1.27.3-m.txt`, written by
//! `scripts/escape-inline-goldens.sh`; never edited by hand). Each program must match its
//! golden byte for byte, or be refused (every printed line an `unsupported:` marker); the
//! programs in `EXACT` must match.
#![allow(clippy::disallowed_methods, reason = "the harness reads the programs and goldens")]

use escapade_escape::inline::escape_file_inlined;
use escapade_escape::{Config, GoVersion};

const EXACT: &[&str] = &[
    "called_copies",
    "constructor",
    "copied_closures",
    "copied_wrappers",
    "dead_closures",
    "devirt_params",
    "elided_ptr_lits",
    "go_defer_lit_args",
    "go_defer_lit_wrapped",
    "make_len_of_nonlit",
    "os_plain",
    "params_results",
    "passed_literals",
    "promoted",
    "range_len_only",
    "return_multi",
    "returned_closures",
    "returned_locals",
    "self_assign_inlined",
    "std_transparent",
];

#[test]
fn inline_programs_match_real_go_or_are_refused() {
    let dir = format!("{}/tests/inline", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/inline")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    assert!(names.len() >= EXACT.len());
    for file in &names {
        let name = file.trim_end_matches(".go");
        let text = std::fs::read_to_string(format!("{dir}/{file}")).expect("program");
        let golden =
            std::fs::read_to_string(format!("{dir}/{name}.go1.27.3-m.txt")).expect("golden");
        let want: Vec<&str> = golden.lines().collect();
        let cfg = Config { version: GoVersion::Go127, m: 1 };
        let got = escape_file_inlined(file, &text, cfg).lines(file, 1);
        let refused = !got.is_empty() && got.iter().all(|l| l.contains(": unsupported: "));
        if EXACT.contains(&name) || !refused {
            assert_eq!(got, want, "{file}");
        }
    }
}
