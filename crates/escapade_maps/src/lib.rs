//! Go runtime map simulator: the classic bucket map (Go ≤ 1.23, [`classic`]) and Swiss tables
//! (Go 1.24+, [`swiss`]), slot for slot identical to the real runtime given the same hashes.
//!
//! Invariants: no dependencies at all; deterministic (seeds and every random draw come from an
//! injected [`hash::Rng`]); no I/O or clocks; bad input gives errors, never panics.
//!
//! # Using it
//!
//! * [`GoMap`] is the front door: `GoMap::new(Impl, GoVersion, hint, HashKind, rng_seed)`, then
//!   `put`, `get`, `delete`, `clear`, `len`, `iter_init`/`iter_next` (iteration interleaved
//!   with writes is supported) and `iterate` for a whole `range` loop. Keys implement
//!   [`MapKey`] (`i64`, `String`, `f64`, and [`GoValue`] for the interpreter's composite keys).
//! * Replayed hashes: the `*_hashed` operations take the hash from the caller (an oracle dump).
//! * Events: `set_recording(true)` then `take_events()` after each operation gives the
//!   micro-steps ([`events::Event`], printable with `Display`).
//! * State: [`dump::state_json`] gives the oracle's JSON schema; [`dump::state_text`] a stable
//!   text dump; [`invariants::check`] the runtime's invariants.
//! * [`replay::replay`] drives a map from an oracle dump (JSON lines) and compares every state.
#![warn(clippy::disallowed_methods, clippy::disallowed_types)]

pub mod classic;
pub mod dump;
pub mod events;
pub mod hash;
pub mod invariants;
pub mod json;
pub mod key;
pub mod map;
pub mod ops;
pub mod replay;
pub mod swiss;

pub use hash::{Fallback, HashKind, Rng};
pub use key::{GoValue, MapKey};
pub use map::{GoMap, GoVersion, Impl, MapIter};

/// Size and pointer facts about `map[K]V` that decide the runtime layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapType {
    /// `sizeof(K)`.
    pub key_size: u64,
    /// `sizeof(V)`.
    pub elem_size: u64,
    /// K contains pointers (strings, pointers...).
    pub key_pointers: bool,
    /// V contains pointers.
    pub elem_pointers: bool,
}

/// Keys or elems larger than this are stored indirectly (as a pointer).
pub const MAX_INLINE: u64 = 128;

impl MapType {
    /// A map type from sizes and pointer-ness.
    pub fn new(key_size: u64, elem_size: u64, key_pointers: bool, elem_pointers: bool) -> Self {
        MapType { key_size, elem_size, key_pointers, elem_pointers }
    }
    fn key_slot(&self) -> u64 {
        if self.key_size > MAX_INLINE {
            8
        } else {
            self.key_size
        }
    }
    fn elem_slot(&self) -> u64 {
        if self.elem_size > MAX_INLINE {
            8
        } else {
            self.elem_size
        }
    }
    /// Classic bucket size: tophash[8], 8 keys, 8 elems, overflow pointer.
    pub fn bucket_size(&self) -> u64 {
        8 + 8 * self.key_slot() + 8 * self.elem_slot() + 8
    }
    /// The classic bucket type contains pointers (affects zeroing, malloc headers and
    /// `mapextra.overflow`).
    pub fn bucket_has_pointers(&self) -> bool {
        self.key_pointers
            || self.elem_pointers
            || self.key_size > MAX_INLINE
            || self.elem_size > MAX_INLINE
    }
}
