//! Non-constant float-to-integer conversions as gc compiles them for linux/amd64 (go1.27.3).
//!
//! The spec leaves an out-of-range result implementation-dependent; users compare with real
//! Go on amd64, so the interpreter reproduces what the machine code does (probed with
//! go1.27.3, `//go:noinline` converters and constant-folded ones agree):
//! - the truncating conversions saturate to the *smallest* value of their width when the
//!   truncated value does not fit (also for NaN and ±Inf): `CVTTSD2SL` gives `-2^31`,
//!   `CVTTSD2SQ` gives `-2^63`;
//! - `int8`, `int16`, `uint8`, `uint16` and `int32` take the 32-bit conversion and keep the
//!   low bits (`int8(5e9)` is 0, `uint8(-1.0)` is 255);
//! - `int64`, `int` and `uint32` take the 64-bit conversion (`uint32(-1.0)` is 4294967295,
//!   `uint32(1e18)` is 2808348672);
//! - `uint64`, `uint`, `uintptr`: below 2^63 the 64-bit conversion reinterpreted (so
//!   `uint64(-1.0)` is 2^64-1), else the 64-bit conversion of `x - 2^63` with the top bit set
//!   (`uint64(1e19)` is 10000000000000000000; 2^64, +Inf, NaN and values below -2^63 give 2^63).
//!
//! Values are held as `f64` (a float32 operand converts exactly, and `x - 2^63` is exact for
//! float32 operands in [2^63, 2^64) as well).

use escapade_types::types::BasicKind as BK;

const TWO_63: f64 = 9_223_372_036_854_775_808.0;

/// `CVTTSD2SL`: truncation to 32 bits, `-2^31` when out of range or NaN.
fn cvt32(x: f64) -> i32 {
    let t = x.trunc();
    if (-2_147_483_648.0..2_147_483_648.0).contains(&t) {
        t as i32
    } else {
        i32::MIN
    }
}

/// `CVTTSD2SQ`: truncation to 64 bits, `-2^63` when out of range or NaN.
fn cvt64(x: f64) -> i64 {
    let t = x.trunc();
    if (-TWO_63..TWO_63).contains(&t) {
        t as i64
    } else {
        i64::MIN
    }
}

/// The integer `T(x)` gives for a float `x` and an integer kind `T`, as the interpreter
/// stores integers (sign- or zero-extended to `i64`; `uint64` values reinterpreted).
pub(crate) fn float_to_int(x: f64, to: BK) -> i64 {
    match to.canonical() {
        BK::Int8 => i64::from(cvt32(x) as i8),
        BK::Int16 => i64::from(cvt32(x) as i16),
        BK::Int32 => i64::from(cvt32(x)),
        BK::Uint8 => i64::from(cvt32(x) as u8),
        BK::Uint16 => i64::from(cvt32(x) as u16),
        BK::Uint32 => i64::from(cvt64(x) as u32),
        BK::Uint64 | BK::Uint | BK::Uintptr => {
            if x < TWO_63 {
                cvt64(x)
            } else {
                cvt64(x - TWO_63) | i64::MIN
            }
        }
        _ => cvt64(x),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(x: f64) -> Vec<i64> {
        [BK::Int8, BK::Int16, BK::Int32, BK::Int64, BK::Uint8, BK::Uint16, BK::Uint32, BK::Uint64]
            .iter()
            .map(|&k| float_to_int(x, k))
            .collect()
    }

    // Expected rows printed by go1.27.3 on linux/amd64 (the probe in the module comment).
    #[test]
    fn matches_amd64_probes() {
        assert_eq!(row(-3.7), [-3, -3, -3, -3, 253, 65533, 4294967293, -3]);
        assert_eq!(row(300.7), [44, 300, 300, 300, 44, 300, 300, 300]);
        assert_eq!(row(-70000.5), [-112, -4464, -70000, -70000, 144, 61072, 4294897296, -70000]);
        assert_eq!(row(5e9), [0, 0, -2147483648, 5000000000, 0, 0, 705032704, 5000000000]);
        assert_eq!(
            row(-2147483649.0),
            [0, 0, -2147483648, -2147483649, 0, 0, 2147483647, -2147483649]
        );
        assert_eq!(row(1e18)[6], 2808348672);
        assert_eq!(row(9.3e18)[3], i64::MIN);
        assert_eq!(row(9.3e18)[7] as u64, 9300000000000000000);
        assert_eq!(row(1e19)[7] as u64, 10000000000000000000);
        for x in [18446744073709551616.0, 2e19, -1e19, f64::INFINITY, f64::NEG_INFINITY, f64::NAN] {
            assert_eq!(row(x), [0, 0, -2147483648, i64::MIN, 0, 0, 0, i64::MIN], "{x}");
        }
    }
}
