//! The simulator's fallback hash against the real runtimes' hashers (GODEBUG=cpu.aes=off,
//! which uses the same code as GOARCH=wasm). Data: `scripts/maps-hash-check.sh`.

// Tests (not the pure crate) read the committed data from disk.
#![allow(clippy::disallowed_methods)]

use escapade_maps::hash::{Fallback, Rng};
use escapade_maps::json::{self, Value};
use escapade_maps::key::{parse_go_float, GoValue, IntPair, IntStr, KeyDesc, KeyShape, StrPair};
use escapade_maps::{GoVersion, HashKind, MapKey};

/// A composite key's fallback hash, the key given in its JSON form.
fn composite<K: MapKey>(f: Fallback, keytok: &str, seed: u64) -> u64 {
    let v = json::parse(keytok).expect("JSON key");
    let k = K::from_json(&v).unwrap_or_else(|| panic!("bad composite key {keytok}"));
    k.hash(&HashKind::Fallback(f), seed, &mut Rng::new(1))
}

/// The Go types of the oracle's composite keys (hashcheck/main.go), as descriptors.
fn shape_of(kind: &str) -> Option<KeyShape> {
    use KeyShape::*;
    let padded = || Struct(vec![Int(1), Int(8)]);
    Some(match kind {
        "pair" => Struct(vec![Int(8), Int(8)]),
        "arr2i" => Array(Box::new(Int(8)), 2),
        "intstr" => Struct(vec![Int(8), Str]),
        "arr2s" => Array(Box::new(Str), 2),
        "padded" => padded(),
        "mixed" => Struct(vec![Int(4), Bool, Str, F64, Int(2)]),
        "f32pair" => Struct(vec![F32, F32]),
        "nested" => Struct(vec![Int(2), Array(Box::new(Int(1)), 2), F32]),
        "arrpad" => Array(Box::new(padded()), 2),
        "deep" => Struct(vec![padded(), Int(8), Array(Box::new(Bool), 3)]),
        "arr5" => Array(Box::new(padded()), 5),
        _ => return None,
    })
}

/// A JSON key as a [`GoValue`] of the given shape.
fn value_of(shape: &KeyShape, v: &Value) -> GoValue {
    match (shape, v) {
        (KeyShape::Struct(fs), Value::Arr(items)) => {
            GoValue::Tuple(fs.iter().zip(items).map(|(f, x)| value_of(f, x)).collect())
        }
        (KeyShape::Array(e, _), Value::Arr(items)) => {
            GoValue::Tuple(items.iter().map(|x| value_of(e, x)).collect())
        }
        (KeyShape::Int(_), _) => GoValue::Int(v.as_i64().expect("int")),
        (KeyShape::Bool, Value::Bool(b)) => GoValue::Bool(*b),
        (KeyShape::Str, Value::Str(s)) => GoValue::Str(s.clone()),
        (KeyShape::F32 | KeyShape::F64, _) => GoValue::Float(v.as_f64().expect("float")),
        _ => panic!("{v:?} is not a {shape:?}"),
    }
}

/// A composite key's fallback hash through the interpreter's descriptor path.
fn described(go: GoVersion, f: Fallback, shape: KeyShape, keytok: &str, seed: u64) -> u64 {
    let v = value_of(&shape, &json::parse(keytok).expect("JSON key"));
    let desc = KeyDesc::new(shape, go);
    let h = desc.fallback_hash(&f, &v, seed, &mut Rng::new(1)).expect("value fits its shape");
    assert_eq!(h, v.hash_desc(&desc, &HashKind::Fallback(f), seed, &mut Rng::new(1)));
    h
}

fn dir() -> String {
    std::env::var("MAPS_FALLBACK_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/fallback").to_string())
}

fn hex(s: &str) -> u64 {
    u64::from_str_radix(s.trim_start_matches("0x"), 16).expect("hex")
}

#[test]
fn fallback_hash_matches_every_runtime() {
    let mut files = 0;
    for v in ["go1.23.9", "go1.24.11", "go1.27.3"] {
        let text = std::fs::read_to_string(format!("{}/{v}.txt", dir())).expect("hash data");
        let go = match v {
            "go1.23.9" => GoVersion::Go123,
            "go1.24.11" => GoVersion::Go124,
            _ => GoVersion::Go127,
        };
        let mut lines = text.lines();
        let key: Vec<u64> =
            lines.next().expect("hashkey line").split(' ').skip(1).map(hex).collect();
        let f = Fallback::new([key[0], key[1], key[2], key[3]]);
        let mut rng = Rng::new(1);
        let mut n = 0;
        let mut composites = 0;
        let mut described_n = 0;
        let mut sizes = 0;
        for line in lines {
            let (kind, rest) = line.split_once(' ').expect("kind");
            let (keytok, tail) = rest.rsplit_once(' ').expect("hash");
            let (keytok, seed) = keytok.rsplit_once(' ').expect("seed");
            let (seed, want) = (hex(seed), hex(tail));
            if kind == "size" {
                // unsafe.Sizeof of a composite key type, and the layout the descriptor gives.
                let d = KeyDesc::new(shape_of(keytok).expect("known kind"), go);
                assert_eq!(d.size, want, "{v}: {line}");
                assert_eq!(d.map_type().key_size, want);
                sizes += 1;
                continue;
            }
            let got = match kind {
                "int" => f.mem64(keytok.parse::<i64>().expect("int") as u64, seed),
                "str" => match json::parse(keytok) {
                    Ok(Value::Str(s)) => f.str(&s, seed),
                    other => panic!("bad string token {keytok}: {other:?}"),
                },
                "float" => f.f64(parse_go_float(keytok).expect("float"), seed, &mut rng),
                "pair" | "arr2i" => composite::<IntPair>(f, keytok, seed),
                "intstr" => composite::<IntStr>(f, keytok, seed),
                "arr2s" => composite::<StrPair>(f, keytok, seed),
                _ => described(go, f, shape_of(kind).expect("known kind"), keytok, seed),
            };
            if let Some(shape) = shape_of(kind) {
                // The descriptor path (interpreter keys) is bit-identical with the runtime too.
                assert_eq!(described(go, f, shape, keytok, seed), want, "{v} (descriptor): {line}");
                described_n += 1;
            }
            assert_eq!(got, want, "{v}: {line}");
            n += 1;
            composites += usize::from(matches!(kind, "pair" | "arr2i" | "intstr" | "arr2s"));
        }
        assert!(n > 500, "{v}: only {n} hashes");
        assert!(composites > 300, "{v}: only {composites} composite-key hashes");
        assert_eq!(sizes, 11, "{v}: key sizes");
        assert!(described_n > 600, "{v}: only {described_n} descriptor hashes");
        files += 1;
    }
    assert_eq!(files, 3);
}

#[test]
fn a_wrong_key_changes_every_hash() {
    let a = Fallback::new([1, 2, 3, 4]);
    let b = Fallback::new([1, 2, 3, 5]);
    // hashkey[3] only feeds inputs longer than 48 bytes.
    assert_eq!(a.str("short", 9), b.str("short", 9));
    assert_ne!(a.str(&"x".repeat(49), 9), b.str(&"x".repeat(49), 9));
    assert_eq!(a.f64(0.0, 5, &mut Rng::new(1)), a.f64(-0.0, 5, &mut Rng::new(2)));
    let mut r = Rng::new(3);
    assert_ne!(a.f64(f64::NAN, 5, &mut r), a.f64(f64::NAN, 5, &mut r));
}

#[test]
fn descriptors_give_the_verified_key_types_layouts() {
    for go in [GoVersion::Go123, GoVersion::Go124, GoVersion::Go127] {
        let d = |k: &str| KeyDesc::new(shape_of(k).expect("kind"), go);
        assert_eq!(d("pair").map_type(), IntPair::map_type());
        assert_eq!(d("arr2i").map_type(), IntPair::map_type());
        assert_eq!(d("intstr").map_type(), IntStr::map_type());
        assert_eq!(d("arr2s").map_type(), StrPair::map_type());
        assert!(!d("padded").pointers && d("mixed").pointers);
        // The go1.27 assign fast paths: 4- or 8-byte plain memory, or a string.
        assert!(!d("pair").fast_assign_path() && !d("padded").fast_assign_path());
        let one = |s: KeyShape| KeyDesc::new(s, go).fast_assign_path();
        assert!(one(KeyShape::Struct(vec![KeyShape::Int(4), KeyShape::Int(4)])));
        assert!(one(KeyShape::Struct(vec![KeyShape::Str])));
        assert!(!one(KeyShape::Struct(vec![KeyShape::F64])));
    }
}
