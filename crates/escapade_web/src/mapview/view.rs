//! What the Map pane draws for one frame, as plain data (tested natively): the classic hmap
//! (header, bucket rows with overflow chains, old buckets during growth) or the Swiss map
//! (directory, tables, groups of control bytes), the cells the current micro-step touches, and
//! a sentence narrating it. Large maps are summarised: at most [`MAX_ROWS`] buckets or groups
//! are drawn and the pane says what was left out.

use std::rc::Rc;

use escapade_analysis::maps::classic::{self, Hmap, Loc};
use escapade_analysis::maps::events::{Event, OverflowSource};
use escapade_analysis::maps::map::Inner;
use escapade_analysis::maps::swiss::{self, SwissMap};
use escapade_analysis::maps::GoValue;

use super::timeline::{mutates, Frame, OpRec, SimMap, Timeline};

/// Most bucket rows (classic) or groups (Swiss) drawn per array or table set.
pub const MAX_ROWS: usize = 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mark {
    #[default]
    None,
    /// Examined by the current op before this step (probe sequence, compared slots).
    Probed,
    /// Touched by the current micro-step.
    Current,
}

/// A motion the current micro-step starts (none under reduced motion: the CSS drops it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Motion {
    #[default]
    None,
    /// Evacuation: the key leaves this old slot for the X (lower) or Y (upper) half.
    Leave { to_y: bool },
    /// Evacuation: the key arrives in this slot of the X or Y half.
    Arrive { to_y: bool },
}

// `Eq` lets `Rc<BucketRow>` compare by pointer first: unchanged rows cost nothing to diff.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Cell {
    /// Tophash (classic) or control byte (Swiss), as shown.
    pub tag: String,
    /// Empty, deleted, evacuated...: the tag is a marker, not a hash byte.
    pub marker: bool,
    pub key: Option<String>,
    pub value: Option<String>,
    pub mark: Mark,
    pub motion: Motion,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bucket {
    /// `main`, `prealloc` or `heap`.
    pub loc: &'static str,
    pub cells: Vec<Cell>,
    pub mark: Mark,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BucketRow {
    pub index: usize,
    /// The bucket, then its overflow chain.
    pub chain: Vec<Bucket>,
    pub evacuated: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: &'static str,
    pub value: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassicView {
    pub header: Vec<Field>,
    /// count / 2^B against the 6.5 threshold.
    pub load: f64,
    pub rows: Vec<Rc<BucketRow>>,
    pub old_rows: Option<Vec<Rc<BucketRow>>>,
    pub elided: Option<String>,
    /// The current step evacuates a key (to the Y half?): one cell is [`Motion::Leave`], one
    /// [`Motion::Arrive`].
    pub evac: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupView {
    pub index: usize,
    pub cells: Vec<Cell>,
    pub mark: Mark,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableView {
    /// Position in directory order (the id the events use).
    pub id: usize,
    pub header: Vec<Field>,
    pub groups: Vec<Rc<GroupView>>,
    pub mark: Mark,
    /// The current micro-step created this table: `grow` (rehashed into twice the capacity)
    /// or `split` (one half of a split table).
    pub born: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SwissView {
    pub header: Vec<Field>,
    /// Runs of directory slots pointing at one table: (first slot, count, table id).
    pub directory: Vec<(usize, usize, usize)>,
    pub small: Option<Rc<GroupView>>,
    pub tables: Vec<TableView>,
    pub elided: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Layout {
    Classic(ClassicView),
    Swiss(SwissView),
    /// The replay did not reproduce the trace this far: no state is shown.
    Unknown(String),
}

/// The current key's 64-bit hash and the bits the runtime uses: classic, the low B bits pick
/// the bucket and the top 8 bits are the tophash; Swiss, the low 7 bits are H2 (the control
/// byte), the rest H1 (the probe start), and the top global-depth bits pick the directory slot.
#[derive(Clone, Debug, PartialEq)]
pub struct HashBits {
    pub hash: u64,
    /// Number of low bits used (classic B, Swiss 7).
    pub low: u32,
    pub low_label: String,
    /// Number of top bits used (classic 8, Swiss the global depth).
    pub top: u32,
    pub top_label: String,
}

impl HashBits {
    /// The 64 bits, most significant first, split into (top, middle, low) strings.
    pub fn parts(&self) -> (String, String, String) {
        let bits = format!("{:064b}", self.hash);
        let top = self.top.min(64) as usize;
        let low = (self.low as usize).min(64 - top);
        (bits[..top].to_string(), bits[top..64 - low].to_string(), bits[64 - low..].to_string())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FrameView {
    pub frame: usize,
    pub frames: usize,
    pub op: usize,
    pub ops: usize,
    /// `m[17] = "v"`, `delete(m, 3)`...
    pub title: String,
    /// The micro-step as the simulator prints it.
    pub event: String,
    pub narration: String,
    pub layout: Layout,
    /// The current key's hash bits (once the step has computed the hash).
    pub hash: Option<HashBits>,
    /// 1-based source line of the operation.
    pub line: u32,
    pub span: (usize, usize),
}

/// A Go key as printed by the interpreter (strings quoted).
fn key_text(k: &GoValue) -> String {
    match k {
        GoValue::Bool(b) => b.to_string(),
        GoValue::Int(i) => i.to_string(),
        GoValue::Uint(u) => u.to_string(),
        GoValue::Float(f) => f.to_string(),
        GoValue::Str(s) => s.clone(),
        GoValue::Tuple(v) => {
            format!("{{{}}}", v.iter().map(key_text).collect::<Vec<_>>().join(" "))
        }
    }
}

pub fn op_title(op: &OpRec) -> String {
    match op.op {
        "put" => format!("m[{}] = {}", op.key, op.value),
        "get" => format!("m[{}]", op.key),
        "delete" => format!("delete(m, {})", op.key),
        "clear" => "clear(m)".into(),
        "next" => format!("range m → {}", op.key),
        other => format!("{other} {}", op.key),
    }
}

fn tophash_tag(t: u8) -> (String, bool) {
    match t {
        classic::EMPTY_REST => ("·".into(), true),
        classic::EMPTY_ONE => ("∅".into(), true),
        classic::EVACUATED_X => ("X".into(), true),
        classic::EVACUATED_Y => ("Y".into(), true),
        classic::EVACUATED_EMPTY => ("E".into(), true),
        t => (format!("{t:02x}"), false),
    }
}

fn ctrl_tag(c: u8) -> (String, bool) {
    match c {
        swiss::EMPTY => ("·".into(), true),
        swiss::DELETED => ("✕".into(), true),
        c => (format!("{c:02x}"), false),
    }
}

/// Cells the current op touches up to its current step.
#[derive(Default)]
struct Touch {
    /// (old array, bucket, depth, slot or None for the whole bucket, current)
    classic: Vec<(bool, usize, usize, Option<usize>, bool)>,
    /// (table or None for small, group, slot or None, current)
    swiss: Vec<(Option<usize>, usize, Option<usize>, bool)>,
    /// Swiss table touched by the directory lookup (current?).
    table: Option<(usize, bool)>,
    /// The current step's evacuation: (old bucket, depth, slot, to Y, new bucket, depth, slot).
    evac: Option<(usize, usize, usize, bool, usize, usize, usize)>,
    /// Tables the current step created and how (`grow`, `split`).
    born: Vec<(usize, &'static str)>,
}

fn touches(events: &[Event], step: usize) -> Touch {
    let mut t = Touch::default();
    let mut old_lookup = false;
    for (i, e) in events.iter().enumerate().take(step + 1) {
        let cur = i == step;
        match *e {
            Event::BucketSelect { bucket, old, .. } => {
                old_lookup = old;
                t.classic.push((old, bucket, 0, None, cur));
            }
            Event::TophashCompare { bucket, depth, slot, .. } => {
                t.classic.push((old_lookup, bucket, depth, Some(slot), cur))
            }
            Event::SlotWrite { bucket, depth, slot, .. }
            | Event::SlotDelete { bucket, depth, slot }
            | Event::EmptyRest { bucket, depth, slot } => {
                t.classic.push((false, bucket, depth, Some(slot), cur))
            }
            Event::OverflowAlloc { bucket, depth, .. } => {
                t.classic.push((false, bucket, depth, None, cur))
            }
            Event::EvacuateKey {
                oldbucket,
                depth,
                slot,
                to_y,
                dst_bucket,
                dst_depth,
                dst_slot,
            } => {
                t.classic.push((true, oldbucket, depth, Some(slot), cur));
                t.classic.push((false, dst_bucket, dst_depth, Some(dst_slot), cur));
                if cur {
                    t.evac = Some((oldbucket, depth, slot, to_y, dst_bucket, dst_depth, dst_slot));
                }
            }
            Event::TableGrow { table, .. } if cur => t.born.push((table, "grow")),
            Event::TableSplit { table, .. } if cur => {
                t.born.push((table, "split"));
                t.born.push((table + 1, "split"));
            }
            Event::Evacuated { oldbucket } => t.classic.push((true, oldbucket, 0, None, cur)),
            Event::DirSelect { table, .. } => t.table = Some((table, cur)),
            Event::Probe { table, group, .. } => t.swiss.push((table, group, None, cur)),
            Event::SwissWrite { table, group, slot, .. }
            | Event::SwissDelete { table, group, slot, .. } => {
                t.swiss.push((table, group, Some(slot), cur))
            }
            _ => {}
        }
    }
    t
}

fn mark_of(cur: bool) -> Mark {
    if cur {
        Mark::Current
    } else {
        Mark::Probed
    }
}

fn upgrade(m: &mut Mark, new: Mark) {
    if new == Mark::Current || *m == Mark::None {
        *m = new;
    }
}

/// A classic frame in the middle of an operation: the state after the op, with the op's later
/// micro-steps undone where the view can tell (the old array as it was before the op with the
/// evacuations so far applied; new-array slots written by later steps shown still empty).
#[derive(Default)]
struct MidOp {
    /// New-array slots (bucket, depth, slot) a later step writes.
    later: Vec<(usize, usize, usize)>,
    /// Old slots evacuated so far: (bucket, depth, slot, to Y).
    evacuated: Vec<(usize, usize, usize, bool)>,
    /// Old buckets fully evacuated so far.
    done: Vec<usize>,
}

impl MidOp {
    fn of(events: &[Event], step: usize) -> MidOp {
        let mut m = MidOp::default();
        for (i, e) in events.iter().enumerate() {
            match *e {
                Event::EvacuateKey {
                    oldbucket,
                    depth,
                    slot,
                    to_y,
                    dst_bucket,
                    dst_depth,
                    dst_slot,
                } => {
                    if i <= step {
                        m.evacuated.push((oldbucket, depth, slot, to_y));
                    } else {
                        m.later.push((dst_bucket, dst_depth, dst_slot));
                    }
                }
                Event::Evacuated { oldbucket } if i <= step => m.done.push(oldbucket),
                Event::SlotWrite { bucket, depth, slot, update: false, .. } if i > step => {
                    m.later.push((bucket, depth, slot))
                }
                _ => {}
            }
        }
        m
    }
}

/// Bucket `i` of array `arr_id` and its overflow chain, with the current step's marks,
/// motions and mid-op corrections (none: the plain row the cache keeps).
fn bucket_row(
    h: &Hmap<GoValue, Rc<str>>,
    arr_id: classic::ArrayId,
    i: usize,
    old: bool,
    touch: &Touch,
    mid: &MidOp,
) -> BucketRow {
    let arr = h.array(arr_id);
    let mut chain = Vec::new();
    for (depth, bi) in arr.chain(i).enumerate() {
        let bm = &arr.b[bi];
        let loc = match arr.loc(bi) {
            Loc::Main => "main",
            Loc::Prealloc(_) => "prealloc",
            Loc::Heap => "heap",
        };
        let mut bucket_mark = Mark::None;
        let mut cells: Vec<Cell> = (0..classic::BUCKET_CNT)
            .map(|s| {
                let (tag, marker) = tophash_tag(bm.tophash[s]);
                let live = bm.tophash[s] >= classic::MIN_TOP_HASH;
                let slot = arr.slots[bi][s].as_ref().filter(|_| live);
                Cell {
                    tag,
                    marker,
                    key: slot.map(|x| key_text(&x.key)),
                    value: slot.map(|x| x.elem.to_string()),
                    mark: Mark::None,
                    motion: Motion::None,
                }
            })
            .collect();
        if old {
            for &(b, d, s, to_y) in &mid.evacuated {
                if b == i && d == depth {
                    cells[s] = Cell {
                        tag: (if to_y { "Y" } else { "X" }).into(),
                        marker: true,
                        ..Cell::default()
                    };
                }
            }
        } else {
            for &(b, d, s) in &mid.later {
                if b == i && d == depth {
                    cells[s] = Cell { tag: "·".into(), marker: true, ..Cell::default() };
                }
            }
        }
        if let Some((ob, od, os, to_y, nb, nd, ns)) = touch.evac {
            let (b, d, s, m) = if old {
                (ob, od, os, Motion::Leave { to_y })
            } else {
                (nb, nd, ns, Motion::Arrive { to_y })
            };
            if b == i && d == depth {
                cells[s].motion = m;
            }
        }
        for &(o, b, d, s, cur) in &touch.classic {
            if o == old && b == i && d == depth {
                match s {
                    Some(s) => upgrade(&mut cells[s].mark, mark_of(cur)),
                    None => upgrade(&mut bucket_mark, mark_of(cur)),
                }
            }
        }
        chain.push(Bucket { loc, cells, mark: bucket_mark });
    }
    let evacuated = arr.b[i].evacuated() || (old && mid.done.contains(&i));
    BucketRow { index: i, chain, evacuated }
}

/// The plain rows (no marks) of the first [`MAX_ROWS`] buckets of one array.
fn plain_rows(h: &Hmap<GoValue, Rc<str>>, id: classic::ArrayId) -> Vec<Rc<BucketRow>> {
    let (t, m) = (Touch::default(), MidOp::default());
    (0..h.array(id).nmain.min(MAX_ROWS))
        .map(|i| Rc::new(bucket_row(h, id, i, false, &t, &m)))
        .collect()
}

/// The rows drawn for one array: the plain rows (`plain`, from the cache, or built), with the
/// buckets the current step marks or corrects rebuilt, and touched buckets past [`MAX_ROWS`]
/// appended.
fn classic_rows(
    h: &Hmap<GoValue, Rc<str>>,
    arr_id: classic::ArrayId,
    old: bool,
    touch: &Touch,
    mid: &MidOp,
    plain: Option<&[Rc<BucketRow>]>,
) -> Vec<Rc<BucketRow>> {
    let n = h.array(arr_id).nmain;
    let mut affected: Vec<usize> =
        touch.classic.iter().filter(|t| t.0 == old).map(|t| t.1).collect();
    if let Some((ob, _, _, _, nb, ..)) = touch.evac {
        affected.push(if old { ob } else { nb });
    }
    if old {
        affected.extend(mid.evacuated.iter().map(|e| e.0));
        affected.extend(mid.done.iter().copied());
    } else {
        affected.extend(mid.later.iter().map(|e| e.0));
    }
    affected.sort_unstable();
    affected.dedup();
    let mut rows = match plain {
        Some(p) => p.to_vec(),
        None => plain_rows(h, arr_id),
    };
    for i in affected.into_iter().filter(|&i| i < n) {
        let row = Rc::new(bucket_row(h, arr_id, i, old, touch, mid));
        match rows.get_mut(i) {
            Some(r) => *r = row,
            None => rows.push(row),
        }
    }
    rows
}

/// The plain rows of a classic state (new and old array), kept between frames: consecutive
/// ops share all the rows their events do not touch.
pub struct StateRows {
    /// (op, after it?)
    key: (usize, bool),
    new: Option<(classic::ArrayId, Vec<Rc<BucketRow>>)>,
    old: Option<(classic::ArrayId, Vec<Rc<BucketRow>>)>,
}

/// The buckets op `events` changed, per array (new, old); None when an array may have been
/// replaced (growth started or finished, clear).
fn changed_buckets(events: &[Event]) -> Option<(Vec<usize>, Vec<usize>)> {
    let (mut new, mut old) = (Vec::new(), Vec::new());
    for e in events {
        match *e {
            Event::GrowStart { .. } | Event::OldBucketsFreed | Event::Cleared => return None,
            Event::SlotWrite { bucket, .. }
            | Event::SlotDelete { bucket, .. }
            | Event::EmptyRest { bucket, .. }
            | Event::OverflowAlloc { bucket, .. } => new.push(bucket),
            Event::EvacuateKey { oldbucket, dst_bucket, .. } => {
                old.push(oldbucket);
                new.push(dst_bucket);
            }
            Event::Evacuated { oldbucket } => old.push(oldbucket),
            _ => {}
        }
    }
    Some((new, old))
}

/// Most ops between a state and one whose drawing derives from it.
const MAX_ROW_GAP: usize = 16;

/// For the drawing of state `key` (before op k: `(k, false)`, after it: `(k, true)`), the
/// nearest earlier state drawn in `cache` whose ops up to `key` are known, with `changes` of
/// each of those ops' events (the state before op k is the state after op k-1; after op k it
/// differs in what op k's events name). None when there is none, or an op in between
/// replaced the layout (`changes` gives None): the caller draws from scratch. Playback that
/// skips an op on a slow frame still derives.
fn derive_base<S, C>(
    cache: &[Rc<S>],
    key_of: fn(&S) -> (usize, bool),
    t: &Timeline,
    key: (usize, bool),
    events: &[Event],
    changes: fn(&[Event]) -> Option<C>,
) -> Option<(Rc<S>, Vec<C>)> {
    let pos = |(op, after): (usize, bool)| 2 * op + after as usize;
    let target = pos(key);
    let mut bases: Vec<&Rc<S>> = cache
        .iter()
        .filter(|r| pos(key_of(r)) < target && target - pos(key_of(r)) <= 2 * MAX_ROW_GAP)
        .collect();
    escapade_analysis::sort::stable_sort_by_key(&mut bases, |r| std::cmp::Reverse(pos(key_of(r))));
    bases.into_iter().find_map(|b| {
        let mut ch = Vec::new();
        // Every op applied between the base and the target (odd positions).
        for p in (pos(key_of(b)) + 1..=target).filter(|p| p % 2 == 1) {
            let k = p / 2;
            let evs = if k == key.0 { None } else { Some(t.recent_events(k)?) };
            ch.push(changes(evs.as_deref().map_or(events, |e| e.as_slice()))?);
        }
        Some((b.clone(), ch))
    })
}

/// The plain rows of `h`, the state before (`after` false) or after op `op` whose events are
/// `events`, derived from the cached rows of the previous state when possible.
fn state_rows(
    t: &Timeline,
    op: usize,
    after: bool,
    h: &Hmap<GoValue, Rc<str>>,
    events: &[Event],
) -> Rc<StateRows> {
    let mut cache = t.rows_cache.borrow_mut();
    let key = (op, after);
    if let Some(r) = cache.iter().find(|r| r.key == key) {
        return r.clone();
    }
    let (from, changed) = match derive_base(&cache, |r| r.key, t, key, events, changed_buckets) {
        Some((b, ch)) => {
            let (n, o): (Vec<_>, Vec<_>) = ch.into_iter().unzip();
            (Some(b), Some((n.concat(), o.concat())))
        }
        None => (None, None),
    };
    let derive = |id: Option<classic::ArrayId>,
                  prev: Option<&(classic::ArrayId, Vec<Rc<BucketRow>>)>,
                  changed: Option<&Vec<usize>>| {
        let id = id?;
        let rows = match (prev, changed) {
            (Some((pid, rows)), Some(ch)) if *pid == id => {
                let mut rows = rows.clone();
                let (tc, m) = (Touch::default(), MidOp::default());
                for &i in ch {
                    if let Some(r) = rows.get_mut(i) {
                        *r = Rc::new(bucket_row(h, id, i, false, &tc, &m));
                    }
                }
                rows
            }
            _ => plain_rows(h, id),
        };
        Some((id, rows))
    };
    let r = Rc::new(StateRows {
        key,
        new: derive(
            h.buckets,
            from.as_ref().and_then(|f| f.new.as_ref()),
            changed.as_ref().map(|c| &c.0),
        ),
        old: derive(
            h.oldbuckets,
            from.as_ref().and_then(|f| f.old.as_ref()),
            changed.as_ref().map(|c| &c.1),
        ),
    });
    cache.push(r.clone());
    if cache.len() > 3 {
        cache.remove(0);
    }
    r
}

/// The cached plain rows of array `id` in `rows`, if it holds them.
fn plain_of(rows: &StateRows, id: classic::ArrayId) -> Option<&[Rc<BucketRow>]> {
    [&rows.new, &rows.old].into_iter().flatten().find(|(i, _)| *i == id).map(|(_, r)| r.as_slice())
}

/// An old bucket array to draw: the state holding it, its id, its kept plain rows.
type OldArray<'a> = (&'a Hmap<GoValue, Rc<str>>, classic::ArrayId, Option<&'a [Rc<BucketRow>]>);

/// `h` is the state shown; `old` the old bucket array to draw (from `h`, or from the state
/// before the op in the middle of it) and `mid` what the op's later steps change.
fn classic_view(
    h: &Hmap<GoValue, Rc<str>>,
    old: Option<OldArray>,
    plain_new: Option<&[Rc<BucketRow>]>,
    touch: &Touch,
    mid: &MidOp,
) -> ClassicView {
    let nb = 1usize << h.b;
    let mut flags = Vec::new();
    for (bit, name) in [
        (classic::ITERATOR, "iterator"),
        (classic::OLD_ITERATOR, "oldIterator"),
        (classic::HASH_WRITING, "hashWriting"),
        (classic::SAME_SIZE_GROW, "sameSizeGrow"),
    ] {
        if h.flags & bit != 0 {
            flags.push(name);
        }
    }
    let header = vec![
        Field { name: "count", value: h.count.to_string() },
        Field { name: "B", value: format!("{} ({} buckets)", h.b, nb) },
        Field { name: "noverflow", value: h.noverflow.to_string() },
        Field { name: "hash0", value: format!("0x{:08x}", h.hash0) },
        Field { name: "nevacuate", value: h.nevacuate.to_string() },
        Field { name: "flags", value: if flags.is_empty() { "0".into() } else { flags.join("|") } },
        Field {
            name: "oldbuckets",
            value: match old {
                Some((oh, id, _)) => format!("{} buckets", oh.array(id).nmain),
                None => "nil".into(),
            },
        },
    ];
    let mut elided = None;
    let near = |i: usize, old: bool| touch.classic.iter().any(|&(o, b, ..)| o == old && b == i);
    let rows = match h.buckets {
        Some(id) => {
            if nb > MAX_ROWS {
                let hidden: usize = (MAX_ROWS..nb).filter(|&i| !near(i, false)).count();
                elided = Some(format!(
                    "{hidden} of {nb} buckets not drawn (buckets {MAX_ROWS}–{}); the bucket the current step touches is always drawn",
                    nb - 1
                ));
            }
            classic_rows(h, id, false, touch, mid, plain_new)
        }
        None => Vec::new(),
    };
    let old_rows = old.map(|(oh, id, plain)| classic_rows(oh, id, true, touch, mid, plain));
    let evac = touch.evac.map(|e| e.3);
    ClassicView { header, load: h.count as f64 / nb as f64, rows, old_rows, elided, evac }
}

fn group_cells(
    ctrl: &[u8; swiss::GROUP_SLOTS],
    slots: &[Option<classic::Slot<GoValue, Rc<str>>>; swiss::GROUP_SLOTS],
) -> Vec<Cell> {
    (0..swiss::GROUP_SLOTS)
        .map(|i| {
            let (tag, marker) = ctrl_tag(ctrl[i]);
            let slot = slots[i].as_ref().filter(|_| !marker);
            Cell {
                tag,
                marker,
                key: slot.map(|s| key_text(&s.key)),
                value: slot.map(|s| s.elem.to_string()),
                mark: Mark::None,
                motion: Motion::None,
            }
        })
        .collect()
}

fn mark_group(g: &mut GroupView, table: Option<usize>, touch: &Touch) {
    for &(t, gi, s, cur) in &touch.swiss {
        if t == table && gi == g.index {
            match s {
                Some(s) => upgrade(&mut g.cells[s].mark, mark_of(cur)),
                None => upgrade(&mut g.mark, mark_of(cur)),
            }
        }
    }
}

/// The plain groups (no marks) of a Swiss state, kept between frames like [`StateRows`]: the
/// small group, and per table (directory order) its groups within the drawing budget.
pub struct StateGroups {
    /// (op, after it?)
    key: (usize, bool),
    small: Option<Rc<GroupView>>,
    tables: Vec<Vec<Rc<GroupView>>>,
}

fn plain_group(g: swiss::GroupRef<'_, GoValue, Rc<str>>, index: usize) -> Rc<GroupView> {
    Rc::new(GroupView { index, cells: group_cells(g.ctrl, g.slots), mark: Mark::None })
}

/// The groups op `events` changed (table or None for the small group, group); None when
/// tables may have been replaced or rehashed.
fn changed_groups(events: &[Event]) -> Option<Vec<(Option<usize>, usize)>> {
    let mut out = Vec::new();
    for e in events {
        match *e {
            Event::SmallToTable
            | Event::TableGrow { .. }
            | Event::TableSplit { .. }
            | Event::DirectoryDouble { .. }
            | Event::PruneTombstones { .. }
            | Event::Cleared => return None,
            Event::SwissWrite { table, group, .. } | Event::SwissDelete { table, group, .. } => {
                out.push((table, group))
            }
            _ => {}
        }
    }
    Some(out)
}

/// The plain groups of Swiss state `m` (before or after op `op` whose events are `events`),
/// derived from the groups of an earlier state drawn when possible.
fn state_groups(
    t: &Timeline,
    op: usize,
    after: bool,
    m: &SwissMap<GoValue, Rc<str>>,
    events: &[Event],
) -> Rc<StateGroups> {
    let mut cache = t.groups_cache.borrow_mut();
    let key = (op, after);
    if let Some(r) = cache.iter().find(|r| r.key == key) {
        return r.clone();
    }
    let order = m.table_order();
    let small = |m: &SwissMap<GoValue, Rc<str>>| {
        m.small.as_ref().map(|g| {
            Rc::new(GroupView { index: 0, cells: group_cells(&g.ctrl, &g.slots), mark: Mark::None })
        })
    };
    let r = match derive_base(&cache, |r| r.key, t, key, events, changed_groups) {
        Some((base, ch)) if base.tables.len() == order.len() => {
            let mut tables = base.tables.clone();
            let mut small_group = base.small.clone();
            for (table, gi) in ch.into_iter().flatten() {
                match table {
                    None => small_group = small(m),
                    Some(id) => {
                        let tb = m.table(order[id]);
                        if let Some(g) = tables.get_mut(id).and_then(|gs| gs.get_mut(gi)) {
                            *g = plain_group(tb.group(gi), gi);
                        }
                    }
                }
            }
            StateGroups { key, small: small_group, tables }
        }
        _ => {
            let mut budget = MAX_ROWS;
            let tables = order
                .iter()
                .map(|&tid| {
                    let tb = m.table(tid);
                    let n = tb.ngroups().min(budget);
                    budget -= n;
                    (0..n).map(|gi| plain_group(tb.group(gi), gi)).collect()
                })
                .collect();
            StateGroups { key, small: small(m), tables }
        }
    };
    let r = Rc::new(r);
    cache.push(r.clone());
    if cache.len() > 3 {
        cache.remove(0);
    }
    r
}

fn swiss_view(m: &SwissMap<GoValue, Rc<str>>, touch: &Touch, plain: &StateGroups) -> SwissView {
    let order = m.table_order();
    let mut header = vec![
        Field { name: "used", value: m.used.to_string() },
        Field { name: "seed", value: format!("0x{:016x}", m.seed) },
    ];
    if !m.dir.is_empty() {
        header.push(Field { name: "globalDepth", value: m.global_depth.to_string() });
        header.push(Field {
            name: "directory",
            value: format!("{} slots, {} tables", m.dir.len(), order.len()),
        });
    }
    let mut directory: Vec<(usize, usize, usize)> = Vec::new();
    for (slot, t) in m.dir.iter().enumerate() {
        let id = order.iter().position(|x| x == t).unwrap_or(0);
        match directory.last_mut() {
            Some((_, n, last)) if *last == id => *n += 1,
            _ => directory.push((slot, 1, id)),
        }
    }
    // A kept plain group, or one marked by the current op.
    let draw = |table: Option<usize>, plain: Rc<GroupView>| {
        if !touch.swiss.iter().any(|&(t, g, ..)| t == table && g == plain.index) {
            return plain;
        }
        let mut gv = (*plain).clone();
        mark_group(&mut gv, table, touch);
        Rc::new(gv)
    };
    let small = plain.small.clone().map(|g| draw(None, g));
    let mut budget = MAX_ROWS;
    let mut hidden = 0usize;
    let mut total = 0usize;
    let mut tables = Vec::new();
    for (id, &t) in order.iter().enumerate() {
        let tb = m.table(t);
        let header = vec![
            Field { name: "localDepth", value: tb.local_depth.to_string() },
            Field { name: "capacity", value: tb.capacity.to_string() },
            Field { name: "used", value: tb.used.to_string() },
            Field { name: "growthLeft", value: tb.growth_left.to_string() },
            Field { name: "tombstones", value: tb.tombstones().to_string() },
        ];
        let mut groups = Vec::new();
        for gi in 0..tb.ngroups() {
            total += 1;
            let touched = touch.swiss.iter().any(|&(tt, g, ..)| tt == Some(id) && g == gi);
            if budget == 0 && !touched {
                hidden += 1;
                continue;
            }
            budget = budget.saturating_sub(1);
            let kept = plain.tables.get(id).and_then(|gs| gs.get(gi)).cloned();
            groups.push(draw(Some(id), kept.unwrap_or_else(|| plain_group(tb.group(gi), gi))));
        }
        let mark = match touch.table {
            Some((x, cur)) if x == id => mark_of(cur),
            _ => Mark::None,
        };
        let born = touch.born.iter().find(|b| b.0 == id).map(|b| b.1);
        tables.push(TableView { id, header, groups, mark, born });
    }
    let elided = (hidden > 0).then(|| {
        format!("{hidden} of {total} groups not drawn (only the first {MAX_ROWS} and the groups the current op probes are drawn)")
    });
    SwissView { header, directory, small, tables, elided }
}

/// How a frame relates to its op: the op's index, its events and the current step, and the
/// state before the op when the frame shows the state after it (mid-op).
struct At<'a> {
    op: usize,
    events: &'a [Event],
    step: usize,
    before: Option<&'a SimMap>,
}

/// The layout of a map state with the current op's touches.
fn layout(t: &Timeline, m: &SimMap, touch: &Touch, at: At) -> Layout {
    match &m.inner {
        Inner::Classic(h) => {
            let rows = state_rows(t, at.op, at.before.is_some(), h, at.events);
            let plain_new = h.buckets.and_then(|id| plain_of(&rows, id));
            let Some(Inner::Classic(b)) = at.before.map(|b| &b.inner) else {
                let old = h.oldbuckets.map(|id| (h, id, plain_of(&rows, id)));
                return Layout::Classic(classic_view(h, old, plain_new, touch, &MidOp::default()));
            };
            // The old array as the op found it: the one being evacuated, or the one a grow in
            // this op (at or before the step) turned into the old array.
            let step = at.step;
            let grew = at.events[..=step.min(at.events.len().saturating_sub(1))]
                .iter()
                .any(|e| matches!(e, Event::GrowStart { .. }));
            let before_rows = state_rows(t, at.op, false, b, at.events);
            let old = match (b.oldbuckets, b.buckets) {
                (Some(id), _) => Some((b, id, plain_of(&before_rows, id))),
                (None, Some(id)) if grew => Some((b, id, plain_of(&before_rows, id))),
                _ => h.oldbuckets.map(|id| (h, id, plain_of(&rows, id))),
            };
            Layout::Classic(classic_view(h, old, plain_new, touch, &MidOp::of(at.events, step)))
        }
        Inner::Swiss(s) => {
            let plain = state_groups(t, at.op, at.before.is_some(), s, at.events);
            Layout::Swiss(swiss_view(s, touch, &plain))
        }
    }
}

/// The hash bits of the op's key, once step `step` has computed the hash.
fn hash_bits(events: &[Event], step: usize) -> Option<HashBits> {
    let at = events.iter().position(|e| matches!(e, Event::Hash { .. }))?;
    if step < at {
        return None;
    }
    let Event::Hash { hash, .. } = events[at] else { return None };
    // The lookup the step is in (or the op's first one).
    let upto = &events[..=step.min(events.len() - 1)];
    let pick = |f: &dyn Fn(&Event) -> bool| {
        upto.iter().rev().find(|e| f(e)).or_else(|| events.iter().find(|e| f(e)))
    };
    if let Some(&Event::BucketSelect { b, bucket, tophash, old }) =
        pick(&|e| matches!(e, Event::BucketSelect { .. }))
    {
        let raw = (hash >> 56) as u8;
        return Some(HashBits {
            hash,
            low: b as u32,
            low_label: format!(
                "low {b} bits → bucket {bucket}{}",
                if old { " (old array)" } else { "" }
            ),
            top: 8,
            top_label: if raw == tophash {
                format!("top 8 bits → tophash 0x{tophash:02x}")
            } else {
                format!("top 8 bits 0x{raw:02x} → tophash 0x{tophash:02x} (values below 5 are markers: +5)")
            },
        });
    }
    let h2 = hash & 0x7f;
    let (top, top_label) = match pick(&|e| matches!(e, Event::DirSelect { .. })) {
        Some(&Event::DirSelect { global_depth, dir_index, table }) => (
            global_depth as u32,
            format!("top {global_depth} bits → directory slot {dir_index} (table {table})"),
        ),
        _ => (0, "no directory (small map or one table)".to_string()),
    };
    Some(HashBits {
        hash,
        low: 7,
        low_label: format!("low 7 bits → H2 0x{h2:02x} (control byte); the other 57 bits (H1) pick the first group"),
        top,
        top_label,
    })
}

/// One sentence for a micro-step.
pub fn narrate(op: &OpRec, e: Option<&Event>) -> String {
    let key = &op.key;
    let Some(e) = e else {
        return match op.op {
            "next" => format!("range yields key {key} (iteration does not change the map)"),
            _ => format!("{} (no map work traced)", op_title(op)),
        };
    };
    match e {
        Event::Op { .. } => format!("{}: start", op_title(op)),
        Event::Hash { seed, hash } => {
            format!("key {key} → hash 0x{hash:016x} (with the map's seed 0x{seed:x})")
        }
        Event::BucketSelect { b, bucket, tophash, old } => format!(
            "key {key}: the low {b} bits of the hash pick bucket {bucket}{}; tophash 0x{tophash:02x} (the hash's top byte)",
            if *old { " of the old array (not evacuated yet)" } else { "" }
        ),
        Event::TophashCompare { bucket, depth, slot, stored, key_equal } => format!(
            "bucket {bucket}{}, slot {slot}: tophash 0x{stored:02x}{}",
            chain(*depth),
            match key_equal {
                Some(true) => " matches and the key is equal",
                Some(false) => " matches but the key differs",
                None => " does not match",
            }
        ),
        Event::SlotWrite { bucket, depth, slot, tophash, update, .. } => format!(
            "key {key} {} bucket {bucket}{}, slot {slot} (tophash 0x{tophash:02x})",
            if *update { "updated in" } else { "written to" },
            chain(*depth)
        ),
        Event::OverflowAlloc { bucket, depth, source, noverflow } => format!(
            "bucket {bucket} is full: overflow bucket #{depth} chained, {} (noverflow {noverflow})",
            match source {
                OverflowSource::Prealloc(i) => format!("taken from the preallocated tail (#{i})"),
                OverflowSource::Heap => "allocated on the heap".into(),
            }
        ),
        Event::SlotDelete { bucket, depth, slot } => {
            format!("key {key} deleted from bucket {bucket}{}, slot {slot} (tophash → emptyOne)", chain(*depth))
        }
        Event::EmptyRest { bucket, depth, slot } => {
            format!("bucket {bucket}{}, slot {slot} becomes emptyRest (nothing after it)", chain(*depth))
        }
        Event::GrowStart { same_size, old_b, new_b, count, noverflow } => {
            if *same_size {
                format!("too many overflow buckets ({noverflow}): same-size grow, B stays {new_b}")
            } else {
                format!("load factor exceeded ({count} keys in 2^{old_b} buckets): grow B {old_b} → {new_b}, old buckets kept for incremental evacuation")
            }
        }
        Event::EvacuateKey { oldbucket, depth, slot, to_y, dst_bucket, dst_depth, dst_slot } => format!(
            "evacuate old bucket {oldbucket}{}, slot {slot} → {} half: bucket {dst_bucket}{}, slot {dst_slot}",
            chain(*depth),
            if *to_y { "Y (upper)" } else { "X (lower)" },
            chain(*dst_depth)
        ),
        Event::Evacuated { oldbucket } => format!("old bucket {oldbucket} is fully evacuated"),
        Event::Nevacuate { nevacuate } => format!("nevacuate = {nevacuate}: old buckets below it are evacuated"),
        Event::OldBucketsFreed => "growth finished: the old bucket array is released".into(),
        Event::DirSelect { global_depth, dir_index, table } => format!(
            "key {key}: the top {global_depth} bits of the hash pick directory slot {dir_index} → table {table}"
        ),
        Event::Probe { table, step, group, h2_match, empty, deleted } => format!(
            "probe step {step}: {}group {group}: H2 matches {} slot(s), {} empty, {} deleted",
            table.map(|t| format!("table {t}, ")).unwrap_or_else(|| "small map ".into()),
            h2_match.count_ones(),
            empty.count_ones(),
            deleted.count_ones()
        ),
        Event::SwissWrite { table, group, slot, h2, update, reused_tombstone, .. } => format!(
            "key {key} {} {}group {group}, slot {slot}: control byte = H2 0x{h2:02x}{}",
            if *update { "updated in" } else { "written to" },
            table.map(|t| format!("table {t}, ")).unwrap_or_else(|| "the small map's ".into()),
            if *reused_tombstone { " (reusing a tombstone)" } else { "" }
        ),
        Event::SwissDelete { table, group, slot, tombstone } => format!(
            "key {key} deleted from {}group {group}, slot {slot}: {}",
            table.map(|t| format!("table {t}, ")).unwrap_or_default(),
            if *tombstone { "tombstone (the group has no empty slot, probes must continue)" } else { "empty again" }
        ),
        Event::SmallToTable => "the small map (one group of 8) becomes a table of capacity 16".into(),
        Event::TableGrow { table, old_capacity, new_capacity } => {
            format!("table {table} is full: rehashed into capacity {new_capacity} (was {old_capacity})")
        }
        Event::TableSplit { table, local_depth, left, right } => format!(
            "table {table} reached the 1024-slot limit: split by one more hash bit (local depth {local_depth}): {left} keys left, {right} right"
        ),
        Event::DirectoryDouble { global_depth } => {
            format!("the directory doubles: global depth {global_depth}")
        }
        Event::PruneTombstones { table, removed } => {
            format!("table {table}: {removed} tombstones pruned instead of growing")
        }
        Event::Reseed { seed } => format!("the map is empty: new seed 0x{seed:x}"),
        Event::Cleared => "clear(m): every slot emptied".into(),
    }
}

fn chain(depth: usize) -> String {
    if depth == 0 {
        String::new()
    } else {
        format!(" (overflow #{depth})")
    }
}

/// The view of frame `i` of `t`; `line_of` maps a byte offset to its 1-based line.
pub fn frame_view(t: &Timeline, i: usize, line_of: &dyn Fn(usize) -> u32) -> Option<FrameView> {
    if t.len() == 0 {
        return None;
    }
    let i = i.min(t.len() - 1);
    let Frame { op, step } = t.frame(i);
    let rec = &t.ops[op];
    // The replayed event is the traced one (checked by fingerprint): its text is rendered here.
    let mut event_text = String::new();
    let mut hash = None;
    let (layout, narration) = match t.op_states(op) {
        Some(s) => {
            let ev = s.events.get(step);
            hash = hash_bits(&s.events, step);
            event_text = ev.map(|e| e.to_string().trim().to_string()).unwrap_or_default();
            let first_mut = s.events.iter().position(mutates).unwrap_or(usize::MAX);
            let touch = touches(&s.events, step);
            let at = At { op, events: &s.events, step, before: None };
            let l = if step >= first_mut {
                layout(t, &s.after, &touch, At { before: Some(&s.before), ..at })
            } else {
                layout(t, &s.before, &touch, at)
            };
            (l, narrate(rec, ev))
        }
        None => (
            Layout::Unknown(format!(
                "The map's state cannot be shown from operation {} on: replaying the trace did not reproduce the interpreter's events ({}).",
                t.verified + 1,
                t.divergence.clone().unwrap_or_default()
            )),
            format!("{} (micro-step {} of {})", op_title(rec), step + 1, rec.steps().max(1)),
        ),
    };
    Some(FrameView {
        frame: i,
        frames: t.len(),
        op,
        ops: t.ops.len(),
        title: op_title(rec),
        event: event_text,
        narration,
        layout,
        hash,
        line: line_of(rec.span.start as usize),
        span: (rec.span.start as usize, rec.span.end as usize),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mapview::timeline::tests::trace;
    use escapade_analysis::interp::{GoVersion, Impl};

    const GROW: &str = "package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 100; i++ {\n\t\tm[i] = i\n\t}\n}\n";

    fn b_of(v: &FrameView) -> Option<(u32, bool)> {
        let Layout::Classic(c) = &v.layout else { return None };
        let b = c.header.iter().find(|f| f.name == "B")?.value.split(' ').next()?.parse().ok()?;
        Some((b, c.old_rows.is_some()))
    }

    #[test]
    fn classic_frames_show_growth_with_old_buckets() {
        let t = Timeline::build(
            Impl::Classic,
            GoVersion::Go123,
            trace(GROW, Impl::Classic, GoVersion::Go123).into(),
        );
        let views: Vec<FrameView> =
            (0..t.len()).map(|i| frame_view(&t, i, &|_| 6).unwrap()).collect();
        let bs: Vec<(u32, bool)> = views.iter().filter_map(b_of).collect();
        let max_b = bs.iter().map(|b| b.0).max().unwrap();
        assert_eq!(max_b, 4, "100 keys need 16 buckets");
        assert!(bs.windows(2).all(|w| w[0].0 <= w[1].0), "B never shrinks");
        assert!(bs.iter().any(|b| b.1), "some frames show old buckets");
        assert!(views.iter().any(|v| v.narration.contains("grow B 3 → 4")));
        let last = views.last().unwrap();
        let Layout::Classic(c) = &last.layout else { panic!() };
        let keys: usize = c
            .rows
            .iter()
            .flat_map(|r| &r.chain)
            .flat_map(|b| &b.cells)
            .filter(|c| c.key.is_some())
            .count();
        assert_eq!(keys, 100);
        assert_eq!(last.line, 6);
        assert!(views.iter().any(|v| v.narration.starts_with("key 17 → hash 0x")));
    }

    /// Evacuation frames draw the key leaving its old slot and arriving in the X or Y half,
    /// and every frame after the hash shows its bits: low B bits = the bucket, top 8 = tophash.
    #[test]
    fn classic_frames_show_evacuation_moves_and_hash_bits() {
        let t = Timeline::build(
            Impl::Classic,
            GoVersion::Go123,
            trace(GROW, Impl::Classic, GoVersion::Go123).into(),
        );
        let (mut moves, mut picks) = (0, 0);
        for i in 0..t.len() {
            let v = frame_view(&t, i, &|_| 6).unwrap();
            let Layout::Classic(c) = &v.layout else { panic!() };
            let cells = |rows: &[Rc<BucketRow>]| -> Vec<(usize, Motion)> {
                rows.iter()
                    .flat_map(|r| {
                        r.chain
                            .iter()
                            .flat_map(move |b| b.cells.iter().map(move |c| (r.index, c.motion)))
                    })
                    .filter(|(_, m)| *m != Motion::None)
                    .collect()
            };
            let arrive = cells(&c.rows);
            let leave = cells(c.old_rows.as_deref().unwrap_or(&[]));
            if v.narration.starts_with("evacuate old bucket") {
                let nold = c.old_rows.as_ref().unwrap().len();
                let [(dst, Motion::Arrive { to_y })] = arrive[..] else { panic!("{arrive:?}") };
                let [(src, Motion::Leave { to_y: y2 })] = leave[..] else { panic!("{leave:?}") };
                assert_eq!(to_y, y2);
                assert_eq!(c.evac, Some(to_y), "the frame asks for the move");
                // X keeps the old index, Y adds the old array's size.
                assert_eq!(dst, src + if to_y { nold } else { 0 }, "{}", v.narration);
                assert!(v.narration.contains(if to_y { "Y (upper)" } else { "X (lower)" }));
                moves += 1;
            } else {
                assert!(arrive.is_empty() && leave.is_empty(), "motion only while evacuating");
                assert_eq!(c.evac, None);
            }
            if v.narration.contains("pick bucket") {
                let h = v.hash.as_ref().expect("hash bits once hashed");
                let b: u32 = c.header[1].value.split(' ').next().unwrap().parse().unwrap();
                let (top, _, low) = h.parts();
                assert_eq!(top.len(), 8);
                assert_eq!(u64::from_str_radix(&top, 2).unwrap(), h.hash >> 56);
                let bucket = v.narration.split("pick bucket ").nth(1).unwrap();
                let bucket: u64 =
                    bucket.split(|c: char| !c.is_ascii_digit()).next().unwrap().parse().unwrap();
                if !v.narration.contains("old array") {
                    assert_eq!(low.len() as u32, b);
                }
                assert_eq!(u64::from_str_radix(&format!("0{low}"), 2).unwrap(), bucket);
                assert!(h.low_label.contains(&format!("bucket {bucket}")));
                picks += 1;
            }
        }
        assert!(moves > 20, "{moves} evacuation frames");
        assert!(picks >= 100, "{picks} bucket picks");
    }

    /// Frames drawn from the rows (classic) and groups (Swiss) kept between frames equal frames
    /// drawn from scratch, played forwards, backwards and skipping ops, with growth, overflow,
    /// updates, deletes during growth and clear.
    #[test]
    fn kept_rows_equal_rows_built_from_scratch() {
        let src = "package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 300; i++ {\n\t\tm[i*7] = i\n\t\tif i%3 == 0 {\n\t\t\tdelete(m, i/2*7)\n\t\t}\n\t\tif i%5 == 0 {\n\t\t\tm[i/4*7] = -i\n\t\t}\n\t}\n\tclear(m)\n\tfor i := 0; i < 30; i++ {\n\t\tm[i] = i\n\t}\n}\n";
        for (imp, go) in [(Impl::Classic, GoVersion::Go123), (Impl::Swiss, GoVersion::Go127)] {
            let ops = trace(src, imp, go);
            assert!(ops.iter().any(|o| o.op == "clear") && ops.iter().any(|o| o.op == "delete"));
            let ops: Rc<Vec<_>> = ops.into();
            let kept = Timeline::build(imp, go, ops.clone());
            let fresh = Timeline::build(imp, go, ops);
            assert_eq!(kept.divergence, None);
            let n = kept.len();
            let mut grown = false;
            // Forwards, backwards, and forwards skipping ops (rows derived across the gap).
            for i in (0..n).chain((0..n).rev().step_by(7)).chain((0..n).step_by(11)) {
                let a = frame_view(&kept, i, &|_| 1).unwrap();
                fresh.rows_cache.borrow_mut().clear();
                fresh.groups_cache.borrow_mut().clear();
                let b = frame_view(&fresh, i, &|_| 1).unwrap();
                assert_eq!(a, b, "frame {i}: {}", a.narration);
                grown |= match &a.layout {
                    Layout::Classic(c) => c.old_rows.is_some(),
                    Layout::Swiss(s) => s.tables.iter().any(|t| t.born == Some("grow")),
                    Layout::Unknown(_) => false,
                };
            }
            assert!(grown);
        }
    }

    #[test]
    fn swiss_frames_show_tables_and_probes() {
        let t = Timeline::build(
            Impl::Swiss,
            GoVersion::Go127,
            trace(GROW, Impl::Swiss, GoVersion::Go127).into(),
        );
        let last = frame_view(&t, usize::MAX, &|_| 1).unwrap();
        let Layout::Swiss(s) = &last.layout else { panic!() };
        assert_eq!(s.tables.len(), 1);
        let used = s.tables[0].header.iter().find(|f| f.name == "used").unwrap();
        assert_eq!(used.value, "100");
        assert!((0..t.len()).any(|i| {
            frame_view(&t, i, &|_| 1).is_some_and(|v| v.narration.starts_with("probe step 0"))
        }));
        // The table grows (16 → 32 → ... → 128 slots): the frame of each grow marks the new table.
        let grown: Vec<usize> = (0..t.len())
            .filter_map(|i| {
                let v = frame_view(&t, i, &|_| 1)?;
                let Layout::Swiss(s) = &v.layout else { return None };
                s.tables.iter().any(|t| t.born == Some("grow")).then_some(i)
            })
            .collect();
        assert_eq!(grown.len(), 3, "{grown:?}");
        for i in grown {
            assert!(frame_view(&t, i, &|_| 1)
                .unwrap()
                .narration
                .contains("rehashed into capacity"));
        }
        // Swiss hash bits: H2 is the low 7 bits.
        let v = (0..t.len())
            .filter_map(|i| frame_view(&t, i, &|_| 1))
            .find(|v| v.narration.contains("control byte = H2"))
            .unwrap();
        let h = v.hash.unwrap();
        assert_eq!(h.low, 7);
        assert!(v.narration.contains(&format!("H2 0x{:02x}", h.hash & 0x7f)), "{}", v.narration);
    }
}
