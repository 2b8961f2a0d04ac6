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

#[test]
fn pointer_and_channel_keys_run_on_every_runtime() {
    // Synthetic addresses: equal for one referent, distinct for another, also inside structs
    // (whose buckets then hold pointers: classic maps clear and scan them differently).
    let src = r#"package main

import "fmt"

type edge struct {
	from, to *int
	c        chan int
}

func main() {
	xs := make([]int, 300)
	c := make(chan int)
	m := map[edge]int{}
	for i := range xs {
		m[edge{&xs[i], &xs[(i+1)%300], c}] = i
	}
	for i := 0; i < 300; i += 2 {
		delete(m, edge{&xs[i], &xs[(i+1)%300], c})
	}
	v, ok := m[edge{&xs[7], &xs[8], c}]
	_, gone := m[edge{&xs[8], &xs[9], c}]
	_, other := m[edge{&xs[7], &xs[8], nil}]
	fmt.Println(len(m), v, ok, gone, other)
}
"#;
    for (imp, go) in [
        (Impl::Classic, GoVersion::Go123),
        (Impl::Classic, GoVersion::Go124),
        (Impl::Swiss, GoVersion::Go124),
        (Impl::Swiss, GoVersion::Go127),
    ] {
        let (out, outcome) = run_with(src, imp, go);
        assert_eq!(outcome, Outcome::Exit(0), "{imp:?} {go:?}: {out}");
        assert_eq!(out, "150 7 true false false\n", "{imp:?} {go:?}");
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
    refused("struct{ I any; A int }", "not modelled");
    refused("struct{ C complex128; A int }", "not modelled");
    refused("struct{ _ int; A int }", "blank fields");
    refused("[2]struct{}", "zero-size");
}

/// The hash and placement events (every event but the slot write, which prints the key) of
/// the first `put` of `val` into a `map[key]int`.
fn first_put_events(key: &str, val: &str, imp: Impl, go: GoVersion) -> Vec<String> {
    let src =
        format!("package main\n\nfunc main() {{\n\tm := map[{key}]int{{}}\n\tm[{val}] = 1\n}}\n");
    let opts = Options { imp, go, trace: true, record_events: true, ..Options::default() };
    let r = run(&src, &opts);
    assert_eq!(r.outcome, Outcome::Exit(0), "{key}");
    let op = r.output.map_ops.iter().find(|o| o.op == "put").expect("a put");
    op.events.iter().filter(|e| !e.contains(" key ")).cloned().collect()
}

#[test]
fn narrow_scalar_keys_hash_like_their_one_field_struct() {
    // A one-field struct hashes like its field (checked against the real runtimes by
    // scripts/maps-hash-check.sh for structs holding int8/int32/float32/bool fields), so a
    // bool, 8/16/32-bit integer or float32 key must produce the same hash and placement as
    // `struct{ A K }`; before, such keys were hashed as 8-byte integers.
    for (imp, go) in [(Impl::Classic, GoVersion::Go123), (Impl::Swiss, GoVersion::Go127)] {
        for (k, v) in [
            ("int32", "int32(-7)"),
            ("uint16", "uint16(513)"),
            ("int8", "int8(3)"),
            ("bool", "true"),
            ("rune", "'x'"),
            ("float32", "float32(1.5)"),
        ] {
            let scalar = first_put_events(k, v, imp, go);
            let wrapped = first_put_events(
                &format!("struct{{ A {k} }}"),
                &format!("struct{{ A {k} }}{{{v}}}"),
                imp,
                go,
            );
            assert!(!scalar.is_empty(), "{k}: no events");
            assert_eq!(scalar, wrapped, "{k} {imp:?} {go:?}");
        }
        // 8-byte keys are unchanged: int64 and struct{A int64} hash alike too.
        let a = first_put_events("int64", "int64(9)", imp, go);
        let b = first_put_events("struct{ A int64 }", "struct{ A int64 }{9}", imp, go);
        assert_eq!(a, b, "int64 {imp:?} {go:?}");
    }
}
