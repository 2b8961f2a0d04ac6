//! `escapade`: the command-line front end. The only crate that reads files; everything it
//! prints comes from the pure crates' own text dumps, so goldens and the terminal agree.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod maps_cmd;
mod parse_cmd;

const USAGE: &str = "\
usage: escapade <command> [arguments]

commands:
  parse FILE.go            print the syntax tree (exit 1 on syntax errors)
  maps ...                 run the Go runtime map simulator (see `escapade maps --help`)
";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        Some("parse") => parse_cmd::run(&args[1..]),
        Some("maps") => maps_cmd::run(&args[1..]),
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
