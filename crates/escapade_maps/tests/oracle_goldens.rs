//! Replays every committed oracle dump (real Go runtimes, produced by
//! `scripts/maps-oracle.sh`) and requires every state, lookup result and iteration order to
//! match the runtime exactly.

// Tests (not the pure crate) read the committed goldens from disk.
#![allow(clippy::disallowed_methods)]

use escapade_maps::replay::{replay, ReplayOptions};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");

fn dumps() -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(DATA)
        .expect("tests/data exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    v.sort();
    v
}

#[test]
fn every_committed_dump_replays_identically() {
    let files = dumps();
    assert!(
        files.len() >= 64,
        "expected the golden set (16 workloads x 4 runtimes), found {}",
        files.len()
    );
    let mut records = 0;
    let mut iters = 0;
    let mut kinds = std::collections::BTreeSet::new();
    let mut keytypes = std::collections::BTreeSet::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("readable dump");
        let rep = replay(&text, ReplayOptions { emit: false, compare: true, max_diffs: 10 })
            .unwrap_or_else(|e| panic!("{}: line {}: {}", f.display(), e.line, e.msg));
        assert_eq!(rep.mismatched, 0, "{}:\n{}", f.display(), rep.diffs.join("\n"));
        assert_eq!(rep.iters_matched, rep.iters, "{}: iteration order not reproduced", f.display());
        assert!(rep.records > 0);
        records += rep.records;
        iters += rep.iters;
        kinds.insert(rep.target.split(' ').take(2).collect::<Vec<_>>().join(" "));
        keytypes.insert(rep.target.splitn(3, ' ').nth(2).unwrap_or("").to_string());
    }
    assert!(records > 5_000, "only {records} records");
    assert!(iters > 50, "only {iters} iterations");
    assert_eq!(kinds.len(), 4, "runtimes covered: {kinds:?}");
    // Scalar keys and the composite keys (plain-memory struct and array, a struct with a
    // string field, an array of strings).
    for kt in [
        "int64",
        "string",
        "float64",
        "struct{a int64; b int64}",
        "[2]int64",
        "struct{a int64; s string}",
        "[2]string",
    ] {
        assert!(keytypes.contains(kt), "key type {kt} not covered: {keytypes:?}");
    }
}

#[test]
fn a_corrupted_dump_is_caught() {
    let f = dumps()
        .into_iter()
        .find(|p| p.to_string_lossy().contains("churn.classic123"))
        .expect("churn dump");
    let text = std::fs::read_to_string(f).expect("readable");
    // Shift every tophash list by one slot in the last full state: must be reported.
    let lines: Vec<&str> = text.lines().collect();
    let idx = lines.iter().rposition(|l| l.contains("\"tophash\":[")).expect("a full state");
    let bad = lines[idx].replacen("\"tophash\":[", "\"tophash\":[7,", 1).replacen(",", "", 0);
    let mut out: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
    out[idx] = bad;
    let rep = replay(&out.join("\n"), ReplayOptions { emit: false, compare: true, max_diffs: 10 })
        .expect("parses");
    assert_eq!(rep.mismatched, 1, "{:?}", rep.diffs);
    // And a wrong iteration order is not "reproduced".
    let idx = lines
        .iter()
        .position(|l| l.contains("\"op\":\"iter\"") && l.contains("\"result\":["))
        .or(None);
    if let Some(idx) = idx {
        let mut out: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
        out[idx] = out[idx].replacen("\"result\":[", "\"result\":[123456789,", 1);
        let rep =
            replay(&out.join("\n"), ReplayOptions { emit: false, compare: true, max_diffs: 10 })
                .expect("parses");
        assert!(rep.iters_matched < rep.iters);
    }
}

#[test]
fn replay_output_is_the_oracle_schema() {
    let f = dumps()
        .into_iter()
        .find(|p| p.to_string_lossy().contains("seq.swiss127"))
        .expect("seq dump");
    let text = std::fs::read_to_string(f).expect("readable");
    let rep =
        replay(&text, ReplayOptions { emit: true, compare: false, max_diffs: 0 }).expect("replays");
    let ours = rep.output;
    // Our own output replays against itself (same schema, same fields).
    let again = replay(&ours, ReplayOptions { emit: false, compare: true, max_diffs: 5 })
        .expect("our output parses");
    assert_eq!(again.mismatched, 0, "{:?}", again.diffs);
    assert_eq!(ours.lines().count(), text.lines().count());
}

#[test]
fn bad_dumps_are_errors_not_panics() {
    for bad in ["", "not json", "{\"header\":{\"go\":\"go1.21\",\"impl\":\"classic-hmap\",\"keytype\":\"int64\"}}",
        "{\"header\":{\"go\":\"go1.23.9\",\"impl\":\"classic-hmap\",\"keytype\":\"int64\"}}\n{\"step\":1,\"op\":\"fly\"}",
        "{\"header\":{\"go\":\"go1.27.3\",\"impl\":\"swiss\",\"keytype\":\"int64\"}}\n{\"step\":1,\"op\":\"put\",\"key\":\"x\"}"] {
        assert!(replay(bad, ReplayOptions::default()).is_err(), "{bad:?}");
    }
}

/// The simulator's map type for each key type (sizes, pointer-ness) gives the layout the real
/// runtimes report in the committed dumps' headers: the classic bucket size and pointer-ness,
/// and the Swiss slot (key + elem, 8 per group after the 8-byte control word).
#[test]
fn key_layouts_match_the_runtime_headers() {
    use escapade_maps::key::{IntPair, IntStr, StrPair};
    use escapade_maps::{MapKey, MapType};
    let types: [(&str, MapType); 7] = [
        ("int64", i64::map_type()),
        ("string", String::map_type()),
        ("float64", f64::map_type()),
        ("struct{A int64; B int64}", IntPair::map_type()),
        ("[2]int64", IntPair::map_type()),
        ("struct{A int64; S string}", IntStr::map_type()),
        ("[2]string", StrPair::map_type()),
    ];
    let mut checked = std::collections::BTreeSet::new();
    for f in dumps() {
        let text = std::fs::read_to_string(&f).expect("readable dump");
        let head = escapade_maps::json::parse(text.lines().next().expect("header")).expect("json");
        let h = head.get("header").expect("header");
        let kt = h.get("keytype").and_then(|v| v.as_str()).expect("keytype");
        let l = h.get("layout").expect("layout");
        let ty = types.iter().find(|(n, _)| *n == kt).map(|(_, t)| *t).expect("known key type");
        let num = |k: &str| l.get(k).and_then(|v| v.as_i64()).unwrap_or(-1);
        if h.get("impl").and_then(|v| v.as_str()) == Some("swiss") {
            let slot = (ty.key_size + ty.elem_size) as i64;
            assert_eq!(num("KeyStride"), slot, "{}", f.display());
            assert_eq!(num("GroupSize"), 8 + 8 * slot, "{}", f.display());
        } else {
            assert_eq!(num("maptype.BucketSize"), ty.bucket_size() as i64, "{}", f.display());
            let ptrs = l.get("bucket_has_pointers").and_then(|v| v.as_bool());
            assert_eq!(ptrs, Some(ty.bucket_has_pointers()), "{}", f.display());
        }
        checked.insert(kt.to_string());
    }
    assert_eq!(checked.len(), types.len(), "key types with dumps: {checked:?}");
}
