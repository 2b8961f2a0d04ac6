//! Classic iteration (`mapiterinit` / `mapiternext`), including iteration that started
//! during a grow and maps that grow or change while being iterated.

use super::{
    tophash, ArrayId, Hmap, BUCKET_CNT, EMPTY_ONE, EVACUATED_EMPTY, EVACUATED_X, EVACUATED_Y,
    ITERATOR, NO_BUCKET, OLD_ITERATOR,
};
use crate::key::MapKey;

/// An open iterator (`hiter`). Obtain with [`Hmap::iter_init`], advance with
/// [`Hmap::iter_next`]; release with [`Hmap::iter_close`] if abandoned early.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassicIter {
    /// The bucket array snapshot (`it.buckets`); None for an empty map.
    pub array: Option<ArrayId>,
    /// B at start.
    pub b: u8,
    /// First bucket visited.
    pub start_bucket: usize,
    /// Slot offset applied in every bucket.
    pub offset: usize,
    /// Current bucket (array, index) being walked (`it.bptr`).
    cur: Option<(ArrayId, usize)>,
    bucket: usize,
    i: usize,
    wrapped: bool,
    check_bucket: Option<usize>,
    open: bool,
}

impl<K: MapKey, V: Clone> Hmap<K, V> {
    /// The iterator `mapiterinit` would build for random draw `r` (`startBucket = r & (2^B-1)`,
    /// `offset = (r >> B) & 7`), without touching the map.
    pub fn iter_start(&self, r: u64) -> ClassicIter {
        let open = self.count > 0;
        let start = (r & ((1u64 << self.b) - 1)) as usize;
        ClassicIter {
            array: if open { self.buckets } else { None },
            b: self.b,
            start_bucket: if open { start } else { 0 },
            offset: if open { ((r >> self.b) & 7) as usize } else { 0 },
            cur: None,
            bucket: if open { start } else { 0 },
            i: 0,
            wrapped: false,
            check_bucket: None,
            open,
        }
    }

    /// `mapiterinit` with the runtime's random draw `r`. Sets the iterator flags (and, for
    /// pointer-free buckets, allocates `mapextra.overflow`), as the runtime does.
    pub fn iter_init(&mut self, r: u64) -> ClassicIter {
        let it = self.iter_start(r);
        if !it.open {
            return it;
        }
        if !self.ty.bucket_has_pointers() {
            let ex = self.extra.get_or_insert_with(Default::default);
            ex.overflow.get_or_insert(0);
        }
        self.flags |= ITERATOR | OLD_ITERATOR;
        self.open_iters += 1;
        it
    }

    /// Releases an iterator that was not run to the end.
    pub fn iter_close(&mut self, it: &mut ClassicIter) {
        if it.open {
            it.open = false;
            self.open_iters -= 1;
            self.collect();
        }
    }

    /// `mapiternext`: the next entry, or None at the end (which closes the iterator).
    pub fn iter_next(&mut self, it: &mut ClassicIter) -> Option<(K, V)> {
        let r = self.next_entry(it);
        if r.is_none() {
            self.iter_close(it);
        }
        r
    }

    /// One `mapiternext` step without touching the map (the iterator is not closed at the end).
    pub fn next_entry(&self, it: &mut ClassicIter) -> Option<(K, V)> {
        if !it.open {
            return None;
        }
        let arr = it.array?;
        let nb = 1usize << it.b;
        loop {
            let (aid, bi) = match it.cur {
                Some(c) => c,
                None => {
                    if it.bucket == it.start_bucket && it.wrapped {
                        return None;
                    }
                    let mut pick = (arr, it.bucket);
                    it.check_bucket = None;
                    if let (Some(oid), true) = (self.oldbuckets, it.b == self.b) {
                        let mask = self.noldbuckets() - 1;
                        let ob = it.bucket & mask;
                        if !self.array(oid).b[ob].evacuated() {
                            pick = (oid, ob);
                            it.check_bucket = Some(it.bucket);
                        }
                    }
                    it.bucket += 1;
                    if it.bucket == nb {
                        it.bucket = 0;
                        it.wrapped = true;
                    }
                    it.i = 0;
                    it.cur = Some(pick);
                    pick
                }
            };
            while it.i < BUCKET_CNT {
                let offi = (it.i + it.offset) & (BUCKET_CNT - 1);
                it.i += 1;
                let arr = self.array(aid);
                let bm = &arr.b[bi];
                let th = bm.tophash[offi];
                if th <= EMPTY_ONE || th == EVACUATED_EMPTY {
                    continue;
                }
                let Some(slot) = arr.slots[bi][offi].as_ref() else {
                    continue;
                };
                let reflexive = slot.key.is_reflexive();
                if let (Some(cb), false) = (it.check_bucket, self.same_size_grow()) {
                    if reflexive {
                        if (slot.hash & (nb as u64 - 1)) as usize != cb {
                            continue;
                        }
                    } else if (cb >> (it.b - 1)) as u8 != th & 1 {
                        continue;
                    }
                }
                if (th != EVACUATED_X && th != EVACUATED_Y) || !reflexive {
                    return Some((slot.key.clone(), slot.elem.clone()));
                }
                // The map grew since the iterator started: read the live entry.
                let (k, h) = (slot.key.clone(), slot.hash);
                if let Some((rk, re)) = self.lookup_kv(&k, h) {
                    return Some((rk.clone(), re.clone()));
                }
            }
            let next = self.array(aid).b[bi].overflow;
            it.cur = if next == NO_BUCKET { None } else { Some((aid, next as usize)) };
            it.i = 0;
        }
    }

    /// `mapaccessK`: the stored key and elem.
    pub fn lookup_kv(&self, key: &K, hash: u64) -> Option<(&K, &V)> {
        if self.count == 0 {
            return None;
        }
        let (aid, head, _) = self.lookup_bucket(hash)?;
        let top = tophash(hash);
        let arr = self.array(aid);
        for bi in arr.chain(head) {
            for i in 0..BUCKET_CNT {
                let th = arr.b[bi].tophash[i];
                if th == super::EMPTY_REST {
                    return None;
                }
                if th == top {
                    if let Some(s) = &arr.slots[bi][i] {
                        if s.key.key_eq(key) {
                            return Some((&s.key, &s.elem));
                        }
                    }
                }
            }
        }
        None
    }

    /// Runs a whole `for k, v := range m` with start draw `r` and no writes in between.
    pub fn iterate(&mut self, r: u64) -> Vec<(K, V)> {
        let mut it = self.iter_init(r);
        let mut out = Vec::with_capacity(self.count);
        while let Some(kv) = self.iter_next(&mut it) {
            out.push(kv);
        }
        out
    }
}
