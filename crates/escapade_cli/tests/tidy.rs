//! Repository-wide rules checked as tests (rust-analyzer's `tidy` idea): the internal dependency
//! graph in ARCHITECTURE.md, and no ignored tests anywhere.

use std::path::{Path, PathBuf};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// Internal crates each crate may depend on (normal dependencies), as in ARCHITECTURE.md.
const ALLOWED: &[(&str, &[&str])] = &[
    ("escapade_base", &[]),
    ("escapade_syntax", &["escapade_base"]),
    ("escapade_types", &["escapade_base", "escapade_syntax"]),
    ("escapade_escape", &["escapade_base", "escapade_syntax", "escapade_types"]),
    ("escapade_maps", &[]),
    ("escapade_interp", &["escapade_base", "escapade_syntax", "escapade_types", "escapade_maps"]),
    (
        "escapade_analysis",
        &[
            "escapade_base",
            "escapade_syntax",
            "escapade_types",
            "escapade_escape",
            "escapade_maps",
            "escapade_interp",
        ],
    ),
    ("escapade_cli", &["escapade_analysis"]),
    ("escapade_fuzz", &["escapade_analysis"]),
    ("escapade_web", &["escapade_analysis"]),
];

/// Names of `escapade_*` entries in the `[dependencies]` table of a Cargo.toml.
fn internal_deps(manifest: &str) -> Vec<String> {
    let mut in_deps = false;
    let mut out = Vec::new();
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
            continue;
        }
        if in_deps {
            let name = line.split(['=', '.', ' ']).next().unwrap_or("");
            if name.starts_with("escapade_") {
                out.push(name.to_string());
            }
        }
    }
    out
}

#[test]
fn internal_dependencies_follow_architecture() {
    let crates = workspace_root().join("crates");
    let mut seen = 0;
    for entry in std::fs::read_dir(&crates).unwrap() {
        let dir = entry.unwrap().path();
        let manifest = dir.join("Cargo.toml");
        let Ok(text) = std::fs::read_to_string(&manifest) else { continue };
        let name = dir.file_name().unwrap().to_str().unwrap().to_string();
        if name == "xtask" {
            continue;
        }
        let allowed = ALLOWED
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap_or_else(|| {
                panic!("crate {name} is not listed in tidy.rs ALLOWED / ARCHITECTURE.md")
            })
            .1;
        for dep in internal_deps(&text) {
            assert!(
                allowed.contains(&dep.as_str()),
                "{name} may not depend on {dep} (ARCHITECTURE.md)"
            );
        }
        seen += 1;
    }
    assert!(seen >= 6, "expected the workspace crates under {}", crates.display());
}

#[test]
fn internal_deps_parser_reads_dependency_table_only() {
    let manifest = "[package]\nname = \"escapade_x\"\n[dependencies]\nescapade_base.workspace = true\nescapade_syntax = { path = \"../s\" }\nfoo = \"1\"\n[dev-dependencies]\nescapade_maps.workspace = true\n";
    assert_eq!(internal_deps(manifest), ["escapade_base", "escapade_syntax"]);
}

#[test]
fn no_ignored_tests() {
    let mut stack = vec![workspace_root().join("crates")];
    let needle = ["#[", "ignore]"].concat();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if !path.ends_with("target") && !path.ends_with("testdata") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(!text.contains(&needle), "{} contains an ignored test", path.display());
            }
        }
    }
}
