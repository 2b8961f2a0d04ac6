//! Swiss-table maps (`internal/runtime/maps`, Go 1.24+), with go1.24 and go1.27 behaviour.
//!
//! Names follow hashbrown where the runtime has no better one: control bytes (`ctrl`) with
//! [`EMPTY`], [`DELETED`] and full bytes holding H2; [`Group`]; [`ProbeSeq`]; `growth_left`.
//! A map is empty (no storage), small (one group, no table) or a directory of [`Table`]s
//! (extendible hashing). Replaced tables stay in an arena while iterators may still read them.

mod iter;

pub use iter::SwissIter;

use crate::classic::Slot;
use crate::events::Event;
use crate::hash::Rng;
use crate::key::MapKey;

/// Slots per group.
pub const GROUP_SLOTS: usize = 8;
/// Control byte of an empty slot.
pub const EMPTY: u8 = 0x80;
/// Control byte of a tombstone.
pub const DELETED: u8 = 0xFE;
/// Largest table capacity; a full table of this size splits instead of growing.
pub const MAX_TABLE_CAPACITY: u16 = 1024;
/// Load factor numerator (7/8).
pub const MAX_AVG_GROUP_LOAD: u64 = 7;

/// Which Swiss runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SwissVersion {
    /// go1.24: a full small map converts to a table on any put; no tombstone pruning; clear
    /// of a map with no live entries does nothing.
    Go124,
    /// go1.27: `tombstonePossible`, `pruneTombstones`, small maps convert only for a 9th key.
    Go127,
}

/// H1: the probe start (hash >> 7).
pub fn h1(hash: u64) -> u64 {
    hash >> 7
}

/// H2: the control byte of a full slot (low 7 bits).
pub fn h2(hash: u64) -> u8 {
    (hash & 0x7f) as u8
}

/// The triangular probe sequence over groups: h, h+1, h+3, h+6, ...
#[derive(Clone, Copy, Debug)]
pub struct ProbeSeq {
    /// Current group.
    pub offset: u64,
    index: u64,
    mask: u64,
}

impl ProbeSeq {
    /// The sequence for `hash` over `mask + 1` groups.
    pub fn new(hash: u64, mask: u64) -> Self {
        ProbeSeq { offset: h1(hash) & mask, index: 0, mask }
    }
    /// Advances to the next group.
    pub fn next(&mut self) {
        self.index += 1;
        self.offset = (self.offset + self.index) & self.mask;
    }
}

/// A group: 8 control bytes and 8 slots.
#[derive(Clone, Debug)]
pub struct Group<K, V> {
    /// Control bytes.
    pub ctrl: [u8; GROUP_SLOTS],
    /// Slots (Some exactly where the control byte is full).
    pub slots: [Option<Slot<K, V>>; GROUP_SLOTS],
}

impl<K, V> Group<K, V> {
    fn new() -> Self {
        Group { ctrl: [EMPTY; GROUP_SLOTS], slots: empty_slots() }
    }
    /// Bit i set where ctrl[i] == H2.
    pub fn match_h2(&self, h2: u8) -> u8 {
        match_h2(&self.ctrl, h2)
    }
    /// Bit i set where slot i is empty.
    pub fn match_empty(&self) -> u8 {
        match_empty(&self.ctrl)
    }
    /// Bit i set where slot i is empty or a tombstone.
    pub fn match_empty_or_deleted(&self) -> u8 {
        match_empty_or_deleted(&self.ctrl)
    }
    /// Bit i set where slot i is a tombstone.
    pub fn match_deleted(&self) -> u8 {
        match_deleted(&self.ctrl)
    }
    /// A borrowed view, the same shape as a table's groups.
    pub fn view(&self) -> GroupRef<'_, K, V> {
        GroupRef { ctrl: &self.ctrl, slots: &self.slots }
    }
}

/// A borrowed group: the small map's [`Group`] or one group of a [`Table`] (whose control
/// bytes and slots are stored apart).
#[derive(Debug)]
pub struct GroupRef<'a, K, V> {
    /// Control bytes.
    pub ctrl: &'a [u8; GROUP_SLOTS],
    /// Slots (Some exactly where the control byte is full).
    pub slots: &'a [Option<Slot<K, V>>; GROUP_SLOTS],
}

impl<K, V> Clone for GroupRef<'_, K, V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<K, V> Copy for GroupRef<'_, K, V> {}

impl<K, V> GroupRef<'_, K, V> {
    /// Bit i set where ctrl[i] == H2.
    pub fn match_h2(&self, h2: u8) -> u8 {
        match_h2(self.ctrl, h2)
    }
    /// Bit i set where slot i is empty.
    pub fn match_empty(&self) -> u8 {
        match_empty(self.ctrl)
    }
    /// Bit i set where slot i is empty or a tombstone.
    pub fn match_empty_or_deleted(&self) -> u8 {
        match_empty_or_deleted(self.ctrl)
    }
    /// Bit i set where slot i is a tombstone.
    pub fn match_deleted(&self) -> u8 {
        match_deleted(self.ctrl)
    }
}

fn empty_slots<K, V>() -> [Option<Slot<K, V>>; GROUP_SLOTS] {
    std::array::from_fn(|_| None)
}

/// Bit i set where ctrl[i] == H2.
pub fn match_h2(c: &[u8; GROUP_SLOTS], h2: u8) -> u8 {
    mask_of(c, |b| b == h2)
}
/// Bit i set where slot i is empty.
pub fn match_empty(c: &[u8; GROUP_SLOTS]) -> u8 {
    mask_of(c, |b| b == EMPTY)
}
/// Bit i set where slot i is empty or a tombstone.
pub fn match_empty_or_deleted(c: &[u8; GROUP_SLOTS]) -> u8 {
    mask_of(c, |b| b & 0x80 != 0)
}
/// Bit i set where slot i is a tombstone.
pub fn match_deleted(c: &[u8; GROUP_SLOTS]) -> u8 {
    mask_of(c, |b| b == DELETED)
}

fn mask_of(c: &[u8; GROUP_SLOTS], f: impl Fn(u8) -> bool) -> u8 {
    let mut m = 0u8;
    for (i, &b) in c.iter().enumerate() {
        if f(b) {
            m |= 1 << i;
        }
    }
    m
}

/// A table: a power-of-two number of groups probed as one open-addressing table.
#[derive(Clone, Debug)]
pub struct Table<K, V> {
    /// Full slots.
    pub used: u16,
    /// Slots (groups × 8).
    pub capacity: u16,
    /// Inserts into empty slots left before a rehash.
    pub growth_left: u16,
    /// Directory bits this table owns.
    pub local_depth: u8,
    /// First directory slot owned; -1 once replaced.
    pub index: isize,
    /// Control bytes, one word per group. They live apart from the slots so that probing
    /// walks a dense array (a real group keeps them inline; only speed differs, not state).
    pub ctrl: Vec<[u8; GROUP_SLOTS]>,
    /// Slots, eight per group (Some exactly where the control byte is full).
    pub slots: Vec<[Option<Slot<K, V>>; GROUP_SLOTS]>,
}

impl<K, V> Table<K, V> {
    /// Number of groups.
    pub fn ngroups(&self) -> usize {
        self.ctrl.len()
    }
    /// Group `gi`.
    pub fn group(&self, gi: usize) -> GroupRef<'_, K, V> {
        GroupRef { ctrl: &self.ctrl[gi], slots: &self.slots[gi] }
    }
    /// The groups in order.
    pub fn groups(&self) -> impl ExactSizeIterator<Item = GroupRef<'_, K, V>> + '_ {
        self.ctrl.iter().zip(&self.slots).map(|(ctrl, slots)| GroupRef { ctrl, slots })
    }
}

/// `growthLeft` of an empty table.
pub fn max_growth(capacity: u16) -> u16 {
    if capacity as usize <= GROUP_SLOTS {
        capacity - 1
    } else {
        (capacity as u64 * MAX_AVG_GROUP_LOAD / GROUP_SLOTS as u64) as u16
    }
}

impl<K: MapKey, V> Table<K, V> {
    fn new(capacity: u64, index: isize, local_depth: u8) -> Self {
        let cap = capacity.clamp(GROUP_SLOTS as u64, MAX_TABLE_CAPACITY as u64).next_power_of_two()
            as u16;
        Table {
            used: 0,
            capacity: cap,
            growth_left: max_growth(cap),
            local_depth,
            index,
            ctrl: vec![[EMPTY; GROUP_SLOTS]; cap as usize / GROUP_SLOTS],
            slots: (0..cap as usize / GROUP_SLOTS).map(|_| empty_slots()).collect(),
        }
    }
    fn mask(&self) -> u64 {
        self.ctrl.len() as u64 - 1
    }
    /// Tombstones (derived as the runtime does).
    pub fn tombstones(&self) -> u16 {
        (self.capacity as u64 * MAX_AVG_GROUP_LOAD / GROUP_SLOTS as u64) as u16
            - self.used
            - self.growth_left
    }
    /// `uncheckedPutSlot`: first empty-or-deleted slot along the probe sequence.
    fn unchecked_put(&mut self, slot: Slot<K, V>) {
        let mut seq = ProbeSeq::new(slot.hash, self.mask());
        loop {
            let gi = seq.offset as usize;
            let m = match_empty_or_deleted(&self.ctrl[gi]);
            if m != 0 {
                let i = m.trailing_zeros() as usize;
                self.ctrl[gi][i] = h2(slot.hash);
                self.slots[gi][i] = Some(slot);
                self.growth_left -= 1;
                self.used += 1;
                return;
            }
            seq.next();
        }
    }
    /// Finds `key`: (group, slot).
    fn find(&self, key: &K, hash: u64) -> Option<(usize, usize)> {
        let mut seq = ProbeSeq::new(hash, self.mask());
        let h2v = h2(hash);
        for _ in 0..self.ngroups() {
            let g = self.group(seq.offset as usize);
            let mut m = g.match_h2(h2v);
            while m != 0 {
                let i = m.trailing_zeros() as usize;
                m &= m - 1;
                if g.slots[i].as_ref().is_some_and(|s| s.key.key_eq(key)) {
                    return Some((seq.offset as usize, i));
                }
            }
            if g.match_empty() != 0 {
                return None;
            }
            seq.next();
        }
        None
    }
}

/// Table handle in the arena.
pub type TableId = usize;

/// The Swiss map header (`maps.Map`).
#[derive(Clone, Debug)]
pub struct SwissMap<K, V> {
    /// Runtime version.
    pub version: SwissVersion,
    /// Live entries.
    pub used: u64,
    /// Hash seed.
    pub seed: u64,
    /// The small map's group (None when empty or a table map).
    pub small: Option<Group<K, V>>,
    /// Directory: table per slot (empty unless a table map).
    pub dir: Vec<TableId>,
    /// log2(directory length).
    pub global_depth: u8,
    /// Bumped by clear.
    pub clear_seq: u64,
    /// go1.27: a delete may have left a tombstone.
    pub tombstone_possible: bool,
    tables: Vec<Option<Table<K, V>>>,
    /// The small group an open iterator may still read after the map became a table.
    retired_small: Option<Group<K, V>>,
    open_iters: usize,
    rng: Rng,
    events: Option<Vec<Event>>,
    /// Overrides the key's [`MapKey::fast_assign_path`] (set from a key-type descriptor).
    pub key_fast: Option<bool>,
}

macro_rules! emit {
    ($self:ident, $e:expr) => {
        if $self.events.is_some() {
            let e = $e;
            if let Some(v) = $self.events.as_mut() {
                v.push(e);
            }
        }
    };
}

impl<K: MapKey, V: Clone> SwissMap<K, V> {
    /// `make(map[K]V)` (hint None or ≤ 8: no storage yet) or `make(map[K]V, hint)`.
    pub fn new(version: SwissVersion, hint: Option<usize>, mut rng: Rng) -> Self {
        let seed = rng.next_u64();
        let mut m = SwissMap {
            version,
            used: 0,
            seed,
            small: None,
            dir: Vec::new(),
            global_depth: 0,
            clear_seq: 0,
            tombstone_possible: false,
            tables: Vec::new(),
            retired_small: None,
            open_iters: 0,
            rng,
            events: None,
            key_fast: None,
        };
        let hint = hint.unwrap_or(0) as u64;
        if hint <= GROUP_SLOTS as u64 || hint > (1u64 << 40) {
            return m;
        }
        let target = hint * GROUP_SLOTS as u64 / MAX_AVG_GROUP_LOAD;
        let dir_size = target.div_ceil(MAX_TABLE_CAPACITY as u64).next_power_of_two();
        m.global_depth = dir_size.trailing_zeros() as u8;
        for i in 0..dir_size {
            let t = Table::new(target / dir_size, i as isize, m.global_depth);
            let id = m.alloc(t);
            m.dir.push(id);
        }
        m
    }

    /// Turns micro-step recording on or off.
    pub fn set_recording(&mut self, on: bool) {
        self.events = if on { Some(self.events.take().unwrap_or_default()) } else { None };
    }

    /// Takes the events recorded so far.
    pub fn take_events(&mut self) -> Vec<Event> {
        match self.events.as_mut() {
            Some(v) => std::mem::take(v),
            None => Vec::new(),
        }
    }

    /// Replaces the seed (replay).
    pub fn set_seed(&mut self, seed: u64) {
        self.seed = seed;
    }

    /// Draws a random number from the map's generator.
    pub fn rand(&mut self) -> u64 {
        self.rng.next_u64()
    }

    /// `len(m)`.
    pub fn len(&self) -> usize {
        self.used as usize
    }

    /// `len(m) == 0`.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// A table by handle.
    pub fn table(&self, id: TableId) -> &Table<K, V> {
        self.tables[id].as_ref().expect("live table")
    }

    fn table_mut(&mut self, id: TableId) -> &mut Table<K, V> {
        self.tables[id].as_mut().expect("live table")
    }

    fn alloc(&mut self, t: Table<K, V>) -> TableId {
        if let Some(i) = self.tables.iter().position(Option::is_none) {
            self.tables[i] = Some(t);
            i
        } else {
            self.tables.push(Some(t));
            self.tables.len() - 1
        }
    }

    fn collect(&mut self) {
        if self.open_iters > 0 {
            return;
        }
        self.retired_small = None;
        for (i, t) in self.tables.iter_mut().enumerate() {
            if t.as_ref().is_some_and(|t| t.index < 0) {
                *t = None;
            }
            let _ = i;
        }
    }

    /// Distinct tables in directory order (the oracle's table ids).
    pub fn table_order(&self) -> Vec<TableId> {
        let mut out: Vec<TableId> = Vec::new();
        for &t in &self.dir {
            if out.last() != Some(&t) && !out.contains(&t) {
                out.push(t);
            }
        }
        out
    }

    fn order_id(&self, t: TableId) -> usize {
        self.table_order().iter().position(|&x| x == t).unwrap_or(usize::MAX)
    }

    /// Directory index of a hash (top `global_depth` bits).
    pub fn directory_index(&self, hash: u64) -> usize {
        if self.dir.len() == 1 {
            0
        } else {
            (hash >> (64 - self.global_depth as u32)) as usize
        }
    }

    /// `m[key] = elem` with `hash` = hash(key, seed).
    pub fn put_hashed(&mut self, key: K, elem: V, hash: u64) {
        emit!(self, Event::Hash { seed: self.seed, hash });
        if self.dir.is_empty() {
            let g = self.small.get_or_insert_with(Group::new);
            let h2v = h2(hash);
            let mut m = g.match_h2(h2v);
            let mut hit = None;
            while m != 0 {
                let i = m.trailing_zeros() as usize;
                m &= m - 1;
                if g.slots[i].as_ref().is_some_and(|s| s.key.key_eq(&key)) {
                    hit = Some(i);
                    break;
                }
            }
            let full = self.used as usize >= GROUP_SLOTS;
            let grow_anyway = self.version == SwissVersion::Go124 && full;
            if let (Some(i), false) = (hit, grow_anyway) {
                emit!(
                    self,
                    Event::SwissWrite {
                        table: None,
                        group: 0,
                        slot: i,
                        h2: h2v,
                        key: crate::classic::key_json(&key),
                        update: true,
                        reused_tombstone: false
                    }
                );
                if let Some(s) = self.small.as_mut().and_then(|g| g.slots[i].as_mut()) {
                    s.key = key;
                    s.elem = elem;
                }
                return;
            }
            if !full {
                let g = self.small.as_mut().expect("small group");
                let i = g.match_empty_or_deleted().trailing_zeros() as usize;
                g.ctrl[i] = h2v;
                g.slots[i] = Some(Slot { key: key.clone(), elem, hash });
                self.used += 1;
                emit!(
                    self,
                    Event::SwissWrite {
                        table: None,
                        group: 0,
                        slot: i,
                        h2: h2v,
                        key: crate::classic::key_json(&key),
                        update: false,
                        reused_tombstone: false
                    }
                );
                return;
            }
            self.grow_to_table();
            if self.version == SwissVersion::Go127 {
                let tid = self.dir[0];
                emit!(
                    self,
                    Event::SwissWrite {
                        table: Some(0),
                        group: 0,
                        slot: 0,
                        h2: h2v,
                        key: crate::classic::key_json(&key),
                        update: false,
                        reused_tombstone: false
                    }
                );
                self.table_mut(tid).unchecked_put(Slot { key, elem, hash });
                self.used += 1;
                return;
            }
        }
        self.put_hashed_retry(key, elem, hash);
    }

    fn put_hashed_retry(&mut self, key: K, elem: V, hash: u64) {
        let mut key = key;
        loop {
            let di = self.directory_index(hash);
            let tid = self.dir[di];
            emit!(
                self,
                Event::DirSelect {
                    global_depth: self.global_depth,
                    dir_index: di,
                    table: self.order_id(tid)
                }
            );
            match self.table_put(tid, key, elem.clone(), hash) {
                None => return,
                Some(k) => key = k,
            }
        }
    }

    /// `table.PutSlot`: returns the key back when the table had to be rehashed.
    fn table_put(&mut self, tid: TableId, key: K, elem: V, hash: u64) -> Option<K> {
        let rec = self.events.is_some();
        let tord = if rec { Some(self.order_id(tid)) } else { None };
        let h2v = h2(hash);
        let t = self.tables[tid].as_mut().expect("live table");
        let mut seq = ProbeSeq::new(hash, t.mask());
        let mut first_deleted: Option<(usize, usize)> = None;
        let mut probes: Vec<Event> = Vec::new();
        let mut step = 0;
        let target = loop {
            let gi = seq.offset as usize;
            let g = t.group(gi);
            if rec {
                probes.push(Event::Probe {
                    table: tord,
                    step,
                    group: gi,
                    h2_match: g.match_h2(h2v),
                    empty: g.match_empty(),
                    deleted: g.match_deleted(),
                });
            }
            let mut m = g.match_h2(h2v);
            while m != 0 {
                let i = m.trailing_zeros() as usize;
                m &= m - 1;
                if g.slots[i].as_ref().is_some_and(|s| s.key.key_eq(&key)) {
                    if rec {
                        probes.push(Event::SwissWrite {
                            table: tord,
                            group: gi,
                            slot: i,
                            h2: h2v,
                            key: crate::classic::key_json(&key),
                            update: true,
                            reused_tombstone: false,
                        });
                    }
                    if let Some(s) = t.slots[gi][i].as_mut() {
                        s.key = key;
                        s.elem = elem;
                    }
                    if let Some(ev) = self.events.as_mut() {
                        ev.append(&mut probes);
                    }
                    return None;
                }
            }
            let m = g.match_empty_or_deleted();
            if m == 0 {
                seq.next();
                step += 1;
                continue;
            }
            let i = m.trailing_zeros() as usize;
            if g.ctrl[i] == DELETED {
                if first_deleted.is_none() {
                    first_deleted = Some((gi, i));
                }
                seq.next();
                step += 1;
                continue;
            }
            break (gi, i);
        };
        let (mut gi, mut i) = target;
        let reused = first_deleted.is_some();
        if let Some((g, s)) = first_deleted {
            gi = g;
            i = s;
            t.growth_left += 1;
        }
        if let Some(ev) = self.events.as_mut() {
            ev.append(&mut probes);
        }
        if self.version == SwissVersion::Go127
            && self.table(tid).growth_left == 0
            && self.key_fast.unwrap_or_else(|| key.fast_assign_path())
        {
            self.prune_tombstones(tid);
        }
        if self.table(tid).growth_left > 0 {
            emit!(
                self,
                Event::SwissWrite {
                    table: tord,
                    group: gi,
                    slot: i,
                    h2: h2v,
                    key: crate::classic::key_json(&key),
                    update: false,
                    reused_tombstone: reused
                }
            );
            let t = self.table_mut(tid);
            t.ctrl[gi][i] = h2v;
            t.slots[gi][i] = Some(Slot { key, elem, hash });
            t.growth_left -= 1;
            t.used += 1;
            self.used += 1;
            return None;
        }
        self.rehash(tid);
        Some(key)
    }

    fn prune_tombstones(&mut self, tid: TableId) {
        let t = self.table(tid);
        if (t.tombstones() as u64) * 10 < t.capacity as u64 {
            return;
        }
        let ng = t.ngroups();
        let mut needed = vec![false; ng];
        for (gi, g) in t.groups().enumerate() {
            for s in g.slots.iter().flatten() {
                if !s.key.is_reflexive() {
                    continue;
                }
                let mut seq = ProbeSeq::new(s.hash, t.mask());
                while seq.offset as usize != gi {
                    if match_empty_or_deleted(&t.ctrl[seq.offset as usize]) != 0 {
                        needed[seq.offset as usize] = true;
                    }
                    seq.next();
                }
            }
            if g.match_empty() != 0 {
                needed[gi] = true;
            }
        }
        let cnt: u32 = (0..ng)
            .filter(|&gi| !needed[gi])
            .map(|gi| match_empty_or_deleted(&t.ctrl[gi]).count_ones())
            .sum();
        if (cnt as u64) * 10 < t.capacity as u64 {
            return;
        }
        let t = self.table_mut(tid);
        for (gi, ctrl) in t.ctrl.iter_mut().enumerate() {
            if needed[gi] {
                continue;
            }
            for c in ctrl.iter_mut() {
                if *c & 0x80 != 0 {
                    *c = EMPTY;
                    t.growth_left += 1;
                }
            }
        }
        emit!(self, Event::PruneTombstones { table: self.order_id(tid), removed: cnt as usize });
    }

    /// Live slots of a table in rehash order, with NaN keys re-hashed (fresh random hashes).
    fn drain_for_rehash(&mut self, tid: TableId) -> Vec<Slot<K, V>> {
        let mut out = Vec::with_capacity(self.table(tid).used as usize);
        let slots: Vec<Slot<K, V>> =
            self.table(tid).slots.iter().flat_map(|g| g.iter().flatten().cloned()).collect();
        for mut s in slots {
            if !s.key.is_reflexive() {
                s.hash = self.rng.next_u64();
            }
            out.push(s);
        }
        out
    }

    fn rehash(&mut self, tid: TableId) {
        let (cap, index, ld) = {
            let t = self.table(tid);
            (t.capacity, t.index, t.local_depth)
        };
        let tord = if self.events.is_some() { self.order_id(tid) } else { 0 };
        let slots = self.drain_for_rehash(tid);
        if cap * 2 <= MAX_TABLE_CAPACITY {
            emit!(self, Event::TableGrow { table: tord, old_capacity: cap, new_capacity: cap * 2 });
            let mut nt = Table::new(cap as u64 * 2, index, ld);
            for s in slots {
                nt.unchecked_put(s);
            }
            let nid = self.alloc(nt);
            self.replace_table(nid);
        } else {
            let nld = ld + 1;
            let mut left = Table::new(MAX_TABLE_CAPACITY as u64, -1, nld);
            let mut right = Table::new(MAX_TABLE_CAPACITY as u64, -1, nld);
            let bit = 1u64 << (64 - nld as u32);
            for s in slots {
                if s.hash & bit != 0 {
                    right.unchecked_put(s);
                } else {
                    left.unchecked_put(s);
                }
            }
            emit!(
                self,
                Event::TableSplit {
                    table: tord,
                    local_depth: nld,
                    left: left.used,
                    right: right.used
                }
            );
            if ld == self.global_depth {
                // Double the directory.
                let mut nd = Vec::with_capacity(self.dir.len() * 2);
                for (i, &t) in self.dir.iter().enumerate() {
                    nd.push(t);
                    nd.push(t);
                    let tt = self.tables[t].as_mut().expect("live table");
                    if tt.index == i as isize {
                        tt.index = 2 * i as isize;
                    }
                }
                self.dir = nd;
                self.global_depth += 1;
                emit!(self, Event::DirectoryDouble { global_depth: self.global_depth });
            }
            let oi = self.table(tid).index;
            left.index = oi;
            right.index = oi + (1isize << (self.global_depth - nld));
            let l = self.alloc(left);
            self.replace_table(l);
            let r = self.alloc(right);
            self.replace_table(r);
        }
        self.table_mut(tid).index = -1;
        self.collect();
    }

    fn replace_table(&mut self, nid: TableId) {
        let t = self.table(nid);
        let n = 1usize << (self.global_depth - t.local_depth);
        let start = t.index as usize;
        for e in &mut self.dir[start..start + n] {
            *e = nid;
        }
    }

    fn grow_to_table(&mut self) {
        emit!(self, Event::SmallToTable);
        let mut t = Table::new(2 * GROUP_SLOTS as u64, 0, 0);
        let small = self.small.take().expect("small group");
        for s in small.slots.iter().flatten() {
            let mut s = s.clone();
            if !s.key.is_reflexive() {
                s.hash = self.rng.next_u64();
            }
            t.unchecked_put(s);
        }
        if self.open_iters > 0 {
            self.retired_small = Some(small);
        }
        let id = self.alloc(t);
        self.dir = vec![id];
        self.global_depth = 0;
    }

    /// `getWithKey`: the stored key and elem.
    pub fn lookup_kv(&self, key: &K, hash: u64) -> Option<(&K, &V)> {
        if self.used == 0 {
            return None;
        }
        if self.dir.is_empty() {
            let g = self.small.as_ref()?;
            let mut m = g.match_h2(h2(hash));
            while m != 0 {
                let i = m.trailing_zeros() as usize;
                m &= m - 1;
                if let Some(s) = g.slots[i].as_ref().filter(|s| s.key.key_eq(key)) {
                    return Some((&s.key, &s.elem));
                }
            }
            return None;
        }
        let t = self.table(self.dir[self.directory_index(hash)]);
        let (gi, i) = t.find(key, hash)?;
        t.slots[gi][i].as_ref().map(|s| (&s.key, &s.elem))
    }

    /// `v, ok := m[key]` (records the probe when recording).
    pub fn get_hashed(&mut self, key: &K, hash: u64) -> Option<&V> {
        if self.events.is_some() && self.used > 0 {
            emit!(self, Event::Hash { seed: self.seed, hash });
            self.record_probe(key, hash);
        }
        self.lookup_kv(key, hash).map(|(_, v)| v)
    }

    fn record_probe(&mut self, key: &K, hash: u64) {
        let h2v = h2(hash);
        let mut evs = Vec::new();
        if self.dir.is_empty() {
            if let Some(g) = &self.small {
                evs.push(Event::Probe {
                    table: None,
                    step: 0,
                    group: 0,
                    h2_match: g.match_h2(h2v),
                    empty: g.match_empty(),
                    deleted: g.match_deleted(),
                });
            }
        } else {
            let di = self.directory_index(hash);
            let tid = self.dir[di];
            let tord = self.order_id(tid);
            evs.push(Event::DirSelect {
                global_depth: self.global_depth,
                dir_index: di,
                table: tord,
            });
            let t = self.table(tid);
            let mut seq = ProbeSeq::new(hash, t.mask());
            for step in 0..t.ngroups() {
                let g = t.group(seq.offset as usize);
                evs.push(Event::Probe {
                    table: Some(tord),
                    step,
                    group: seq.offset as usize,
                    h2_match: g.match_h2(h2v),
                    empty: g.match_empty(),
                    deleted: g.match_deleted(),
                });
                let found = {
                    let mut m = g.match_h2(h2v);
                    let mut f = false;
                    while m != 0 {
                        let i = m.trailing_zeros() as usize;
                        m &= m - 1;
                        f |= g.slots[i].as_ref().is_some_and(|s| s.key.key_eq(key));
                    }
                    f
                };
                if found || g.match_empty() != 0 {
                    break;
                }
                seq.next();
            }
        }
        if let Some(v) = self.events.as_mut() {
            v.extend(evs);
        }
    }

    /// `delete(m, key)`.
    pub fn delete_hashed(&mut self, key: &K, hash: u64) {
        if self.used == 0 {
            return;
        }
        if self.events.is_some() {
            emit!(self, Event::Hash { seed: self.seed, hash });
            self.record_probe(key, hash);
        }
        if self.dir.is_empty() {
            if let Some(g) = self.small.as_mut() {
                let mut m = g.match_h2(h2(hash));
                while m != 0 {
                    let i = m.trailing_zeros() as usize;
                    m &= m - 1;
                    if g.slots[i].as_ref().is_some_and(|s| s.key.key_eq(key)) {
                        g.ctrl[i] = EMPTY;
                        g.slots[i] = None;
                        self.used -= 1;
                        emit!(
                            self,
                            Event::SwissDelete { table: None, group: 0, slot: i, tombstone: false }
                        );
                        break;
                    }
                }
            }
        } else {
            let tid = self.dir[self.directory_index(hash)];
            let t = self.table_mut(tid);
            if let Some((gi, i)) = t.find(key, hash) {
                t.used -= 1;
                t.slots[gi][i] = None;
                let ctrl = &mut t.ctrl[gi];
                let tomb = match_empty(ctrl) == 0;
                if tomb {
                    ctrl[i] = DELETED;
                } else {
                    ctrl[i] = EMPTY;
                    t.growth_left += 1;
                }
                self.used -= 1;
                if tomb && self.version == SwissVersion::Go127 {
                    self.tombstone_possible = true;
                }
                let tord = if self.events.is_some() { Some(self.order_id(tid)) } else { None };
                emit!(
                    self,
                    Event::SwissDelete { table: tord, group: gi, slot: i, tombstone: tomb }
                );
            }
        }
        if self.used == 0 {
            self.seed = self.rng.next_u64();
            emit!(self, Event::Reseed { seed: self.seed });
        }
    }

    /// `clear(m)`.
    pub fn clear(&mut self) {
        let run = match self.version {
            SwissVersion::Go124 => self.used > 0,
            SwissVersion::Go127 => self.used > 0 || self.tombstone_possible,
        };
        if !run {
            return;
        }
        emit!(self, Event::Cleared);
        if self.dir.is_empty() {
            if let Some(g) = self.small.as_mut() {
                *g = Group::new();
            }
        } else {
            for tid in self.table_order() {
                let t = self.table_mut(tid);
                for c in t.ctrl.iter_mut() {
                    *c = [EMPTY; GROUP_SLOTS];
                }
                for g in t.slots.iter_mut() {
                    *g = empty_slots();
                }
                t.used = 0;
                t.growth_left = max_growth(t.capacity);
            }
            self.tombstone_possible = false;
        }
        self.used = 0;
        self.clear_seq += 1;
        self.seed = self.rng.next_u64();
        emit!(self, Event::Reseed { seed: self.seed });
    }
}
