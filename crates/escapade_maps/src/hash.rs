//! Hashing: Go's non-AES fallback hash (bit-exact), teaching hashes, and the seeded random
//! source the runtime uses for map seeds, iteration starts and NaN hashes.
//!
//! Real Go on amd64/arm64 hashes with AES instructions keyed by a per-process random key, so
//! its hashes cannot be reproduced; oracle dumps therefore carry the hashes (replay). Where AES
//! is unavailable (GOARCH=wasm, or `GODEBUG=cpu.aes=off` on amd64) Go uses the wyhash-style
//! fallback implemented by [`Fallback`], keyed by four random words (`hashkey`) drawn once per
//! process. `scripts/maps-hash-check.sh` compares it with the real runtime.

/// A deterministic pseudo-random source (SplitMix64). Every random choice the runtime makes
/// (seeds, iteration start, NaN hashes) is drawn from one of these, so runs are reproducible.
#[derive(Clone, Debug)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A generator whose sequence is fixed by `seed`.
    pub fn new(seed: u64) -> Self {
        Rng { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

const M5: u64 = 0x1d8e_4e27_c47d_124f;
/// Multiplicative constants of Go's float and interface hashes on 64-bit targets.
pub const C0: u64 = 33_054_211_828_000_289;
/// See [`C0`].
pub const C1: u64 = 23_344_194_077_549_503;

fn mix(a: u64, b: u64) -> u64 {
    let p = (a as u128) * (b as u128);
    ((p >> 64) as u64) ^ (p as u64)
}

fn r8(b: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(w)
}

fn r4(b: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&b[at..at + 4]);
    u32::from_le_bytes(w) as u64
}

/// Go's 64-bit fallback hash functions (`memhashFallback`, `memhash64Fallback`, `strhash`,
/// `f64hash`), keyed by the process-wide `hashkey`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fallback {
    /// The runtime's `hashkey` (four random words drawn at start-up).
    pub hashkey: [u64; 4],
}

impl Fallback {
    /// A fallback hasher with the given process key.
    pub fn new(hashkey: [u64; 4]) -> Self {
        Fallback { hashkey }
    }

    /// A process key drawn from `rng` the way the runtime draws it (four random words).
    pub fn random(rng: &mut Rng) -> Self {
        Fallback::new([rng.next_u64(), rng.next_u64(), rng.next_u64(), rng.next_u64()])
    }

    /// `memhash(p, seed, len(p))`: any byte string (also what `strhash` hashes).
    pub fn mem(&self, p: &[u8], seed: u64) -> u64 {
        let hk = &self.hashkey;
        let s = p.len();
        let mut seed = seed ^ hk[0];
        let (a, b);
        match s {
            0 => return seed,
            1..=3 => {
                a = (p[0] as u64) | ((p[s >> 1] as u64) << 8) | ((p[s - 1] as u64) << 16);
                b = 0;
            }
            4 => {
                a = r4(p, 0);
                b = a;
            }
            5..=7 => {
                a = r4(p, 0);
                b = r4(p, s - 4);
            }
            8 => {
                a = r8(p, 0);
                b = a;
            }
            9..=16 => {
                a = r8(p, 0);
                b = r8(p, s - 8);
            }
            _ => {
                let mut l = s;
                let mut at = 0;
                if l > 48 {
                    let mut seed1 = seed;
                    let mut seed2 = seed;
                    while l > 48 {
                        seed = mix(r8(p, at) ^ hk[1], r8(p, at + 8) ^ seed);
                        seed1 = mix(r8(p, at + 16) ^ hk[2], r8(p, at + 24) ^ seed1);
                        seed2 = mix(r8(p, at + 32) ^ hk[3], r8(p, at + 40) ^ seed2);
                        at += 48;
                        l -= 48;
                    }
                    seed ^= seed1 ^ seed2;
                }
                while l > 16 {
                    seed = mix(r8(p, at) ^ hk[1], r8(p, at + 8) ^ seed);
                    at += 16;
                    l -= 16;
                }
                a = r8(p, at + l - 16);
                b = r8(p, at + l - 8);
            }
        }
        mix(M5 ^ s as u64, mix(a ^ hk[1], b ^ seed))
    }

    /// `memhash64`: an 8-byte key (int64, uint64, pointers...).
    pub fn mem64(&self, v: u64, seed: u64) -> u64 {
        let hk = &self.hashkey;
        mix(M5 ^ 8, mix(v ^ hk[1], v ^ seed ^ hk[0]))
    }

    /// `memhash32`: a 4-byte key.
    pub fn mem32(&self, v: u32, seed: u64) -> u64 {
        let hk = &self.hashkey;
        let a = v as u64;
        mix(M5 ^ 4, mix(a ^ hk[1], a ^ seed ^ hk[0]))
    }

    /// `strhash`.
    pub fn str(&self, s: &str, seed: u64) -> u64 {
        self.mem(s.as_bytes(), seed)
    }

    /// `f32hash`: like `f64hash` over the 4 bytes of a `float32`.
    pub fn f32(&self, f: f32, seed: u64, nan_rand: &mut Rng) -> u64 {
        if f == 0.0 {
            C1.wrapping_mul(C0 ^ seed)
        } else if f.is_nan() {
            C1.wrapping_mul(C0 ^ seed ^ nan_rand.next_u64())
        } else {
            self.mem(&f.to_bits().to_le_bytes(), seed)
        }
    }

    /// `f64hash`: ±0 hash alike; a NaN hashes to a fresh random value (`nan_rand`) every call.
    pub fn f64(&self, f: f64, seed: u64, nan_rand: &mut Rng) -> u64 {
        if f == 0.0 {
            C1.wrapping_mul(C0 ^ seed)
        } else if f.is_nan() {
            C1.wrapping_mul(C0 ^ seed ^ nan_rand.next_u64())
        } else {
            self.mem(&f.to_bits().to_le_bytes(), seed)
        }
    }
}

/// How keys are hashed. The map itself only ever sees 64-bit hashes, so replayed hashes (from
/// an oracle dump) bypass this entirely through the `*_hashed` operations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HashKind {
    /// Go's fallback hash (bit-exact with GOARCH=wasm or `GODEBUG=cpu.aes=off`).
    Fallback(Fallback),
    /// Teaching hash: the key's own bits (an integer key `k` hashes to `k`; strings hash to
    /// their first 8 bytes, little-endian), ignoring the seed. Makes bucket choice readable.
    Identity,
    /// Teaching hash: every key hashes to this constant (all keys collide).
    Collide(u64),
}
