//! Deterministic mutation fuzzing of every entry point that takes user text.
//!
//! cargo-fuzz needs a nightly compiler, so this is a plain stable harness: seeds are the
//! project's own corpora (`crates/*/testdata/**/*.go`, the map simulator's op scripts and oracle
//! dumps), each input is one seed put through a few byte- and token-level mutations drawn from a
//! seeded generator, and every entry point runs on it under `catch_unwind`. Input number `i` of
//! a run depends only on `(seed, i)` and the corpus, so any failure is reproduced by
//! `escapade-fuzz --seed S --only I`.
//!
//! A panic, anywhere, is a bug (ARCHITECTURE.md: "user problems are data, bugs are panics").

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use escapade_analysis::escape::GoVersion as EscGo;
use escapade_analysis::{interp, maps, types, EscapeOptions};

/// SplitMix64: small, fast, and the same everywhere.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The generator of input `index` of a run seeded with `seed`.
    pub fn for_input(seed: u64, index: u64) -> Rng {
        let mut r = Rng(seed ^ index.wrapping_mul(0xA076_1D64_78BD_642F));
        r.next_u64();
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn chance(&mut self, num: u64, den: u64) -> bool {
        self.next_u64() % den < num
    }
}

/// What a seed is, which decides the entry points it feeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A Go source file.
    Go,
    /// A map simulator op script (`escapade maps < OPS`).
    MapOps,
    /// A runtime map dump (`escapade maps --replay`).
    MapDump,
}

/// One corpus file.
#[derive(Clone, Debug)]
pub struct Seed {
    /// Path relative to the workspace root.
    pub name: String,
    pub text: String,
    pub kind: Kind,
}

/// Loads the seed corpus under the workspace root `root`: every `.go` file below
/// `crates/*/testdata`, and the map simulator's `.ops` scripts and `.jsonl` dumps below
/// `crates/escapade_maps/tests`, in sorted path order (so a run is reproducible).
pub fn load_corpus(root: &Path) -> Vec<Seed> {
    let mut files = Vec::new();
    let crates = root.join("crates");
    if let Ok(rd) = std::fs::read_dir(&crates) {
        for e in rd.flatten() {
            walk(&e.path().join("testdata"), &mut files);
        }
    }
    walk(&crates.join("escapade_maps").join("tests"), &mut files);
    files.sort();
    files.dedup();
    let mut out = Vec::new();
    for path in files {
        let kind = match path.extension().and_then(|e| e.to_str()) {
            Some("go") => Kind::Go,
            Some("ops") => Kind::MapOps,
            Some("jsonl") => Kind::MapDump,
            _ => continue,
        };
        // Huge dumps make slow inputs without covering more code.
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        if kind == Kind::MapDump && text.len() > 64 * 1024 {
            continue;
        }
        let name = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().into_owned();
        out.push(Seed { name, text, kind });
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// Fragments inserted by the mutator: Go's keywords, operators and punctuation, plus a few
/// shapes that stress the parser's recovery and the checker (generics, unicode, NUL, BOM).
#[rustfmt::skip]
const DICT: &[&str] = &[
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
    "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
    "return", "select", "struct", "switch", "type", "var", "any", "nil", "iota", "true",
    "false", "new", "make", "append", "len", "cap", "copy", "delete", "panic", "recover",
    "print", "println", "min", "max", "clear", "unsafe.Pointer", "_", "+", "-", "*", "/", "%",
    "&", "|", "^", "<<", ">>", "&^", "+=", "-=", "*=", "<<=", "&&", "||", "<-", "++", "--",
    "==", "<", ">", "=", "!", "~", "!=", "<=", ">=", ":=", "...", "(", ")", "[", "]", "{", "}",
    ",", ";", ".", ":", "\n", " ", "\t", "0", "1", "-1", "1e309", "0x7fffffffffffffff", "1<<62",
    "'x'", "\"s\"", "`raw`", "3.5", "2i", "[]int", "map[string]int", "*int", "[4]byte",
    "[1 << 20]int", "struct{}", "interface{}", "func()", "chan int", "[T any]", "[T]", "T",
    "x", "p", "&x", "*p", "main", "fmt.Println", "//", "/*", "*/", "é", "\u{feff}", "\u{0}",
    "日本", "\\", "'", "\"", "`", "#", "@", "$",
];

/// A rough Go token: identifiers and numbers, string/rune literals, whitespace runs, comments,
/// single other characters. Byte ranges on char boundaries.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let c = b[i];
        if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                i += 1;
            }
        } else if c == b' ' || c == b'\t' || c == b'\n' || c == b'\r' {
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
                i += 1;
            }
        } else if c == b'"' || c == b'\'' || c == b'`' {
            i += 1;
            while i < b.len() && b[i] != c && (c == b'`' || b[i] != b'\n') {
                if b[i] == b'\\' && c != b'`' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(b.len());
        } else if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else {
            i += 1;
        }
        while i < b.len() && !text.is_char_boundary(i) {
            i += 1;
        }
        out.push((start, i));
    }
    out
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One mutation of `text`; `other` is a second seed for splicing.
fn mutate_once(text: &str, other: &str, rng: &mut Rng) -> String {
    let toks = tokens(text);
    if toks.is_empty() {
        return DICT[rng.below(DICT.len())].to_string();
    }
    let pick_span = |rng: &mut Rng| {
        let a = rng.below(toks.len());
        let len = 1 + if rng.chance(1, 2) { 0 } else { rng.below(12) };
        let b = (a + len).min(toks.len()) - 1;
        (toks[a].0, toks[b].1)
    };
    let mut s = String::with_capacity(text.len() + 16);
    match rng.below(10) {
        // Delete a span of tokens.
        0 | 1 => {
            let (a, b) = pick_span(rng);
            s.push_str(&text[..a]);
            s.push_str(&text[b..]);
        }
        // Duplicate a span of tokens in place.
        2 => {
            let (a, b) = pick_span(rng);
            s.push_str(&text[..b]);
            s.push_str(&text[a..]);
        }
        // Swap two spans of tokens.
        3 => {
            let (a1, b1) = pick_span(rng);
            let (a2, b2) = pick_span(rng);
            let ((a1, b1), (a2, b2)) =
                if a1 <= a2 { ((a1, b1), (a2, b2)) } else { ((a2, b2), (a1, b1)) };
            if b1 <= a2 {
                s.push_str(&text[..a1]);
                s.push_str(&text[a2..b2]);
                s.push_str(&text[b1..a2]);
                s.push_str(&text[a1..b1]);
                s.push_str(&text[b2..]);
            } else {
                s.push_str(text);
            }
        }
        // Insert a keyword, operator or other fragment before a token.
        4 | 5 => {
            let at = toks[rng.below(toks.len())].0;
            s.push_str(&text[..at]);
            s.push_str(DICT[rng.below(DICT.len())]);
            if rng.chance(1, 2) {
                s.push(' ');
            }
            s.push_str(&text[at..]);
        }
        // Replace a token with another token of the same text (keeps names plausible).
        6 => {
            let (a, b) = toks[rng.below(toks.len())];
            let (c, d) = toks[rng.below(toks.len())];
            s.push_str(&text[..a]);
            s.push_str(&text[c..d]);
            s.push_str(&text[b..]);
        }
        // Truncate.
        7 => {
            let at = floor_boundary(text, rng.below(text.len() + 1));
            s.push_str(&text[..at]);
        }
        // Replace one character with a random printable ASCII character.
        8 => {
            let at = floor_boundary(text, rng.below(text.len()));
            let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            s.push_str(&text[..at]);
            s.push((b' ' + rng.below(95) as u8) as char);
            s.push_str(&text[end..]);
        }
        // Splice a span of tokens of another seed.
        _ => {
            let ot = tokens(other);
            let at = toks[rng.below(toks.len())].0;
            s.push_str(&text[..at]);
            if !ot.is_empty() {
                let a = rng.below(ot.len());
                let b = (a + 1 + rng.below(40)).min(ot.len()) - 1;
                s.push_str(&other[ot[a].0..ot[b].1]);
            }
            s.push_str(&text[at..]);
        }
    }
    s
}

/// `text` after 1 to 8 mutations (geometrically fewer of the larger counts).
pub fn mutate(text: &str, other: &str, rng: &mut Rng) -> String {
    let mut s = mutate_once(text, other, rng);
    while s.len() < 1 << 20 && rng.chance(1, 2) && s.len() < 8 * (text.len() + 64) {
        s = mutate_once(&s, other, rng);
        if rng.chance(1, 4) {
            break;
        }
    }
    s
}

/// The entry points for Go source; input number `i` goes through entry point `i % 8`, so a run
/// of N inputs gives each about N / 8.
pub const GO_TARGETS: &[&str] = &[
    "parse",
    "analyze",
    "check",
    "dump-types",
    "escape-go1.27-m",
    "escape-go1.27-m2",
    "escape-go1.23-m",
    "run",
];

/// Runs entry point number `target` (modulo the count of `kind`'s entry points; for Go source
/// see [`GO_TARGETS`]) on `text`; `rng` chooses the interpreter's configuration and the map
/// simulator's. Returns the entry point's name. Panics propagate (the caller catches them).
pub fn exercise(kind: Kind, text: &str, rng: &mut Rng, target: usize) -> &'static str {
    match kind {
        Kind::Go => {
            let name = GO_TARGETS[target % GO_TARGETS.len()];
            match name {
                "parse" => {
                    let _ = escapade_analysis::dump_ast(text);
                }
                "analyze" => {
                    let _ = escapade_analysis::analyze(text);
                }
                "check" => {
                    let checked =
                        types::check_files(&[types::SourceFile { name: "main.go", text }]);
                    let _ = checked.render(&["main.go"], &[text]);
                }
                "dump-types" => {
                    let mut checked = types::check_source(text);
                    let _ = types::dump::dump(&mut checked, &["main.go"], &[text]);
                }
                "run" => {
                    let opts = interp::Options {
                        imp: if rng.chance(1, 2) {
                            interp::Impl::Swiss
                        } else {
                            interp::Impl::Classic
                        },
                        go: [
                            interp::GoVersion::Go127,
                            interp::GoVersion::Go123,
                            interp::GoVersion::Go124,
                        ][rng.below(3)],
                        seed: rng.next_u64(),
                        trace: rng.chance(1, 2),
                        record_events: rng.chance(1, 4),
                        max_steps: 20_000,
                        max_memory: 16 << 20,
                        max_output: 16 << 10,
                        max_depth: 64,
                        append_sites: Vec::new(),
                        inlined_calls: None,
                        conversions: None,
                    };
                    let _ = escapade_analysis::run_program(text, &opts);
                }
                _ => {
                    let (version, m) = match name {
                        "escape-go1.27-m" => (EscGo::Go127, 1),
                        "escape-go1.27-m2" => (EscGo::Go127, 2),
                        _ => (EscGo::Go123, 1),
                    };
                    let opts = EscapeOptions { version, m, inline: rng.chance(1, 8) };
                    let _ = escapade_analysis::escape(text, "main.go", &opts);
                }
            }
            name
        }
        Kind::MapOps => {
            let mut cfg = maps::ops::RunConfig::default();
            for (k, vals) in [
                ("impl", &["classic", "swiss"][..]),
                ("keys", &["int", "string", "float"][..]),
                ("hash", &["fallback", "identity", "collide"][..]),
            ] {
                let _ = cfg.set(k, vals[rng.below(vals.len())]);
            }
            cfg.seed = rng.next_u64();
            cfg.events = rng.chance(1, 2);
            cfg.json = rng.chance(1, 2);
            let _ = maps::ops::run_script(text, &cfg);
            "maps-script"
        }
        Kind::MapDump => {
            let opts = maps::replay::ReplayOptions {
                emit: rng.chance(1, 2),
                compare: rng.chance(1, 2),
                max_diffs: 50,
            };
            let _ = maps::replay::replay(text, opts);
            "maps-replay"
        }
    }
}

/// A panic found by [`run`].
#[derive(Clone, Debug)]
pub struct Failure {
    pub index: u64,
    pub seed_name: String,
    pub kind: Kind,
    pub target: &'static str,
    pub message: String,
    pub input: String,
}

/// The input number `index` of a run seeded with `seed` over `corpus`: `(seed index, text)`.
pub fn input(corpus: &[Seed], seed: u64, index: u64) -> (usize, String, Rng) {
    let mut rng = Rng::for_input(seed, index);
    let which = rng.below(corpus.len());
    let same_kind: Vec<usize> =
        (0..corpus.len()).filter(|&j| corpus[j].kind == corpus[which].kind).collect();
    let other = &corpus[same_kind[rng.below(same_kind.len())]].text;
    // One input in 64 is an unmutated seed (the corpus itself must pass too).
    let text = if rng.chance(1, 64) {
        corpus[which].text.clone()
    } else {
        mutate(&corpus[which].text, other, &mut rng)
    };
    (which, text, rng)
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Replaces the panic hook with one that records the message and location for [`run_one`]
/// instead of printing it (the harness reports panics itself).
pub fn install_quiet_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = if let Some(s) = info.payload().downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "panic".to_string()
        };
        let at =
            info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        LAST_PANIC.with(|c| *c.borrow_mut() = Some(format!("{msg}{at}")));
    }));
}

/// Runs one input through its entry points; `Some(failure)` when one panicked.
pub fn run_one(corpus: &[Seed], seed: u64, index: u64) -> Option<Failure> {
    let (which, text, mut rng) = input(corpus, seed, index);
    let kind = corpus[which].kind;
    let target = index as usize;
    let name = match kind {
        Kind::Go => GO_TARGETS[target % GO_TARGETS.len()],
        Kind::MapOps => "maps-script",
        Kind::MapDump => "maps-replay",
    };
    let result = catch_unwind(AssertUnwindSafe(|| exercise(kind, &text, &mut rng, target)));
    result.err().map(|payload| {
        let message = LAST_PANIC.with(|c| c.borrow_mut().take()).unwrap_or_else(|| {
            payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".into())
        });
        Failure {
            index,
            seed_name: corpus[which].name.clone(),
            kind,
            target: name,
            message,
            input: text,
        }
    })
}

/// Runs inputs `range` of a run seeded with `seed`; calls `progress(index)` before each one and
/// `found` on each failure as it happens; returns every failure.
pub fn run(
    corpus: &[Seed],
    seed: u64,
    range: std::ops::Range<u64>,
    mut progress: impl FnMut(u64),
    mut found: impl FnMut(&Failure),
) -> Vec<Failure> {
    let mut out = Vec::new();
    for i in range {
        progress(i);
        if let Some(f) = run_one(corpus, seed, i) {
            found(&f);
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_cover_the_text_on_char_boundaries() {
        let text = "package main\n\nfunc f() { s := \"a\\\"b\" // é\n\tx := 'é'+日本 }\n";
        let toks = tokens(text);
        let mut at = 0;
        for &(a, b) in &toks {
            assert_eq!(a, at);
            assert!(b > a && text.is_char_boundary(b));
            at = b;
        }
        assert_eq!(at, text.len());
    }

    #[test]
    fn mutations_are_deterministic_and_change_the_text() {
        let text = "package main\n\nfunc main() {\n\tx := 1\n\tprintln(&x)\n}\n";
        let mut changed = 0;
        for i in 0..200 {
            let a = mutate(text, text, &mut Rng::for_input(7, i));
            let b = mutate(text, text, &mut Rng::for_input(7, i));
            assert_eq!(a, b);
            changed += usize::from(a != text);
        }
        assert!(changed > 150, "only {changed} of 200 mutations changed the text");
    }

    #[test]
    fn a_panicking_entry_point_is_reported_with_its_input() {
        install_quiet_hook();
        let r = catch_unwind(|| {
            let v: Vec<u8> = Vec::new();
            v[usize::from(v.is_empty())]
        });
        assert!(r.is_err());
        assert!(LAST_PANIC
            .with(|c| c.borrow_mut().take())
            .unwrap()
            .contains("index out of bounds"));
    }
}
