//! Running the snippet: the interpreter's options for the chosen runtime, the program output
//! split into pieces linked to the printing call, and the maps seen in the run.

use std::rc::Rc;

use escapade_analysis::interp::{GoVersion, Impl, Options, Outcome, RunResult};
use escapade_analysis::{LineIndex, Span};
use yew::Callback;

use super::timeline::{OpRec, Timeline};

/// The map runtime the run simulates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Runtime {
    /// Go 1.23's bucket map.
    Classic123,
    /// Go 1.27's Swiss tables.
    #[default]
    Swiss127,
}

impl Runtime {
    pub fn label(self) -> &'static str {
        match self {
            Runtime::Classic123 => "classic (Go 1.23)",
            Runtime::Swiss127 => "Swiss (Go 1.27)",
        }
    }
    pub fn slug(self) -> &'static str {
        match self {
            Runtime::Classic123 => "classic",
            Runtime::Swiss127 => "swiss",
        }
    }
    pub fn imp_go(self) -> (Impl, GoVersion) {
        match self {
            Runtime::Classic123 => (Impl::Classic, GoVersion::Go123),
            Runtime::Swiss127 => (Impl::Swiss, GoVersion::Go127),
        }
    }
}

/// One piece of output: what one print call wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct Chunk {
    pub text: String,
    pub stderr: bool,
    /// 1-based line of the printing call, and its span (None: the runtime's crash text).
    pub line: Option<u32>,
    pub span: Option<(usize, usize)>,
}

/// A map seen in the run: allocation site and instance.
#[derive(Clone, Debug, PartialEq)]
pub struct MapEntry {
    pub site: Span,
    pub instance: u32,
    pub label: String,
    pub ops: usize,
}

/// Map operations kept per run (the rest are counted, not animated).
pub const MAX_OPS: usize = 200_000;

/// Equal only to itself: every run is a new value, and components taking one compare it by
/// identity instead of walking up to 200,000 traced operations on every frame.
#[derive(Debug)]
pub struct RunView {
    pub runtime: Runtime,
    pub chunks: Vec<Chunk>,
    /// `exit status N`, or why the run stopped (unsupported feature, budget).
    pub outcome: String,
    pub exit: Option<i32>,
    pub maps: Vec<MapEntry>,
    /// Per map (same order as `maps`), its ops.
    pub ops: Vec<Rc<Vec<OpRec>>>,
    pub ms: f64,
}

impl PartialEq for RunView {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for RunView {}

impl RunView {
    /// The full output text, as a terminal shows stdout and stderr interleaved.
    #[cfg(test)]
    pub fn text(&self) -> String {
        self.chunks.iter().map(|c| c.text.as_str()).collect()
    }
}

/// Interpreter options for a run.
pub fn options(runtime: Runtime, seed: u64) -> Options {
    let (imp, go) = runtime.imp_go();
    Options { imp, go, seed, trace: true, record_events: true, ..Default::default() }
}

/// Asks the interpreter (see [`crate::runner`]) for a run of `src`; `done` gets its view
/// (unless the returned ticket is cancelled first). The
/// view's time (`clock` gives milliseconds) is the interpreter's plus building the view: not
/// the wait for the module to load (a run that did not finish counts its whole wait). The go1.27 escape facts that decide slice capacities come
/// from this module's analyzer.
pub fn request(
    src: Rc<str>,
    runtime: Runtime,
    seed: u64,
    clock: fn() -> f64,
    done: Callback<RunView>,
) -> crate::runner::Ticket {
    let mut opts = options(runtime, seed);
    escapade_analysis::add_escape_facts(&src, &mut opts);
    let text = src.clone();
    let asked = clock();
    let answer = Callback::from(move |a: crate::runner::Answer| {
        let t0 = clock();
        let (r, ms) = a.unwrap_or_else(|e| {
            let stopped =
                RunResult { output: Default::default(), outcome: Outcome::Stopped(e), steps: 0 };
            // No run time (stopped, failed): the wait counts, so a stopped runaway turns
            // running on edit off like a slow run.
            (stopped, t0 - asked)
        });
        let mut v = view(&src, runtime, r);
        v.ms = ms + (clock() - t0);
        done.emit(v);
    });
    crate::runner::request(&text, &opts, answer)
}

/// Runs `src` at once (native tests: the interpreter answers before [`request`] returns).
#[cfg(test)]
pub fn run(src: &str, runtime: Runtime, seed: u64) -> RunView {
    let out = Rc::new(std::cell::RefCell::new(None));
    let o = out.clone();
    let done = Callback::from(move |v| *o.borrow_mut() = Some(v));
    let _ = request(Rc::from(src), runtime, seed, || 0.0, done);
    let v = out.borrow_mut().take();
    v.expect("native runs answer at once")
}

/// The run's view. Takes the result by value: each traced map operation's texts are dropped as
/// soon as it is reduced to an [`OpRec`].
pub fn view(src: &str, runtime: Runtime, r: RunResult) -> RunView {
    let li = LineIndex::new(src);
    let line_of = |off: u32| li.line_col(off as usize).line;
    let out = &r.output;
    let (mut o, mut e) = (0usize, 0usize);
    let mut chunks = Vec::new();
    for &(span, stderr, n) in &out.writes {
        let (buf, pos) = if stderr { (&out.stderr, &mut e) } else { (&out.stdout, &mut o) };
        let end = (*pos + n).min(buf.len());
        let text = String::from_utf8_lossy(&buf[*pos..end]).into_owned();
        *pos = end;
        chunks.push(Chunk {
            text,
            stderr,
            line: Some(line_of(span.start)),
            span: Some((span.start as usize, span.end as usize)),
        });
    }
    for (buf, pos, stderr) in [(&out.stdout, o, false), (&out.stderr, e, true)] {
        if pos < buf.len() {
            let text = String::from_utf8_lossy(&buf[pos..]).into_owned();
            chunks.push(Chunk { text, stderr, line: None, span: None });
        }
    }
    let (outcome, exit) = match &r.outcome {
        Outcome::Exit(0) => ("program exited normally".to_string(), Some(0)),
        Outcome::Exit(n) => (format!("exit status {n}"), Some(*n)),
        Outcome::Stopped(m) => (m.clone(), None),
    };
    let mut maps: Vec<MapEntry> = Vec::new();
    let mut ops: Vec<Vec<OpRec>> = Vec::new();
    for (n, op) in r.output.map_ops.into_iter().enumerate() {
        if n >= MAX_OPS {
            break;
        }
        let i = match maps.iter().position(|m| m.site == op.site && m.instance == op.instance) {
            Some(i) => i,
            None => {
                let lc = li.line_col(op.site.start as usize);
                let text = src.get(op.site.start as usize..op.site.end as usize).unwrap_or("map");
                let text: String = text.chars().take(40).collect();
                maps.push(MapEntry {
                    site: op.site,
                    instance: op.instance,
                    label: format!("{text} · line {} · map #{}", lc.line, op.instance),
                    ops: 0,
                });
                ops.push(Vec::new());
                maps.len() - 1
            }
        };
        maps[i].ops += 1;
        ops[i].push(OpRec::from_trace(op));
    }
    RunView {
        runtime,
        chunks,
        outcome,
        exit,
        maps,
        ops: ops.into_iter().map(Rc::new).collect(),
        ms: 0.0,
    }
}

/// The timeline of map `i` of a run.
pub fn timeline(v: &RunView, i: usize) -> Option<Timeline> {
    let ops = v.ops.get(i)?;
    let (imp, go) = v.runtime.imp_go();
    Some(Timeline::build(imp, go, ops.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use escapade_analysis::maps::events::Event;

    #[test]
    fn output_is_split_by_print_call_with_lines_and_the_panic_last() {
        let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]int{}\n\tm[\"a\"] = 1\n\tfmt.Println(len(m))\n\tfmt.Print(\"x\", m[\"a\"], \"\\n\")\n\tvar n map[int]int\n\tn[1] = 2\n}\n";
        let v = run(src, Runtime::Swiss127, 1);
        assert_eq!(v.chunks[0].text, "1\n");
        assert_eq!(v.chunks[0].line, Some(8));
        assert_eq!(v.chunks[1].text, "x1\n");
        assert_eq!(v.chunks[1].line, Some(9));
        let last = v.chunks.last().unwrap();
        assert!(last.stderr);
        assert!(v.text().contains("panic: assignment to entry in nil map"), "{:?}", v.text());
        assert_eq!(v.exit, Some(2));
        assert_eq!(v.maps.len(), 1);
        assert!(v.maps[0].label.starts_with("map[string]int{} · line 6"), "{}", v.maps[0].label);
    }

    /// The map examples print exactly what real `go run` prints (goldens from
    /// scripts/web-map-goldens.sh), on both runtimes.
    #[test]
    fn map_examples_match_real_go_run() {
        let cases = [
            (
                include_str!("../../../../www/examples/map_grow.go"),
                include_str!("../../../../www/examples/map_grow.out.go127.txt"),
                include_str!("../../../../www/examples/map_grow.out.go123.txt"),
            ),
            (
                include_str!("../../../../www/examples/map_split.go"),
                include_str!("../../../../www/examples/map_split.out.go127.txt"),
                include_str!("../../../../www/examples/map_split.out.go123.txt"),
            ),
        ];
        for (src, want127, want123) in cases {
            for (rt, want) in [(Runtime::Swiss127, want127), (Runtime::Classic123, want123)] {
                let v = run(src, rt, 1);
                assert_eq!(v.text(), want, "{rt:?}");
                assert_eq!(v.exit, Some(0));
            }
        }
    }

    /// The Swiss table splits during the 897th insert (1024 slots × 7/8 = 896 keys fit).
    #[test]
    fn swiss_split_happens_at_the_897th_insert() {
        let src = include_str!("../../../../www/examples/map_split.go");
        let v = run(src, Runtime::Swiss127, 1);
        let t = timeline(&v, 0).unwrap();
        assert_eq!(t.divergence, None);
        let split = (0..t.ops.len())
            .position(|i| {
                let s = t.op_states(i).unwrap();
                s.events.iter().any(|e| matches!(e, Event::TableSplit { .. }))
            })
            .unwrap();
        assert_eq!(split + 1, 897);
        let classic = run(src, Runtime::Classic123, 1);
        let t = timeline(&classic, 0).unwrap();
        assert_eq!(t.divergence, None);
        assert_eq!(t.verified, t.ops.len());
    }

    #[test]
    fn stopped_runs_say_why() {
        let src = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";
        let opts = Options { max_steps: 1000, ..options(Runtime::Classic123, 1) };
        let r = escapade_analysis::run_program(src, &opts);
        let v = view(src, Runtime::Classic123, r);
        assert_eq!(v.exit, None, "{}", v.outcome);
        assert!(!v.outcome.is_empty());
        assert!(v.chunks.is_empty());
    }
}
