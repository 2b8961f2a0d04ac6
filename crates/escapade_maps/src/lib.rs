//! Go runtime map simulator (classic hmap for Go ≤ 1.23, Swiss tables for Go 1.24+).
//!
//! Invariants: no dependencies at all; deterministic (seeds are injected); no I/O or clocks.
#![warn(clippy::disallowed_methods, clippy::disallowed_types)]
