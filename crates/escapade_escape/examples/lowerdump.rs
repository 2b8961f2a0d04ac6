#![allow(clippy::disallowed_methods, clippy::print_stdout)]
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let cfg = escapade_escape::Config { version: escapade_escape::GoVersion::Go127, m: 1 };
    let run = escapade_escape::lower::escape_file(&path, &text, cfg);
    print!("{}", escapade_escape::dump::dump(&run.program));
}
