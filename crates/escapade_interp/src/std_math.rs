//! Go's `math` and `math/cmplx` functions, bit for bit as go1.27.3 computes them on
//! linux/amd64.
//!
//! Each function follows the operations Go performs, one IEEE operation at a time, in Go's
//! order, so the results round identically (the platform's libm is never called; `sqrt`,
//! `floor`, `trunc`, `mul_add` are exactly specified by IEEE 754). On amd64 `Exp`, `Log`,
//! `Hypot`, `Max` and `Min` are assembly: `Exp` reduces with `CVTSD2SL` (round to nearest) and,
//! on CPUs with AVX and FMA (every amd64 CPU since 2013-2015), evaluates its polynomial with
//! fused multiply-adds — that path is the one modelled (a CPU without FMA may print a
//! different last bit). `Log`'s assembly takes the exponent field directly (subnormals are
//! not normalized) and moves `f <= √2/2` down an octave. Everything else is Go's portable
//! code, which gc compiles for amd64 (GOAMD64=v1) without fusing `x*y+z`. NaN results carry
//! Go's bit patterns too: `math.NaN()` is `0x7FF8000000000001`; NaNs made by arithmetic are
//! the hardware's.
//!
//! Verified by `testdata/golden/math.txt` (← `scripts/interp-math.py`) in this module's tests.

// Constants are written with the digits Go's source gives them (each rounds to the same double).
#![allow(clippy::excessive_precision)]

use escapade_base::Span;

use crate::interp::{Interp, R};
use crate::value::*;

/// `math.NaN()`.
pub const GO_NAN: u64 = 0x7FF8_0000_0000_0001;

fn nan() -> f64 {
    f64::from_bits(GO_NAN)
}

const PI: f64 = std::f64::consts::PI;
const PI_2: f64 = std::f64::consts::FRAC_PI_2;
const PI_4: f64 = std::f64::consts::FRAC_PI_4;
/// The constant `4 / Pi` rounded once (as Go folds it).
const FOUR_OVER_PI: f64 = 2.0 * std::f64::consts::FRAC_2_PI;
/// `3 * Pi / 4` rounded once.
const THREE_PI_4: f64 = 2.356_194_490_192_345;
const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-01;
const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10;

/// One-argument float functions, by their name in package `math`.
pub fn unary(name: &str) -> Option<fn(f64) -> f64> {
    Some(match name {
        "Sqrt" => sqrt,
        "Floor" => |x| quiet_nan(x, f64::floor),
        "Ceil" => |x| quiet_nan(x, f64::ceil),
        "Trunc" => trunc,
        "Abs" => f64::abs,
        "Round" => round,
        "RoundToEven" => |x| quiet_nan(x, f64::round_ties_even),
        "Log" => log,
        "Log2" => log2,
        "Log10" => log10,
        "Log1p" => log1p,
        "Exp" => exp,
        "Exp2" => exp2,
        "Expm1" => expm1,
        "Cbrt" => cbrt,
        "Sin" => sin,
        "Cos" => cos,
        "Tan" => tan,
        "Asin" => asin,
        "Acos" => acos,
        "Atan" => atan,
        "Sinh" => sinh,
        "Cosh" => cosh,
        "Tanh" => tanh,
        "Asinh" => asinh,
        "Acosh" => acosh,
        "Atanh" => atanh,
        "Logb" => logb,
        _ => return None,
    })
}

/// Two-argument float functions of package `math`.
pub fn binary(name: &str) -> Option<fn(f64, f64) -> f64> {
    Some(match name {
        "Pow" => pow,
        "Hypot" => hypot,
        "Atan2" => atan2,
        "Mod" => fmod,
        "Max" => max,
        "Min" => min,
        "Copysign" => f64::copysign,
        "Dim" => dim,
        "Nextafter" => nextafter,
        "Remainder" => remainder,
        _ => return None,
    })
}

/// Float functions with two float results.
pub fn unary2(name: &str) -> Option<fn(f64) -> (f64, f64)> {
    Some(match name {
        "Modf" => modf,
        "Sincos" => sincos,
        _ => return None,
    })
}

type C = (f64, f64);

/// `math/cmplx` functions from complex128 to complex128.
pub fn cmplx_unary(name: &str) -> Option<fn(C) -> C> {
    Some(match name {
        "Sqrt" => csqrt,
        "Exp" => cexp,
        "Log" => clog,
        "Log10" => clog10,
        "Conj" => |(re, im): C| (re, -im),
        "Sin" => csin,
        "Cos" => ccos,
        "Sinh" => csinh,
        "Cosh" => ccosh,
        _ => return None,
    })
}

/// `math/cmplx` functions from complex128 to float64.
pub fn cmplx_real(name: &str) -> Option<fn(C) -> f64> {
    Some(match name {
        "Abs" => cabs,
        "Phase" => phase,
        _ => return None,
    })
}

/// The `math` and `math/cmplx` functions; `None` for other names.
pub fn call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    let (pkg, f) = name.rsplit_once('.')?;
    let fl = |i: usize| match args.get(i) {
        Some(Value::Float(x)) => Some(*x),
        _ => None,
    };
    let int = |i: usize| match args.get(i) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    let cx = |i: usize| match args.get(i) {
        Some(Value::Complex(re, im)) => Some((*re, *im)),
        _ => None,
    };
    let float = |x: f64| Value::Float(x);
    let complex = |(re, im): C| Value::Complex(re, im);
    let r: Option<Vec<Value>> = match pkg {
        "math" => {
            if let Some(g) = unary(f) {
                fl(0).map(|x| vec![float(g(x))])
            } else if let Some(g) = binary(f) {
                fl(0).zip(fl(1)).map(|(x, y)| vec![float(g(x, y))])
            } else if let Some(g) = unary2(f) {
                fl(0).map(|x| {
                    let (a, b) = g(x);
                    vec![float(a), float(b)]
                })
            } else {
                match f {
                    "NaN" => Some(vec![float(nan())]),
                    "Inf" => int(0).map(|s| vec![float(inf(s))]),
                    "IsNaN" => fl(0).map(|x| vec![Value::Bool(x.is_nan())]),
                    "IsInf" => fl(0).zip(int(1)).map(|(x, s)| {
                        vec![Value::Bool(
                            (s >= 0 && x == f64::INFINITY) || (s <= 0 && x == f64::NEG_INFINITY),
                        )]
                    }),
                    "Signbit" => fl(0).map(|x| vec![Value::Bool(x.is_sign_negative())]),
                    "Ilogb" => fl(0).map(|x| vec![Value::Int(ilogb(x))]),
                    "Pow10" => int(0).map(|n| vec![float(pow10(n))]),
                    // One rounding, as the amd64 instruction and Go's software fallback.
                    "FMA" => {
                        fl(0).zip(fl(1)).zip(fl(2)).map(|((x, y), z)| vec![float(fma(x, y, z))])
                    }
                    "Frexp" => fl(0).map(|x| {
                        let (fr, e) = frexp(x);
                        vec![float(fr), Value::Int(e)]
                    }),
                    "Ldexp" => fl(0).zip(int(1)).map(|(x, e)| vec![float(ldexp(x, e))]),
                    "Float64bits" => fl(0).map(|x| vec![Value::Int(x.to_bits() as i64)]),
                    "Float64frombits" => int(0).map(|b| vec![float(f64::from_bits(b as u64))]),
                    "Float32bits" => {
                        fl(0).map(|x| vec![Value::Int(i64::from((x as f32).to_bits()))])
                    }
                    "Float32frombits" => {
                        int(0).map(|b| vec![float(f64::from(f32::from_bits(b as u32)))])
                    }
                    _ => return None,
                }
            }
        }
        "math/cmplx" => {
            if let Some(g) = cmplx_unary(f) {
                cx(0).map(|z| vec![complex(g(z))])
            } else if let Some(g) = cmplx_real(f) {
                cx(0).map(|z| vec![float(g(z))])
            } else {
                match f {
                    "Pow" => {
                        cx(0).zip(cx(1)).and_then(|(x, y)| cpow(x, y)).map(|z| vec![complex(z)])
                    }
                    "Polar" => cx(0).map(|z| vec![float(cabs(z)), float(phase(z))]),
                    "Rect" => fl(0).zip(fl(1)).map(|(r, t)| vec![complex(rect(r, t))]),
                    "Inf" => Some(vec![complex((f64::INFINITY, f64::INFINITY))]),
                    "NaN" => Some(vec![complex((nan(), nan()))]),
                    "IsNaN" => cx(0).map(|z| vec![Value::Bool(cis_nan(z))]),
                    "IsInf" => {
                        cx(0).map(|z| vec![Value::Bool(z.0.is_infinite() || z.1.is_infinite())])
                    }
                    _ => return None,
                }
            }
        }
        "math/bits" => {
            let ints: Option<Vec<u64>> = args
                .iter()
                .map(|a| if let Value::Int(n) = a { Some(*n as u64) } else { None })
                .collect();
            bits(f, &ints?).map(|r| r.into_iter().map(|n| Value::Int(n as i64)).collect())
        }
        _ => return None,
    };
    Some(r.ok_or_else(|| it.unsupported(span, &format!("{name} with these arguments"))))
}

/// An amd64 instruction's result (`SQRTSD`, `ROUNDSD`): a NaN operand comes back quieted
/// with its payload, whatever the platform's float operations do with NaNs.
fn quiet_nan(x: f64, op: fn(f64) -> f64) -> f64 {
    if x.is_nan() {
        f64::from_bits(x.to_bits() | 1 << 51)
    } else {
        op(x)
    }
}

/// `SQRTSD`: a negative operand gives the x86 default NaN (negative, quiet).
fn sqrt(x: f64) -> f64 {
    if x < 0.0 {
        f64::from_bits(0xFFF8_0000_0000_0000)
    } else {
        quiet_nan(x, f64::sqrt)
    }
}

fn trunc(x: f64) -> f64 {
    quiet_nan(x, f64::trunc)
}

/// `math.Round` (portable Go, bit operations: a NaN, even a signalling one, is returned as is):
/// half away from zero.
fn round(x: f64) -> f64 {
    let b = x.to_bits();
    let e = ((b >> 52) & 0x7ff) as i64;
    if e < 1023 {
        // |x| < 1: ±0, or ±1 from one half up.
        let sign = b & (1 << 63);
        return f64::from_bits(if e == 1022 { sign | 1.0f64.to_bits() } else { sign });
    }
    if e >= 1023 + 52 {
        return x;
    }
    let shift = (e - 1023) as u32;
    let b = b + ((1u64 << 51) >> shift);
    f64::from_bits(b & !(((1u64 << 52) - 1) >> shift))
}

/// `math/bits` (unsigned values are held as their bit patterns, the narrow ones zero-extended;
/// `uint` is 64 bits). `Div*` and `Rem*` are not modelled.
pub fn bits(f: &str, args: &[u64]) -> Option<Vec<u64>> {
    let base = f.trim_end_matches(|c: char| c.is_ascii_digit());
    let w: u32 = if base.len() == f.len() { 64 } else { f[base.len()..].parse().ok()? };
    if ![8, 16, 32, 64].contains(&w) {
        return None;
    }
    let mask = u64::MAX >> (64 - w);
    let u = |i: usize| args.get(i).map(|n| n & mask);
    let x = u(0)?;
    let lead = x.leading_zeros() - (64 - w);
    Some(match base {
        "OnesCount" => vec![x.count_ones().into()],
        "LeadingZeros" => vec![lead.into()],
        "TrailingZeros" => vec![if x == 0 { w } else { x.trailing_zeros() }.into()],
        "Len" => vec![(w - lead).into()],
        "Reverse" => vec![x.reverse_bits() >> (64 - w)],
        "ReverseBytes" if w > 8 => vec![x.swap_bytes() >> (64 - w)],
        "RotateLeft" => {
            let s = (*args.get(1)? as u32) & (w - 1);
            let r = if s == 0 { x } else { ((x << s) | (x >> (w - s))) & mask };
            vec![r]
        }
        "Mul" if w >= 32 => {
            let p = u128::from(x) * u128::from(u(1)?);
            vec![(p >> w) as u64 & mask, p as u64 & mask]
        }
        "Add" | "Sub" if w >= 32 => {
            let (y, c) = (u(1)?, u(2)?);
            let add = base == "Add";
            let r = if add {
                x.wrapping_add(y).wrapping_add(c)
            } else {
                x.wrapping_sub(y).wrapping_sub(c)
            } & mask;
            // Go's carry/borrow formulas (also for carry inputs other than 0 and 1).
            let out = match (add, w) {
                (true, 32) => (x + y + c) >> 32,
                (true, _) => ((x & y) | ((x | y) & !r)) >> 63,
                (false, _) => (((!x & y) | (!(x ^ y) & r)) >> (w - 1)) & 1,
            };
            vec![r, out]
        }
        _ => return None,
    })
}

fn inf(sign: i64) -> f64 {
    if sign >= 0 {
        f64::INFINITY
    } else {
        f64::NEG_INFINITY
    }
}

// ---- exponent and mantissa ----

/// `math.Frexp`: `x = f × 2^e` with `0.5 <= |f| < 1`.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return (x, 0);
    }
    let (x, mut e) = normalize(x);
    let mut b = x.to_bits();
    e += ((b >> 52) & 0x7ff) as i64 - 1022;
    b &= !(0x7ffu64 << 52);
    b |= 1022u64 << 52;
    (f64::from_bits(b), e)
}

/// A subnormal scaled into the normal range, with the exponent that undoes it.
fn normalize(x: f64) -> (f64, i64) {
    if x.abs() < f64::MIN_POSITIVE {
        (x * (1u64 << 52) as f64, -52)
    } else {
        (x, 0)
    }
}

/// `math.Ldexp`: `frac × 2^exp`, a subnormal result rounded by one final multiplication.
pub fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_nan() || frac.is_infinite() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut x = frac.to_bits();
    // Go's int arithmetic wraps.
    let mut exp = exp.wrapping_add(e).wrapping_add(((x >> 52) & 0x7ff) as i64 - 1023);
    if exp < -1075 {
        return 0.0f64.copysign(frac);
    }
    if exp > 1023 {
        return inf(if frac < 0.0 { -1 } else { 1 });
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(0x7ffu64 << 52);
    x |= ((exp + 1023) as u64) << 52;
    m * f64::from_bits(x)
}

fn modf(x: f64) -> (f64, f64) {
    let i = trunc(x);
    (i, (x - i).copysign(x))
}

/// `math.Mod`: the exact remainder with the sign of `x` (IEEE `fmod`).
fn fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return nan();
    }
    x % y
}

/// `math.Pow10`: a product (or quotient) of two table entries, each a correctly rounded power
/// of ten — so not always the correctly rounded `10^n`.
pub fn pow10(n: i64) -> f64 {
    const SMALL: [f64; 32] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
    ];
    const BIG: [f64; 10] = [1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288];
    const BIG_NEG: [f64; 11] =
        [1e-0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320];
    if (0..=308).contains(&n) {
        let n = n as usize;
        return BIG[n / 32] * SMALL[n % 32];
    }
    if (-323..0).contains(&n) {
        let n = (-n) as usize;
        return BIG_NEG[n / 32] / SMALL[n % 32];
    }
    if n > 0 {
        f64::INFINITY
    } else {
        0.0
    }
}

/// `math.FMA`: `x*y + z` rounded once (`VFMADD231SD`; a NaN operand comes back quieted).
/// Of several NaN operands the first (in `x, y, z` order) wins, as go1.27.3 measured.
pub fn fma(x: f64, y: f64, z: f64) -> f64 {
    match [x, y, z].into_iter().find(|v| v.is_nan()) {
        Some(n) => f64::from_bits(n.to_bits() | 1 << 51),
        None => x.mul_add(y, z),
    }
}

fn dim(x: f64, y: f64) -> f64 {
    let v = x - y;
    if v <= 0.0 {
        0.0
    } else {
        v
    }
}

/// `math.Max` (amd64 assembly): +Inf wins over NaN, NaN is Go's NaN, `+0` beats `-0`.
fn max(x: f64, y: f64) -> f64 {
    extreme(x, y, f64::INFINITY, |a, b| a > b)
}

fn min(x: f64, y: f64) -> f64 {
    extreme(x, y, f64::NEG_INFINITY, |a, b| a < b)
}

fn extreme(x: f64, y: f64, wins: f64, better: fn(f64, f64) -> bool) -> f64 {
    if x == wins || y == wins {
        return wins;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 && y == 0.0 {
        // Max keeps +0 (the first unless it is -0), Min keeps -0.
        let first_ok = x.is_sign_negative() == (wins < 0.0);
        return if first_ok { x } else { y };
    }
    // MAXSD/MINSD return the second operand unless the first is strictly better.
    if better(x, y) {
        x
    } else {
        y
    }
}

// ---- roots ----

/// `math.Hypot` (amd64 assembly): `max × sqrt(1 + (min/max)²)`.
fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    if !p.is_finite() || !q.is_finite() {
        return if p.is_infinite() || q.is_infinite() { f64::INFINITY } else { nan() };
    }
    if p == 0.0 && q == 0.0 {
        return 0.0;
    }
    let (hi, lo) = if p >= q { (p, q) } else { (q, p) };
    let r = lo / hi;
    hi * (r * r + 1.0).sqrt()
}

/// `math.Cbrt`: a 5-bit estimate from the exponent bits, one rational step to 23 bits, a
/// chop to 22 bits rounded up, one Newton step.
fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715_094_163;
    const B2: u64 = 696_219_795;
    const C: f64 = 5.428_571_428_571_428_159_06e-01;
    const D: f64 = -7.053_061_224_489_796_110_50e-01;
    const E: f64 = 1.414_285_714_285_714_368_19e+00;
    const F: f64 = 1.607_142_857_142_857_206_30e+00;
    const G: f64 = 3.571_428_571_428_571_507_87e-01;
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return x;
    }
    let neg = x < 0.0;
    let x = x.abs();
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < f64::MIN_POSITIVE {
        t = (1u64 << 54) as f64 * x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    let r = t * t / x;
    let s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64::from_bits((t.to_bits() & (0xF_FFFF_FFFCu64 << 28)) + (1 << 30));
    let s = t * t;
    let r = x / s;
    let w = t + t;
    let r = (r - t) / (w + r);
    t += t * r;
    if neg {
        -t
    } else {
        t
    }
}

// ---- logarithms ----

/// `math.Log` (amd64 assembly): the exponent field is taken as is (a subnormal's mantissa
/// reads as `0.5 + m`), `f <= √2/2` moves down an octave, then fdlibm's polynomial.
fn log(x: f64) -> f64 {
    const HSQRT2: f64 = std::f64::consts::FRAC_1_SQRT_2;
    const L1: f64 = 6.666_666_666_666_735_130e-01;
    const L2: f64 = 3.999_999_999_940_941_908e-01;
    const L3: f64 = 2.857_142_874_366_239_149e-01;
    const L4: f64 = 2.222_219_843_214_978_396e-01;
    const L5: f64 = 1.818_357_216_161_805_012e-01;
    const L6: f64 = 1.531_383_769_920_937_332e-01;
    const L7: f64 = 1.479_819_860_511_658_591e-01;
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return nan();
    }
    if bits >= f64::INFINITY.to_bits() {
        return x;
    }
    let mut f1 = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | 0.5f64.to_bits());
    let mut k = (((bits >> 52) & 0x7ff) as i32 - 0x3fe) as f64;
    if f1 <= HSQRT2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
    let t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f)
}

fn log10(x: f64) -> f64 {
    log(x) * std::f64::consts::LOG10_E
}

fn log2(x: f64) -> f64 {
    let (fr, e) = frexp(x);
    if fr == 0.5 {
        return (e - 1) as f64;
    }
    log(fr) * std::f64::consts::LOG2_E + e as f64
}

/// `math.Log1p`: fdlibm's `log1p` with the correction term `c` for `1 + x`'s rounding.
fn log1p(x: f64) -> f64 {
    const SQRT2_M1: f64 = 4.142_135_623_730_950_488_017e-01;
    const SQRT2_HALF_M1: f64 = -2.928_932_188_134_524_755_992e-01;
    const SMALL: f64 = 1.0 / (1u64 << 29) as f64;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const TWO53: f64 = (1u64 << 53) as f64;
    const LP: [f64; 7] = [
        6.666_666_666_666_735_130e-01,
        3.999_999_999_940_941_908e-01,
        2.857_142_874_366_239_149e-01,
        2.222_219_843_214_978_396e-01,
        1.818_357_216_161_805_012e-01,
        1.531_383_769_920_937_332e-01,
        1.479_819_860_511_658_591e-01,
    ];
    if x < -1.0 || x.is_nan() {
        return nan();
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    if x == f64::INFINITY {
        return x;
    }
    let ax = x.abs();
    let mut f = 0.0;
    let mut iu: u64 = 0;
    let mut k: i64 = 1;
    if ax < SQRT2_M1 {
        if ax < SMALL {
            if ax < TINY {
                return x;
            }
            return x - x * x * 0.5;
        }
        if x > SQRT2_HALF_M1 {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    let mut c = 0.0;
    if k != 0 {
        let mut u;
        if ax < TWO53 {
            u = 1.0 + x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            iu = u.to_bits();
            k = (iu >> 52) as i64 - 1023;
        }
        iu &= 0x000F_FFFF_FFFF_FFFF;
        if iu < 0x0006_A09E_667F_3BCD {
            u = f64::from_bits(iu | 0x3FF0_0000_0000_0000);
        } else {
            k += 1;
            u = f64::from_bits(iu | 0x3FE0_0000_0000_0000);
            iu = (0x0010_0000_0000_0000 - iu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let kf = k as f64;
    if iu == 0 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += kf * LN2_LO;
            return kf * LN2_HI + c;
        }
        let r = hfsq * (1.0 - 0.666_666_666_666_666_66 * f);
        if k == 0 {
            return f - r;
        }
        return kf * LN2_HI - ((r - (kf * LN2_LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z * horner(z, &LP);
    if k == 0 {
        return f - (hfsq - s * (hfsq + r));
    }
    kf * LN2_HI - ((hfsq - (s * (hfsq + r) + (kf * LN2_LO + c))) - f)
}

/// `c[0] + z*(c[1] + z*(c[2] + ...))`, one rounding per operation.
fn horner(z: f64, c: &[f64]) -> f64 {
    c.iter().rev().fold(None, |acc, &k| Some(acc.map_or(k, |a| k + z * a))).unwrap_or(0.0)
}

// ---- exponentials ----

/// `math.Exp` (amd64 assembly, AVX+FMA path): `k = round(x·log2 e)`, `r = (x - k·ln2)/16`
/// by fused steps, a degree-8 Taylor polynomial of `e^r - 1` with fused multiply-adds, four
/// squarings `y·(y+2)` (the last fused with `+1`), then `× 2^k` (two multiplications when
/// the result is subnormal).
pub fn exp(x: f64) -> f64 {
    const LOG2E: f64 = std::f64::consts::LOG2_E;
    const LN2U: f64 = 0.693_147_180_559_662_956_511_601_805_686_950_683_593_75;
    const LN2L: f64 = 0.282_352_905_630_315_771_225_884_481_750_134_360_255_254_120_68e-12;
    const OVERFLOW: f64 = 7.097_827_128_933_84e+02;
    const TAYLOR: [f64; 8] = [
        1.0,
        0.5,
        1.666_666_666_666_666_666_7e-1,
        4.166_666_666_666_666_666_7e-2,
        8.333_333_333_333_333_333_3e-3,
        1.388_888_888_888_888_888_9e-3,
        1.984_126_984_126_984_127_0e-4,
        2.480_158_730_158_730_158_7e-5,
    ];
    let bits = x.to_bits();
    if bits & !(1 << 63) >= f64::INFINITY.to_bits() {
        return if x == f64::NEG_INFINITY { 0.0 } else { x };
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    // CVTSD2SL: round to nearest even; out of range gives the "integer indefinite" value.
    let t = LOG2E * x;
    let k: i32 = if t.abs() < 2_147_483_647.5 { t.round_ties_even() as i32 } else { i32::MIN };
    let kf = f64::from(k);
    let mut r = (-kf).mul_add(LN2U, x);
    r = (-kf).mul_add(LN2L, r);
    r *= 0.0625;
    let mut p = TAYLOR[7];
    for &c in TAYLOR[..7].iter().rev() {
        p = p.mul_add(r, c);
    }
    let mut y = r * p;
    for _ in 0..3 {
        y *= y + 2.0;
    }
    y = y.mul_add(y + 2.0, 1.0);
    let mut e = k.wrapping_add(0x3ff);
    if e <= 0 {
        if e < -52 {
            return 0.0;
        }
        e += 0x3fe;
        y *= f64::from_bits((e as u64) << 52);
        e = 1;
    } else if e >= 0x7ff {
        return f64::INFINITY;
    }
    y * f64::from_bits((e as u64) << 52)
}

/// `math.Exp2` (portable Go): `k = round half away(x)`, `r = (x-k)·ln2` split in two,
/// then `expmulti`.
fn exp2(x: f64) -> f64 {
    const OVERFLOW: f64 = 1.023_999_999_999_999_9e+03;
    const UNDERFLOW: f64 = -1.0740e+03;
    if x.is_nan() {
        return x;
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    if x < UNDERFLOW {
        return 0.0;
    }
    let k = round_half_away(x);
    let t = x - k as f64;
    expmulti(t * LN2_HI, -t * LN2_LO, k)
}

/// `int(v + 0.5)` / `int(v - 0.5)` as Go writes it (truncating conversions).
fn round_half_away(v: f64) -> i64 {
    if v > 0.0 {
        (v + 0.5) as i64
    } else if v < 0.0 {
        (v - 0.5) as i64
    } else {
        0
    }
}

/// `e^(hi-lo) × 2^k` with fdlibm's rational approximation.
fn expmulti(hi: f64, lo: f64, k: i64) -> f64 {
    const P: [f64; 5] = [
        1.666_666_666_666_666_574_15e-01,
        -2.777_777_777_701_559_338_42e-03,
        6.613_756_321_437_934_361_17e-05,
        -1.653_390_220_546_525_153_90e-06,
        4.138_136_797_057_238_460_39e-08,
    ];
    let r = hi - lo;
    let t = r * r;
    let c = r - t * horner(t, &P);
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    ldexp(y, k)
}

/// `math.Expm1`: fdlibm's `expm1` (reduction by `k·ln2`, a rational correction, exponent
/// arithmetic on the bits).
fn expm1(x: f64) -> f64 {
    const OTHRESHOLD: f64 = 7.097_827_128_933_839_730_96e+02;
    const LN2_X56: f64 = 3.881_624_211_135_693_732_74e+01;
    const LN2_HALF_X3: f64 = 1.039_720_770_839_917_964_13e+00;
    const LN2_HALF: f64 = 3.465_735_902_799_726_547_09e-01;
    const INV_LN2: f64 = std::f64::consts::LOG2_E;
    const TINY: f64 = 1.0 / (1u64 << 54) as f64;
    const Q: [f64; 6] = [
        1.0,
        -3.333_333_333_333_313_164_28e-02,
        1.587_301_587_254_814_601_65e-03,
        -7.936_507_578_674_879_424_73e-05,
        4.008_217_827_329_362_395_52e-06,
        -2.010_992_181_836_243_713_26e-07,
    ];
    if x == f64::INFINITY || x.is_nan() {
        return x;
    }
    if x == f64::NEG_INFINITY {
        return -1.0;
    }
    let neg = x < 0.0;
    let ax = x.abs();
    if ax >= LN2_X56 {
        if neg {
            return -1.0;
        }
        if ax >= OTHRESHOLD {
            return f64::INFINITY;
        }
    }
    let mut x = x;
    let mut c = 0.0;
    let k: i64;
    if ax > LN2_HALF {
        let (hi, lo);
        if ax < LN2_HALF_X3 {
            if neg {
                hi = x + LN2_HI;
                lo = -LN2_LO;
                k = -1;
            } else {
                hi = x - LN2_HI;
                lo = LN2_LO;
                k = 1;
            }
        } else {
            k = if neg { (INV_LN2 * x - 0.5) as i64 } else { (INV_LN2 * x + 0.5) as i64 };
            let t = k as f64;
            hi = x - t * LN2_HI;
            lo = t * LN2_LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if ax < TINY {
        return x;
    } else {
        k = 0;
    }
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = horner(hxs, &Q);
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    let add_exp = |y: f64| f64::from_bits(y.to_bits().wrapping_add((k as u64) << 52));
    match k {
        -1 => return 0.5 * (x - e) - 0.5,
        1 => {
            if x < -0.25 {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        _ if k <= -2 || k > 56 => return add_exp(1.0 - (e - x)) - 1.0,
        _ => {}
    }
    if k < 20 {
        let t = f64::from_bits(0x3FF0_0000_0000_0000 - (0x0020_0000_0000_0000 >> k));
        return add_exp(t - (e - x));
    }
    let t = f64::from_bits(((0x3ff - k) as u64) << 52);
    add_exp(x - (e + t) + 1.0)
}

/// `math.Pow`: special cases, then `Exp(yf·Log(x))` for the fractional part of `y` (moved to
/// `(-0.5, 0.5]`) times square-and-multiply over `Frexp` parts for the integer part.
fn pow(x: f64, y: f64) -> f64 {
    let is_odd_int = |v: f64| {
        if v.abs() >= (1u64 << 53) as f64 {
            return false;
        }
        let (i, f) = modf(v);
        f == 0.0 && (i as i64) & 1 == 1
    };
    // `y` infinite, or too large to have a fraction or be odd.
    let huge_y = || {
        if x == -1.0 {
            1.0
        } else if (x.abs() < 1.0) == (y > 0.0) {
            0.0
        } else {
            f64::INFINITY
        }
    };
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 {
        let neg_odd = x.is_sign_negative() && is_odd_int(y);
        return match (y < 0.0, neg_odd) {
            (true, true) => f64::NEG_INFINITY,
            (true, false) => f64::INFINITY,
            (false, true) => x,
            (false, false) => 0.0,
        };
    }
    if y.is_infinite() {
        return huge_y();
    }
    if x.is_infinite() {
        if x < 0.0 {
            return pow(1.0 / x, -y);
        }
        return if y < 0.0 { 0.0 } else { f64::INFINITY };
    }
    if y == 0.5 {
        return x.sqrt();
    }
    if y == -0.5 {
        return 1.0 / x.sqrt();
    }
    let (mut yi, mut yf) = modf(y.abs());
    if yf != 0.0 && x < 0.0 {
        return nan();
    }
    if yi >= 9.223_372_036_854_775_808e18 {
        return huge_y();
    }
    let mut a1 = 1.0f64;
    let mut ae = 0i64;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

// ---- trigonometry ----

const SIN: [f64; 6] = [
    1.589_623_015_765_465_680_60e-10,
    -2.505_074_776_285_780_728_66e-8,
    2.755_731_362_138_572_452_13e-6,
    -1.984_126_982_958_953_859_96e-4,
    8.333_333_333_322_118_588_78e-3,
    -1.666_666_666_666_663_072_95e-1,
];
const COS: [f64; 6] = [
    -1.135_853_652_138_768_173_00e-11,
    2.087_570_084_197_473_167_78e-9,
    -2.755_731_417_929_673_881_12e-7,
    2.480_158_728_885_170_453_48e-5,
    -1.388_888_888_887_305_641_16e-3,
    4.166_666_666_666_659_292_18e-2,
];

fn sin_kernel(z: f64, zz: f64) -> f64 {
    z + z * zz * poly6(zz, &SIN)
}

fn cos_kernel(zz: f64) -> f64 {
    1.0 - 0.5 * zz + zz * zz * poly6(zz, &COS)
}

/// `((((c0·z + c1)·z + c2)·z + c3)·z + c4)·z + c5`.
fn poly6(z: f64, c: &[f64; 6]) -> f64 {
    c[1..].iter().fold(c[0], |acc, &k| acc * z + k)
}

/// The octant `j` (made even) and the remainder `z` of a non-negative finite `x` modulo π/4.
fn reduce(x: f64) -> (u64, f64) {
    const PI4A: f64 = 7.853_981_256_484_985_351_56e-1;
    const PI4B: f64 = 3.774_894_707_930_798_176_68e-8;
    const PI4C: f64 = 2.695_151_429_079_059_526_45e-15;
    if x >= (1u64 << 29) as f64 {
        return trig_reduce(x);
    }
    let mut j = (x * FOUR_OVER_PI) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
}

/// Bits of 4/π, for Payne-Hanek reduction of huge arguments.
const M_PI4: [u64; 20] = [
    0x0000000000000001,
    0x45f306dc9c882a53,
    0xf84eafa3ea69bb81,
    0xb6c52b3278872083,
    0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0,
    0x0c925dd413a32439,
    0xfc3bd63962534e7d,
    0xd1046bea5d768909,
    0xd338e04d68befc82,
    0x7323ac7306a673e9,
    0x3908bf177bf25076,
    0x3ff12fffbc0b301f,
    0xde5e2316b414da3e,
    0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6,
    0x7a0e73ef14a525d4,
    0xd7f6bf623f1aba10,
    0xac06608df8f6d757,
];

/// Payne-Hanek: multiply the mantissa by the bits of 4/π around the binary point (192-bit
/// window), the integer part gives the octant, the fraction `z`.
fn trig_reduce(x: f64) -> (u64, f64) {
    if x < PI_4 {
        return (0, x);
    }
    let b = x.to_bits();
    let exp = ((b >> 52) & 0x7ff) as i64 - 1023 - 52;
    let m = (b & ((1 << 52) - 1)) | (1 << 52);
    let (digit, shift) = (((exp + 61) / 64) as usize, ((exp + 61) % 64) as u32);
    let window = |i: usize| shl(M_PI4[i], shift) | shr(M_PI4[i + 1], 64 - shift);
    let (z0, z1, z2) = (window(digit), window(digit + 1), window(digit + 2));
    let z2hi = ((u128::from(z2) * u128::from(m)) >> 64) as u64;
    let p1 = u128::from(z1) * u128::from(m);
    let (z1hi, z1lo) = ((p1 >> 64) as u64, p1 as u64);
    let z0lo = z0.wrapping_mul(m);
    let (lo, carry) = z1lo.overflowing_add(z2hi);
    let hi = z0lo.wrapping_add(z1hi).wrapping_add(u64::from(carry));
    let mut j = hi >> 61;
    let hi = (hi << 3) | (lo >> 61);
    let lz = hi.leading_zeros();
    let e = 1023 - (u64::from(lz) + 1);
    let mut h = shl(hi, lz + 1) | shr(lo, 64u32.wrapping_sub(lz + 1));
    h >>= 64 - 52;
    h |= e << 52;
    let mut z = f64::from_bits(h);
    if j & 1 == 1 {
        j = (j + 1) & 7;
        z -= 1.0;
    }
    (j, z * PI_4)
}

/// Go's shifts: by 64 or more bits give 0.
fn shl(a: u64, n: u32) -> u64 {
    a.checked_shl(n).unwrap_or(0)
}

fn shr(a: u64, n: u32) -> u64 {
    a.checked_shr(n).unwrap_or(0)
}

fn sin(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let mut neg = x < 0.0;
    let (mut j, z) = reduce(x.abs());
    j &= 7;
    if j > 3 {
        neg = !neg;
        j -= 4;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 { cos_kernel(zz) } else { sin_kernel(z, zz) };
    if neg {
        -y
    } else {
        y
    }
}

fn cos(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return nan();
    }
    let mut neg = false;
    let (mut j, z) = reduce(x.abs());
    j &= 7;
    if j > 3 {
        j -= 4;
        neg = !neg;
    }
    if j > 1 {
        neg = !neg;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 { sin_kernel(z, zz) } else { cos_kernel(zz) };
    if neg {
        -y
    } else {
        y
    }
}

fn sincos(x: f64) -> (f64, f64) {
    if x == 0.0 {
        return (x, 1.0);
    }
    if x.is_nan() || x.is_infinite() {
        return (nan(), nan());
    }
    let (mut sin_neg, mut cos_neg) = (x < 0.0, false);
    let (mut j, z) = reduce(x.abs());
    j &= 7;
    if j > 3 {
        j -= 4;
        sin_neg = !sin_neg;
        cos_neg = !cos_neg;
    }
    if j > 1 {
        cos_neg = !cos_neg;
    }
    let zz = z * z;
    let (mut s, mut c) = (sin_kernel(z, zz), cos_kernel(zz));
    if j == 1 || j == 2 {
        std::mem::swap(&mut s, &mut c);
    }
    (if sin_neg { -s } else { s }, if cos_neg { -c } else { c })
}

fn tan(x: f64) -> f64 {
    const P: [f64; 3] = [
        -1.309_369_391_813_837_776_46e4,
        1.153_516_648_385_874_161_40e6,
        -1.795_652_519_764_848_779_88e7,
    ];
    const Q: [f64; 4] = [
        1.368_129_634_706_929_546_78e4,
        -1.320_892_344_402_109_674_47e6,
        2.500_838_018_233_579_158_39e7,
        -5.386_957_559_294_546_298_81e7,
    ];
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let (j, z) = reduce(x.abs());
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        let num = zz * ((P[0] * zz + P[1]) * zz + P[2]);
        let den = (((zz + Q[0]) * zz + Q[1]) * zz + Q[2]) * zz + Q[3];
        z + z * (num / den)
    } else {
        z
    };
    if j & 2 == 2 {
        y = -1.0 / y;
    }
    if x < 0.0 {
        -y
    } else {
        y
    }
}

/// Cephes' `atan` kernel on `[0, 0.66]`.
fn xatan(x: f64) -> f64 {
    const P: [f64; 5] = [
        -8.750_608_600_031_904_122_785e-01,
        -1.615_753_718_733_365_076_637e+01,
        -7.500_855_792_314_704_667_340e+01,
        -1.228_866_684_490_136_173_410e+02,
        -6.485_021_904_942_025_371_773e+01,
    ];
    const Q: [f64; 5] = [
        2.485_846_490_142_306_297_962e+01,
        1.650_270_098_316_988_542_046e+02,
        4.328_810_604_912_902_668_951e+02,
        4.853_903_996_359_136_964_868e+02,
        1.945_506_571_482_613_964_425e+02,
    ];
    let z = x * x;
    let num = P[1..].iter().fold(P[0], |a, &k| a * z + k);
    let den = Q[1..].iter().fold(z + Q[0], |a, &k| a * z + k);
    let z = z * num / den;
    x * z + x
}

/// `atan` of a non-negative argument, reduced to `[0, 0.66]`.
fn satan(x: f64) -> f64 {
    const MOREBITS: f64 = 6.123_233_995_736_765_886_130e-17;
    const TAN3PIO8: f64 = 2.414_213_562_373_095_048_80;
    if x <= 0.66 {
        return xatan(x);
    }
    if x > TAN3PIO8 {
        return PI_2 - xatan(1.0 / x) + MOREBITS;
    }
    PI_4 + xatan((x - 1.0) / (x + 1.0)) + 0.5 * MOREBITS
}

fn atan(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else if x > 0.0 {
        satan(x)
    } else {
        -satan(-x)
    }
}

fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    // Only `x < 0` flips: a negative NaN keeps its sign through the arithmetic.
    let neg = x < 0.0;
    let x = if neg { -x } else { x };
    if x > 1.0 {
        return nan();
    }
    let t = (1.0 - x * x).sqrt();
    let r = if x > 0.7 { PI_2 - satan(t / x) } else { satan(x / t) };
    if neg {
        -r
    } else {
        r
    }
}

fn acos(x: f64) -> f64 {
    PI_2 - asin(x)
}

fn atan2(y: f64, x: f64) -> f64 {
    if y.is_nan() || x.is_nan() {
        return nan();
    }
    if y == 0.0 {
        return if x >= 0.0 && !x.is_sign_negative() { 0.0f64.copysign(y) } else { PI.copysign(y) };
    }
    if x == 0.0 {
        return PI_2.copysign(y);
    }
    if x.is_infinite() {
        return match (x > 0.0, y.is_infinite()) {
            (true, true) => PI_4.copysign(y),
            (true, false) => 0.0f64.copysign(y),
            (false, true) => THREE_PI_4.copysign(y),
            (false, false) => PI.copysign(y),
        };
    }
    if y.is_infinite() {
        return PI_2.copysign(y);
    }
    let q = atan(y / x);
    if x < 0.0 {
        if q <= 0.0 {
            return q + PI;
        }
        return q - PI;
    }
    q
}

// ---- hyperbolic ----

fn sinh(x: f64) -> f64 {
    const P: [f64; 4] = [
        -0.263_056_321_339_749_706_281_948_9e+2,
        -0.289_421_135_598_956_380_728_466_036_6e+4,
        -0.899_127_202_203_950_935_539_801_351_1e+5,
        -0.630_767_364_049_771_699_118_478_725_1e+6,
    ];
    const Q: [f64; 3] = [
        -0.173_678_953_558_233_699_533_450_911e+3,
        0.152_151_737_879_001_907_069_648_517_6e+5,
        -0.630_767_364_049_771_699_121_207_727_7e+6,
    ];
    let neg = x < 0.0;
    let x = if neg { -x } else { x };
    let t = if x > 21.0 {
        exp(x) * 0.5
    } else if x > 0.5 {
        let ex = exp(x);
        (ex - 1.0 / ex) * 0.5
    } else {
        let sq = x * x;
        let num = P[1..].iter().fold(P[0], |a, &k| a * sq + k) * x;
        let den = Q[1..].iter().fold(sq + Q[0], |a, &k| a * sq + k);
        num / den
    };
    if neg {
        -t
    } else {
        t
    }
}

fn cosh(x: f64) -> f64 {
    let x = x.abs();
    if x > 21.0 {
        return exp(x) * 0.5;
    }
    let ex = exp(x);
    (ex + 1.0 / ex) * 0.5
}

fn tanh(x: f64) -> f64 {
    const MAXLOG: f64 = 8.802_969_193_111_305_429_598_8e+01;
    const P: [f64; 3] = [
        -9.643_991_794_250_522_386_28e-1,
        -9.928_772_310_019_185_865_64e1,
        -1.614_687_684_417_084_479_52e3,
    ];
    const Q: [f64; 3] = [
        1.128_116_784_916_329_314_02e2,
        2.235_488_390_601_004_485_83e3,
        4.844_063_053_251_254_860_48e3,
    ];
    let z = x.abs();
    if z > 0.5 * MAXLOG {
        return if x < 0.0 { -1.0 } else { 1.0 };
    }
    if z >= 0.625 {
        let s = exp(2.0 * z);
        let z = 1.0 - 2.0 / (s + 1.0);
        return if x < 0.0 { -z } else { z };
    }
    if x == 0.0 {
        return x;
    }
    let s = x * x;
    let num = (P[0] * s + P[1]) * s + P[2];
    let den = ((s + Q[0]) * s + Q[1]) * s + Q[2];
    x + x * s * num / den
}

fn asinh(x: f64) -> f64 {
    const NEAR_ZERO: f64 = 1.0 / (1u64 << 28) as f64;
    const LARGE: f64 = (1u64 << 28) as f64;
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    let neg = x < 0.0;
    let x = if neg { -x } else { x };
    let t = if x > LARGE {
        log(x) + std::f64::consts::LN_2
    } else if x > 2.0 {
        log(2.0 * x + 1.0 / ((x * x + 1.0).sqrt() + x))
    } else if x < NEAR_ZERO {
        x
    } else {
        log1p(x + x * x / (1.0 + (1.0 + x * x).sqrt()))
    };
    if neg {
        -t
    } else {
        t
    }
}

fn acosh(x: f64) -> f64 {
    if x < 1.0 || x.is_nan() {
        return nan();
    }
    if x == 1.0 {
        return 0.0;
    }
    if x >= (1u64 << 28) as f64 {
        return log(x) + std::f64::consts::LN_2;
    }
    if x > 2.0 {
        return log(2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + (2.0 * t + t * t).sqrt())
}

fn atanh(x: f64) -> f64 {
    if !(-1.0..=1.0).contains(&x) {
        return nan();
    }
    if x == 1.0 || x == -1.0 {
        return f64::INFINITY.copysign(x);
    }
    let neg = x < 0.0;
    let x = if neg { -x } else { x };
    let t = if x < 1.0 / (1u64 << 28) as f64 {
        x
    } else if x < 0.5 {
        let t = x + x;
        0.5 * log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if neg {
        -t
    } else {
        t
    }
}

// ---- exponent, neighbours, remainders ----

pub fn ilogb(x: f64) -> i64 {
    if x == 0.0 {
        return i64::from(i32::MIN);
    }
    if x.is_nan() || x.is_infinite() {
        return i64::from(i32::MAX);
    }
    frexp(x).1 - 1
}

fn logb(x: f64) -> f64 {
    if x == 0.0 {
        f64::NEG_INFINITY
    } else if x.is_infinite() {
        f64::INFINITY
    } else if x.is_nan() {
        x
    } else {
        ilogb(x) as f64
    }
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        nan()
    } else if x == y {
        x
    } else if x == 0.0 {
        f64::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f64::from_bits(x.to_bits() + 1)
    } else {
        f64::from_bits(x.to_bits() - 1)
    }
}

/// `math.Remainder`: IEEE remainder (quotient rounded to even), via `Mod(x, 2y)`.
fn remainder(x: f64, y: f64) -> f64 {
    const TINY: f64 = 4.450_147_717_014_402_766_18e-308;
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return nan();
    }
    if y.is_infinite() {
        return x;
    }
    let neg = x < 0.0;
    let mut x = if neg { -x } else { x };
    let y = y.abs();
    if x == y {
        return if neg { -0.0 } else { 0.0 };
    }
    if y <= f64::MAX / 2.0 {
        x = fmod(x, y + y);
    }
    if y < TINY {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let half = 0.5 * y;
        if x > half {
            x -= y;
            if x >= half {
                x -= y;
            }
        }
    }
    if neg {
        -x
    } else {
        x
    }
}

// ---- math/cmplx ----

/// `a * b` where both may be NaN: the product keeps the NaN that gc's instruction order keeps
/// (`MULSD` returns its first NaN operand; measured per call site), also on platforms whose
/// float operations pick NaNs otherwise (wasm).
fn nan_first(a: f64, b: f64) -> f64 {
    match (a.is_nan(), b.is_nan()) {
        (true, _) => f64::from_bits(a.to_bits() | 1 << 51),
        (false, true) => f64::from_bits(b.to_bits() | 1 << 51),
        _ => a * b,
    }
}

/// `sinh` and `cosh` together (one `Exp` above 1/2).
fn sinhcosh(x: f64) -> (f64, f64) {
    if x.abs() <= 0.5 {
        return (sinh(x), cosh(x));
    }
    let e = exp(x);
    let ei = 0.5 / e;
    let e = e * 0.5;
    (e - ei, e + ei)
}

/// Which of the special cases `Sin`, `Cos`, `Sinh` and `Cosh` of `math/cmplx` share applies
/// (the same tests in each, with `x` the part whose sine/cosine is taken and `y` the part whose
/// hyperbolic sine/cosine is): 0 for `y` zero and `x` infinite or NaN, 1 for `y` infinite and
/// `x` zero, 2 for `y` infinite and `x` infinite or NaN, 3 for `x` zero and `y` NaN.
fn trig_special(x: f64, y: f64) -> Option<usize> {
    if y == 0.0 && (x.is_infinite() || x.is_nan()) {
        return Some(0);
    }
    if y.is_infinite() {
        if x == 0.0 {
            return Some(1);
        }
        if x.is_infinite() || x.is_nan() {
            return Some(2);
        }
    } else if x == 0.0 && y.is_nan() {
        return Some(3);
    }
    None
}

fn csin((re, im): C) -> C {
    if let Some(k) = trig_special(re, im) {
        return [(nan(), im), (re, im), (nan(), im), (re, im)][k];
    }
    let (s, c) = sincos(re);
    let (sh, ch) = sinhcosh(im);
    (nan_first(ch, s), nan_first(sh, c))
}

fn csinh((re, im): C) -> C {
    if let Some(k) = trig_special(im, re) {
        return [(re, nan()), (re, im), (re, nan()), (nan(), im)][k];
    }
    let (s, c) = sincos(im);
    let (sh, ch) = sinhcosh(re);
    (nan_first(sh, c), nan_first(ch, s))
}

fn ccos((re, im): C) -> C {
    if let Some(k) = trig_special(re, im) {
        return [
            (nan(), -im * 0.0f64.copysign(re)),
            (f64::INFINITY, -re * 0.0f64.copysign(im)),
            (f64::INFINITY, nan()),
            (nan(), 0.0),
        ][k];
    }
    let (s, c) = sincos(re);
    let (sh, ch) = sinhcosh(im);
    (nan_first(c, ch), nan_first(-s, sh))
}

fn ccosh((re, im): C) -> C {
    if let Some(k) = trig_special(im, re) {
        return [
            (nan(), re * 0.0f64.copysign(im)),
            (f64::INFINITY, im * 0.0f64.copysign(re)),
            (f64::INFINITY, nan()),
            (nan(), im),
        ][k];
    }
    let (s, c) = sincos(im);
    let (sh, ch) = sinhcosh(re);
    (nan_first(c, ch), nan_first(s, sh))
}

fn cabs((re, im): C) -> f64 {
    hypot(re, im)
}

fn phase((re, im): C) -> f64 {
    atan2(im, re)
}

pub fn rect(r: f64, theta: f64) -> C {
    let (s, c) = sincos(theta);
    (nan_first(c, r), nan_first(r, s))
}

fn cis_nan((re, im): C) -> bool {
    !(re.is_infinite() || im.is_infinite()) && (re.is_nan() || im.is_nan())
}

/// `cmplx.Sqrt`: special cases on the axes, otherwise scaled (by 1/4 above 4, by 2^54 below)
/// half-angle formulas around `Hypot`.
fn csqrt((re, im): C) -> C {
    if im == 0.0 {
        if re == 0.0 {
            return (0.0, im);
        }
        if re < 0.0 {
            return (0.0, (-re).sqrt().copysign(im));
        }
        return (re.sqrt(), im);
    }
    if im.is_infinite() {
        return (f64::INFINITY, im);
    }
    if re == 0.0 {
        if im < 0.0 {
            let r = (-0.5 * im).sqrt();
            return (r, -r);
        }
        let r = (0.5 * im).sqrt();
        return (r, r);
    }
    // Scaled by 1/4 (result ×2) above 4, else by 2^54 (result ×2^-27).
    let (down, up) = (0.25, 1.801_439_850_948_198_4e16);
    let (k, scale) = if re.abs() > 4.0 || im.abs() > 4.0 {
        (down, 2.0)
    } else {
        (up, 7.450_580_596_923_828_125e-9)
    };
    let (a, b) = (re * k, im * k);
    let mut r = hypot(a, b);
    let t;
    if a > 0.0 {
        let t0 = (0.5 * r + 0.5 * a).sqrt();
        r = scale * ((0.5 * b) / t0).abs();
        t = t0 * scale;
    } else {
        r = (0.5 * r - 0.5 * a).sqrt();
        t = scale * ((0.5 * b) / r).abs();
        r *= scale;
    }
    if b < 0.0 {
        (t, -r)
    } else {
        (t, r)
    }
}

fn cexp(z: C) -> C {
    let (re, im) = z;
    if re.is_infinite() {
        if re > 0.0 && im == 0.0 {
            return z;
        }
        if im.is_infinite() || im.is_nan() {
            return if re < 0.0 { (0.0, 0.0f64.copysign(im)) } else { (f64::INFINITY, nan()) };
        }
    } else if re.is_nan() && im == 0.0 {
        return (nan(), im);
    }
    let r = exp(re);
    let (s, c) = sincos(im);
    (nan_first(c, r), nan_first(s, r))
}

fn clog(z: C) -> C {
    (log(cabs(z)), phase(z))
}

fn clog10(z: C) -> C {
    let (re, im) = clog(z);
    (std::f64::consts::LOG10_E * re, std::f64::consts::LOG10_E * im)
}

/// `cmplx.Pow`; `None` where Go panics ("not reached": `0` to a power with a NaN real part
/// and an infinite imaginary part).
pub fn cpow(x: C, y: C) -> Option<C> {
    if x.0 == 0.0 && x.1 == 0.0 {
        if cis_nan(y) {
            return Some((nan(), nan()));
        }
        let (r, i) = y;
        return if r == 0.0 {
            Some((1.0, 0.0))
        } else if r < 0.0 {
            Some(if i == 0.0 { (f64::INFINITY, 0.0) } else { (f64::INFINITY, f64::INFINITY) })
        } else if r > 0.0 {
            Some((0.0, 0.0))
        } else {
            None
        };
    }
    let modulus = cabs(x);
    if modulus == 0.0 {
        return Some((0.0, 0.0));
    }
    let mut r = pow(modulus, y.0);
    let arg = phase(x);
    let mut theta = y.0 * arg;
    if y.1 != 0.0 {
        r *= exp(-y.1 * arg);
        theta += y.1 * log(modulus);
    }
    let (s, c) = sincos(theta);
    Some((r * c, r * s))
}

// ---- verification against the golden table ----

/// What [`check_golden`] found: evaluations, differences per function, the first differences.
#[derive(Debug, Default)]
pub struct GoldenReport {
    pub total: usize,
    /// Function name → (evaluations, differing).
    pub per_function: std::collections::BTreeMap<String, (usize, usize)>,
    /// The first differing lines with our results.
    pub first_differences: Vec<String>,
}

impl GoldenReport {
    pub fn differing(&self) -> usize {
        self.per_function.values().map(|v| v.1).sum()
    }
}

/// Re-evaluates every line of `testdata/golden/math.txt` (`NAME ARG... = RESULT...`, written
/// by scripts/interp-math.py) and compares the printed results; malformed lines and unknown
/// names count as differences. Shared by the native test and a wasm32 build of the check.
pub fn check_golden(text: &str) -> GoldenReport {
    let mut rep = GoldenReport::default();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let Some((lhs, rhs)) = line.split_once(" = ") else { continue };
        let mut words = lhs.split(' ');
        let name = words.next().unwrap_or("");
        let args: Vec<&str> = words.collect();
        let want: Vec<&str> = rhs.split(' ').collect();
        let got = golden_results(name, &args);
        rep.total += 1;
        let e = rep.per_function.entry(name.to_string()).or_default();
        e.0 += 1;
        if got.as_deref().map(|g| g.iter().map(String::as_str).eq(want.iter().copied()))
            != Some(true)
        {
            e.1 += 1;
            if rep.first_differences.len() < 40 {
                rep.first_differences.push(format!("{line}  (ours: {got:?})"));
            }
        }
    }
    rep
}

/// Our results for one golden line, printed as the golden prints them (floats as 16 hex digits
/// of their bits, `math/bits` values in hex, exponents in decimal).
pub fn golden_results(name: &str, args: &[&str]) -> Option<Vec<String>> {
    let fs: Vec<f64> = args
        .iter()
        .map(|a| u64::from_str_radix(a, 16).map(f64::from_bits).unwrap_or(f64::NAN))
        .collect();
    let f = |i: usize| fs.get(i).copied().unwrap_or(f64::NAN);
    let int = |i: usize| args.get(i).and_then(|a| a.parse::<i64>().ok());
    let hex = |v: f64| format!("{:016x}", v.to_bits());
    let hex2 = |(a, b): (f64, f64)| vec![hex(a), hex(b)];
    if let Some(b) = name.strip_prefix("bits.") {
        let ints: Option<Vec<u64>> = args.iter().map(|a| u64::from_str_radix(a, 16).ok()).collect();
        return Some(bits(b, &ints?)?.iter().map(|v| format!("{v:x}")).collect());
    }
    if let Some(c) = name.strip_prefix("cmplx.") {
        return Some(match c {
            "Rect" => hex2(rect(f(0), f(1))),
            "Pow" => hex2(cpow((f(0), f(1)), (f(2), f(3)))?),
            _ => match (cmplx_unary(c), cmplx_real(c)) {
                (Some(g), _) => hex2(g((f(0), f(1)))),
                (None, Some(g)) => vec![hex(g((f(0), f(1))))],
                _ => return None,
            },
        });
    }
    Some(match name {
        "Frexp" => vec![hex(frexp(f(0)).0)],
        "FrexpExp" => vec![frexp(f(0)).1.to_string()],
        "Ilogb" => vec![ilogb(f(0)).to_string()],
        "FMA" => vec![hex(fma(f(0), f(1), f(2)))],
        "Pow10" => vec![hex(pow10(int(0)?))],
        "Ldexp" => vec![hex(ldexp(f(0), int(1)?))],
        _ => {
            if let Some(g) = unary(name) {
                vec![hex(g(f(0)))]
            } else if let Some(g) = binary(name) {
                vec![hex(g(f(0), f(1)))]
            } else {
                hex2(unary2(name)?(f(0)))
            }
        }
    })
}
