//! Micro-step events for animation and teaching. A map records them only when event recording
//! is on (`set_recording(true)`); in fast mode no event is built at all.
//!
//! Every event names the storage it touches (bucket index and chain depth, or table, group and
//! slot) so a UI can redraw the affected cell from the event alone, starting from a state
//! snapshot taken before the operation.

use std::fmt;

/// Where a classic overflow bucket came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OverflowSource {
    /// The preallocated tail of the bucket array (index in the array).
    Prealloc(usize),
    /// A separate heap allocation.
    Heap,
}

/// One micro-step.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// An operation starts.
    Op {
        /// `put`, `get`, `del`, `clear`, `iter`.
        op: &'static str,
        /// The key, as JSON (empty for clear/iter).
        key: String,
    },
    /// The key's hash was computed with the map's seed.
    Hash {
        /// The seed.
        seed: u64,
        /// The 64-bit hash.
        hash: u64,
    },
    /// Classic: the low `b` bits chose a bucket; `tophash` is the top byte (adjusted ≥ 5).
    BucketSelect {
        /// log2 of the bucket count.
        b: u8,
        /// Bucket index (`hash & (2^b - 1)`).
        bucket: usize,
        /// Tophash of the key.
        tophash: u8,
        /// True when the lookup reads an old (not yet evacuated) bucket.
        old: bool,
    },
    /// Classic: one slot's tophash compared (and, if equal, the key).
    TophashCompare {
        /// Bucket index.
        bucket: usize,
        /// Position in the overflow chain (0 = the bucket itself).
        depth: usize,
        /// Slot 0..7.
        slot: usize,
        /// Stored tophash.
        stored: u8,
        /// Whether the stored key equals the key (only when the tophash matched).
        key_equal: Option<bool>,
    },
    /// Classic: a key was written (`update`: the key was already present).
    SlotWrite {
        /// Bucket index.
        bucket: usize,
        /// Chain depth.
        depth: usize,
        /// Slot.
        slot: usize,
        /// Tophash written.
        tophash: u8,
        /// Key as JSON.
        key: String,
        /// True for an update of an existing key.
        update: bool,
    },
    /// Classic: an overflow bucket was chained.
    OverflowAlloc {
        /// Bucket index of the chain head.
        bucket: usize,
        /// Depth of the new bucket in the chain.
        depth: usize,
        /// Preallocated or heap.
        source: OverflowSource,
        /// `noverflow` after the allocation.
        noverflow: u16,
    },
    /// Classic: a slot was deleted (tophash becomes emptyOne).
    SlotDelete {
        /// Bucket index.
        bucket: usize,
        /// Chain depth.
        depth: usize,
        /// Slot.
        slot: usize,
    },
    /// Classic: a cell became emptyRest during back-propagation.
    EmptyRest {
        /// Bucket index.
        bucket: usize,
        /// Chain depth.
        depth: usize,
        /// Slot.
        slot: usize,
    },
    /// Classic: hashGrow started.
    GrowStart {
        /// Same-size (compaction) rather than doubling.
        same_size: bool,
        /// B before.
        old_b: u8,
        /// B after.
        new_b: u8,
        /// `count` at the time.
        count: usize,
        /// `noverflow` at the time.
        noverflow: u16,
    },
    /// Classic: one key moved from an old bucket to its X or Y destination.
    EvacuateKey {
        /// Old bucket index.
        oldbucket: usize,
        /// Depth in the old chain.
        depth: usize,
        /// Slot in the old bucket.
        slot: usize,
        /// Destination half (false = X, true = Y).
        to_y: bool,
        /// Destination bucket index.
        dst_bucket: usize,
        /// Destination chain depth.
        dst_depth: usize,
        /// Destination slot.
        dst_slot: usize,
    },
    /// Classic: an old bucket (whole chain) is now evacuated.
    Evacuated {
        /// Old bucket index.
        oldbucket: usize,
    },
    /// Classic: `nevacuate` advanced.
    Nevacuate {
        /// New value.
        nevacuate: usize,
    },
    /// Classic: the grow finished and the old bucket array was dropped.
    OldBucketsFreed,
    /// Swiss: the top `global_depth` bits chose a directory slot and its table.
    DirSelect {
        /// Global depth.
        global_depth: u8,
        /// Directory index.
        dir_index: usize,
        /// Table id (position in directory order).
        table: usize,
    },
    /// Swiss: one group of the probe sequence was examined.
    Probe {
        /// Table id (None for a small map).
        table: Option<usize>,
        /// Probe step (0, 1, 2 ...).
        step: usize,
        /// Group index.
        group: usize,
        /// Bit i set: slot i's control byte equals H2.
        h2_match: u8,
        /// Bit i set: slot i is empty.
        empty: u8,
        /// Bit i set: slot i is a tombstone.
        deleted: u8,
    },
    /// Swiss: a key was written.
    SwissWrite {
        /// Table id (None for a small map).
        table: Option<usize>,
        /// Group.
        group: usize,
        /// Slot.
        slot: usize,
        /// H2 written into the control byte.
        h2: u8,
        /// Key as JSON.
        key: String,
        /// Update of an existing key.
        update: bool,
        /// The slot was a tombstone that is reused.
        reused_tombstone: bool,
    },
    /// Swiss: a key was deleted.
    SwissDelete {
        /// Table id (None for a small map).
        table: Option<usize>,
        /// Group.
        group: usize,
        /// Slot.
        slot: usize,
        /// The slot became a tombstone (its group had no empty slot).
        tombstone: bool,
    },
    /// Swiss: the small map became a table of capacity 16.
    SmallToTable,
    /// Swiss: a table was rehashed into one of twice the capacity.
    TableGrow {
        /// Table id before.
        table: usize,
        /// Old capacity.
        old_capacity: u16,
        /// New capacity.
        new_capacity: u16,
    },
    /// Swiss: a full table (capacity 1024) was split in two.
    TableSplit {
        /// Table id before.
        table: usize,
        /// New local depth.
        local_depth: u8,
        /// Entries that went left / right.
        left: u16,
        /// Entries that went right.
        right: u16,
    },
    /// Swiss: the directory doubled.
    DirectoryDouble {
        /// New global depth.
        global_depth: u8,
    },
    /// Swiss (go1.27): tombstones were pruned instead of growing.
    PruneTombstones {
        /// Table id.
        table: usize,
        /// Tombstones turned back into empty slots.
        removed: usize,
    },
    /// The seed was redrawn (map emptied by a delete, or cleared).
    Reseed {
        /// New seed.
        seed: u64,
    },
    /// The map was cleared.
    Cleared,
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Event::*;
        match self {
            Op { op, key } if key.is_empty() => write!(f, "op {op}"),
            Op { op, key } => write!(f, "op {op} {key}"),
            Hash { seed, hash } => write!(f, "  hash 0x{hash:016x} (seed 0x{seed:016x})"),
            BucketSelect { b, bucket, tophash, old } => write!(
                f,
                "  bucket {bucket} = hash & (2^{b}-1){}; tophash {tophash}",
                if *old { " [old bucket, not evacuated]" } else { "" }
            ),
            TophashCompare { bucket, depth, slot, stored, key_equal } => {
                write!(f, "    compare b{bucket}.{depth}[{slot}] tophash {stored}")?;
                match key_equal {
                    Some(true) => write!(f, " match, key equal"),
                    Some(false) => write!(f, " match, key differs"),
                    None => Ok(()),
                }
            }
            SlotWrite { bucket, depth, slot, tophash, key, update } => write!(
                f,
                "  {} b{bucket}.{depth}[{slot}] tophash {tophash} key {key}",
                if *update { "update" } else { "write" }
            ),
            OverflowAlloc { bucket, depth, source, noverflow } => match source {
                OverflowSource::Prealloc(i) => write!(
                    f,
                    "  overflow bucket b{bucket}.{depth} from preallocated #{i} (noverflow {noverflow})"
                ),
                OverflowSource::Heap => write!(f, "  overflow bucket b{bucket}.{depth} from heap (noverflow {noverflow})"),
            },
            SlotDelete { bucket, depth, slot } => write!(f, "  delete b{bucket}.{depth}[{slot}] -> emptyOne"),
            EmptyRest { bucket, depth, slot } => write!(f, "    b{bucket}.{depth}[{slot}] -> emptyRest"),
            GrowStart { same_size, old_b, new_b, count, noverflow } => write!(
                f,
                "  grow {} B {old_b} -> {new_b} (count {count}, noverflow {noverflow})",
                if *same_size { "same-size (too many overflow buckets)" } else { "double (load factor)" }
            ),
            EvacuateKey { oldbucket, depth, slot, to_y, dst_bucket, dst_depth, dst_slot } => write!(
                f,
                "    evacuate old b{oldbucket}.{depth}[{slot}] -> {} b{dst_bucket}.{dst_depth}[{dst_slot}]",
                if *to_y { "Y" } else { "X" }
            ),
            Evacuated { oldbucket } => write!(f, "  old bucket {oldbucket} evacuated"),
            Nevacuate { nevacuate } => write!(f, "  nevacuate = {nevacuate}"),
            OldBucketsFreed => write!(f, "  grow done: oldbuckets freed"),
            DirSelect { global_depth, dir_index, table } => {
                write!(f, "  directory[{dir_index}] (top {global_depth} bits) -> table {table}")
            }
            Probe { table, step, group, h2_match, empty, deleted } => write!(
                f,
                "    probe {}step {step} group {group}: h2 match {h2_match:08b} empty {empty:08b} deleted {deleted:08b}",
                table.map(|t| format!("table {t} ")).unwrap_or_default()
            ),
            SwissWrite { table, group, slot, h2, key, update, reused_tombstone } => write!(
                f,
                "  {} {}g{group}[{slot}] h2 {h2} key {key}{}",
                if *update { "update" } else { "write" },
                table.map(|t| format!("t{t}.")).unwrap_or_default(),
                if *reused_tombstone { " (reuses a tombstone)" } else { "" }
            ),
            SwissDelete { table, group, slot, tombstone } => write!(
                f,
                "  delete {}g{group}[{slot}] -> {}",
                table.map(|t| format!("t{t}.")).unwrap_or_default(),
                if *tombstone { "tombstone (group full)" } else { "empty" }
            ),
            SmallToTable => write!(f, "  small map -> table (capacity 16)"),
            TableGrow { table, old_capacity, new_capacity } => {
                write!(f, "  table {table} grows {old_capacity} -> {new_capacity}")
            }
            TableSplit { table, local_depth, left, right } => {
                write!(f, "  table {table} splits (local depth {local_depth}): {left} left, {right} right")
            }
            DirectoryDouble { global_depth } => write!(f, "  directory doubles (global depth {global_depth})"),
            PruneTombstones { table, removed } => write!(f, "  table {table}: pruned {removed} tombstones"),
            Reseed { seed } => write!(f, "  new seed 0x{seed:016x}"),
            Cleared => write!(f, "  cleared"),
        }
    }
}
