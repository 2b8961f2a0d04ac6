//! The evaluator never panics and always stops: corpus programs mutated line by line run
//! under small budgets, and programs that exhaust each budget stop with its message.
#![allow(clippy::disallowed_methods, reason = "the test reads the corpus")]

mod common;

use escapade_interp::{run, Options, Outcome};
use std::path::Path;

fn small() -> Options {
    Options {
        max_steps: 20_000,
        max_memory: 1 << 20,
        max_output: 4096,
        max_depth: 100,
        ..Options::default()
    }
}

fn stopped_with(src: &str, want: &str) {
    let text = src.to_string();
    // Debug builds use far more native stack per Go call than release/wasm builds.
    let r = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || run(&text, &small()))
        .expect("thread")
        .join()
        .expect("no panic");
    match r.outcome {
        Outcome::Stopped(m) => assert!(m.contains(want), "{m}"),
        o => panic!("expected a stop with {want:?}, got {o:?}"),
    }
}

#[test]
fn budgets_stop_runaway_programs() {
    stopped_with("package main\n\nfunc main() {\n\tfor {\n\t}\n}\n", "budget: step limit");
    stopped_with(
        "package main\n\nfunc f(n int) int { return f(n+1) }\n\nfunc main() { f(0) }\n",
        "budget: call depth",
    );
    stopped_with(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor {\n\t\tfmt.Println(\"spam\")\n\t}\n}\n",
        "budget: output limit",
    );
    stopped_with(
        "package main\n\nfunc main() {\n\tvar s []int\n\tfor {\n\t\ts = append(s, make([]int, 1000)...)\n\t}\n}\n",
        "budget: memory limit",
    );
}

#[test]
fn mutated_corpus_programs_never_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/run");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    let mut next = common::xorshift(0x9E37_79B9_7F4A_7C15);
    let mut runs = 0;
    for f in &files {
        let src = std::fs::read_to_string(f).expect("source");
        let lines: Vec<&str> = src.lines().collect();
        for _ in 0..4 {
            let mut m: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
            let i = (next() % m.len().max(1) as u64) as usize;
            match next() % 4 {
                0 => {
                    m.remove(i);
                }
                1 => {
                    let j = (next() % m.len().max(1) as u64) as usize;
                    m.swap(i, j);
                }
                2 => m[i] = m[i].replace(['1', '2'], "0"),
                _ => m[i] = m[i].replace("+", "-").replace("<", ">="),
            }
            let text = m.join("\n");
            if std::env::var("SHOW_MUTANT").is_ok() {
                std::fs::write("/tmp/mutant.go", &text).expect("dump");
            }
            let r = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || run(&text, &small()))
                .expect("thread")
                .join();
            assert!(r.is_ok(), "{} mutated at line {} panicked", f.display(), i + 1);
            runs += 1;
        }
    }
    assert!(runs >= 600, "{runs}");
}
