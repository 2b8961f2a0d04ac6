//! Operation scripts (the oracle's input format) run through the simulator with our own hash:
//! what `escapade maps --impl ... < OPS` prints.
//!
//! ```text
//! make 100        optional, first: make(map[K]V, 100)
//! put k [v]       m[k] = v (v defaults to the step number)
//! get k | del k | clear | iter | dump
//! # comment
//! ```

use crate::dump::{hex, keyinfo_json, state_json, state_text};
use crate::hash::{Fallback, HashKind, Rng};
use crate::key::MapKey;
use crate::map::{GoMap, GoVersion, Impl};
use std::fmt::Write;

/// Key type of a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    /// `map[int64]int64`.
    Int,
    /// `map[string]int64`.
    Str,
    /// `map[float64]int64`.
    Float,
}

/// Hash function choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HashChoice {
    /// Go's fallback hash with a process key drawn from the seed.
    Fallback,
    /// Identity (teaching).
    Identity,
    /// Every key collides (teaching).
    Collide,
}

/// How to run a script.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunConfig {
    /// Implementation.
    pub imp: Impl,
    /// Go version (default: 1.23 for classic, 1.27 for Swiss).
    pub go: Option<GoVersion>,
    /// Key type.
    pub keys: KeyKind,
    /// Seed of every random draw.
    pub seed: u64,
    /// `make` hint (a `make N` line overrides it).
    pub hint: Option<usize>,
    /// Hash function.
    pub hash: HashChoice,
    /// Print micro-step events.
    pub events: bool,
    /// Print JSON-lines records (the oracle's schema) instead of text.
    pub json: bool,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            imp: Impl::Swiss,
            go: None,
            keys: KeyKind::Int,
            seed: 1,
            hint: None,
            hash: HashChoice::Fallback,
            events: false,
            json: false,
        }
    }
}

impl RunConfig {
    /// Sets an option by its CLI name (`impl`, `go`, `keys`, `seed`, `hint`, `hash`).
    pub fn set(&mut self, name: &str, v: &str) -> Result<(), String> {
        match name {
            "impl" => {
                self.imp = match v {
                    "classic" => Impl::Classic,
                    "swiss" => Impl::Swiss,
                    _ => return Err(format!("--impl {v:?}: want classic or swiss")),
                }
            }
            "go" => {
                self.go = Some(
                    GoVersion::parse(v)
                        .ok_or_else(|| format!("--go {v:?}: want 1.23, 1.24 or 1.27"))?,
                )
            }
            "keys" => {
                self.keys = match v {
                    "int" | "int64" => KeyKind::Int,
                    "string" | "str" => KeyKind::Str,
                    "float" | "float64" => KeyKind::Float,
                    _ => return Err(format!("--keys {v:?}: want int, string or float")),
                }
            }
            "seed" => {
                self.seed = crate::key::parse_go_int(v)
                    .ok_or_else(|| format!("--seed {v:?}: not an integer"))?
                    as u64
            }
            "hint" => self.hint = Some(v.parse().map_err(|_| format!("--hint {v:?}: not a size"))?),
            "hash" => {
                self.hash = match v {
                    "fallback" => HashChoice::Fallback,
                    "identity" => HashChoice::Identity,
                    "collide" => HashChoice::Collide,
                    _ => return Err(format!("--hash {v:?}: want fallback, identity or collide")),
                }
            }
            _ => return Err(format!("unknown option {name}")),
        }
        Ok(())
    }
}

/// A script error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptError {
    /// 1-based line.
    pub line: usize,
    /// What was wrong.
    pub msg: String,
}

/// One parsed script line.
#[derive(Clone, Debug, PartialEq)]
pub enum Op<K> {
    /// `make N`.
    Make(usize),
    /// `put k [v]`.
    Put(K, Option<i64>),
    /// `get k`.
    Get(K),
    /// `del k`.
    Del(K),
    /// `clear`.
    Clear,
    /// `iter`.
    Iter,
    /// `dump`.
    Dump,
}

fn split_key(rest: &str) -> (String, &str) {
    if rest.starts_with('"') {
        let b = rest.as_bytes();
        let mut i = 1;
        while i < b.len() {
            if b[i] == b'\\' {
                i += 2;
                continue;
            }
            if b[i] == b'"' {
                if let Ok(crate::json::Value::Str(s)) = crate::json::parse(&rest[..=i]) {
                    return (s, rest[i + 1..].trim());
                }
                break;
            }
            i += 1;
        }
    }
    match rest.split_once(' ') {
        Some((k, v)) => (k.to_string(), v.trim()),
        None => (rest.to_string(), ""),
    }
}

/// Parses a script.
pub fn parse_script<K: MapKey>(text: &str) -> Result<Vec<(usize, Op<K>)>, ScriptError> {
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |msg: String| ScriptError { line: n + 1, msg };
        let (op, rest) = line.split_once(' ').map(|(a, b)| (a, b.trim())).unwrap_or((line, ""));
        let (ktok, vtok) = split_key(rest);
        let key = || K::parse_token(&ktok).ok_or_else(|| err(format!("bad key {ktok:?}")));
        let o = match op {
            "make" => {
                if !out.is_empty() {
                    return Err(err("make must be the first operation".into()));
                }
                Op::Make(ktok.parse().map_err(|_| err(format!("bad hint {ktok:?}")))?)
            }
            "put" => {
                let v = if vtok.is_empty() {
                    None
                } else {
                    Some(
                        crate::key::parse_go_int(vtok)
                            .ok_or_else(|| err(format!("bad value {vtok:?}")))?,
                    )
                };
                Op::Put(key()?, v)
            }
            "get" => Op::Get(key()?),
            "del" => Op::Del(key()?),
            "clear" => Op::Clear,
            "iter" => Op::Iter,
            "dump" => Op::Dump,
            _ => {
                return Err(err(format!(
                    "unknown op {op:?} (want make/put/get/del/clear/iter/dump)"
                )))
            }
        };
        out.push((n + 1, o));
    }
    Ok(out)
}

/// Runs a script and returns what the CLI prints.
pub fn run_script(text: &str, cfg: &RunConfig) -> Result<String, ScriptError> {
    match cfg.keys {
        KeyKind::Int => run_typed::<i64>(text, cfg),
        KeyKind::Str => run_typed::<String>(text, cfg),
        KeyKind::Float => run_typed::<f64>(text, cfg),
    }
}

fn run_typed<K: MapKey>(text: &str, cfg: &RunConfig) -> Result<String, ScriptError> {
    let ops = parse_script::<K>(text)?;
    let go = cfg.go.unwrap_or(match cfg.imp {
        Impl::Classic => GoVersion::Go123,
        Impl::Swiss => GoVersion::Go127,
    });
    let hasher = match cfg.hash {
        HashChoice::Fallback => {
            HashKind::Fallback(Fallback::random(&mut Rng::new(cfg.seed ^ 0x0068_6173_686b_6579)))
        }
        HashChoice::Identity => HashKind::Identity,
        HashChoice::Collide => HashKind::Collide(0),
    };
    let hint = match ops.first() {
        Some((_, Op::Make(h))) => Some(*h),
        _ => cfg.hint,
    };
    let mut m: GoMap<K, i64> = GoMap::new(cfg.imp, go, hint, hasher, cfg.seed)
        .map_err(|msg| ScriptError { line: 1, msg })?;
    m.set_recording(cfg.events);
    let mut out = String::new();
    if cfg.json {
        let _ = writeln!(
            out,
            "{{\"header\":{{\"go\":\"{go:?}\",\"impl\":\"{}\",\"keytype\":\"{}\",\"simulator\":\"escapade\"}}}}",
            if cfg.imp == Impl::Classic { "classic-hmap" } else { "swiss" },
            match cfg.keys {
                KeyKind::Int => "int64",
                KeyKind::Str => "string",
                KeyKind::Float => "float64",
            }
        );
    }
    for (step, (_, op)) in ops.into_iter().enumerate() {
        let step = step as i64 + 1;
        let seed = m.seed();
        let (name, key): (&str, Option<K>) = match &op {
            Op::Make(_) => ("make", None),
            Op::Put(k, _) => ("put", Some(k.clone())),
            Op::Get(k) => ("get", Some(k.clone())),
            Op::Del(k) => ("del", Some(k.clone())),
            Op::Clear => ("clear", None),
            Op::Iter => ("iter", None),
            Op::Dump => ("dump", None),
        };
        let hash = key.as_ref().map(|k| m.hash_of(k));
        let keyinfo = hash.map(|h| keyinfo_json(&m, h));
        let mut result: Option<String> = None;
        match op {
            Op::Make(_) | Op::Dump => {}
            Op::Put(k, v) => m.put_hashed(k, v.unwrap_or(step), hash.unwrap_or(0)),
            Op::Get(k) => {
                result = Some(match m.get_hashed(&k, hash.unwrap_or(0)) {
                    Some(v) => v.to_string(),
                    None => "\"absent\"".into(),
                })
            }
            Op::Del(k) => m.delete_hashed(&k, hash.unwrap_or(0)),
            Op::Clear => m.clear(),
            Op::Iter => {
                let mut s = String::from("[");
                for (i, (k, _)) in m.iterate().iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    k.write_json(&mut s);
                }
                s.push(']');
                result = Some(s);
            }
        }
        if cfg.json {
            let _ = write!(out, "{{\"step\":{step},\"op\":\"{name}\"");
            if let (Some(k), Some(h)) = (&key, hash) {
                out.push_str(",\"key\":");
                k.write_json(&mut out);
                let _ = write!(out, ",\"seed\":\"{}\",\"hash\":\"{}\"", hex(seed), hex(h));
            }
            if let Some(ki) = &keyinfo {
                let _ = write!(out, ",\"keyinfo\":{ki}");
            }
            if let Some(r) = &result {
                let _ = write!(out, ",\"result\":{r}");
            }
            if m.seed() != seed {
                let _ = write!(out, ",\"seed_after\":\"{}\"", hex(m.seed()));
            }
            let _ = writeln!(out, ",\"len\":{},\"state\":{}}}", m.len(), state_json(&m, true));
            continue;
        }
        let _ = write!(out, "step {step}: {name}");
        if let Some(k) = &key {
            out.push(' ');
            k.write_json(&mut out);
        }
        if let Some(r) = &result {
            let _ = write!(out, " -> {r}");
        }
        out.push('\n');
        if cfg.events {
            for e in m.take_events() {
                let _ = writeln!(out, "{e}");
            }
        } else {
            out.push_str(&state_text(&m));
        }
    }
    if cfg.events && !cfg.json {
        out.push_str("final state:\n");
        out.push_str(&state_text(&m));
    }
    Ok(out)
}
