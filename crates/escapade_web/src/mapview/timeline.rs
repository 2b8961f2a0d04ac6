//! One map's operations as a timeline of micro-steps, with the runtime state at every step.
//!
//! The interpreter traces each map operation with the simulator's events as text
//! ([`escapade_analysis::interp::MapOp`]) but no state. The timeline keeps each operation
//! compactly ([`OpRec`]: the recorded hash and seeds as numbers and a 64-bit fingerprint per
//! event text, not the texts: 100,000 operations would otherwise hold millions of strings), and
//! rebuilds the state by replaying the operations into an `escapade_maps::GoMap` with the
//! *recorded* hashes and seeds, checking that the replay prints exactly the recorded events
//! (same fingerprints), operation by operation. Texts shown are the replayed typed events'
//! (rendered when a frame is drawn). The
//! initial size hint of `make(map[K]V, hint)` is not traced, so the replay tries the hints that
//! give each distinct initial layout and keeps the first whose events all match. If none does,
//! the state is shown only up to the first divergence (and the pane says so): no frame shows a
//! state the interpreter's own map did not have.

use std::cell::RefCell;

use escapade_analysis::interp::{GoVersion, Impl, MapOp};
use escapade_analysis::maps::events::Event;
use escapade_analysis::maps::{GoMap, GoValue, HashKind};
use escapade_analysis::Span;

/// The replayed map: keys as the interpreter's key values, elements as their printed text,
/// shared with the op that wrote them (copying a state copies no text).
pub type SimMap = GoMap<GoValue, std::rc::Rc<str>>;

/// One traced operation, compact: the event texts are reduced to fingerprints and the numbers
/// the replay needs.
#[derive(Clone, Debug, PartialEq)]
pub struct OpRec {
    pub op: &'static str,
    pub key: Box<str>,
    pub value: std::rc::Rc<str>,
    pub span: Span,
    /// Hash and seed of the op's first `hash` event.
    hash: Option<(u64, u64)>,
    /// The seed of its last `new seed` event (the map was emptied and redrawn its seed).
    reseed: Option<u64>,
    /// [`fingerprint`] of each recorded event text.
    events: Box<[u64]>,
}

impl OpRec {
    pub fn from_trace(op: MapOp) -> OpRec {
        OpRec {
            op: op.op,
            hash: recorded_hash(&op.events),
            reseed: recorded_reseeds(&op.events).last().copied(),
            events: op.events.iter().map(|e| fingerprint(e)).collect(),
            key: op.key.into_boxed_str(),
            value: op.value.into(),
            span: op.span,
        }
    }

    /// How many micro-steps (events) the trace recorded.
    pub fn steps(&self) -> usize {
        self.events.len()
    }
}

/// FNV-1a (64-bit) of an event's text; every `new seed` event counts as the same (its seed
/// comes from the interpreter's random source, which the replay does not share).
fn fingerprint(e: &str) -> u64 {
    let text = if is_reseed(e) { "new seed" } else { e };
    text.bytes()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3))
}

/// A frame: operation `op`, micro-step `step` (index into its events; 0 when it has none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    pub op: usize,
    pub step: usize,
}

/// Ops between two stored snapshots (at least; grows for long traces to bound memory).
const MIN_CHECKPOINT_EVERY: usize = 32;
/// Snapshots are whole maps: their number is also bounded so that (taking the map's size as
/// at most the number of `put`s, and snapshots as half of that on average) they hold about
/// this many entries in all. 100,000 inserts get 16 snapshots (a seek replays ≤ 6,250 ops).
const CHECKPOINT_ENTRIES: usize = 800_000;
/// Fewest snapshots however big the map.
const MIN_CHECKPOINTS: usize = 4;
/// Events of this many recent ops are kept (the view derives rows across skipped ops).
const RECENT_OPS: usize = 32;
/// At most this many stored snapshots.
const MAX_CHECKPOINTS: usize = 64;

pub struct Timeline {
    pub ops: std::rc::Rc<Vec<OpRec>>,
    /// Number of frames (each op has `max(1, events)` frames).
    frames: usize,
    /// First frame of each op.
    pub op_first_frame: Vec<usize>,
    /// The hint the replay settled on (None: `make` without hint or one that allocates nothing).
    pub hint: Option<usize>,
    /// Ops `0..verified` replay with exactly the recorded events; past it the state is unknown.
    pub verified: usize,
    /// Why the replay stopped matching, if it did.
    pub divergence: Option<String>,
    /// The replayed events of each verified op (typed, for highlights and narration).
    checkpoint_every: usize,
    /// `checkpoints[i]` = state before op `i * checkpoint_every`.
    checkpoints: Vec<SimMap>,
    /// The last state built: (ops applied, map, typed events of the last applied op).
    cursor: RefCell<Option<(usize, SimMap, Vec<Event>)>>,
    /// The states last shown (ops applied, state): the state after op k is the state before
    /// op k + 1, and is derived from the one before it by applying one op (one map copy per
    /// op while playing, none between the frames of one op).
    states: RefCell<Vec<Shared>>,
    pair: RefCell<Option<(usize, std::rc::Rc<OpStates>)>>,
    /// The typed events of the ops whose states were last derived (op, events).
    recent: RefCell<Vec<(usize, std::rc::Rc<Vec<Event>>)>>,
    /// The drawn rows of the last states shown (the view keeps them between frames).
    pub(crate) rows_cache: RefCell<Vec<std::rc::Rc<super::view::StateRows>>>,
    /// The drawn groups of the last Swiss states shown.
    pub(crate) groups_cache: RefCell<Vec<std::rc::Rc<super::view::StateGroups>>>,
}

/// A state shared by the frames that show it: (ops applied, the map, the typed events of the
/// last applied op).
type Shared = (usize, std::rc::Rc<SimMap>, std::rc::Rc<Vec<Event>>);

/// One op's states and events.
pub struct OpStates {
    pub before: std::rc::Rc<SimMap>,
    pub after: std::rc::Rc<SimMap>,
    pub events: std::rc::Rc<Vec<Event>>,
}

impl std::fmt::Debug for Timeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Timeline")
            .field("ops", &self.ops.len())
            .field("frames", &self.frames)
            .field("hint", &self.hint)
            .field("verified", &self.verified)
            .finish()
    }
}

impl PartialEq for Timeline {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Hash and seed of an op's first `hash` event.
fn recorded_hash(events: &[String]) -> Option<(u64, u64)> {
    events.iter().find_map(|e| {
        let rest = e.trim_start().strip_prefix("hash 0x")?;
        let (hash, rest) = rest.split_once(' ')?;
        let seed = rest.strip_prefix("(seed 0x")?.strip_suffix(')')?;
        Some((u64::from_str_radix(hash, 16).ok()?, u64::from_str_radix(seed, 16).ok()?))
    })
}

/// The seeds of an op's `new seed` events.
fn recorded_reseeds(events: &[String]) -> Vec<u64> {
    events
        .iter()
        .filter_map(|e| u64::from_str_radix(e.trim_start().strip_prefix("new seed 0x")?, 16).ok())
        .collect()
}

/// The interpreter's key text back as a key value. Only equality between keys of one map
/// matters here (hashes are replayed), and the fast-path choice (ints and strings).
pub fn key_value(text: &str) -> GoValue {
    if let Ok(i) = text.parse::<i64>() {
        return GoValue::Int(i);
    }
    if let Ok(u) = text.parse::<u64>() {
        return GoValue::Uint(u);
    }
    match text {
        "true" => return GoValue::Bool(true),
        "false" => return GoValue::Bool(false),
        _ => {}
    }
    let floaty = text.contains(['.', 'e', 'E']) || matches!(text, "NaN" | "+Inf" | "-Inf");
    if floaty && !text.starts_with('"') {
        if let Ok(f) = text.trim_start_matches('+').parse::<f64>() {
            return GoValue::Float(f);
        }
        if text == "NaN" {
            return GoValue::Float(f64::NAN);
        }
    }
    match text.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(inner) => GoValue::Str(unescape(inner)),
        None => GoValue::Str(text.to_string()),
    }
}

/// Undoes the escaping of a quoted key (`\"`, `\\`, `\n`, `\t`, `\r`, `\0`, `\u{…}`).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('0') => out.push('\0'),
            Some('u') => {
                let hex: String = it.by_ref().skip(1).take_while(|&c| c != '}').collect();
                if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(c);
                }
            }
            Some(c) => out.push(c),
            None => out.push('\\'),
        }
    }
    out
}

fn is_reseed(e: &str) -> bool {
    e.trim_start().starts_with("new seed 0x")
}

/// Ops that change nothing and are not replayed (`range` steps).
fn replayed(op: &OpRec) -> bool {
    matches!(op.op, "put" | "get" | "delete" | "clear")
}

/// Applies one op; returns its typed events.
fn apply(m: &mut SimMap, op: &OpRec) -> Vec<Event> {
    if !replayed(op) {
        return Vec::new();
    }
    let (hash, seed) = op.hash.unwrap_or((0, m.seed()));
    if seed != m.seed() {
        m.set_seed(seed);
    }
    let key = key_value(&op.key);
    match op.op {
        "put" => m.put_hashed(key, op.value.clone(), hash),
        "get" => {
            let _ = m.get_hashed(&key, hash);
        }
        "delete" => m.delete_hashed(&key, hash),
        _ => m.clear(),
    }
    let events = m.take_events();
    // A redrawn seed comes from the interpreter's random source, not ours.
    if let Some(s) = op.reseed {
        m.set_seed(s);
    }
    events
}

/// Whether the replayed events print as the recorded ones (seeds of reseeds aside).
fn same_events(got: &[Event], want: &[u64]) -> Result<(), String> {
    for (i, &w) in want.iter().enumerate() {
        let g = got.get(i).map(|e| e.to_string());
        match g {
            Some(g) if fingerprint(&g) == w => {}
            Some(g) => {
                return Err(format!("step {}: the replay's {g:?} is not the traced event", i + 1))
            }
            None => return Err(format!("step {}: the replay has no such step", i + 1)),
        }
    }
    if got.len() > want.len() {
        return Err(format!("replay has {} extra steps", got.len() - want.len()));
    }
    Ok(())
}

/// A fresh map for replaying `ops`, with the seed the interpreter's map had (the first traced
/// hash's), so frames before the first write show the real `hash0` / seed.
fn new_map(imp: Impl, go: GoVersion, hint: Option<usize>, ops: &[OpRec]) -> Option<SimMap> {
    let mut m = SimMap::new(imp, go, hint, HashKind::Identity, 1).ok()?;
    if let Some((_, seed)) = ops.iter().find_map(|o| o.hash) {
        m.set_seed(seed);
    }
    m.set_recording(true);
    Some(m)
}

/// Largest initial layout tried (2^18 buckets or slots); bigger hinted maps show no state.
const MAX_HINT_LOG2: u32 = 18;

/// Hints giving each distinct initial layout: classic B = 1..=24 (the smallest hint over the
/// load factor of B-1), Swiss table capacities 16.. and directories.
fn candidate_hints(imp: Impl) -> Vec<Option<usize>> {
    let mut v = vec![None];
    match imp {
        Impl::Classic => {
            v.push(Some(9));
            for b in 2..=MAX_HINT_LOG2 {
                v.push(Some(13 * (1usize << (b - 2)) + 1));
            }
        }
        Impl::Swiss => {
            for k in 3..=MAX_HINT_LOG2 {
                // hint*8/7 just over a power of two, and just under the next.
                v.push(Some((1usize << k) * 7 / 8 + 1));
                v.push(Some((1usize << k) + 1));
            }
        }
    }
    v
}

/// Replays `ops` from a fresh map with `hint`; returns how many ops matched and the first
/// mismatch.
fn verify(imp: Impl, go: GoVersion, hint: Option<usize>, ops: &[OpRec]) -> (usize, Option<String>) {
    let Some(mut m) = new_map(imp, go, hint, ops) else {
        return (0, Some("this runtime has no such map".into()));
    };
    for (i, op) in ops.iter().enumerate() {
        if !replayed(op) {
            continue;
        }
        let got = apply(&mut m, op);
        if let Err(e) = same_events(&got, &op.events) {
            return (i, Some(format!("op {} ({} {}): {e}", i + 1, op.op, op.key)));
        }
    }
    (ops.len(), None)
}

impl Timeline {
    /// Builds the timeline of one map's ops (traced with events).
    pub fn build(imp: Impl, go: GoVersion, ops: std::rc::Rc<Vec<OpRec>>) -> Timeline {
        // The hint that replays furthest wins (all of them, ideally).
        let mut best: (Option<usize>, usize, Option<String>) = (None, 0, None);
        for (n, hint) in candidate_hints(imp).into_iter().enumerate() {
            let (ok, err) = verify(imp, go, hint, &ops);
            if n == 0 || ok > best.1 {
                best = (hint, ok, err.clone());
            }
            if err.is_none() {
                break;
            }
        }
        let (hint, verified, divergence) = best;
        let mut frames = 0;
        let mut op_first_frame = Vec::with_capacity(ops.len());
        for op in ops.iter() {
            op_first_frame.push(frames);
            frames += op.steps().max(1);
        }
        let puts = ops.iter().filter(|o| o.op == "put").count().max(1);
        let max_checkpoints =
            (2 * CHECKPOINT_ENTRIES / puts).clamp(MIN_CHECKPOINTS, MAX_CHECKPOINTS);
        let checkpoint_every = MIN_CHECKPOINT_EVERY.max(ops.len().div_ceil(max_checkpoints));
        let mut checkpoints = Vec::new();
        if let Some(mut m) = new_map(imp, go, hint, &ops) {
            for (i, op) in ops.iter().enumerate().take(verified) {
                if i % checkpoint_every == 0 {
                    checkpoints.push(m.clone());
                }
                apply(&mut m, op);
            }
            if verified % checkpoint_every == 0 {
                checkpoints.push(m);
            }
        }
        Timeline {
            ops,
            frames,
            op_first_frame,
            hint,
            verified,
            divergence,
            checkpoint_every,
            checkpoints,
            cursor: RefCell::new(None),
            states: RefCell::new(Vec::new()),
            pair: RefCell::new(None),
            recent: RefCell::new(Vec::new()),
            rows_cache: RefCell::new(Vec::new()),
            groups_cache: RefCell::new(Vec::new()),
        }
    }

    /// The state after the first `n` ops (None past the verified prefix), and the typed events
    /// of op `n - 1`.
    pub fn state_after(&self, n: usize) -> Option<(SimMap, Vec<Event>)> {
        if n > self.verified {
            return None;
        }
        let mut cur = self.cursor.borrow_mut();
        let reuse =
            matches!(&*cur, Some((done, _, _)) if *done <= n && n - *done <= self.checkpoint_every);
        if !reuse {
            let start = n.saturating_sub(1) / self.checkpoint_every;
            let start = start.min(self.checkpoints.len().saturating_sub(1));
            let m = self.checkpoints.get(start)?.clone();
            *cur = Some((start * self.checkpoint_every, m, Vec::new()));
        }
        let (done, m, last) = cur.as_mut()?;
        while *done < n {
            *last = apply(m, &self.ops[*done]);
            *done += 1;
        }
        Some((m.clone(), last.clone()))
    }

    /// The state after the first `n` ops, from the states last shown when it is one of them
    /// or follows one of them, else from the cursor. The two last are kept.
    fn shared_state(&self, n: usize) -> Option<Shared> {
        if n > self.verified {
            return None;
        }
        let mut states = self.states.borrow_mut();
        if let Some(s) = states.iter().find(|s| s.0 == n) {
            return Some(s.clone());
        }
        let prev = states.iter().find(|s| s.0 + 1 == n).map(|s| s.1.clone());
        let (m, events) = match prev {
            Some(p) => {
                let mut m = (*p).clone();
                let events = apply(&mut m, &self.ops[n - 1]);
                (m, events)
            }
            None => self.state_after(n)?,
        };
        let s: Shared = (n, std::rc::Rc::new(m), std::rc::Rc::new(events));
        states.push(s.clone());
        if states.len() > 2 {
            states.remove(0);
        }
        if let Some(op) = n.checked_sub(1) {
            let mut recent = self.recent.borrow_mut();
            if !recent.iter().any(|r| r.0 == op) {
                recent.push((op, s.2.clone()));
                if recent.len() > RECENT_OPS {
                    recent.remove(0);
                }
            }
        }
        Some(s)
    }

    /// The typed events of op `op` if its state was derived lately.
    pub(crate) fn recent_events(&self, op: usize) -> Option<std::rc::Rc<Vec<Event>>> {
        self.recent.borrow().iter().find(|r| r.0 == op).map(|r| r.1.clone())
    }

    /// The states before and after op `op` and its typed events (None past the verified
    /// prefix). The last answer is cached: the frames of one op share it.
    pub fn op_states(&self, op: usize) -> Option<std::rc::Rc<OpStates>> {
        if let Some((i, s)) = &*self.pair.borrow() {
            if *i == op {
                return Some(s.clone());
            }
        }
        if op >= self.verified {
            return None;
        }
        let (_, before, _) = self.shared_state(op)?;
        let (_, after, events) = self.shared_state(op + 1)?;
        let s = std::rc::Rc::new(OpStates { before, after, events });
        *self.pair.borrow_mut() = Some((op, s.clone()));
        Some(s)
    }

    /// Number of frames.
    pub fn len(&self) -> usize {
        self.frames
    }

    /// Frame `i` clamped into range.
    pub fn frame(&self, i: usize) -> Frame {
        let i = i.min(self.frames.saturating_sub(1));
        let op = self.op_first_frame.partition_point(|&f| f <= i).saturating_sub(1);
        let first = self.op_first_frame.get(op).copied().unwrap_or(0);
        Frame { op, step: i - first }
    }
}

/// Whether an event changes the map (from it on, a frame shows the state after the op).
pub fn mutates(e: &Event) -> bool {
    !matches!(
        e,
        Event::Op { .. }
            | Event::Hash { .. }
            | Event::BucketSelect { .. }
            | Event::TophashCompare { .. }
            | Event::DirSelect { .. }
            | Event::Probe { .. }
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use escapade_analysis::interp::Options;

    pub(crate) fn trace(src: &str, imp: Impl, go: GoVersion) -> Vec<OpRec> {
        let opts =
            Options { imp, go, seed: 7, trace: true, record_events: true, ..Default::default() };
        let r = escapade_analysis::run_program(src, &opts);
        r.output.map_ops.into_iter().map(OpRec::from_trace).collect()
    }

    const GROW: &str = "package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 100; i++ {\n\t\tm[i] = i * i\n\t}\n\t_ = m[5]\n\tdelete(m, 7)\n}\n";

    #[test]
    fn classic_replay_matches_every_traced_event() {
        let ops = trace(GROW, Impl::Classic, GoVersion::Go123);
        assert_eq!(ops.len(), 102);
        let t = Timeline::build(Impl::Classic, GoVersion::Go123, ops.into());
        assert_eq!(t.divergence, None);
        assert_eq!(t.verified, 102);
        assert_eq!(t.hint, None);
        let (m, _) = t.state_after(102).unwrap();
        assert_eq!(m.len(), 99);
        // Before the first op the map already has the traced seed.
        let (m0, _) = t.state_after(0).unwrap();
        assert_eq!(Some(m0.seed()), t.ops[0].hash.map(|h| h.1));
        // Random access agrees with sequential access.
        let (a, _) = t.state_after(40).unwrap();
        let (_b, _) = t.state_after(90).unwrap();
        let (c, _) = t.state_after(40).unwrap();
        assert_eq!(a.len(), c.len());
        assert_eq!(a.len(), 40);
    }

    /// The states shared between frames (derived from the previous op's) equal the states
    /// replayed from the snapshots, in any visiting order, and the typed events too.
    #[test]
    fn shared_op_states_equal_replayed_states() {
        use escapade_analysis::maps::dump::state_text;
        for (imp, go) in [(Impl::Classic, GoVersion::Go123), (Impl::Swiss, GoVersion::Go127)] {
            let ops: std::rc::Rc<Vec<OpRec>> = trace(GROW, imp, go).into();
            let t = Timeline::build(imp, go, ops.clone());
            let order = (0..t.verified).chain((0..t.verified).rev()).chain([50, 3, 51, 49, 99]);
            for op in order {
                let s = t.op_states(op).unwrap();
                let fresh = Timeline::build(imp, go, ops.clone());
                let (before, _) = fresh.state_after(op).unwrap();
                let (after, events) = fresh.state_after(op + 1).unwrap();
                assert_eq!(state_text(&s.before), state_text(&before), "before op {op}");
                assert_eq!(state_text(&s.after), state_text(&after), "after op {op}");
                assert_eq!(*s.events, events, "events of op {op}");
            }
        }
    }

    #[test]
    fn swiss_replay_and_hinted_make() {
        let src = "package main\n\nfunc main() {\n\tm := make(map[string]int, 100)\n\tfor _, k := range []string{\"a\", \"b\", \"c\"} {\n\t\tm[k] = len(k)\n\t}\n}\n";
        let ops = trace(src, Impl::Swiss, GoVersion::Go127);
        assert_eq!(ops.len(), 3);
        let t = Timeline::build(Impl::Swiss, GoVersion::Go127, ops.into());
        assert_eq!(t.divergence, None, "{t:?}");
        assert!(t.hint.is_some());
        let ops = trace(GROW, Impl::Swiss, GoVersion::Go127);
        let t = Timeline::build(Impl::Swiss, GoVersion::Go127, ops.into());
        assert_eq!(t.divergence, None);
        assert_eq!(t.len(), t.ops.iter().map(|o| o.steps().max(1)).sum::<usize>());
        // Frames map back to (op, step) in order.
        let mut prev = Frame { op: 0, step: 0 };
        for i in 1..t.len() {
            let f = t.frame(i);
            assert!(
                (f.op == prev.op && f.step == prev.step + 1)
                    || (f.op == prev.op + 1 && f.step == 0),
                "{prev:?} → {f:?}"
            );
            prev = f;
        }
        assert_eq!(t.frame(usize::MAX), prev);
    }

    /// A trace the replay does not reproduce is caught at the first differing event: the
    /// state is shown only before it.
    #[test]
    fn a_diverging_trace_stops_the_state_at_the_divergence() {
        let mut ops = trace(GROW, Impl::Classic, GoVersion::Go123);
        let i = 30;
        let mut events = ops[i].events.to_vec();
        events[1] ^= 1;
        ops[i].events = events.into();
        let t = Timeline::build(Impl::Classic, GoVersion::Go123, ops.into());
        assert_eq!(t.verified, i);
        assert!(
            t.divergence.as_deref().is_some_and(|d| d.starts_with("op 31 (put 30): step 2")),
            "{:?}",
            t.divergence
        );
        assert!(t.state_after(i).is_some());
        assert!(t.state_after(i + 1).is_none());
        assert!(t.op_states(i).is_none());
    }

    #[test]
    fn keys_parse_back() {
        assert!(matches!(key_value("17"), GoValue::Int(17)));
        assert!(matches!(key_value("true"), GoValue::Bool(true)));
        assert!(matches!(key_value("1.5"), GoValue::Float(_)));
        assert!(matches!(key_value("abc"), GoValue::Str(_)));
        assert!(matches!(key_value("\"a\\\"b\\n\""), GoValue::Str(s) if s == "a\"b\n"));
        assert!(
            recorded_hash(&["  hash 0x00000000000000ff (seed 0x0000000000000001)".into()])
                == Some((255, 1))
        );
    }
}
