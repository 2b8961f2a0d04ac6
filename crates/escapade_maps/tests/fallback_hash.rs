//! The simulator's fallback hash against the real runtimes' hashers (GODEBUG=cpu.aes=off,
//! which uses the same code as GOARCH=wasm). Data: `scripts/maps-hash-check.sh`.

// Tests (not the pure crate) read the committed data from disk.
#![allow(clippy::disallowed_methods)]

use escapade_maps::hash::{Fallback, Rng};
use escapade_maps::json::{self, Value};
use escapade_maps::key::{parse_go_float, IntPair, IntStr, StrPair};
use escapade_maps::{HashKind, MapKey};

/// A composite key's fallback hash, the key given in its JSON form.
fn composite<K: MapKey>(f: Fallback, keytok: &str, seed: u64) -> u64 {
    let v = json::parse(keytok).expect("JSON key");
    let k = K::from_json(&v).unwrap_or_else(|| panic!("bad composite key {keytok}"));
    k.hash(&HashKind::Fallback(f), seed, &mut Rng::new(1))
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
        let mut lines = text.lines();
        let key: Vec<u64> =
            lines.next().expect("hashkey line").split(' ').skip(1).map(hex).collect();
        let f = Fallback::new([key[0], key[1], key[2], key[3]]);
        let mut rng = Rng::new(1);
        let mut n = 0;
        let mut composites = 0;
        for line in lines {
            let (kind, rest) = line.split_once(' ').expect("kind");
            let (keytok, tail) = rest.rsplit_once(' ').expect("hash");
            let (keytok, seed) = keytok.rsplit_once(' ').expect("seed");
            let (seed, want) = (hex(seed), hex(tail));
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
                _ => panic!("unknown kind {kind}"),
            };
            assert_eq!(got, want, "{v}: {line}");
            n += 1;
            composites += usize::from(matches!(kind, "pair" | "arr2i" | "intstr" | "arr2s"));
        }
        assert!(n > 500, "{v}: only {n} hashes");
        assert!(composites > 300, "{v}: only {composites} composite-key hashes");
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
