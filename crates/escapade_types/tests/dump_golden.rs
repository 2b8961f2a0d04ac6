//! Golden tests of the typed-program dump (`escapade dump types`) over small programs in
//! `tests/dump/` (each accepted by `go vet` 1.27.3). Goldens are written by our own dump
//! printer: run with `UPDATE_EXPECT=1` to rewrite them, then review the diff.

// Tests read and write golden files.
#![allow(clippy::disallowed_methods)]

use std::path::Path;

fn check_golden(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("dump");
    let src_path = dir.join(format!("{name}.go"));
    let text = std::fs::read_to_string(&src_path).expect("read source");
    let mut checked = escapade_types::check_source(&text);
    let diags = checked.render(&[name], &[&text]);
    assert!(diags.is_empty(), "{name}.go must type-check: {diags:?}");
    let got = escapade_types::dump::dump(&mut checked, &[&format!("{name}.go")], &[&text]);
    let golden = dir.join(format!("{name}.types"));
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&golden, &got).expect("write golden");
        return;
    }
    let want = std::fs::read_to_string(&golden).unwrap_or_default();
    assert!(
        want == got,
        "dump of {name}.go differs from {}; rerun with UPDATE_EXPECT=1 and review\n{got}",
        golden.display()
    );
}

#[test]
fn dump_consts() {
    check_golden("consts");
}

#[test]
fn dump_methods() {
    check_golden("methods");
}

#[test]
fn dump_generics() {
    check_golden("generics");
}
