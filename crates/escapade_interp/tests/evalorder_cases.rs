//! Statements whose output depends on gc's order of memory reads relative to calls are
//! refused where they run (src/evalorder.rs). The shapes that run, and a risky statement that
//! never runs, are in the corpus program `testdata/run/evalorder_calls_first.go`.

use escapade_interp::{run, Options, Outcome};

fn exec(src: &str) -> (String, Outcome) {
    let r = run(src, &Options::default());
    (String::from_utf8_lossy(&r.output.stdout).into_owned(), r.outcome)
}

/// `body` runs inside `main` after `x`, `f` (which increments `x`), `G`, `fg`, `s`, `fs`,
/// `p`, `fp`, `m`, `fm` are set up; it must be refused at the read `read` of line 28.
fn refused(body: &str, read: &str, call_col: u32, read_col: u32) {
    let src = format!(
        "package main\n\nimport \"fmt\"\n\nvar G int\n\ntype T struct{{ n int }}\n\n\
         func g(a, b int) int {{ return a + b }}\n\nfunc main() {{\n\
         \tx := 0\n\tf := func() int {{ x++; return x }}\n\
         \tfg := func() int {{ G++; return G }}\n\
         \ts := []int{{0}}\n\tfs := func() int {{ s[0]++; return s[0] }}\n\
         \tp := &T{{}}\n\tfp := func() int {{ p.n++; return p.n }}\n\
         \ty := 0\n\tpy := &y\n\tfy := func() int {{ *py++; return *py }}\n\
         \tm := map[string]int{{}}\n\tfm := func() int {{ m[\"k\"]++; return m[\"k\"] }}\n\
         \tc := make(chan int, 1)\n\tc <- 1\n\
         \t_, _, _, _, _, _, _ = f, fg, fs, fp, fy, fm, c\n\
         \tfmt.Println(\"start\")\n\
         {body}\n}}\n"
    );
    let (out, o) = exec(&src);
    assert_eq!(out, "start\n", "{body}");
    let want = format!(
        "unsupported: evaluation order of `{read}` relative to the call at 28:{call_col} \
         (gc-specific) at 28:{read_col}"
    );
    assert_eq!(o, Outcome::Stopped(want), "{body}");
}

#[test]
fn reads_before_a_call_that_may_write_them_are_refused() {
    // go1.27.3 prints `1 1` for the first one (x read after f); we would print `0 1`.
    refused("\tfmt.Println(x, f())", "x", 17, 14);
    refused("\t_ = g(x, f())", "x", 11, 8);
    refused("\tfmt.Println(x+f(), 1)", "x", 16, 14);
    refused("\tfmt.Println([]int{x, f()})", "x", 23, 20);
    refused("\ta, b := x, f()\n\t_, _ = a, b", "x", 13, 10);
    refused("\tfmt.Println(G, fg())", "G", 17, 14);
    refused("\tfmt.Println(s[0], fs())", "s[0]", 20, 14);
    refused("\tfmt.Println(p.n, fp())", "p.n", 19, 14);
    refused("\tfmt.Println(*py, fy())", "*py", 19, 14);
    refused("\tfmt.Println(y, fy())", "y", 17, 14);
    refused("\tfmt.Println(m[\"k\"], fm())", "m[\"k\"]", 22, 14);
    // A receive that lets a goroutine change G.
    refused("\t<-c; go func() { G = 7; c <- 2 }(); fmt.Println(G, <-c)", "G", 53, 50);
    // `append` may write the shared array beyond its operand's length.
    refused("\tfmt.Println(s[0], append(s[:0], 5))", "s[0]", 20, 14);
    // The left side of `op=` is read, in an unspecified order relative to the right side.
    refused("\tx += f()", "x", 7, 2);
}

#[test]
fn reads_through_a_type_parameter_are_refused() {
    let src = "package main\n\nimport \"fmt\"\n\n\
               func show[S ~[]int](s S, f func() int) {\n\tfmt.Println(s[0], f())\n}\n\n\
               func main() {\n\ts := []int{0}\n\tshow(s, func() int { s[0]++; return s[0] })\n}\n";
    let (out, o) = exec(src);
    assert_eq!(out, "");
    let want =
        "unsupported: evaluation order of `s[0]` relative to the call at 6:20 (gc-specific) \
                at 6:14";
    assert_eq!(o, Outcome::Stopped(want.to_string()));
}

/// A watched statement runs when its reads still hold their values after every call (any
/// time gc may pick for them gives the same output); go1.27.3 prints the same lines.
#[test]
fn reads_left_unchanged_by_the_calls_run() {
    let src = "package main\n\nimport \"fmt\"\n\nvar G, H int\n\n\
               type T struct{ a, b int }\n\n\
               func bump() int { H++; return H }\n\n\
               func main() {\n\
               \tc := make(chan int, 1)\n\tc <- 5\n\
               \tp := &T{1, 2}\n\ts := []int{3, 4}\n\
               \tfp := func() int { p.b++; return p.b }\n\
               \tfs := func() int { s[1]++; return s[1] }\n\
               \tfmt.Println(G, <-c)\n\
               \tfmt.Println(p.a, fp(), s[0], fs())\n\
               \tx, y := G, bump()\n\
               \tfmt.Println(x, y, *p, bump())\n}\n";
    let (out, o) = exec(src);
    assert_eq!(o, Outcome::Exit(0));
    assert_eq!(out, "0 5\n1 3 3 5\n0 1 {1 3} 2\n");
}

/// gc runs the calls of a statement before an operation left of them panics (go1.27.3 prints
/// `f ran` first in each case); the evaluator refuses when such an operation panics.
#[test]
fn panics_before_a_later_call_are_refused() {
    for (body, op, call_col, op_col) in [
        ("\ts[i] = f()", "s[i]", 9, 2),
        ("\tfmt.Println(s[i], f())", "s[i]", 20, 14),
        ("\tfmt.Println(p.a, f())", "p.a", 19, 14),
        ("\tfmt.Println(3/z, f())", "3/z", 19, 14),
        ("\tp.a = f()", "p.a", 8, 2),
        ("\tx := a[i%8] + f()\n\t_ = x", "a[i%8]", 16, 7),
        // Conditions of `if` and `switch` too (go1.27.3 prints `f ran` first).
        ("\tif s[i] > f() {\n\t}", "s[i]", 12, 5),
        ("\tswitch { case s[i] > f(): }", "s[i]", 23, 16),
        // A loop condition in its second iteration (go1.27.3: `f ran` twice, then the panic).
        ("\tfor j := 0; s[j] >= f(); j++ {\n\t}", "s[j]", 22, 14),
    ] {
        let src = format!(
            "package main\n\nimport \"fmt\"\n\ntype T struct{{ a int }}\n\n\
             func f() int {{ fmt.Println(\"f ran\"); return 1 }}\n\n\
             func main() {{\n\ts := []int{{1}}\n\ti, z := 5, 0\n\tvar p *T\n\
             \tvar a [3]int\n\t_, _, _, _, _ = s, i, z, p, a\n{body}\n}}\n"
        );
        let (out, o) = exec(&src);
        // The loop's first iteration ran (Go's output up to the refused second condition).
        let ran = if body.starts_with("\tfor") { "f ran\n" } else { "" };
        assert_eq!(out, ran, "{body}");
        let want = format!(
            "unsupported: evaluation order of `{op}`, which panics, relative to the call at \
             15:{call_col} (gc-specific) at 15:{op_col}"
        );
        assert_eq!(o, Outcome::Stopped(want), "{body}");
    }
    // A panic after the calls, or inside an earlier call's arguments, is in gc's order.
    let src =
        "package main\n\nimport \"fmt\"\n\nfunc f() int { fmt.Println(\"f ran\"); return 1 }\n\n\
               func main() {\n\ts := []int{1}\n\ti := 5\n\
               \tdefer func() { fmt.Println(recover()) }()\n\tfmt.Println(f(), s[i])\n}\n";
    let (out, o) = exec(src);
    assert_eq!(o, Outcome::Exit(0));
    assert_eq!(out, "f ran\nruntime error: index out of range [5] with length 1\n");
}
