//! The location graph: locations, holes (evaluation contexts), notes and flow edges
//! (gc's `graph.go`).

use std::collections::{BTreeMap, BTreeSet};

use crate::diag::Diagnostic;
use crate::ir::{ExprId, FuncId, Program, StmtId, VarId};
use crate::leaks::Leaks;
use crate::version::GoVersion;

/// Index of a location in [`Batch::locs`].
pub(crate) type LocId = usize;

pub(crate) const HEAP: LocId = 0;
pub(crate) const MUTATOR: LocId = 1;
pub(crate) const CALLEE: LocId = 2;
pub(crate) const BLANK: LocId = 3;
/// Index of the first real location.
pub(crate) const FIRST_LOC: LocId = 4;

/// Location attributes (a bitset).
pub(crate) const ATTR_ESCAPES: u8 = 1;
pub(crate) const ATTR_PERSISTS: u8 = 2;
pub(crate) const ATTR_MUTATES: u8 = 4;
pub(crate) const ATTR_CALLS: u8 = 8;
pub(crate) const ATTR_ALL: u8 = ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;

/// What a location stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LocNode {
    /// Pseudo-locations and temporaries.
    None,
    Var(VarId),
    Expr(ExprId),
}

/// The node a note refers to (`where` in `from WHERE (why) at POS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Where {
    Expr(ExprId),
    Stmt(StmtId),
    /// Capture `index` of closure `func`.
    Capture(FuncId, usize),
    /// Case `index` of a type switch statement.
    TypeCase(StmtId, usize),
    /// A variable (forced heap allocation notes).
    Var(VarId),
}

pub(crate) type NoteId = usize;

#[derive(Clone, Debug)]
pub(crate) struct Note {
    pub next: Option<NoteId>,
    pub at: Where,
    pub why: &'static str,
}

#[derive(Clone, Debug)]
pub(crate) struct Edge {
    pub src: LocId,
    pub derefs: i32,
    pub notes: Option<NoteId>,
}

#[derive(Clone, Debug)]
pub(crate) struct Location {
    pub node: LocNode,
    pub curfn: Option<FuncId>,
    /// Incoming edges.
    pub edges: Vec<Edge>,
    pub loop_depth: i32,
    /// 1-based index of a result parameter, 0 otherwise.
    pub result_index: usize,
    pub derefs: i32,
    pub walkgen: u32,
    pub dst: Option<LocId>,
    pub dst_edge: usize,
    pub queued_walk_all: bool,
    pub queued_walk_one: u32,
    pub attrs: u8,
    pub leaks: Leaks,
    pub captured: bool,
    pub reassigned: bool,
    pub addrtaken: bool,
    pub param: bool,
    pub param_out: bool,
}

impl Location {
    fn new(node: LocNode, curfn: Option<FuncId>, loop_depth: i32, attrs: u8) -> Location {
        Location {
            node,
            curfn,
            edges: Vec::new(),
            loop_depth,
            result_index: 0,
            derefs: 0,
            walkgen: 0,
            dst: None,
            dst_edge: 0,
            queued_walk_all: false,
            queued_walk_one: 0,
            attrs,
            leaks: Leaks::default(),
            captured: false,
            reassigned: false,
            addrtaken: false,
            param: false,
            param_out: false,
        }
    }
    pub fn has(&self, attr: u8) -> bool {
        self.attrs & attr != 0
    }
}

/// The context an expression is evaluated into.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hole {
    pub dst: LocId,
    pub derefs: i32,
    pub notes: Option<NoteId>,
    pub addrtaken: bool,
}

impl Hole {
    pub fn of(dst: LocId) -> Hole {
        Hole { dst, derefs: 0, notes: None, addrtaken: false }
    }
    pub fn shift(mut self, delta: i32) -> Hole {
        // Clamped: a derefs below -1 would mean `&&x`, which the lowering cannot produce.
        self.derefs = (self.derefs + delta).max(-1);
        self.addrtaken = delta < 0;
        self
    }
}

/// Options of one analysis run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Config {
    pub version: GoVersion,
    /// The `-m` level: 1 for verdicts, 2 adds explanations and capture decisions.
    pub m: u8,
}

/// Per-function labels state while walking (`looping` labels are backward goto targets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LabelState {
    Looping,
    NonLooping,
}

/// State shared by the functions of one batch (gc's `batch` plus the per-function
/// `escape` context, which is saved and restored around closures).
pub(crate) struct Batch<'p> {
    pub prog: &'p Program,
    pub cfg: Config,
    pub locs: Vec<Location>,
    pub notes: Vec<Note>,
    pub var_loc: BTreeMap<VarId, LocId>,
    /// Closures seen while walking, with their spill hole.
    pub closures: Vec<(Hole, FuncId)>,
    /// The functions of the batch, in gc's order.
    pub funcs: Vec<FuncId>,
    pub in_batch: BTreeSet<FuncId>,
    /// Closures whose results were lost to an untracked caller.
    pub results_lost: BTreeSet<FuncId>,
    /// Locations of func literals, to find their closure from the solver.
    pub closure_loc: BTreeMap<LocId, FuncId>,
    /// Parameter tags of already analysed local functions (receiver first).
    pub tags: &'p BTreeMap<FuncId, Vec<Vec<u8>>>,
    pub out: Vec<Diagnostic>,
    // The `escape` context of the function being walked.
    pub curfn: FuncId,
    pub loop_depth: i32,
    pub labels: BTreeMap<crate::ir::LabelId, LabelState>,
}

impl<'p> Batch<'p> {
    pub fn new(
        prog: &'p Program,
        cfg: Config,
        funcs: Vec<FuncId>,
        tags: &'p BTreeMap<FuncId, Vec<Vec<u8>>>,
    ) -> Batch<'p> {
        let locs = vec![
            Location::new(LocNode::None, None, 0, ATTR_ALL),
            Location::new(LocNode::None, None, 0, ATTR_MUTATES),
            Location::new(LocNode::None, None, 0, ATTR_CALLS),
            Location::new(LocNode::None, None, 0, 0),
        ];
        let in_batch = funcs.iter().copied().collect();
        let curfn = funcs.first().copied().unwrap_or(FuncId(0));
        Batch {
            prog,
            cfg,
            locs,
            notes: Vec::new(),
            var_loc: BTreeMap::new(),
            closures: Vec::new(),
            funcs,
            in_batch,
            results_lost: BTreeSet::new(),
            closure_loc: BTreeMap::new(),
            tags,
            out: Vec::new(),
            curfn,
            loop_depth: 1,
            labels: BTreeMap::new(),
        }
    }

    pub fn explain(&self) -> bool {
        self.cfg.m >= 2
    }

    pub fn loc(&self, l: LocId) -> &Location {
        &self.locs[l]
    }

    /// Creates a location owned by the current function at the current loop depth.
    pub fn new_loc(&mut self, node: LocNode, persists: bool) -> LocId {
        let mut loc = Location::new(
            node,
            Some(self.curfn),
            self.loop_depth,
            if persists { ATTR_PERSISTS } else { 0 },
        );
        if let LocNode::Var(v) = node {
            let class = self.prog.var(v).class;
            loc.param = class == crate::ir::VarClass::Param;
            loc.param_out = class == crate::ir::VarClass::Result;
        }
        let id = self.locs.len();
        self.locs.push(loc);
        if let LocNode::Var(v) = node {
            self.var_loc.insert(v, id);
        }
        id
    }

    /// The location of a variable, creating it on first use (variables the lowering did not
    /// list in any `Dcl`).
    pub fn var_loc(&mut self, v: VarId) -> LocId {
        match self.var_loc.get(&v) {
            Some(&l) => l,
            None => {
                let saved = self.curfn;
                if (v.0 as usize) < self.prog.vars.len() {
                    self.curfn = self.prog.var(v).func;
                }
                let l = self.new_loc(LocNode::Var(v), true);
                self.curfn = saved;
                l
            }
        }
    }

    pub fn hole(&self, l: LocId) -> Hole {
        Hole::of(l)
    }
    pub fn heap_hole(&self) -> Hole {
        Hole::of(HEAP)
    }
    pub fn mutator_hole(&self) -> Hole {
        Hole::of(MUTATOR)
    }
    pub fn callee_hole(&self) -> Hole {
        Hole::of(CALLEE)
    }
    pub fn discard_hole(&self) -> Hole {
        Hole::of(BLANK)
    }

    /// Adds a note to a hole (only recorded when explanations are wanted).
    pub fn note(&mut self, mut k: Hole, at: Where, why: &'static str) -> Hole {
        if self.explain() {
            self.notes.push(Note { next: k.notes, at, why });
            k.notes = Some(self.notes.len() - 1);
        }
        k
    }
    pub fn deref(&mut self, k: Hole, at: Where, why: &'static str) -> Hole {
        let k = k.shift(1);
        self.note(k, at, why)
    }
    pub fn addr(&mut self, k: Hole, at: Where, why: &'static str) -> Hole {
        let k = k.shift(-1);
        self.note(k, at, why)
    }
    /// `k.dotType(t)`: one more dereference unless `t` is an interface or pointer-shaped.
    pub fn dot_type(
        &mut self,
        mut k: Hole,
        t: crate::ir::Ty,
        at: Where,
        why: &'static str,
    ) -> Hole {
        if !t.is_interface() && !t.pointer_shaped {
            k = k.shift(1);
        }
        self.note(k, at, why)
    }

    /// Records the flow `k ← src`.
    pub fn flow(&mut self, k: Hole, src: LocId) {
        if k.addrtaken {
            self.locs[src].addrtaken = true;
        }
        let dst = k.dst;
        if dst == BLANK {
            return;
        }
        if dst == src && k.derefs >= 0 {
            return;
        }
        if self.locs[dst].has(ATTR_ESCAPES) && k.derefs < 0 {
            if self.explain() {
                crate::explain::immediate_escape(self, dst, src, k.derefs, k.notes);
            }
            self.locs[src].attrs |= ATTR_ALL;
            return;
        }
        self.locs[dst].edges.push(Edge { src, derefs: k.derefs, notes: k.notes });
    }

    /// A hole flowing into every hole of `ks` (a temporary location when there are several).
    pub fn tee(&mut self, ks: &[Hole]) -> Hole {
        match ks {
            [] => self.discard_hole(),
            [k] => *k,
            _ => {
                let loc = self.new_loc(LocNode::None, false);
                for &k in ks {
                    // A negative derefs cannot be combined; gc treats it as a fatal error,
                    // we clamp (the lowering never produces it).
                    let k = if k.derefs < 0 { Hole { derefs: 0, ..k } } else { k };
                    self.flow(k, loc);
                }
                self.hole(loc)
            }
        }
    }

    /// A persistent temporary that flows into `k` later.
    pub fn later(&mut self, k: Hole) -> Hole {
        let loc = self.new_loc(LocNode::None, true);
        self.flow(k, loc);
        self.hole(loc)
    }

    /// Allocates a location for expression `n`, flows its address to `k` and returns a hole
    /// for values stored into the new storage.
    pub fn spill(&mut self, k: Hole, n: ExprId) -> Hole {
        let loc = self.new_loc(LocNode::Expr(n), true);
        let k = self.addr(k, Where::Expr(n), "spill");
        self.flow(k, loc);
        self.hole(loc)
    }

    /// Whether `f` is analysed in this batch (so its parameters are wired directly).
    pub fn in_mutual_batch(&self, f: FuncId) -> bool {
        self.in_batch.contains(&f)
    }

    /// `ir.ContainsClosure(outer, inner)`: inner is a closure nested (strictly) inside outer.
    pub fn contains_closure(&self, outer: FuncId, inner: FuncId) -> bool {
        if outer == inner {
            return false;
        }
        let mut f = inner;
        while let Some(p) = self.prog.funcs.get(f.0 as usize).and_then(|x| x.parent) {
            if p == outer {
                return true;
            }
            f = p;
        }
        false
    }
}
