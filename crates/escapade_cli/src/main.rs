//! `escapade`: the command-line front end. The only crate that reads files; everything it
//! prints comes from the pure crates' own text dumps, so goldens and the terminal agree.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod escape_cmd;
mod maps_cmd;
mod parse_cmd;
mod run_cmd;
mod types_cmd;

const USAGE: &str = "\
usage: escapade <command> [arguments]

commands:
  parse FILE.go            print the syntax tree (exit 1 on syntax errors)
  check FILE.go...         type-check like `go build` (gc-style errors, exit 1 on errors)
  escape [-m|-m=2] [-l] [--go 1.27|1.23] FILE.go...
                           gc's escape analysis lines, as `go build -gcflags=...` prints them
  dump types FILE.go       print the typed IR
  run FILE.go [--impl classic|swiss] [--go 1.23|1.24|1.27] [--seed S] [--trace]  interpret
  maps ...                 run the Go runtime map simulator (see `escapade maps --help`)
";

/// Reads a source file named on the command line; reports the I/O error itself.
pub(crate) fn read_source(path: &str) -> Option<String> {
    match std::fs::read(path) {
        Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) => {
            eprintln!("escapade: {path}: {e}");
            None
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        Some("parse") => parse_cmd::run(&args[1..]),
        Some("maps") => maps_cmd::run(&args[1..]),
        Some("run") => run_cmd::run(&args[1..]),
        Some("check") => types_cmd::check(&args[1..]),
        Some("escape") => escape_cmd::run(&args[1..]),
        Some("dump") => match args.get(1).map(String::as_str) {
            Some("ast") => parse_cmd::run(&args[2..]),
            Some("types") => types_cmd::dump(&args[2..]),
            _ => {
                eprintln!("usage: escapade dump ast|types FILE.go");
                2
            }
        },
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            0
        }
        Some(other) => {
            eprintln!("escapade: unknown command {other:?}\n{USAGE}");
            2
        }
        None => {
            eprint!("{USAGE}");
            2
        }
    };
    std::process::exit(code);
}
