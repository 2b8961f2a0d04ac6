//! The app state and its pure reducer: every change to what the page shows goes through
//! [`Action`]. No DOM here; the clock is injected so tests are deterministic.

use std::rc::Rc;

use escapade_analysis::escape::GoVersion;
use escapade_analysis::{analyze, Analysis};
use yew::Reducible;

use crate::escape_model::{EscapeModel, Filter, Status};
use crate::examples::{Example, EXAMPLES};
use crate::view_model::{self, EditorView};

/// A monotonic clock in milliseconds (the browser's `performance.now()` in the app).
pub type Clock = fn() -> f64;

/// The panes next to the editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Escape,
    Map,
    Output,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Escape, Pane::Map, Pane::Output];

    pub fn label(self) -> &'static str {
        match self {
            Pane::Escape => "Escape",
            Pane::Map => "Map",
            Pane::Output => "Output",
        }
    }

    /// Stable id fragment for DOM ids and test hooks.
    pub fn slug(self) -> &'static str {
        match self {
            Pane::Escape => "escape",
            Pane::Map => "map",
            Pane::Output => "output",
        }
    }

    /// The pane `step` places away (wrapping), for arrow-key navigation between tabs.
    pub fn cycle(self, step: isize) -> Pane {
        let n = Pane::ALL.len() as isize;
        let i = Pane::ALL.iter().position(|&p| p == self).unwrap_or(0) as isize;
        Pane::ALL[(i + step).rem_euclid(n) as usize]
    }
}

/// A request to put the editor's caret somewhere and focus it (e.g. a click in Problems).
/// `seq` makes two requests for the same place distinct, so the editor acts on each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaretRequest {
    pub seq: u64,
    /// Byte offset into the source.
    pub offset: usize,
    /// End of the range to select (== `offset` for a plain caret).
    pub end: usize,
}

/// The two views of the Escape pane.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EscapeTab {
    #[default]
    Verdicts,
    Raw,
}

/// The escape workbench: the analysis of the text (debounced while typing) and the pane's
/// choices.
#[derive(Clone, Debug, PartialEq)]
pub struct Workbench {
    pub model: Rc<EscapeModel>,
    /// The last model with verdicts: changes are badged against it, so a syntax error while
    /// typing (no verdicts for a moment) does not hide what the finished edit changed.
    pub baseline: Rc<EscapeModel>,
    /// `model` belongs to the current text (false between an edit and the debounced run).
    pub fresh: bool,
    pub version: GoVersion,
    pub filter: Filter,
    pub tab: EscapeTab,
    /// Selected verdict (index into `model.verdicts`): its details and flow show in the pane.
    pub selected: Option<usize>,
    /// Show the selected verdict's raw `-m=2` text instead of the step chain.
    pub raw_m2: bool,
    /// Model inlining (plain `go build`, no `-l`); on by default.
    pub inline: bool,
    /// Milliseconds of the last escape analysis.
    pub ms: f64,
}

/// Milliseconds the escape analysis waits after the last keystroke.
pub const ESCAPE_DEBOUNCE_MS: u32 = 150;

/// How long the last re-analysis took, in milliseconds.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Timing {
    pub analyze_ms: f64,
    pub view_ms: f64,
}

#[derive(Clone, Debug)]
pub struct AppState {
    /// The text the analysis and view belong to (what the textarea holds).
    pub source: Rc<str>,
    pub analysis: Rc<Analysis>,
    /// The parser found errors in `source` (`analysis` may hold type errors instead, after an
    /// escape run).
    pub syntax_errors: bool,
    pub view: Rc<EditorView>,
    /// Bumped when the source is replaced from outside the editor (example picker): the editor
    /// then writes `source` into the textarea. Typing never bumps it.
    pub replace_seq: u64,
    pub example: &'static str,
    pub pane: Pane,
    /// Caret byte offset, for the status bar.
    pub caret: usize,
    pub caret_request: Option<CaretRequest>,
    pub timing: Option<Timing>,
    pub escape: Workbench,
}

#[derive(Clone, Debug)]
pub enum Action {
    /// The user edited the text (one input event).
    Edit {
        text: String,
        clock: Clock,
    },
    /// Replace the text with a bundled example.
    LoadExample {
        id: &'static str,
        clock: Clock,
    },
    SelectPane(Pane),
    /// The caret moved (byte offset).
    SetCaret(usize),
    /// Move the caret to diagnostic `n` (index into `analysis.diagnostics`) and focus the editor.
    RevealDiagnostic(usize),
    /// Run the escape analysis on the current text (after the typing debounce).
    RunEscape {
        clock: Clock,
    },
    SetVersion {
        version: GoVersion,
        clock: Clock,
    },
    /// Inlining on (plain `go build`) or off (`-l`); re-analyses.
    SetInline {
        inline: bool,
        clock: Clock,
    },
    SetFilter(Filter),
    SetEscapeTab(EscapeTab),
    /// Select verdict `n` (details in the pane) and put the editor's selection on it.
    SelectVerdict(usize),
    /// Select a byte range in the editor (a flow step).
    SelectRange(usize, usize),
    /// Select the next (`1`) or previous (`-1`) verdict the filter shows, in source order,
    /// from the selected verdict (or the caret), wrapping around; shows the Escape pane.
    StepVerdict(isize),
    ToggleRawM2,
    /// Compute the `-m=2` flows of an inlined model when a verdict is selected (they are
    /// computed on demand, not on every edit: [`crate::escape_model::Flows::Pending`]).
    LoadFlows,
    /// Replace the text and choices with a shared link's or a saved session's.
    Restore {
        shared: Box<crate::share::Shared>,
        clock: Clock,
    },
}

impl AppState {
    pub fn new(clock: Clock) -> AppState {
        let starter = &EXAMPLES[0];
        let (analysis, view, timing) = analyze_timed(starter.source, clock);
        let state = AppState {
            source: Rc::from(starter.source),
            syntax_errors: !analysis.diagnostics.is_empty(),
            analysis,
            view,
            replace_seq: 0,
            example: starter.id,
            pane: Pane::Escape,
            caret: 0,
            caret_request: None,
            timing: Some(timing),
            escape: Workbench {
                model: Rc::new(EscapeModel::default()),
                baseline: Rc::new(EscapeModel::default()),
                fresh: false,
                version: crate::escape_model::VERSIONS[0],
                filter: Filter::default(),
                tab: EscapeTab::default(),
                selected: None,
                raw_m2: false,
                inline: true,
                ms: 0.0,
            },
        };
        state.run_escape(clock, false)
    }

    /// The starting state, restored from `shared` (a link or saved session) when given.
    pub fn restored(clock: Clock, shared: Option<crate::share::Shared>) -> AppState {
        let state = AppState::new(clock);
        match shared {
            Some(shared) => {
                let next =
                    Rc::new(state).reduce(Action::Restore { shared: Box::new(shared), clock });
                Rc::unwrap_or_clone(next)
            }
            None => state,
        }
    }

    /// What a share link (or the saved session) carries.
    pub fn shared(&self) -> crate::share::Shared {
        crate::share::Shared {
            source: self.source.to_string(),
            version: self.escape.version,
            inline: self.escape.inline,
            pane: self.pane,
            filter: self.escape.filter,
            tab: self.escape.tab,
        }
    }

    /// Runs the escape analysis on the current text. `diff`: badge what changed since the
    /// previous run. Type errors join the editor's diagnostics (shown like syntax errors).
    fn run_escape(mut self, clock: Clock, diff: bool) -> AppState {
        // The parse of this text is already in `analysis` (only its diagnostics may differ).
        let has_syntax = self.syntax_errors;
        let t0 = clock();
        let w = &self.escape;
        let mut model = EscapeModel::run(&self.source, w.version, w.inline, has_syntax);
        let t1 = clock();
        if diff {
            model = model.diff_from(&self.escape.baseline);
        }
        // Keep the selection on the same verdict, or on the verdict now at its position.
        let selected =
            self.escape.selected.and_then(|i| self.escape.model.verdicts.get(i)).and_then(|old| {
                let at = |v: &crate::escape_model::Verdict| (v.line, v.col) == (old.line, old.col);
                let exact = model.verdicts.iter().position(|v| at(v) && v.message == old.message);
                exact.or_else(|| model.verdicts.iter().position(at))
            });
        if let Status::TypeErrors(_) = model.status {
            let mut a = (*self.analysis).clone();
            a.diagnostics = model.type_errors.clone();
            self.view = Rc::new(view_model::editor_view(&self.source, &a));
            self.analysis = Rc::new(a);
        } else if !self.analysis.diagnostics.is_empty() && !has_syntax {
            // Type errors of the previous run are fixed: back to the parser's (empty) list.
            let mut a = (*self.analysis).clone();
            a.diagnostics.clear();
            self.view = Rc::new(view_model::editor_view(&self.source, &a));
            self.analysis = Rc::new(a);
        }
        let model = Rc::new(model);
        let baseline = if model.status == Status::Verdicts {
            model.clone()
        } else {
            self.escape.baseline.clone()
        };
        self.escape = Workbench {
            model,
            baseline,
            fresh: true,
            selected,
            ms: t1 - t0,
            ..self.escape.clone()
        };
        self
    }

    /// The bundled example the editor currently holds, unless the user has changed it.
    pub fn unchanged_example(&self) -> Option<&'static str> {
        Example::by_id(self.example).filter(|e| *e.source == *self.source).map(|e| e.id)
    }

    fn with_source(&self, text: &str, clock: Clock) -> AppState {
        let (analysis, view, timing) = analyze_timed(text, clock);
        let caret = self.caret.min(text.len());
        AppState {
            source: Rc::from(text),
            syntax_errors: !analysis.diagnostics.is_empty(),
            analysis,
            view,
            caret,
            timing: Some(timing),
            ..self.clone()
        }
    }
}

fn analyze_timed(text: &str, clock: Clock) -> (Rc<Analysis>, Rc<EditorView>, Timing) {
    let t0 = clock();
    let analysis = analyze(text);
    let t1 = clock();
    let view = view_model::editor_view(text, &analysis);
    let t2 = clock();
    (Rc::new(analysis), Rc::new(view), Timing { analyze_ms: t1 - t0, view_ms: t2 - t1 })
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit { text, clock } => {
                if *text == *self.source {
                    return self;
                }
                let mut next = self.with_source(&text, clock);
                next.escape.fresh = false;
                Rc::new(next)
            }
            Action::LoadExample { id, clock } => {
                let Some(example) = Example::by_id(id) else { return self };
                let mut next = self.with_source(example.source, clock);
                next.example = example.id;
                next.replace_seq += 1;
                next.caret = 0;
                next.escape.selected = None;
                Rc::new(next.run_escape(clock, false))
            }
            Action::SelectPane(pane) => {
                if pane == self.pane {
                    return self;
                }
                Rc::new(AppState { pane, ..(*self).clone() })
            }
            Action::SetCaret(offset) => {
                let offset = offset.min(self.source.len());
                if offset == self.caret {
                    return self;
                }
                Rc::new(AppState { caret: offset, ..(*self).clone() })
            }
            Action::RevealDiagnostic(n) => {
                let Some(d) = self.analysis.diagnostics.get(n) else { return self };
                let offset = (d.span.start as usize).min(self.source.len());
                Rc::new(self.select(offset, offset))
            }
            Action::RunEscape { clock } => {
                if self.escape.fresh {
                    return self;
                }
                Rc::new((*self).clone().run_escape(clock, true))
            }
            Action::SetVersion { version, clock } => {
                if version == self.escape.version {
                    return self;
                }
                let mut next = (*self).clone();
                next.escape.version = version;
                Rc::new(next.run_escape(clock, true))
            }
            Action::SetInline { inline, clock } => {
                if inline == self.escape.inline {
                    return self;
                }
                let mut next = (*self).clone();
                next.escape.inline = inline;
                Rc::new(next.run_escape(clock, true))
            }
            Action::SetFilter(filter) => self.with_workbench(|w| w.filter = filter),
            Action::SetEscapeTab(tab) => self.with_workbench(|w| w.tab = tab),
            Action::ToggleRawM2 => self.with_workbench(|w| w.raw_m2 = !w.raw_m2),
            Action::SelectVerdict(n) => {
                let Some(v) = self.escape.model.verdicts.get(n) else { return self };
                let (a, b) = v.range;
                let mut next = self.select(a, b);
                next.escape.selected = Some(n);
                Rc::new(next).reduce(Action::LoadFlows)
            }
            Action::LoadFlows => {
                if self.escape.selected.is_none() {
                    return self;
                }
                match self.escape.model.with_flows() {
                    Some(model) => self.with_workbench(|w| w.model = Rc::new(model)),
                    None => self,
                }
            }
            Action::SelectRange(a, b) => Rc::new(self.select(a, b)),
            Action::StepVerdict(step) => match self.step_verdict(step) {
                Some(n) => {
                    let next = self.reduce(Action::SelectVerdict(n));
                    if next.pane == Pane::Escape {
                        next
                    } else {
                        Rc::new(AppState { pane: Pane::Escape, ..(*next).clone() })
                    }
                }
                None => self,
            },
            Action::Restore { shared, clock } => {
                let mut next = self.with_source(&shared.source, clock);
                if let Some(e) = EXAMPLES.iter().find(|e| *e.source == *shared.source) {
                    next.example = e.id;
                }
                next.replace_seq += 1;
                next.caret = 0;
                next.pane = shared.pane;
                next.escape.version = shared.version;
                next.escape.inline = shared.inline;
                next.escape.filter = shared.filter;
                next.escape.tab = shared.tab;
                next.escape.selected = None;
                Rc::new(next.run_escape(clock, false))
            }
        }
    }
}

impl AppState {
    /// The verdict [`Action::StepVerdict`] moves to: verdicts the filter keeps, ordered by
    /// where they start in the source; none while the verdicts belong to an older text.
    pub fn step_verdict(&self, step: isize) -> Option<usize> {
        let m = &self.escape.model;
        if !self.escape.fresh || step == 0 {
            return None;
        }
        let mut order: Vec<usize> = (0..m.verdicts.len())
            .filter(|&i| self.escape.filter.keeps(m.verdicts[i].class))
            .collect();
        escapade_analysis::sort::stable_sort_by_key(&mut order, |&i| (m.verdicts[i].range.0, i));
        let n = order.len() as isize;
        if n == 0 {
            return None;
        }
        let here = self.escape.selected.and_then(|s| order.iter().position(|&i| i == s));
        let pos = match here {
            Some(p) => (p as isize + step).rem_euclid(n),
            None if step > 0 => order
                .iter()
                .position(|&i| m.verdicts[i].range.0 >= self.caret)
                .map_or(0, |p| p as isize),
            None => order
                .iter()
                .rposition(|&i| m.verdicts[i].range.0 < self.caret)
                .map_or(n - 1, |p| p as isize),
        };
        Some(order[pos as usize])
    }

    /// Requests the editor selection `a..b` (clamped, ordered) and focus.
    fn select(&self, a: usize, b: usize) -> AppState {
        let len = self.source.len();
        let (a, b) = (a.min(len), b.min(len).max(a.min(len)));
        let a = view_model::floor_boundary(&self.source, a);
        let b = view_model::ceil_boundary(&self.source, b);
        let seq = self.caret_request.map_or(1, |r| r.seq + 1);
        AppState {
            caret: a,
            caret_request: Some(CaretRequest { seq, offset: a, end: b }),
            ..self.clone()
        }
    }

    fn with_workbench(self: Rc<Self>, f: impl FnOnce(&mut Workbench)) -> Rc<AppState> {
        let mut w = self.escape.clone();
        f(&mut w);
        if w == self.escape {
            return self;
        }
        Rc::new(AppState { escape: w, ..(*self).clone() })
    }
}

/// Cheap equality for `use_reducer_eq`: the big fields are compared by identity (the reducer
/// always allocates new ones when they change), timings are ignored.
impl PartialEq for AppState {
    fn eq(&self, other: &AppState) -> bool {
        Rc::ptr_eq(&self.source, &other.source)
            && Rc::ptr_eq(&self.analysis, &other.analysis)
            && Rc::ptr_eq(&self.view, &other.view)
            && self.replace_seq == other.replace_seq
            && self.example == other.example
            && self.pane == other.pane
            && self.caret == other.caret
            && self.caret_request == other.caret_request
            && self.escape == other.escape
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::escape_model::Class;

    fn zero() -> f64 {
        0.0
    }

    thread_local! {
        static TICKS: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
    }

    /// A clock that advances 1.5 ms per reading.
    fn ticking() -> f64 {
        TICKS.with(|t| {
            t.set(t.get() + 1.5);
            t.get()
        })
    }

    fn edit(state: Rc<AppState>, text: &str) -> Rc<AppState> {
        state.reduce(Action::Edit { text: text.to_string(), clock: zero })
    }

    #[test]
    fn starts_with_the_starter_example_analysed_without_errors() {
        let s = AppState::new(zero);
        assert_eq!(s.example, "starter");
        assert!(s.source.contains("package main"));
        assert!(s.analysis.diagnostics.is_empty(), "{:?}", s.analysis.diagnostics);
        assert!(!s.analysis.highlights.is_empty());
        assert_eq!(s.view.lines.len(), s.source.lines().count() + 1); // trailing newline
    }

    #[test]
    fn editing_reanalyses_and_records_timing_from_the_injected_clock() {
        let s = Rc::new(AppState::new(zero));
        let broken = "package main\n\nfunc main() {\n\tx := \n}\n";
        let s2 = s.clone().reduce(Action::Edit { text: broken.into(), clock: ticking });
        assert_eq!(&*s2.source, broken);
        assert!(!s2.analysis.diagnostics.is_empty());
        assert_eq!(s2.view.problems.len(), s2.analysis.diagnostics.len());
        assert_eq!(s2.timing, Some(Timing { analyze_ms: 1.5, view_ms: 1.5 }));
        assert_eq!(s2.replace_seq, s.replace_seq, "typing must not rewrite the textarea");
        assert!(*s2 != *s);
    }

    #[test]
    fn an_edit_that_changes_nothing_keeps_the_same_state() {
        let s = Rc::new(AppState::new(zero));
        let same = s.source.to_string();
        let s2 = edit(s.clone(), &same);
        assert!(Rc::ptr_eq(&s, &s2));
    }

    #[test]
    fn caret_is_clamped_to_the_new_text() {
        let s = Rc::new(AppState::new(zero)).reduce(Action::SetCaret(usize::MAX));
        assert_eq!(s.caret, s.source.len());
        let s = edit(s, "package p\n");
        assert_eq!(s.caret, "package p\n".len());
    }

    #[test]
    fn loading_an_example_replaces_the_text_and_bumps_replace_seq() {
        let s = edit(Rc::new(AppState::new(zero)), "package p\nfunc (\n");
        let s2 = s.clone().reduce(Action::LoadExample { id: "maps", clock: zero });
        assert_eq!(s2.example, "maps");
        assert_eq!(&*s2.source, Example::by_id("maps").map(|e| e.source).unwrap_or(""));
        assert_eq!(s2.replace_seq, s.replace_seq + 1);
        assert_eq!(s2.unchanged_example(), Some("maps"));
        let edited = edit(s2.clone(), "package main\n");
        assert_eq!(edited.unchanged_example(), None);
        let back = edit(edited, Example::by_id("maps").map_or("", |e| e.source));
        assert_eq!(back.unchanged_example(), Some("maps"));
        assert!(s2.analysis.diagnostics.is_empty());
        let unknown = s2.clone().reduce(Action::LoadExample { id: "nope", clock: zero });
        assert!(Rc::ptr_eq(&s2, &unknown));
    }

    #[test]
    fn revealing_a_diagnostic_requests_the_caret_at_its_start_each_time() {
        let text = "package main\n\nfunc main() {\n\tx := \n}\n";
        let s = edit(Rc::new(AppState::new(zero)), text);
        let first = s.analysis.diagnostics[0].span.start as usize;
        let r1 = s.clone().reduce(Action::RevealDiagnostic(0));
        let req1 = r1.caret_request.expect("request");
        assert_eq!(req1.offset, first);
        assert_eq!(r1.caret, first);
        let r2 = r1.clone().reduce(Action::RevealDiagnostic(0));
        assert_eq!(r2.caret_request.map(|r| r.seq), Some(req1.seq + 1));
        let out_of_range = r2.clone().reduce(Action::RevealDiagnostic(99));
        assert!(Rc::ptr_eq(&r2, &out_of_range));
    }

    #[test]
    fn selecting_panes_and_cycling() {
        let s = Rc::new(AppState::new(zero));
        assert_eq!(s.pane, Pane::Escape);
        let s2 = s.clone().reduce(Action::SelectPane(Pane::Map));
        assert_eq!(s2.pane, Pane::Map);
        let s3 = s2.clone().reduce(Action::SelectPane(Pane::Map));
        assert!(Rc::ptr_eq(&s2, &s3));
        assert_eq!(Pane::Escape.cycle(-1), Pane::Output);
        assert_eq!(Pane::Output.cycle(1), Pane::Escape);
        assert_eq!(Pane::Escape.cycle(1), Pane::Map);
    }

    #[test]
    fn escape_runs_on_load_and_after_the_debounced_run_action() {
        let s = Rc::new(AppState::new(zero));
        assert!(s.escape.fresh);
        assert!(s.escape.model.verdicts.iter().any(|v| v.message == "moved to heap: p"));
        let edited = edit(s.clone(), &s.source.replace("return &p", "return &p // still"));
        assert!(!edited.escape.fresh, "typing defers the escape analysis");
        let run = edited.clone().reduce(Action::RunEscape { clock: zero });
        assert!(run.escape.fresh);
        assert!(run.escape.model.verdicts.iter().all(|v| v.change.is_none()));
        let again = run.clone().reduce(Action::RunEscape { clock: zero });
        assert!(Rc::ptr_eq(&run, &again));
    }

    #[test]
    fn type_errors_join_the_problems_and_clear_when_fixed() {
        let s = Rc::new(AppState::new(zero));
        let bad = "package main\n\nfunc main() {\n\tvar x int = \"s\"\n\t_ = x\n}\n";
        let s = edit(s, bad).reduce(Action::RunEscape { clock: zero });
        assert!(matches!(s.escape.model.status, Status::TypeErrors(_)));
        assert_eq!(s.view.problems.len(), 1);
        assert!(s.view.problems[0].text.starts_with("4:14: cannot use"), "{:?}", s.view.problems);
        let good = bad.replace("\"s\"", "1");
        let s = edit(s, &good).reduce(Action::RunEscape { clock: zero });
        assert_eq!(s.escape.model.status, Status::Verdicts);
        assert!(s.view.problems.is_empty());
    }

    #[test]
    fn restoring_a_shared_state_round_trips_through_a_link() {
        let s = Rc::new(AppState::new(zero))
            .reduce(Action::SelectPane(Pane::Map))
            .reduce(Action::SetVersion { version: GoVersion::Go123, clock: zero })
            .reduce(Action::SetFilter(Filter::Params))
            .reduce(Action::SetEscapeTab(EscapeTab::Raw));
        let s = edit(s, "package main\n\nfunc main() { _ = new(int) }\n");
        let link = crate::share::encode(&s.shared());
        let back = AppState::restored(zero, crate::share::decode(&link).ok());
        assert_eq!(back.shared(), s.shared());
        assert!(back.escape.fresh && back.replace_seq > 0);
        assert_eq!(back.unchanged_example(), None);
        let ex = Example::by_id("maps").map_or("", |e| e.source);
        let mut shared = back.shared();
        shared.source = ex.to_string();
        assert_eq!(AppState::restored(zero, Some(shared)).unchanged_example(), Some("maps"));
        assert_eq!(AppState::restored(zero, None).source, AppState::new(zero).source);
    }

    #[test]
    fn selecting_verdicts_steps_versions_and_filters() {
        let s = Rc::new(AppState::new(zero))
            .reduce(Action::LoadExample { id: "esc-make", clock: zero });
        assert!(s.escape.fresh && s.escape.selected.is_none());
        let n = s
            .escape
            .model
            .verdicts
            .iter()
            .position(|v| v.message == "make([]int, n) does not escape");
        let sel = s.clone().reduce(Action::SelectVerdict(n.expect("verdict")));
        let req = sel.caret_request.expect("request");
        assert_eq!(&sel.source[req.offset..req.end], "make([]int, n)");
        let old = sel.clone().reduce(Action::SetVersion { version: GoVersion::Go123, clock: zero });
        let v = &old.escape.model.verdicts[old.escape.selected.expect("kept")];
        assert_eq!(v.message, "make([]int, n) escapes to heap");
        assert_eq!(v.change_label().as_deref(), Some("make([]int, n): stack → heap"));
        let f = old.clone().reduce(Action::SetFilter(Filter::HeapOnly));
        assert_eq!(f.escape.filter, Filter::HeapOnly);
        assert!(Rc::ptr_eq(&f, &f.clone().reduce(Action::SetFilter(Filter::HeapOnly))));
        let t = f.reduce(Action::ToggleRawM2).reduce(Action::SetEscapeTab(EscapeTab::Raw));
        assert!(t.escape.raw_m2 && t.escape.tab == EscapeTab::Raw);
        let r = t.clone().reduce(Action::SelectRange(usize::MAX, 3));
        let req = r.caret_request.expect("request");
        assert!(req.offset <= req.end && req.end <= r.source.len());
        assert!(Rc::ptr_eq(&t, &t.clone().reduce(Action::SelectVerdict(999))));
    }

    #[test]
    fn changes_are_badged_against_the_last_analysis_with_verdicts() {
        let leak = "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n";
        let run =
            |s: Rc<AppState>, text: &str| edit(s, text).reduce(Action::RunEscape { clock: zero });
        let s = run(Rc::new(AppState::new(zero)), leak);
        // Half-typed (a syntax error: no verdicts), then finished.
        let s = run(s, &leak.replace("return &x", "y := x\n\treturn &"));
        assert_eq!(s.escape.model.status, Status::SyntaxErrors);
        let s = run(s, &leak.replace("return &x", "y := x\n\treturn &y"));
        assert_eq!(s.escape.model.gone, vec!["moved to heap: x (in f)".to_string()]);
        let y = s.escape.model.verdicts.iter().find(|v| v.message == "moved to heap: y");
        assert_eq!(y.and_then(|v| v.change.clone()), Some(crate::escape_model::Change::New));
    }

    #[test]
    fn stepping_through_verdicts_follows_the_source_the_filter_and_the_caret() {
        let s = Rc::new(AppState::new(zero))
            .reduce(Action::LoadExample { id: "esc-maps", clock: zero })
            .reduce(Action::SelectPane(Pane::Output));
        let m = s.escape.model.clone();
        let mut order: Vec<usize> = (0..m.verdicts.len()).collect();
        escapade_analysis::sort::stable_sort_by_key(&mut order, |&i| (m.verdicts[i].range.0, i));
        assert!(order.len() >= 3);
        // From the top of the file forwards, each step selects the next verdict in the editor
        // and shows the Escape pane; it wraps at the end.
        let mut t = s.clone();
        for &want in order.iter().chain(order.first()) {
            t = t.reduce(Action::StepVerdict(1));
            assert_eq!(t.escape.selected, Some(want));
            assert_eq!(t.pane, Pane::Escape);
            let req = t.caret_request.expect("request");
            assert_eq!((req.offset, req.end), m.verdicts[want].range);
            assert_eq!(t.caret, m.verdicts[want].range.0);
        }
        let back = t.reduce(Action::StepVerdict(-1));
        assert_eq!(back.escape.selected, order.last().copied(), "previous wraps to the end");
        // Without a selection, the caret decides where stepping starts.
        let mid = m.verdicts[order[1]].range.0;
        let c = s.clone().reduce(Action::SetCaret(mid));
        assert_eq!(c.step_verdict(1), Some(order[1]));
        assert_eq!(c.step_verdict(-1), Some(order[0]));
        // The filter limits the steps; stale verdicts (after an edit) are not stepped to.
        let heap = s.clone().reduce(Action::SetFilter(Filter::HeapOnly));
        let first_heap = order.iter().copied().find(|&i| m.verdicts[i].class == Class::Heap);
        assert_eq!(heap.step_verdict(1), first_heap);
        let edited = edit(s.clone(), &format!("{}\n", s.source));
        assert!(Rc::ptr_eq(&edited, &edited.clone().reduce(Action::StepVerdict(1))));
    }
}
