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
    refused("\tfmt.Println(G, <-c)", "G", 17, 14);
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
