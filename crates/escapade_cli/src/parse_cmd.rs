//! `escapade parse FILE.go`: the syntax tree dump, or gc-style syntax errors.

pub fn run(args: &[String]) -> i32 {
    let [path] = args else {
        eprintln!("usage: escapade parse FILE.go");
        return 2;
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("escapade: {path}: {e}");
            return 2;
        }
    };
    let analysis = escapade_analysis::analyze(&text);
    if analysis.diagnostics.is_empty() {
        return 0;
    }
    for d in &analysis.diagnostics {
        eprintln!("{}", d.render(path, &analysis.line_index));
    }
    1
}
