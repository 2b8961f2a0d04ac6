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

/// Ids in `file`'s Debug output: never decreasing, each used at most twice in a row (wrapper
/// and wrapped), all below `node_count`, and every id up to `node_count` used (dense).
fn assert_ids_preorder_and_dense(file: &crate::ast::File) {
    let debug = format!("{file:?}");
    let ids: Vec<u32> = debug
        .split("NodeId(")
        .skip(1)
        .map(|s| s[..s.find(')').unwrap()].parse().unwrap())
        .collect();
    assert_eq!(ids[0], 0);
    for w in ids.windows(2) {
        assert!(w[0] <= w[1], "ids out of preorder: {} then {}", w[0], w[1]);
        assert!(w[1] <= w[0] + 1, "id gap: {} then {}", w[0], w[1]);
    }
    assert_eq!(ids.last().map(|&i| i + 1), Some(file.node_count));
}

#[test]
fn new_and_make_with_expression_operands_are_ordinary_calls() {
    let text = "package p\n\nfunc f() {\n\t_ = new(3)\n\t_ = new(g(x))\n\t_ = make(3, 4)\n\t_ = new(int)\n}\n";
    check(
        text,
        expect![[r#"
            File @1:1
              Package p @1:9
              FuncDecl f @3:1
                sig: FuncType @3:1
                  params: Fields @3:7
                body: Block @3:10
                  Assign = @4:2
                    lhs: Ident _ @4:2
                    rhs: Call @4:6
                      Ident new @4:6
                      arg: BasicLit Int 3 = 3 @4:10
                  Assign = @5:2
                    lhs: Ident _ @5:2
                    rhs: Call @5:6
                      Ident new @5:6
                      arg: Call @5:10
                        Ident g @5:10
                        arg: Ident x @5:12
                  Assign = @6:2
                    lhs: Ident _ @6:2
                    rhs: Call @6:6
                      Ident make @6:6
                      arg: BasicLit Int 3 = 3 @6:11
                      arg: BasicLit Int 4 = 4 @6:14
                  Assign = @7:2
                    lhs: Ident _ @7:2
                    rhs: Call @7:6
                      Ident new @7:6
                      arg: Ident int @7:10
        "#]],
    );
    assert_ids_preorder_and_dense(&crate::parse(text).file);
    let hl = crate::highlight(text);
    let builtins: Vec<&str> = hl
        .iter()
        .filter(|h| h.class == crate::HighlightClass::Builtin)
        .map(|h| &text[h.span.range()])
        .collect();
    assert_eq!(builtins, ["new", "new", "make", "new"]);
}

#[test]
fn new_rewrite_is_kept_only_where_it_fixes_the_call() {
    // `new(3)` is fixed by the rewrite; `new(x y)` is broken either way and keeps gc's error;
    // `new([]int)` (a type operand the rewrite could not parse) is untouched.
    let text = "package p\n\nfunc f() {\n\ta := new(3)\n\tb := new([]int)\n\tc := new(x y)\n}\n";
    let p = crate::parse(text);
    let idx = LineIndex::new(text);
    let errors: Vec<String> = p.errors.iter().map(|d| d.render("x.go", &idx)).collect();
    assert_eq!(
        errors,
        ["x.go:6:13: syntax error: unexpected name y in argument list; possibly missing comma or )"]
    );
    let dump = crate::dump(&p.file, text);
    assert!(dump.contains("arg: BasicLit Int 3 = 3 @4:11"), "{dump}");
    assert!(dump.contains("arg: SliceType @5:11"), "{dump}");
    assert_ids_preorder_and_dense(&p.file);
}

#[test]
fn generic_method_has_receiver_and_type_params() {
    let text = "package p\n\nfunc (l L[T]) Map[U any, V ~int | ~string](f func(T) U) V {\n\treturn l.Map[U, V](f)\n}\n";
    check(
        text,
        expect![[r#"
            File @1:1
              Package p @1:9
              MethodDecl Map @3:1
                recv: Fields @3:6
                  Field l @3:7
                    Index @3:9
                      Ident L @3:9
                      index: Ident T @3:11
                type_params: TypeParams @3:18
                  Field U @3:19
                    Ident any @3:21
                  Field V @3:26
                    Union @3:28
                      term: Tilde @3:28
                        Ident int @3:29
                      term: Tilde @3:35
                        Ident string @3:36
                sig: FuncType @3:1
                  params: Fields @3:43
                    Field f @3:44
                      FuncType @3:46
                        params: Fields @3:50
                          Field @3:51
                            Ident T @3:51
                        results: Fields @3:54
                          Field @3:54
                            Ident U @3:54
                  results: Fields @3:57
                    Field @3:57
                      Ident V @3:57
                body: Block @3:59
                  Return @4:2
                    Call @4:9
                      Index @4:9
                        Selector .Map @4:9
                          Ident l @4:9
                        index: Ident U @4:15
                        index: Ident V @4:18
                      arg: Ident f @4:21
        "#]],
    );
    let p = crate::parse(text);
    assert_ids_preorder_and_dense(&p.file);
    // The separately parsed list is highlighted too, in order.
    let hl = crate::highlight(text);
    let types: Vec<&str> = hl
        .iter()
        .filter(|h| h.class == crate::HighlightClass::Type)
        .map(|h| &text[h.span.range()])
        .collect();
    // Type parameter names are not type uses; `any`, `int`, `string` come from the list.
    assert_eq!(types[..6], ["L", "T", "any", "int", "string", "T"]);
    for w in hl.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "overlap {w:?}");
    }
}

#[test]
fn broken_generic_method_lists_get_gc_errors() {
    check_errors(
        "package p\n\nfunc (l L) A[T](x T) {}\n\nfunc (l L) B[](x int) {}\n\nfunc (l L) C[T any](x T) {}\n",
        expect![[r#"
            x.go:3:15: syntax error: missing type constraint
            x.go:5:14: syntax error: empty type parameter list
        "#]],
    );
}

#[test]
fn nested_new_make_and_instantiated_method_values() {
    // `make(chan int, 1)` must keep its type operand while the `new` around it is rewritten;
    // `(*L[int]).M[A, B]` (not called) is one index expression with two indices.
    let text = "package p\n\nfunc f() {\n\tw := new(<-make(chan int, 1))\n\tm := (*L[int]).M[int8, string]\n\t_ = w\n}\n";
    check(
        text,
        expect![[r#"
            File @1:1
              Package p @1:9
              FuncDecl f @3:1
                sig: FuncType @3:1
                  params: Fields @3:7
                body: Block @3:10
                  Define := @4:2
                    lhs: Ident w @4:2
                    rhs: Call @4:7
                      Ident new @4:7
                      arg: Unary <- @4:11
                        Call @4:13
                          Ident make @4:13
                          arg: ChanType chan @4:18
                            elem: Ident int @4:23
                          arg: BasicLit Int 1 = 1 @4:28
                  Define := @5:2
                    lhs: Ident m @5:2
                    rhs: Index @5:7
                      Selector .M @5:7
                        Paren @5:7
                          Star @5:8
                            Index @5:9
                              Ident L @5:9
                              index: Ident int @5:11
                      index: Ident int8 @5:19
                      index: Ident string @5:25
                  Assign = @6:2
                    lhs: Ident _ @6:2
                    rhs: Ident w @6:6
        "#]],
    );
    assert_ids_preorder_and_dense(&crate::parse(text).file);
}

#[test]
fn range_with_three_variables_reports_gc_error_and_keeps_ids_dense() {
    // gc 1.27.3: `x.go:4:12: range clause permits at most two iteration variables` (no
    // `syntax error: ` prefix), at the third variable, for both `:=` and `=` forms.
    let text = "package p\n\nfunc f(m map[string]int) {\n\tfor k, v, i := range m {\n\t\t_, _ = k, v\n\t}\n\tfor k, v, i, j = range m {\n\t}\n}\n";
    let p = crate::parse(text);
    let idx = LineIndex::new(text);
    let errors: Vec<String> = p.errors.iter().map(|d| d.render("x.go", &idx)).collect();
    assert_eq!(
        errors,
        [
            "x.go:4:12: range clause permits at most two iteration variables",
            "x.go:7:12: range clause permits at most two iteration variables",
        ]
    );
    let dump = crate::dump(&p.file, text);
    assert!(!dump.contains("Ident i "), "{dump}");
    assert_ids_preorder_and_dense(&p.file);
    // Two variables are still fine.
    let ok = "package p\n\nfunc f(m map[string]int) {\n\tfor k, v := range m {\n\t\t_, _ = k, v\n\t}\n}\n";
    assert!(crate::parse(ok).errors.is_empty());
}
