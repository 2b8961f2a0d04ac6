//! The run corpus is complete: every program has its expected output, a non-zero exit has both
//! `.err` and `.exit`, every expected file belongs to a program, and STATS.txt agrees with the
//! files (regenerate with scripts/interp-corpus.py when this fails).
#![allow(clippy::disallowed_methods, reason = "the test harness reads the corpus goldens")]

use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn every_program_has_consistent_goldens() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/run");
    let names: BTreeSet<String> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    let programs: Vec<&str> = names.iter().filter_map(|n| n.strip_suffix(".go")).collect();
    let (mut order_dependent, mut nonzero) = (0, 0);
    for p in &programs {
        assert!(names.contains(&format!("{p}.out")), "{p}.go has no {p}.out");
        let err = names.contains(&format!("{p}.err"));
        assert_eq!(err, names.contains(&format!("{p}.exit")), "{p}: .err and .exit go together");
        nonzero += usize::from(err);
        let src = std::fs::read_to_string(dir.join(format!("{p}.go"))).expect("program");
        let header: Vec<&str> = src.lines().take_while(|l| !l.starts_with("package ")).collect();
        assert!(header.first().is_some_and(|l| l.starts_with("// ")), "{p}.go: no header comment");
        order_dependent += usize::from(header.contains(&"// output: order-dependent"));
    }
    for n in &names {
        if let Some((stem, _)) = n.rsplit_once('.') {
            assert!(n == "STATS.txt" || programs.contains(&stem), "{n} belongs to no program");
        }
    }
    let stats = std::fs::read_to_string(dir.join("STATS.txt")).expect("STATS.txt");
    let stat = |key: &str| -> usize {
        let line = stats.lines().find_map(|l| l.strip_prefix(key)).expect(key);
        line.trim().parse().expect("count")
    };
    assert_eq!(stat("programs:"), programs.len());
    assert_eq!(stat("order-dependent:"), order_dependent);
    assert_eq!(stat("non-zero exit:"), nonzero);
    assert!(programs.len() >= 150, "corpus has only {} programs", programs.len());
}
