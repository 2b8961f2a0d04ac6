//! Property tests: whatever the text, `parse`, `dump` and `highlight` never panic, every
//! diagnostic span lies inside the text on char boundaries, and node ids stay below
//! `node_count`. Inputs: arbitrary strings, Go-token soup, and mutations of the corpus files
//! (deleted, inserted, swapped and truncated ranges). `PROPTEST_CASES=N` raises the case count
//! (default 256 per property).

#![allow(clippy::disallowed_methods, reason = "the test harness reads the corpus fixtures")]

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;

const GO_TOKENS: &[&str] = &[
    "package",
    "main",
    "import",
    "\"fmt\"",
    "func",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    ":",
    ":=",
    "=",
    "+=",
    "<<=",
    "&^",
    "...",
    ".",
    "<-",
    "++",
    "--",
    "&&",
    "||",
    "!",
    "~",
    "|",
    "*",
    "&",
    "^",
    "-",
    "+",
    "/",
    "%",
    "<",
    ">",
    "==",
    "!=",
    "var",
    "const",
    "type",
    "struct",
    "interface",
    "map",
    "chan",
    "go",
    "defer",
    "return",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "break",
    "continue",
    "goto",
    "fallthrough",
    "x",
    "y",
    "T",
    "_",
    "int",
    "string",
    "any",
    "comparable",
    "new",
    "make",
    "nil",
    "iota",
    "0",
    "1_0",
    "0x1p-2",
    "1e9",
    "3i",
    "'a'",
    "'\\n'",
    "\"s\\t\"",
    "`raw`",
    "// c\n",
    "/* c */",
    "\n",
    " ",
    "\t",
    "\"",
    "'",
    "`",
    "/*",
    "é",
    "日本",
    "\u{0}",
    "\r\n",
    "0o8",
    "'ab'",
    "\"\\q\"",
];

fn corpus() -> &'static Vec<String> {
    static CORPUS: OnceLock<Vec<String>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/syntax");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "go"))
            .collect();
        files.sort();
        files.into_iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
    })
}

fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One edit of a text; positions are fractions of its length so they stay in range.
#[derive(Clone, Debug)]
enum Edit {
    Delete(f64, f64),
    Insert(f64, Vec<usize>),
    Swap(f64, f64, f64),
    Truncate(f64),
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0.0..1.0, 0.0..0.2).prop_map(|(a, l)| Edit::Delete(a, l)),
        (0.0..1.0, prop::collection::vec(0..GO_TOKENS.len(), 1..6))
            .prop_map(|(a, t)| Edit::Insert(a, t)),
        (0.0..1.0, 0.0..1.0, 0.0..0.1).prop_map(|(a, b, l)| Edit::Swap(a, b, l)),
        (0.0..1.0).prop_map(Edit::Truncate),
    ]
}

fn apply(text: &str, edit: &Edit) -> String {
    let at = |f: f64| floor_boundary(text, (f * text.len() as f64) as usize);
    match edit {
        Edit::Delete(a, l) => {
            let (s, e) = (at(*a), at(a + l));
            format!("{}{}", &text[..s], &text[e.max(s)..])
        }
        Edit::Insert(a, toks) => {
            let s = at(*a);
            let ins: String = toks.iter().map(|&t| GO_TOKENS[t]).collect::<Vec<_>>().join(" ");
            format!("{}{ins}{}", &text[..s], &text[s..])
        }
        Edit::Swap(a, b, l) => {
            let (mut s1, mut s2) = (at(*a), at(*b));
            if s1 > s2 {
                std::mem::swap(&mut s1, &mut s2);
            }
            let e1 = at(a.min(*b) + l).min(s2).max(s1);
            let e2 = at(a.max(*b) + l).max(s2);
            format!(
                "{}{}{}{}{}",
                &text[..s1],
                &text[s2..e2],
                &text[e1..s2],
                &text[s1..e1],
                &text[e2..]
            )
        }
        Edit::Truncate(a) => text[..at(*a)].to_string(),
    }
}

/// The properties every input must satisfy.
fn check_text(text: &str) -> Result<(), TestCaseError> {
    let parse = escapade_syntax::parse(text);
    for d in &parse.errors {
        let (s, e) = (d.span.start as usize, d.span.end as usize);
        prop_assert!(s <= e && e <= text.len(), "span {s}..{e} outside text of {}", text.len());
        prop_assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "span {s}..{e} splits a char"
        );
        prop_assert!(!d.message.is_empty());
    }
    let f = &parse.file;
    prop_assert!(f.span.end as usize == text.len());
    for c in &f.comments {
        prop_assert!(c.end as usize <= text.len());
    }
    // Ids: all below `node_count` (the unit tests check preorder and density on valid input;
    // broken input may drop nodes, e.g. a third range variable).
    let debug = format!("{f:?}");
    for s in debug.split("NodeId(").skip(1) {
        let id: u32 = s[..s.find(')').unwrap_or(0)].parse().unwrap_or(u32::MAX);
        prop_assert!(id < f.node_count, "id {id} not below node_count {}", f.node_count);
    }
    let dumped = escapade_syntax::dump(f, text);
    prop_assert!(dumped.starts_with("File @1:1\n"));
    for h in escapade_syntax::highlight(text) {
        prop_assert!(h.span.end as usize <= text.len());
    }
    Ok(())
}

proptest! {
    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        check_text(&text)?;
    }

    #[test]
    fn token_soup_never_panics(toks in prop::collection::vec(0..GO_TOKENS.len(), 0..80)) {
        let text: String = toks.iter().map(|&t| GO_TOKENS[t]).collect::<Vec<_>>().join(" ");
        check_text(&format!("package p\n{text}"))?;
    }

    #[test]
    fn mutated_corpus_never_panics(
        file in 0usize..1000,
        edits in prop::collection::vec(edit_strategy(), 1..4),
    ) {
        let files = corpus();
        let mut text = files[file % files.len()].clone();
        for e in &edits {
            text = apply(&text, e);
        }
        check_text(&text)?;
    }
}
