//! Where gc (go1.27.3) gives an `append` a stack backing store, found ahead of time per
//! function (the evaluator applies it when an append grows).
//!
//! Two compiler passes decide it. ssagen's `append`: a non-escaping, fixed-count append whose
//! result is not written back to memory (`x = append(x, …)` with `x` address-taken, a named
//! result in a function with `defer`, a field of a struct too big for registers) gets a
//! `[32/size]T` buffer in the function's frame. The buffer belongs to the slice operand (the
//! variable, else the expression): only the first such append site of it in compile order has
//! the code, and it takes the buffer only when the slice is empty, the new length fits and the
//! frame's `used` flag for it is still false (so an append in a loop, or a function inlined
//! into a loop, takes it once per frame).
//!
//! The slice pass (cmd/compile/internal/slice, new in go1.26): a local slice variable `s` only
//! ever used in ways it understands (`s = append(s, …)`, `s = s[i:j]`, `s = nil`, `s = []T{…}`,
//! `s[i]`, `len(s)`, `cap(s)`), that stops being the only reference to its backing store at one
//! place outside deeper loops (`return s`, `x = s`, `for range s`) and has appends weighing at
//! least 2 (an append in a loop counts 1 + loop depth), gets its appends marked non-escaping
//! and a `move2heap` before that place. When `cap(s)` or reslicing is used the appends use
//! `growsliceBuf` (the buffer, one size class at a time) and the move keeps the capacity;
//! otherwise the first append takes the whole buffer as above and the move copies the slice to
//! the size class of its length. A slice passed to a called function is refused: whether that
//! keeps the pass going depends on inlining and on the callee's parameter leaks.

use std::collections::{BTreeMap, BTreeSet};

use escapade_base::Span;
use escapade_syntax::ast::*;
use escapade_types::{Builtin, Checker, FileInfo, Mode, ObjId, ObjKind, TypeId, TypeKind};

use crate::prepass::Part;

/// What a stack buffer belongs to: a variable, or the slice expression of one append.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    Var(ObjId),
    Node(NodeId),
}

/// The slice pass's decision for the variable an append writes back to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pass {
    No,
    /// The appends do not escape; `use_buf`: gc's growsliceBuf (the capacity is used).
    Yes {
        use_buf: bool,
    },
    /// Depends on the call at this span (inlining, parameter leaks).
    Unknown(Span),
}

#[derive(Clone, Debug)]
pub struct Site {
    pub key: Key,
    /// Earlier append sites of the same key (compile order), by the span of their `(`
    /// region (as `Interp::append_verdict` takes it) and id.
    pub earlier: Vec<(NodeId, (u32, u32))>,
    /// `x = append(x, …)` writing back to memory: never a stack buffer.
    pub in_memory: bool,
    /// Whether the write-back is to memory is not known (a variable captured by a function
    /// literal, a field of a value the model does not size).
    pub memory_unknown: bool,
    pub pass: Pass,
}

/// The plan of every function of a file.
#[derive(Default, Debug)]
pub struct Plan {
    /// Append calls by node id.
    pub sites: BTreeMap<NodeId, Site>,
    /// Where variables are moved to the heap without keeping their capacity (a kept capacity
    /// is invisible): the node whose evaluation starts it (the variable's identifier in
    /// `return s`, `x = s`, `range s`; a bare `return`) → the identifier nodes (their slots)
    /// of the variables moved.
    pub moves: BTreeMap<NodeId, Vec<NodeId>>,
    /// Bodies of functions gc never inlines (`//go:noinline`; `defer`, `go`, `select`,
    /// `recover()` or a local type declaration in the body).
    pub not_inlined: BTreeSet<NodeId>,
}

pub fn analyze(
    ck: &mut Checker,
    info: &FileInfo,
    globals: &BTreeSet<ObjId>,
    funcs: &[&FuncDecl],
    lits: &[&(FuncType, Block)],
    src: &str,
    inlined: Option<&BTreeSet<u32>>,
) -> Plan {
    let mut plan = Plan::default();
    for f in funcs {
        if let Some(body) = &f.body {
            let mut fa = Fa::new(ck, info, globals, inlined);
            fa.run(f.recv.as_ref(), &f.sig, body, &mut plan);
            if fa.hairy || has_noinline(src, f.sig.span.start as usize) {
                plan.not_inlined.insert(body.id);
            }
        }
    }
    for l in lits {
        let mut fa = Fa::new(ck, info, globals, inlined);
        fa.run(None, &l.0, &l.1, &mut plan);
        if fa.hairy {
            plan.not_inlined.insert(l.1.id);
        }
    }
    plan
}

/// A `//go:noinline` line in the comment block right above offset `at` (a `func` keyword).
fn has_noinline(src: &str, at: usize) -> bool {
    let Some(before) = src.get(..at) else { return false };
    let (above, func_line) = before.rsplit_once('\n').unwrap_or(("", before));
    if !func_line.trim().is_empty() {
        return false;
    }
    for l in above.lines().rev() {
        let t = l.trim();
        if !t.starts_with("//") {
            break;
        }
        if t == "//go:noinline" {
            return true;
        }
    }
    false
}

#[derive(Default)]
struct VarState {
    decl_depth: u32,
    dead: bool,
    unknown: Option<Span>,
    /// (node starting the move, identifier node of the variable's slot).
    transition: Option<(NodeId, NodeId)>,
    appends: Vec<NodeId>,
    weight: u32,
    cap_used: bool,
    result: bool,
}

struct RawSite {
    id: NodeId,
    paren: (u32, u32),
    key: Key,
    var: Option<ObjId>,
    /// `Some(root)`: `x = append(x, …)` writing back through `root`'s storage (the variable
    /// itself when `x` is one); `None`: the result goes elsewhere.
    write_back: Option<Option<ObjId>>,
    /// The written-back place fits registers (when it is a field path of a local).
    place_ssa: bool,
    spread: bool,
}

struct Fa<'a> {
    ck: &'a mut Checker,
    info: &'a FileInfo,
    globals: &'a BTreeSet<ObjId>,
    /// The `(` of the calls gc inlines, when known.
    inlined: Option<&'a BTreeSet<u32>>,
    vars: BTreeMap<ObjId, VarState>,
    depth: u32,
    results: Vec<(ObjId, NodeId)>,
    has_defer: bool,
    addr_taken: BTreeSet<ObjId>,
    captured: BTreeSet<ObjId>,
    /// Inside a function literal's body (its own locals belong to it).
    in_lit: u32,
    /// The body has a statement gc's inliner rejects.
    hairy: bool,
    sites: Vec<RawSite>,
}

fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}

fn paren_of(e: &Expr, fun: &Expr, args: &[Expr]) -> (u32, u32) {
    let hi = args.get(1).map_or(e.span.end, |a| a.span.start);
    (fun.span.end, args.first().map_or(hi, |a| a.span.start.min(hi)))
}

impl<'a> Fa<'a> {
    fn new(
        ck: &'a mut Checker,
        info: &'a FileInfo,
        globals: &'a BTreeSet<ObjId>,
        inlined: Option<&'a BTreeSet<u32>>,
    ) -> Self {
        Fa {
            ck,
            info,
            globals,
            inlined,
            vars: BTreeMap::new(),
            depth: 0,
            results: Vec::new(),
            has_defer: false,
            addr_taken: BTreeSet::new(),
            captured: BTreeSet::new(),
            in_lit: 0,
            hairy: false,
            sites: Vec::new(),
        }
    }

    fn obj(&self, id: &Ident) -> Option<ObjId> {
        let u = self.info.uses.get(id.id.index()).copied().flatten();
        u.or_else(|| self.info.defs.get(id.id.index()).copied().flatten())
    }

    fn ty(&self, e: &Expr) -> Option<TypeId> {
        self.info.types.get(e.id.index())?.as_ref().map(|t| t.ty)
    }

    fn under(&self, mut t: TypeId) -> Option<&TypeKind> {
        for _ in 0..100 {
            match self.ck.types.kind(t) {
                TypeKind::Named(n) => t = n.underlying?,
                k => return Some(k),
            }
        }
        None
    }

    fn is_slice_type(&self, t: TypeId) -> bool {
        matches!(self.under(t), Some(TypeKind::Slice(_)))
    }

    /// A tracked variable named by `e` (parentheses stripped; none inside function literals:
    /// there every mention of an outer variable is a capture).
    fn tracked(&self, e: &Expr) -> Option<ObjId> {
        if self.in_lit > 0 {
            return None;
        }
        match &strip(e).kind {
            ExprKind::Ident(id) => self.obj(id).filter(|o| self.vars.contains_key(o)),
            _ => None,
        }
    }

    fn local_var(&self, id: &Ident) -> Option<ObjId> {
        let o = self.obj(id)?;
        let ob = self.ck.obj(o);
        let local = matches!(ob.kind, ObjKind::Var { field: false, .. })
            && ob.pos.is_some_and(|p| p.file.0 == 0)
            && !self.globals.contains(&o);
        local.then_some(o)
    }

    fn declare(&mut self, id: &Ident) {
        if self.in_lit > 0 {
            return;
        }
        let Some(o) = self.info.defs.get(id.id.index()).copied().flatten() else { return };
        if id.is_blank() {
            return;
        }
        let slice = self.ck.obj(o).ty.is_some_and(|t| self.is_slice_type(t));
        if slice {
            let depth = self.depth;
            self.vars.insert(o, VarState { decl_depth: depth, ..VarState::default() });
        }
    }

    fn kill(&mut self, o: ObjId) {
        if let Some(v) = self.vars.get_mut(&o) {
            v.dead = true;
        }
    }

    /// `e` (naming tracked `o`) stops being the only reference to its backing store.
    fn transition_at(&mut self, o: ObjId, e: &Expr) {
        if let ExprKind::Ident(id) = &strip(e).kind {
            self.transition(o, strip(e).id, id.id);
        }
    }

    fn transition(&mut self, o: ObjId, at: NodeId, ident: NodeId) {
        let depth = self.depth;
        let Some(v) = self.vars.get_mut(&o) else { return };
        if v.transition.is_some() || depth > v.decl_depth {
            v.dead = true;
        } else {
            v.transition = Some((at, ident));
        }
    }

    fn run(&mut self, recv: Option<&FieldList>, sig: &FuncType, body: &Block, plan: &mut Plan) {
        for fl in recv.into_iter().chain(std::iter::once(&sig.params)) {
            for f in &fl.fields {
                for n in &f.names {
                    self.declare(n);
                }
            }
        }
        if let Some(rs) = &sig.results {
            for f in &rs.fields {
                for n in &f.names {
                    self.declare(n);
                    if let Some(o) = self.info.defs.get(n.id.index()).copied().flatten() {
                        if let Some(v) = self.vars.get_mut(&o) {
                            v.result = true;
                            self.results.push((o, n.id));
                        }
                    }
                }
            }
        }
        self.block(body);
        self.finish(plan);
    }

    fn finish(&mut self, plan: &mut Plan) {
        let mut passes: BTreeMap<ObjId, Pass> = BTreeMap::new();
        for (&o, v) in &self.vars {
            let pass = if v.dead || v.weight < 2 || (v.unknown.is_none() && v.transition.is_none())
            {
                Pass::No
            } else if let Some(at) = v.unknown {
                Pass::Unknown(at)
            } else if let Some((at, ident)) = v.transition {
                if !v.cap_used {
                    plan.moves.entry(at).or_default().push(ident);
                }
                Pass::Yes { use_buf: v.cap_used }
            } else {
                Pass::No
            };
            passes.insert(o, pass);
        }
        let mut seen: Vec<(Key, NodeId, (u32, u32))> = Vec::new();
        for s in &self.sites {
            let pass = match (s.var, s.write_back) {
                (Some(o), Some(Some(r))) if r == o => passes.get(&o).cloned().unwrap_or(Pass::No),
                _ => Pass::No,
            };
            let (in_memory, memory_unknown) = match s.write_back {
                None => (false, false),
                Some(Some(root)) => {
                    let named_result_defer =
                        self.has_defer && self.results.iter().any(|&(r, _)| r == root);
                    let captured = self.captured.contains(&root);
                    let in_mem =
                        self.addr_taken.contains(&root) || named_result_defer || !s.place_ssa;
                    (in_mem, !in_mem && captured)
                }
                // A write-back through a pointer, map or package-level variable.
                Some(None) => (true, false),
            };
            let earlier =
                seen.iter().filter(|(k, ..)| *k == s.key).map(|&(_, id, p)| (id, p)).collect();
            if !s.spread && !in_memory {
                seen.push((s.key, s.id, s.paren));
            }
            plan.sites.insert(s.id, Site { key: s.key, earlier, in_memory, memory_unknown, pass });
        }
    }

    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(d) => {
                if matches!(d.kind, DeclKind::Type { .. }) {
                    self.hairy |= self.in_lit == 0;
                }
                if let DeclKind::Var { specs, .. } = &d.kind {
                    for sp in specs {
                        if sp.values.len() == sp.names.len() {
                            for (n, v) in sp.names.iter().zip(&sp.values) {
                                self.declare(n);
                                self.assign_ident(n, v);
                            }
                        } else {
                            for v in &sp.values {
                                self.expr(v);
                            }
                            for n in &sp.names {
                                self.declare(n);
                                if let Some(o) = self.obj(n) {
                                    if !sp.values.is_empty() {
                                        self.kill(o);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            StmtKind::Define { lhs, rhs } => {
                for l in lhs {
                    if let ExprKind::Ident(id) = &l.kind {
                        if self.info.defs.get(id.id.index()).copied().flatten().is_some() {
                            self.declare(id);
                        }
                    }
                }
                self.assign_list(lhs, rhs);
            }
            StmtKind::Assign { lhs, op, rhs } => {
                if op.is_some() {
                    lhs.iter().chain(rhs).for_each(|e| self.expr(e));
                } else {
                    self.assign_list(lhs, rhs);
                }
            }
            StmtKind::Return(results) => {
                for r in results {
                    match self.tracked(r) {
                        Some(o) => self.transition_at(o, r),
                        None => self.expr(r),
                    }
                }
                if results.is_empty() && self.in_lit == 0 {
                    for (o, n) in self.results.clone() {
                        self.transition(o, s.id, n);
                    }
                }
            }
            StmtKind::Range { key, value, x, body, .. } => {
                match self.tracked(x) {
                    Some(o) => self.transition_at(o, x),
                    None => {
                        self.depth += 1;
                        self.expr(x);
                        self.depth -= 1;
                    }
                }
                self.depth += 1;
                for k in [key, value].into_iter().flatten() {
                    if let ExprKind::Ident(id) = &k.kind {
                        self.declare(id);
                    }
                    self.expr(k);
                }
                self.block(body);
                self.depth -= 1;
            }
            StmtKind::For { init, cond, post, body } => {
                self.depth += 1;
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.block(body);
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.depth -= 1;
            }
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                if matches!(s.kind, StmtKind::Defer(_)) && self.in_lit == 0 {
                    self.has_defer = true;
                }
                self.hairy |= self.in_lit == 0;
                // The call's operands are copied into a wrapper first.
                self.expr(e);
                self.mentions_kill(e);
            }
            StmtKind::Select { .. } => {
                self.hairy |= self.in_lit == 0;
                self.parts(s);
            }
            _ => self.parts(s),
        }
    }

    /// Walks the parts of a statement this walker has nothing particular to do for.
    fn parts(&mut self, s: &Stmt) {
        crate::prepass::each_part(s, &mut |p| match p {
            Part::Stmt(s) => self.stmt(s),
            Part::Expr(e) => self.expr(e),
            Part::Block(b) => self.block(b),
        });
    }

    /// Every tracked variable mentioned in `e` stops being understood.
    fn mentions_kill(&mut self, e: &Expr) {
        if let ExprKind::Ident(id) = &e.kind {
            if let Some(o) = self.obj(id) {
                self.kill(o);
            }
        }
        if let ExprKind::FuncLit { body, .. } = &e.kind {
            self.lit_body(body);
            return;
        }
        crate::evalorder::each_child(e, |k| self.mentions_kill(k));
    }

    fn assign_list(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        if lhs.len() == rhs.len() {
            for (l, r) in lhs.iter().zip(rhs) {
                self.assign(l, r);
            }
        } else {
            for r in rhs {
                self.expr(r);
            }
            for l in lhs {
                self.expr(l);
            }
        }
    }

    fn assign_ident(&mut self, n: &Ident, y: &Expr) {
        let x = Expr { id: n.id, span: n.span, kind: ExprKind::Ident(n.clone()) };
        self.assign(&x, y);
    }

    /// `x = y` (one pair of an assignment, definition or `var`).
    fn assign(&mut self, x: &Expr, y: &Expr) {
        let ys = strip(y);
        let mut y_done = false;
        if let Some(v) = self.tracked(x) {
            let ok = match &ys.kind {
                ExprKind::Ident(id)
                    if id.name == "nil"
                        && self
                            .obj(id)
                            .is_none_or(|o| matches!(self.ck.obj(o).kind, ObjKind::Nil)) =>
                {
                    true
                }
                ExprKind::CompositeLit { .. } => {
                    if let Some(s) = self.vars.get_mut(&v) {
                        s.cap_used = true;
                    }
                    false_then_walk(self, ys)
                }
                ExprKind::Slice { x: sx, low, high, max, .. } if self.tracked(sx) == Some(v) => {
                    if let Some(s) = self.vars.get_mut(&v) {
                        s.cap_used = true;
                    }
                    for b in [low, high, max].into_iter().flatten() {
                        self.expr(b);
                    }
                    true
                }
                ExprKind::Call { fun, args, spread }
                    if self.builtin(fun) == Some(Builtin::Append)
                        && args.first().is_some_and(|a| self.tracked(a) == Some(v)) =>
                {
                    let depth = self.depth;
                    if let Some(s) = self.vars.get_mut(&v) {
                        s.weight += 1 + depth.saturating_sub(s.decl_depth);
                        s.appends.push(ys.id);
                    }
                    self.record_append(ys, fun, args, *spread, Some(Some(v)), true);
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    true
                }
                _ => false,
            };
            y_done = ok || matches!(ys.kind, ExprKind::CompositeLit { .. });
            if !ok {
                self.kill(v);
            }
        } else {
            // Self-assignments `p = append(p, …)` of other places.
            if let ExprKind::Call { fun, args, spread } = &ys.kind {
                if self.builtin(fun) == Some(Builtin::Append)
                    && args.first().is_some_and(|a| same_place(self, x, a))
                {
                    let root = root_var(self, x);
                    let ssa = root.is_some() && self.place_fits_registers(x);
                    self.record_append(ys, fun, args, *spread, Some(root), ssa);
                    self.expr(x);
                    for a in args {
                        self.expr(a);
                    }
                    return;
                }
            }
            self.expr(x);
        }
        if y_done {
            return;
        }
        match self.tracked(y) {
            Some(w) if self.tracked(x) != Some(w) => self.transition_at(w, y),
            _ => self.expr(y),
        }
    }

    fn builtin(&self, fun: &Expr) -> Option<Builtin> {
        match self.info.types.get(strip(fun).id.index())?.as_ref()?.mode {
            Mode::Builtin(b) => Some(b),
            _ => None,
        }
    }

    fn record_append(
        &mut self,
        e: &Expr,
        fun: &Expr,
        args: &[Expr],
        spread: bool,
        write_back: Option<Option<ObjId>>,
        place_ssa: bool,
    ) {
        if self.in_lit > 0 {
            return;
        }
        let Some(first) = args.first() else { return };
        let var = match &strip(first).kind {
            ExprKind::Ident(id) => self.local_var(id),
            _ => None,
        };
        let key = var.map_or(Key::Node(first.id), Key::Var);
        self.sites.push(RawSite {
            id: e.id,
            paren: paren_of(e, fun, args),
            key,
            var,
            write_back,
            place_ssa,
            spread,
        });
    }

    /// gc's `ssa.CanSSA` for the type of the place (a field path inside a local).
    fn place_fits_registers(&mut self, x: &Expr) -> bool {
        let mut root = strip(x);
        loop {
            match &root.kind {
                ExprKind::Selector { x: inner, .. } => root = strip(inner),
                ExprKind::Index { x: inner, .. } => root = strip(inner),
                _ => break,
            }
        }
        match self.ty(root) {
            Some(t) => self.can_ssa(t, 0),
            None => false,
        }
    }

    fn can_ssa(&mut self, t: TypeId, depth: u32) -> bool {
        if depth > 16 {
            return false;
        }
        let (size, _) = self.ck.size_align(t);
        if size > 32 {
            return false;
        }
        match self.under(t).cloned() {
            Some(TypeKind::Array(n, e)) => n <= 1 && self.can_ssa(e, depth + 1),
            Some(TypeKind::Struct(fs)) => {
                fs.len() <= 4 && fs.iter().all(|f| self.can_ssa(f.ty, depth + 1))
            }
            Some(_) => true,
            None => false,
        }
    }

    /// A function literal's body: every variable of the enclosing function it mentions is
    /// captured (gc: not understood).
    fn lit_body(&mut self, body: &Block) {
        self.in_lit += 1;
        let depth = self.depth;
        self.block(body);
        self.depth = depth;
        self.in_lit -= 1;
    }

    /// An expression: mentions of tracked variables in positions the slice pass understands
    /// (`s[i]`, `len(s)`, `cap(s)`) keep it; a slice passed to a call is undecided; any other
    /// mention stops it.
    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(id) => {
                if let Some(o) = self.obj(id) {
                    self.kill(o);
                    if self.in_lit > 0 {
                        self.captured.insert(o);
                    }
                }
            }
            ExprKind::FuncLit { body, .. } => self.lit_body(body),
            ExprKind::Index { x, indices } if self.tracked(x).is_some() => {
                for i in indices {
                    self.expr(i);
                }
            }
            ExprKind::Unary { op: UnaryOp::Addr, x } => {
                if let Some(r) = root_var(self, x) {
                    self.addr_taken.insert(r);
                }
                if let ExprKind::Index { x: ix, .. } = &strip(x).kind {
                    if let Some(o) = self.tracked(ix) {
                        self.kill(o);
                    }
                }
                self.expr(x);
            }
            ExprKind::Call { fun, args, spread } => {
                match self.builtin(fun) {
                    Some(Builtin::Recover) => self.hairy |= self.in_lit == 0,
                    Some(b @ (Builtin::Len | Builtin::Cap)) => {
                        match args.first().and_then(|a| self.tracked(a)) {
                            Some(o) => {
                                if b == Builtin::Cap {
                                    if let Some(s) = self.vars.get_mut(&o) {
                                        s.cap_used = true;
                                    }
                                }
                            }
                            None => args.iter().for_each(|a| self.expr(a)),
                        }
                        return;
                    }
                    Some(Builtin::Append) => {
                        self.record_append(e, fun, args, *spread, None, true);
                    }
                    Some(_) => {}
                    None => {
                        if self.static_call(fun) {
                            self.call_args(e, fun, args, *spread);
                            return;
                        }
                    }
                }
                self.expr(fun);
                args.iter().for_each(|a| self.expr(a));
            }
            _ => crate::evalorder::each_child(e, |k| self.expr(k)),
        }
    }

    /// `f(…)` of a declared function or method (not a function value): a slice variable
    /// passed as such (not converted to an interface) to a function of the program is
    /// undecided (gc: a transition if inlined, understood if not inlined and not leaking); to a
    /// std function it stops the pass (go1.27.3: `strings.Join`, `sort.Strings`, `sort.Ints`,
    /// `slices.Sort`, `errors.Join` all did).
    fn call_args(&mut self, e: &Expr, fun: &Expr, args: &[Expr], spread: bool) {
        let params = self.ty(strip(fun)).and_then(|t| match self.under(t) {
            Some(TypeKind::Func(sg)) => Some(sg.clone()),
            _ => None,
        });
        if let ExprKind::Selector { x, sel } = &strip(fun).kind {
            match self.tracked(x) {
                // `s.M()` with a pointer receiver takes `&s`.
                Some(o) if self.pointer_method(sel) => {
                    self.addr_taken.insert(o);
                    self.kill(o);
                }
                Some(_) => self.passed(e, fun, x),
                None => self.expr(x),
            }
        } else {
            self.expr(fun);
        }
        for (i, a) in args.iter().enumerate() {
            let Some(o) = self.tracked(a) else {
                self.expr(a);
                continue;
            };
            let direct = match &params {
                Some(sg) => {
                    let last = i + 1 >= sg.params.len();
                    let pt = sg.params.get(i.min(sg.params.len().saturating_sub(1))).map(|p| p.ty);
                    match pt {
                        Some(pt) if sg.variadic && last && !spread => {
                            // An element of the variadic slice: converted or copied.
                            let _ = pt;
                            false
                        }
                        Some(pt) => self.is_slice_type(pt),
                        None => false,
                    }
                }
                None => false,
            };
            if direct {
                self.passed(e, fun, a);
            } else {
                self.kill(o);
            }
        }
    }

    /// Tracked `a` is passed as such to the call `e`: if gc inlines the call, the parameter is
    /// assigned from it (a transition); if not, a std callee stops the pass (go1.27.3 probes)
    /// and a program callee keeps it only when its parameter does not leak (not modelled).
    fn passed(&mut self, e: &Expr, fun: &Expr, a: &Expr) {
        let Some(o) = self.tracked(a) else { return };
        let known = self.inlined.map(|set| set.contains(&fun.span.end));
        match known.or_else(|| self.std_inlined(fun)) {
            Some(true) => self.transition_at(o, a),
            Some(false) if !self.callee_in_program(fun) => self.kill(o),
            _ => self.undecided(o, e.span),
        }
    }

    /// Whether go1.27.3 inlines a call of this std function (probed with `-m`), for when the
    /// inliner model gives no answer.
    fn std_inlined(&self, fun: &Expr) -> Option<bool> {
        const INLINED: [&str; 5] =
            ["errors.Join", "bytes.Equal", "slices.Contains", "slices.Index", "slices.Max"];
        const NOT_INLINED: [&str; 3] = ["strings.Join", "sort.Strings", "sort.Ints"];
        let ExprKind::Selector { sel, .. } = &strip(fun).kind else { return None };
        let o = self.obj(sel)?;
        let ob = self.ck.obj(o);
        if !matches!(ob.kind, ObjKind::Func { method: false, .. }) {
            return None;
        }
        let path = &self.ck.pkgs.get(ob.pkg?.0 as usize)?.path;
        let name = format!("{path}.{}", sel.name);
        if INLINED.contains(&name.as_str()) {
            Some(true)
        } else if NOT_INLINED.contains(&name.as_str()) {
            Some(false)
        } else {
            None
        }
    }

    fn pointer_method(&self, sel: &Ident) -> bool {
        let Some(m) = self.obj(sel) else { return false };
        self.ck
            .method_recv
            .get(&m)
            .is_some_and(|&r| matches!(self.ck.types.kind(r), TypeKind::Pointer(_)))
    }

    fn undecided(&mut self, o: ObjId, at: Span) {
        if let Some(s) = self.vars.get_mut(&o) {
            s.unknown.get_or_insert(at);
        }
    }

    fn callee_in_program(&self, fun: &Expr) -> bool {
        let Some(id) = callee_ident(fun) else { return false };
        self.obj(id).and_then(|o| self.ck.obj(o).pos).is_some_and(|p| p.file.0 == 0)
    }

    /// The callee is a declared function, a method of a declared type or a std function
    /// (gc knows its body or its escape summary), not a function value.
    fn static_call(&self, fun: &Expr) -> bool {
        let Some(id) = callee_ident(fun) else { return false };
        self.obj(id).is_some_and(|o| matches!(self.ck.obj(o).kind, ObjKind::Func { .. }))
    }
}

/// The identifier a callee names (`f`, `x.m`, `pkg.F`, `f[T]`), if it is one of those forms.
fn callee_ident(fun: &Expr) -> Option<&Ident> {
    fn named(e: &Expr) -> Option<&Ident> {
        match &strip(e).kind {
            ExprKind::Ident(id) => Some(id),
            ExprKind::Selector { sel, .. } => Some(sel),
            _ => None,
        }
    }
    match &strip(fun).kind {
        ExprKind::Index { x, .. } => named(x),
        _ => named(fun),
    }
}

fn false_then_walk(fa: &mut Fa, e: &Expr) -> bool {
    fa.expr(e);
    true
}

/// The local variable whose storage the place `e` is in (through fields and array elements).
fn root_var(fa: &Fa, e: &Expr) -> Option<ObjId> {
    match &strip(e).kind {
        ExprKind::Ident(id) => fa.local_var(id),
        ExprKind::Selector { x, .. } => match fa.info.selections.get(strip(e).id.index()) {
            Some(Some(sel)) if !sel.indirect => root_var(fa, x),
            _ => None,
        },
        ExprKind::Index { x, .. } => match fa.ty(strip(x)).and_then(|t| fa.under(t)) {
            Some(TypeKind::Array(..)) => root_var(fa, x),
            _ => None,
        },
        _ => None,
    }
}

/// gc's `SameSafeExpr` for the places the model handles: identical identifier / field /
/// constant-index paths.
fn same_place(fa: &Fa, a: &Expr, b: &Expr) -> bool {
    match (&strip(a).kind, &strip(b).kind) {
        (ExprKind::Ident(x), ExprKind::Ident(y)) => fa.obj(x).is_some() && fa.obj(x) == fa.obj(y),
        (ExprKind::Selector { x, sel }, ExprKind::Selector { x: y, sel: s2 }) => {
            sel.name == s2.name && same_place(fa, x, y)
        }
        (ExprKind::Star(x), ExprKind::Star(y)) => same_place(fa, x, y),
        _ => false,
    }
}
