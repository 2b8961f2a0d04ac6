//! Timing of `parse` (tree-sitter + lowering) on a generated 1,000-line file and on hostile
//! deeply nested input: `cargo run --release -p escapade_syntax --example timing`.
#![allow(clippy::print_stdout, clippy::disallowed_methods, reason = "a measuring tool")]

use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let mut text = String::from("package main\n\nimport \"fmt\"\n\n");
    let mut i = 0;
    while text.lines().count() < 1000 {
        text.push_str(&format!(
            "type point{i} struct{{ x, y int; name string `json:\"n\"` }}\n\n\
             func (p *point{i}) Sum(xs ...int) (total int) {{\n\
             \tfor _, x := range xs {{\n\t\ttotal += x * p.x\n\t}}\n\
             \tswitch {{\n\tcase total > 10:\n\t\treturn total - 1\n\tdefault:\n\t}}\n\
             \tm := map[string][]int{{\"a\": {{1, 2}}, \"b\": nil}}\n\
             \tgo func() {{ fmt.Println(m, 0x_FF, 1.5e3, 'x', \"s\\n\") }}()\n\
             \treturn\n}}\n\n"
        ));
        i += 1;
    }
    let lines = text.lines().count();
    let mut parse_times = Vec::new();
    let mut dump_times = Vec::new();
    let mut hl_times = Vec::new();
    let mut cst_times = Vec::new();
    for _ in 0..30 {
        let t = Instant::now();
        let kinds = escapade_syntax::internals::cst_named_kinds(&text);
        cst_times.push(t.elapsed());
        assert!(!kinds.is_empty());
        let t = Instant::now();
        let p = escapade_syntax::parse(&text);
        parse_times.push(t.elapsed());
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        let t = Instant::now();
        let d = escapade_syntax::dump(&p.file, &text);
        dump_times.push(t.elapsed());
        assert!(!d.is_empty());
        let t = Instant::now();
        let h = escapade_syntax::highlight(&text);
        hl_times.push(t.elapsed());
        assert!(!h.is_empty());
    }
    println!(
        "{lines} lines, {} bytes: tree-sitter + CST walk {:?}; parse {:?}, dump {:?}, highlight {:?} \
         (median of 30)",
        text.len(),
        median(cst_times),
        median(parse_times),
        median(dump_times),
        median(hl_times)
    );
    for (open, close) in [("(", ")"), ("{", "}"), ("[]", ""), ("*", ""), ("-", ""), ("func() ", "")]
    {
        let depth = 100_000;
        let mut text = String::from("package p\nvar x = ");
        text.push_str(&open.repeat(depth));
        text.push('1');
        text.push_str(&close.repeat(depth));
        let t = Instant::now();
        let p = escapade_syntax::parse(&text);
        println!("{depth} x {open:?}: parse {:?}, {} diagnostics", t.elapsed(), p.errors.len());
    }
}
