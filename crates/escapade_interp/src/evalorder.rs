//! Statements whose output depends on gc's evaluation order of memory reads relative to calls.
//!
//! The spec orders the calls (and receives) of an operand list lexically but leaves open when a
//! plain variable, index, field or dereference beside them is read. gc hoists the calls of a
//! statement first and reads such operands afterwards, mostly — the same `c, d = x, f()` read
//! `x` after `f` in one program and before it in another (probes in the README). The evaluator
//! reads left to right, so a read lexically *before* a call is wrong whenever the call can
//! change the memory read. This pass finds those statements ahead of time; the evaluator
//! refuses one when it reaches it (a statement never executed costs nothing).
//!
//! A read is risky when it is of memory a call could modify: a package-level variable, a local
//! captured by a function literal or whose address is taken (`&x`, a method called on it,
//! slicing an array), any read through a pointer, slice or map (`*p`, `p.f`, `s[i]`, `m[k]`),
//! `len`/`cap` of a map or channel. A call counts when it can run user code or touch user
//! memory: any non-builtin call except a std function whose arguments are all of basic types,
//! plus `copy`, `clear`, `delete`, `close` and channel receives. A read inside a call's
//! arguments is sealed (it happens right before that call; gc and the evaluator agree), and
//! `a && b` / `a || b` evaluate `a` first.

use std::collections::{BTreeMap, BTreeSet};

use escapade_base::{LineIndex, Span};
use escapade_syntax::ast::*;
use escapade_types::{Builtin, Checker, FileInfo, Mode, ObjId, ObjKind, SelectionKind, TypeKind};

/// Statement span start → what to watch (or refuse) there.
pub type Refusals = BTreeMap<u32, std::rc::Rc<Watch>>;

/// A statement with reads that gc may perform after a call the evaluator makes later.
///
/// When `hard` is false the statement runs, watched: each read in `reads` records its place
/// and value when the evaluator makes it; after every call of the statement the recorded
/// places must still hold the recorded values (then any time gc may pick for the read, from
/// the evaluator's read to the statement's last call, sees the same value), and each read of
/// `needs` must have been recorded before its call completes. Otherwise, and when `hard`, the
/// statement is refused with `msg`.
#[derive(Clone, Debug, Default)]
pub struct Watch {
    pub msg: String,
    pub hard: bool,
    pub reads: Vec<NodeId>,
    /// (call, read that precedes it).
    pub needs: Vec<(NodeId, NodeId)>,
    /// Calls that gc may run before an earlier operation of the statement panics: when the
    /// statement panics by itself before all of them completed, it is refused with
    /// `panic_msg`.
    pub after_panic: Vec<NodeId>,
    pub panic_msg: String,
}

pub fn analyze(ck: &Checker, info: &FileInfo, file: &File, src: &str) -> Refusals {
    let mut w = Walker {
        ck,
        info,
        globals: BTreeSet::new(),
        exposed: BTreeSet::new(),
        captured: BTreeSet::new(),
        assigned: BTreeSet::new(),
        lits: Vec::new(),
        pass: Pass::Collect,
        funcs: BTreeMap::new(),
        harmless: BTreeSet::new(),
        cur: Span::default(),
        bad: false,
        lines: LineIndex::new(src),
        src,
        out: BTreeMap::new(),
    };
    for d in &file.decls {
        if let DeclKind::Var { specs, .. } = &d.kind {
            for n in specs.iter().flat_map(|s| &s.names) {
                if let Some(Some(o)) = info.defs.get(n.id.index()) {
                    w.globals.insert(*o);
                }
            }
        }
    }
    for d in &file.decls {
        if let DeclKind::Func(f) = &d.kind {
            if let Some(Some(o)) = info.defs.get(f.name.id.index()) {
                w.funcs.insert(*o, f);
            }
        }
    }
    // Pass 1 finds the exposed locals (a capture later in a function matters to earlier
    // statements).
    w.each_body(Pass::Collect);
    // Harmless functions: the greatest set whose bodies write only their own locals and call
    // only harmless code (recursion alone writes nothing).
    w.harmless.clear();
    w.harmless.extend(w.funcs.keys().copied());
    for _ in 0..=w.funcs.len() {
        let before = w.harmless.len();
        let funcs: Vec<_> = w.funcs.iter().map(|(o, f)| (*o, *f)).collect();
        for (o, f) in funcs {
            if !w.harmless.contains(&o) {
                continue;
            }
            w.bad = false;
            w.cur = f.body.as_ref().map_or(Span::default(), |b| b.span);
            w.pass = Pass::Purity;
            if let Some(b) = &f.body {
                w.block(b);
            }
            if w.bad || f.body.is_none() {
                w.harmless.remove(&o);
            }
        }
        if w.harmless.len() == before {
            break;
        }
    }
    w.each_body(Pass::Check);
    let mut out = Refusals::new();
    out.extend(w.out.into_iter().map(|(k, v)| (k, std::rc::Rc::new(v))));
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Pass {
    Collect,
    Purity,
    Check,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// A call: reads in its operands happen right before it.
    Call,
    Logical,
    Other,
}

#[derive(Clone)]
struct Ev {
    seq: usize,
    id: NodeId,
    /// A read the evaluator can locate again without side effects (see `Watch`).
    plain: bool,
    node: usize,
    span: Span,
    /// Ancestor nodes (outermost first).
    path: Vec<(usize, Kind)>,
    /// Operand of an assignment's left side.
    lhs: bool,
    /// A call that writes only array elements (`append`); a read that may see array elements
    /// (an index through a slice, a dereference).
    elems: bool,
}

#[derive(Default)]
struct Scan {
    stack: Vec<(usize, Kind)>,
    next: usize,
    lhs: bool,
    calls: Vec<Ev>,
    reads: Vec<Ev>,
    /// Every call of user or std code and every receive (any of them may print or panic).
    any_calls: Vec<Ev>,
    /// Operations that may panic at run time (indexes, dereferences, divisions, assertions).
    risks: Vec<Ev>,
}

impl Scan {
    fn ev(&mut self, node: usize, e: &Expr) -> Ev {
        self.next += 1;
        Ev {
            seq: self.next,
            id: e.id,
            plain: false,
            node,
            span: e.span,
            path: self.stack.clone(),
            lhs: self.lhs,
            elems: false,
        }
    }
}

struct Walker<'a> {
    ck: &'a Checker,
    info: &'a FileInfo,
    globals: BTreeSet<ObjId>,
    /// Variables whose address is taken.
    exposed: BTreeSet<ObjId>,
    /// Locals captured by a function literal.
    captured: BTreeSet<ObjId>,
    /// Variables assigned after their declaration.
    assigned: BTreeSet<ObjId>,
    /// Spans of the function literals being walked (pass 1).
    lits: Vec<Span>,
    pass: Pass,
    funcs: BTreeMap<ObjId, &'a FuncDecl>,
    /// Functions and methods whose calls cannot change memory the caller reads.
    harmless: BTreeSet<ObjId>,
    /// Body of the function checked for purity, and whether it failed.
    cur: Span,
    bad: bool,
    lines: LineIndex,
    src: &'a str,
    out: BTreeMap<u32, Watch>,
}

impl Walker<'_> {
    fn each_body(&mut self, pass: Pass) {
        self.pass = pass;
        let funcs: Vec<_> = self.funcs.values().copied().collect();
        for f in funcs {
            if let Some(b) = &f.body {
                self.block(b);
            }
        }
    }

    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let mut lhs: Vec<&Expr> = Vec::new();
        let mut rhs: Vec<&Expr> = Vec::new();
        let mut lhs_read = false;
        let mut subs: Vec<&Stmt> = Vec::new();
        let mut blocks: Vec<&Block> = Vec::new();
        // Expressions evaluated one by one (switch cases): each checked on its own.
        let mut singles: Vec<&Expr> = Vec::new();
        match &s.kind {
            StmtKind::Decl(d) => {
                if let DeclKind::Var { specs, .. } = &d.kind {
                    rhs.extend(specs.iter().flat_map(|sp| &sp.values));
                }
            }
            StmtKind::Empty | StmtKind::Bad | StmtKind::Branch { .. } => {}
            StmtKind::Labeled { stmt, .. } => subs.push(stmt),
            StmtKind::Expr(e) | StmtKind::Defer(e) => rhs.push(e),
            StmtKind::Go(e) => {
                self.bad = true;
                rhs.push(e);
            }
            StmtKind::Send { chan, value } => {
                self.bad = true;
                rhs.extend([chan, value]);
            }
            StmtKind::IncDec { x, .. } => {
                lhs.push(x);
                lhs_read = true;
            }
            StmtKind::Assign { lhs: l, op, rhs: r } => {
                lhs.extend(l);
                lhs_read = op.is_some();
                rhs.extend(r);
            }
            StmtKind::Define { rhs: r, .. } => rhs.extend(r),
            StmtKind::Return(es) => rhs.extend(es),
            StmtKind::Block(b) => blocks.push(b),
            StmtKind::If { init, cond, then, els } => {
                subs.extend(init.as_deref());
                rhs.push(cond);
                blocks.push(then);
                subs.extend(els.as_deref());
            }
            StmtKind::Switch { init, tag, cases } => {
                subs.extend(init.as_deref());
                rhs.extend(tag.as_ref());
                for c in cases {
                    singles.extend(c.list.iter().flatten());
                    subs.extend(&c.body);
                }
            }
            StmtKind::TypeSwitch { init, x, cases, .. } => {
                subs.extend(init.as_deref());
                rhs.push(x);
                for c in cases {
                    subs.extend(&c.body);
                }
            }
            StmtKind::Select { cases } => {
                self.bad = true;
                for c in cases {
                    subs.extend(c.comm.as_deref());
                    subs.extend(&c.body);
                }
            }
            StmtKind::For { init, cond, post, body } => {
                subs.extend(init.as_deref());
                rhs.extend(cond.as_ref());
                subs.extend(post.as_deref());
                blocks.push(body);
            }
            StmtKind::Range { x, body, key, value, define } => {
                if !define {
                    lhs.extend(key.as_deref());
                    lhs.extend(value.as_deref());
                }
                // Channels block; function iterators run unknown code.
                if !matches!(
                    self.under(x),
                    Some(TypeKind::Basic(_) | TypeKind::Slice(_) | TypeKind::Array(..))
                        | Some(TypeKind::Map(..) | TypeKind::Pointer(_))
                ) {
                    self.bad = true;
                }
                rhs.push(x);
                blocks.push(body);
            }
        }
        if self.pass == Pass::Collect {
            if let StmtKind::Define { lhs: l, .. } = &s.kind {
                // A redeclared variable is assigned.
                for e in l {
                    if let ExprKind::Ident(id) = &e.kind {
                        self.assigned.extend(self.obj_of(id));
                    }
                }
            }
            for e in &lhs {
                self.assigned.extend(self.root_var(e));
            }
            for e in lhs.iter().chain(&rhs).chain(&singles) {
                self.collect_expr(e);
            }
        } else if self.pass == Pass::Purity {
            for e in &lhs {
                let own = self.root_var(e).is_some_and(|o| {
                    self.is_local(o)
                        && self.ck.obj(o).pos.is_some_and(|p| {
                            (self.cur.start..self.cur.end).contains(&p.span.start)
                                || p.span.start < self.cur.start
                        })
                });
                let blank = matches!(&e.kind, ExprKind::Ident(id) if id.name == "_");
                if !own && !blank {
                    self.bad = true;
                }
            }
            for e in lhs.iter().chain(&rhs).chain(&singles) {
                self.purity_expr(e);
            }
        } else {
            self.check(s, &lhs, lhs_read, &rhs);
            for e in &singles {
                self.check(s, &[], false, &[e]);
            }
            for e in lhs.iter().chain(&rhs).chain(&singles) {
                self.lits_in(e);
            }
        }
        for x in subs {
            self.stmt(x);
        }
        for b in blocks {
            self.block(b);
        }
    }

    fn obj_of(&self, id: &Ident) -> Option<ObjId> {
        self.info.uses.get(id.id.index()).copied().flatten()
    }

    fn is_local(&self, o: ObjId) -> bool {
        matches!(self.ck.obj(o).kind, ObjKind::Var { field: false, .. })
            && !self.globals.contains(&o)
            && self.ck.obj(o).pos.is_some_and(|p| p.file.0 == 0)
    }

    fn under(&self, e: &Expr) -> Option<&TypeKind> {
        let mut t = self.info.types.get(e.id.index())?.as_ref()?.ty;
        for _ in 0..100 {
            match self.ck.types.kind(t) {
                TypeKind::Named(n) => t = n.underlying?,
                TypeKind::TypeParam(_) => return None,
                k => return Some(k),
            }
        }
        None
    }

    /// `e` is a constant expression.
    fn constant(&self, e: &Expr) -> bool {
        self.info
            .types
            .get(e.id.index())
            .and_then(|t| t.as_ref())
            .is_some_and(|t| t.value.is_some())
    }

    fn mode(&self, e: &Expr) -> Option<Mode> {
        self.info.types.get(e.id.index())?.as_ref().map(|t| t.mode)
    }

    /// The variable whose storage `e` designates without going through a pointer.
    fn root_var(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Ident(id) => self.obj_of(id),
            ExprKind::Paren(x) => self.root_var(x),
            ExprKind::Index { x, .. } if matches!(self.under(x), Some(TypeKind::Array(..))) => {
                self.root_var(x)
            }
            ExprKind::Selector { x, .. } => match self.info.selections.get(e.id.index()) {
                Some(Some(sel)) if !sel.indirect => self.root_var(x),
                _ => None,
            },
            _ => None,
        }
    }

    // ---- pass 1: exposed locals ----

    fn expose(&mut self, e: &Expr) {
        self.exposed.extend(self.root_var(e));
    }

    /// A call may change the variable: its address is taken, or it is assigned and visible
    /// to other functions (package-level or captured).
    fn vulnerable(&self, o: ObjId) -> bool {
        self.exposed.contains(&o)
            || (self.assigned.contains(&o)
                && (self.globals.contains(&o) || self.captured.contains(&o)))
    }

    fn collect_expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(id) => {
                let Some(o) = self.obj_of(id) else { return };
                let declared = self.ck.obj(o).pos.map(|p| p.span.start);
                if let (Some(lit), Some(at)) = (self.lits.last(), declared) {
                    if self.is_local(o) && !(lit.start..lit.end).contains(&at) {
                        self.captured.insert(o);
                    }
                }
            }
            ExprKind::FuncLit { body, .. } => {
                self.lits.push(e.span);
                self.block(body);
                self.lits.pop();
            }
            ExprKind::Unary { op: UnaryOp::Addr, x } => {
                self.expose(x);
                self.collect_expr(x);
            }
            ExprKind::Slice { x, .. } if matches!(self.under(x), Some(TypeKind::Array(..))) => {
                self.expose(x);
                each_child(e, |c| self.collect_expr(c));
            }
            ExprKind::Selector { x, .. } => {
                if let Some(Some(sel)) = self.info.selections.get(e.id.index()) {
                    let ptr = matches!(self.under(x), Some(TypeKind::Pointer(_)));
                    let by_value = self.funcs.get(&sel.obj).is_some_and(|f| {
                        f.recv
                            .as_ref()
                            .and_then(|r| r.fields.first())
                            .is_some_and(|r| !matches!(r.ty.kind, ExprKind::Star(_)))
                    });
                    if sel.kind != SelectionKind::FieldVal && !ptr && !by_value {
                        self.expose(x);
                    }
                }
                self.collect_expr(x);
            }
            _ => each_child(e, |c| self.collect_expr(c)),
        }
    }

    // ---- purity ----

    fn purity_expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::FuncLit { .. } => {}
            ExprKind::Unary { op: UnaryOp::Recv, .. } => self.bad = true,
            ExprKind::Call { fun, args, .. } => {
                if self.is_call(e, fun, args).1 {
                    self.bad = true;
                }
                each_child(e, |c| self.purity_expr(c));
            }
            _ => each_child(e, |c| self.purity_expr(c)),
        }
    }

    // ---- pass 3: risky statements ----

    fn lits_in(&mut self, e: &Expr) {
        if let ExprKind::FuncLit { body, .. } = &e.kind {
            self.block(body);
        } else {
            each_child(e, |c| self.lits_in(c));
        }
    }

    fn check(&mut self, s: &Stmt, lhs: &[&Expr], lhs_read: bool, rhs: &[&Expr]) {
        let mut sc = Scan { lhs: true, ..Scan::default() };
        for e in lhs {
            if lhs_read {
                self.scan(&mut sc, e);
            } else {
                self.scan_place(&mut sc, e);
            }
        }
        sc.lhs = false;
        for e in rhs {
            self.scan(&mut sc, e);
        }
        // Only simple statements are watched: a compound one's body would run inside it.
        let simple = matches!(
            s.kind,
            StmtKind::Expr(_)
                | StmtKind::Assign { .. }
                | StmtKind::Define { .. }
                | StmtKind::IncDec { .. }
                | StmtKind::Return(_)
                | StmtKind::Decl(_)
                | StmtKind::Defer(_)
                | StmtKind::Send { .. }
        );
        for r in &sc.reads {
            for c in &sc.calls {
                if !risky(r, c) {
                    continue;
                }
                let msg = self.order_msg(r, c, "");
                let w = self.out.entry(s.span.start).or_default();
                if w.msg.is_empty() {
                    w.msg = msg;
                }
                if !simple {
                    w.hard = true;
                }
                // The evaluator reads after the call: gc may read before it.
                if r.seq > c.seq || !r.plain {
                    w.hard = true;
                }
                if !w.reads.contains(&r.id) {
                    w.reads.push(r.id);
                }
                w.needs.push((c.id, r.id));
            }
        }
        // gc runs the calls before an operation left of them panics (go1.27.3: `s[i] = f()`,
        // `fmt.Println(s[i], f())`, `p.a`, `x/z` all print what `f` prints first).
        // `if`, `switch` and `for` count panics while their condition, tag or cases run (the
        // evaluator arms the watch there, each loop iteration anew).
        let conds =
            matches!(s.kind, StmtKind::If { .. } | StmtKind::Switch { .. } | StmtKind::For { .. });
        if !simple && !conds {
            return;
        }
        for p in &sc.risks {
            for c in &sc.any_calls {
                if p.seq > c.seq || !risky(p, c) {
                    continue;
                }
                let msg = self.order_msg(p, c, ", which panics,");
                let w = self.out.entry(s.span.start).or_default();
                if w.panic_msg.is_empty() {
                    w.panic_msg = msg;
                }
                if !w.after_panic.contains(&c.id) {
                    w.after_panic.push(c.id);
                }
            }
        }
    }

    fn order_msg(&self, r: &Ev, c: &Ev, what: &str) -> String {
        let text = self.src.get(r.span.start as usize..r.span.end as usize);
        format!(
            "unsupported: evaluation order of `{}`{what} relative to the call at {} \
             (gc-specific) at {}",
            text.unwrap_or("operand"),
            self.lines.line_col(c.span.start as usize),
            self.lines.line_col(r.span.start as usize)
        )
    }

    /// An operation of `e` that may panic (recorded with the reads' bookkeeping).
    fn risk(&self, sc: &mut Scan, e: &Expr) {
        if !self.may_panic(e) {
            return;
        }
        let ev = sc.ev(usize::MAX, e);
        sc.risks.push(Ev { node: sc.stack.last().map_or(0, |n| n.0), ..ev });
    }

    /// `e` is an operation that may panic: index, slice, dereference, field through a
    /// pointer, integer division, shift, type assertion.
    fn may_panic(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Index { x, .. } => !matches!(self.under(x), Some(TypeKind::Map(..))),
            ExprKind::Slice { .. } | ExprKind::TypeAssert { .. } => true,
            ExprKind::Star(_) => !matches!(self.mode(e), Some(Mode::TypeExpr)),
            ExprKind::Selector { .. } => matches!(
                self.info.selections.get(e.id.index()),
                Some(Some(sel)) if sel.indirect && sel.kind == SelectionKind::FieldVal
            ),
            ExprKind::Binary {
                op: BinaryOp::Quo | BinaryOp::Rem | BinaryOp::Shl | BinaryOp::Shr,
                y,
                ..
            } => {
                let inexact = matches!(
                    self.under(e),
                    Some(TypeKind::Basic(b)) if b.is_float() || b.is_complex()
                );
                !inexact && !self.constant(y)
            }
            _ => false,
        }
    }

    /// `e` designates memory whose place the evaluator can compute again, and load, without
    /// side effects (no calls, receives, map lookups — the simulator records probes — or
    /// closures).
    fn plain_place(&self, e: &Expr, top: bool) -> bool {
        if self.constant(e) {
            return !top;
        }
        match &e.kind {
            ExprKind::Ident(_) => true,
            ExprKind::Paren(x) => self.plain_place(x, top),
            ExprKind::Star(x) => self.plain_place(x, false),
            ExprKind::Selector { x, .. } => {
                matches!(
                    self.info.selections.get(e.id.index()),
                    Some(Some(sel)) if sel.kind == SelectionKind::FieldVal
                ) && self.plain_place(x, false)
            }
            ExprKind::Index { x, indices } => {
                !matches!(self.under(x), Some(TypeKind::Map(..)))
                    && self.plain_place(x, false)
                    && indices.iter().all(|i| self.plain_place(i, false))
            }
            _ => false,
        }
    }

    fn node(&self, sc: &mut Scan, kind: Kind) -> usize {
        sc.next += 1;
        let n = sc.next;
        sc.stack.push((n, kind));
        n
    }

    /// An assignment target: its storage is written, only the operands locating it are read.
    fn scan_place(&self, sc: &mut Scan, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(_) => {}
            ExprKind::Paren(x) => self.scan_place(sc, x),
            ExprKind::Index { x, indices } => {
                self.node(sc, Kind::Other);
                if matches!(self.under(x), Some(TypeKind::Array(..))) {
                    self.scan_place(sc, x);
                } else {
                    self.scan(sc, x);
                }
                for i in indices {
                    self.scan(sc, i);
                }
                self.risk(sc, e);
                sc.stack.pop();
            }
            ExprKind::Selector { x, .. } => match self.info.selections.get(e.id.index()) {
                Some(Some(sel)) if !sel.indirect => self.scan_place(sc, x),
                _ => self.through_operand(sc, e, x, false),
            },
            ExprKind::Star(x) => self.through_operand(sc, e, x, false),
            _ => self.scan(sc, e),
        }
    }

    /// `e` reaches memory through its operand `x` (`p.f`, `*p`): `x` is read, then `e` itself
    /// when `read`; `e` may panic.
    fn through_operand(&self, sc: &mut Scan, e: &Expr, x: &Expr, read: bool) {
        self.node(sc, Kind::Other);
        self.scan(sc, x);
        if read {
            self.read(sc, e);
        }
        self.risk(sc, e);
        sc.stack.pop();
    }

    fn is_call(&self, e: &Expr, fun: &Expr, args: &[Expr]) -> (Kind, bool) {
        match self.mode(fun) {
            Some(Mode::TypeExpr) => return (Kind::Other, false),
            Some(Mode::Builtin(b)) => {
                // `append` may write the shared array beyond the length of its operand.
                let writes = matches!(
                    b,
                    Builtin::Append
                        | Builtin::Copy
                        | Builtin::Clear
                        | Builtin::Delete
                        | Builtin::Close
                );
                return (Kind::Other, writes);
            }
            _ => {}
        }
        (Kind::Call, !self.harmless_callee(e, fun, args))
    }

    /// Every method named `name` declared in the program is harmless.
    fn methods_harmless(&self, name: &str) -> bool {
        self.funcs
            .iter()
            .all(|(o, f)| f.recv.is_none() || f.name.name != name || self.harmless.contains(o))
    }

    /// A call of `fun` cannot change memory its caller reads (nor let a goroutine run).
    fn harmless_callee(&self, e: &Expr, fun: &Expr, args: &[Expr]) -> bool {
        let basic_args = !matches!(e.kind, ExprKind::Call { spread: true, .. })
            && args.iter().all(|a| {
                self.info.types.get(a.id.index()).and_then(|t| t.as_ref()).is_some_and(|t| {
                    t.value.is_some() || matches!(self.ck.types.kind(t.ty), TypeKind::Basic(_))
                })
            });
        // std code given only basic values reaches no user memory; `sync` and `time.Sleep`
        // may let goroutines run.
        let no_funcs = args.iter().all(|a| !matches!(self.under(a), Some(TypeKind::Func(_))));
        let std_ok = |o: ObjId| {
            let ob = self.ck.obj(o);
            let path = ob.pkg.and_then(|p| self.ck.pkgs.get(p.0 as usize)).map(|p| p.path.as_str());
            let path = path.unwrap_or("");
            let name = ob.name.as_str();
            if basic_args && path != "sync" && !(path == "time" && name == "Sleep") {
                return true;
            }
            if !no_funcs {
                return false;
            }
            // Only reads its arguments (comparisons call no user code).
            let reads = matches!(
                (path, name),
                (
                    "strings" | "bytes",
                    "Join" | "Equal" | "Contains" | "Index" | "Compare" | "Count" | "HasPrefix"
                        | "HasSuffix" | "LastIndex" | "IndexByte" | "EqualFold"
                )
                    | ("slices" | "maps", "Equal" | "Contains" | "Index" | "Max" | "Min" | "Clone")
                    | ("sync/atomic", "LoadInt32" | "LoadInt64" | "LoadUint32" | "LoadUint64")
                    // Wrap a reader or writer without calling it.
                    | ("bufio", "NewReader" | "NewWriter" | "NewReaderSize" | "NewWriterSize")
                    | ("bufio", "NewScanner")
            );
            // Reads its arguments, calling user code only through these methods.
            let via: &[&str] = match (path, name) {
                ("fmt", n)
                    if n.starts_with("Sprint") || n.starts_with("Print") || n == "Errorf" =>
                {
                    &["String", "Error", "Format", "GoString"]
                }
                ("fmt", n) if n.starts_with("Fprint") => {
                    &["String", "Error", "Format", "GoString", "Write"]
                }
                ("errors", "Is") => &["Is", "Unwrap", "Error"],
                ("errors", "Unwrap") => &["Unwrap"],
                _ => return reads,
            };
            via.iter().all(|m| self.methods_harmless(m))
        };
        let main = |o: ObjId| self.ck.obj(o).pos.is_some_and(|p| p.file.0 == 0);
        match &fun.kind {
            ExprKind::Paren(f) => self.harmless_callee(e, f, args),
            ExprKind::Ident(id) => self.obj_of(id).is_some_and(|o| {
                matches!(self.ck.obj(o).kind, ObjKind::Func { .. }) && self.harmless.contains(&o)
            }),
            ExprKind::Selector { x, sel } => {
                let Some(Some(s)) = self.info.selections.get(fun.id.index()) else {
                    // A qualified identifier `pkg.F`.
                    return self.obj_of(sel).is_some_and(|o| {
                        matches!(self.ck.obj(o).kind, ObjKind::Func { .. }) && !main(o) && std_ok(o)
                    });
                };
                if s.kind != SelectionKind::MethodVal {
                    return false;
                }
                if matches!(self.under(x), Some(TypeKind::Interface(_))) {
                    // Dynamic dispatch: every method of that name declared here must be
                    // harmless (std implementations only touch their own state).
                    return basic_args && self.methods_harmless(&self.ck.obj(s.obj).name);
                }
                if main(s.obj) {
                    self.harmless.contains(&s.obj)
                } else {
                    std_ok(s.obj)
                }
            }
            _ => false,
        }
    }

    fn read(&self, sc: &mut Scan, e: &Expr) {
        let ev = sc.ev(usize::MAX, e);
        let elems = matches!(e.kind, ExprKind::Index { .. } | ExprKind::Star(_));
        // `len(m)`/`cap(c)` of a map or channel is located again through its operand.
        let plain = match &e.kind {
            ExprKind::Call { args, .. } => args.len() == 1 && self.plain_place(&args[0], true),
            _ => self.plain_place(e, true),
        };
        sc.reads.push(Ev { node: sc.stack.last().map_or(0, |n| n.0), elems, plain, ..ev });
    }

    fn scan(&self, sc: &mut Scan, e: &Expr) {
        if self.constant(e) {
            return;
        }
        match &e.kind {
            ExprKind::FuncLit { .. } | ExprKind::BasicLit(_) | ExprKind::Bad => {}
            ExprKind::Ident(id) => {
                let Some(o) = self.obj_of(id) else { return };
                if self.vulnerable(o) {
                    self.node(sc, Kind::Other);
                    self.read(sc, e);
                    sc.stack.pop();
                }
            }
            ExprKind::Unary { op: UnaryOp::Addr, x } => {
                self.node(sc, Kind::Other);
                self.scan_place(sc, x);
                sc.stack.pop();
            }
            ExprKind::Unary { op: UnaryOp::Recv, x } => {
                let n = self.node(sc, Kind::Call);
                self.scan(sc, x);
                sc.stack.pop();
                let ev = sc.ev(n, e);
                sc.any_calls.push(ev.clone());
                sc.calls.push(ev);
            }
            ExprKind::Binary { op: BinaryOp::LAnd | BinaryOp::LOr, .. } => {
                self.node(sc, Kind::Logical);
                each_child(e, |c| self.scan(sc, c));
                sc.stack.pop();
            }
            ExprKind::Call { fun, args, .. } => {
                let (kind, counts) = self.is_call(e, fun, args);
                let n = self.node(sc, kind);
                self.scan(sc, fun);
                for a in args {
                    self.scan(sc, a);
                }
                let through = match (self.mode(fun), args.first()) {
                    (Some(Mode::Builtin(Builtin::Len | Builtin::Cap)), Some(a)) => {
                        matches!(self.under(a), Some(TypeKind::Map(..) | TypeKind::Chan(..)))
                    }
                    _ => false,
                };
                if through {
                    self.read(sc, e);
                }
                sc.stack.pop();
                if kind == Kind::Call {
                    let ev = sc.ev(n, e);
                    sc.any_calls.push(ev);
                }
                if counts {
                    let ev = sc.ev(n, e);
                    let elems = matches!(self.mode(fun), Some(Mode::Builtin(Builtin::Append)));
                    sc.calls.push(Ev { elems, ..ev });
                }
            }
            ExprKind::Index { x, .. } => {
                self.node(sc, Kind::Other);
                each_child(e, |c| self.scan(sc, c));
                // Arrays are covered by their variable, strings are immutable; anything else
                // (slices, maps, pointers, type parameters) reads shared memory.
                if !matches!(self.under(x), Some(TypeKind::Array(..) | TypeKind::Basic(_))) {
                    self.read(sc, e);
                }
                self.risk(sc, e);
                sc.stack.pop();
            }
            ExprKind::Selector { x, .. } => {
                let through = matches!(
                    self.info.selections.get(e.id.index()),
                    Some(Some(sel)) if sel.kind == SelectionKind::FieldVal && sel.indirect
                );
                self.through_operand(sc, e, x, through);
            }
            ExprKind::Star(x) => {
                let deref = !matches!(self.mode(e), Some(Mode::TypeExpr));
                self.through_operand(sc, e, x, deref);
            }
            _ => {
                if matches!(self.mode(e), Some(Mode::TypeExpr)) {
                    return;
                }
                self.node(sc, Kind::Other);
                each_child(e, |c| self.scan(sc, c));
                self.risk(sc, e);
                sc.stack.pop();
            }
        }
    }
}

/// `r` is read before call `c` by the evaluator but may be read after it by gc (or the other
/// way round across the two sides of an assignment).
fn risky(r: &Ev, c: &Ev) -> bool {
    if c.elems && !r.elems {
        return false;
    }
    if r.path.iter().any(|a| a.0 == c.node) || c.path.iter().any(|a| a.0 == r.node) {
        return false;
    }
    let common = r.path.iter().zip(&c.path).take_while(|(a, b)| a.0 == b.0).count();
    if r.path[common..].iter().any(|a| a.1 == Kind::Call) {
        return false;
    }
    let lca = common.checked_sub(1).and_then(|i| r.path.get(i));
    if r.seq < c.seq && lca.is_some_and(|a| a.1 == Kind::Logical) {
        return false;
    }
    r.seq < c.seq || r.lhs != c.lhs
}

pub(crate) fn each_child(e: &Expr, mut f: impl FnMut(&Expr)) {
    match &e.kind {
        ExprKind::CompositeLit { elts, .. } => elts.iter().for_each(f),
        ExprKind::Paren(x)
        | ExprKind::Star(x)
        | ExprKind::Unary { x, .. }
        | ExprKind::Selector { x, .. }
        | ExprKind::TypeAssert { x, .. } => f(x),
        ExprKind::Index { x, indices } => {
            f(x);
            indices.iter().for_each(f);
        }
        ExprKind::Slice { x, low, high, max, .. } => {
            f(x);
            [low, high, max].into_iter().flatten().for_each(|y| f(y));
        }
        ExprKind::Call { fun, args, .. } => {
            f(fun);
            args.iter().for_each(f);
        }
        ExprKind::Binary { x, y, .. } => {
            f(x);
            f(y);
        }
        ExprKind::KeyValue { key, value } => {
            f(key);
            f(value);
        }
        _ => {}
    }
}
