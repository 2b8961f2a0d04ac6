//! Real-runtime dumps (from `scripts/maps-oracle.sh --sweep`) that once exposed a divergence,
//! kept so the divergence cannot come back. Each must replay with every state identical.
//!
//! - `float-generic-assign.swiss127.jsonl` (sweep sequence 686, float64 keys, go1.27.3): at step
//!   138 a put finds the 64-slot table full of live keys and tombstones. `map[float64]` assigns
//!   through the generic `mapassign`, which grows the table to 128 slots without trying
//!   `pruneTombstones`; only the fast paths (`int32`/`int64`/`string` keys) prune first. The
//!   simulator used to prune here and stay at 64 slots.

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
