//! The classic bucket map (`runtime/map.go`, Go ≤ 1.23; go1.24 with `GOEXPERIMENT=noswissmap`).
//!
//! Names follow the runtime: [`Hmap`], [`Bmap`], `tophash`, `evacuate`, `nevacuate`,
//! `emptyRest`... Bucket arrays live in an arena so an iterator can keep walking an array the
//! map has already replaced (Go's GC keeps it alive the same way).

mod iter;

pub use iter::ClassicIter;

use crate::events::{Event, OverflowSource};
use crate::hash::Rng;
use crate::key::MapKey;
use crate::MapType;

/// Slots per bucket.
pub const BUCKET_CNT: usize = 8;
/// Tophash: this cell and every later one in the chain is empty.
pub const EMPTY_REST: u8 = 0;
/// Tophash: this cell is empty.
pub const EMPTY_ONE: u8 = 1;
/// Tophash (old buckets): the key moved to the X half.
pub const EVACUATED_X: u8 = 2;
/// Tophash (old buckets): the key moved to the Y half.
pub const EVACUATED_Y: u8 = 3;
/// Tophash (old buckets): the cell was empty when evacuated.
pub const EVACUATED_EMPTY: u8 = 4;
/// Smallest tophash of a live cell.
pub const MIN_TOP_HASH: u8 = 5;
/// hmap.flags: an iterator may be using `buckets`.
pub const ITERATOR: u8 = 1;
/// hmap.flags: an iterator may be using `oldbuckets`.
pub const OLD_ITERATOR: u8 = 2;
/// hmap.flags: a write is in progress (never set between operations).
pub const HASH_WRITING: u8 = 4;
/// hmap.flags: the current grow keeps B.
pub const SAME_SIZE_GROW: u8 = 8;

/// "No bucket" in overflow links.
pub const NO_BUCKET: u32 = u32::MAX;

/// Which classic runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ClassicVariant {
    /// go1.23 (`runtime/map.go`).
    Go123,
    /// go1.24 with `GOEXPERIMENT=noswissmap`: has `clearSeq`; `clear` bumps it instead of
    /// marking buckets empty.
    Go124NoSwiss,
}

/// The tophash of a hash (top byte, bumped past the markers).
pub fn tophash(hash: u64) -> u8 {
    let top = (hash >> 56) as u8;
    if top < MIN_TOP_HASH {
        top + MIN_TOP_HASH
    } else {
        top
    }
}

/// `overLoadFactor(count, B)`: more than 6.5 entries per bucket on average.
pub fn over_load_factor(count: usize, b: u8) -> bool {
    count > BUCKET_CNT && count > 13 * ((1usize << b) / 2)
}

/// `tooManyOverflowBuckets(noverflow, B)`.
pub fn too_many_overflow_buckets(noverflow: u16, b: u8) -> bool {
    let b = b.min(15);
    noverflow as u32 >= 1u32 << b
}

/// One stored entry: key, elem and the key's hash under the current seed (the runtime
/// recomputes it when needed; the seed only changes when the map is empty).
#[derive(Clone, Debug)]
pub struct Slot<K, V> {
    /// The key.
    pub key: K,
    /// The element.
    pub elem: V,
    /// hash(key, seed).
    pub hash: u64,
}

/// Where a bucket lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loc {
    /// One of the 2^B buckets.
    Main,
    /// A preallocated overflow bucket (index in the array).
    Prealloc(usize),
    /// A heap-allocated overflow bucket.
    Heap,
}

/// A bucket's header: 8 tophashes and an overflow link. Its 8 cells live in
/// [`BucketArray::slots`] at the same index, apart from the headers, so chain walks and tophash
/// scans read a dense array (a real bucket keeps them inline; only speed differs, not state).
#[derive(Clone, Debug)]
pub struct Bmap {
    /// Tophash per cell (or a marker).
    pub tophash: [u8; BUCKET_CNT],
    /// Index (in the same array) of the next bucket in the chain, or [`NO_BUCKET`]. Where a
    /// bucket was allocated follows from its index ([`BucketArray::loc`]).
    pub overflow: u32,
    /// The runtime zeroed this (old, pointerful) bucket's keys after evacuating it.
    pub zeroed: bool,
}

/// One bucket's cells: live entries and, in old buckets, stale copies of evacuated ones.
pub type Cells<K, V> = [Option<Slot<K, V>>; BUCKET_CNT];

fn empty_cells<K, V>() -> Cells<K, V> {
    std::array::from_fn(|_| None)
}

impl Bmap {
    fn new() -> Self {
        Bmap { tophash: [EMPTY_REST; BUCKET_CNT], overflow: NO_BUCKET, zeroed: false }
    }
    /// tophash[0] is an evacuation mark.
    pub fn evacuated(&self) -> bool {
        let h = self.tophash[0];
        h > EMPTY_ONE && h < MIN_TOP_HASH
    }
}

/// A bucket array: `nmain` = 2^B main buckets, then preallocated overflow buckets up to
/// `nalloc`, then heap overflow buckets.
#[derive(Clone, Debug)]
pub struct BucketArray<K, V> {
    /// All bucket headers.
    pub b: Vec<Bmap>,
    /// The cells of bucket i (same index as `b`).
    pub slots: Vec<Cells<K, V>>,
    /// Number of main buckets (2^B).
    pub nmain: usize,
    /// End of the preallocated area.
    pub nalloc: usize,
    /// Next free preallocated overflow bucket (`mapextra.nextOverflow`).
    pub next_overflow: Option<usize>,
}

/// Go's malloc size classes (bytes), shared by go1.21–go1.27.
const SIZE_CLASSES: [u64; 67] = [
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
    384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
    2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// `roundupsize(size, noscan)`: the usable size of the allocation `mallocgc` makes.
pub fn roundupsize(size: u64, noscan: bool) -> u64 {
    const MAX_SMALL: u64 = 32768;
    const HEADER: u64 = 8;
    const PAGE: u64 = 8192;
    if size <= MAX_SMALL - HEADER {
        let req = if !noscan && size > 512 { size + HEADER } else { size };
        let class = SIZE_CLASSES.iter().copied().find(|&c| c >= req).unwrap_or(MAX_SMALL);
        class - (req - size)
    } else {
        size.div_ceil(PAGE) * PAGE
    }
}

impl<K, V> BucketArray<K, V> {
    /// `makeBucketArray(t, b)`: 2^b buckets plus, for b ≥ 4, preallocated overflow buckets
    /// filling the malloc size class.
    pub fn make(ty: &MapType, b: u8) -> Self {
        let base = 1usize << b;
        let mut n = base;
        if b >= 4 {
            n += 1usize << (b - 4);
            let bs = ty.bucket_size();
            let sz = bs * n as u64;
            let up = roundupsize(sz, !ty.bucket_has_pointers());
            if up != sz {
                n = (up / bs) as usize;
            }
        }
        BucketArray {
            b: vec![Bmap::new(); n],
            slots: (0..n).map(|_| empty_cells()).collect(),
            nmain: base,
            nalloc: n,
            next_overflow: (n != base).then_some(base),
        }
    }

    /// Where bucket `i` was allocated: the 2^B main buckets come first, then the preallocated
    /// overflow buckets, then heap overflow buckets in allocation order.
    pub fn loc(&self, i: usize) -> Loc {
        if i < self.nmain {
            Loc::Main
        } else if i < self.nalloc {
            Loc::Prealloc(i)
        } else {
            Loc::Heap
        }
    }

    /// The chain of bucket `i`, as array indices.
    pub fn chain(&self, i: usize) -> ChainIter<'_, K, V> {
        ChainIter { arr: self, next: i as u32 }
    }
}

/// Iterates over the array indices of one chain.
pub struct ChainIter<'a, K, V> {
    arr: &'a BucketArray<K, V>,
    next: u32,
}

impl<K, V> Iterator for ChainIter<'_, K, V> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.next == NO_BUCKET {
            return None;
        }
        let i = self.next as usize;
        self.next = self.arr.b[i].overflow;
        Some(i)
    }
}

/// `mapextra`, reduced to what is observable.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MapExtra {
    /// `len(*overflow)` when the slice exists (pointer-free buckets only).
    pub overflow: Option<usize>,
    /// `len(*oldoverflow)` when it exists.
    pub oldoverflow: Option<usize>,
}

/// Array handle in the arena.
pub type ArrayId = usize;

/// The classic map header.
#[derive(Clone, Debug)]
pub struct Hmap<K, V> {
    /// Key/elem layout.
    pub ty: MapType,
    /// Runtime variant.
    pub variant: ClassicVariant,
    /// Live entries.
    pub count: usize,
    /// Flag bits ([`ITERATOR`], [`OLD_ITERATOR`], [`SAME_SIZE_GROW`]).
    pub flags: u8,
    /// log2 of the bucket count.
    pub b: u8,
    /// Overflow buckets (approximate from B = 16).
    pub noverflow: u16,
    /// Hash seed.
    pub hash0: u32,
    /// Current bucket array (None while a B = 0 map has no bucket yet).
    pub buckets: Option<ArrayId>,
    /// Array being evacuated.
    pub oldbuckets: Option<ArrayId>,
    /// Evacuation progress.
    pub nevacuate: usize,
    /// mapextra (None until allocated).
    pub extra: Option<MapExtra>,
    /// go1.24 noswiss only.
    pub clear_seq: u64,
    arena: Vec<Option<BucketArray<K, V>>>,
    open_iters: usize,
    rng: Rng,
    events: Option<Vec<Event>>,
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

impl<K: MapKey, V: Clone> Hmap<K, V> {
    /// `make(map[K]V)` (hint None → `makemap_small`) or `make(map[K]V, hint)`. `rng` supplies
    /// every random draw the runtime would make (the first one is `hash0`).
    pub fn new(ty: MapType, variant: ClassicVariant, hint: Option<usize>, mut rng: Rng) -> Self {
        let hash0 = rng.next_u64() as u32;
        let mut h = Hmap {
            ty,
            variant,
            count: 0,
            flags: 0,
            b: 0,
            noverflow: 0,
            hash0,
            buckets: None,
            oldbuckets: None,
            nevacuate: 0,
            extra: None,
            clear_seq: 0,
            arena: Vec::new(),
            open_iters: 0,
            rng,
            events: None,
        };
        let hint = match hint {
            Some(x) if (x as u128) * (ty.bucket_size() as u128) <= (1u128 << 47) => x,
            _ => 0,
        };
        let mut b = 0u8;
        while over_load_factor(hint, b) {
            b += 1;
        }
        h.b = b;
        if b != 0 {
            let arr = BucketArray::make(&h.ty, b);
            if arr.next_overflow.is_some() {
                h.extra = Some(MapExtra::default());
            }
            h.buckets = Some(h.alloc(arr));
        }
        h
    }

    /// Turns micro-step recording on or off (off = fast mode).
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

    /// Replaces the seed (replaying an oracle dump, which reports the runtime's seeds).
    pub fn set_seed(&mut self, seed: u64) {
        self.hash0 = seed as u32;
    }

    /// The current seed.
    pub fn seed(&self) -> u64 {
        self.hash0 as u64
    }

    /// Draws a random number from the map's generator.
    pub fn rand(&mut self) -> u64 {
        self.rng.next_u64()
    }

    fn alloc(&mut self, arr: BucketArray<K, V>) -> ArrayId {
        if let Some(i) = self.arena.iter().position(Option::is_none) {
            self.arena[i] = Some(arr);
            i
        } else {
            self.arena.push(Some(arr));
            self.arena.len() - 1
        }
    }

    /// Drops arrays that neither the map nor an open iterator can reach.
    fn collect(&mut self) {
        if self.open_iters > 0 {
            return;
        }
        for (i, a) in self.arena.iter_mut().enumerate() {
            if Some(i) != self.buckets && Some(i) != self.oldbuckets {
                *a = None;
            }
        }
    }

    /// An array by handle.
    pub fn array(&self, id: ArrayId) -> &BucketArray<K, V> {
        self.arena[id].as_ref().expect("live bucket array")
    }

    fn array_mut(&mut self, id: ArrayId) -> &mut BucketArray<K, V> {
        self.arena[id].as_mut().expect("live bucket array")
    }

    /// `len(m)`.
    pub fn len(&self) -> usize {
        self.count
    }

    /// `len(m) == 0`.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// A grow is in progress.
    pub fn growing(&self) -> bool {
        self.oldbuckets.is_some()
    }

    /// The current grow keeps B.
    pub fn same_size_grow(&self) -> bool {
        self.flags & SAME_SIZE_GROW != 0
    }

    /// Number of old buckets (only meaningful while growing).
    pub fn noldbuckets(&self) -> usize {
        let mut ob = self.b;
        if !self.same_size_grow() {
            ob = ob.saturating_sub(1);
        }
        1usize << ob
    }

    fn bucket_mask(&self) -> u64 {
        (1u64 << self.b) - 1
    }

    fn incr_noverflow(&mut self) {
        if self.b < 16 {
            self.noverflow = self.noverflow.wrapping_add(1);
            return;
        }
        let mask = (1u32 << (self.b - 15)) - 1;
        if (self.rng.next_u64() as u32) & mask == 0 {
            self.noverflow = self.noverflow.wrapping_add(1);
        }
    }

    /// `newoverflow`: chains a new bucket after array index `last` of the current array.
    fn new_overflow(&mut self, last: usize, head: usize, depth: usize) -> usize {
        let bid = self.buckets.expect("buckets");
        let arr = self.array_mut(bid);
        let (idx, src) = match arr.next_overflow {
            Some(n) => {
                arr.next_overflow = if n + 1 == arr.nalloc { None } else { Some(n + 1) };
                (n, OverflowSource::Prealloc(n))
            }
            None => {
                arr.b.push(Bmap::new());
                arr.slots.push(empty_cells());
                (arr.b.len() - 1, OverflowSource::Heap)
            }
        };
        arr.b[last].overflow = idx as u32;
        self.incr_noverflow();
        if !self.ty.bucket_has_pointers() {
            let ex = self.extra.get_or_insert_with(MapExtra::default);
            *ex.overflow.get_or_insert(0) += 1;
        }
        emit!(
            self,
            Event::OverflowAlloc { bucket: head, depth, source: src, noverflow: self.noverflow }
        );
        idx
    }

    /// Assigns `m[key] = elem`, where `hash` is hash(key, seed).
    pub fn put_hashed(&mut self, key: K, elem: V, hash: u64) {
        emit!(self, Event::Hash { seed: self.seed(), hash });
        if self.buckets.is_none() {
            let arr = BucketArray {
                b: vec![Bmap::new()],
                slots: vec![empty_cells()],
                nmain: 1,
                nalloc: 1,
                next_overflow: None,
            };
            self.buckets = Some(self.alloc(arr));
        }
        loop {
            let bucket = (hash & self.bucket_mask()) as usize;
            if self.growing() {
                self.grow_work(bucket);
            }
            let top = tophash(hash);
            emit!(self, Event::BucketSelect { b: self.b, bucket, tophash: top, old: false });
            let bid = self.buckets.expect("buckets");
            let mut insert: Option<(usize, usize, usize)> = None; // (array index, slot, depth)
            let mut last = bucket;
            let mut depth = 0;
            let mut cur = bucket as u32;
            let mut found: Option<(usize, usize, usize)> = None;
            'chain: while cur != NO_BUCKET {
                let bi = cur as usize;
                last = bi;
                for i in 0..BUCKET_CNT {
                    let th = self.array(bid).b[bi].tophash[i];
                    if th != top {
                        if th <= EMPTY_ONE && insert.is_none() {
                            insert = Some((bi, i, depth));
                        }
                        if th == EMPTY_REST {
                            break 'chain;
                        }
                        continue;
                    }
                    let eq = match &self.array(bid).slots[bi][i] {
                        Some(s) => s.key.key_eq(&key),
                        None => false,
                    };
                    emit!(
                        self,
                        Event::TophashCompare {
                            bucket,
                            depth,
                            slot: i,
                            stored: th,
                            key_equal: Some(eq)
                        }
                    );
                    if eq {
                        found = Some((bi, i, depth));
                        break 'chain;
                    }
                }
                cur = self.array(bid).b[bi].overflow;
                if cur != NO_BUCKET {
                    depth += 1;
                }
            }
            if let Some((bi, i, d)) = found {
                emit!(
                    self,
                    Event::SlotWrite {
                        bucket,
                        depth: d,
                        slot: i,
                        tophash: top,
                        key: key_json(&key),
                        update: true
                    }
                );
                let arr = self.array_mut(bid);
                if let Some(s) = arr.slots[bi][i].as_mut() {
                    s.key = key;
                    s.elem = elem;
                }
                return;
            }
            if !self.growing()
                && (over_load_factor(self.count + 1, self.b)
                    || too_many_overflow_buckets(self.noverflow, self.b))
            {
                self.hash_grow();
                continue;
            }
            let (bi, i, d) = match insert {
                Some(x) => x,
                None => (self.new_overflow(last, bucket, depth + 1), 0, depth + 1),
            };
            emit!(
                self,
                Event::SlotWrite {
                    bucket,
                    depth: d,
                    slot: i,
                    tophash: top,
                    key: key_json(&key),
                    update: false
                }
            );
            let arr = self.array_mut(bid);
            arr.b[bi].tophash[i] = top;
            arr.slots[bi][i] = Some(Slot { key, elem, hash });
            self.count += 1;
            return;
        }
    }

    /// Where a lookup of `hash` reads: (array, head bucket index, old?).
    fn lookup_bucket(&self, hash: u64) -> Option<(ArrayId, usize, bool)> {
        let bid = self.buckets?;
        let mut m = self.bucket_mask();
        if let Some(oid) = self.oldbuckets {
            if !self.same_size_grow() {
                m >>= 1;
            }
            let ob = (hash & m) as usize;
            if !self.array(oid).b[ob].evacuated() {
                return Some((oid, ob, true));
            }
        }
        Some((bid, (hash & self.bucket_mask()) as usize, false))
    }

    /// `v, ok := m[key]`: never changes the map.
    pub fn get_hashed(&mut self, key: &K, hash: u64) -> Option<&V> {
        if self.count == 0 {
            return None;
        }
        if self.events.is_none() {
            return self.lookup_kv(key, hash).map(|(_, v)| v);
        }
        emit!(self, Event::Hash { seed: self.seed(), hash });
        let (aid, head, old) = self.lookup_bucket(hash)?;
        let top = tophash(hash);
        emit!(self, Event::BucketSelect { b: self.b, bucket: head, tophash: top, old });
        let mut hit = None;
        let mut depth = 0;
        let chain: Vec<usize> = self.array(aid).chain(head).collect();
        'chain: for bi in chain {
            for i in 0..BUCKET_CNT {
                let th = self.array(aid).b[bi].tophash[i];
                if th != top {
                    if th == EMPTY_REST {
                        break 'chain;
                    }
                    continue;
                }
                let eq = self.array(aid).slots[bi][i].as_ref().is_some_and(|s| s.key.key_eq(key));
                emit!(
                    self,
                    Event::TophashCompare {
                        bucket: head,
                        depth,
                        slot: i,
                        stored: th,
                        key_equal: Some(eq)
                    }
                );
                if eq {
                    hit = Some((bi, i));
                    break 'chain;
                }
            }
            depth += 1;
        }
        let (bi, i) = hit?;
        self.array(aid).slots[bi][i].as_ref().map(|s| &s.elem)
    }

    /// Read-only lookup (no events).
    pub fn lookup(&self, key: &K, hash: u64) -> Option<&V> {
        self.lookup_kv(key, hash).map(|(_, v)| v)
    }

    /// `delete(m, key)`.
    pub fn delete_hashed(&mut self, key: &K, hash: u64) {
        if self.count == 0 {
            return;
        }
        emit!(self, Event::Hash { seed: self.seed(), hash });
        let bucket = (hash & self.bucket_mask()) as usize;
        if self.growing() {
            self.grow_work(bucket);
        }
        let top = tophash(hash);
        emit!(self, Event::BucketSelect { b: self.b, bucket, tophash: top, old: false });
        let bid = self.buckets.expect("buckets");
        let mut depth = 0;
        let mut cur = bucket as u32;
        while cur != NO_BUCKET {
            let bi = cur as usize;
            for i in 0..BUCKET_CNT {
                let th = self.array(bid).b[bi].tophash[i];
                if th != top {
                    if th == EMPTY_REST {
                        return;
                    }
                    continue;
                }
                let eq = self.array(bid).slots[bi][i].as_ref().is_some_and(|s| s.key.key_eq(key));
                emit!(
                    self,
                    Event::TophashCompare {
                        bucket,
                        depth,
                        slot: i,
                        stored: th,
                        key_equal: Some(eq)
                    }
                );
                if !eq {
                    continue;
                }
                self.remove_at(bid, bucket, bi, i, depth);
                return;
            }
            cur = self.array(bid).b[bi].overflow;
            depth += 1;
        }
    }

    fn remove_at(&mut self, bid: ArrayId, head: usize, bi: usize, i: usize, depth: usize) {
        emit!(self, Event::SlotDelete { bucket: head, depth, slot: i });
        let arr = self.array_mut(bid);
        arr.b[bi].tophash[i] = EMPTY_ONE;
        arr.slots[bi][i] = None;
        let next_rest = if i == BUCKET_CNT - 1 {
            let o = arr.b[bi].overflow;
            o == NO_BUCKET || arr.b[o as usize].tophash[0] == EMPTY_REST
        } else {
            arr.b[bi].tophash[i + 1] == EMPTY_REST
        };
        if next_rest {
            // Walk backwards turning emptyOne into emptyRest.
            let chain: Vec<usize> = arr.chain(head).collect();
            let mut pos = chain.iter().position(|&x| x == bi).unwrap_or(0);
            let mut slot = i;
            let mut marks = Vec::new();
            loop {
                let b = chain[pos];
                self.array_mut(bid).b[b].tophash[slot] = EMPTY_REST;
                marks.push((pos, slot));
                if slot == 0 {
                    if pos == 0 {
                        break;
                    }
                    pos -= 1;
                    slot = BUCKET_CNT - 1;
                } else {
                    slot -= 1;
                }
                if self.array(bid).b[chain[pos]].tophash[slot] != EMPTY_ONE {
                    break;
                }
            }
            for (d, s) in marks {
                emit!(self, Event::EmptyRest { bucket: head, depth: d, slot: s });
            }
        }
        self.count -= 1;
        if self.count == 0 {
            self.hash0 = self.rng.next_u64() as u32;
            emit!(self, Event::Reseed { seed: self.seed() });
        }
    }

    /// `clear(m)`.
    pub fn clear(&mut self) {
        if self.count == 0 {
            return;
        }
        emit!(self, Event::Cleared);
        self.flags &= !SAME_SIZE_GROW;
        self.nevacuate = 0;
        self.noverflow = 0;
        self.count = 0;
        self.hash0 = self.rng.next_u64() as u32;
        if self.variant == ClassicVariant::Go124NoSwiss {
            self.clear_seq += 1;
        }
        if let Some(ex) = self.extra.as_mut() {
            *ex = MapExtra::default();
        }
        if let Some(bid) = self.buckets {
            // The array is zeroed in place; open iterators see the cleared contents (go1.23
            // marks every cell emptyRest first so they stop).
            if let (Some(oid), ClassicVariant::Go123) = (self.oldbuckets, self.variant) {
                for b in self.array_mut(oid).b.iter_mut() {
                    b.tophash = [EMPTY_REST; BUCKET_CNT];
                }
            }
            let fresh = BucketArray::make(&self.ty, self.b);
            *self.array_mut(bid) = fresh;
        }
        self.oldbuckets = None;
        self.collect();
        emit!(self, Event::Reseed { seed: self.seed() });
    }

    fn hash_grow(&mut self) {
        let mut bigger = 1u8;
        if !over_load_factor(self.count + 1, self.b) {
            bigger = 0;
            self.flags |= SAME_SIZE_GROW;
        }
        emit!(
            self,
            Event::GrowStart {
                same_size: bigger == 0,
                old_b: self.b,
                new_b: self.b + bigger,
                count: self.count,
                noverflow: self.noverflow
            }
        );
        let arr = BucketArray::make(&self.ty, self.b + bigger);
        let has_prealloc = arr.next_overflow.is_some();
        let mut flags = self.flags & !(ITERATOR | OLD_ITERATOR);
        if self.flags & ITERATOR != 0 {
            flags |= OLD_ITERATOR;
        }
        self.b += bigger;
        self.flags = flags;
        self.oldbuckets = self.buckets;
        self.buckets = Some(self.alloc(arr));
        self.nevacuate = 0;
        self.noverflow = 0;
        if let Some(ex) = self.extra.as_mut() {
            if ex.overflow.is_some() {
                ex.oldoverflow = ex.overflow.take();
            }
        }
        if has_prealloc {
            self.extra.get_or_insert_with(MapExtra::default);
        }
    }

    fn grow_work(&mut self, bucket: usize) {
        let mask = self.noldbuckets() - 1;
        self.evacuate(bucket & mask);
        if self.growing() {
            self.evacuate(self.nevacuate);
        }
    }

    fn evacuate(&mut self, oldbucket: usize) {
        let oid = self.oldbuckets.expect("oldbuckets");
        let bid = self.buckets.expect("buckets");
        let newbit = self.noldbuckets();
        let same = self.same_size_grow();
        if !self.array(oid).b[oldbucket].evacuated() {
            // Destination cursors: (array index, next slot, head bucket, depth).
            let mut dst = [
                (oldbucket, 0usize, oldbucket, 0usize),
                (oldbucket + newbit, 0, oldbucket + newbit, 0),
            ];
            let chain: Vec<usize> = self.array(oid).chain(oldbucket).collect();
            for (depth, &obi) in chain.iter().enumerate() {
                for i in 0..BUCKET_CNT {
                    let top = self.array(oid).b[obi].tophash[i];
                    if top <= EMPTY_ONE {
                        self.array_mut(oid).b[obi].tophash[i] = EVACUATED_EMPTY;
                        continue;
                    }
                    let Some(slot) = self.array(oid).slots[obi][i].clone() else {
                        continue;
                    };
                    let mut top = top;
                    let mut hash = slot.hash;
                    let mut use_y = 0usize;
                    if !same {
                        if !slot.key.is_reflexive() {
                            // NaN: a fresh random hash.
                            hash = self.rng.next_u64();
                            if self.flags & ITERATOR != 0 {
                                use_y = (top & 1) as usize;
                                top = tophash(hash);
                            } else if hash & newbit as u64 != 0 {
                                use_y = 1;
                            }
                        } else if hash & newbit as u64 != 0 {
                            use_y = 1;
                        }
                    }
                    self.array_mut(oid).b[obi].tophash[i] = EVACUATED_X + use_y as u8;
                    if dst[use_y].1 == BUCKET_CNT {
                        let (cur, _, head, d) = dst[use_y];
                        let nb = self.new_overflow(cur, head, d + 1);
                        dst[use_y] = (nb, 0, head, d + 1);
                    }
                    let (di, ds, head, dd) = dst[use_y];
                    emit!(
                        self,
                        Event::EvacuateKey {
                            oldbucket,
                            depth,
                            slot: i,
                            to_y: use_y == 1,
                            dst_bucket: head,
                            dst_depth: dd,
                            dst_slot: ds
                        }
                    );
                    let arr = self.array_mut(bid);
                    arr.b[di].tophash[ds] = top;
                    arr.slots[di][ds] = Some(Slot { key: slot.key, elem: slot.elem, hash });
                    dst[use_y].1 += 1;
                }
            }
            if self.ty.bucket_has_pointers() && self.flags & OLD_ITERATOR == 0 {
                let b = &mut self.array_mut(oid).b[oldbucket];
                b.overflow = NO_BUCKET;
                b.zeroed = true;
            }
            emit!(self, Event::Evacuated { oldbucket });
        }
        if oldbucket == self.nevacuate {
            self.advance_evacuation_mark(newbit);
        }
    }

    fn advance_evacuation_mark(&mut self, newbit: usize) {
        let oid = self.oldbuckets.expect("oldbuckets");
        self.nevacuate += 1;
        let stop = (self.nevacuate + 1024).min(newbit);
        while self.nevacuate != stop && self.array(oid).b[self.nevacuate].evacuated() {
            self.nevacuate += 1;
        }
        emit!(self, Event::Nevacuate { nevacuate: self.nevacuate });
        if self.nevacuate == newbit {
            self.oldbuckets = None;
            if let Some(ex) = self.extra.as_mut() {
                ex.oldoverflow = None;
            }
            self.flags &= !SAME_SIZE_GROW;
            self.collect();
            emit!(self, Event::OldBucketsFreed);
        }
    }
}

/// A key's JSON text (for events).
pub(crate) fn key_json<K: MapKey>(k: &K) -> String {
    let mut s = String::new();
    k.write_json(&mut s);
    s
}
