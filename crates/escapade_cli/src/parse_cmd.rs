//! `escapade parse FILE.go`: the syntax tree dump, or gc-style syntax errors.

use crate::read_source;

pub fn run(args: &[String]) -> i32 {
    let [path] = args else {
        eprintln!("usage: escapade parse FILE.go");
        return 2;
    };
    let Some(text) = read_source(path) else { return 2 };
    let (dump, errors) = escapade_analysis::dump_ast(&text);
    if errors.is_empty() {
        print!("{dump}");
        return 0;
    }
    let index = escapade_analysis::LineIndex::new(&text);
    for d in &errors {
        eprintln!("{}", d.render(path, &index));
    }
    1
}
