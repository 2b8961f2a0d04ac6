//! Expected answers, computed at run time: escape questions from the analyzer's verdicts for
//! the exercise's Go version, map questions from the simulator's events as the interpreter
//! traced them (replayed by the Map pane's timeline), output questions from the interpreter's
//! output. Nothing here is typed by a pack author. Pure: no DOM.

use std::rc::Rc;

use escapade_analysis::maps::events::Event;

use super::pack::{Exercise, GrowthEvent, Question};
use crate::escape_model::{Class, EscapeModel, Status, Verdict};
use crate::mapview::run::{self, RunView};
use crate::mapview::timeline::Timeline;

/// The short list of reasons a learner picks from for a heap verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    Returned,
    Closure,
    Interface,
    Size,
    Stored,
}

impl Why {
    pub const ALL: [Why; 5] = [Why::Returned, Why::Closure, Why::Interface, Why::Size, Why::Stored];

    pub fn label(self) -> &'static str {
        match self {
            Why::Returned => "it is returned to the caller",
            Why::Closure => "a closure that outlives the call captures it",
            Why::Interface => "it is passed as an interface argument (e.g. fmt.Println's ...any)",
            Why::Size => "it is too large (or not sized) for the stack frame",
            Why::Stored => "it is stored somewhere that outlives the call",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Why::Returned => "returned",
            Why::Closure => "closure",
            Why::Interface => "interface",
            Why::Size => "size",
            Why::Stored => "stored",
        }
    }

    pub fn by_slug(s: &str) -> Option<Why> {
        Why::ALL.into_iter().find(|w| w.slug() == s)
    }

    /// The reason gc's `-m=2` flow gives for a heap verdict (first match wins: a captured
    /// variable of a returned closure is a closure case; a boxed Println argument an interface
    /// case). gc's size decisions (too large, non-constant size) come first.
    pub fn of(v: &Verdict) -> Why {
        let has = |needle: &str| v.steps.iter().any(|s| s.text.contains(needle));
        if has("(too large for stack)") || has("(non-constant size)") || v.steps.is_empty() {
            Why::Size
        } else if has("(captured by a closure)") || v.message.starts_with("func literal") {
            Why::Closure
        } else if has("(call parameter)")
            && v.steps
                .iter()
                .any(|s| s.flow.contains("... argument") || s.text.contains("... argument"))
            || has("(interface-converted)")
        {
            Why::Interface
        } else if has("(return)") {
            Why::Returned
        } else {
            Why::Stored
        }
    }
}

/// One question's answer as the analyzer or simulator gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// Verdict `verdict` of the model; `heap` true for heap; `why` for heap verdicts.
    Escape { verdict: usize, heap: bool, why: Option<Why> },
    /// A bucket/group index or an insert number; `op` (index into the map's operations) and
    /// the simulator's event text that show it.
    Number { value: usize, op: usize, event: String },
    /// Evacuated to Y (else X).
    Half { y: bool, op: usize, event: String },
    /// An output line.
    Output { text: String },
}

impl Expected {
    /// The answer as the learner's input should read (`heap`, `stack`, a number, `X`, `Y`, …).
    pub fn answer(&self) -> String {
        match self {
            Expected::Escape { heap, .. } => if *heap { "heap" } else { "stack" }.into(),
            Expected::Number { value, .. } => value.to_string(),
            Expected::Half { y, .. } => if *y { "Y" } else { "X" }.into(),
            Expected::Output { text } => text.clone(),
        }
    }

    /// The map operation that shows the answer, if any.
    pub fn op(&self) -> Option<usize> {
        match self {
            Expected::Number { op, .. } | Expected::Half { op, .. } => Some(*op),
            _ => None,
        }
    }
}

/// Everything needed to check and reveal one exercise.
#[derive(Debug)]
pub struct Solution {
    pub model: Rc<EscapeModel>,
    /// Per question: the expected answer, or why the analyzer/simulator gives none.
    pub answers: Vec<Result<Expected, String>>,
}

/// The verdicts an escape question may be about (only stack/heap decisions are asked).
pub fn askable(v: &Verdict) -> bool {
    matches!(v.class, Class::Heap | Class::Stack)
}

/// The verdict an escape question designates: at `at` if given (and about `expr` if given too),
/// else the first one about `expr`.
pub fn find_verdict(m: &EscapeModel, at: Option<(u32, u32)>, expr: Option<&str>) -> Option<usize> {
    m.verdicts.iter().position(|v| {
        askable(v)
            && at.is_none_or(|(l, c)| (v.line, v.col) == (l, c))
            && expr.is_none_or(|e| v.subject == e)
    })
}

fn escape_answer(
    m: &EscapeModel,
    at: Option<(u32, u32)>,
    expr: Option<&str>,
    why: bool,
) -> Result<Expected, String> {
    if m.status != Status::Verdicts {
        return Err("the analyzer gives no verdicts for this code".into());
    }
    let i = find_verdict(m, at, expr).ok_or_else(|| {
        let at = at.map(|(l, c)| format!(" at {l}:{c}")).unwrap_or_default();
        let expr = expr.map(|e| format!(" about {e}")).unwrap_or_default();
        format!("no stack/heap verdict{at}{expr}")
    })?;
    let v = &m.verdicts[i];
    let heap = v.class == Class::Heap;
    Ok(Expected::Escape { verdict: i, heap, why: (why && heap).then(|| Why::of(v)) })
}

/// The typed events of each verified op of a timeline (index = op).
fn op_events(t: &Timeline) -> Vec<Vec<Event>> {
    (0..t.verified).map(|n| t.state_after(n + 1).map(|(_, e)| e).unwrap_or_default()).collect()
}

fn inserts_new_key(events: &[Event]) -> bool {
    events.iter().any(|e| {
        matches!(
            e,
            Event::SlotWrite { update: false, .. } | Event::SwissWrite { update: false, .. }
        )
    })
}

fn event_text(events: &[Event], pick: impl Fn(&Event) -> bool) -> String {
    events.iter().find(|e| pick(e)).map(|e| e.to_string().trim().to_string()).unwrap_or_default()
}

fn map_answer(run: &RunView, q: &Question) -> Result<Expected, String> {
    let (Question::Bucket { map, .. } | Question::Growth { map, .. } | Question::Half { map, .. }) =
        q
    else {
        return Err("not a map question".into());
    };
    let t = run::timeline(run, *map).ok_or_else(|| format!("the run has no map #{}", map + 1))?;
    let events = op_events(&t);
    let unverified = || {
        t.divergence
            .clone()
            .map(|d| format!("the replay stopped matching the interpreter: {d}"))
            .unwrap_or_else(|| "no such operation in the run".into())
    };
    match q {
        Question::Bucket { key, .. } => {
            let op = t
                .ops
                .iter()
                .enumerate()
                .position(|(i, o)| {
                    o.op == "put"
                        && &*o.key == key.as_str()
                        && events.get(i).is_some_and(|e| inserts_new_key(e))
                })
                .ok_or_else(|| format!("key {key} is never inserted ({})", unverified()))?;
            let ev = &events[op];
            let value = ev
                .iter()
                .find_map(|e| match e {
                    Event::SlotWrite { bucket, update: false, .. } => Some(*bucket),
                    Event::SwissWrite { group, update: false, .. } => Some(*group),
                    _ => None,
                })
                .ok_or("no write event")?;
            let event =
                event_text(ev, |e| matches!(e, Event::SlotWrite { .. } | Event::SwissWrite { .. }));
            Ok(Expected::Number { value, op, event })
        }
        Question::Growth { event, after, .. } => {
            let is = |e: &Event| match event {
                GrowthEvent::Grow => matches!(
                    e,
                    Event::GrowStart { .. }
                        | Event::SmallToTable
                        | Event::TableGrow { .. }
                        | Event::TableSplit { .. }
                ),
                GrowthEvent::Split => matches!(e, Event::TableSplit { .. }),
            };
            let mut inserts = 0;
            for (i, ev) in events.iter().enumerate() {
                if inserts_new_key(ev) {
                    inserts += 1;
                }
                if inserts > *after && ev.iter().any(is) {
                    return Ok(Expected::Number {
                        value: inserts,
                        op: i,
                        event: event_text(ev, is),
                    });
                }
            }
            Err(format!(
                "the map does not {} in this run ({})",
                match event {
                    GrowthEvent::Grow => "grow",
                    GrowthEvent::Split => "split",
                },
                if t.divergence.is_some() {
                    unverified()
                } else {
                    "all operations replayed".into()
                }
            ))
        }
        Question::Half { key, .. } => {
            // Where each key sits (bucket, chain depth, slot), in the current and old arrays.
            type Pos = (usize, usize, usize);
            let mut cur: Vec<(Pos, String)> = Vec::new();
            let mut old: Vec<(Pos, String)> = Vec::new();
            for (i, ev) in events.iter().enumerate() {
                for e in ev {
                    match e {
                        Event::SlotWrite { bucket, depth, slot, update: false, .. } => {
                            cur.retain(|(p, _)| *p != (*bucket, *depth, *slot));
                            cur.push(((*bucket, *depth, *slot), t.ops[i].key.to_string()));
                        }
                        Event::SlotDelete { bucket, depth, slot } => {
                            cur.retain(|(p, _)| *p != (*bucket, *depth, *slot));
                        }
                        Event::GrowStart { same_size, .. } => {
                            if *same_size {
                                return Err(format!(
                                    "the map's first growth is same-size: {key} keeps its half"
                                ));
                            }
                            old = std::mem::take(&mut cur);
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
                            let Some(k) =
                                old.iter().position(|(p, _)| *p == (*oldbucket, *depth, *slot))
                            else {
                                return Err("an evacuated slot was never written".into());
                            };
                            let (_, moved) = old.remove(k);
                            if &moved == key {
                                return Ok(Expected::Half {
                                    y: *to_y,
                                    op: i,
                                    event: e.to_string().trim().to_string(),
                                });
                            }
                            cur.push(((*dst_bucket, *dst_depth, *dst_slot), moved));
                        }
                        Event::Cleared => cur.clear(),
                        _ => {}
                    }
                }
            }
            Err(format!(
                "key {key} is not evacuated in this run ({})",
                if t.divergence.is_some() { unverified() } else { "it grows no further".into() }
            ))
        }
        _ => Err("not a map question".into()),
    }
}

fn output_answer(run: &RunView, line: usize) -> Result<Expected, String> {
    let out: String = run.chunks.iter().filter(|c| !c.stderr).map(|c| c.text.as_str()).collect();
    out.lines()
        .nth(line.saturating_sub(1))
        .map(|l| Expected::Output { text: l.to_string() })
        .ok_or_else(|| format!("the program prints fewer than {line} lines"))
}

/// [`solve`] with the starter's run made at once (native tests).
#[cfg(test)]
pub fn solved(ex: &Exercise) -> Solution {
    let run = ex.map.filter(|_| needs_run(ex)).map(|(rt, seed)| run::run(&ex.starter, rt, seed));
    solve(ex, run.as_ref())
}

/// Whether the exercise's questions need a run of its starter (with its runtime and seed).
pub fn needs_run(ex: &Exercise) -> bool {
    ex.map.is_some() && ex.questions.iter().any(Question::needs_run)
}

/// Runs the analyzer on the exercise's starter code and derives every question's answer; `run`
/// is the starter's run with the exercise's runtime and seed when [`needs_run`] (`None` while
/// the interpreter has not answered: those questions then have no answer yet).
pub fn solve(ex: &Exercise, run: Option<&RunView>) -> Solution {
    let has_syntax_errors = !escapade_analysis::analyze(&ex.starter).diagnostics.is_empty();
    let model = Rc::new(EscapeModel::new(&ex.starter, ex.go, has_syntax_errors));
    let run = match run {
        Some(r) if needs_run(ex) => Ok(r),
        None if needs_run(ex) => Err("the program has not run yet"),
        _ => Err("no run"),
    };
    let answers = ex
        .questions
        .iter()
        .map(|q| match q {
            Question::Escape { at, expr, why } => escape_answer(&model, *at, expr.as_deref(), *why),
            Question::Output { line, .. } => match run {
                Ok(r) => output_answer(r, *line),
                Err(e) => Err(e.to_string()),
            },
            q => match run {
                Ok(r) => map_answer(r, q),
                Err(e) => Err(e.to_string()),
            },
        })
        .collect();
    Solution { model, answers }
}

/// The learner's answer to one question.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Given {
    pub answer: String,
    pub why: Option<Why>,
}

/// Points for one answer: 1 for the right answer, plus 1 for the right reason when asked.
/// Returns (points, out of).
pub fn grade(expected: &Expected, given: &Given) -> (u32, u32) {
    let norm = |s: &str| s.trim().to_ascii_lowercase();
    let right = norm(&given.answer) == norm(&expected.answer());
    match expected {
        Expected::Escape { why: Some(w), .. } => {
            (u32::from(right) + u32::from(given.why == Some(*w)), 2)
        }
        _ => (u32::from(right), 1),
    }
}

/// The score of a whole exercise: (points, out of). Unresolved questions count for nothing.
pub fn score(sol: &Solution, given: &[Given]) -> (u32, u32) {
    sol.answers.iter().enumerate().fold((0, 0), |(p, n), (i, a)| match a {
        Ok(e) => {
            let (gp, gn) = grade(e, &given.get(i).cloned().unwrap_or_default());
            (p + gp, n + gn)
        }
        Err(_) => (p, n),
    })
}
