#![allow(clippy::disallowed_methods, clippy::print_stdout)]
//! Prints the escape lines of a file: `esclines FILE [M] [1.23]` (a debugging aid).
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_default();
    let m: u8 = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let version = match args.next().as_deref() {
        Some("1.23") => escapade_escape::GoVersion::Go123,
        _ => escapade_escape::GoVersion::Go127,
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let name = std::path::Path::new(&path).file_name().and_then(|n| n.to_str()).unwrap_or("");
    let cfg = escapade_escape::Config { version, m };
    let run = escapade_escape::lower::escape_file(name, &text, cfg);
    for l in run.lines(name, m) {
        println!("{l}");
    }
}
