//! The runtime's structural invariants (reference notes §4.1), checked after every step in
//! tests. Each violation is a human-readable line; an empty list means the state is sound.

use crate::classic::{
    tophash, Hmap, BUCKET_CNT, EMPTY_ONE, EMPTY_REST, EVACUATED_EMPTY, EVACUATED_X, HASH_WRITING,
    MIN_TOP_HASH,
};
use crate::key::MapKey;
use crate::map::{GoMap, Inner};
use crate::swiss::{h2, max_growth, ProbeSeq, SwissMap, DELETED, EMPTY, GROUP_SLOTS};

/// Checks every invariant of `m`.
pub fn check<K: MapKey, V: Clone>(m: &GoMap<K, V>) -> Vec<String> {
    match &m.inner {
        Inner::Classic(h) => check_classic(h),
        Inner::Swiss(s) => check_swiss(s),
    }
}

fn check_classic<K: MapKey, V: Clone>(h: &Hmap<K, V>) -> Vec<String> {
    let mut bad = Vec::new();
    let mut live = 0usize;
    let nb = if h.buckets.is_some() { 1usize << h.b } else { 0 };
    if let Some(id) = h.buckets {
        let arr = h.array(id);
        let mut ovf = 0;
        for i in 0..nb {
            let chain: Vec<usize> = arr.chain(i).collect();
            ovf += chain.len() - 1;
            let ths: Vec<u8> = chain.iter().flat_map(|&b| arr.b[b].tophash).collect();
            let last = ths.iter().rposition(|&t| t >= MIN_TOP_HASH);
            for (j, &t) in ths.iter().enumerate() {
                if t > EMPTY_ONE && t < MIN_TOP_HASH {
                    bad.push(format!(
                        "bucket {i} cell {j}: evacuation mark {t} in a current bucket"
                    ));
                }
                let after = last.is_none_or(|l| j > l);
                if after && t != EMPTY_REST {
                    bad.push(format!("bucket {i} cell {j}: tophash {t} after the last live cell (want emptyRest)"));
                }
                if !after && t == EMPTY_REST {
                    bad.push(format!("bucket {i} cell {j}: emptyRest before a live cell"));
                }
            }
            for (j, &bi) in chain.iter().enumerate() {
                for s in 0..BUCKET_CNT {
                    let t = arr.b[bi].tophash[s];
                    if t < MIN_TOP_HASH {
                        continue;
                    }
                    live += 1;
                    match &arr.slots[bi][s] {
                        None => {
                            bad.push(format!("bucket {i}.{j}[{s}]: live tophash without a key"))
                        }
                        Some(sl) if sl.key.is_reflexive() => {
                            if tophash(sl.hash) != t {
                                bad.push(format!(
                                    "bucket {i}.{j}[{s}]: tophash {t} != tophash(hash)"
                                ));
                            }
                            if (sl.hash & (nb as u64 - 1)) as usize != i {
                                bad.push(format!(
                                    "bucket {i}.{j}[{s}]: key hashes to another bucket"
                                ));
                            }
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        if h.b < 16 && ovf != h.noverflow as usize {
            bad.push(format!("noverflow {} but {ovf} overflow buckets", h.noverflow));
        }
    }
    if let Some(oid) = h.oldbuckets {
        let arr = h.array(oid);
        let nold = h.noldbuckets();
        for i in 0..nold {
            let chain: Vec<usize> = arr.chain(i).collect();
            let ths: Vec<u8> = chain.iter().flat_map(|&b| arr.b[b].tophash).collect();
            if arr.b[i].evacuated() {
                if ths.iter().any(|&t| !(EVACUATED_X..=EVACUATED_EMPTY).contains(&t)) {
                    bad.push(format!("old bucket {i}: partially evacuated"));
                }
                continue;
            }
            if i < h.nevacuate {
                bad.push(format!("old bucket {i} < nevacuate {} but not evacuated", h.nevacuate));
            }
            let mut dsts = vec![i];
            if !h.same_size_grow() {
                dsts.push(i + nold);
            }
            if let Some(bid) = h.buckets {
                let na = h.array(bid);
                for d in dsts {
                    if na.chain(d).any(|b| na.b[b].tophash.iter().any(|&t| t != EMPTY_REST)) {
                        bad.push(format!(
                            "new bucket {d} is not empty but old bucket {i} is not evacuated"
                        ));
                    }
                }
            }
            live += ths.iter().filter(|&&t| t >= MIN_TOP_HASH).count();
        }
        if h.nevacuate < nold && arr.b[h.nevacuate].evacuated() {
            bad.push(format!("nevacuate {} points at an evacuated bucket", h.nevacuate));
        }
    } else if h.same_size_grow() {
        bad.push("sameSizeGrow set while not growing".into());
    }
    if h.flags & HASH_WRITING != 0 {
        bad.push("hashWriting set between operations".into());
    }
    if live != h.count {
        bad.push(format!("count {} but {live} live cells", h.count));
    }
    bad
}

fn check_swiss<K: MapKey, V: Clone>(m: &SwissMap<K, V>) -> Vec<String> {
    let mut bad = Vec::new();
    if m.dir.is_empty() {
        let n = match &m.small {
            Some(g) => {
                if g.ctrl.contains(&DELETED) {
                    bad.push("small map has a tombstone".into());
                }
                for (i, c) in g.ctrl.iter().enumerate() {
                    if let (0..=0x7f, Some(s)) = (c, &g.slots[i]) {
                        if s.key.is_reflexive() && h2(s.hash) != *c {
                            bad.push(format!("small slot {i}: ctrl {c} != h2(hash)"));
                        }
                    }
                }
                g.ctrl.iter().filter(|&&c| c & 0x80 == 0).count()
            }
            None => 0,
        };
        if n as u64 != m.used {
            bad.push(format!("used {} but {n} full slots", m.used));
        }
        return bad;
    }
    if m.dir.len() != 1 << m.global_depth {
        bad.push(format!("dir_len {} but global depth {}", m.dir.len(), m.global_depth));
    }
    let mut total = 0u64;
    for (id, &tid) in m.table_order().iter().enumerate() {
        let t = m.table(tid);
        let span = 1usize << (m.global_depth - t.local_depth);
        let idx = t.index;
        if idx < 0 || !(idx as usize).is_multiple_of(span) || idx as usize + span > m.dir.len() {
            bad.push(format!("table {id}: bad index {idx}"));
            continue;
        }
        for (j, &d) in m.dir.iter().enumerate() {
            let inside = j >= idx as usize && j < idx as usize + span;
            if inside != (d == tid) {
                bad.push(format!(
                    "table {id} does not own exactly directory[{idx}..{})",
                    idx as usize + span
                ));
                break;
            }
        }
        let mask = t.ngroups() as u64 - 1;
        let (mut full, mut tomb, mut empty) = (0u16, 0u16, 0u16);
        for (gi, g) in t.groups().enumerate() {
            for s in 0..GROUP_SLOTS {
                match g.ctrl[s] {
                    EMPTY => empty += 1,
                    DELETED => tomb += 1,
                    c if c & 0x80 != 0 => {
                        bad.push(format!("table {id} g{gi}[{s}]: invalid control byte {c}"))
                    }
                    c => {
                        full += 1;
                        let Some(sl) = &g.slots[s] else {
                            bad.push(format!("table {id} g{gi}[{s}]: full without a key"));
                            continue;
                        };
                        if !sl.key.is_reflexive() {
                            continue;
                        }
                        if h2(sl.hash) != c {
                            bad.push(format!("table {id} g{gi}[{s}]: ctrl {c} != h2(hash)"));
                        }
                        let di = m.directory_index(sl.hash);
                        if di < idx as usize || di >= idx as usize + span {
                            bad.push(format!(
                                "table {id} g{gi}[{s}]: directory index {di} outside the table"
                            ));
                        }
                        let mut seq = ProbeSeq::new(sl.hash, mask);
                        for _ in 0..=mask {
                            if seq.offset as usize == gi {
                                break;
                            }
                            if t.group(seq.offset as usize).match_empty() != 0 {
                                bad.push(format!(
                                    "table {id} g{gi}[{s}]: probe stops at group {} first",
                                    seq.offset
                                ));
                                break;
                            }
                            seq.next();
                        }
                    }
                }
            }
        }
        if full != t.used {
            bad.push(format!("table {id}: used {} but {full} full slots", t.used));
        }
        if max_growth(t.capacity) as i32 - full as i32 - tomb as i32 != t.growth_left as i32 {
            bad.push(format!(
                "table {id}: growth_left {} != max - used - tombstones",
                t.growth_left
            ));
        }
        if empty == 0 {
            bad.push(format!("table {id} has no empty slot"));
        }
        if !t.capacity.is_power_of_two() || t.capacity as usize != t.ngroups() * GROUP_SLOTS {
            bad.push(format!("table {id}: capacity {} vs {} groups", t.capacity, t.ngroups()));
        }
        total += t.used as u64;
    }
    if total != m.used {
        bad.push(format!("sum of table used {total} != used {}", m.used));
    }
    bad
}
