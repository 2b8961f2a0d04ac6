//! The short fuzz pass CI runs (the long run is `escapade-fuzz --inputs 1000000`).

use std::path::{Path, PathBuf};

use escapade_fuzz::{install_quiet_hook, load_corpus, run, Kind};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Inputs of the CI pass: a few thousand, deterministic (seed 1), each through one entry point
/// in rotation, so every entry point sees a few hundred mutated inputs.
const CI_INPUTS: u64 = 2_000;

#[test]
fn short_mutation_pass_finds_no_panic() {
    let corpus = load_corpus(&root());
    assert!(
        corpus.iter().filter(|s| s.kind == Kind::Go).count() > 500,
        "expected the Go corpora under crates/*/testdata"
    );
    assert!(corpus.iter().any(|s| s.kind == Kind::MapOps));
    install_quiet_hook();
    let failures = run(&corpus, 1, 0..CI_INPUTS, |_| {}, |_| {});
    let report: Vec<String> = failures
        .iter()
        .map(|f| {
            format!(
                "input {} (from {}) panicked in {}: {}\n--- input ---\n{}\n",
                f.index, f.seed_name, f.target, f.message, f.input
            )
        })
        .collect();
    assert!(failures.is_empty(), "{} panics:\n{}", failures.len(), report.join("\n"));
}
