//! Debugging aid: `cargo run -p escapade_interp --example run_file -- FILE.go` runs a program
//! as the corpus test does (with go1.27's append escape verdicts and inlined calls) and prints
//! its output and outcome.
#![allow(clippy::disallowed_methods, clippy::print_stdout, reason = "developer tool")]

use escapade_interp::{run, Options};

fn main() {
    for path in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&path).expect("read source");
        let facts = escapade_analysis::escape_facts(&src);
        let r = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || {
                let mut opts = Options { max_depth: 20_000, ..Options::default() };
                facts.apply(&mut opts);
                run(&src, &opts)
            })
            .expect("thread")
            .join()
            .expect("no panic");
        println!("== {path}\n-- stdout\n{}", String::from_utf8_lossy(&r.output.stdout));
        println!("-- stderr\n{}", String::from_utf8_lossy(&r.output.stderr));
        println!("-- outcome {:?}", r.outcome);
    }
}
