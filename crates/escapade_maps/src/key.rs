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
    /// The key's hash when its type is described by `desc` (composite keys of the
    /// interpreter); other key types ignore the descriptor.
    fn hash_desc(&self, desc: &KeyDesc, kind: &HashKind, seed: u64, rng: &mut Rng) -> u64 {
        let _ = desc;
        self.hash(kind, seed, rng)
    }
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
    /// Without a type descriptor, composite keys chain their elements' hashes (each element
    /// hashed with the previous result as seed); that is not bit-exact with the runtime. Maps
    /// created with a [`KeyDesc`] (the interpreter's struct/array keys) hash through
    /// [`MapKey::hash_desc`] instead, bit-exact with the runtimes' generated hash functions.
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
    fn hash_desc(&self, desc: &KeyDesc, kind: &HashKind, seed: u64, rng: &mut Rng) -> u64 {
        match kind {
            HashKind::Fallback(f) => match desc.fallback_hash(f, self, seed, rng) {
                Some(h) => h,
                None => self.hash(kind, seed, rng),
            },
            _ => self.hash(kind, seed, rng),
        }
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

// ---- key-type descriptors for the interpreter's composite keys --------------------------------
//
// A struct or array key type as the Go compiler lays it out on amd64, and the hash function it
// generates for it. The runtime hashes a key with its type's hasher:
// * a type that is plain memory (integers and bools, and structs/arrays of them without padding)
//   is one `memhash` over all its bytes;
// * a one-field struct or a one-element array hashes as its field/element;
// * otherwise a struct is hashed field by field, in order, each step seeded with the previous
//   result: a maximal run of consecutive plain-memory fields is one `memhash` over the bytes
//   from the first field's offset to the last field's end (a run stops after a field followed by
//   padding, and before a field that is not plain memory), a string field is `strhash`, a float
//   field `f32hash`/`f64hash`, a nested non-memory struct/array its own generated hash; an array
//   of non-memory elements is hashed element by element.
// Padding bytes are never hashed. Keys over 128 bytes would be stored indirectly by classic maps;
// the interpreter refuses them.

/// The shape of a Go key type (amd64 sizes and alignment).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyShape {
    /// An integer of this many bytes (1, 2, 4 or 8), signed or unsigned.
    Int(u8),
    /// `bool` (one byte).
    Bool,
    /// `string` (16 bytes: pointer and length).
    Str,
    /// `float32`.
    F32,
    /// `float64`.
    F64,
    /// A struct: its field types in order.
    Struct(Vec<KeyShape>),
    /// An array `[n]T`.
    Array(Box<KeyShape>, u64),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Alg {
    Mem,
    Str,
    F32,
    F64,
    Special,
}

fn align_up(x: u64, a: u64) -> u64 {
    x.div_ceil(a) * a
}

impl KeyShape {
    /// `unsafe.Sizeof` on amd64.
    pub fn size(&self) -> u64 {
        match self {
            KeyShape::Int(n) => *n as u64,
            KeyShape::Bool => 1,
            KeyShape::Str => 16,
            KeyShape::F32 => 4,
            KeyShape::F64 => 8,
            KeyShape::Struct(fs) => {
                let end = self.offsets().last().map_or(0, |&o| o + fs[fs.len() - 1].size());
                align_up(end, self.align())
            }
            KeyShape::Array(e, n) => e.size() * n,
        }
    }
    /// `unsafe.Alignof` on amd64.
    pub fn align(&self) -> u64 {
        match self {
            KeyShape::Int(n) => *n as u64,
            KeyShape::Bool => 1,
            KeyShape::Str | KeyShape::F64 => 8,
            KeyShape::F32 => 4,
            KeyShape::Struct(fs) => fs.iter().map(KeyShape::align).max().unwrap_or(1),
            KeyShape::Array(e, _) => e.align(),
        }
    }
    /// The type contains pointers (strings).
    pub fn has_pointers(&self) -> bool {
        match self {
            KeyShape::Str => true,
            KeyShape::Struct(fs) => fs.iter().any(KeyShape::has_pointers),
            KeyShape::Array(e, n) => *n > 0 && e.has_pointers(),
            _ => false,
        }
    }
    /// Field offsets of a struct (empty for other shapes).
    pub fn offsets(&self) -> Vec<u64> {
        let KeyShape::Struct(fs) = self else { return Vec::new() };
        let mut off = 0;
        fs.iter()
            .map(|f| {
                off = align_up(off, f.align());
                let o = off;
                off += f.size();
                o
            })
            .collect()
    }
    /// Whether struct field `i` is followed by padding (before the next field or the end).
    fn padded_field(&self, i: usize) -> bool {
        let KeyShape::Struct(fs) = self else { return false };
        let offs = self.offsets();
        let end = offs.get(i + 1).copied().unwrap_or_else(|| self.size());
        offs[i] + fs[i].size() != end
    }
    fn alg(&self) -> Alg {
        match self {
            KeyShape::Int(_) | KeyShape::Bool => Alg::Mem,
            KeyShape::Str => Alg::Str,
            KeyShape::F32 => Alg::F32,
            KeyShape::F64 => Alg::F64,
            KeyShape::Struct(fs) if fs.len() == 1 => fs[0].alg(),
            KeyShape::Struct(fs) => {
                let plain = (0..fs.len()).all(|i| fs[i].alg() == Alg::Mem && !self.padded_field(i));
                if plain {
                    Alg::Mem
                } else {
                    Alg::Special
                }
            }
            KeyShape::Array(e, n) => match (e.alg(), n) {
                (Alg::Mem, _) | (_, 0) => Alg::Mem,
                (a, 1) => a,
                _ => Alg::Special,
            },
        }
    }
    /// Leaves (offset, kind) in value order, arrays expanded.
    fn leaves(&self, base: u64, out: &mut Vec<(u64, KeyShape)>) {
        match self {
            KeyShape::Struct(fs) => {
                for (f, o) in fs.iter().zip(self.offsets()) {
                    f.leaves(base + o, out);
                }
            }
            KeyShape::Array(e, n) => {
                for i in 0..*n {
                    e.leaves(base + i * e.size(), out);
                }
            }
            leaf => out.push((base, leaf.clone())),
        }
    }
    /// The hash steps of this type's hasher applied at `base`.
    fn hash_ops(&self, base: u64, out: &mut Vec<HashOp>) {
        match self.alg() {
            Alg::Mem => out.push(HashOp::Mem(base, self.size())),
            Alg::Str => out.push(HashOp::Str(base)),
            Alg::F32 => out.push(HashOp::F32(base)),
            Alg::F64 => out.push(HashOp::F64(base)),
            Alg::Special => match self {
                KeyShape::Struct(fs) => {
                    let offs = self.offsets();
                    let mut i = 0;
                    while i < fs.len() {
                        if fs[i].alg() != Alg::Mem {
                            // A one-field struct or one-element array wrapping a float/string
                            // hashes as that leaf; anything else has its own generated hasher.
                            fs[i].hash_ops(base + offs[i], out);
                            i += 1;
                            continue;
                        }
                        let start = i;
                        loop {
                            i += 1;
                            if i == fs.len() || self.padded_field(i - 1) || fs[i].alg() != Alg::Mem
                            {
                                break;
                            }
                        }
                        let len = offs[i - 1] + fs[i - 1].size() - offs[start];
                        out.push(HashOp::Mem(base + offs[start], len));
                    }
                }
                KeyShape::Array(e, n) => {
                    for i in 0..*n {
                        e.hash_ops(base + i * e.size(), out);
                    }
                }
                _ => unreachable!("only structs and arrays are special"),
            },
        }
    }
}

/// go1.27's generated hashers: the compiler flattens the key type into a signature of memory
/// regions (adjacent plain memory merged across field, nested-struct and array-element
/// boundaries), skipped padding, and float/string steps; arrays of non-memory elements are
/// expanded in place up to a 32-byte unroll and otherwise looped over unroll-sized chunks, a
/// memory region never spanning a chunk boundary. Every step is applied in order, each seeded
/// with the previous result.
#[derive(Default)]
struct SigOps {
    pos: u64,
    reg: u64,
    skip: u64,
    ops: Vec<HashOp>,
}

impl SigOps {
    fn flush(&mut self) {
        if self.reg > 0 {
            self.ops.push(HashOp::Mem(self.pos, self.reg));
            self.pos += self.reg;
            self.reg = 0;
        }
        if self.skip > 0 {
            self.pos += self.skip;
            self.skip = 0;
        }
    }
    fn regular(&mut self, n: u64) {
        if self.reg == 0 {
            self.flush();
        }
        self.reg += n;
    }
    fn skip(&mut self, n: u64) {
        if self.skip == 0 {
            self.flush();
        }
        self.skip += n;
    }
    fn step(&mut self, op: fn(u64) -> HashOp, size: u64) {
        self.flush();
        self.ops.push(op(self.pos));
        self.pos += size;
    }
    fn build(&mut self, t: &KeyShape) {
        match t {
            KeyShape::Int(n) => self.regular(*n as u64),
            KeyShape::Bool => self.regular(1),
            KeyShape::F32 => self.step(HashOp::F32, 4),
            KeyShape::F64 => self.step(HashOp::F64, 8),
            KeyShape::Str => self.step(HashOp::Str, 16),
            KeyShape::Struct(fs) => {
                let mut off = 0;
                for (f, o) in fs.iter().zip(t.offsets()) {
                    if off < o {
                        self.skip(o - off);
                    }
                    self.build(f);
                    off = o + f.size();
                }
                if off < t.size() {
                    self.skip(t.size() - off);
                }
            }
            KeyShape::Array(e, n) => {
                if t.alg() == Alg::Mem {
                    self.regular(t.size());
                    return;
                }
                let mut n = *n;
                if n == 1 {
                    self.build(e);
                    return;
                }
                if n == 0 || e.size() == 0 {
                    return;
                }
                let unroll = (32 / e.size()).max(1);
                while n % unroll != 0 {
                    self.build(e);
                    n -= 1;
                }
                if n == 0 {
                    return;
                }
                if n == unroll {
                    (0..n).for_each(|_| self.build(e));
                    return;
                }
                self.flush();
                for _ in 0..n / unroll {
                    (0..unroll).for_each(|_| self.build(e));
                    self.flush();
                }
            }
        }
    }
}

/// One step of a generated hash function: `memhash` over `len` bytes at an offset, or the
/// `strhash`/`f32hash`/`f64hash` of the field at an offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HashOp {
    /// `memhash(p+off, h, len)`.
    Mem(u64, u64),
    /// `strhash(p+off, h)`.
    Str(u64),
    /// `f32hash(p+off, h)`.
    F32(u64),
    /// `f64hash(p+off, h)`.
    F64(u64),
}

/// A composite key type: layout facts and the hash steps of its generated hasher.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyDesc {
    /// The type.
    pub shape: KeyShape,
    /// `unsafe.Sizeof(K)`.
    pub size: u64,
    /// K contains pointers.
    pub pointers: bool,
    /// The hash steps, in order.
    pub ops: Vec<HashOp>,
    leaves: Vec<(u64, KeyShape)>,
}

impl KeyDesc {
    /// The descriptor of a key type for the given runtime (go1.27's compiler generates
    /// different hash functions than go1.23/go1.24's).
    pub fn new(shape: KeyShape, go: crate::GoVersion) -> Self {
        let ops = if go == crate::GoVersion::Go127 {
            let mut b = SigOps::default();
            b.build(&shape);
            b.flush();
            b.ops
        } else {
            let mut ops = Vec::new();
            shape.hash_ops(0, &mut ops);
            ops
        };
        let mut leaves = Vec::new();
        shape.leaves(0, &mut leaves);
        KeyDesc { size: shape.size(), pointers: shape.has_pointers(), shape, ops, leaves }
    }

    /// Whether `map[K]V` assigns through `mapassign_fast32`/`fast64`/`faststr`: the key type is
    /// plain memory of 4 or 8 bytes, or hashes as a string (a one-field struct of a string).
    pub fn fast_assign_path(&self) -> bool {
        match self.shape.alg() {
            Alg::Mem => self.size == 4 || self.size == 8,
            Alg::Str => true,
            _ => false,
        }
    }

    /// The map type of `map[K]V` for this key (with an 8-byte pointer-free elem, as for
    /// [`GoValue`]'s default).
    pub fn map_type(&self) -> crate::MapType {
        crate::MapType::new(self.size, 8, self.pointers, false)
    }

    /// Hashes a key value (a [`GoValue`] whose leaves, flattened, follow the type's leaves) with
    /// Go's fallback hash. `None` if the value does not fit the shape.
    pub fn fallback_hash(
        &self,
        f: &crate::hash::Fallback,
        v: &GoValue,
        seed: u64,
        rng: &mut Rng,
    ) -> Option<u64> {
        let mut vals = Vec::new();
        flatten(v, &mut vals);
        if vals.len() != self.leaves.len() {
            return None;
        }
        let mut mem = vec![0u8; self.size as usize];
        let mut strs: Vec<(u64, &str)> = Vec::new();
        let mut floats: Vec<(u64, f64)> = Vec::new();
        for ((off, kind), val) in self.leaves.iter().zip(&vals) {
            let o = *off as usize;
            match (kind, val) {
                (KeyShape::Int(n), GoValue::Int(i)) => {
                    mem[o..o + *n as usize].copy_from_slice(&i.to_le_bytes()[..*n as usize])
                }
                (KeyShape::Int(n), GoValue::Uint(u)) => {
                    mem[o..o + *n as usize].copy_from_slice(&u.to_le_bytes()[..*n as usize])
                }
                (KeyShape::Bool, GoValue::Bool(b)) => mem[o] = *b as u8,
                (KeyShape::Str, GoValue::Str(s)) => strs.push((*off, s)),
                (KeyShape::F32, GoValue::Float(x)) => {
                    mem[o..o + 4].copy_from_slice(&(*x as f32).to_bits().to_le_bytes());
                    floats.push((*off, *x));
                }
                (KeyShape::F64, GoValue::Float(x)) => {
                    mem[o..o + 8].copy_from_slice(&x.to_bits().to_le_bytes());
                    floats.push((*off, *x));
                }
                _ => return None,
            }
        }
        let mut h = seed;
        for op in &self.ops {
            h = match *op {
                HashOp::Mem(off, len) => f.mem(&mem[off as usize..(off + len) as usize], h),
                HashOp::Str(off) => f.str(strs.iter().find(|s| s.0 == off)?.1, h),
                HashOp::F64(off) => f.f64(floats.iter().find(|x| x.0 == off)?.1, h, rng),
                HashOp::F32(off) => f.f32(floats.iter().find(|x| x.0 == off)?.1 as f32, h, rng),
            };
        }
        Some(h)
    }
}

fn flatten<'a>(v: &'a GoValue, out: &mut Vec<&'a GoValue>) {
    match v {
        GoValue::Tuple(items) => items.iter().for_each(|x| flatten(x, out)),
        leaf => out.push(leaf),
    }
}
