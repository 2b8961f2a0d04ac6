//! Property test: arbitrary and mutated input never panics the checker or the dump.
//! Mutations of every corpus file are deterministic (a fixed xorshift sequence), so a
//! failure reproduces exactly.
// Tests read the corpora from disk and print their measurements.
#![allow(clippy::disallowed_methods, clippy::print_stdout)]

use std::path::Path;

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn corpus_texts() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["valid", "broken"] {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata").join(dir);
        let mut paths: Vec<_> =
            std::fs::read_dir(&root).expect("corpus").flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|x| x == "go") {
                out.push(std::fs::read_to_string(&p).expect("read"));
            }
        }
    }
    out
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn mutate(text: &str, rng: &mut XorShift) -> String {
    let lines: Vec<&str> = text.lines().collect();
    match rng.below(6) {
        0 => text[..floor_boundary(text, rng.below(text.len() + 1))].to_string(),
        1 => {
            let i = rng.below(lines.len());
            lines
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, l)| *l)
                .collect::<Vec<_>>()
                .join("\n")
        }
        2 => {
            let i = rng.below(lines.len());
            let mut v = lines.clone();
            if let Some(&l) = lines.get(i) {
                v.insert(i, l);
            }
            v.join("\n")
        }
        3 => {
            let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
            let mut v = lines.clone();
            if i < v.len() && j < v.len() {
                v.swap(i, j);
            }
            v.join("\n")
        }
        4 => {
            // Replace a random word with another word of the file.
            let words: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .filter(|w| !w.is_empty())
                .collect();
            if words.is_empty() {
                return text.to_string();
            }
            let (a, b) = (words[rng.below(words.len())], words[rng.below(words.len())]);
            text.replacen(a, b, 1 + rng.below(3))
        }
        _ => {
            // Delete a random byte range.
            let start = floor_boundary(text, rng.below(text.len() + 1));
            let end = floor_boundary(text, start + rng.below(40));
            format!("{}{}", &text[..start], &text[end.max(start)..])
        }
    }
}

fn check_all(text: &str) {
    let mut checked = escapade_types::check_source(text);
    let _ = escapade_types::dump::dump(&mut checked, &["x.go"], &[text]);
    let _ = checked.render(&["x.go"], &[text]);
}

#[test]
fn mutated_corpus_never_panics() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let texts = corpus_texts();
    assert!(texts.len() > 100);
    let mut runs = 0;
    for t in &texts {
        for _ in 0..2 {
            let m = mutate(t, &mut rng);
            check_all(&m);
            runs += 1;
        }
    }
    println!("checked {runs} mutated programs");
}

#[test]
fn hostile_inputs_never_panic() {
    let deep_parens = format!("package main\nvar x = {}1{}\n", "(".repeat(5000), ")".repeat(5000));
    let deep_types = format!("package main\nvar x {}int\n", "[]".repeat(3000));
    let long_chain = format!("package main\nvar x = 1{}\n", " + 1".repeat(3000));
    let huge_const = format!(
        "package main\nconst c = 1 << 100000\nconst d = c * c\nvar x = {}\n",
        "9".repeat(5000)
    );
    let cases = [
        "",
        "package",
        "package main\nfunc main() { var x = x }",
        "package main\ntype T struct { a T }\ntype U [2]U\ntype I interface { I }",
        "package main\ntype A = B\ntype B = A\nfunc main() {}",
        "package main\nconst a = b\nconst b = a",
        "package main\nfunc f[T any, U ~[]T](u U) T { return u[0] }\nfunc main() { f(nil) }",
        "package main\nimport \"nonexistent/pkg\"\nfunc main() {}",
        "package main\nfunc main() { goto L; { L: } }",
        &deep_parens,
        &deep_types,
        &long_chain,
        &huge_const,
    ];
    for c in cases {
        check_all(c);
    }
}
