//! Replays an oracle dump (JSON lines from `crates/escapade_maps/oracle`) through the
//! simulator with the runtime's own hashes and seeds, and compares every state.

use crate::dump::{hex, keyinfo_json, state_json};
use crate::hash::HashKind;
use crate::json::{self, Value};
use crate::key::MapKey;
use crate::map::{GoMap, GoVersion, Impl, Inner, MapIter};
use std::fmt::Write;

/// What to do while replaying.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReplayOptions {
    /// Produce our records (the CLI prints them).
    pub emit: bool,
    /// Compare our records with the oracle's.
    pub compare: bool,
    /// Keep at most this many difference lines.
    pub max_diffs: usize,
}

impl Default for ReplayOptions {
    fn default() -> Self {
        ReplayOptions { emit: true, compare: true, max_diffs: 50 }
    }
}

/// Result of a replay.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReplayReport {
    /// Implementation and version replayed, e.g. `classic go1.23 int64`.
    pub target: String,
    /// Records compared.
    pub records: usize,
    /// Compared records whose state was a full one (every bucket / group), not a summary.
    pub full_states: usize,
    /// Records with at least one difference.
    pub mismatched: usize,
    /// `iter` records seen.
    pub iters: usize,
    /// `iter` records whose order we reproduced for some start position.
    pub iters_matched: usize,
    /// Difference lines (`step N op: path: ours X vs theirs Y`).
    pub diffs: Vec<String>,
    /// Our records, JSON lines (header first), when `emit` was set.
    pub output: String,
}

/// A problem with the dump itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplayError {
    /// 1-based line number.
    pub line: usize,
    /// What was wrong.
    pub msg: String,
}

/// Replays `text` (an oracle dump).
pub fn replay(text: &str, opts: ReplayOptions) -> Result<ReplayReport, ReplayError> {
    let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty());
    let (hl, first) = lines.next().ok_or(ReplayError { line: 1, msg: "empty dump".into() })?;
    let err = |line: usize, msg: String| ReplayError { line: line + 1, msg };
    let hv = json::parse(first)
        .map_err(|e| err(hl, format!("bad JSON at byte {}: {}", e.pos, e.msg)))?;
    let h = hv.get("header").ok_or_else(|| err(hl, "first line is not a header".into()))?;
    let go = h.get("go").and_then(Value::as_str).unwrap_or("");
    let imp = h.get("impl").and_then(Value::as_str).unwrap_or("");
    let keytype = h.get("keytype").and_then(Value::as_str).unwrap_or("");
    let noswiss = h
        .get("layout")
        .and_then(|l| l.get("hmap"))
        .and_then(Value::as_str)
        .is_some_and(|s| s.contains("noswiss"));
    let version = GoVersion::parse(
        go.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == 'g' || c == 'o'))
            .next()
            .unwrap_or(""),
    )
    .ok_or_else(|| {
        err(hl, format!("unsupported Go version {go:?} (supported: go1.23, go1.24, go1.27)"))
    })?;
    let (imp, version) = match (imp, version, noswiss) {
        ("classic-hmap", GoVersion::Go124, true) | ("classic-hmap", GoVersion::Go123, _) => {
            (Impl::Classic, version)
        }
        ("swiss", GoVersion::Go124 | GoVersion::Go127, _) => (Impl::Swiss, version),
        _ => return Err(err(hl, format!("unsupported implementation {imp:?} for {go}"))),
    };
    let rest: Vec<(usize, &str)> = lines.collect();
    let mut rep = ReplayReport {
        target: format!("{imp:?} {go} {keytype}").to_lowercase(),
        ..Default::default()
    };
    if opts.emit {
        let _ = writeln!(
            rep.output,
            "{{\"header\":{{\"go\":\"{go}\",\"impl\":\"{}\",\"keytype\":\"{keytype}\",\"simulator\":\"escapade\"}}}}",
            if imp == Impl::Classic { "classic-hmap" } else { "swiss" }
        );
    }
    match keytype {
        "int64" => run::<i64>(imp, version, &rest, opts, &mut rep)?,
        "string" => run::<String>(imp, version, &rest, opts, &mut rep)?,
        "float64" => run::<f64>(imp, version, &rest, opts, &mut rep)?,
        "struct{A int64; B int64}" | "[2]int64" => {
            run::<crate::key::IntPair>(imp, version, &rest, opts, &mut rep)?
        }
        "struct{A int64; S string}" => {
            run::<crate::key::IntStr>(imp, version, &rest, opts, &mut rep)?
        }
        "[2]string" => run::<crate::key::StrPair>(imp, version, &rest, opts, &mut rep)?,
        _ => return Err(err(hl, format!("unsupported key type {keytype:?}"))),
    }
    Ok(rep)
}

fn same_key<K: MapKey>(a: &K, b: &K) -> bool {
    a.key_eq(b) || (!a.is_reflexive() && !b.is_reflexive())
}

/// Finds the iteration start draw(s) that reproduce `want`, returning the draws to use.
fn find_iter_start<K: MapKey>(m: &GoMap<K, i64>, want: &[K]) -> Option<(u64, u64)> {
    let matches_with = |mut next: Box<dyn FnMut() -> Option<K> + '_>| -> bool {
        for w in want {
            match next() {
                Some(k) if same_key(&k, w) => {}
                _ => return false,
            }
        }
        next().is_none()
    };
    match &m.inner {
        Inner::Classic(h) => {
            let b = h.b;
            for start in 0..(1u64 << b) {
                for off in 0..8u64 {
                    let r = start | (off << b);
                    let mut it = h.iter_start(r);
                    if matches_with(Box::new(move || h.next_entry(&mut it).map(|(k, _)| k))) {
                        return Some((r, 0));
                    }
                }
            }
            None
        }
        Inner::Swiss(s) => {
            let maxcap = if s.dir.is_empty() {
                8
            } else {
                s.table_order().iter().map(|&t| s.table(t).capacity as u64).max().unwrap_or(8)
            };
            let dl = s.dir.len().max(1) as u64;
            for d in 0..dl {
                for e in 0..maxcap {
                    let mut it = s.iter_start(e, d);
                    if matches_with(Box::new(move || s.next_entry(&mut it).map(|(k, _)| k))) {
                        return Some((e, d));
                    }
                }
            }
            None
        }
    }
}

/// The iteration start draws worth trying: every (start bucket, offset) of the classic map,
/// every (entry offset, directory offset) of the Swiss map.
fn iter_candidates<K: MapKey>(m: &GoMap<K, i64>) -> Vec<(u64, u64)> {
    match &m.inner {
        Inner::Classic(h) => (0..(1u64 << h.b))
            .flat_map(|start| (0..8u64).map(move |off| (start | (off << h.b), 0)))
            .collect(),
        Inner::Swiss(s) => {
            let maxcap = if s.dir.is_empty() {
                8
            } else {
                s.table_order().iter().map(|&t| s.table(t).capacity as u64).max().unwrap_or(8)
            };
            let dl = s.dir.len().max(1) as u64;
            (0..dl).flat_map(|d| (0..maxcap).map(move |e| (e, d))).collect()
        }
    }
}

/// Whether a range loop from `start` yields `first` first (no copy: nothing is written
/// before the first key is yielded).
fn first_key_matches<K: MapKey>(m: &GoMap<K, i64>, start: (u64, u64), first: Option<&K>) -> bool {
    let got = match &m.inner {
        Inner::Classic(h) => {
            let mut it = h.iter_start(start.0);
            h.next_entry(&mut it).map(|(k, _)| k)
        }
        Inner::Swiss(s) => {
            let mut it = s.iter_start(start.0, start.1);
            s.next_entry(&mut it).map(|(k, _)| k)
        }
    };
    match (got, first) {
        (Some(k), Some(w)) => same_key(&k, w),
        (None, None) => true,
        _ => false,
    }
}

/// One write done inside a range loop (`iterw`), after the key at position `after`.
struct IterWrite<K> {
    after: usize,
    put: bool,
    key: K,
    val: i64,
    seed: u64,
    hash: u64,
}

fn parse_iter_writes<K: MapKey>(r: &Value) -> Option<Vec<IterWrite<K>>> {
    let ws = r.get("writes")?.as_arr()?;
    ws.iter()
        .map(|w| {
            Some(IterWrite {
                after: usize::try_from(w.get("after")?.as_i64()?).ok()?,
                put: match w.get("op")?.as_str()? {
                    "put" => true,
                    "del" => false,
                    _ => return None,
                },
                key: K::from_json(w.get("key")?)?,
                val: w.get("val").and_then(Value::as_i64).unwrap_or(0),
                seed: w.get("seed")?.as_hex()?,
                hash: w.get("hash")?.as_hex()?,
            })
        })
        .collect()
}

/// Runs a range loop from `start` on a copy of `m`, doing `writes` between the yielded keys;
/// the copy when the loop yields exactly `want`, else `None`. With `want == None`, any order
/// is accepted (the copy and the keys it yielded).
fn iter_with_writes<K: MapKey>(
    m: &GoMap<K, i64>,
    start: (u64, u64),
    want: Option<&[K]>,
    writes: &[IterWrite<K>],
) -> Option<(GoMap<K, i64>, Vec<K>)> {
    let mut c = m.clone();
    let mut it = match &mut c.inner {
        Inner::Classic(h) => MapIter::Classic(h.iter_init(start.0)),
        Inner::Swiss(s) => MapIter::Swiss(s.iter_init(start.0, start.1)),
    };
    let mut got = Vec::new();
    let mut wi = 0;
    while let Some((k, _)) = c.iter_next(&mut it) {
        if let Some(w) = want {
            if !w.get(got.len()).is_some_and(|x| same_key(&k, x)) {
                return None;
            }
        }
        got.push(k);
        while let Some(w) = writes.get(wi).filter(|w| w.after < got.len()) {
            if w.seed != c.seed() {
                c.set_seed(w.seed);
            }
            if w.put {
                c.put_hashed(w.key.clone(), w.val, w.hash);
            } else {
                c.delete_hashed(&w.key, w.hash);
            }
            wi += 1;
        }
    }
    if want.is_some_and(|w| w.len() != got.len()) {
        return None;
    }
    Some((c, got))
}

fn is_full_state(st: &Value) -> bool {
    if st.get("count").is_some() {
        st.get("buckets").is_some() || st.get("nbuckets").and_then(Value::as_i64) == Some(0)
    } else {
        match st.get("tables").and_then(Value::as_arr) {
            Some(ts) => ts.first().is_none_or(|t| t.get("groups").is_some()),
            None => true,
        }
    }
}

/// Splits a record into its text before `,"state":` and the state's text, when the state is
/// the record's last member (no violations). A string key cannot contain the separator: inside
/// a JSON string every `"` is escaped.
fn split_state(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_end();
    let pos = line.find(",\"state\":")?;
    let st = line.get(pos + 9..line.len() - 1)?;
    (line.ends_with("}}") && st.starts_with('{') && st.ends_with('}')).then(|| (&line[..pos], st))
}

/// [`is_full_state`] on the state's text (the oracle writes every bucket / group or none).
fn is_full_state_text(st: &str) -> bool {
    if st.starts_with("{\"count\":") {
        st.contains(",\"buckets\":[") || st.contains(",\"nbuckets\":0,")
    } else {
        !st.contains("\"tables\":") || st.contains("\"groups\":")
    }
}

/// Whether the runtime's state text equals ours byte for byte once the members the comparison
/// ignores (`addr`: memory addresses) are removed. `false` only means "compare structurally".
fn same_state_text(ours: &str, theirs: &str) -> bool {
    if !theirs.contains("\"addr\":") {
        return ours == theirs;
    }
    let mut rest = theirs;
    let mut o = ours;
    while let Some(p) = rest.find("\"addr\":\"") {
        let Some(q) = rest[p + 8..].find('"') else { return false };
        let mut end = p + 8 + q + 1;
        if rest[end..].starts_with(',') {
            end += 1;
        }
        let Some(tail) = o.strip_prefix(&rest[..p]) else { return false };
        o = tail;
        rest = &rest[end..];
    }
    o == rest
}

fn run<K: MapKey>(
    imp: Impl,
    version: GoVersion,
    recs: &[(usize, &str)],
    opts: ReplayOptions,
    rep: &mut ReplayReport,
) -> Result<(), ReplayError> {
    let mut m: Option<GoMap<K, i64>> = None;
    for &(ln, line) in recs {
        let err = |msg: String| ReplayError { line: ln + 1, msg };
        // Fast path: parse everything but the state, which is compared as text first (a
        // structural comparison only runs when the texts differ).
        let split = if m.is_some() && opts.compare { split_state(line) } else { None };
        let parsed_head = split.and_then(|(head, _)| json::parse(&format!("{head}}}")).ok());
        let (r, their_state) = match parsed_head {
            Some(v) => (v, split.map(|(_, st)| st)),
            None => (
                json::parse(line)
                    .map_err(|e| err(format!("bad JSON at byte {}: {}", e.pos, e.msg)))?,
                None,
            ),
        };
        let step = r
            .get("step")
            .and_then(Value::as_i64)
            .ok_or_else(|| err("record without step".into()))?;
        let op = r
            .get("op")
            .and_then(Value::as_str)
            .ok_or_else(|| err("record without op".into()))?
            .to_string();
        let seed = r.get("seed").and_then(Value::as_hex);
        let mut diffs: Vec<String> = Vec::new();
        if m.is_none() {
            let hint = if op == "make" {
                r.get("arg").and_then(Value::as_i64).filter(|&h| h >= 0)
            } else {
                None
            };
            let mut nm =
                GoMap::new(imp, version, hint.map(|h| h as usize), HashKind::Identity, step as u64)
                    .map_err(err)?;
            // Ops without a key carry no seed; the state printed after them does.
            let st = r.get("state");
            let st_seed =
                st.and_then(|s| s.get("hash0").or_else(|| s.get("seed"))).and_then(Value::as_hex);
            if let Some(s) = seed.or(st_seed) {
                nm.set_seed(s);
            }
            m = Some(nm);
        }
        let Some(map) = m.as_mut() else { continue };
        let key = match r.get("key") {
            Some(kv) => Some(
                K::from_json(kv)
                    .ok_or_else(|| err(format!("bad key for this key type: {kv:?}")))?,
            ),
            None => None,
        };
        if let Some(s) = seed {
            if s != map.seed() {
                diffs.push(format!(
                    "seed before op: ours {} vs theirs {}",
                    hex(map.seed()),
                    hex(s)
                ));
                map.set_seed(s);
            }
        }
        let hash = match (r.get("hash").and_then(Value::as_hex), &key) {
            (Some(h), _) => Some(h),
            (None, Some(k)) => Some(map.hash_of(k)),
            (None, None) => None,
        };
        let keyinfo = match (hash, &key) {
            (Some(h), Some(_)) => Some(keyinfo_json(map, h)),
            _ => None,
        };
        let before = map.seed();
        let mut result: Option<String> = None;
        match op.as_str() {
            "make" | "dump" => {}
            "put" => {
                let v = r.get("arg").and_then(Value::as_i64).unwrap_or(step);
                if let (Some(k), Some(h)) = (key.clone(), hash) {
                    map.put_hashed(k, v, h);
                }
            }
            "del" => {
                if let (Some(k), Some(h)) = (&key, hash) {
                    map.delete_hashed(k, h);
                }
            }
            "get" => {
                if let (Some(k), Some(h)) = (&key, hash) {
                    result = Some(match map.get_hashed(k, h) {
                        Some(v) => v.to_string(),
                        None => "\"absent\"".into(),
                    });
                }
            }
            "clear" => map.clear(),
            "iter" => {
                rep.iters += 1;
                let want: Vec<K> = match r.get("result").and_then(Value::as_arr) {
                    Some(a) => a.iter().filter_map(K::from_json).collect(),
                    None => Vec::new(),
                };
                let order = match find_iter_start(map, &want) {
                    Some((a, b)) => {
                        rep.iters_matched += 1;
                        iterate_with(map, a, b)
                    }
                    None => iterate_with(map, 0, 0),
                };
                let mut s = String::from("[");
                for (i, (k, _)) in order.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    k.write_json(&mut s);
                }
                s.push(']');
                result = Some(s);
            }
            "iterw" => {
                rep.iters += 1;
                let want: Vec<K> = match r.get("result").and_then(Value::as_arr) {
                    Some(a) => a.iter().filter_map(K::from_json).collect(),
                    None => Vec::new(),
                };
                // No writes member: the loop yielded nothing, so none ran.
                let writes = match r.get("writes") {
                    None => Vec::new(),
                    Some(_) => parse_iter_writes::<K>(&r)
                        .ok_or_else(|| err("iterw record with malformed writes".into()))?,
                };
                let search = |cands: Vec<(u64, u64)>| {
                    cands
                        .into_iter()
                        .filter(|&st| first_key_matches(map, st, want.first()))
                        .find_map(|st| iter_with_writes(map, st, Some(&want), &writes))
                };
                // A Swiss table or directory that grows inside the loop makes higher bits of
                // the start draws matter: then try the start range of the grown map.
                let found = search(iter_candidates(map)).or_else(|| {
                    let (grown, _) = iter_with_writes(map, (0, 0), None, &writes)?;
                    search(iter_candidates(&grown))
                });
                let (next, order) = match found {
                    Some(x) => {
                        rep.iters_matched += 1;
                        x
                    }
                    None => iter_with_writes(map, (0, 0), None, &writes)
                        .ok_or_else(|| err("internal: unconstrained iteration failed".into()))?,
                };
                *map = next;
                let mut s = String::from("[");
                for (i, k) in order.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    k.write_json(&mut s);
                }
                s.push(']');
                result = Some(s);
            }
            other => return Err(err(format!("unknown op {other:?}"))),
        }
        let ours_reseeded = map.seed() != before;
        let theirs_after = r.get("seed_after").and_then(Value::as_hex);
        if ours_reseeded != theirs_after.is_some() {
            diffs
                .push(format!("reseed: ours {ours_reseeded} vs theirs {}", theirs_after.is_some()));
        }
        if let Some(s) = theirs_after {
            map.set_seed(s);
        }
        let full = match their_state {
            Some(t) => is_full_state_text(t),
            None => r.get("state").is_none_or(is_full_state),
        };
        let mut rec = format!("{{\"step\":{step},\"op\":\"{op}\"");
        if let Some(a) = r.get("arg") {
            rec.push_str(",\"arg\":");
            json::write_value(&mut rec, a);
        }
        if let Some(k) = &key {
            rec.push_str(",\"key\":");
            k.write_json(&mut rec);
        }
        if key.is_some() {
            let _ = write!(rec, ",\"seed\":\"{}\"", hex(before));
        }
        if let (Some(h), Some(_)) = (hash, &key) {
            let _ = write!(rec, ",\"hash\":\"{}\"", hex(h));
        }
        if let Some(ki) = &keyinfo {
            let _ = write!(rec, ",\"keyinfo\":{ki}");
        }
        if let Some(res) = &result {
            let _ = write!(rec, ",\"result\":{res}");
        }
        if ours_reseeded {
            let _ = write!(rec, ",\"seed_after\":\"{}\"", hex(map.seed()));
        }
        let st = state_json(map, full);
        let _ = write!(rec, ",\"len\":{}", map.len());
        if opts.compare {
            rep.records += 1;
            rep.full_states += usize::from(full);
            let ours = json::parse(&format!("{rec},\"state\":{{}}}}"))
                .map_err(|e| err(format!("internal: our record is not JSON ({})", e.msg)))?;
            let ours_state = |st: &str| {
                json::parse(st)
                    .map_err(|e| err(format!("internal: our state is not JSON ({})", e.msg)))
            };
            for f in ["len", "keyinfo", "result", "state"] {
                if f == "state" {
                    let theirs = match their_state {
                        Some(t) if same_state_text(&st, t) => continue,
                        Some(t) => Some(json::parse(t).map_err(|e| {
                            err(format!("bad JSON in state at byte {}: {}", e.pos, e.msg))
                        })?),
                        None => r.get("state").cloned(),
                    };
                    match theirs {
                        Some(b) => json::diff(
                            &ours_state(&st)?,
                            &b,
                            f,
                            &["addr", "hashes"],
                            &[],
                            &mut diffs,
                            20,
                        ),
                        None => diffs.push(format!("{f}: ours true vs theirs false")),
                    }
                    continue;
                }
                match (ours.get(f), r.get(f)) {
                    (Some(a), Some(b)) => {
                        json::diff(a, b, f, &["addr", "hashes"], &[], &mut diffs, 20)
                    }
                    (None, None) => {}
                    (Some(_), None)
                        if f == "keyinfo" && key.as_ref().is_some_and(|k| !k.is_reflexive()) => {}
                    (a, b) => {
                        diffs.push(format!("{f}: ours {} vs theirs {}", a.is_some(), b.is_some()))
                    }
                }
            }
            if !diffs.is_empty() {
                rep.mismatched += 1;
                for d in diffs {
                    if rep.diffs.len() < opts.max_diffs {
                        rep.diffs.push(format!("line {} step {step} {op}: {d}", ln + 1));
                    }
                }
            }
        }
        if opts.emit {
            rep.output.push_str(&rec);
            let _ = writeln!(rep.output, ",\"state\":{st}}}");
        }
    }
    Ok(())
}

fn iterate_with<K: MapKey>(m: &mut GoMap<K, i64>, a: u64, b: u64) -> Vec<(K, i64)> {
    match &mut m.inner {
        Inner::Classic(h) => h.iterate(a),
        Inner::Swiss(s) => s.iterate(a, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_text_split_and_fast_comparison() {
        let line = r#"{"step":3,"op":"put","key":"a,\"state\":x","len":1,"state":{"used":1,"tables":[{"id":0,"addr":"0xc000","index":0}]}}"#;
        let (head, st) = split_state(line).expect("state is last");
        assert!(head.ends_with(r#""len":1"#), "{head}");
        assert_eq!(st, r#"{"used":1,"tables":[{"id":0,"addr":"0xc000","index":0}]}"#);
        // addr is ignored, anything else must be byte-identical.
        assert!(same_state_text(r#"{"used":1,"tables":[{"id":0,"index":0}]}"#, st));
        assert!(!same_state_text(r#"{"used":1,"tables":[{"id":0,"index":1}]}"#, st));
        assert!(!same_state_text(r#"{"used":1,"tables":[{"id":0}]}"#, st));
        assert!(!same_state_text("", st));
        // Violations after the state, or no state: no fast path.
        assert!(
            split_state(r#"{"step":1,"len":0,"state":{"used":0},"violations":["x"]}"#).is_none()
        );
        assert!(split_state(r#"{"step":1,"len":0}"#).is_none());
        assert!(is_full_state_text(r#"{"count":0,"B":0,"nbuckets":0,"x":1}"#));
        assert!(!is_full_state_text(r#"{"count":9,"B":1,"nbuckets":2,"x":1}"#));
        assert!(is_full_state_text(r#"{"count":1,"nbuckets":1,"buckets":[]}"#));
        assert!(!is_full_state_text(r#"{"used":9,"tables":[{"id":0}]}"#));
        assert!(is_full_state_text(r#"{"used":9,"tables":[{"id":0,"groups":[]}]}"#));
    }
}
