//! `escapade check FILE.go...` (type-check one package like `go build`, gc-style errors) and
//! `escapade dump types FILE.go` (the typed program dump the goldens use).

use escapade_analysis::types;

use crate::read_source;

/// Reads every named file; `None` (after reporting) if one cannot be read.
fn read_all(paths: &[String]) -> Option<Vec<String>> {
    paths.iter().map(|p| read_source(p)).collect()
}

pub fn check(args: &[String]) -> i32 {
    if args.is_empty() {
        eprintln!("usage: escapade check FILE.go...");
        return 2;
    }
    let Some(texts) = read_all(args) else { return 2 };
    let files: Vec<types::SourceFile> =
        args.iter().zip(&texts).map(|(name, text)| types::SourceFile { name, text }).collect();
    let checked = types::check_files(&files);
    let names: Vec<&str> = args.iter().map(String::as_str).collect();
    let text_refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let lines = checked.render(&names, &text_refs);
    for l in &lines {
        eprintln!("{l}");
    }
    i32::from(!lines.is_empty())
}

pub fn dump(args: &[String]) -> i32 {
    let [path] = args else {
        eprintln!("usage: escapade dump types FILE.go");
        return 2;
    };
    let Some(text) = read_source(path) else { return 2 };
    let mut checked = types::check_source(&text);
    print!("{}", types::dump::dump(&mut checked, &[path.as_str()], &[text.as_str()]));
    let lines = checked.render(&[path.as_str()], &[text.as_str()]);
    for l in &lines {
        eprintln!("{l}");
    }
    i32::from(!lines.is_empty())
}
