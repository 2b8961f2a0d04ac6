//! State dumps: the oracle's JSON schema (so states compare mechanically with the real
//! runtime) and a stable, human-readable text form (goldens and the CLI).

use crate::classic::{tophash, Hmap, Loc, BUCKET_CNT, EVACUATED_X, EVACUATED_Y, MIN_TOP_HASH};
use crate::json::write_str;
use crate::key::MapKey;
use crate::map::{GoMap, Inner};
use crate::swiss::{h1, h2, SwissMap, DELETED, EMPTY};
use std::fmt::Write;

/// `0x` + 16 hex digits, as the oracle prints hashes and seeds.
pub fn hex(v: u64) -> String {
    format!("0x{v:016x}")
}

fn ints<T: Copy + Into<u64>>(out: &mut String, xs: &[T]) {
    out.push('[');
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "{}", (*x).into());
    }
    out.push(']');
}

/// The state of `m` in the oracle's JSON schema. `full` = with every bucket / group.
pub fn state_json<K: MapKey, V: Clone>(m: &GoMap<K, V>, full: bool) -> String {
    match &m.inner {
        Inner::Classic(h) => classic_json(h, full),
        Inner::Swiss(s) => swiss_json(s, full),
    }
}

/// Key-derived values the oracle reports with each keyed op (from the state before the op).
pub fn keyinfo_json<K: MapKey, V: Clone>(m: &GoMap<K, V>, hash: u64) -> String {
    match &m.inner {
        Inner::Classic(h) => {
            let mut s = format!(
                "{{\"B\":{},\"bucket\":{},\"tophash\":{}",
                h.b,
                hash & ((1u64 << h.b) - 1),
                tophash(hash)
            );
            if h.growing() {
                let _ = write!(s, ",\"oldbucket\":{}", hash & (h.noldbuckets() as u64 - 1));
            }
            s.push('}');
            s
        }
        Inner::Swiss(sm) => {
            let mut s = String::from("{");
            if !sm.dir.is_empty() {
                let di = sm.directory_index(hash);
                let t = sm.table(sm.dir[di]);
                let _ = write!(s, "\"dir_index\":{di},");
                let _ = write!(s, "\"h1\":\"{}\",\"h2\":{},", hex(h1(hash)), h2(hash));
                let _ =
                    write!(s, "\"probe_start_group\":{}}}", h1(hash) & (t.ngroups() as u64 - 1));
            } else {
                let _ = write!(s, "\"h1\":\"{}\",\"h2\":{}}}", hex(h1(hash)), h2(hash));
            }
            s
        }
    }
}

fn classic_json<K: MapKey, V: Clone>(h: &Hmap<K, V>, full: bool) -> String {
    let mut o = String::with_capacity(256);
    let _ = write!(
        o,
        "{{\"count\":{},\"flags\":{},\"B\":{},\"noverflow\":{},\"hash0\":\"{}\",\"nevacuate\":{},\"growing\":{},\"same_size_grow\":{}",
        h.count,
        h.flags,
        h.b,
        h.noverflow,
        hex(h.hash0 as u64),
        h.nevacuate,
        h.growing(),
        h.same_size_grow()
    );
    if h.variant == crate::classic::ClassicVariant::Go124NoSwiss {
        let _ = write!(o, ",\"clear_seq\":{}", h.clear_seq);
    }
    let nb = if h.buckets.is_some() { 1usize << h.b } else { 0 };
    let nold = if h.growing() { h.noldbuckets() } else { 0 };
    let chains = |id: Option<usize>, n: usize| -> (usize, usize) {
        // (overflow buckets, longest chain)
        let Some(id) = id else { return (0, 0) };
        let arr = h.array(id);
        let mut ovf = 0;
        let mut maxc = 0;
        for i in 0..n {
            let c = arr.chain(i).count();
            ovf += c - 1;
            maxc = maxc.max(c);
        }
        (ovf, maxc)
    };
    let (ovf, maxc) = chains(h.buckets, nb);
    let (oldovf, _) = chains(h.oldbuckets, nold);
    let _ = write!(
        o,
        ",\"buckets_nil\":{},\"nbuckets\":{nb},\"noldbuckets\":{nold},\"overflow_buckets\":{ovf},\"old_overflow_buckets\":{oldovf}",
        h.buckets.is_none()
    );
    if let Some(ex) = &h.extra {
        if let Some(n) = ex.overflow {
            let _ = write!(o, ",\"extra_overflow_len\":{n}");
        }
        if let Some(n) = ex.oldoverflow {
            let _ = write!(o, ",\"extra_oldoverflow_len\":{n}");
        }
        if let Some(id) = h.buckets {
            let arr = h.array(id);
            if let Some(n) = arr.next_overflow {
                let _ = write!(o, ",\"prealloc_next\":{n},\"prealloc_end\":{}", arr.nalloc);
            }
        }
    }
    let old_evac = match h.oldbuckets {
        Some(id) => (0..nold).filter(|&i| h.array(id).b[i].evacuated()).count(),
        None => 0,
    };
    if old_evac > 0 {
        let _ = write!(o, ",\"old_evacuated\":{old_evac}");
    }
    let _ = write!(o, ",\"max_chain\":{maxc}");
    if full {
        for (name, id, n, old) in
            [("buckets", h.buckets, nb, false), ("oldbuckets", h.oldbuckets, nold, true)]
        {
            let Some(id) = id else { continue };
            if n == 0 {
                continue;
            }
            let arr = h.array(id);
            let _ = write!(o, ",\"{name}\":[");
            for i in 0..n {
                if i > 0 {
                    o.push(',');
                }
                let _ = write!(o, "{{\"i\":{i}");
                if old {
                    let _ = write!(o, ",\"evacuated\":{}", arr.b[i].evacuated());
                }
                o.push_str(",\"chain\":[");
                for (d, bi) in arr.chain(i).enumerate() {
                    let b = &arr.b[bi];
                    if d > 0 {
                        o.push(',');
                    }
                    let loc = match arr.loc(bi) {
                        _ if d == 0 => "main".to_string(),
                        Loc::Prealloc(x) => format!("prealloc:{x}"),
                        Loc::Main | Loc::Heap => "heap".to_string(),
                    };
                    let _ = write!(o, "{{\"loc\":\"{loc}\",\"tophash\":");
                    ints(&mut o, &b.tophash);
                    o.push_str(",\"keys\":[");
                    for s in 0..BUCKET_CNT {
                        if s > 0 {
                            o.push(',');
                        }
                        let t = b.tophash[s];
                        let shown =
                            t >= MIN_TOP_HASH || (old && (t == EVACUATED_X || t == EVACUATED_Y));
                        match (&arr.slots[bi][s], shown) {
                            (_, true) if b.zeroed => K::zero().write_json(&mut o),
                            (Some(sl), true) => sl.key.write_json(&mut o),
                            _ => o.push_str("null"),
                        }
                    }
                    o.push_str("]}");
                }
                o.push_str("]}");
            }
            o.push(']');
        }
    }
    let _ = write!(o, ",\"has_extra\":{}}}", h.extra.is_some());
    o
}

fn swiss_json<K: MapKey, V: Clone>(m: &SwissMap<K, V>, full: bool) -> String {
    let mut o = String::with_capacity(256);
    let kind = if !m.dir.is_empty() {
        "table"
    } else if m.small.is_some() {
        "small"
    } else {
        "empty"
    };
    let shift = if m.dir.is_empty() { 0 } else { 64 - m.global_depth as u32 };
    let _ = write!(
        o,
        "{{\"used\":{},\"seed\":\"{}\",\"dir_len\":{},\"global_depth\":{},\"global_shift\":{shift},\"clear_seq\":{},\"tombstone_possible\":{},\"kind\":\"{kind}\"",
        m.used,
        hex(m.seed),
        m.dir.len(),
        m.global_depth,
        m.clear_seq,
        m.tombstone_possible
    );
    let group = |o: &mut String, g: crate::swiss::GroupRef<'_, K, V>| {
        o.push_str("{\"ctrl\":");
        ints(o, g.ctrl);
        o.push_str(",\"keys\":[");
        for s in 0..8 {
            if s > 0 {
                o.push(',');
            }
            match (&g.slots[s], g.ctrl[s] & EMPTY == 0) {
                (Some(sl), true) => sl.key.write_json(o),
                _ => o.push_str("null"),
            }
        }
        o.push_str("]}");
    };
    if m.dir.is_empty() {
        if let Some(g) = &m.small {
            o.push_str(",\"small\":");
            group(&mut o, g.view());
        }
    } else {
        let order = m.table_order();
        o.push_str(",\"directory\":[");
        for (i, t) in m.dir.iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            let _ = write!(o, "{}", order.iter().position(|x| x == t).unwrap_or(usize::MAX));
        }
        o.push_str("],\"tables\":[");
        for (id, &tid) in order.iter().enumerate() {
            let t = m.table(tid);
            if id > 0 {
                o.push(',');
            }
            let tomb: usize =
                t.ctrl.iter().map(|c| c.iter().filter(|&&c| c == DELETED).count()).sum();
            let empty: usize =
                t.ctrl.iter().map(|c| c.iter().filter(|&&c| c == EMPTY).count()).sum();
            let _ = write!(
                o,
                "{{\"id\":{id},\"index\":{},\"local_depth\":{},\"capacity\":{},\"used\":{},\"growth_left\":{},\"tombstones\":{tomb},\"empty\":{empty},\"ngroups\":{}",
                t.index,
                t.local_depth,
                t.capacity,
                t.used,
                t.growth_left,
                t.ngroups()
            );
            if full {
                o.push_str(",\"groups\":[");
                for (gi, g) in t.groups().enumerate() {
                    if gi > 0 {
                        o.push(',');
                    }
                    group(&mut o, g);
                }
                o.push(']');
            }
            o.push('}');
        }
        o.push(']');
    }
    o.push('}');
    o
}

/// A stable text dump of the map: header line, then one line per bucket chain / group.
pub fn state_text<K: MapKey, V: Clone>(m: &GoMap<K, V>) -> String {
    let mut o = String::new();
    let key = |o: &mut String, k: &K| k.write_json(o);
    match &m.inner {
        Inner::Classic(h) => {
            let _ = writeln!(
                o,
                "classic count={} B={} flags={} noverflow={} hash0={} growing={} same_size={} nevacuate={}",
                h.count,
                h.b,
                h.flags,
                h.noverflow,
                hex(h.hash0 as u64),
                h.growing(),
                h.same_size_grow(),
                h.nevacuate
            );
            let nb = if h.buckets.is_some() { 1usize << h.b } else { 0 };
            let nold = if h.growing() { h.noldbuckets() } else { 0 };
            for (label, id, n) in [("b", h.buckets, nb), ("old", h.oldbuckets, nold)] {
                let Some(id) = id else { continue };
                let arr = h.array(id);
                for i in 0..n {
                    let _ = write!(o, "{label}{i}:");
                    for (d, bi) in arr.chain(i).enumerate() {
                        let b = &arr.b[bi];
                        if d > 0 {
                            let _ = write!(
                                o,
                                " ->{}",
                                match arr.loc(bi) {
                                    Loc::Prealloc(x) => format!("(prealloc {x})"),
                                    _ => "(heap)".into(),
                                }
                            );
                        }
                        o.push_str(" [");
                        for s in 0..BUCKET_CNT {
                            if s > 0 {
                                o.push(' ');
                            }
                            let t = b.tophash[s];
                            let _ = write!(o, "{t}");
                            if t >= MIN_TOP_HASH
                                || (label == "old" && (t == EVACUATED_X || t == EVACUATED_Y))
                            {
                                if let (Some(sl), false) = (&arr.slots[bi][s], b.zeroed) {
                                    o.push(':');
                                    key(&mut o, &sl.key);
                                }
                            }
                        }
                        o.push(']');
                    }
                    o.push('\n');
                }
            }
        }
        Inner::Swiss(sm) => {
            let _ = writeln!(
                o,
                "swiss used={} seed={} global_depth={} dir={:?} clear_seq={} tombstone_possible={}",
                sm.used,
                hex(sm.seed),
                sm.global_depth,
                {
                    let ord = sm.table_order();
                    sm.dir
                        .iter()
                        .map(|t| ord.iter().position(|x| x == t).unwrap_or(usize::MAX))
                        .collect::<Vec<_>>()
                },
                sm.clear_seq,
                sm.tombstone_possible
            );
            let group = |o: &mut String, label: &str, g: crate::swiss::GroupRef<'_, K, V>| {
                let _ = write!(o, "{label}:");
                for s in 0..8 {
                    match g.ctrl[s] {
                        EMPTY => o.push_str(" _"),
                        DELETED => o.push_str(" X"),
                        c => {
                            let _ = write!(o, " {c}:");
                            if let Some(sl) = &g.slots[s] {
                                key(o, &sl.key);
                            }
                        }
                    }
                }
                o.push('\n');
            };
            if let Some(g) = &sm.small {
                group(&mut o, "small", g.view());
            }
            for (id, &tid) in sm.table_order().iter().enumerate() {
                let t = sm.table(tid);
                let _ = writeln!(
                    o,
                    "table {id} index={} local_depth={} capacity={} used={} growth_left={} tombstones={}",
                    t.index,
                    t.local_depth,
                    t.capacity,
                    t.used,
                    t.growth_left,
                    t.tombstones()
                );
                for (gi, g) in t.groups().enumerate() {
                    group(&mut o, &format!("  g{gi}"), g);
                }
            }
        }
    }
    o
}

/// Writes a JSON string (re-exported for callers assembling records).
pub fn json_str(out: &mut String, s: &str) {
    write_str(out, s);
}
