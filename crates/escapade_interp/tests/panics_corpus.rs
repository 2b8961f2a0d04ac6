//! The panic catalogue reproduces the normalized stderr (`.err`) and exit status (`.exit`) that
//! real Go produced for the run corpus' panicking programs, and the recovered messages printed
//! by `recover_runtime_errors.go`. The inputs below are what an evaluator knows at the failing
//! operation (operands, types, values); the expected texts are the goldens.
#![allow(clippy::disallowed_methods, reason = "the test harness reads the corpus goldens")]

use escapade_interp::panics::{
    AssertionError, BoundsKind, Crash, PanicRecord, PanicValue, RuntimeError, PANIC_EXIT_CODE,
};
use std::path::Path;

fn rt(e: RuntimeError) -> PanicValue {
    PanicValue::Runtime(e)
}

fn b(kind: BoundsKind, x: i64, y: i64) -> RuntimeError {
    RuntimeError::Bounds { kind, x, y }
}

fn s(text: &str) -> PanicValue {
    PanicValue::Str(text.into())
}

fn chain(values: Vec<(PanicValue, bool)>) -> Crash {
    Crash {
        chain: values
            .into_iter()
            .map(|(value, recovered)| PanicRecord { value, recovered })
            .collect(),
    }
}

fn read(name: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/run");
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn cases() -> Vec<(&'static str, Crash)> {
    use BoundsKind::*;
    let assert = |a| Crash::single(rt(RuntimeError::Assertion(a)));
    let nil_deref = |addr| Crash::single(rt(RuntimeError::NilDeref { addr }));
    vec![
        ("panic_index", Crash::single(rt(b(Index, 5, 3)))),
        ("panic_index_negative", Crash::single(rt(b(Index, -2, 4)))),
        ("panic_index_string", Crash::single(rt(b(Index, 3, 3)))),
        ("panic_index_array", Crash::single(rt(b(Index, 4, 4)))),
        ("panic_slice_cap", Crash::single(rt(b(SliceAcap, 7, 5)))),
        ("panic_slice_len", Crash::single(rt(b(SliceAlen, 9, 5)))),
        ("panic_slice_inverted", Crash::single(rt(b(SliceB, 3, 1)))),
        ("panic_slice3", Crash::single(rt(b(Slice3Acap, 8, 4)))),
        ("panic_convert_array", Crash::single(rt(b(Convert, 4, 2)))),
        ("panic_nil_map", Crash::single(rt(RuntimeError::NilMapWrite))),
        ("panic_div_zero", Crash::single(rt(RuntimeError::DivideByZero))),
        ("panic_nil_deref", nil_deref(0)),
        ("panic_nil_func", nil_deref(0)),
        ("panic_nil_method", nil_deref(0)),
        ("panic_nil_slice_ptr", nil_deref(8)),
        (
            "panic_type_assert",
            assert(AssertionError::WrongType {
                iface: "interface {}".into(),
                concrete: "string".into(),
                asserted: "int".into(),
            }),
        ),
        (
            "panic_type_assert_named",
            assert(AssertionError::WrongType {
                iface: "fmt.Stringer".into(),
                concrete: "main.A".into(),
                asserted: "main.B".into(),
            }),
        ),
        (
            "panic_type_assert_nil",
            assert(AssertionError::Nil { iface: None, asserted: "fmt.Stringer".into() }),
        ),
        (
            "panic_type_assert_method",
            assert(AssertionError::MissingMethod {
                concrete: "main.T".into(),
                asserted: "main.Namer".into(),
                method: "Name".into(),
            }),
        ),
        ("panic_custom_string", Crash::single(s("something went wrong"))),
        ("panic_custom_error", Crash::single(s("disk full"))),
        ("panic_errorf", Crash::single(s("loading config: not found"))),
        ("panic_error_type", Crash::single(s("line 12: unexpected token"))),
        ("panic_stringer", Crash::single(s("code-7"))),
        ("panic_int", Crash::single(PanicValue::Int(42))),
        ("panic_float", Crash::single(PanicValue::Float64(1.5e300 * 2.0))),
        (
            "panic_named_int",
            Crash::single(PanicValue::Named {
                type_name: "main.Status".into(),
                value: Box::new(PanicValue::Int(-3)),
            }),
        ),
        (
            "panic_named_string",
            Crash::single(PanicValue::Named {
                type_name: "main.Msg".into(),
                value: Box::new(s("bad input")),
            }),
        ),
        ("panic_multiline", Crash::single(s("first line\nsecond line\nthird"))),
        ("gor_task_panic", Crash::single(s("bad value 3"))),
        ("convert_slice_array", Crash::single(s("save \"notes.txt\": disk full"))),
        (
            "panic_bool",
            chain(vec![(PanicValue::Bool(true), true), (PanicValue::Complex128(1.0, -2.0), false)]),
        ),
        ("panic_repanic", chain(vec![(s("first"), true), (s("again: first"), false)])),
        ("panic_repanic_same", chain(vec![(s("same value"), true), (s("same value"), false)])),
        ("panic_in_defer", chain(vec![(s("original"), false), (s("from defer"), false)])),
        (
            "chan_closed_panics",
            Crash::single(rt(RuntimeError::Plain("close of nil channel".into()))),
        ),
        (
            // runtime.errorString panics, the first recovered in a deferred call that panics.
            "core_unsafe_nil_panic",
            chain(vec![
                (
                    rt(RuntimeError::Plain(
                        "runtime error: unsafe.Slice: ptr is nil and len is not zero".into(),
                    )),
                    true,
                ),
                (
                    rt(RuntimeError::Plain(
                        "runtime error: unsafe.String: ptr is nil and len is not zero".into(),
                    )),
                    false,
                ),
            ]),
        ),
        (
            "panic_runtime_error_value",
            chain(vec![
                (rt(RuntimeError::NilMapWrite), true),
                (rt(RuntimeError::NilMapWrite), false),
            ]),
        ),
    ]
}

#[test]
fn crash_reports_match_go() {
    let mut failures = Vec::new();
    let cases = cases();
    for (name, crash) in &cases {
        let want = read(&format!("{name}.err"));
        let exit: i32 = read(&format!("{name}.exit")).trim().parse().expect("exit status");
        if crash.report() != want || exit != PANIC_EXIT_CODE {
            failures.push(format!("{name}: got {:?} (exit {exit}), want {want:?}", crash.report()));
        }
        assert!(crash.full_report().starts_with(&want));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every uncaught panic of the corpus is covered by the table above.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/run");
    let mut panicking: Vec<String> = std::fs::read_dir(dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".err").map(str::to_string))
        .filter(|n| read(&format!("{n}.err")).starts_with("panic: "))
        .collect();
    panicking.sort();
    let mut covered: Vec<String> = cases.iter().map(|(n, _)| n.to_string()).collect();
    covered.sort();
    assert_eq!(panicking, covered);
}

#[test]
fn recovered_messages_match_go() {
    use BoundsKind::*;
    let out = read("recover_runtime_errors.out");
    let expected = [
        ("index", b(Index, 5, 3)),
        ("slice", b(SliceAcap, 5, 3)),
        ("slice3", b(SliceB, 5, 3)),
        ("nilmap", RuntimeError::NilMapWrite),
        ("nilptr", RuntimeError::NilDeref { addr: 0 }),
        ("div", RuntimeError::DivideByZero),
        (
            "assert",
            RuntimeError::Assertion(AssertionError::WrongType {
                iface: "interface {}".into(),
                concrete: "string".into(),
                asserted: "float64".into(),
            }),
        ),
        ("nil", RuntimeError::PanicNil),
    ];
    for (label, err) in expected {
        let line = format!("{label}: {} (runtime.Error=true)", err.message());
        assert!(out.lines().any(|l| l == line), "{line:?} not in recover_runtime_errors.out");
    }
}
