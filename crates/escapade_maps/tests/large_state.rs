//! Large-map regression guard for speed work: long mixed workloads (growth, evacuation, table
//! splits, directory doubling, tombstones and pruning, iterators open across writes, event
//! recording) must leave exactly the states, iteration orders and events they left before any
//! storage-layout change. Each run folds `state_text`, the `range` order and the event text at
//! checkpoints into one FNV-1a digest; the expected digests were taken from the simulator as it
//! was before the layout work (commit 88de495), whose states the oracle replays validate.

use escapade_maps::dump::state_text;
use escapade_maps::invariants::check;
use escapade_maps::{Fallback, GoMap, GoVersion, HashKind, Impl, MapKey, Rng};

const CONFIGS: [(Impl, GoVersion); 4] = [
    (Impl::Classic, GoVersion::Go123),
    (Impl::Classic, GoVersion::Go124),
    (Impl::Swiss, GoVersion::Go124),
    (Impl::Swiss, GoVersion::Go127),
];

struct Fnv(u64);

impl Fnv {
    fn add(&mut self, s: &str) {
        for b in s.bytes().chain([0xff]) {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

fn run<K: MapKey>(imp: Impl, go: GoVersion, key: impl Fn(u64) -> K) -> u64 {
    const OPS: usize = 120_000;
    const SPACE: u64 = 30_000;
    let h = HashKind::Fallback(Fallback::random(&mut Rng::new(7)));
    let mut m: GoMap<K, i64> = GoMap::new(imp, go, None, h, 3).expect("config");
    let mut r = Rng::new(11);
    let mut d = Fnv(0xcbf2_9ce4_8422_2325);
    let mut open = None;
    for step in 0..OPS {
        let x = r.next_u64();
        let k = key((x >> 8) % SPACE);
        // Record events over two short stretches: one while growing, one in steady state.
        let rec = (20_000..20_500).contains(&step) || (90_000..90_500).contains(&step);
        m.set_recording(rec);
        match x % 10 {
            0..=4 => m.put(k, step as i64),
            5..=6 => {
                let v = m.get(&k).copied();
                d.add(&format!("{v:?}"));
            }
            _ => m.delete(&k),
        }
        if rec {
            for e in m.take_events() {
                d.add(&e.to_string());
            }
        }
        // An iterator stays open across 2,000 writes every 25,000 steps.
        if step % 25_000 == 1_000 {
            open = Some(m.iter_init());
        }
        if let Some(it) = open.as_mut() {
            if step % 7 == 0 {
                match m.iter_next(it) {
                    Some((k, v)) => d.add(&format!("{k:?}={v}")),
                    None => open = None,
                }
            }
            if step % 25_000 == 3_000 {
                if let Some(mut it) = open.take() {
                    m.iter_close(&mut it);
                }
            }
        }
        if step % 20_000 == 19_999 {
            d.add(&state_text(&m));
            let order: Vec<String> = m.iterate().iter().map(|(k, _)| format!("{k:?}")).collect();
            d.add(&order.join(","));
            let bad = check(&m);
            assert!(bad.is_empty(), "{imp:?} {go:?} step {step}: {bad:?}");
        }
    }
    m.clear();
    d.add(&state_text(&m));
    d.0
}

#[test]
fn large_int_maps_keep_their_states() {
    let got: Vec<u64> = CONFIGS.iter().map(|&(imp, go)| run(imp, go, |k| k as i64)).collect();
    let want: [u64; 4] = [
        0xcdbe_4c33_a6a5_7a1a,
        0xcdbe_4c33_a6a5_7a1a,
        0xd897_5c9b_f41a_02e0,
        0x44ab_4dc6_dcd8_e8fc,
    ];
    assert_eq!(got, want, "digests {got:x?}");
}

#[test]
fn large_string_maps_keep_their_states() {
    let got: Vec<u64> =
        CONFIGS.iter().map(|&(imp, go)| run(imp, go, |k| format!("k{k}"))).collect();
    let want: [u64; 4] = [
        0x2244_0db7_e220_c77c,
        0x2244_0db7_e220_c77c,
        0x9642_d3a4_d909_fd90,
        0x0cd1_bf97_7321_7420,
    ];
    assert_eq!(got, want, "digests {got:x?}");
}
