//! `escapade escape [-m | -m=2] [-l] [--go 1.27|1.23] FILE...`: gc's escape analysis
//! diagnostics, printed exactly as `go build -gcflags=…` prints them (path as given).

use escapade_analysis::escape::GoVersion;
use escapade_analysis::{escape, EscapeOptions};

use crate::read_source;

const USAGE: &str = "usage: escapade escape [-m | -m=2] [-l] [--go 1.27|1.23] FILE.go...";

/// Parses the flags; `Err` carries the message for a usage error.
fn parse_args(args: &[String]) -> Result<(EscapeOptions, Vec<String>), String> {
    let mut opts = EscapeOptions { inline: true, ..EscapeOptions::default() };
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-m" | "-m=1" => opts.m = 1,
            "-m=2" => opts.m = 2,
            "-l" => opts.inline = false,
            "--go" => {
                let v = it.next().ok_or("--go needs a version")?;
                opts.version = version(v)?;
            }
            s if s.starts_with("--go=") => opts.version = version(&s[5..])?,
            s if s.starts_with('-') => return Err(format!("unknown flag {s}")),
            s => files.push(s.to_string()),
        }
    }
    if files.is_empty() {
        return Err("no files".into());
    }
    Ok((opts, files))
}

fn version(v: &str) -> Result<GoVersion, String> {
    match v.trim_start_matches("go") {
        "1.27" | "1.27.3" => Ok(GoVersion::Go127),
        "1.23" | "1.23.9" => Ok(GoVersion::Go123),
        other => Err(format!("unsupported Go version {other} (1.27 or 1.23)")),
    }
}

pub fn run(args: &[String]) -> i32 {
    let (opts, files) = match parse_args(args) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("escapade escape: {e}\n{USAGE}");
            return 2;
        }
    };
    let mut code = 0;
    let mut noted = false;
    for path in &files {
        let Some(text) = read_source(path) else { return 2 };
        let report = escape(&text, path, &opts);
        if report.inlining_ignored && !std::mem::replace(&mut noted, true) {
            eprintln!(
                "escapade: inlining is not modelled for this Go version; showing the results of -l"
            );
        }
        if !report.diagnostics.is_empty() {
            for l in &report.raw_lines {
                eprintln!("{l}");
            }
            code = 1;
            continue;
        }
        if !report.unsupported.is_empty() {
            for l in &report.unsupported {
                eprintln!("{l}");
            }
            code = 1;
            continue;
        }
        for l in &report.raw_lines {
            println!("{l}");
        }
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A test program of the inliner model and what go1.27.3 prints for it with plain `-m`
    /// (written by `scripts/escape-inline-goldens.sh`).
    fn program() -> (String, Vec<String>) {
        let dir = format!("{}/../escapade_escape/tests/inline", env!("CARGO_MANIFEST_DIR"));
        let src = std::fs::read_to_string(format!("{dir}/constructor.go")).expect("program");
        let golden =
            std::fs::read_to_string(format!("{dir}/constructor.go1.27.3-m.txt")).expect("golden");
        (src, golden.lines().map(str::to_string).collect())
    }

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn without_l_models_inlining() {
        let (src, want) = program();
        let (opts, files) = parse_args(&args(&["-m", "constructor.go"])).expect("flags");
        assert!(opts.inline);
        assert_eq!(files, vec!["constructor.go".to_string()]);
        let r = escape(&src, "constructor.go", &opts);
        assert!(!r.inlining_ignored);
        assert!(want.iter().any(|l| l.contains(": inlining call to ")));
        assert_eq!(r.raw_lines, want);
    }

    #[test]
    fn with_l_no_inlining_lines() {
        let (src, want) = program();
        let (opts, _) = parse_args(&args(&["-m", "-l", "constructor.go"])).expect("flags");
        assert!(!opts.inline);
        let r = escape(&src, "constructor.go", &opts);
        assert!(r.raw_lines.iter().all(|l| !l.contains("inlin")), "{:?}", r.raw_lines);
        // The verdicts of the functions themselves are those of the inlined build here.
        let verdicts: Vec<&String> = want.iter().filter(|l| !l.contains("inlin")).collect();
        assert_eq!(r.raw_lines.iter().collect::<Vec<_>>(), verdicts);
    }

    #[test]
    fn go123_without_l_falls_back_to_l_with_a_note() {
        let (src, _) = program();
        let (opts, _) = parse_args(&args(&["--go", "1.23", "constructor.go"])).expect("flags");
        let r = escape(&src, "constructor.go", &opts);
        assert!(r.inlining_ignored);
        assert!(r.raw_lines.iter().all(|l| !l.contains("inlin")));
    }
}
