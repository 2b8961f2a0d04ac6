//! Evaluator decisions the corpus test only covers indirectly: programs whose outcome must not
//! depend on escape verdicts being available (compared with their real-Go goldens), and
//! programs that must be refused.
#![allow(clippy::disallowed_methods, reason = "test harness reads goldens")]

use escapade_interp::{run, Options, Outcome};
use std::path::Path;

fn exec(src: &str) -> (String, Outcome) {
    let text = src.to_string();
    let r = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || run(&text, &Options::default()))
        .expect("thread")
        .join()
        .expect("no panic");
    (String::from_utf8_lossy(&r.output.stdout).into_owned(), r.outcome)
}

/// Runs a corpus program without escape verdicts: it must print its golden.
fn same_as_golden(rel: &str) {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let src = std::fs::read_to_string(&p).expect("source");
    let want = std::fs::read_to_string(p.with_extension("out")).expect("golden");
    let (out, o) = exec(&src);
    assert_eq!(o, Outcome::Exit(0), "{rel}");
    assert_eq!(out, want, "{rel}");
}

#[test]
fn self_appends_run_without_escape_verdicts() {
    // `x = append(x, …)` loops where the stack-buffer and heap worlds differ in whether an
    // append copies, but only `x` holds the array.
    same_as_golden("testdata/run/program_primes.go");
    same_as_golden("testdata/run/closure_loopvar.go");
    same_as_golden("../escapade_types/testdata/valid/closure_loop_capture.go");
}

#[test]
fn constraint_methods_dispatch_on_the_type_argument() {
    // `c.Put(v)` with `c` of a type parameter whose argument is a pointer type.
    same_as_golden("../escapade_types/testdata/valid/generic_interfaces_generic.go");
}

#[test]
fn self_append_is_refused_when_another_slice_shares_the_array() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar s []int\n\ts = append(s, 1)\n\tt := s\n\ts = append(s, 2)\n\tt = append(t, 3)\n\tfmt.Println(s, t)\n}\n";
    match exec(src).1 {
        Outcome::Stopped(m) => assert!(m.contains("depends on escape analysis"), "{m}"),
        o => panic!("must be refused, got {o:?}"),
    }
}

#[test]
fn goroutines_blocking_inside_expressions_are_refused_not_misrun() {
    // The goroutine blocks only inside calls whose results it uses (`ok := put(…)`), so it runs
    // nested on the native stack; once it must wait while `main` below it could go on, the run
    // stops instead of printing something Go would not.
    let src = "package main\n\nimport \"fmt\"\n\nfunc put(c chan int, v int) bool {\n\tc <- v\n\treturn true\n}\n\nfunc get(c chan int) int { return <-c }\n\nfunc main() {\n\ta, b := make(chan int), make(chan int)\n\tgo func() {\n\t\tok := put(a, 1)\n\t\tv := get(b)\n\t\tfmt.Println(ok, v)\n\t}()\n\tx := <-a\n\tb <- x + 1\n\tfmt.Println(x)\n}\n";
    match exec(src) {
        (_, Outcome::Stopped(m)) => assert!(m.contains("needs a preemptive scheduler"), "{m}"),
        (out, o) => panic!("must be refused, got {o:?} with {out:?}"),
    }
}
