//! Swiss iteration (`Iter.Init` / `Iter.Next`), including maps that grow, split or change
//! while being iterated.

use super::{SwissMap, TableId, EMPTY, GROUP_SLOTS};
use crate::key::MapKey;

/// An open iterator. Obtain with [`SwissMap::iter_init`], advance with [`SwissMap::iter_next`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SwissIter {
    /// Random entry offset.
    pub entry_offset: u64,
    /// Random directory offset.
    pub dir_offset: u64,
    global_depth: u8,
    /// -1: walking the small group.
    dir_idx: i64,
    entry_idx: u64,
    tab: Option<TableId>,
    clear_seq: u64,
    open: bool,
}

/// Bit i set: slot i holds a key (its control byte has the high bit clear).
fn full_mask(ctrl: &[u8; GROUP_SLOTS]) -> u8 {
    ctrl.iter().enumerate().fold(0, |m, (i, &c)| if c & EMPTY == 0 { m | (1 << i) } else { m })
}

impl<K: MapKey, V: Clone> SwissMap<K, V> {
    /// The iterator `Iter.Init` would build from its two random draws, without touching the map.
    pub fn iter_start(&self, entry_offset: u64, dir_offset: u64) -> SwissIter {
        SwissIter {
            entry_offset,
            dir_offset,
            global_depth: self.global_depth,
            dir_idx: if self.dir.is_empty() { -1 } else { 0 },
            entry_idx: 0,
            tab: None,
            clear_seq: self.clear_seq,
            open: self.used > 0,
        }
    }

    /// `Iter.Init` with the runtime's two random draws.
    pub fn iter_init(&mut self, entry_offset: u64, dir_offset: u64) -> SwissIter {
        let it = self.iter_start(entry_offset, dir_offset);
        if it.open {
            self.open_iters += 1;
        }
        it
    }

    /// Releases an iterator that was not run to the end.
    pub fn iter_close(&mut self, it: &mut SwissIter) {
        if it.open {
            it.open = false;
            self.open_iters -= 1;
            self.collect();
        }
    }

    fn grown_entry(&self, it: &SwissIter, key: &K, hash: u64, elem: &V) -> Option<(K, V)> {
        match self.lookup_kv(key, hash) {
            Some((k, v)) => Some((k.clone(), v.clone())),
            None if it.clear_seq == self.clear_seq && !key.is_reflexive() => {
                Some((key.clone(), elem.clone()))
            }
            None => None,
        }
    }

    /// `Iter.Next`: the next entry, or None at the end (which closes the iterator).
    pub fn iter_next(&mut self, it: &mut SwissIter) -> Option<(K, V)> {
        if !it.open {
            return None;
        }
        let r = self.next_entry(it);
        if r.is_none() {
            self.iter_close(it);
        }
        r
    }

    /// One `Iter.Next` step without touching the map (the iterator is not closed at the end).
    pub fn next_entry(&self, it: &mut SwissIter) -> Option<(K, V)> {
        if !it.open {
            return None;
        }
        if it.dir_idx < 0 {
            let g = if self.dir.is_empty() {
                self.small.as_ref()
            } else {
                self.retired_small.as_ref()
            }?;
            while it.entry_idx < GROUP_SLOTS as u64 {
                let k = (it.entry_idx.wrapping_add(it.entry_offset) % GROUP_SLOTS as u64) as usize;
                it.entry_idx += 1;
                if g.ctrl[k] & EMPTY == EMPTY {
                    continue;
                }
                let Some(s) = g.slots[k].as_ref() else { continue };
                if !self.dir.is_empty() {
                    match self.grown_entry(it, &s.key, s.hash, &s.elem) {
                        Some(kv) => return Some(kv),
                        None => continue,
                    }
                }
                return Some((s.key.clone(), s.elem.clone()));
            }
            return None;
        }
        if it.global_depth != self.global_depth {
            let orders = self.global_depth - it.global_depth;
            it.dir_idx <<= orders;
            it.dir_offset <<= orders;
            it.global_depth = self.global_depth;
        }
        let dir_len = self.dir.len() as i64;
        while it.dir_idx < dir_len {
            let tid = match it.tab {
                Some(t) => t,
                None => {
                    let d = (it.dir_idx as u64).wrapping_add(it.dir_offset) & (dir_len as u64 - 1);
                    let t = self.dir[d as usize];
                    let ti = self.table(t).index as u64;
                    if ti != d {
                        it.dir_offset = it.dir_offset.wrapping_sub(d.wrapping_sub(ti));
                    }
                    it.tab = Some(t);
                    t
                }
            };
            let t = self.table(tid);
            let mask = t.capacity as u64 - 1;
            let grown = t.index == -1;
            // `Iter.Next` as the runtime runs it: a fast path that checks the slot at
            // entry_idx, then a slow path that matches the group's full slots and, when it
            // yields, already moves entry_idx to the group's next full slot (or past the
            // group). Writes between two calls are therefore seen only where entry_idx lands.
            if it.entry_idx <= mask {
                let e = it.entry_idx.wrapping_add(it.entry_offset) & mask;
                let g = t.group((e >> 3) as usize);
                let s = (e & 7) as usize;
                if g.ctrl[s] & EMPTY == 0 {
                    if let Some(slot) = g.slots[s].as_ref() {
                        let kv = if grown {
                            self.grown_entry(it, &slot.key, slot.hash, &slot.elem)
                        } else {
                            Some((slot.key.clone(), slot.elem.clone()))
                        };
                        if let Some(kv) = kv {
                            it.entry_idx += 1;
                            return Some(kv);
                        }
                    }
                }
                it.entry_idx += 1;
                let mut matched: u8 = 0; // bit i: slot i of the current group is full
                while it.entry_idx <= mask {
                    let e = it.entry_idx.wrapping_add(it.entry_offset) & mask;
                    let g = t.group((e >> 3) as usize);
                    let mut s = (e & 7) as u32;
                    if matched == 0 {
                        matched = full_mask(g.ctrl) & (0xffu8 << s);
                        if matched == 0 {
                            it.entry_idx += GROUP_SLOTS as u64 - s as u64;
                            continue;
                        }
                        let i = matched.trailing_zeros();
                        it.entry_idx += (i - s) as u64;
                        if it.entry_idx > mask {
                            continue;
                        }
                        s = i;
                    }
                    let kv = g.slots[s as usize].as_ref().and_then(|slot| {
                        if grown {
                            self.grown_entry(it, &slot.key, slot.hash, &slot.elem)
                        } else {
                            Some((slot.key.clone(), slot.elem.clone()))
                        }
                    });
                    matched &= matched - 1;
                    let step = if matched == 0 {
                        GROUP_SLOTS as u64 - s as u64
                    } else {
                        (matched.trailing_zeros() - s) as u64
                    };
                    it.entry_idx += step;
                    if let Some(kv) = kv {
                        return Some(kv);
                    }
                }
            }
            it.dir_idx += 1i64 << (self.global_depth - t.local_depth);
            it.tab = None;
            it.entry_idx = 0;
        }
        None
    }

    /// A whole `for k, v := range m` with the two random draws and no writes in between.
    pub fn iterate(&mut self, entry_offset: u64, dir_offset: u64) -> Vec<(K, V)> {
        let mut it = self.iter_init(entry_offset, dir_offset);
        let mut out = Vec::with_capacity(self.len());
        while let Some(kv) = self.iter_next(&mut it) {
            out.push(kv);
        }
        out
    }
}
