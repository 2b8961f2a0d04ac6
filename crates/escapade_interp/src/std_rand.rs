//! `math/rand/v2` with an explicit source: the PCG-DXSM generator (`rand.NewPCG`, 128-bit LCG
//! state, "double xorshift multiply" output) and `rand.Rand`'s derivations (Lemire's unbiased
//! bounded integers, `Float64` from 53 bits, Fisher-Yates `Shuffle`/`Perm`), so seeded
//! programs print Go's numbers. Sources other than `*rand.PCG` are called through their
//! `Uint64` method. The package-level functions draw from the runtime's random state and are
//! refused.

use escapade_base::Span;

use crate::interp::{Interp, R};
use crate::value::*;

/// One PCG step on `(hi, lo)`: the new state and the DXSM output.
pub fn pcg_next(hi: u64, lo: u64) -> (u64, u64, u64) {
    const MUL: u128 = (2549297995355413924u128 << 64) | 4865540595714422341u128;
    const INC: u128 = (6364136223846793005u128 << 64) | 1442695040888963407u128;
    let state = ((u128::from(hi) << 64) | u128::from(lo)).wrapping_mul(MUL).wrapping_add(INC);
    let (hi, lo) = ((state >> 64) as u64, state as u64);
    let mut x = hi;
    x ^= x >> 32;
    x = x.wrapping_mul(0xda94_2042_e4dd_58b5);
    x ^= x >> 48;
    x = x.wrapping_mul(lo | 1);
    (hi, lo, x)
}

fn pcg_ptr(v: &Value) -> Option<Ptr> {
    match v {
        Value::Ptr(Some(p)) => Some(p.clone()),
        _ => None,
    }
}

/// `p.Uint64()` of a `*rand.PCG` (`struct { hi, lo uint64 }`).
fn pcg_uint64(p: &Ptr) -> Option<u64> {
    let Some(Value::Struct(f)) = p.load() else { return None };
    let (Some(Value::Int(hi)), Some(Value::Int(lo))) = (f.first(), f.get(1)) else { return None };
    let (hi, lo, x) = pcg_next(*hi as u64, *lo as u64);
    p.store(Value::Struct(vec![Value::Int(hi as i64), Value::Int(lo as i64)]));
    Some(x)
}

/// `r.src.Uint64()` of a `*rand.Rand` (`struct { src Source }`).
fn src_uint64(it: &mut Interp, r: &Value, span: Span) -> R<u64> {
    let src = match r {
        Value::Ptr(Some(p)) => match p.load() {
            Some(Value::Struct(f)) => f.first().cloned(),
            _ => None,
        },
        _ => None,
    };
    let Some(Value::Iface(Some(s))) = src else {
        return Err(it.unsupported(span, "a rand.Rand without a source (panics)"));
    };
    if let Dyn::Go(t) = s.0 {
        if it.type_name(t) == "*rand.PCG" {
            if let Some(x) = pcg_ptr(&s.1).as_ref().and_then(pcg_uint64) {
                return Ok(x);
            }
        }
    }
    let clo = it.dyn_method(s.0, s.1.clone(), "Uint64", span)?;
    match it.call_closure(&clo, Vec::new(), span, false)?.first() {
        Some(Value::Int(x)) => Ok(*x as u64),
        _ => Err(it.unsupported(span, "Source.Uint64 result")),
    }
}

/// `r.uint64n(n)` for `n > 0`.
fn uint64n(it: &mut Interp, r: &Value, n: u64, span: Span) -> R<u64> {
    if n & (n - 1) == 0 {
        return Ok(src_uint64(it, r, span)? & (n - 1));
    }
    let mul = |x: u64| {
        let p = u128::from(x) * u128::from(n);
        ((p >> 64) as u64, p as u64)
    };
    let (mut hi, mut lo) = mul(src_uint64(it, r, span)?);
    if lo < n {
        let thresh = n.wrapping_neg() % n;
        while lo < thresh {
            (hi, lo) = mul(src_uint64(it, r, span)?);
        }
    }
    Ok(hi)
}

fn shuffle(
    it: &mut Interp,
    r: &Value,
    n: i64,
    span: Span,
    mut swap: impl FnMut(&mut Interp, i64, i64) -> R<()>,
) -> R<()> {
    let mut i = n - 1;
    while i > 0 {
        let j = uint64n(it, r, (i + 1) as u64, span)? as i64;
        swap(it, i, j)?;
        i -= 1;
    }
    Ok(())
}

pub fn call(it: &mut Interp, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
    let int = |i: usize| match args.get(i) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    let r = match name {
        "math/rand/v2.NewPCG" => {
            let (a, b) = (int(0).unwrap_or(0), int(1).unwrap_or(0));
            let f = vec![Value::Int(a), Value::Int(b)];
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(f)))))])
        }
        "math/rand/v2.New" => {
            let src = args.first().cloned().unwrap_or(Value::Iface(None));
            Ok(vec![Value::Ptr(Some(Ptr::to_cell(cell(Value::Struct(vec![src])))))])
        }
        "rand.PCG.Uint64" => match args.first().and_then(pcg_ptr).as_ref().and_then(pcg_uint64) {
            Some(x) => Ok(vec![Value::Int(x as i64)]),
            None => Err(it.unsupported(span, "rand.PCG.Uint64 on a nil pointer (panics)")),
        },
        "rand.PCG.Seed" => match args.first().and_then(pcg_ptr) {
            Some(p) => {
                p.store(Value::Struct(vec![
                    Value::Int(int(1).unwrap_or(0)),
                    Value::Int(int(2).unwrap_or(0)),
                ]));
                Ok(Vec::new())
            }
            None => Err(it.unsupported(span, "rand.PCG.Seed on a nil pointer (panics)")),
        },
        _ => {
            let m = name.strip_prefix("rand.Rand.")?;
            let recv = args.first().cloned().unwrap_or(Value::Ptr(None));
            rand_method(it, m, &recv, args, span)
        }
    };
    Some(r)
}

fn rand_method(it: &mut Interp, m: &str, r: &Value, args: &[Value], span: Span) -> R<Vec<Value>> {
    let n = match args.get(1) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    let bounded = |it: &mut Interp, unsigned: bool| -> R<Vec<Value>> {
        let Some(n) = n else { return Err(it.unsupported(span, m)) };
        if n == 0 || (!unsigned && n < 0) {
            return Err(it.unsupported(span, &format!("invalid argument to {m} (panics)")));
        }
        Ok(vec![Value::Int(uint64n(it, r, n as u64, span)? as i64)])
    };
    match m {
        "IntN" | "Int64N" | "Int32N" => bounded(it, false),
        "UintN" | "Uint64N" | "Uint32N" => bounded(it, true),
        "Uint64" | "Uint" => Ok(vec![Value::Int(src_uint64(it, r, span)? as i64)]),
        "Int64" | "Int" => Ok(vec![Value::Int((src_uint64(it, r, span)? & !(1 << 63)) as i64)]),
        "Int32" => Ok(vec![Value::Int((src_uint64(it, r, span)? >> 33) as i64)]),
        "Uint32" => Ok(vec![Value::Int((src_uint64(it, r, span)? >> 32) as i64)]),
        "Float64" => {
            let x = src_uint64(it, r, span)? << 11 >> 11;
            Ok(vec![Value::Float(x as f64 / (1u64 << 53) as f64)])
        }
        "Float32" => {
            let x = ((src_uint64(it, r, span)? >> 32) as u32) << 8 >> 8;
            Ok(vec![Value::Float(f64::from(x as f32 / (1u32 << 24) as f32))])
        }
        "Shuffle" => {
            let Some(n) = n.filter(|&n| n >= 0) else {
                return Err(it.unsupported(span, "invalid argument to Shuffle (panics)"));
            };
            let Some(Value::Func(Some(f))) = args.get(2) else {
                return Err(it.unsupported(span, "Shuffle with a nil function"));
            };
            let f = f.clone();
            shuffle(it, r, n, span, |it, i, j| {
                it.call_closure(&f, vec![Value::Int(i), Value::Int(j)], span, false).map(|_| ())
            })?;
            Ok(Vec::new())
        }
        "Perm" => {
            let Some(n) = n.filter(|&n| (0..1 << 24).contains(&n)) else {
                return Err(it.unsupported(span, "rand.Perm of this length"));
            };
            it.alloc(8 * n as u64, span)?;
            let mut p: Vec<i64> = (0..n).collect();
            shuffle(it, r, n, span, |_, i, j| {
                p.swap(i as usize, j as usize);
                Ok(())
            })?;
            Ok(vec![Value::Slice(Slice::from_vec(p.into_iter().map(Value::Int).collect()))])
        }
        _ => Err(it.unsupported(span, &format!("std method rand.Rand.{m}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pcg_state_advances_as_a_128_bit_lcg() {
        // state' = state * mul + inc (mod 2^128), checked against the 64-bit halves.
        let (hi, lo, _) = pcg_next(0, 0);
        assert_eq!((hi, lo), (6364136223846793005, 1442695040888963407));
        let (hi2, lo2, _) = pcg_next(1, 2);
        let lo_full = 2u128 * 4865540595714422341u128;
        assert_eq!(lo2, (lo_full as u64).wrapping_add(1442695040888963407));
        assert_ne!(hi2, 0);
    }
}
