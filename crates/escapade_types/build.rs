//! Generates `stdlib_index.rs`: one `include_str!` per std stub under `stdlib/go1.27/`,
//! sorted by import path (deterministic; no file system access at run time).
//!
//! The build script is the one place that reads files (the crate itself stays pure).
#![allow(clippy::disallowed_methods)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let std_dir = root.join("stdlib").join("go1.27");
    println!("cargo:rerun-if-changed={}", std_dir.display());
    let mut files = Vec::new();
    collect(&std_dir, &mut files);
    files.sort_by_key(|f| {
        f.strip_prefix(&std_dir)
            .map(|r| r.with_extension("").to_string_lossy().into_owned())
            .unwrap_or_default()
    });
    let mut src = String::from("/// `(import path, stub text)` of every std stub, sorted by path.\npub static STUBS: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f.strip_prefix(&std_dir).expect("under std dir");
        let path = rel.with_extension("").to_string_lossy().replace('\\', "/");
        let _ = writeln!(src, "    ({path:?}, include_str!({:?})),", f.display().to_string());
    }
    src.push_str("];\n");
    let packages = std_dir.join("packages.txt");
    println!("cargo:rerun-if-changed={}", packages.display());
    let _ = writeln!(src, "/// `packages.txt`: `<importpath> <name> complete|partial` per line.\npub static PACKAGES: &str = include_str!({:?});", packages.display().to_string());
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("stdlib_index.rs");
    std::fs::write(out, src).expect("write stdlib_index.rs");
}
