//! Debugging aid: `cargo run -p escapade_interp --example run_file -- FILE.go` runs a program
//! as the corpus test does (with go1.27's append escape verdicts) and prints its output and
//! outcome.
#![allow(clippy::disallowed_methods, clippy::print_stdout, reason = "developer tool")]

use escapade_base::LineCol;
use escapade_interp::{run, Options};

fn main() {
    use escapade_escape::{lower::escape_file, Config, GoVersion};
    for path in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&path).expect("read source");
        let esc = escape_file("main.go", &src, Config { version: GoVersion::Go127, m: 1 });
        let append_sites: Vec<(LineCol, bool)> = esc
            .analysis
            .map(|a| {
                a.diagnostics
                    .iter()
                    .filter_map(|d| {
                        let e = match d.message.as_str() {
                            "append escapes to heap" => true,
                            "append does not escape" => false,
                            _ => return None,
                        };
                        Some((LineCol { line: d.pos.line, col: d.pos.col }, e))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let r = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || {
                run(&src, &Options { max_depth: 20_000, append_sites, ..Options::default() })
            })
            .expect("thread")
            .join()
            .expect("no panic");
        println!("== {path}\n-- stdout\n{}", String::from_utf8_lossy(&r.output.stdout));
        println!("-- stderr\n{}", String::from_utf8_lossy(&r.output.stderr));
        println!("-- outcome {:?}", r.outcome);
    }
}
