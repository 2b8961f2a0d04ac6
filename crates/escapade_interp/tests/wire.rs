//! The wire codec (`escapade_interp::wire`): real runs and their requests survive a round trip
//! unchanged, every field of `Options` is carried, every map op name the evaluator emits is
//! known to the decoder, and no input (random, mutated, truncated) makes a decoder panic or
//! accept a strict prefix of a valid encoding.
#![allow(clippy::disallowed_methods, reason = "test harness reads testdata")]

use std::collections::BTreeSet;
use std::path::Path;

use escapade_base::{LineCol, Span};
use escapade_interp::wire::{
    decode_request, decode_result, encode_request, encode_result, WireError, MAP_OPS,
};
use escapade_interp::{
    run, ConvVerdict, GoVersion, Impl, MapOp, Options, Outcome, Output, RunResult,
};
use proptest::prelude::*;

/// Runs `src` as the web does (go1.27's escape facts) with map tracing and events on.
fn traced_run(src: &str) -> (Options, RunResult) {
    let mut opts = Options { trace: true, record_events: true, ..Options::default() };
    escapade_analysis::escape_facts(src).apply(&mut opts);
    let (src, run_opts) = (src.to_owned(), opts.clone());
    let r = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || run(&src, &run_opts))
        .expect("thread")
        .join()
        .expect("run does not panic");
    (opts, r)
}

fn corpus_src(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/run").join(format!("{name}.go"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn assert_same_result(a: &RunResult, b: &RunResult) {
    assert_eq!(a.output.stdout, b.output.stdout, "stdout");
    assert_eq!(a.output.stderr, b.output.stderr, "stderr");
    assert_eq!(a.output.writes, b.output.writes, "writes");
    assert_eq!(a.output.map_ops, b.output.map_ops, "map_ops");
    assert_eq!(a.outcome, b.outcome, "outcome");
    assert_eq!(a.steps, b.steps, "steps");
    // Catches a field added to RunResult/Output but not to the comparison above.
    assert_eq!(format!("{a:?}"), format!("{b:?}"));
}

fn assert_same_options(a: &Options, b: &Options) {
    // Options has no PartialEq: its Debug text names every field.
    assert_eq!(format!("{a:?}"), format!("{b:?}"));
}

fn result_round_trip(r: &RunResult) -> Vec<u8> {
    let bytes = encode_result(r);
    let back = decode_result(&bytes).expect("decodes");
    assert_same_result(r, &back);
    bytes
}

/// Corpus programs covering map ops with events (put/get/delete/clear/range, maps package),
/// an uncaught panic (stderr, exit 2), `os.Exit(3)`, and refused programs (`Stopped`).
const PROGRAMS: &[&str] = &[
    "map_basic",
    "map_clear",
    "map_maps_pkg",
    "maps_deletefunc_misc",
    "iter_maps_slices",
    "map_delete_churn",
    "panic_nil_map",
    "panic_goexit_exit",
    "map_interface_keys",
    "evalorder_gc_reads_late",
    "fmt_struct_verbs",
];

#[test]
fn real_runs_round_trip() {
    let mut exits = BTreeSet::new();
    let (mut stopped, mut with_events, mut with_stderr) = (0, 0, 0);
    for name in PROGRAMS {
        let src = corpus_src(name);
        let (opts, r) = traced_run(&src);
        result_round_trip(&r);
        let (src_back, opts_back) = decode_request(&encode_request(&src, &opts)).expect(name);
        assert_eq!(src_back, src, "{name}");
        assert_same_options(&opts, &opts_back);
        match &r.outcome {
            Outcome::Exit(c) => {
                exits.insert(*c);
            }
            Outcome::Stopped(_) => stopped += 1,
        }
        with_events += usize::from(r.output.map_ops.iter().any(|m| !m.events.is_empty()));
        with_stderr += usize::from(!r.output.stderr.is_empty());
    }
    // The selection really covers what it claims to.
    assert!(exits.contains(&0) && exits.contains(&2) && exits.contains(&3), "{exits:?}");
    assert!(stopped >= 1, "no refused program left in the selection");
    assert!(with_events >= 4 && with_stderr >= 1);
}

#[test]
fn budget_stop_and_compile_error_round_trip() {
    let src = corpus_src("map_delete_churn");
    let opts = Options { trace: true, record_events: true, max_steps: 500, ..Options::default() };
    let r = run(&src, &opts);
    assert!(matches!(r.outcome, Outcome::Stopped(_)), "{:?}", r.outcome);
    result_round_trip(&r);
    let r = run("package main\nfunc main() { x := 1 }\n", &Options::default());
    assert_eq!(r.outcome, Outcome::Exit(1));
    result_round_trip(&r);
}

fn every_field_set() -> Options {
    let lc = |line, col| LineCol { line, col };
    Options {
        imp: Impl::Classic,
        go: GoVersion::Go123,
        seed: u64::MAX - 7,
        trace: true,
        record_events: true,
        max_steps: 1 << 40,
        max_memory: 3,
        max_output: 12_345,
        max_depth: u32::MAX,
        append_sites: vec![(lc(1, 2), true), (lc(u32::MAX, 0), false)],
        inlined_calls: Some(vec![lc(7, 8), lc(9, 10)]),
        conversions: Some(vec![
            (lc(1, 1), ConvVerdict::Escapes),
            (lc(2, 2), ConvVerdict::Local),
            (lc(3, 3), ConvVerdict::ZeroCopy),
        ]),
    }
}

#[test]
fn options_every_field_round_trips() {
    let o = every_field_set();
    let d = Options::default();
    // Each field differs from the default, so a field the codec dropped would show.
    let fields = |o: &Options| {
        [
            format!("{:?}", o.imp),
            format!("{:?}", o.go),
            o.seed.to_string(),
            o.trace.to_string(),
            o.record_events.to_string(),
            o.max_steps.to_string(),
            o.max_memory.to_string(),
            o.max_output.to_string(),
            o.max_depth.to_string(),
            format!("{:?}", o.append_sites),
            format!("{:?}", o.inlined_calls),
            format!("{:?}", o.conversions),
        ]
    };
    for (a, b) in fields(&o).iter().zip(fields(&d).iter()) {
        assert_ne!(a, b);
    }
    let src = "package main\n\nfunc main() { println(\"héllo\") }\n";
    for variant in [
        o.clone(),
        Options { inlined_calls: None, conversions: None, ..o.clone() },
        Options { inlined_calls: Some(Vec::new()), conversions: Some(Vec::new()), ..o.clone() },
        Options { imp: Impl::Swiss, go: GoVersion::Go124, ..o.clone() },
        d,
    ] {
        let (s, back) = decode_request(&encode_request(src, &variant)).expect("decodes");
        assert_eq!(s, src);
        assert_same_options(&variant, &back);
    }
}

/// A program that makes the evaluator emit every kind of map op: `m[k] = v`, `m[k]`,
/// `delete`, `clear`, a `range` step, `maps.Keys`/`maps.All` steps, `maps.DeleteFunc`,
/// `maps.Copy`.
const ALL_OPS: &str = r#"package main

import (
	"fmt"
	"maps"
)

func main() {
	m := map[string]int{"a": 1}
	m["b"] = 2
	fmt.Println(m["a"])
	v, ok := m["zz"]
	fmt.Println(v, ok)
	delete(m, "a")
	for k, v := range m {
		fmt.Println(k, v)
	}
	for k := range maps.Keys(m) {
		fmt.Println(k)
	}
	for k, v := range maps.All(m) {
		fmt.Println(k, v)
	}
	n := map[string]int{}
	maps.Copy(n, m)
	maps.DeleteFunc(n, func(k string, v int) bool { return v == 2 })
	clear(m)
	fmt.Println(len(m), len(n))
}
"#;

#[test]
fn map_op_names_are_all_known() {
    let (_, r) = traced_run(ALL_OPS);
    assert_eq!(r.outcome, Outcome::Exit(0), "{}", String::from_utf8_lossy(&r.output.stderr));
    let emitted: BTreeSet<&str> = r.output.map_ops.iter().map(|m| m.op).collect();
    let known: BTreeSet<&str> = MAP_OPS.iter().copied().collect();
    assert_eq!(emitted, known, "emitted ops vs wire::MAP_OPS");
    result_round_trip(&r);
}

fn sample_result() -> RunResult {
    let op = |op: &'static str, events: &[&str]| MapOp {
        site: Span { start: 3, end: 20 },
        instance: 2,
        op,
        key: "\"k\"".into(),
        value: "ü".into(),
        span: Span { start: 40, end: u32::MAX },
        events: events.iter().map(|e| e.to_string()).collect(),
    };
    RunResult {
        output: Output {
            stdout: b"out\n\xff".to_vec(),
            stderr: b"panic: x\n".to_vec(),
            writes: vec![
                (Span { start: 1, end: 2 }, false, 4),
                (Span { start: 5, end: 9 }, true, 9),
            ],
            map_ops: vec![op("put", &["grow", "insert slot 3"]), op("next", &[])],
        },
        outcome: Outcome::Exit(-7),
        steps: 99,
    }
}

#[test]
fn rejects_wrong_kind_trailing_bytes_and_unknown_ops() {
    let req = encode_request("package main", &Options::default());
    let res = encode_result(&sample_result());
    assert!(decode_result(&req).is_err());
    assert!(decode_request(&res).is_err());
    for bytes in [&req, &res] {
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode_request(&longer).is_err() && decode_result(&longer).is_err());
    }
    let mut bogus = sample_result();
    bogus.output.map_ops[0].op = "insert";
    let e: WireError = decode_result(&encode_result(&bogus)).expect_err("unknown op");
    assert!(e.to_string().contains("unknown map op \"insert\""), "{e}");
    let mut stopped = sample_result();
    stopped.outcome = Outcome::Stopped("unsupported: x at 1:2".into());
    result_round_trip(&stopped);
}

#[test]
fn hostile_lengths_are_refused_without_allocating() {
    let res = encode_result(&sample_result());
    // Header, then a stdout length of 2^63: must be an error, not an allocation.
    let mut huge = res[..6].to_vec();
    huge.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]);
    assert!(decode_result(&huge).is_err());
    // A map op count far beyond what the input holds.
    let mut many = res[..6].to_vec();
    many.extend_from_slice(&[0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f]);
    assert!(decode_result(&many).unwrap_err().0.contains("cannot fit"));
    // An 11-byte varint.
    let mut long = res[..6].to_vec();
    long.extend_from_slice(&[0x80; 11]);
    assert!(decode_result(&long).is_err());
}

fn every_prefix_is_err(bytes: &[u8], decode: impl Fn(&[u8]) -> bool) {
    for n in 0..bytes.len() {
        assert!(!decode(&bytes[..n]), "prefix of {n} of {} bytes decoded", bytes.len());
    }
    assert!(decode(bytes));
}

#[test]
fn truncated_real_encodings_are_errors() {
    let (opts, r) = traced_run(&corpus_src("map_clear"));
    assert!(!r.output.map_ops.is_empty());
    every_prefix_is_err(&encode_result(&r), |b| decode_result(b).is_ok());
    every_prefix_is_err(&encode_request("package main", &opts), |b| decode_request(b).is_ok());
    every_prefix_is_err(&encode_request("", &every_field_set()), |b| decode_request(b).is_ok());
}

fn arb_line_col() -> impl Strategy<Value = LineCol> {
    (any::<u32>(), any::<u32>()).prop_map(|(line, col)| LineCol { line, col })
}

fn arb_verdict() -> impl Strategy<Value = ConvVerdict> {
    prop_oneof![Just(ConvVerdict::Escapes), Just(ConvVerdict::Local), Just(ConvVerdict::ZeroCopy)]
}

fn arb_options() -> impl Strategy<Value = Options> {
    let imp = prop_oneof![Just(Impl::Classic), Just(Impl::Swiss)];
    let go = prop_oneof![Just(GoVersion::Go123), Just(GoVersion::Go124), Just(GoVersion::Go127)];
    (
        (imp, go, any::<u64>(), any::<bool>(), any::<bool>(), any::<u64>()),
        (any::<u64>(), any::<usize>(), any::<u32>()),
        prop::collection::vec((arb_line_col(), any::<bool>()), 0..6),
        prop::option::of(prop::collection::vec(arb_line_col(), 0..6)),
        prop::option::of(prop::collection::vec((arb_line_col(), arb_verdict()), 0..6)),
    )
        .prop_map(
            |(
                (imp, go, seed, trace, record_events, max_steps),
                (max_memory, max_output, max_depth),
                append_sites,
                inlined_calls,
                conversions,
            )| Options {
                imp,
                go,
                seed,
                trace,
                record_events,
                max_steps,
                max_memory,
                max_output,
                max_depth,
                append_sites,
                inlined_calls,
                conversions,
            },
        )
}

fn arb_span() -> impl Strategy<Value = Span> {
    (any::<u32>(), any::<u32>()).prop_map(|(start, end)| Span { start, end })
}

fn arb_result() -> impl Strategy<Value = RunResult> {
    let op = (
        arb_span(),
        any::<u32>(),
        prop::sample::select(MAP_OPS),
        ".{0,6}",
        ".{0,6}",
        arb_span(),
        prop::collection::vec(".{0,8}", 0..3),
    )
        .prop_map(|(site, instance, op, key, value, span, events)| MapOp {
            site,
            instance,
            op,
            key,
            value,
            span,
            events,
        });
    let outcome =
        prop_oneof![any::<i32>().prop_map(Outcome::Exit), ".{0,10}".prop_map(Outcome::Stopped)];
    (
        prop::collection::vec(any::<u8>(), 0..20),
        prop::collection::vec(any::<u8>(), 0..20),
        prop::collection::vec((arb_span(), any::<bool>(), any::<usize>()), 0..4),
        prop::collection::vec(op, 0..5),
        outcome,
        any::<u64>(),
    )
        .prop_map(|(stdout, stderr, writes, map_ops, outcome, steps)| RunResult {
            output: Output { stdout, stderr, writes, map_ops },
            outcome,
            steps,
        })
}

/// Random bytes, half of them behind a valid header so they reach the field decoders.
fn arb_input() -> impl Strategy<Value = Vec<u8>> {
    let req = encode_request("", &Options::default())[..6].to_vec();
    let res = encode_result(&sample_result())[..6].to_vec();
    (0..3usize, prop::collection::vec(any::<u8>(), 0..200)).prop_map(move |(h, tail)| {
        let mut v = match h {
            0 => Vec::new(),
            1 => req.clone(),
            _ => res.clone(),
        };
        v.extend(tail);
        v
    })
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in arb_input()) {
        let _ = decode_request(&bytes);
        let _ = decode_result(&bytes);
    }

    #[test]
    fn mutated_encodings_never_panic(
        opts in arb_options(),
        r in arb_result(),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
    ) {
        let mut req = encode_request("package main", &opts);
        let mut res = encode_result(&r);
        for (i, b) in &flips {
            let at = i.index(req.len());
            req[at] = *b;
            let at = i.index(res.len());
            res[at] = *b;
        }
        let _ = decode_request(&req);
        let _ = decode_result(&res);
    }

    #[test]
    fn arbitrary_options_round_trip(opts in arb_options(), src in ".{0,40}") {
        let bytes = encode_request(&src, &opts);
        let (s, back) = decode_request(&bytes).expect("decodes");
        prop_assert_eq!(s, src);
        prop_assert_eq!(format!("{opts:?}"), format!("{back:?}"));
        for n in 0..bytes.len() {
            prop_assert!(decode_request(&bytes[..n]).is_err());
        }
    }

    #[test]
    fn arbitrary_results_round_trip(r in arb_result()) {
        let bytes = encode_result(&r);
        let back = decode_result(&bytes).expect("decodes");
        prop_assert_eq!(format!("{r:?}"), format!("{back:?}"));
        for n in 0..bytes.len() {
            prop_assert!(decode_result(&bytes[..n]).is_err());
        }
    }
}
