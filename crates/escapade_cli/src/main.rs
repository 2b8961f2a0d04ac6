//! `escapade`: the command-line front end. The only crate that reads files.
#![allow(clippy::print_stdout, clippy::print_stderr)]

fn main() {
    std::process::exit(2);
}
