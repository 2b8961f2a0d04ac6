//! Runtime groundwork and evaluator of Escapade's Go interpreter: the pieces of Go's runtime
//! and standard library whose observable results a user compares character by character with
//! the real toolchain (go1.27.3, linux/amd64), and [`run`], which evaluates `main` of a
//! type-checked program with its maps backed by the escapade_maps simulator.
//!
//! - [`growslice`]: the capacity `append` picks (growth rule, malloc size classes, page rounding).
//! - [`fmtfloat`]: `strconv.FormatFloat` and fmt's float/complex verbs.
//! - [`panics`]: the exact texts of runtime panics and of the crash report.
//! - [`run`]: the evaluator (`interp`), std functions (`stdlib`).
//!
//! Invariants: pure (no I/O, clocks, randomness, no std `HashMap`/`HashSet`); deterministic;
//! builds natively and for wasm32; every public function is total: inputs derived from a user's
//! program never panic (overflow is reported as a value, as Go reports it). Anything outside the
//! supported subset stops the run with `unsupported: WHAT at LINE:COL` instead of guessing.
#![warn(clippy::disallowed_methods, clippy::disallowed_types)]

pub mod errs;
mod evalorder;
mod floatconv;
pub mod fmtflags;
pub mod fmtfloat;
pub mod fmtint;
pub mod fmtprint;
pub mod growslice;
mod initorder;
pub mod interp;
pub mod panics;
mod prepass;
pub mod quote;
pub mod sconv;
mod std_atomic;
mod std_context;
mod std_io;
mod std_json;
mod std_list;
pub mod std_math;
mod std_more;
mod std_rand;
mod std_reader;
mod std_scan;
mod std_sort;
mod std_time;
mod uni;
#[rustfmt::skip]
mod unicode_tables;
mod stdlib;
pub mod value;
pub mod wire;

use std::rc::Rc;

use escapade_base::{LineCol, Span};
pub use escapade_maps::{GoVersion, Impl};
use escapade_syntax::ast::DeclKind;

/// How to run a program.
#[derive(Clone, Debug)]
pub struct Options {
    pub imp: Impl,
    pub go: GoVersion,
    /// Seed of every random draw (map seeds, iteration starts, hash keys).
    pub seed: u64,
    /// Record map operations in [`Output::map_ops`].
    pub trace: bool,
    /// Record the simulator's micro-steps of each map operation (animation).
    pub record_events: bool,
    pub max_steps: u64,
    /// Bytes the program may allocate in total (approximate accounting).
    pub max_memory: u64,
    /// Bytes of stdout + stderr.
    pub max_output: usize,
    /// Nested Go calls (each costs native stack; wasm has about 1 MiB).
    pub max_depth: u32,
    /// Escape-analysis verdicts of `append` calls (go1.27 `-m -l`: `append escapes to heap` /
    /// `append does not escape`), each at the position of the call's `(` with `true` when the
    /// append escapes. Without a verdict an append whose capacity depends on it is refused.
    /// A non-escaping append of a zero-capacity slice takes the 32-byte stack buffer. Because
    /// `-l` ignores inlining, an `escapes` verdict is only trusted outside inlinable code (in
    /// `main`, `init` functions and package initializers); `does not escape` holds everywhere.
    pub append_sites: Vec<(LineCol, bool)>,
    /// Positions of the `(` of the calls gc inlines (go1.27 `-m`: `inlining call to F`, from
    /// escapade_escape's inliner model); `None` when unknown, then the append model assumes
    /// any direct call may be inlined and refuses what that leaves open.
    pub inlined_calls: Option<Vec<LineCol>>,
    /// Escape verdicts of the `[]byte(s)` / `[]rune(s)` conversions (go1.27 `-m -l` at gc's
    /// position of a conversion, its operand's); `None` when unknown (their capacities are
    /// then refused).
    pub conversions: Option<Vec<(LineCol, ConvVerdict)>>,
}

/// How gc compiles a string-to-slice conversion (`-m`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvVerdict {
    /// `… escapes to heap`.
    Escapes,
    /// `… does not escape`.
    Local,
    /// `zero-copy string->[]byte conversion`: the slice shares the string's bytes.
    ZeroCopy,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            imp: Impl::Swiss,
            go: GoVersion::Go127,
            seed: 1,
            trace: false,
            record_events: false,
            max_steps: 50_000_000,
            max_memory: 512 << 20,
            max_output: 1 << 20,
            max_depth: 200,
            append_sites: Vec::new(),
            inlined_calls: None,
            conversions: None,
        }
    }
}

/// One map operation for the UI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapOp {
    /// Allocation site of the map (`make` or literal) and instance number (1-based, in
    /// allocation order): together the map's identity.
    pub site: Span,
    pub instance: u32,
    /// `put`, `get`, `delete`, `clear`, `next` (one step of a `range`).
    pub op: &'static str,
    pub key: String,
    pub value: String,
    /// The operation's source span.
    pub span: Span,
    /// The simulator's events (when [`Options::record_events`]).
    pub events: Vec<String>,
}

/// Everything a run produced.
#[derive(Clone, Debug, Default)]
pub struct Output {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Each write: (span of the printing call, to stderr, byte count).
    pub writes: Vec<(Span, bool, usize)>,
    pub map_ops: Vec<MapOp>,
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Exit status like `go run` (0, `os.Exit` codes, 2 for an uncaught panic, 1 for compile
    /// errors).
    Exit(i32),
    /// `unsupported: … at LINE:COL` or a budget message: no output is to be trusted past it.
    Stopped(String),
}

#[derive(Clone, Debug)]
pub struct RunResult {
    pub output: Output,
    pub outcome: Outcome,
    pub steps: u64,
}

/// Type-checks and runs `src` (a `package main` file).
pub fn run(src: &str, opts: &Options) -> RunResult {
    let mut checked = escapade_types::check_source(src);
    if checked.has_errors() {
        let lines = checked.render(&["./main.go"], &[src]);
        let mut output = Output::default();
        let text = format!("# command-line-arguments\n{}\n", lines.join("\n"));
        output.stderr = text.into_bytes();
        return RunResult { output, outcome: Outcome::Exit(1), steps: 0 };
    }
    let Some(file) = checked.files.first().cloned() else {
        return stopped("no file");
    };
    let info = match checked.checker.info.get_mut(0) {
        Some(i) => std::mem::take(i),
        None => return stopped("no type information"),
    };
    let init_order = match initorder::var_init_order(&checked.checker, &info, &file) {
        Ok(order) => order,
        Err(at) => {
            let at = escapade_base::LineIndex::new(src).line_col(at as usize);
            return stopped(&format!("unsupported: package-level initialization cycle at {at}"));
        }
    };
    let mut res = prepass::resolve(&checked.checker, &info, &file);
    res.evalorder = evalorder::analyze(&checked.checker, &info, &file, src);
    let mut it = interp::Interp::new(checked.checker, info, res, src, opts);
    let mut var_specs = Vec::new();
    for d in &file.decls {
        if let DeclKind::Var { specs, .. } = &d.kind {
            var_specs.extend(specs.iter().map(|sp| (d.id, sp)));
        }
    }
    for k in init_order {
        if let Some((id, sp)) = var_specs.get(k) {
            it.global_inits.push((*id, Rc::new((*sp).clone())));
        }
    }
    let r = it.run_main();
    let outcome = match r {
        Ok(()) => Outcome::Exit(0),
        Err(interp::Ctrl::Exit(c)) => Outcome::Exit(c),
        Err(interp::Ctrl::Stop(m)) => Outcome::Stopped(m),
        Err(interp::Ctrl::Panic(p)) => match it.crash_report(&p) {
            Ok(text) => {
                it.out.stderr.extend_from_slice(text.as_bytes());
                Outcome::Exit(panics::PANIC_EXIT_CODE)
            }
            Err(m) => Outcome::Stopped(m),
        },
    };
    RunResult { output: std::mem::take(&mut it.out), outcome, steps: it.steps }
}

fn stopped(m: &str) -> RunResult {
    RunResult { output: Output::default(), outcome: Outcome::Stopped(m.into()), steps: 0 }
}
