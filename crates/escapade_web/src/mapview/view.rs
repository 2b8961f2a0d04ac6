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

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Cell {
    /// Tophash (classic) or control byte (Swiss), as shown.
    pub tag: String,
    /// Empty, deleted, evacuated...: the tag is a marker, not a hash byte.
    pub marker: bool,
    pub key: Option<String>,
    pub value: Option<String>,
    pub mark: Mark,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bucket {
    /// `main`, `prealloc` or `heap`.
    pub loc: &'static str,
    pub cells: Vec<Cell>,
    pub mark: Mark,
}

#[derive(Clone, Debug, PartialEq)]
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
}

#[derive(Clone, Debug, PartialEq)]
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
                oldbucket, depth, slot, dst_bucket, dst_depth, dst_slot, ..
            } => {
                t.classic.push((true, oldbucket, depth, Some(slot), cur));
                t.classic.push((false, dst_bucket, dst_depth, Some(dst_slot), cur));
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

fn classic_rows(
    h: &Hmap<GoValue, String>,
    arr_id: classic::ArrayId,
    nrows: usize,
    old: bool,
    touch: &Touch,
    show: &dyn Fn(usize) -> bool,
) -> Vec<Rc<BucketRow>> {
    let arr = h.array(arr_id);
    let mut rows = Vec::new();
    for i in (0..nrows.min(arr.nmain)).filter(|&i| show(i)) {
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
                        value: slot.map(|x| x.elem.clone()),
                        mark: Mark::None,
                    }
                })
                .collect();
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
        let evacuated = old && arr.b[i].evacuated();
        rows.push(Rc::new(BucketRow { index: i, chain, evacuated }));
    }
    rows
}

fn classic_view(h: &Hmap<GoValue, String>, touch: &Touch) -> ClassicView {
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
            value: if h.growing() { format!("{} buckets", h.noldbuckets()) } else { "nil".into() },
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
            classic_rows(h, id, nb, false, touch, &|i| i < MAX_ROWS || near(i, false))
        }
        None => Vec::new(),
    };
    let old_rows = h.oldbuckets.map(|id| {
        let n = h.noldbuckets();
        classic_rows(h, id, n, true, touch, &|i| i < MAX_ROWS || near(i, true))
    });
    ClassicView { header, load: h.count as f64 / nb as f64, rows, old_rows, elided }
}

fn group_cells(
    ctrl: &[u8; swiss::GROUP_SLOTS],
    slots: &[Option<classic::Slot<GoValue, String>>; swiss::GROUP_SLOTS],
) -> Vec<Cell> {
    (0..swiss::GROUP_SLOTS)
        .map(|i| {
            let (tag, marker) = ctrl_tag(ctrl[i]);
            let slot = slots[i].as_ref().filter(|_| !marker);
            Cell {
                tag,
                marker,
                key: slot.map(|s| key_text(&s.key)),
                value: slot.map(|s| s.elem.clone()),
                mark: Mark::None,
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

fn swiss_view(m: &SwissMap<GoValue, String>, touch: &Touch) -> SwissView {
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
    let small = m.small.as_ref().map(|g| {
        let mut gv =
            GroupView { index: 0, cells: group_cells(&g.ctrl, &g.slots), mark: Mark::None };
        mark_group(&mut gv, None, touch);
        Rc::new(gv)
    });
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
            let g = tb.group(gi);
            let mut gv =
                GroupView { index: gi, cells: group_cells(g.ctrl, g.slots), mark: Mark::None };
            mark_group(&mut gv, Some(id), touch);
            groups.push(Rc::new(gv));
        }
        let mark = match touch.table {
            Some((x, cur)) if x == id => mark_of(cur),
            _ => Mark::None,
        };
        tables.push(TableView { id, header, groups, mark });
    }
    let elided = (hidden > 0).then(|| {
        format!("{hidden} of {total} groups not drawn (only the first {MAX_ROWS} and the groups the current op probes are drawn)")
    });
    SwissView { header, directory, small, tables, elided }
}

/// The layout of a map state with the current op's touches.
fn layout(m: &SimMap, touch: &Touch) -> Layout {
    match &m.inner {
        Inner::Classic(h) => Layout::Classic(classic_view(h, touch)),
        Inner::Swiss(s) => Layout::Swiss(swiss_view(s, touch)),
    }
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
    if t.frames.is_empty() {
        return None;
    }
    let i = i.min(t.frames.len() - 1);
    let Frame { op, step } = t.frame(i);
    let rec = &t.ops[op];
    let event_text = rec.events.get(step).map(|s| s.trim().to_string()).unwrap_or_default();
    let (layout, narration) = match t.op_states(op) {
        Some(s) => {
            let ev = s.events.get(step);
            let first_mut = s.events.iter().position(mutates).unwrap_or(usize::MAX);
            let state = if step >= first_mut { &s.after } else { &s.before };
            let touch = touches(&s.events, step);
            (layout(state, &touch), narrate(rec, ev))
        }
        None => (
            Layout::Unknown(format!(
                "The map's state cannot be shown from operation {} on: replaying the trace did not reproduce the interpreter's events ({}).",
                t.verified + 1,
                t.divergence.clone().unwrap_or_default()
            )),
            event_text.clone(),
        ),
    };
    Some(FrameView {
        frame: i,
        frames: t.frames.len(),
        op,
        ops: t.ops.len(),
        title: op_title(rec),
        event: event_text,
        narration,
        layout,
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
            trace(GROW, Impl::Classic, GoVersion::Go123),
        );
        let views: Vec<FrameView> =
            (0..t.frames.len()).map(|i| frame_view(&t, i, &|_| 6).unwrap()).collect();
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

    #[test]
    fn swiss_frames_show_tables_and_probes() {
        let t = Timeline::build(
            Impl::Swiss,
            GoVersion::Go127,
            trace(GROW, Impl::Swiss, GoVersion::Go127),
        );
        let last = frame_view(&t, usize::MAX, &|_| 1).unwrap();
        let Layout::Swiss(s) = &last.layout else { panic!() };
        assert_eq!(s.tables.len(), 1);
        let used = s.tables[0].header.iter().find(|f| f.name == "used").unwrap();
        assert_eq!(used.value, "100");
        assert!((0..t.frames.len()).any(|i| {
            frame_view(&t, i, &|_| 1).is_some_and(|v| v.narration.starts_with("probe step 0"))
        }));
    }
}
