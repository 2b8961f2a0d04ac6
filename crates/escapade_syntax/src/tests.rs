//! Unit tests of the parse → dump pipeline on small inputs (the corpus goldens live in
//! `tests/corpus.rs`). `UPDATE_EXPECT=1 cargo test` rewrites the expectations.

use escapade_base::LineIndex;
use expect_test::{expect, Expect};

/// Diagnostics as gc prints them, then the AST dump.
fn check(text: &str, want: Expect) {
    let p = crate::parse(text);
    let idx = LineIndex::new(text);
    let mut got: String = p.errors.iter().map(|d| d.render("x.go", &idx) + "\n").collect();
    got.push_str(&crate::dump(&p.file, text));
    want.assert_eq(&got);
}

/// Only the diagnostics.
fn check_errors(text: &str, want: Expect) {
    let p = crate::parse(text);
    let idx = LineIndex::new(text);
    let got: String = p.errors.iter().map(|d| d.render("x.go", &idx) + "\n").collect();
    want.assert_eq(&got);
}

#[test]
fn minimal_file() {
    check(
        "package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n}\n",
        expect![[r#"
            File @1:1
              Package main @1:9
              FuncDecl main @3:1
                sig: FuncType @3:1
                  params: Fields @3:10
                body: Block @3:13
                  Define := @4:2
                    lhs: Ident x @4:2
                    rhs: BasicLit Int 1 = 1 @4:7
                  Assign = @5:2
                    lhs: Ident _ @5:2
                    rhs: Ident x @5:6
        "#]],
    );
}

#[test]
fn node_ids_are_preorder_and_bounded() {
    let text = "package p\n\nimport f \"fmt\"\n\ntype T[K comparable, V any] struct{ m map[K]V }\n\nfunc (t *T[K, V]) Get(k K) (v V, ok bool) {\n\tv, ok = t.m[k]\n\tf.Println(func() int { return len(t.m) }(), [...]int{1, 2: 3}[1:2:3])\n\treturn\n}\n";
    let p = crate::parse(text);
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    // Debug prints fields in declaration order, which is source order: ids must never go
    // down, and an id may repeat only immediately (wrapper and wrapped sharing one id).
    let debug = format!("{:?}", p.file);
    let ids: Vec<u32> = debug
        .split("NodeId(")
        .skip(1)
        .map(|s| s[..s.find(')').unwrap()].parse().unwrap())
        .collect();
    assert!(ids.len() > 50);
    assert_eq!(ids[0], 0);
    for w in ids.windows(2) {
        assert!(w[0] <= w[1], "ids out of preorder: {} then {}", w[0], w[1]);
    }
    for w in ids.windows(3) {
        assert!(!(w[0] == w[1] && w[1] == w[2]), "id {} used three times", w[0]);
    }
    assert!(ids.iter().all(|&i| i < p.file.node_count));
}

#[test]
fn deep_nesting_is_cut_off_without_overflowing_a_small_stack() {
    for (open, close) in [("(", ")"), ("{", "}"), ("[]", ""), ("*", ""), ("-", ""), ("func() ", "")]
    {
        let depth = 100_000;
        let mut text = String::from("package p\nvar x = ");
        for _ in 0..depth {
            text.push_str(open);
        }
        text.push('1');
        for _ in 0..depth {
            text.push_str(close);
        }
        text.push('\n');
        // 1 MiB is the default wasm stack; unoptimised builds use about 4x the stack per level.
        let stack = if cfg!(debug_assertions) { 8 << 20 } else { 1 << 20 };
        let handle = std::thread::Builder::new()
            .stack_size(stack)
            .spawn(move || {
                let p = crate::parse(&text);
                let dumped = crate::dump(&p.file, &text);
                let hl = crate::highlight(&text);
                (p.errors, dumped.len(), hl.len())
            })
            .unwrap();
        let (errors, dumped, _) = handle.join().expect("parse overflowed the stack");
        assert!(!errors.is_empty(), "{open}: no diagnostic");
        assert!(dumped > 0);
    }
}

#[test]
fn nesting_limit_is_reported_as_unsupported() {
    let mut text = String::from("package p\nvar x = ");
    text.push_str(&"(".repeat(crate::MAX_NESTING as usize + 10));
    text.push('1');
    text.push_str(&")".repeat(crate::MAX_NESTING as usize + 10));
    text.push('\n');
    let p = crate::parse(&text);
    let msgs: Vec<String> = p.errors.iter().map(|d| d.gc_message()).collect();
    assert_eq!(
        msgs,
        vec![format!("unsupported: nesting deeper than {} levels", crate::MAX_NESTING)]
    );
}

#[test]
fn lexical_errors_use_gc_wording_and_positions() {
    check_errors(
        "package main\n\nfunc main() {\n\ts := \"a\\qb\"\n\tr := 'ab'\n\tx := 0o78\n\ty := 1__0\n\tz := 0x1.0\n}\n",
        expect![[r#"
            x.go:4:10: unknown escape
            x.go:5:7: more than one character in rune literal
            x.go:6:10: invalid digit '8' in octal literal
            x.go:7:9: '_' must separate successive digits
            x.go:8:12: hexadecimal mantissa requires a 'p' exponent
        "#]],
    );
}

#[test]
fn top_level_statement_is_rejected() {
    check_errors(
        "package main\n\nx := 1\n",
        expect![[r#"
        x.go:3:1: syntax error: non-declaration statement outside function body
    "#]],
    );
}
