//! gc's escape analysis (not implemented yet; the crate currently holds the escape corpus and
//! the goldens produced by the real Go toolchain).
#![warn(clippy::disallowed_methods, clippy::disallowed_types)]
