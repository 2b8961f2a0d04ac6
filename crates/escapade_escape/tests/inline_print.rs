//! The `-m=2` `can inline F with cost N as: SIG { BODY }` lines against go1.27.3's goldens
//! (`testdata/golden/go1.27.3-m2`, written by the project's golden scripts): every such line
//! the model prints for a corpus file must be a line of that file's golden, and the number of
//! printed (rather than refused) lines must not drop below the ratchet.
//! `ESCAPADE_PRINT_REPORT=1` prints the wrong lines and the refusals.
#![allow(clippy::disallowed_methods, reason = "the harness reads the corpus and goldens")]

use std::collections::BTreeMap;

use escapade_escape::inline::escape_file_inlined;
use escapade_escape::{Config, DiagKind, GoVersion};

/// `as:` lines printed and found in the goldens (ratchet: never lower it).
const PRINTED_AT_LEAST: usize = 1258;

#[test]
fn m2_inline_bodies_match_the_goldens() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut names: Vec<String> = std::fs::read_dir(format!("{dir}/testdata/escape"))
        .expect("corpus")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    let report = std::env::var("ESCAPADE_PRINT_REPORT").is_ok();
    let (mut printed, mut wrong, mut golden_total) = (0, Vec::new(), 0);
    let mut refused: BTreeMap<String, usize> = BTreeMap::new();
    for name in &names {
        let text = std::fs::read_to_string(format!("{dir}/testdata/escape/{name}")).expect("go");
        let stem = name.trim_end_matches(".go");
        let Ok(golden) =
            std::fs::read_to_string(format!("{dir}/testdata/golden/go1.27.3-m2/{stem}.txt"))
        else {
            continue;
        };
        golden_total += golden.lines().filter(|l| l.contains(" as: ")).count();
        let run = escape_file_inlined(name, &text, Config { version: GoVersion::Go127, m: 2 });
        for u in &run.unsupported_m2 {
            if let Some(rest) = u.what.split_once(": ").map(|x| x.1) {
                if u.what.starts_with("can inline ") {
                    if report && rest.starts_with("a function without") {
                        println!("no body: {name} {}", u.what);
                    }
                    *refused.entry(rest.to_string()).or_default() += 1;
                }
            }
        }
        if report && run.unsupported.is_empty() {
            if let Some(u) = run.unsupported_m2.first() {
                let what: String = u.what.chars().take(90).collect();
                println!("m2-refused {name}: {what}");
            }
        }
        let Some(a) = &run.analysis else { continue };
        for d in &a.diagnostics {
            if d.kind != DiagKind::CanInline || !d.message.contains(" as: ") {
                continue;
            }
            let line = format!("{name}:{}:{}: {}", d.pos.line, d.pos.col, d.message);
            if golden.lines().any(|l| l == line) {
                printed += 1;
            } else {
                let want = golden
                    .lines()
                    .find(|l| l.starts_with(&format!("{name}:{}:{}: can", d.pos.line, d.pos.col)))
                    .unwrap_or("(none)");
                wrong.push(format!("got  {line}\nwant {want}"));
            }
        }
    }
    if report {
        for w in &wrong {
            println!("{w}");
        }
        let mut r: Vec<_> = refused.iter().collect();
        r.sort_by_key(|(_, n)| std::cmp::Reverse(**n));
        for (what, n) in r {
            println!("refused {n:4} {what}");
        }
        println!("printed {printed} of {golden_total} golden `as:` lines, {} wrong", wrong.len());
    }
    assert!(wrong.is_empty(), "{} wrong `as:` lines, first:\n{}", wrong.len(), wrong[0]);
    assert!(printed >= PRINTED_AT_LEAST, "printed {printed} < {PRINTED_AT_LEAST}");
}
