//! gc's escape analysis (`cmd/compile/internal/escape`, go1.23 / go1.24 / go1.27) over a small
//! typed IR, producing the exact `-m` / `-m=2` diagnostics the real compiler prints.
//!
//! Pipeline: the lowering (typed AST → [`ir::Program`]) supplies positions, printed node texts
//! and type facts; [`analyze`] splits the program into batches (SCCs of the static call graph,
//! callees first), builds the location graph of each batch ([`graph`], `stmt`/`expr`/`assign`/
//! `call`), forces heap allocations ([`alloc`]), solves ([`solve`]) and reports ([`finish`],
//! [`explain`]) into [`diag::Diagnostic`]s in gc's emission order; [`diag::render`] prints them
//! as `FILE:LINE:COL: message` lines.
//!
//! Invariants: pure (no I/O, clocks, randomness, no hash maps), deterministic, compiles for
//! wasm32. Indices inside a [`ir::Program`] must be valid (a lowering bug otherwise); nothing
//! else in the input can make the analysis panic, and the solver always terminates (every
//! location gains each attribute at most once).
#![warn(clippy::disallowed_methods, clippy::disallowed_types)]

pub(crate) mod alloc;
mod assign;
pub mod build;
pub(crate) mod call;
pub mod diag;
pub mod dump;
pub(crate) mod explain;
mod expr;
mod finish;
pub mod graph;
pub mod inline;
pub mod ir;
pub mod leaks;
pub mod lower;
pub mod scc;
pub(crate) mod solve;
mod stmt;
pub mod typetext;
pub mod version;

use std::collections::BTreeMap;

pub use diag::{render, DiagKind, Diagnostic, Explanation, FlowStep, NoteStep};
pub use graph::Config;
pub use version::GoVersion;

use graph::{Batch, LocNode, Where, FIRST_LOC};
use ir::{FuncId, Program};

/// The result of analysing a program.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// Diagnostics in gc's emission order (`-m=2`-only ones included when `Config::m >= 2`).
    pub diagnostics: Vec<Diagnostic>,
    /// Parameter tags (`esc:` encoding, receiver first) of every analysed function.
    pub tags: BTreeMap<FuncId, Vec<Vec<u8>>>,
    /// The batches in analysis order.
    pub batches: Vec<Vec<FuncId>>,
}

impl Analysis {
    /// The `-m` (or `-m=2`) output for a file name, as gc prints it.
    pub fn render(&self, file: &str, m: u8) -> String {
        render(&self.diagnostics, file, m)
    }
}

/// Runs escape analysis on a whole program.
pub fn analyze(prog: &Program, cfg: Config) -> Analysis {
    let batches = scc::batches_for(prog, cfg.version);
    let mut tags: BTreeMap<FuncId, Vec<Vec<u8>>> = BTreeMap::new();
    let mut diagnostics = Vec::new();
    for batch in &batches {
        for f in batch {
            for (_, pos, msg) in prog.devirtualized.iter().filter(|d| d.0 == *f) {
                diagnostics.push(Diagnostic::new(DiagKind::Devirtualized, *pos, msg.clone()));
            }
        }
    }
    for batch in &batches {
        let (out, new_tags) = {
            let mut b = Batch::new(prog, cfg, batch.clone(), &tags);
            run_batch(&mut b);
            let t = b.finish();
            (b.out, t)
        };
        diagnostics.extend(out);
        tags.extend(new_tags);
    }
    Analysis { diagnostics, tags, batches }
}

fn run_batch(b: &mut Batch<'_>) {
    let prog = b.prog;
    for f in b.funcs.clone() {
        b.curfn = f;
        b.loop_depth = 1;
        let func = prog.func(f);
        for v in func.dcl() {
            if !b.var_loc.contains_key(&v) {
                b.new_loc(LocNode::Var(v), true);
            }
        }
        for (i, r) in func.results.iter().enumerate() {
            let l = b.var_loc(*r);
            b.locs[l].result_index = i + 1;
        }
    }
    for f in b.funcs.clone() {
        if !prog.func(f).is_closure_in(b.cfg.version) {
            b.walk_func(f);
        }
    }
    for (k, f) in std::mem::take(&mut b.closures) {
        b.flow_closure(k, f);
    }
    for l in FIRST_LOC..b.locs.len() {
        if let Some(why) = alloc::heap_alloc_reason(b, l) {
            let at = match b.locs[l].node {
                LocNode::Var(v) => Where::Var(v),
                LocNode::Expr(e) => Where::Expr(e),
                LocNode::None => continue,
            };
            let h = b.heap_hole();
            let k = b.addr(h, at, why);
            b.flow(k, l);
        }
    }
    solve::walk_all(b);
}
