//! [`GoMap`]: one Go map, classic or Swiss, with its hash function and random source. This is
//! the API the interpreter and the web UI use.

use crate::classic::{ClassicIter, ClassicVariant, Hmap};
use crate::events::Event;
use crate::hash::{HashKind, Rng};
use crate::key::{KeyDesc, MapKey};
use crate::swiss::{SwissIter, SwissMap, SwissVersion};

/// Map implementation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Impl {
    /// Bucket map (`runtime/map.go`).
    Classic,
    /// Swiss tables (`internal/runtime/maps`).
    Swiss,
}

/// Go release whose runtime behaviour is simulated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum GoVersion {
    /// go1.23 (classic only).
    Go123,
    /// go1.24 (Swiss; classic = `GOEXPERIMENT=noswissmap`).
    Go124,
    /// go1.27 (Swiss only).
    Go127,
}

impl GoVersion {
    /// Parses `1.23`, `go1.24`, `1.27.3`...
    pub fn parse(s: &str) -> Option<GoVersion> {
        let s = s.strip_prefix("go").unwrap_or(s);
        let mut parts = s.split('.');
        let major = parts.next()?;
        let minor: u32 = parts.next()?.parse().ok()?;
        if major != "1" {
            return None;
        }
        match minor {
            23 => Some(GoVersion::Go123),
            24 => Some(GoVersion::Go124),
            27 => Some(GoVersion::Go127),
            _ => None,
        }
    }
}

/// The map behind a [`GoMap`].
#[derive(Clone, Debug)]
pub enum Inner<K, V> {
    /// Classic.
    Classic(Hmap<K, V>),
    /// Swiss.
    Swiss(SwissMap<K, V>),
}

/// An open iterator of a [`GoMap`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MapIter {
    /// Classic iterator.
    Classic(ClassicIter),
    /// Swiss iterator.
    Swiss(SwissIter),
}

/// One Go map `map[K]V`.
#[derive(Clone, Debug)]
pub struct GoMap<K, V> {
    /// The implementation.
    pub inner: Inner<K, V>,
    /// The hash function.
    pub hasher: HashKind,
    /// Random source for NaN hashes.
    nan_rng: Rng,
    /// The key type's descriptor, for composite keys hashed and laid out as their Go type.
    key_desc: Option<std::rc::Rc<KeyDesc>>,
}

impl<K: MapKey, V: Clone> GoMap<K, V> {
    /// `make(map[K]V)` (hint None) or `make(map[K]V, hint)` for the given runtime. Every random
    /// draw (seeds, iteration starts, NaN hashes) derives from `rng_seed`.
    pub fn new(
        imp: Impl,
        go: GoVersion,
        hint: Option<usize>,
        hasher: HashKind,
        rng_seed: u64,
    ) -> Result<Self, String> {
        Self::with_key_desc(imp, go, hint, hasher, rng_seed, None)
    }

    /// Like [`GoMap::new`], for a composite key type described by `desc`: the classic bucket
    /// layout uses its size and pointer-ness, Go's fallback hash follows its generated hash
    /// function, and the go1.27 assign path follows its kind.
    pub fn with_key_desc(
        imp: Impl,
        go: GoVersion,
        hint: Option<usize>,
        hasher: HashKind,
        rng_seed: u64,
        desc: Option<KeyDesc>,
    ) -> Result<Self, String> {
        let ty = desc.as_ref().map_or_else(K::map_type, KeyDesc::map_type);
        let mut root = Rng::new(rng_seed);
        let map_rng = Rng::new(root.next_u64());
        let nan_rng = Rng::new(root.next_u64());
        let inner = match (imp, go) {
            (Impl::Classic, GoVersion::Go123) => {
                Inner::Classic(Hmap::new(ty, ClassicVariant::Go123, hint, map_rng))
            }
            (Impl::Classic, GoVersion::Go124) => {
                Inner::Classic(Hmap::new(ty, ClassicVariant::Go124NoSwiss, hint, map_rng))
            }
            (Impl::Swiss, GoVersion::Go124) => {
                Inner::Swiss(SwissMap::new(SwissVersion::Go124, hint, map_rng))
            }
            (Impl::Swiss, GoVersion::Go127) => {
                Inner::Swiss(SwissMap::new(SwissVersion::Go127, hint, map_rng))
            }
            (Impl::Classic, GoVersion::Go127) => {
                return Err(
                    "go1.27 has no classic map (GOEXPERIMENT=noswissmap was removed in go1.26)"
                        .into(),
                )
            }
            (Impl::Swiss, GoVersion::Go123) => return Err("go1.23 has no Swiss-table map".into()),
        };
        let mut inner = inner;
        if let (Inner::Swiss(m), Some(d)) = (&mut inner, &desc) {
            m.key_fast = Some(d.fast_assign_path());
        }
        Ok(GoMap { inner, hasher, nan_rng, key_desc: desc.map(std::rc::Rc::new) })
    }

    /// The current seed (`hash0` / `seed`).
    pub fn seed(&self) -> u64 {
        match &self.inner {
            Inner::Classic(h) => h.seed(),
            Inner::Swiss(m) => m.seed,
        }
    }

    /// Replaces the seed (replay of an oracle dump).
    pub fn set_seed(&mut self, seed: u64) {
        match &mut self.inner {
            Inner::Classic(h) => h.set_seed(seed),
            Inner::Swiss(m) => m.set_seed(seed),
        }
    }

    /// hash(key, seed) with this map's hash function.
    pub fn hash_of(&mut self, key: &K) -> u64 {
        let seed = self.seed();
        match &self.key_desc {
            Some(d) => key.hash_desc(d, &self.hasher, seed, &mut self.nan_rng),
            None => key.hash(&self.hasher, seed, &mut self.nan_rng),
        }
    }

    /// `m[key] = elem`.
    pub fn put(&mut self, key: K, elem: V) {
        let h = self.hash_of(&key);
        self.put_hashed(key, elem, h);
    }

    /// `v, ok := m[key]`.
    pub fn get(&mut self, key: &K) -> Option<&V> {
        let h = self.hash_of(key);
        self.get_hashed(key, h)
    }

    /// `delete(m, key)`.
    pub fn delete(&mut self, key: &K) {
        let h = self.hash_of(key);
        self.delete_hashed(key, h);
    }

    /// `m[key] = elem` with a given hash.
    pub fn put_hashed(&mut self, key: K, elem: V, hash: u64) {
        match &mut self.inner {
            Inner::Classic(h) => h.put_hashed(key, elem, hash),
            Inner::Swiss(m) => m.put_hashed(key, elem, hash),
        }
    }

    /// `v, ok := m[key]` with a given hash.
    pub fn get_hashed(&mut self, key: &K, hash: u64) -> Option<&V> {
        match &mut self.inner {
            Inner::Classic(h) => h.get_hashed(key, hash),
            Inner::Swiss(m) => m.get_hashed(key, hash),
        }
    }

    /// `delete(m, key)` with a given hash.
    pub fn delete_hashed(&mut self, key: &K, hash: u64) {
        match &mut self.inner {
            Inner::Classic(h) => h.delete_hashed(key, hash),
            Inner::Swiss(m) => m.delete_hashed(key, hash),
        }
    }

    /// `clear(m)`.
    pub fn clear(&mut self) {
        match &mut self.inner {
            Inner::Classic(h) => h.clear(),
            Inner::Swiss(m) => m.clear(),
        }
    }

    /// `len(m)`.
    pub fn len(&self) -> usize {
        match &self.inner {
            Inner::Classic(h) => h.len(),
            Inner::Swiss(m) => m.len(),
        }
    }

    /// `len(m) == 0`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Starts a `range` loop, drawing the start position from the map's random source.
    pub fn iter_init(&mut self) -> MapIter {
        match &mut self.inner {
            Inner::Classic(h) => {
                let r = if h.is_empty() { 0 } else { h.rand() };
                MapIter::Classic(h.iter_init(r))
            }
            Inner::Swiss(m) => {
                let (e, d) = if m.is_empty() { (0, 0) } else { (m.rand(), m.rand()) };
                MapIter::Swiss(m.iter_init(e, d))
            }
        }
    }

    /// The next entry of a `range` loop (writes to the map in between are allowed).
    pub fn iter_next(&mut self, it: &mut MapIter) -> Option<(K, V)> {
        match (&mut self.inner, it) {
            (Inner::Classic(h), MapIter::Classic(i)) => h.iter_next(i),
            (Inner::Swiss(m), MapIter::Swiss(i)) => m.iter_next(i),
            _ => None,
        }
    }

    /// Ends a `range` loop early (`break`).
    pub fn iter_close(&mut self, it: &mut MapIter) {
        match (&mut self.inner, it) {
            (Inner::Classic(h), MapIter::Classic(i)) => h.iter_close(i),
            (Inner::Swiss(m), MapIter::Swiss(i)) => m.iter_close(i),
            _ => {}
        }
    }

    /// A whole `range` loop without writes: the entries in Go's order.
    pub fn iterate(&mut self) -> Vec<(K, V)> {
        let mut it = self.iter_init();
        let mut out = Vec::with_capacity(self.len());
        while let Some(kv) = self.iter_next(&mut it) {
            out.push(kv);
        }
        out
    }

    /// Turns micro-step recording on (animation) or off (fast mode).
    pub fn set_recording(&mut self, on: bool) {
        match &mut self.inner {
            Inner::Classic(h) => h.set_recording(on),
            Inner::Swiss(m) => m.set_recording(on),
        }
    }

    /// The events recorded since the last call.
    pub fn take_events(&mut self) -> Vec<Event> {
        match &mut self.inner {
            Inner::Classic(h) => h.take_events(),
            Inner::Swiss(m) => m.take_events(),
        }
    }
}
