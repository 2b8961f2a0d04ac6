//! Key types: what the simulator needs to know about a Go map key (equality with Go's
//! semantics, hashing, JSON and text forms). Implemented for `int64`, `string`, `float64` and
//! the interpreter's composite [`GoValue`].

use crate::hash::{HashKind, Rng};
use crate::json::Value;
use std::fmt;

/// A Go map key.
pub trait MapKey: Clone + fmt::Debug {
    /// Go's `==` for the key type: NaN != NaN, +0 == -0.
    fn key_eq(&self, other: &Self) -> bool;
    /// The zero value (what key memory reads as once the runtime clears it).
    fn zero() -> Self;
    /// The key's hash under `seed` with the given hash function; `rng` supplies the fresh random
    /// value Go mixes into every NaN hash.
    fn hash(&self, kind: &HashKind, seed: u64, rng: &mut Rng) -> u64;
    /// Appends the key in the oracle's JSON form.
    fn write_json(&self, out: &mut String);
    /// Reads a key from the oracle's JSON form.
    fn from_json(v: &Value) -> Option<Self>;
    /// Parses a key token of an operation script (`put 12`, `put "a b"`, `put NaN`).
    fn parse_token(tok: &str) -> Option<Self>;
    /// The map type Go uses for `map[ThisKey]int64` (sizes and pointer-ness drive the layout).
    fn map_type() -> crate::MapType;
    /// Whether Go stores this key type through a specialised assign path
    /// (`mapassign_fast32`/`fast64`/`faststr`) rather than the generic `mapassign` used for
    /// floats, bools, small integers and composite keys. It matters in go1.27's Swiss maps: the
    /// fast paths try `pruneTombstones` before growing a full table, the generic path grows
    /// directly (checked against go1.27.3's `internal/runtime/maps` and its oracle dumps).
    fn fast_assign_path(&self) -> bool;
    /// True when the key equals itself (false only for NaN-containing keys).
    fn is_reflexive(&self) -> bool {
        self.key_eq(self)
    }
}

fn identity_bytes(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    let n = b.len().min(8);
    w[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(w)
}

impl MapKey for i64 {
    fn key_eq(&self, other: &Self) -> bool {
        self == other
    }
    fn zero() -> Self {
        0
    }
    fn hash(&self, kind: &HashKind, seed: u64, _rng: &mut Rng) -> u64 {
        match kind {
            HashKind::Fallback(f) => f.mem64(*self as u64, seed),
            HashKind::Identity => *self as u64,
            HashKind::Collide(h) => *h,
        }
    }
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
    fn from_json(v: &Value) -> Option<Self> {
        v.as_i64()
    }
    fn parse_token(tok: &str) -> Option<Self> {
        parse_go_int(tok)
    }
    fn map_type() -> crate::MapType {
        crate::MapType::new(8, 8, false, false)
    }
    fn fast_assign_path(&self) -> bool {
        true
    }
}

/// Parses a Go integer literal as the oracle does (`strconv.ParseInt(tok, 0, 64)`).
pub fn parse_go_int(tok: &str) -> Option<i64> {
    let (neg, body) = match tok.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, tok.strip_prefix('+').unwrap_or(tok)),
    };
    let body = body.replace('_', "");
    let (radix, digits) =
        if let Some(d) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
            (16, d.to_string())
        } else if let Some(d) = body.strip_prefix("0b").or_else(|| body.strip_prefix("0B")) {
            (2, d.to_string())
        } else if let Some(d) = body.strip_prefix("0o").or_else(|| body.strip_prefix("0O")) {
            (8, d.to_string())
        } else if body.len() > 1 && body.starts_with('0') {
            (8, body[1..].to_string())
        } else {
            (10, body)
        };
    if digits.is_empty() {
        return None;
    }
    let mag = u64::from_str_radix(&digits, radix).ok()?;
    if neg {
        if mag <= i64::MAX as u64 + 1 {
            Some((mag as i64).wrapping_neg())
        } else {
            None
        }
    } else {
        i64::try_from(mag).ok()
    }
}

impl MapKey for String {
    fn key_eq(&self, other: &Self) -> bool {
        self == other
    }
    fn zero() -> Self {
        String::new()
    }
    fn hash(&self, kind: &HashKind, seed: u64, _rng: &mut Rng) -> u64 {
        match kind {
            HashKind::Fallback(f) => f.str(self, seed),
            HashKind::Identity => identity_bytes(self.as_bytes()),
            HashKind::Collide(h) => *h,
        }
    }
    fn write_json(&self, out: &mut String) {
        crate::json::write_str(out, self);
    }
    fn from_json(v: &Value) -> Option<Self> {
        v.as_str().map(str::to_string)
    }
    fn parse_token(tok: &str) -> Option<Self> {
        Some(tok.to_string())
    }
    fn map_type() -> crate::MapType {
        crate::MapType::new(16, 8, true, false)
    }
    fn fast_assign_path(&self) -> bool {
        true
    }
}

impl MapKey for f64 {
    fn key_eq(&self, other: &Self) -> bool {
        self == other
    }
    fn zero() -> Self {
        0.0
    }
    fn hash(&self, kind: &HashKind, seed: u64, rng: &mut Rng) -> u64 {
        match kind {
            HashKind::Fallback(f) => f.f64(*self, seed, rng),
            HashKind::Identity if self.is_nan() => rng.next_u64(),
            HashKind::Identity => {
                if *self == 0.0 {
                    0
                } else {
                    self.to_bits()
                }
            }
            HashKind::Collide(h) => *h,
        }
    }
    fn write_json(&self, out: &mut String) {
        write_float(out, *self);
    }
    fn from_json(v: &Value) -> Option<Self> {
        match v {
            Value::Str(s) => parse_go_float(s),
            _ => v.as_f64(),
        }
    }
    fn parse_token(tok: &str) -> Option<Self> {
        parse_go_float(tok)
    }
    fn map_type() -> crate::MapType {
        crate::MapType::new(8, 8, false, false)
    }
    fn fast_assign_path(&self) -> bool {
        false
    }
}

/// Writes a float the way the oracle prints float keys (numbers; NaN/±Inf as strings).
pub fn write_float(out: &mut String, f: f64) {
    if f.is_nan() {
        out.push_str("\"NaN\"");
    } else if f.is_infinite() {
        out.push_str(if f > 0.0 { "\"+Inf\"" } else { "\"-Inf\"" });
    } else if f == 0.0 && f.is_sign_negative() {
        out.push_str("-0");
    } else {
        out.push_str(&format!("{f}"));
    }
}

/// Parses a float token (`1.5`, `NaN`, `+Inf`, `-0`).
pub fn parse_go_float(tok: &str) -> Option<f64> {
    match tok {
        "NaN" | "nan" => Some(f64::NAN),
        "+Inf" | "Inf" | "inf" | "+inf" => Some(f64::INFINITY),
        "-Inf" | "-inf" => Some(f64::NEG_INFINITY),
        _ => tok.parse::<f64>().ok(),
    }
}

/// A Go value usable as a map key by the interpreter: scalars, strings, and composites
/// (structs and arrays, compared element-wise as Go does).
#[derive(Clone, Debug)]
pub enum GoValue {
    /// `bool`.
    Bool(bool),
    /// Signed integers (hashed as 8 bytes).
    Int(i64),
    /// Unsigned integers (hashed as 8 bytes).
    Uint(u64),
    /// `float64`.
    Float(f64),
    /// `string`.
    Str(String),
    /// A struct or array value: its fields/elements in order.
    Tuple(Vec<GoValue>),
}

impl MapKey for GoValue {
    fn key_eq(&self, other: &Self) -> bool {
        match (self, other) {
            (GoValue::Bool(a), GoValue::Bool(b)) => a == b,
            (GoValue::Int(a), GoValue::Int(b)) => a == b,
            (GoValue::Uint(a), GoValue::Uint(b)) => a == b,
            (GoValue::Float(a), GoValue::Float(b)) => a == b,
            (GoValue::Str(a), GoValue::Str(b)) => a == b,
            (GoValue::Tuple(a), GoValue::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.key_eq(y))
            }
            _ => false,
        }
    }
    fn zero() -> Self {
        GoValue::Int(0)
    }
    /// Composite keys chain their elements' hashes (each element hashed with the previous
    /// result as seed), the shape of Go's generated struct/array hash functions. Go merges
    /// adjacent plain-memory fields into one `memhash`; that merge is not modelled, so
    /// composite hashes are not bit-exact with the runtime (their layouts, given a hash, are).
    /// The concrete types [`IntPair`], [`IntStr`] and [`StrPair`] are bit-exact (verified
    /// against the runtimes' generated hash functions).
    fn hash(&self, kind: &HashKind, seed: u64, rng: &mut Rng) -> u64 {
        match self {
            GoValue::Bool(b) => match kind {
                HashKind::Fallback(f) => f.mem(&[*b as u8], seed),
                HashKind::Identity => *b as u64,
                HashKind::Collide(h) => *h,
            },
            GoValue::Int(i) => i.hash(kind, seed, rng),
            GoValue::Uint(u) => (*u as i64).hash(kind, seed, rng),
            GoValue::Float(f) => f.hash(kind, seed, rng),
            GoValue::Str(s) => s.hash(kind, seed, rng),
            GoValue::Tuple(items) => {
                let mut h = seed;
                for it in items {
                    h = it.hash(kind, h, rng);
                }
                h
            }
        }
    }
    fn write_json(&self, out: &mut String) {
        match self {
            GoValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            GoValue::Int(i) => i.write_json(out),
            GoValue::Uint(u) => out.push_str(&u.to_string()),
            GoValue::Float(f) => write_float(out, *f),
            GoValue::Str(s) => crate::json::write_str(out, s),
            GoValue::Tuple(items) => {
                out.push('[');
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    it.write_json(out);
                }
                out.push(']');
            }
        }
    }
    fn from_json(v: &Value) -> Option<Self> {
        Some(match v {
            Value::Bool(b) => GoValue::Bool(*b),
            Value::Num(_) => match v.as_i64() {
                Some(i) => GoValue::Int(i),
                None => GoValue::Float(v.as_f64()?),
            },
            Value::Str(s) => GoValue::Str(s.clone()),
            Value::Arr(items) => {
                GoValue::Tuple(items.iter().map(GoValue::from_json).collect::<Option<_>>()?)
            }
            _ => return None,
        })
    }
    fn parse_token(tok: &str) -> Option<Self> {
        if let Some(i) = parse_go_int(tok) {
            return Some(GoValue::Int(i));
        }
        if let Some(f) = parse_go_float(tok) {
            return Some(GoValue::Float(f));
        }
        Some(GoValue::Str(tok.to_string()))
    }
    fn map_type() -> crate::MapType {
        crate::MapType::new(16, 8, true, false)
    }
    fn fast_assign_path(&self) -> bool {
        // Integers (hashed as 8 bytes, like int/int64/uint64 keys) and strings have fast paths;
        // bools, floats and structs/arrays go through the generic mapassign.
        matches!(self, GoValue::Int(_) | GoValue::Uint(_) | GoValue::Str(_))
    }
}

// ---- composite key types verified against the runtime ---------------------------------------
//
// Concrete Rust types for the composite keys the oracle runs on real maps. Their sizes and
// pointer-ness give the runtime's bucket/group layout, and their fallback hashes follow the
// shape of the hash functions the Go compiler generates: a struct or array that is plain memory
// (`struct{A, B int64}`, `[2]int64`) is hashed as one `memhash` over all its bytes; otherwise
// each maximal run of plain-memory fields is one `memhash` and every string field one
// `strhash`, each taking the previous result as its seed (arrays: element by element).
// Key tokens of operation scripts are the two parts separated by a comma (`3,-7`, `3,abc`);
// the JSON form is a two-element array.

fn split_pair(tok: &str) -> Option<(&str, &str)> {
    tok.split_once(',')
}

fn json_pair(v: &Value) -> Option<(&Value, &Value)> {
    match v {
        Value::Arr(items) if items.len() == 2 => Some((&items[0], &items[1])),
        _ => None,
    }
}

fn teaching_hash(kind: &HashKind, identity: u64) -> u64 {
    match kind {
        HashKind::Collide(h) => *h,
        _ => identity,
    }
}

/// `struct{A int64; B int64}` or `[2]int64`: 16 bytes of plain memory, no pointers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntPair(pub i64, pub i64);

impl MapKey for IntPair {
    fn key_eq(&self, other: &Self) -> bool {
        self == other
    }
    fn zero() -> Self {
        IntPair(0, 0)
    }
    fn hash(&self, kind: &HashKind, seed: u64, _rng: &mut Rng) -> u64 {
        match kind {
            HashKind::Fallback(f) => {
                let mut b = [0u8; 16];
                b[..8].copy_from_slice(&self.0.to_le_bytes());
                b[8..].copy_from_slice(&self.1.to_le_bytes());
                f.mem(&b, seed)
            }
            _ => teaching_hash(kind, (self.0 as u64).wrapping_mul(31).wrapping_add(self.1 as u64)),
        }
    }
    fn write_json(&self, out: &mut String) {
        out.push_str(&format!("[{},{}]", self.0, self.1));
    }
    fn from_json(v: &Value) -> Option<Self> {
        let (a, b) = json_pair(v)?;
        Some(IntPair(a.as_i64()?, b.as_i64()?))
    }
    fn parse_token(tok: &str) -> Option<Self> {
        let (a, b) = split_pair(tok)?;
        Some(IntPair(parse_go_int(a)?, parse_go_int(b)?))
    }
    fn map_type() -> crate::MapType {
        crate::MapType::new(16, 8, false, false)
    }
    fn fast_assign_path(&self) -> bool {
        false
    }
}

/// `struct{A int64; S string}`: 24 bytes with a pointer; hashed `memhash(A)` then `strhash(S)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntStr(pub i64, pub String);

impl MapKey for IntStr {
    fn key_eq(&self, other: &Self) -> bool {
        self == other
    }
    fn zero() -> Self {
        IntStr(0, String::new())
    }
    fn hash(&self, kind: &HashKind, seed: u64, _rng: &mut Rng) -> u64 {
        match kind {
            HashKind::Fallback(f) => f.str(&self.1, f.mem(&self.0.to_le_bytes(), seed)),
            _ => teaching_hash(
                kind,
                (self.0 as u64).wrapping_mul(31).wrapping_add(identity_bytes(self.1.as_bytes())),
            ),
        }
    }
    fn write_json(&self, out: &mut String) {
        out.push_str(&format!("[{},", self.0));
        crate::json::write_str(out, &self.1);
        out.push(']');
    }
    fn from_json(v: &Value) -> Option<Self> {
        let (a, b) = json_pair(v)?;
        Some(IntStr(a.as_i64()?, b.as_str()?.to_string()))
    }
    fn parse_token(tok: &str) -> Option<Self> {
        let (a, b) = split_pair(tok)?;
        Some(IntStr(parse_go_int(a)?, b.to_string()))
    }
    fn map_type() -> crate::MapType {
        crate::MapType::new(24, 8, true, false)
    }
    fn fast_assign_path(&self) -> bool {
        false
    }
}

/// `[2]string`: 32 bytes with pointers; hashed `strhash` element by element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StrPair(pub String, pub String);

impl MapKey for StrPair {
    fn key_eq(&self, other: &Self) -> bool {
        self == other
    }
    fn zero() -> Self {
        StrPair(String::new(), String::new())
    }
    fn hash(&self, kind: &HashKind, seed: u64, _rng: &mut Rng) -> u64 {
        match kind {
            HashKind::Fallback(f) => f.str(&self.1, f.str(&self.0, seed)),
            _ => teaching_hash(
                kind,
                identity_bytes(self.0.as_bytes())
                    .wrapping_mul(31)
                    .wrapping_add(identity_bytes(self.1.as_bytes())),
            ),
        }
    }
    fn write_json(&self, out: &mut String) {
        out.push('[');
        crate::json::write_str(out, &self.0);
        out.push(',');
        crate::json::write_str(out, &self.1);
        out.push(']');
    }
    fn from_json(v: &Value) -> Option<Self> {
        let (a, b) = json_pair(v)?;
        Some(StrPair(a.as_str()?.to_string(), b.as_str()?.to_string()))
    }
    fn parse_token(tok: &str) -> Option<Self> {
        let (a, b) = split_pair(tok)?;
        Some(StrPair(a.to_string(), b.to_string()))
    }
    fn map_type() -> crate::MapType {
        crate::MapType::new(32, 8, true, false)
    }
    fn fast_assign_path(&self) -> bool {
        false
    }
}
