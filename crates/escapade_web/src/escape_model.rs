//! Pure: source text → what the escape workbench shows (verdicts anchored in the source, their
//! `-m=2` flow, the raw gc text, grouping by function, filters and change badges).
//!
//! With `-l`, one run of the analysis with `-m=2` gives everything: the `-m` lines are the
//! `-m=2` lines minus the `-m=2`-only blocks (a native test pins this against the façade's `-m`
//! run). Inlining (`go build` without `-l`) is requested per run: one type check, the `-l`
//! analysis and the inliner's model, with `-m`; where the inliner (or the version) is not
//! modelled, the results are those of that `-l` analysis and
//! [`EscapeModel::inlining_ignored`] says so. Either way their `-m=2` flows are computed when a
//! verdict is opened ([`Flows`]), not on every edit.

use std::collections::HashMap;
use std::rc::Rc;

use escapade_analysis::escape::{self, DiagKind, Explanation, GoVersion};
use escapade_analysis::{Diagnostic, LineCol, LineIndex, Span};

use crate::view_model::{ceil_boundary, floor_boundary};

/// The file name printed in gc lines (`escapade escape -m -l main.go` prints the same).
pub const FILE_NAME: &str = "main.go";

/// The toolchains the version selector offers (first is the default).
pub const VERSIONS: [GoVersion; 2] = [GoVersion::Go127, GoVersion::Go123];

pub fn version_label(v: GoVersion) -> &'static str {
    match v {
        GoVersion::Go123 => "1.23",
        GoVersion::Go124 => "1.24",
        GoVersion::Go127 => "1.27",
    }
}

pub fn version_by_label(label: &str) -> Option<GoVersion> {
    VERSIONS.into_iter().find(|&v| version_label(v) == label)
}

/// What a verdict says about where memory lives; drives marker shape, letter and filters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// `moved to heap`, `escapes to heap`.
    Heap,
    /// `leaking param…`.
    Leak,
    /// `p does not escape` (a parameter).
    ParamOk,
    /// `EXPR does not escape`.
    Stack,
    /// Notes (`zero-copy …`, `ignoring self-assignment …`, uintptr notes).
    Note,
    /// The inliner's decisions (`can inline F`, `inlining call to F`).
    Inline,
}

impl Class {
    pub fn of(kind: &DiagKind) -> Class {
        match kind {
            DiagKind::MovedToHeap | DiagKind::EscapesToHeap => Class::Heap,
            DiagKind::LeakingParam
            | DiagKind::LeakingParamContent
            | DiagKind::LeakingParamToResult { .. } => Class::Leak,
            DiagKind::ParamDoesNotEscape => Class::ParamOk,
            DiagKind::DoesNotEscape => Class::Stack,
            DiagKind::CanInline | DiagKind::InliningCall | DiagKind::CannotInline => Class::Inline,
            _ => Class::Note,
        }
    }

    /// One letter, so kinds differ without colour.
    pub fn letter(self) -> &'static str {
        match self {
            Class::Heap => "H",
            Class::Leak => "L",
            Class::ParamOk => "P",
            Class::Stack => "S",
            Class::Note => "i",
            Class::Inline => "I",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Class::Heap => "heap",
            Class::Leak => "leak",
            Class::ParamOk => "param",
            Class::Stack => "stack",
            Class::Note => "note",
            Class::Inline => "inline",
        }
    }

    /// Short word for change badges ("x: heap → stack").
    pub fn word(self) -> &'static str {
        match self {
            Class::Heap => "heap",
            Class::Leak => "leaks",
            Class::ParamOk => "no leak",
            Class::Stack => "stack",
            Class::Note => "note",
            Class::Inline => "inlined",
        }
    }

    /// The kind in words, for screen readers (gutter markers, announcements).
    pub fn spoken(self) -> &'static str {
        match self {
            Class::Heap => "heap",
            Class::Leak => "leaking parameter",
            Class::ParamOk => "parameter does not escape",
            Class::Stack => "stack",
            Class::Note => "note",
            Class::Inline => "inlining decision",
        }
    }

    /// Most important first: the gutter shows the first class of a line.
    fn rank(self) -> u8 {
        match self {
            Class::Heap => 0,
            Class::Leak => 1,
            Class::Stack => 2,
            Class::ParamOk => 3,
            Class::Inline => 4,
            Class::Note => 5,
        }
    }
}

/// The panel's filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    HeapOnly,
    #[default]
    All,
    Params,
    /// The inliner's decisions only.
    Inlining,
}

impl Filter {
    pub const ALL: [Filter; 4] = [Filter::HeapOnly, Filter::All, Filter::Params, Filter::Inlining];

    /// The filters share links of format v1 could name.
    pub fn in_v1(self) -> bool {
        self != Filter::Inlining
    }

    pub fn label(self) -> &'static str {
        match self {
            Filter::HeapOnly => "Heap only",
            Filter::All => "All",
            Filter::Params => "Parameters",
            Filter::Inlining => "Inlining",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Filter::HeapOnly => "heap",
            Filter::All => "all",
            Filter::Params => "params",
            Filter::Inlining => "inlining",
        }
    }

    pub fn keeps(self, class: Class) -> bool {
        match self {
            Filter::HeapOnly => class == Class::Heap,
            Filter::All => true,
            Filter::Params => matches!(class, Class::Leak | Class::ParamOk),
            Filter::Inlining => class == Class::Inline,
        }
    }
}

/// One clickable `from WHERE (why) at POS` step of a `-m=2` flow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// `flow: DST ← SRC` header this note belongs to.
    pub flow: String,
    /// `from WHERE (why)`.
    pub text: String,
    pub line: u32,
    pub col: u32,
    /// Byte range to select in the editor (empty: caret at gc's position).
    pub range: (usize, usize),
}

/// A change since the previous analysis, shown until the next edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    New,
    /// The same subject had another class before (`x: heap → stack`).
    Was(Class),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub line: u32,
    pub col: u32,
    /// Byte range anchored in the editor (snapped to char boundaries; may be empty).
    pub range: (usize, usize),
    pub kind: DiagKind,
    pub class: Class,
    /// gc's message without the position.
    pub message: String,
    /// What the message is about (`x` in `moved to heap: x`).
    pub subject: String,
    /// The enclosing top-level function (`main`, `(*T).M`), or "package scope".
    pub func: String,
    /// How many times gc prints this exact line (de-duplicated here).
    pub count: usize,
    /// The `-m=2` flow behind a heap or leak verdict, flattened into steps.
    pub steps: Vec<Step>,
    /// The `-m=2` path was cut at an assignment cycle.
    pub truncated: bool,
    /// Exactly what `-m=2 -l` prints for this verdict (explanation block, then the line).
    pub m2_text: Vec<String>,
    pub change: Option<Change>,
}

impl Verdict {
    /// The line as `go build -gcflags='-m -l'` prints it (with [`FILE_NAME`]).
    pub fn gc_line(&self) -> String {
        format!("{FILE_NAME}:{}:{}: {}", self.line, self.col, self.message)
    }

    /// `x: heap → stack`, for the change badge.
    pub fn change_label(&self) -> Option<String> {
        match &self.change {
            None => None,
            Some(Change::New) => Some("new".to_string()),
            Some(Change::Was(c)) => {
                Some(format!("{}: {} → {}", self.subject, c.word(), self.class.word()))
            }
        }
    }
}

/// What the analysis could say about the file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Status {
    #[default]
    Verdicts,
    /// Syntax errors: shown by the editor; no escape analysis.
    SyntaxErrors,
    /// Type errors in gc's text; no verdicts.
    TypeErrors(Vec<String>),
    /// `NAME:LINE:COL: unsupported: …` lines; no verdicts (a partial analysis could be wrong).
    Unsupported(Vec<String>),
}

/// A function's verdicts in the panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub func: String,
    /// Indices into [`EscapeModel::verdicts`], in gc order.
    pub verdicts: Vec<usize>,
    pub heap: usize,
    pub total: usize,
}

/// Where the verdicts' `-m=2` flows (the "why") come from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Flows {
    /// In the verdicts: the analysis ran with `-m=2 -l` (nothing when the model has no
    /// verdicts, or for the verdicts gc explains nothing about).
    #[default]
    Ready,
    /// Inlining on: the inliner's model (or, for a file it refuses, the `-l` analysis it
    /// started from) ran with `-m`; the flows are computed on demand
    /// ([`EscapeModel::with_flows`], when a verdict is opened), not on every edit.
    Pending,
    /// From the inlined `-m=2` analysis: exactly `go build -gcflags=-m=2`.
    Inlined,
    /// The inlined `-m=2` output is not modelled for this file (the reason): the flows shown
    /// are `-m=2 -l`'s, for the verdicts that analysis reports too (they can differ).
    FromL(String),
    /// No flow: the `-m=2` text is not modelled for this file (the reason).
    Refused(String),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EscapeModel {
    pub version: GoVersion,
    /// The text this model belongs to (verdict ranges are byte offsets into it).
    pub text: Rc<str>,
    /// The inliner's model ran (inlining asked for, and modelled for this version and file):
    /// the verdicts are plain `-m`'s; their `-m=2` flows are computed on demand ([`Flows`]).
    pub inlined: bool,
    /// Inlining was asked for (no `-l`) but is not modelled here: the results are those of
    /// `-l`. With the reason (the version, or the inliner's refusal of this file).
    pub inlining_ignored: Option<String>,
    pub status: Status,
    /// De-duplicated, in gc's order.
    pub verdicts: Vec<Verdict>,
    /// Exactly `escapade escape -m -l main.go` (gc's `-m -l` lines), or without `-l` when
    /// `inlined`.
    pub raw_m1: Vec<String>,
    /// Exactly `escapade escape -m=2 -l main.go`, or `-m=2` when `inlined` (empty until
    /// [`Self::with_flows`] ran).
    pub raw_m2: Vec<String>,
    /// Where the verdicts' `-m=2` flows come from.
    pub flows: Flows,
    /// Type errors as editor diagnostics (with spans), when `status` is `TypeErrors`.
    pub type_errors: Vec<Diagnostic>,
    /// Verdicts of the previous analysis that are gone (their gc lines), until the next edit.
    pub gone: Vec<String>,
}

impl EscapeModel {
    /// Analyses `text` as `go build -gcflags='-m=2 -l'` would. `has_syntax_errors`: the editor
    /// already shows syntax errors (then the escape analysis is skipped; it would only repeat
    /// them).
    pub fn new(text: &str, version: GoVersion, has_syntax_errors: bool) -> EscapeModel {
        EscapeModel::run(text, version, false, has_syntax_errors)
    }

    /// [`Self::new`], or with inlining when `inline` (plain `go build -gcflags=-m`): the
    /// inliner's model where it is modelled (go1.27, as `escapade_analysis::escape` decides),
    /// else the `-l` results with [`Self::inlining_ignored`] saying why.
    pub fn run(text: &str, version: GoVersion, inline: bool, has_syntax_errors: bool) -> Self {
        let base = EscapeModel { version, text: Rc::from(text), ..EscapeModel::default() };
        if has_syntax_errors {
            return EscapeModel { status: Status::SyntaxErrors, ..base };
        }
        let mut ignored = None;
        if inline && version != GoVersion::Go127 {
            ignored = Some(format!("go{} is modelled with -l only", version_label(version)));
        } else if inline {
            // Plain `go build -gcflags=-m` (its flows on demand). When the inliner refuses the
            // file, the `-l` analysis it started from is shown instead, with the reason: one type
            // check and one `-l` analysis in all (the flows of either on demand).
            let cfg = escape::Config { version, m: 1 };
            let (run, l_run) = escape::inline::escape_file_inlined_or_l(FILE_NAME, text, cfg, 1);
            let base = EscapeModel { flows: Flows::Pending, ..base };
            return match (run.unsupported.first(), l_run) {
                (None, _) => {
                    EscapeModel::from_run(text, &run, EscapeModel { inlined: true, ..base }, false)
                }
                (Some(why), Some(l)) => {
                    let why = Some(why.render(FILE_NAME));
                    EscapeModel::from_run(
                        text,
                        &l,
                        EscapeModel { inlining_ignored: why, ..base },
                        false,
                    )
                }
                // The `-l` analysis refused the file itself: that run, as it is.
                (Some(_), None) => EscapeModel::from_run(
                    text,
                    &run,
                    EscapeModel { flows: Flows::Ready, ..base },
                    true,
                ),
            };
        }
        let cfg = escape::Config { version, m: 2 };
        let run = escape::lower::escape_file(FILE_NAME, text, cfg);
        EscapeModel::from_run(text, &run, EscapeModel { inlining_ignored: ignored, ..base }, true)
    }

    /// The model with the verdicts' `-m=2` flows, when they are [`Flows::Pending`] (else
    /// `None`): those of the inlined `-m=2` analysis (`go build -gcflags=-m=2`), or where that
    /// output is not modelled, the `-m=2 -l` flows of the verdicts both analyses report, with
    /// the reason ([`Flows::FromL`]); for the `-l` results of a refused file, their own
    /// `-m=2 -l` flows.
    pub fn with_flows(&self) -> Option<EscapeModel> {
        if self.flows != Flows::Pending || self.status != Status::Verdicts {
            return None;
        }
        let text: &str = &self.text;
        let cfg = escape::Config { version: self.version, m: 2 };
        if !self.inlined {
            // The `-l` results of a file the inliner refused: their own `-m=2 -l` flows.
            let l = escape::lower::escape_file(FILE_NAME, text, cfg);
            let donor = EscapeModel::from_run(text, &l, EscapeModel::default(), true);
            return Some(self.with_flows_of(&donor, donor.flows.clone(), donor.raw_m2.clone()));
        }
        let (run, l_run) = escape::inline::escape_file_inlined_or_l(FILE_NAME, text, cfg, 2);
        let refused = run.unsupported.first().or(run.unsupported_m2.first());
        let (donor, flows, raw_m2) = match refused.map(|u| u.render(FILE_NAME)) {
            None => {
                let raw = run.lines(FILE_NAME, 2);
                (
                    EscapeModel::from_run(text, &run, EscapeModel::default(), true),
                    Flows::Inlined,
                    raw,
                )
            }
            Some(why) => {
                let l = l_run.unwrap_or_else(|| escape::lower::escape_file(FILE_NAME, text, cfg));
                let donor = EscapeModel::from_run(text, &l, EscapeModel::default(), true);
                let flows = match donor.flows {
                    Flows::Refused(_) => donor.flows.clone(),
                    _ => Flows::FromL(why),
                };
                (donor, flows, Vec::new())
            }
        };
        Some(self.with_flows_of(&donor, flows, raw_m2))
    }

    /// This model with the flows of `donor`'s verdicts (matched by position and message).
    fn with_flows_of(&self, donor: &EscapeModel, flows: Flows, raw_m2: Vec<String>) -> Self {
        let mut out = EscapeModel { flows, raw_m2, ..self.clone() };
        for v in &mut out.verdicts {
            let same = |d: &&Verdict| (d.line, d.col, &d.message) == (v.line, v.col, &v.message);
            if let Some(d) = donor.verdicts.iter().find(same) {
                v.steps.clone_from(&d.steps);
                v.truncated = d.truncated;
                v.m2_text.clone_from(&d.m2_text);
            }
        }
        out
    }

    /// The model of one analysis run of `text`; `base` holds the choices. `m2`: the run has
    /// `-m=2` explanations (attached to the verdicts as flows unless the run refuses its
    /// `-m=2` text).
    fn from_run(
        text: &str,
        run: &escape::lower::EscapeRun,
        base: EscapeModel,
        m2: bool,
    ) -> EscapeModel {
        if !run.errors.is_empty() {
            let checked =
                escapade_analysis::types::check_files(&[escapade_analysis::types::SourceFile {
                    name: FILE_NAME,
                    text,
                }]);
            return EscapeModel {
                status: Status::TypeErrors(run.errors.clone()),
                raw_m1: run.errors.clone(),
                raw_m2: run.errors.clone(),
                type_errors: checked.diagnostics.into_iter().map(|d| d.diag).collect(),
                ..base
            };
        }
        if !run.unsupported.is_empty() {
            let lines = run.lines(FILE_NAME, 1);
            return EscapeModel {
                status: Status::Unsupported(lines.clone()),
                raw_m1: lines.clone(),
                raw_m2: lines,
                ..base
            };
        }
        let Some(analysis) = &run.analysis else {
            return base;
        };
        // gc's `-m=2` text of this file is not modelled everywhere: no flows then.
        let m2_refused = run.unsupported_m2.first().filter(|_| m2).map(|u| u.render(FILE_NAME));
        let m2 = m2 && m2_refused.is_none();
        let index = LineIndex::new(text);
        let mut funcs: Vec<(u32, u32, String)> = run
            .program
            .funcs
            .iter()
            .filter(|f| f.parent.is_none())
            .map(|f| (f.pos.line, f.pos.col, f.name.clone()))
            .collect();
        escapade_analysis::sort::stable_sort(&mut funcs);
        let diags = &analysis.diagnostics;
        let mut claimed = vec![false; diags.len()];
        let mut verdicts: Vec<Verdict> = Vec::new();
        for (i, d) in diags.iter().enumerate() {
            // `$GOROOT/…` lines of std generic instantiations are not anchored in the user's
            // code: they appear in the raw output only.
            if d.is_m2() || d.kind == DiagKind::StdInstance {
                continue;
            }
            // The explanation block printed for this verdict: the latest unclaimed `-m=2`
            // block at the same position before it (none with inlining: not modelled).
            let block = (0..i).rev().filter(|_| m2).find(|&j| {
                !claimed[j]
                    && matches!(diags[j].kind, DiagKind::ExplainEscape | DiagKind::ExplainLeak)
                    && (diags[j].pos.line, diags[j].pos.col) == (d.pos.line, d.pos.col)
            });
            let mut m2_text = Vec::new();
            let (mut steps, mut truncated) = (Vec::new(), false);
            if let Some(j) = block {
                claimed[j] = true;
                m2_text = diags[j].lines(FILE_NAME);
                if let Some(ex) = &diags[j].explanation {
                    steps = flatten(ex, text, &index);
                    truncated = ex.truncated;
                }
            }
            m2_text.extend(d.lines(FILE_NAME));
            if let Some(v) = verdicts.iter_mut().find(|v| {
                (v.line, v.col, v.message.as_str()) == (d.pos.line, d.pos.col, d.message.as_str())
            }) {
                v.count += 1;
                continue;
            }
            verdicts.push(Verdict {
                line: d.pos.line,
                col: d.pos.col,
                range: anchor(text, &index, d.pos.line, d.pos.col, d.pos.span),
                kind: d.kind.clone(),
                class: Class::of(&d.kind),
                message: d.message.clone(),
                subject: subject(&d.kind, &d.message),
                func: enclosing(&funcs, d.pos.line, d.pos.col),
                count: 1,
                steps,
                truncated,
                m2_text,
                change: None,
            });
        }
        EscapeModel {
            status: Status::Verdicts,
            verdicts,
            raw_m1: analysis.render(FILE_NAME, 1).lines().map(str::to_string).collect(),
            raw_m2: if m2 || m2_refused.is_some() { run.lines(FILE_NAME, 2) } else { Vec::new() },
            flows: match m2_refused {
                Some(why) => Flows::Refused(why),
                None => base.flows.clone(),
            },
            ..base
        }
    }

    /// The verdicts moved onto `text`, an edited version of [`Self::text`], so the editor can
    /// keep showing them (as outdated) until the analysis of `text` arrives. The edit is taken
    /// as one replaced region (common prefix and suffix kept): positions after it shift, ranges
    /// inside it shrink onto it. Change badges are dropped (they last until the next edit).
    /// Only what the editor draws is kept (no raw lines).
    pub fn rebased(&self, text: &str) -> EscapeModel {
        let old: &str = &self.text;
        let prefix = old.bytes().zip(text.bytes()).take_while(|(a, b)| a == b).count();
        let room = old.len().min(text.len()) - prefix;
        let suffix = old
            .bytes()
            .rev()
            .zip(text.bytes().rev())
            .take(room)
            .take_while(|(a, b)| a == b)
            .count();
        let (old_end, new_end) = (old.len() - suffix, text.len() - suffix);
        // Offsets inside the replaced region go to its start (a range's start) or end (its end).
        let map = |o: usize, inside: usize| match o {
            o if o <= prefix => o,
            o if o >= old_end => o - old_end + new_end,
            _ => inside,
        };
        let (old_index, index) = (LineIndex::new(old), LineIndex::new(text));
        let verdicts = self
            .verdicts
            .iter()
            .map(|v| {
                let at =
                    old_index.offset(LineCol { line: v.line, col: v.col }).unwrap_or(v.range.0);
                let pos = index.line_col(floor_boundary(text, map(at, prefix)));
                let a = floor_boundary(text, map(v.range.0, prefix));
                let b = ceil_boundary(text, map(v.range.1, new_end)).max(a);
                Verdict { line: pos.line, col: pos.col, range: (a, b), change: None, ..v.clone() }
            })
            .collect();
        EscapeModel {
            version: self.version,
            text: Rc::from(text),
            inlined: self.inlined,
            inlining_ignored: self.inlining_ignored.clone(),
            flows: self.flows.clone(),
            status: self.status.clone(),
            verdicts,
            ..EscapeModel::default()
        }
    }

    /// Marks what changed since `prev` (same function and subject, other class; new ones; gone
    /// ones). Nothing is marked when either side has no verdicts to compare.
    pub fn diff_from(mut self, prev: &EscapeModel) -> EscapeModel {
        if prev.status != Status::Verdicts || self.status != Status::Verdicts {
            return self;
        }
        fn key(v: &Verdict) -> (&str, &str) {
            (v.func.as_str(), v.subject.as_str())
        }
        let mut before: HashMap<(&str, &str), Vec<Class>> = HashMap::new();
        for p in &prev.verdicts {
            before.entry(key(p)).or_default().push(p.class);
        }
        let mut changes = Vec::with_capacity(self.verdicts.len());
        for v in &self.verdicts {
            changes.push(match before.get(&key(v)) {
                None => Some(Change::New),
                Some(classes) if classes.contains(&v.class) => None,
                Some(classes) => classes.first().map(|&c| Change::Was(c)),
            });
        }
        let now: std::collections::HashSet<(&str, &str)> = self.verdicts.iter().map(key).collect();
        let gone = prev
            .verdicts
            .iter()
            .filter(|p| !now.contains(&key(p)))
            .map(|p| format!("{} (in {})", p.message, p.func))
            .collect();
        for (v, c) in self.verdicts.iter_mut().zip(changes) {
            v.change = c;
        }
        self.gone = gone;
        self
    }

    /// Verdicts grouped by function (in order of first verdict), filtered.
    pub fn groups(&self, filter: Filter) -> Vec<Group> {
        let mut groups: Vec<Group> = Vec::new();
        for (i, v) in self.verdicts.iter().enumerate() {
            let at = match groups.iter().position(|g| g.func == v.func) {
                Some(at) => at,
                None => {
                    groups.push(Group {
                        func: v.func.clone(),
                        verdicts: Vec::new(),
                        heap: 0,
                        total: 0,
                    });
                    groups.len() - 1
                }
            };
            let g = &mut groups[at];
            g.total += 1;
            g.heap += usize::from(v.class == Class::Heap);
            if filter.keeps(v.class) {
                g.verdicts.push(i);
            }
        }
        groups.retain(|g| !g.verdicts.is_empty());
        groups
    }

    pub fn count(&self, class: Class) -> usize {
        self.verdicts.iter().filter(|v| v.class == class).count()
    }

    /// Gutter markers: per line, the verdicts starting there (most important class first).
    pub fn markers(&self) -> Vec<VerdictMarker> {
        let mut out: Vec<VerdictMarker> = Vec::new();
        for (i, v) in self.verdicts.iter().enumerate() {
            match out.iter_mut().find(|m| m.line == v.line) {
                Some(m) => m.verdicts.push(i),
                None => out.push(VerdictMarker { line: v.line, verdicts: vec![i], class: v.class }),
            }
        }
        for m in &mut out {
            escapade_analysis::sort::stable_sort_by_key(&mut m.verdicts, |&i| {
                (self.verdicts[i].class.rank(), self.verdicts[i].col)
            });
            m.class = self.verdicts[m.verdicts[0]].class;
        }
        escapade_analysis::sort::stable_sort_by_key(&mut out, |m| m.line);
        out
    }
}

/// A piece of a line in the verdict layer (transparent text; marks are underlined and take the
/// pointer).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VSeg {
    Text(String),
    /// Text under verdict `usize` (the innermost one where verdicts nest).
    Mark(String, usize),
    /// A verdict with no width here (drawn as a small caret mark).
    Point(usize),
}

/// The verdict layer: for each line holding a verdict range, its segments. Lines reassemble to
/// the source text; ranges over several lines are cut at line ends.
pub fn verdict_lines(text: &str, model: &EscapeModel) -> Vec<(u32, Vec<VSeg>)> {
    let index = LineIndex::new(text);
    let mut per_line: Vec<(u32, Vec<usize>)> = Vec::new();
    for (i, v) in model.verdicts.iter().enumerate() {
        let (a, b) = (v.range.0.min(text.len()), v.range.1.min(text.len()));
        let first = index.line_col(a).line;
        let last = index.line_col(b.max(a)).line;
        for line in first..=last {
            match per_line.iter_mut().find(|(l, _)| *l == line) {
                Some((_, vs)) => vs.push(i),
                None => per_line.push((line, vec![i])),
            }
        }
    }
    escapade_analysis::sort::stable_sort_by_key(&mut per_line, |(l, _)| *l);
    per_line
        .into_iter()
        .filter_map(|(line, vs)| {
            let ls = index.line_span(line)?;
            let (ls, le) = (ls.start as usize, ls.end as usize);
            let clip = |i: usize| {
                let (a, b) = model.verdicts[i].range;
                (a.clamp(ls, le), b.clamp(ls, le))
            };
            let mut cuts = vec![ls, le];
            for &i in &vs {
                let (a, b) = clip(i);
                cuts.extend([a, b]);
            }
            for c in &mut cuts {
                *c = floor_boundary(text, *c);
            }
            cuts.sort_unstable();
            cuts.dedup();
            let mut segs: Vec<VSeg> = Vec::new();
            let points = |segs: &mut Vec<VSeg>, at: usize| {
                for &i in &vs {
                    let (a, b) = model.verdicts[i].range;
                    if a == b && a == at {
                        segs.push(VSeg::Point(i));
                    }
                }
            };
            for w in cuts.windows(2) {
                let (a, b) = (w[0], w[1]);
                points(&mut segs, a);
                let piece = text[a..b].to_string();
                let inner = vs
                    .iter()
                    .copied()
                    .filter(|&i| {
                        let (x, y) = model.verdicts[i].range;
                        x <= a && a < y
                    })
                    .min_by_key(|&i| {
                        let (x, y) = model.verdicts[i].range;
                        (y - x, std::cmp::Reverse(x), i)
                    });
                segs.push(match inner {
                    Some(i) => VSeg::Mark(piece, i),
                    None => VSeg::Text(piece),
                });
            }
            points(&mut segs, *cuts.last().unwrap_or(&le));
            Some((line, segs))
        })
        .collect()
}

/// A gutter marker for the verdicts of one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerdictMarker {
    pub line: u32,
    pub verdicts: Vec<usize>,
    pub class: Class,
}

/// The byte range of a gc position: its span when known, else the identifier or expression
/// starting at line:col (up to the end of a word), else empty at line:col.
fn anchor(text: &str, index: &LineIndex, line: u32, col: u32, span: Span) -> (usize, usize) {
    let at = index.offset(LineCol { line, col }).unwrap_or(text.len()).min(text.len());
    let at = floor_boundary(text, at);
    let (s, e) = (span.start as usize, span.end as usize);
    if s < e && e <= text.len() {
        return (floor_boundary(text, s), ceil_boundary(text, e));
    }
    let word = text[at..]
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
        .map_or(text.len() - at, |(i, _)| i);
    (at, at + word)
}

fn flatten(ex: &Explanation, text: &str, index: &LineIndex) -> Vec<Step> {
    let arrow = if ex.arrow { "←" } else { "=" };
    let mut out = Vec::new();
    for s in &ex.steps {
        let ops = if s.derefs < 0 { "&".to_string() } else { "*".repeat(s.derefs as usize) };
        let flow = format!("flow: {} {arrow} {ops}{}", s.dst, s.src);
        for n in &s.notes {
            out.push(Step {
                flow: flow.clone(),
                text: format!("from {} ({})", n.where_text, n.why),
                line: n.pos.line,
                col: n.pos.col,
                range: anchor(text, index, n.pos.line, n.pos.col, n.pos.span),
            });
        }
    }
    out
}

/// What a verdict's message is about.
fn subject(kind: &DiagKind, message: &str) -> String {
    let s = match kind {
        DiagKind::MovedToHeap => message.strip_prefix("moved to heap: "),
        DiagKind::EscapesToHeap => message.strip_suffix(" escapes to heap"),
        DiagKind::DoesNotEscape | DiagKind::ParamDoesNotEscape => {
            message.strip_suffix(" does not escape")
        }
        DiagKind::LeakingParamContent => message.strip_prefix("leaking param content: "),
        DiagKind::LeakingParam | DiagKind::LeakingParamToResult { .. } => message
            .strip_prefix("leaking param: ")
            .map(|r| r.split(" to result ").next().unwrap_or(r)),
        _ => None,
    };
    s.unwrap_or(message).to_string()
}

/// The top-level function declared last at or before line:col (a receiver on the name's line
/// counts as that function's).
fn enclosing(funcs: &[(u32, u32, String)], line: u32, col: u32) -> String {
    let on_line: Vec<&(u32, u32, String)> = funcs.iter().filter(|f| f.0 == line).collect();
    if let Some(f) = on_line.iter().rev().find(|f| f.1 <= col).or(on_line.first()) {
        return f.2.clone();
    }
    funcs
        .iter()
        .rev()
        .find(|f| f.0 < line)
        .map_or_else(|| "package scope".to_string(), |f| f.2.clone())
}

/// A plain-language reading of a verdict kind, and a fix when one is common.
pub fn explain(v: &Verdict) -> (&'static str, Option<&'static str>) {
    let m = v.message.as_str();
    match &v.kind {
        DiagKind::MovedToHeap => (
            "The variable's address is still in use after the function returns (it is returned, \
             stored where it outlives the call, or captured by a closure that does), so gc \
             allocates the variable on the heap instead of the stack frame.",
            Some(
                "Returning &x moves x to the heap: return the value instead if callers can \
                 work with a copy, or let the caller own the memory and pass a pointer in.",
            ),
        ),
        DiagKind::EscapesToHeap if m.starts_with("func literal") => (
            "The closure value outlives this call (returned, stored or passed on), so its \
             record of captured variables is allocated on the heap.",
            Some("Call the closure where it is created, or pass what it needs as arguments."),
        ),
        DiagKind::EscapesToHeap if m.starts_with("make(") => (
            "This make allocates on the heap: either the result outlives the function, or its \
             size is not a constant gc can bound at compile time.",
            Some(
                "A slice that stays local can live on the stack when its length and capacity \
                 are small constants, e.g. make([]T, 0, 16) instead of make([]T, n).",
            ),
        ),
        DiagKind::EscapesToHeap if m.starts_with('&') || m.starts_with("new(") => (
            "The allocation is referenced after the function returns (or from something that \
             lives on the heap), so it cannot stay in the stack frame.",
            Some("Return or store the value itself rather than a pointer to it."),
        ),
        DiagKind::EscapesToHeap => (
            "This value is allocated on the heap: it is referenced after the function returns, \
             or it is converted to an interface whose contents escape (for example an argument \
             of fmt.Println, which takes ...any).",
            Some(
                "Values passed to fmt.Print* are boxed into interfaces that escape; in hot \
                 paths, format with strconv or write to a reused buffer instead.",
            ),
        ),
        DiagKind::DoesNotEscape => (
            "gc proved this value is not used after the function returns, so it can live on \
             the stack: no heap allocation (as long as it is small enough).",
            None,
        ),
        DiagKind::ParamDoesNotEscape => (
            "The function never lets this parameter's pointer escape: callers may pass the \
             address of a stack variable without forcing it onto the heap.",
            None,
        ),
        DiagKind::LeakingParam => (
            "The pointer passed in this parameter flows somewhere that outlives the call (the \
             heap or a global), so whatever a caller passes here must live on the heap.",
            Some("Copy the value you need instead of keeping the pointer."),
        ),
        DiagKind::LeakingParamContent => (
            "The parameter itself does not escape, but what it points to does (e.g. the \
             elements of a slice, or the value stored in an interface).",
            None,
        ),
        DiagKind::LeakingParamToResult { .. } => (
            "The parameter flows to a result (level = how many dereferences on the way): a \
             caller's argument escapes only if that caller lets the result escape.",
            None,
        ),
        DiagKind::ZeroCopy => (
            "The string to []byte conversion reuses the string's bytes without copying, \
             because the bytes are never modified and do not escape.",
            None,
        ),
        DiagKind::CanInline => (
            "gc's inliner may replace calls to this function with its body: it is its cost in \
             gc's model is within the inlining budget (80) and it uses nothing that blocks \
             inlining. Inlining runs before escape analysis, so a caller can keep on its stack \
             what the function would otherwise return by pointer.",
            Some(
                "//go:noinline above the function (or -gcflags=-l for the whole build) turns \
                 inlining off, e.g. to measure an allocation as callers would see it.",
            ),
        ),
        DiagKind::InliningCall => (
            "gc replaced this call with the called function's body. Escape analysis then sees \
             that body inside this function, and reports its verdicts at this call site.",
            None,
        ),
        DiagKind::CannotInline => ("gc's inliner does not inline this function.", None),
        _ => ("A note from gc's escape analysis (no allocation decision).", None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(src: &str) -> EscapeModel {
        EscapeModel::new(src, GoVersion::Go127, false)
    }

    const LEAK: &str = "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc g(p *int) int {\n\treturn *p\n}\n\nfunc main() {\n\t_ = f()\n\t_ = g(f())\n}\n";

    #[test]
    fn verdicts_are_anchored_at_gc_positions_with_spans() {
        let m = model(LEAK);
        assert_eq!(m.status, Status::Verdicts);
        assert_eq!(
            m.raw_m1,
            vec!["main.go:4:2: moved to heap: x", "main.go:8:8: p does not escape"]
        );
        let x = &m.verdicts[0];
        assert_eq!((x.line, x.col, x.class, x.subject.as_str()), (4, 2, Class::Heap, "x"));
        assert_eq!(&LEAK[x.range.0..x.range.1], "x");
        assert_eq!(x.func, "f");
        assert_eq!(m.verdicts[1].func, "g");
        assert_eq!(m.verdicts[1].class, Class::ParamOk);
        assert_eq!(x.gc_line(), "main.go:4:2: moved to heap: x");
    }

    #[test]
    fn heap_verdicts_carry_the_m2_flow_as_clickable_steps() {
        let m = model(LEAK);
        let x = &m.verdicts[0];
        assert_eq!(
            x.m2_text.first().map(String::as_str),
            Some("main.go:4:2: x escapes to heap in f:")
        );
        assert_eq!(x.m2_text.last().map(String::as_str), Some("main.go:4:2: moved to heap: x"));
        let texts: Vec<&str> = x.steps.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, vec!["from &x (address-of)", "from return &x (return)"]);
        assert_eq!((x.steps[0].line, x.steps[0].col), (5, 9));
        assert_eq!(&LEAK[x.steps[0].range.0..x.steps[0].range.1], "&x");
        assert_eq!(x.steps[0].flow, "flow: ~r0 ← &x");
        // Each step's text is exactly in the raw -m=2 lines.
        for s in &x.steps {
            let line = format!("{} at main.go:{}:{}", s.text, s.line, s.col);
            assert!(x.m2_text.iter().any(|l| l.ends_with(&line)), "{line}");
        }
        assert!(m.raw_m2.len() > m.raw_m1.len());
    }

    #[test]
    fn m1_lines_equal_the_facade_run_with_m1() {
        for e in crate::examples::EXAMPLES {
            for v in VERSIONS {
                let m = EscapeModel::new(e.source, v, false);
                let opts = escapade_analysis::EscapeOptions { version: v, m: 1, inline: false };
                let r = escapade_analysis::escape(e.source, FILE_NAME, &opts);
                assert_eq!(m.raw_m1, r.raw_lines, "{} {v:?}", e.id);
                let opts2 = escapade_analysis::EscapeOptions { m: 2, ..opts };
                let r2 = escapade_analysis::escape(e.source, FILE_NAME, &opts2);
                assert_eq!(m.raw_m2, r2.raw_lines, "{} {v:?}", e.id);
                // Every -m line is a verdict (de-duplicated, so counts add up).
                let n: usize = m.verdicts.iter().map(|v| v.count).sum();
                assert_eq!(n, m.raw_m1.len(), "{}", e.id);
            }
        }
    }

    #[test]
    fn std_generic_instantiation_lines_stay_in_the_raw_output() {
        // gc prints `$GOROOT/…` lines for the std generic functions it instantiates; they
        // are not verdicts about the user's code.
        let src = include_str!("../../escapade_escape/tests/stdgeneric/maps_funcs.go");
        let m = EscapeModel::new(src, GoVersion::Go127, false);
        assert_eq!(m.status, Status::Verdicts);
        assert!(m.raw_m1.iter().any(|l| l.starts_with("$GOROOT/")), "{:?}", m.raw_m1);
        assert!(!m.verdicts.is_empty());
        assert!(m.verdicts.iter().all(|v| !v.message.contains("$GOROOT")));
        assert!(m.verdicts.iter().all(|v| v.kind != DiagKind::StdInstance));
    }

    #[test]
    fn type_errors_and_unsupported_files_have_no_verdicts() {
        let bad = "package main\n\nfunc main() {\n\tvar x int = \"s\"\n\t_ = x\n}\n";
        let m = model(bad);
        let Status::TypeErrors(lines) = &m.status else { panic!("{:?}", m.status) };
        assert!(lines[0].starts_with("main.go:4:14: "), "{lines:?}");
        assert!(m.verdicts.is_empty());
        assert!(!m.type_errors.is_empty());
        let range_func = "package main\n\nfunc seq(yield func(int) bool) {\n\tyield(1)\n}\n\n\
            func main() {\n\tfor x := range seq {\n\t\t_ = x\n\t}\n}\n";
        let u = model(range_func);
        let Status::Unsupported(lines) = &u.status else { panic!("{:?}", u.status) };
        assert!(lines.iter().all(|l| l.contains("unsupported:")), "{lines:?}");
        assert!(u.verdicts.is_empty());
        // The same with inlining on: the -l analysis's own errors and refusals.
        for (src, want) in [(bad, &m), (range_func, &u)] {
            let i = EscapeModel::run(src, GoVersion::Go127, true, false);
            assert_eq!((&i.status, &i.raw_m1), (&want.status, &want.raw_m1));
        }
        let s = EscapeModel::new("package main\nfunc (", GoVersion::Go127, true);
        assert_eq!(s.status, Status::SyntaxErrors);
    }

    #[test]
    fn changes_are_badged_against_the_previous_analysis() {
        let before = model(LEAK);
        let after_src = LEAK.replace("\treturn &x\n", "\ty := x\n\treturn &y\n");
        let after = model(&after_src).diff_from(&before);
        let y = after.verdicts.iter().find(|v| v.subject == "y").expect("y");
        assert_eq!(y.change, Some(Change::New));
        assert!(after.gone.iter().any(|g| g.starts_with("moved to heap: x")), "{:?}", after.gone);
        // A parameter that starts leaking: p: no leak → leaks.
        let leaky = LEAK.replace(
            "func g(p *int) int {\n\treturn *p\n}",
            "var sink *int\n\nfunc g(p *int) int {\n\tsink = p\n\treturn 0\n}",
        );
        let l = model(&leaky).diff_from(&before);
        let p = l.verdicts.iter().find(|v| v.subject == "p").expect("p");
        assert_eq!(p.change, Some(Change::Was(Class::ParamOk)));
        assert_eq!(p.change_label().as_deref(), Some("p: no leak → leaks"));
        let same = model(LEAK).diff_from(&before);
        assert!(same.verdicts.iter().all(|v| v.change.is_none()) && same.gone.is_empty());
    }

    #[test]
    fn groups_filters_counts_and_markers() {
        let src = include_str!("../../../www/examples/escape.go");
        let m = model(src);
        let all = m.groups(Filter::All);
        let total: usize = all.iter().map(|g| g.verdicts.len()).sum();
        assert_eq!(total, m.verdicts.len());
        assert!(all.iter().any(|g| g.func == "leak" && g.heap == 1));
        let heap = m.groups(Filter::HeapOnly);
        assert!(heap.iter().flat_map(|g| &g.verdicts).all(|&i| m.verdicts[i].class == Class::Heap));
        assert_eq!(heap.iter().map(|g| g.verdicts.len()).sum::<usize>(), m.count(Class::Heap));
        let params = m.groups(Filter::Params);
        assert!(params
            .iter()
            .flat_map(|g| &g.verdicts)
            .all(|&i| matches!(m.verdicts[i].class, Class::Leak | Class::ParamOk)));
        let markers = m.markers();
        assert!(markers.windows(2).all(|w| w[0].line < w[1].line));
        for mk in &markers {
            assert!(mk.verdicts.iter().all(|&i| m.verdicts[i].line == mk.line));
        }
    }

    #[test]
    fn duplicate_lines_are_counted_once() {
        let mut verdicts = model(LEAK);
        let n = verdicts.verdicts.len();
        // Same text again: identical verdicts, nothing new.
        verdicts = model(LEAK).diff_from(&verdicts);
        assert_eq!(verdicts.verdicts.len(), n);
        assert!(verdicts.verdicts.iter().all(|v| v.count == 1));
    }

    #[test]
    fn rebased_verdicts_follow_an_edit_until_the_next_analysis() {
        let m = model(LEAK).diff_from(&EscapeModel::default());
        // A line inserted above: every verdict moves down one line, onto the same text.
        let above = LEAK.replace("func f()", "// note\nfunc f()");
        let r = m.rebased(&above);
        assert_eq!(&*r.text, above.as_str());
        assert_eq!(r.verdicts.len(), m.verdicts.len());
        for (old, new) in m.verdicts.iter().zip(&r.verdicts) {
            assert_eq!((new.line, new.col), (old.line + 1, old.col));
            assert_eq!(&above[new.range.0..new.range.1], &LEAK[old.range.0..old.range.1]);
            assert_eq!(new.message, old.message);
            assert_eq!(new.change, None, "badges last until the next edit");
        }
        // Typing inside a verdict's range keeps it over the edited text; later ones shift.
        let inside = LEAK.replacen("\tx := 1", "\tyx := 1", 1);
        let r = m.rebased(&inside);
        assert_eq!(&inside[r.verdicts[0].range.0..r.verdicts[0].range.1], "yx");
        assert_eq!((r.verdicts[0].line, r.verdicts[0].col), (4, 2));
        assert_eq!(&inside[r.verdicts[1].range.0..r.verdicts[1].range.1], "p");
        // Deleting the text under a verdict leaves an empty range where it was.
        let gone = LEAK.replacen("\tx := 1\n", "", 1);
        let r = m.rebased(&gone);
        let (a, b) = r.verdicts[0].range;
        assert!(a == b && b <= gone.len());
        assert_eq!(r.verdicts[1].line, 7);
        // The same text: the same positions; odd texts never panic.
        let same = m.rebased(LEAK);
        assert!(same
            .verdicts
            .iter()
            .zip(&m.verdicts)
            .all(|(a, b)| (a.line, a.col, a.range) == (b.line, b.col, b.range)));
        for text in ["", "é", "package main\n😀", &LEAK[..40]] {
            for v in &m.rebased(text).verdicts {
                assert!(v.range.0 <= v.range.1 && v.range.1 <= text.len());
                assert!(text.is_char_boundary(v.range.0) && text.is_char_boundary(v.range.1));
            }
        }
    }

    #[test]
    fn odd_input_never_panics() {
        for src in [
            "",
            "package main",
            "package main\nfunc main() { x := 1; _ = &x }\r\n",
            "package main\n\u{0}",
            "package main\nvar s = \"é世\"\nfunc f() *string { return &s }\n",
        ] {
            for v in VERSIONS {
                let m = EscapeModel::new(src, v, false);
                for x in &m.verdicts {
                    assert!(x.range.0 <= x.range.1 && x.range.1 <= src.len());
                    let _ = explain(x);
                }
                let _ = m.markers();
                let _ = verdict_lines(src, &m);
            }
        }
    }

    #[test]
    fn verdict_layer_reassembles_lines_and_marks_the_innermost() {
        let src = include_str!("../../../www/examples/esc_iface.go");
        let m = model(src);
        let lines = verdict_lines(src, &m);
        assert!(!lines.is_empty());
        let all: Vec<&str> = src.split('\n').collect();
        for (line, segs) in &lines {
            let text: String = segs
                .iter()
                .map(|s| match s {
                    VSeg::Text(t) | VSeg::Mark(t, _) => t.as_str(),
                    VSeg::Point(_) => "",
                })
                .collect();
            assert_eq!(text, all[*line as usize - 1]);
        }
        // Line 12: `fmt.Println(x, p)`: x and p are marks of their own verdicts, inside the
        // `... argument` one.
        let (_, l12) = lines.iter().find(|(l, _)| *l == 12).expect("line 12");
        let marks: Vec<(&str, &str)> = l12
            .iter()
            .filter_map(|s| match s {
                VSeg::Mark(t, i) => Some((t.as_str(), m.verdicts[*i].message.as_str())),
                _ => None,
            })
            .collect();
        assert!(marks.contains(&("x", "x escapes to heap")), "{marks:?}");
        assert!(marks.contains(&("p", "p escapes to heap")), "{marks:?}");
    }

    /// With inlining on, each example shows either exactly what plain `go build -gcflags=-m`
    /// (go1.27.3) prints, or the `-l` results with the reason inlining is not modelled there.
    #[test]
    fn inlining_on_matches_real_go_or_says_why_not() {
        for e in crate::examples::EXAMPLES {
            let m = EscapeModel::run(e.source, GoVersion::Go127, true, false);
            assert_eq!(m.status, Status::Verdicts, "{}", e.id);
            if m.inlined {
                assert_eq!(m.inlining_ignored, None);
                assert_eq!(m.raw_m1, e.golden127_m.lines().collect::<Vec<_>>(), "{}", e.id);
                assert!(m.raw_m2.is_empty() && m.verdicts.iter().all(|v| v.steps.is_empty()));
            } else {
                let why = m.inlining_ignored.clone().unwrap_or_default();
                assert!(why.contains("unsupported:"), "{}: {why}", e.id);
                assert_eq!(m.raw_m1, e.golden127.lines().collect::<Vec<_>>(), "{}", e.id);
            }
            // Inlining decisions are their own kind; none without inlining.
            let inl = m.verdicts.iter().filter(|v| v.class == Class::Inline).count();
            let decisions = [": can inline ", ": inlining call to "];
            let want_inl = m.inlined && decisions.iter().any(|d| e.golden127_m.contains(d));
            assert_eq!(inl > 0, want_inl, "{}", e.id);
            let off = EscapeModel::run(e.source, GoVersion::Go127, false, false);
            assert!(!off.inlined && off.inlining_ignored.is_none());
            if !m.inlined {
                // The fallback is exactly the -l analysis, its flows on demand.
                assert_eq!(m.flows, Flows::Pending, "{}", e.id);
                let f = m.with_flows().expect("flows on demand");
                assert_eq!(f.raw_m2, off.raw_m2, "{}", e.id);
                assert_eq!(f.verdicts, off.verdicts, "{}", e.id);
                assert_eq!(f.flows, off.flows, "{}", e.id);
            }
            assert!(off.verdicts.iter().all(|v| v.class != Class::Inline), "{}", e.id);
            // go1.23 is modelled with -l only: the -l results, and the note says so.
            let old = EscapeModel::run(e.source, GoVersion::Go123, true, false);
            assert!(
                !old.inlined
                    && old.inlining_ignored.as_deref().is_some_and(|w| w.contains("go1.23"))
            );
            assert_eq!(old.raw_m1, e.golden123.lines().collect::<Vec<_>>(), "{}", e.id);
        }
        // Today every example calls fmt.Println or inlines a closure, which the inliner model
        // refuses, so all fall back to -l (checked above either way).
    }

    /// With inlining, the flows are computed when asked for: the inlined `-m=2` analysis's
    /// (exactly the CLI's `escape -m=2` lines), or where that output is not modelled, the
    /// `-m=2 -l` flows of the verdicts both report, with the reason.
    #[test]
    fn inlined_flows_are_computed_on_demand() {
        // x leaks through an inlined call's result.
        let through = "package main\n\nvar sink *int\n\nfunc id(p *int) *int {\n\treturn p\n}\n\n\
            func main() {\n\tx := 1\n\tsink = id(&x)\n}\n";
        let direct = "package main\n\nvar sink *int\n\nfunc put(p *int) {\n\tsink = p\n}\n\n\
            func main() {\n\tx := 1\n\ty := 2\n\tput(&x)\n\tsink = &y\n}\n";
        // gc's -m=2 prints an inlinable generic function's body, which is not modelled.
        let generic =
            "package main\n\nvar sink *int\n\nfunc first[T any](xs []T) T {\n\treturn xs[0]\n}\n\n\
            func main() {\n\tx := 1\n\tsink = &x\n\t_ = first([]int{1})\n}\n";
        let mut kinds = Vec::new();
        for src in [LEAK, through, direct, generic] {
            let m = EscapeModel::run(src, GoVersion::Go127, true, false);
            assert!(m.inlined, "{src}");
            assert_eq!(m.flows, Flows::Pending);
            assert!(m.raw_m2.is_empty() && m.verdicts.iter().all(|v| v.steps.is_empty()));
            let f = m.with_flows().expect("pending flows");
            assert_eq!(f.with_flows(), None, "computed once");
            // The verdicts themselves do not change.
            let key = |v: &Verdict| (v.line, v.col, v.message.clone(), v.class, v.count);
            assert_eq!(
                f.verdicts.iter().map(key).collect::<Vec<_>>(),
                m.verdicts.iter().map(key).collect::<Vec<_>>()
            );
            assert_eq!(f.raw_m1, m.raw_m1);
            let cfg = escape::Config { version: GoVersion::Go127, m: 2 };
            match &f.flows {
                Flows::Inlined => {
                    let cli = escape::inline::escape_file_inlined(FILE_NAME, src, cfg);
                    assert_eq!(f.raw_m2, cli.lines(FILE_NAME, 2));
                    for v in &f.verdicts {
                        for s in &v.steps {
                            let line = format!("{} at main.go:{}:{}", s.text, s.line, s.col);
                            assert!(f.raw_m2.iter().any(|l| l.ends_with(&line)), "{line}");
                        }
                    }
                }
                Flows::FromL(why) => {
                    assert!(why.contains("unsupported:"), "{why}");
                    let l = EscapeModel::run(src, GoVersion::Go127, false, false);
                    for v in &f.verdicts {
                        match l
                            .verdicts
                            .iter()
                            .find(|w| (w.line, w.col, &w.message) == (v.line, v.col, &v.message))
                        {
                            Some(w) => assert_eq!((&v.steps, &v.m2_text), (&w.steps, &w.m2_text)),
                            None => assert!(v.steps.is_empty()),
                        }
                    }
                }
                other => panic!("{other:?}"),
            }
            kinds.push(std::mem::discriminant(&f.flows));
            let heap = f.verdicts.iter().find(|v| v.class == Class::Heap).expect("a heap verdict");
            assert!(!heap.steps.is_empty(), "{src}: {:?}", f.flows);
        }
        // Both sources of flows are exercised.
        assert!(kinds.contains(&std::mem::discriminant(&Flows::Inlined)));
        assert!(kinds.contains(&std::mem::discriminant(&Flows::FromL(String::new()))));
        // A -l model has its flows already; nothing to compute.
        assert_eq!(model(LEAK).flows, Flows::Ready);
        assert_eq!(model(LEAK).with_flows(), None);
    }

    #[test]
    fn versions_round_trip_through_labels() {
        for v in VERSIONS {
            assert_eq!(version_by_label(version_label(v)), Some(v));
        }
        assert_eq!(version_by_label("1.5"), None);
        assert_eq!(VERSIONS[0], GoVersion::Go127);
    }
}
