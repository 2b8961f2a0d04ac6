//! Real-runtime dumps (from `scripts/maps-oracle.sh --sweep`) that once exposed a divergence,
//! kept so the divergence cannot come back. Each must replay with every state identical.
//!
//! - `float-generic-assign.swiss127.jsonl` (sweep sequence 686, float64 keys, go1.27.3): at step
//!   138 a put finds the 64-slot table full of live keys and tombstones. `map[float64]` assigns
//!   through the generic `mapassign`, which grows the table to 128 slots without trying
//!   `pruneTombstones`; only the fast paths (`int32`/`int64`/`string` keys) prune first. The
//!   simulator used to prune here and stay at 64 slots.
//! - `iterw-lookahead.swiss124.jsonl` (sequence 35 of `scripts/maps-gen.py --sweep-batch 0 60
//!   iterw,striterw`, string keys, go1.24.11, step 69) and `iterw-lookahead.swiss127.jsonl`
//!   (sequence 0, int64 keys, go1.27.3, step 39): range loops that write. When `Iter.Next`
//!   yields from its slow path it has already moved to the group's next full slot, so a key
//!   written into a slot in between is not returned. The simulator used to scan slot by slot
//!   and returned it (or missed the runtime's order altogether).

// Tests (not the pure crate) read the committed dumps from disk.
#![allow(clippy::disallowed_methods)]

use escapade_maps::replay::{replay, ReplayOptions};

fn replay_file(name: &str) -> escapade_maps::replay::ReplayReport {
    let path = format!("{}/tests/regress/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("committed regression dump");
    replay(&text, ReplayOptions { emit: false, compare: true, max_diffs: 10 })
        .unwrap_or_else(|e| panic!("{path}: line {}: {}", e.line, e.msg))
}

#[test]
fn float_keys_grow_without_pruning_in_go127() {
    let rep = replay_file("float-generic-assign.swiss127.jsonl");
    assert_eq!(rep.records, 150);
    assert_eq!(rep.mismatched, 0, "{}", rep.diffs.join("\n"));
}

#[test]
fn swiss_iteration_skips_slots_written_behind_its_lookahead() {
    for (name, records, iters) in
        [("iterw-lookahead.swiss124.jsonl", 80, 5), ("iterw-lookahead.swiss127.jsonl", 40, 5)]
    {
        let rep = replay_file(name);
        assert_eq!(rep.records, records, "{name}");
        assert_eq!(rep.iters, iters, "{name}");
        assert_eq!(rep.iters_matched, iters, "{name}: iteration order not reproduced");
        assert_eq!(rep.mismatched, 0, "{name}:\n{}", rep.diffs.join("\n"));
    }
}
