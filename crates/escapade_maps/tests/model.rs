//! Property tests: every implementation against a `BTreeMap` model, with the runtime
//! invariants checked after every step, and Go's iteration guarantees under interleaved writes.

use escapade_maps::invariants::check;
use escapade_maps::{Fallback, GoMap, GoVersion, HashKind, Impl, Rng};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Debug)]
enum Op {
    Put(i64, i64),
    Del(i64),
    Get(i64),
    Clear,
    Iter,
    /// Start an iteration, then interleave writes: (steps before each write, writes).
    IterWithWrites(Vec<(u8, i64, bool)>),
}

fn op(space: i64) -> impl Strategy<Value = Op> {
    prop_oneof![
        40 => (0..space, any::<i64>()).prop_map(|(k, v)| Op::Put(k, v)),
        25 => (0..space).prop_map(Op::Del),
        15 => (0..space).prop_map(Op::Get),
        1 => Just(Op::Clear),
        3 => Just(Op::Iter),
        3 => proptest::collection::vec((0u8..4, 0..space * 2, any::<bool>()), 0..12).prop_map(Op::IterWithWrites),
    ]
}

const CONFIGS: [(Impl, GoVersion); 4] = [
    (Impl::Classic, GoVersion::Go123),
    (Impl::Classic, GoVersion::Go124),
    (Impl::Swiss, GoVersion::Go124),
    (Impl::Swiss, GoVersion::Go127),
];

fn hasher(which: u8, seed: u64) -> HashKind {
    match which {
        0 => HashKind::Fallback(Fallback::random(&mut Rng::new(seed))),
        1 => HashKind::Identity,
        _ => HashKind::Collide(0xdead_beef_0000_0042),
    }
}

fn run(
    ops: &[Op],
    cfg: (Impl, GoVersion),
    hint: Option<usize>,
    h: HashKind,
    seed: u64,
) -> Result<(), TestCaseError> {
    let mut m: GoMap<i64, i64> = GoMap::new(cfg.0, cfg.1, hint, h, seed).expect("valid config");
    let mut model: BTreeMap<i64, i64> = BTreeMap::new();
    for (n, o) in ops.iter().enumerate() {
        match o {
            Op::Put(k, v) => {
                m.put(*k, *v);
                model.insert(*k, *v);
            }
            Op::Del(k) => {
                m.delete(k);
                model.remove(k);
            }
            Op::Get(k) => {
                prop_assert_eq!(m.get(k).copied(), model.get(k).copied(), "get {} at op {}", k, n)
            }
            Op::Clear => {
                m.clear();
                model.clear();
            }
            Op::Iter => {
                let got: BTreeMap<i64, i64> = m.iterate().into_iter().collect();
                prop_assert_eq!(&got, &model, "iteration at op {}", n);
            }
            Op::IterWithWrites(writes) => {
                let at_start: BTreeSet<i64> = model.keys().copied().collect();
                let mut touched: BTreeSet<i64> = BTreeSet::new();
                let mut seen: BTreeSet<i64> = BTreeSet::new();
                let mut it = m.iter_init();
                let mut pending = writes.iter();
                let mut countdown = 0u8;
                let mut next_write = pending.next();
                loop {
                    if countdown == 0 {
                        if let Some(&(gap, k, put)) = next_write {
                            if put {
                                m.put(k, k);
                                model.insert(k, k);
                            } else {
                                m.delete(&k);
                                model.remove(&k);
                                // A deleted key that is put back is a new entry, which Go
                                // may produce again (the spec: "may be produced or skipped").
                                seen.remove(&k);
                            }
                            touched.insert(k);
                            countdown = gap;
                            next_write = pending.next();
                            let bad = check(&m);
                            prop_assert!(bad.is_empty(), "mid-iteration invariants: {:?}", bad);
                        }
                    } else {
                        countdown -= 1;
                    }
                    let Some((k, v)) = m.iter_next(&mut it) else { break };
                    prop_assert!(seen.insert(k), "key {} returned twice", k);
                    prop_assert_eq!(
                        model.get(&k).copied(),
                        Some(v),
                        "returned {} which is not live (or stale value)",
                        k
                    );
                }
                for k in at_start.difference(&touched) {
                    prop_assert!(seen.contains(k), "untouched key {} was skipped", k);
                }
            }
        }
        prop_assert_eq!(m.len(), model.len(), "len after op {} {:?}", n, o);
        let bad = check(&m);
        prop_assert!(bad.is_empty(), "invariants after op {} {:?}: {:?}", n, o, bad);
    }
    let got: BTreeMap<i64, i64> = m.iterate().into_iter().collect();
    prop_assert_eq!(got, model);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn small_key_space(ops in proptest::collection::vec(op(40), 1..300), c in 0usize..4, hk in 0u8..3, seed in any::<u64>(), hint in proptest::option::of(0usize..60)) {
        run(&ops, CONFIGS[c], hint, hasher(hk, seed), seed)?;
    }

    #[test]
    fn growth_and_churn(ops in proptest::collection::vec(op(3000), 200..1500), c in 0usize..4, seed in any::<u64>()) {
        run(&ops, CONFIGS[c], None, hasher(0, seed), seed)?;
    }
}

#[test]
fn sliding_window_forces_same_size_growth_and_tombstones() {
    for cfg in CONFIGS {
        let mut m: GoMap<i64, i64> = GoMap::new(
            cfg.0,
            cfg.1,
            None,
            HashKind::Fallback(Fallback::random(&mut Rng::new(7))),
            7,
        )
        .unwrap();
        let mut same_size = 0;
        let mut tombstones = 0usize;
        for i in 0..20_000i64 {
            m.put(i, i);
            if i >= 200 {
                m.delete(&(i - 200));
            }
            match &m.inner {
                escapade_maps::map::Inner::Classic(h) => same_size += h.same_size_grow() as usize,
                escapade_maps::map::Inner::Swiss(s) => {
                    tombstones = tombstones.max(
                        s.table_order().iter().map(|&t| s.table(t).tombstones() as usize).sum(),
                    )
                }
            }
            if i % 97 == 0 {
                assert!(check(&m).is_empty(), "{cfg:?} step {i}: {:?}", check(&m));
            }
        }
        assert_eq!(m.len(), 200);
        match cfg.0 {
            Impl::Classic => assert!(same_size > 0, "{cfg:?}: no same-size grow under churn"),
            Impl::Swiss => assert!(tombstones > 0, "{cfg:?}: no tombstones under churn"),
        }
    }
}
