//! Helpers shared by the robustness tests.

/// A fixed-seed xorshift64 sequence: the same mutations on every run.
pub fn xorshift(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed;
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}
