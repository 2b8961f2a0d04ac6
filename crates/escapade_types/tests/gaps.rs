//! Regression tests for checker gaps found by downstream phases (escape lowering, the
//! interpreter). Every expected diagnostic and constant was produced by gc 1.27.3
//! (`go build` on the same program).

use escapade_types::{check_source, Checked, ObjKind};

/// gc-style `LINE:COL: message` lines of a single-file package.
fn errors(src: &str) -> Vec<String> {
    let c = check_source(src);
    c.render(&["main.go"], &[src])
        .into_iter()
        .map(|l| l.strip_prefix("main.go:").unwrap_or(&l).to_string())
        .collect()
}

/// The value of package-level constant `name` (as printed by our constant printer).
fn const_value(c: &Checked, name: &str) -> String {
    for info in &c.checker.info {
        for o in info.defs.iter().flatten() {
            let obj = c.checker.obj(*o);
            if obj.name == name {
                if let ObjKind::Const { value: Some(v) } = &obj.kind {
                    return v.to_i64().map_or_else(|| format!("{v:?}"), |i| i.to_string());
                }
            }
        }
    }
    panic!("no constant {name}");
}

fn unsafe_prog(expr: &str) -> String {
    format!(
        "package main\n\nimport \"unsafe\"\n\ntype I struct{{ q int }}\ntype S struct {{\n\t*I\n\ty int\n}}\n\nfunc (S) M() {{}}\n\nfunc main() {{\n\tx := 1\n\tvar s S\n\t_, _ = s, x\n\t_ = {expr}\n}}\n"
    )
}

#[test]
fn unsafe_functions_type_check() {
    let src = r#"package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a byte
	b int64
	c struct{ d, e int32 }
	E
}

type E struct{ f, g int16 }

func f(p *int) []int { return unsafe.Slice(p, 1) }

func g[T any](x T, s []T) {
	n := unsafe.Sizeof(x)
	_ = n
	_ = unsafe.Alignof(s)
	var y struct {
		a T
		b int
	}
	_ = unsafe.Offsetof(y.b)
}

const (
	o1 = unsafe.Offsetof(S{}.b)
	o2 = unsafe.Offsetof(S{}.c.e)
	o3 = unsafe.Offsetof(S{}.g)
	s1 = unsafe.Sizeof(S{})
	a1 = unsafe.Alignof(1.5)
)

func main() {
	x := []int{1, 2, 3}
	p := unsafe.SliceData(x)
	q := unsafe.Add(unsafe.Pointer(p), 8)
	b := []byte("hi")
	s := unsafe.String(&b[0], len(b))
	d := unsafe.StringData(s)
	var l uint8 = 2
	fmt.Println(f(p), q != nil, s, *d, unsafe.Slice(&b[0], l), o1, o2, o3, s1, a1)
	var sp *S
	fmt.Println(unsafe.Offsetof(sp.g), unsafe.Sizeof(sp), unsafe.Add(q, -1) != nil)
}
"#;
    let c = check_source(src);
    assert!(c.all_diagnostics.is_empty(), "{:?}", errors(src));
    // gc prints `8 4 26 32 8` for o1..a1.
    let got: Vec<String> =
        ["o1", "o2", "o3", "s1", "a1"].iter().map(|n| const_value(&c, n)).collect();
    assert_eq!(got, ["8", "4", "26", "32", "8"]);
    // A size depending on a type parameter is not constant.
    let generic = "package main\n\nimport \"unsafe\"\n\nfunc g[T any](x T) {\n\tconst n = unsafe.Sizeof(x)\n}\n\nfunc main() {}\n";
    assert_eq!(errors(generic), ["6:12: unsafe.Sizeof(x) (value of type uintptr) is not constant"]);
}

#[test]
fn unsafe_function_errors() {
    let cases = [
        ("unsafe.Slice(x, 1)", "17:19: invalid argument: x (variable of type int) is not a pointer"),
        ("unsafe.Slice(&x, -1)", "17:23: invalid argument: length -1 (constant of type int) must not be negative"),
        ("unsafe.Slice(&x, 1.5)", "17:23: 1.5 (untyped float constant) truncated to int"),
        ("unsafe.Slice(&x, \"a\")", "17:23: cannot convert \"a\" (untyped string constant) to type int"),
        ("unsafe.SliceData(x)", "17:23: invalid argument: x (variable of type int) is not a slice"),
        ("unsafe.String(&x, 1)", "17:20: cannot use &x (value of type *int) as *byte value in argument to unsafe.String"),
        ("unsafe.StringData(x)", "17:24: cannot use x (variable of type int) as string value in argument to unsafe.StringData"),
        ("unsafe.Add(&x, 1)", "17:17: cannot use &x (value of type *int) as unsafe.Pointer value in argument to unsafe.Add"),
        ("unsafe.Add(unsafe.Pointer(&x), 1.5)", "17:37: 1.5 (untyped float constant) truncated to int"),
        ("unsafe.Offsetof(x)", "17:22: invalid argument: x is not a selector expression"),
        ("unsafe.Offsetof(s.M)", "17:22: invalid argument: s.M is a method value"),
        ("unsafe.Offsetof(s.zz)", "17:22: invalid argument: S has no single field zz"),
        ("unsafe.Offsetof(s.q)", "17:22: invalid argument: field q is embedded via a pointer in S"),
        ("unsafe.Sizeof(nil)", "17:20: use of untyped nil in argument to unsafe.Sizeof"),
        ("unsafe.Slice(&x, uint64(1)<<63)", "17:23: invalid argument: length uint64(1) << 63 (constant 9223372036854775808 of type uint64) overflows int"),
        ("unsafe.Slice(&x, 1<<63)", "17:23: 1 << 63 (untyped int constant 9223372036854775808) overflows int"),
    ];
    for (expr, want) in cases {
        assert_eq!(errors(&unsafe_prog(expr)), [want], "{expr}");
    }
    assert!(errors(&unsafe_prog("unsafe.String(nil, 1)")).is_empty());
}

/// Every identifier that declares a variable has a `defs` entry and an `info.types` entry
/// with the variable's type; `names` must all be among them.
fn assert_var_defs_typed(src: &str, names: &[&str]) {
    let c = check_source(src);
    assert!(c.all_diagnostics.is_empty(), "{:?}", errors(src));
    let info = &c.checker.info[0];
    let mut seen = Vec::new();
    for (i, d) in info.defs.iter().enumerate() {
        let Some(o) = d else { continue };
        let obj = c.checker.obj(*o);
        if !matches!(obj.kind, ObjKind::Var { field: false, .. }) {
            continue;
        }
        let tv = info.types[i].as_ref().unwrap_or_else(|| panic!("no type for {}", obj.name));
        assert_eq!(Some(tv.ty), obj.ty, "type of {}", obj.name);
        seen.push(obj.name.clone());
    }
    for n in names {
        assert!(seen.iter().any(|s| s == n), "{n} not defined; defs: {seen:?}");
    }
}

#[test]
fn receivers_and_declaring_identifiers_are_recorded() {
    let src = "package main\n\ntype T struct{}\n\nfunc (t *T) M() { _ = t }\n\nfunc (u T) N(a, b int, c ...string) (r1 int, r2 error) {\n\tvar i interface{} = a\n\tx := b\n\tfor k, v := range c {\n\t\t_, _ = k, v\n\t}\n\tswitch w := i.(type) {\n\tcase int:\n\t\t_ = w\n\t}\n\t_, _ = u, x\n\treturn\n}\n\nfunc main() {}\n";
    assert_var_defs_typed(src, &["t", "u", "a", "b", "c", "r1", "r2", "i", "x", "k", "v", "w"]);
    // The receiver type expressions have type entries too.
    let c = check_source(src);
    let info = &c.checker.info[0];
    let mut n = 0;
    for d in &c.files[0].decls {
        if let escapade_syntax::ast::DeclKind::Func(fd) = &d.kind {
            if let Some(r) = &fd.recv {
                let ty = &r.fields[0].ty;
                let tv = info.type_of(ty.id).expect("receiver type expression recorded");
                assert_eq!(tv.mode, escapade_types::Mode::TypeExpr);
                n += 1;
            }
        }
    }
    assert_eq!(n, 2);
}

#[test]
fn generic_function_arguments_are_inferred() {
    let ok = r#"package main

import "fmt"

func Apply[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Call[T any](f func(T) T, x T) T { return f(x) }

func Double[N int | float64](n N) N { return n * 2 }

func Identity[T any](x T) T { return x }

func main() {
	fmt.Println(Apply([]int{1, 2}, Double))
	fmt.Println(Apply([]string{"a"}, Identity))
	fmt.Println(Call(Double, 3))
	fmt.Println(Call(Identity, "x"))
	fmt.Println(Call(Double[float64], 3))
}
"#;
    assert!(errors(ok).is_empty(), "{:?}", errors(ok));
    // The instantiated argument is recorded as an instance.
    let c = check_source(ok);
    let n = c.checker.info[0].instances.iter().flatten().count();
    assert!(n >= 9, "{n} instances");
    let bad_constraint = "package main\n\nimport \"fmt\"\n\nfunc Apply[T, U any](xs []T, f func(T) U) []U { return nil }\n\nfunc Double[N int | float64](n N) N { return n * 2 }\n\nfunc main() {\n\tfmt.Println(Apply([]string{\"a\"}, Double))\n}\n";
    assert_eq!(
        errors(bad_constraint),
        ["10:19: string does not satisfy int | float64 (string missing in int | float64)"]
    );
    let cannot_infer = "package main\n\nimport \"fmt\"\n\nfunc Apply[T, U any](xs []T, f func(T) U) []U { return nil }\n\nfunc Pair[A, B any](a A) B { var b B; return b }\n\nfunc main() {\n\tfmt.Println(Apply([]string{\"a\"}, Pair))\n}\n";
    assert_eq!(
        errors(cannot_infer),
        ["10:19: in call to Apply, cannot infer U (declared at 5:15)"]
    );
}

#[test]
fn generic_aliases() {
    let ok = r#"package main

import "fmt"

type Set[T comparable] = map[T]struct{}

type List[T any] struct{ items []T }

type L[T any] = List[T]

type Pair[K comparable, V any] = struct {
	k K
	v V
}

func add[T comparable](s Set[T], x T) { s[x] = struct{}{} }

func main() {
	s := Set[int]{}
	add(s, 3)
	var m map[int]struct{} = s
	l := L[string]{items: []string{"a"}}
	p := Pair[string, int]{"a", 1}
	fmt.Println(len(m), l.items, p.k, p.v)
}
"#;
    let c = check_source(ok);
    assert!(c.all_diagnostics.is_empty(), "{:?}", errors(ok));
    let bad = "package main\n\ntype Set[T comparable] = map[T]struct{}\n\nfunc main() {\n\tvar a Set\n\tvar b Set[[]int]\n\tvar c Set[int, int]\n\t_, _, _ = a, b, c\n}\n";
    assert_eq!(
        errors(bad),
        [
            "6:8: cannot use generic type Set[T comparable] without instantiation",
            "7:12: []int does not satisfy comparable",
            "8:8: too many type arguments for type Set: have 2, want 1",
        ]
    );
}

/// Broken-corpus files whose first gc diagnostic (goldens written by
/// `scripts/types-corpus.py`) we reproduce exactly, position included.
#[test]
fn error_positions_match_gc() {
    #![allow(clippy::disallowed_methods)]
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/broken");
    for name in [
        "chan_receive_from_send_only",
        "duplicate_case_const_expr",
        "method_call_on_map_elem",
        "slice_3index_string",
        "slice_inverted_bounds",
        "label_duplicate",
        "not_implement_comparable",
        "not_implement_constraint",
    ] {
        let src = std::fs::read_to_string(dir.join(format!("{name}.go"))).expect("read");
        let golden = std::fs::read_to_string(dir.join(format!("{name}.errors"))).expect("read");
        // The first diagnostic with its continuation lines.
        let mut want = String::new();
        for (i, l) in golden.lines().enumerate() {
            if i > 0 && !l.starts_with('\t') {
                break;
            }
            if i > 0 {
                want.push('\n');
            }
            want.push_str(l);
        }
        let got = errors(&src);
        assert_eq!(got.first().map(String::as_str), Some(want.as_str()), "{name}");
    }
}
