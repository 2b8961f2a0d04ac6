//! Struct and array map keys run through the simulator with their Go type's layout and
//! generated hash (escapade_maps `KeyDesc`); key types it does not model are refused.

use escapade_interp::{run, GoVersion, Impl, Options, Outcome};

fn run_with(src: &str, imp: Impl, go: GoVersion) -> (String, Outcome) {
    let opts = Options { imp, go, ..Options::default() };
    let r = run(src, &opts);
    (String::from_utf8_lossy(&r.output.stdout).into_owned(), r.outcome)
}

const PROGRAM: &str = r#"package main

import "fmt"

type padded struct {
	A int8
	B int64
}

type mixed struct {
	A int32
	F float64
	S string
	G float32
}

func main() {
	m := map[padded]int{}
	for i := 0; i < 200; i++ {
		m[padded{int8(i), int64(i * 3)}] = i
	}
	delete(m, padded{5, 15})
	v, ok := m[padded{7, 21}]
	_, gone := m[padded{5, 15}]
	fmt.Println(len(m), v, ok, gone)
	x := map[mixed]int{}
	x[mixed{1, 0.0, "a", 1.5}] = 1
	negZero := 0.0
	negZero = -negZero
	x[mixed{1, negZero, "a", 1.5}] = 2
	x[mixed{2, 2.5, "b", -1}] = 3
	fmt.Println(len(x), x[mixed{1, 0, "a", 1.5}])
	a := map[[3]string]int{}
	a[[3]string{"x", "y", "z"}] = 9
	fmt.Println(a[[3]string{"x", "y", "z"}], len(a))
}
"#;

#[test]
fn struct_and_array_keys_run_on_every_runtime() {
    for (imp, go) in [
        (Impl::Classic, GoVersion::Go123),
        (Impl::Classic, GoVersion::Go124),
        (Impl::Swiss, GoVersion::Go124),
        (Impl::Swiss, GoVersion::Go127),
    ] {
        let (out, outcome) = run_with(PROGRAM, imp, go);
        assert_eq!(outcome, Outcome::Exit(0), "{imp:?} {go:?}: {out}");
        assert_eq!(out, "199 7 true false\n2 2\n9 1\n", "{imp:?} {go:?}");
    }
}

fn refused(key: &str, want: &str) {
    let src = format!(
        "package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tm := map[{key}]int{{}}\n\tfmt.Println(len(m))\n}}\n"
    );
    let (_, outcome) = run_with(&src, Impl::Swiss, GoVersion::Go127);
    match outcome {
        Outcome::Stopped(m) => {
            assert!(m.starts_with("unsupported:") && m.contains(want), "{key}: {m}")
        }
        o => panic!("{key}: expected unsupported, got {o:?}"),
    }
}

#[test]
fn unmodelled_key_types_are_refused() {
    // Over 128 bytes: classic maps store such keys indirectly.
    refused("[17]int64", "136 bytes");
    refused("struct{ P *int; A int }", "not modelled");
    refused("struct{ C complex128; A int }", "not modelled");
    refused("struct{ _ int; A int }", "blank fields");
    refused("[2]struct{}", "zero-size");
}
