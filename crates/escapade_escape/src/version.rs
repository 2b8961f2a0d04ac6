//! The Go toolchain versions whose escape analysis is modelled, and their limits.

/// Which gc escape analysis to reproduce.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GoVersion {
    Go123,
    Go124,
    #[default]
    Go127,
}

impl GoVersion {
    /// `ir.MaxStackVarSize`: explicit variables larger than this are heap allocated.
    pub fn max_stack_var_size(self) -> i64 {
        match self {
            GoVersion::Go123 => 10 * 1024 * 1024,
            GoVersion::Go124 | GoVersion::Go127 => 128 * 1024,
        }
    }
    /// `ir.MaxImplicitStackVarSize`: `new`, `&T{}`, `make`, closures, method values.
    pub fn max_implicit_stack_var_size(self) -> i64 {
        64 * 1024
    }
    /// go1.27 behaviour (append locations, literal rewriting, deque solver, `←`).
    pub fn is_127(self) -> bool {
        self == GoVersion::Go127
    }
}

/// Pointer size and alignment of the modelled target (amd64/arm64/wasm: 8).
pub const PTR_SIZE: i64 = 8;
