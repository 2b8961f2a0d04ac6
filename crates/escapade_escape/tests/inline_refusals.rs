//! Programs whose plain `-m` output the inliner model would get wrong are refused: an
//! inlined call inside an expression whose own lines gc interleaves with the inlined body's
//! (go1.27.3 prints `... argument does not escape` of the enclosing call first, the model
//! would print the hoisted body's first), an expression holding an inlined call's result
//! (gc prints `x + (~r0)`), and a std function whose inlined body is not transparent.

use escapade_escape::inline::escape_file_inlined;
use escapade_escape::{Config, GoVersion};

fn refusal(src: &str) -> Option<String> {
    let run = escape_file_inlined("p.go", src, Config { version: GoVersion::Go127, m: 1 });
    run.unsupported.first().map(|u| format!("{}:{}: {}", u.pos.line, u.pos.col, u.what))
}

const HEAD: &str = "package main\n\nimport \"fmt\"\n\nfunc sum(xs ...int) int {\n\tt := 0\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t\n}\n\n";

#[test]
fn hoisted_body_lines_inside_a_reporting_call_are_refused() {
    let src = format!("{HEAD}func main() {{\n\tfmt.Println(sum(1, 2, 3))\n}}\n");
    let r = refusal(&src).expect("refused");
    assert!(r.starts_with("14:17: the order of the lines"), "{r}");
}

#[test]
fn expression_around_an_inlined_result_is_refused() {
    let src = format!("{HEAD}func main() {{\n\tx := 1\n\tfmt.Println(x + sum())\n}}\n");
    let r = refusal(&src).expect("refused");
    assert!(r.contains("an expression holding an inlined call's result"), "{r}");
}

#[test]
fn transparent_std_calls_are_not_refused_and_opaque_ones_are() {
    let ok = format!("{HEAD}func main() {{\n\tfmt.Println(1)\n}}\n");
    assert_eq!(refusal(&ok), None);
    let run = escape_file_inlined("p.go", &ok, Config { version: GoVersion::Go127, m: 1 });
    let analysis = run.analysis.expect("analysed");
    assert!(analysis.diagnostics.iter().all(|d| !d.message.contains("unsupported")));
    let opaque = "package main\n\nimport \"errors\"\n\nvar E error\n\nfunc main() {\n\tE = errors.New(\"x\")\n}\n";
    let r = refusal(opaque).expect("refused");
    assert!(r.contains("inlining call to errors.New"), "{r}");
}

#[test]
fn os_file_lines_are_recorded_other_os_uses_are_refused() {
    // go1.27.3 compiles atomic.Pointer[os.dirInfo]'s methods into a package naming os.File
    // and reports their inlining at $GOROOT positions (data/std_os_file.txt); an os
    // identifier outside the checked lists is refused, as is a renamed import.
    let file = "package main\n\nimport \"os\"\n\nfunc out() *os.File { return os.Stdout }\n\nfunc main() {\n\t_ = out()\n}\n";
    assert_eq!(refusal(file), None);
    let run = escape_file_inlined("p.go", file, Config { version: GoVersion::Go127, m: 1 });
    let lines = run.lines("p.go", 1);
    let goroot = lines.iter().filter(|l| l.starts_with("$GOROOT/src/sync/atomic/")).count();
    assert_eq!(goroot, 12, "{lines:?}");
    let env = "package main\n\nimport \"os\"\n\nfunc main() {\n\t_ = os.Getenv(\"X\")\n}\n";
    assert_eq!(refusal(env), None);
    let other = "package main\n\nimport \"os\"\n\nfunc main() {\n\t_ = os.Chmod(\"x\", 0)\n}\n";
    let r = refusal(other).expect("refused");
    assert!(r.starts_with("3:8: inlining of the std generics importing os"), "{r}");
    let renamed = "package main\n\nimport o \"os\"\n\nfunc main() {\n\t_ = o.Getenv(\"X\")\n}\n";
    assert!(refusal(renamed).is_some());
}

#[test]
fn promoted_methods_of_std_or_ambiguous_embeddings_are_refused() {
    // sync.Mutex's promoted Lock/Unlock wrappers inline std bodies; two embedded types
    // with a method of one name at one depth make it ambiguous (not promoted).
    let std = "package main\n\nimport \"sync\"\n\ntype T struct {\n\tsync.Mutex\n\tn int\n}\n\nfunc main() {\n\tvar t T\n\tt.n = 1\n}\n";
    let r = refusal(std).expect("refused");
    assert!(r.contains("promoted-method wrappers"), "{r}");
    let amb = "package main\n\ntype A struct{ x int }\n\nfunc (A) M() int { return 1 }\n\ntype B struct{ y int }\n\nfunc (B) M() int { return 2 }\n\ntype C struct {\n\tA\n\tB\n}\n\nfunc main() {}\n";
    let r = refusal(amb).expect("refused");
    assert!(r.contains("promoted-method wrappers"), "{r}");
}

#[test]
fn copies_of_nested_literals_and_std_generic_calls_are_refused() {
    // A literal nested in a literal of an inlined body, called there: gc checks the
    // outer copy first (its nested copy gets its own `can inline` line); not modelled.
    let nested = "package main\n\nfunc outer() int {\n\tb := 2\n\th := func() int {\n\t\tk := func() int { return b }\n\t\treturn k()\n\t}\n\treturn h()\n}\n\nfunc main() {\n\t_ = outer()\n}\n";
    let r = refusal(nested).expect("refused");
    assert!(r.contains("a nested function literal of its body is called there"), "{r}");
    // A std generic call in a body too costly to inline is still a site gc may inline.
    let mut big = String::from("package main\n\nimport \"slices\"\n\nvar n int\n\nfunc main() {\n");
    for _ in 0..30 {
        big.push_str("\tn += n * n\n");
    }
    big.push_str("\ts := []int{1}\n\tslices.Reverse(s)\n}\n");
    let r = refusal(&big).expect("refused");
    assert!(r.contains("generic function"), "{r}");
}

/// go1.27.3 prints `3 escapes to heap` for `b := id(3); fmt.Println(b)` (the local's static
/// value is the inlined call's constant result): refused, never printed as `b escapes`.
#[test]
fn local_bound_to_a_constant_inlined_result_is_refused() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc id(x int) int { return x }\n\nfunc main() {\n\tb := id(3)\n\tfmt.Println(b)\n}\n";
    let r = refusal(src).expect("refused");
    assert!(r.starts_with("8:9: a local bound to an inlined call's constant result"), "{r}");
}

#[test]
fn inlined_make_len_of_a_slice_literal_parameter_is_refused() {
    // go1.27.3 prints `make([]int, 0, 2) escapes to heap` for the copy of
    // `make([]int, 0, len(xs))` when xs is bound to a two-element literal (tests/inline/
    // make_len_of_lit.go): refused, whether the literal is the argument, a local's value or
    // the argument of an outer inlined call; a local defined by make is no literal.
    let head = "package main\n\nvar sink any\n\nfunc mk(xs []int) []int {\n\tout := make([]int, 0, len(xs))\n\treturn append(out, xs...)\n}\n\nfunc mid(xs []int) []int {\n\treturn mk(xs)\n}\n\n";
    let cases = [
        ("\tsink = mk([]int{1, 2})\n", Some("15:11: a make size len(p)")),
        ("\tys := []int{4}\n\tsink = mk(ys)\n", Some("16:11: a make size len(p)")),
        ("\tsink = mid([]int{1})\n", Some("15:12: a make size len(p)")),
        ("\tys := make([]int, 3)\n\ta := mk(ys)\n\tsink = a\n", None),
    ];
    for (body, want) in cases {
        let src = format!("{head}func main() {{\n{body}}}\n");
        let r = refusal(&src);
        match want {
            Some(w) => assert!(r.as_deref().is_some_and(|r| r.starts_with(w)), "{body}: {r:?}"),
            None => assert_eq!(r, None, "{body}"),
        }
    }
}
