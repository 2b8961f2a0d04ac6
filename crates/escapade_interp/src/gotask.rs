//! Goroutines that can be suspended and resumed later (no threads, so it works in wasm32).
//!
//! A goroutine whose function blocks only at *statement level* runs as a task: its body is
//! walked by a small resumable executor (`t_block`/`t_stmt`) that handles the statements
//! holding a blocking operation — blocks, `if`, `for`, `range` over an integer, slice, array
//! or channel, labels, `ch <- v`, `select`, and a statement containing exactly one receive
//! whose earlier operands have no side effects (the receive is done first and its value
//! handed to the statement) — and hands every other statement to the ordinary evaluator.
//! When such an operation must wait, the task parks: each enclosing statement records where
//! it was (`Mark`: statement index, branch, loop position with the range state, the pending
//! channel waiter), the function's frame is taken off the frame stack and the task goes to the
//! scheduler's parked list. Resuming pushes the frame back and walks down the same statements
//! following the marks, without evaluating anything twice. Goroutines that do not fit (a
//! blocking call deeper in the call tree, a receive inside `&&`, …) still run nested on the
//! native stack as in `sched.rs`.

use std::collections::VecDeque;
use std::rc::Rc;

use escapade_base::Span;
use escapade_syntax::ast::*;
use escapade_types::types::TypeKind;
use escapade_types::{ObjId, TypeId};

use super::sched::{Goroutine, WaitOn};
use super::{Flow, Frame, Interp, RangeSrc, R};
use crate::prepass::NO_SLOT;
use crate::value::*;

/// What a loop does after its body ran.
pub(super) enum LoopNext {
    Next,
    Break,
    Exit(Flow),
}

pub(super) fn loop_flow(f: Flow, label: Option<&str>) -> LoopNext {
    match f {
        Flow::Normal | Flow::Continue(None) => LoopNext::Next,
        Flow::Continue(Some(l)) if Some(l.as_str()) == label => LoopNext::Next,
        Flow::Break(None) => LoopNext::Break,
        Flow::Break(Some(l)) if Some(l.as_str()) == label => LoopNext::Break,
        f => LoopNext::Exit(f),
    }
}

/// A `break` of a `switch`/`select` ends that statement.
pub(super) fn end_break(f: Flow, label: Option<&str>) -> Flow {
    match f {
        Flow::Break(None) => Flow::Normal,
        Flow::Break(Some(l)) if Some(l.as_str()) == label => Flow::Normal,
        f => f,
    }
}

/// The statement of `stmts` labelled `label` (the target of a `goto`).
pub(super) fn goto_target(stmts: &[Stmt], label: &str) -> Option<usize> {
    stmts
        .iter()
        .position(|s| matches!(&s.kind, StmtKind::Labeled { label: l, .. } if l.name == label))
}

/// The code of a declared function or a function literal.
#[derive(Clone)]
pub(super) enum EntryBody {
    Decl(Rc<FuncDecl>),
    Lit(Rc<(FuncType, Block)>),
}

impl EntryBody {
    fn parts(&self) -> Option<(&Block, &FuncType, Option<&FieldList>)> {
        match self {
            EntryBody::Decl(f) => Some((f.body.as_ref()?, &f.sig, f.recv.as_ref())),
            EntryBody::Lit(l) => Some((&l.1, &l.0, None)),
        }
    }
}

/// A call ready to run: code, signature type, arguments (receiver first), captured cells.
pub(super) struct Entry {
    body: EntryBody,
    sig_t: TypeId,
    args: Vec<Value>,
    captured: Vec<Cell>,
    targs: Rc<Vec<(TypeId, TypeId)>>,
}

/// A parked goroutine.
pub(super) struct Task {
    frame: Frame,
    /// Where each enclosing statement stopped, outermost first.
    marks: Vec<Mark>,
    pub(super) wait: WaitOn,
    body: EntryBody,
    span: Span,
    wg: Option<Ptr>,
}

/// Where a loop over a range stopped.
enum At {
    Fetch,
    Recv(Rc<Waiter>),
    Body,
}

enum Mark {
    Block(usize),
    /// `if`: in the then branch (true) or the else branch.
    Branch(bool),
    ForBody,
    Range {
        items: RangeSrc,
        i: i64,
        at: At,
    },
    /// A `select` waiting: its waiter and the clause of each case.
    Select(Rc<Waiter>, Vec<usize>),
    SelectBody(usize),
    Send(Rc<Waiter>),
    /// The receive done ahead of its statement.
    Recv(Rc<Waiter>),
    /// Waited for a `sync` call's condition ahead of the call.
    Sync,
    /// A `Cond.Wait` statement that took its ticket and unlocked `L` (then waits to be
    /// notified, and for `L`).
    CondWait,
    /// Inside the function a call statement called: its frame and code.
    Call(Frame, EntryBody),
}

enum Step {
    Flow(Flow),
    /// Waiting; the marks innermost first.
    Park(WaitOn, Vec<Mark>),
}

fn park_in(s: Step, m: Mark) -> Step {
    match s {
        Step::Park(w, mut ms) => {
            ms.push(m);
            Step::Park(w, ms)
        }
        s => s,
    }
}

impl RangeSrc {
    /// Key and (when wanted) value of iteration `i` over an integer, slice or array.
    pub(super) fn indexed(&self, i: i64, want_value: bool) -> Option<(Value, Option<Value>)> {
        let k = Value::Int(i);
        match self {
            RangeSrc::Int(n) => (i < *n).then_some((k, None)),
            RangeSrc::Slice(sl) => ((i as usize) < sl.len)
                .then(|| (k, if want_value { sl.get(i as usize) } else { None })),
            RangeSrc::Array(a) => a.get(i as usize).map(|x| (k, want_value.then(|| x.clone()))),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Syntax walks

enum Node<'a> {
    S(&'a Stmt),
    E(&'a Expr),
}

/// The operands of `e` in evaluation order (not the body of a function literal).
fn children(e: &Expr) -> Vec<&Expr> {
    let mut kids: Vec<&Expr> = Vec::new();
    match &e.kind {
        ExprKind::CompositeLit { elts, .. } => kids.extend(elts),
        ExprKind::Paren(x)
        | ExprKind::Selector { x, .. }
        | ExprKind::TypeAssert { x, .. }
        | ExprKind::Star(x)
        | ExprKind::Unary { x, .. } => kids.push(x),
        ExprKind::Index { x, indices } => {
            kids.push(x);
            kids.extend(indices);
        }
        ExprKind::Slice { x, low, high, max, .. } => {
            kids.push(x);
            kids.extend([low, high, max].into_iter().flatten().map(|b| &**b));
        }
        ExprKind::Call { fun, args, .. } => {
            kids.push(fun);
            kids.extend(args);
        }
        ExprKind::Binary { x, y, .. } => kids.extend([&**x, &**y]),
        ExprKind::KeyValue { key, value } => kids.extend([&**key, &**value]),
        _ => {}
    }
    kids
}

/// Calls `f` on `e` and its subexpressions (not inside function literals) until it says yes.
fn any_expr<'a>(e: &'a Expr, f: &mut dyn FnMut(Node<'a>) -> bool) -> bool {
    f(Node::E(e)) || children(e).into_iter().any(|k| any_expr(k, f))
}

/// Calls `f` on `s`, its statements and expressions (not inside function literals or local
/// declarations) until it says yes.
fn any_node<'a>(s: &'a Stmt, f: &mut dyn FnMut(Node<'a>) -> bool) -> bool {
    if f(Node::S(s)) {
        return true;
    }
    let mut es: Vec<&'a Expr> = Vec::new();
    let mut ss: Vec<&'a Stmt> = Vec::new();
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => ss.push(stmt),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => es.push(e),
        StmtKind::Send { chan, value } => es.extend([chan, value]),
        StmtKind::IncDec { x, .. } => es.push(x),
        StmtKind::Assign { lhs, rhs, .. } | StmtKind::Define { lhs, rhs } => {
            es.extend(lhs);
            es.extend(rhs);
        }
        StmtKind::Return(v) => es.extend(v),
        StmtKind::Block(b) => ss.extend(&b.stmts),
        StmtKind::If { init, cond, then, els } => {
            ss.extend(init.as_deref());
            es.push(cond);
            ss.extend(&then.stmts);
            ss.extend(els.as_deref());
        }
        StmtKind::Switch { init, tag, cases } => {
            ss.extend(init.as_deref());
            es.extend(tag);
            for c in cases {
                es.extend(c.list.iter().flatten());
                ss.extend(&c.body);
            }
        }
        StmtKind::TypeSwitch { init, x, cases, .. } => {
            ss.extend(init.as_deref());
            es.push(x);
            for c in cases {
                ss.extend(&c.body);
            }
        }
        StmtKind::Select { cases } => {
            for c in cases {
                ss.extend(c.comm.as_deref());
                ss.extend(&c.body);
            }
        }
        StmtKind::For { init, cond, post, body } => {
            ss.extend(init.as_deref());
            es.extend(cond);
            ss.extend(post.as_deref());
            ss.extend(&body.stmts);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            es.extend(key.as_deref());
            es.extend(value.as_deref());
            es.push(x);
            ss.extend(&body.stmts);
        }
        _ => {}
    }
    es.into_iter().any(|e| any_expr(e, f)) || ss.into_iter().any(|s| any_node(s, f))
}

fn is_recv(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Unary { op: UnaryOp::Recv, .. })
}

fn has_recv(e: &Expr) -> bool {
    any_expr(e, &mut |n| matches!(n, Node::E(x) if is_recv(x)))
}

/// Evaluating `e` has no effect and cannot block (a name, a literal, a field or package
/// member of one).
fn pure(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::BasicLit(_) => true,
        ExprKind::Paren(x) | ExprKind::Selector { x, .. } => pure(x),
        _ => false,
    }
}

fn within(outer: &Expr, inner: &Expr) -> bool {
    outer.span.start <= inner.span.start && inner.span.end <= outer.span.end
}

/// Whatever `e` evaluates before the receive `r` (which it contains) has no effect, and `r`
/// is evaluated unconditionally.
fn path_ok(e: &Expr, r: &Expr) -> bool {
    if std::ptr::eq(e, r) {
        return true;
    }
    match &e.kind {
        ExprKind::FuncLit { .. } | ExprKind::Binary { op: BinaryOp::LAnd | BinaryOp::LOr, .. } => {
            return false
        }
        _ => {}
    }
    for k in children(e) {
        if within(k, r) {
            return path_ok(k, r);
        }
        if k.span.end <= r.span.start && !pure(k) {
            return false;
        }
    }
    false
}

/// The one receive of an expression statement or assignment that can be done ahead of the
/// rest of the statement.
fn hoist_target(s: &Stmt) -> Option<&Expr> {
    let (lhs, rhs): (&[Expr], &[Expr]) = match &s.kind {
        StmtKind::Expr(e) => (&[], std::slice::from_ref(e)),
        StmtKind::Define { lhs, rhs } | StmtKind::Assign { lhs, op: None, rhs } => (lhs, rhs),
        _ => return None,
    };
    let lhs_ok = |e: &Expr| match &e.kind {
        ExprKind::Index { x, indices } => pure(x) && indices.iter().all(pure),
        _ => pure(e),
    };
    if !lhs.iter().all(lhs_ok) {
        return None;
    }
    let mut recvs: Vec<&Expr> = Vec::new();
    for e in rhs {
        any_expr(e, &mut |n| {
            if let Node::E(x) = n {
                if is_recv(x) {
                    recvs.push(x);
                }
            }
            false
        });
    }
    let [r] = recvs[..] else { return None };
    let ExprKind::Unary { x, .. } = &r.kind else { return None };
    if !pure(x) {
        return None;
    }
    for e in rhs {
        if within(e, r) {
            if !path_ok(e, r) {
                return None;
            }
        } else if e.span.end <= r.span.start && !pure(e) {
            return None;
        }
    }
    Some(r)
}

/// `x.Wait()`, `x.Lock()` or `x.RLock()` as a statement with `x` a name or field: the
/// receiver and whether the lock is a writer's (`None` for `Wait`).
fn sync_call(s: &Stmt) -> Option<(&Expr, Option<bool>)> {
    let StmtKind::Expr(e) = &s.kind else { return None };
    let ExprKind::Call { fun, args, .. } = &e.kind else { return None };
    let ExprKind::Selector { x, sel } = &fun.kind else { return None };
    if !args.is_empty() || !pure(x) {
        return None;
    }
    let write = match sel.name.as_str() {
        "Wait" => None,
        "Lock" => Some(true),
        "RLock" => Some(false),
        _ => return None,
    };
    Some((x, write))
}

// ---------------------------------------------------------------------------------------------
// Calls, loops and ranges shared with the ordinary evaluator

impl Interp<'_> {
    pub(super) fn decl_entry(
        &mut self,
        o: ObjId,
        recv: Option<Value>,
        args: Vec<Value>,
        targs: Rc<Vec<(TypeId, TypeId)>>,
        span: Span,
    ) -> R<Entry> {
        let Some(f) = self.res.funcs.get(&o).cloned() else {
            let name = self.ck.obj(o).name.clone();
            unsup!(self, span, "function {name} without body");
        };
        if f.body.is_none() {
            unsup!(self, span, "function without body")
        }
        let sig_t = self.ck.obj(o).ty.unwrap_or(self.ck.types.invalid());
        let mut all = Vec::new();
        if f.recv.is_some() {
            all.push(recv.unwrap_or(Value::Tuple(Vec::new())));
        }
        all.extend(args);
        Ok(Entry { body: EntryBody::Decl(f), sig_t, args: all, captured: Vec::new(), targs })
    }

    pub(super) fn lit_entry(
        &mut self,
        i: usize,
        args: Vec<Value>,
        captured: Vec<Cell>,
        targs: Rc<Vec<(TypeId, TypeId)>>,
        span: Span,
    ) -> R<Entry> {
        let Some(lit) = self.res.lits.get(i).cloned() else { unsup!(self, span, "closure") };
        let lit_id = self.res.lit_expr.get(i).copied().unwrap_or(lit.0.id);
        let sig_t = self.info.types.get(lit_id.index()).and_then(|t| t.as_ref()).map(|t| t.ty);
        let sig_t = sig_t.unwrap_or(self.ck.types.invalid());
        Ok(Entry { body: EntryBody::Lit(lit), sig_t, args, captured, targs })
    }

    pub(super) fn invoke_entry(&mut self, e: Entry, span: Span) -> R<Vec<Value>> {
        let Entry { body, sig_t, args, captured, targs } = e;
        let Some((b, sig, recv)) = body.parts() else {
            unsup!(self, span, "function without body")
        };
        self.invoke(b, sig, recv, sig_t, args, captured, targs, span)
    }

    /// The variables of a `for` clause's `:=` init: each iteration gets fresh copies.
    pub(super) fn per_iter_slots(&self, init: Option<&Stmt>) -> Vec<u32> {
        match init.map(|s| &s.kind) {
            Some(StmtKind::Define { lhs, .. }) => lhs
                .iter()
                .filter_map(|e| match &e.kind {
                    ExprKind::Ident(id) => self.res.ident_slot.get(id.id.index()).copied(),
                    _ => None,
                })
                .filter(|&s| s != NO_SLOT)
                .collect(),
            _ => Vec::new(),
        }
    }

    pub(super) fn renew_slots(&mut self, slots: &[u32]) {
        for &sl in slots {
            if let Some(c) = self.slot(sl) {
                let v = c.borrow().clone();
                self.set_slot(sl, v);
            }
        }
    }

    /// What a `range` loop iterates over; `Err` with the function for range-over-func.
    pub(super) fn range_src(&mut self, x: &Expr) -> R<Result<RangeSrc, Value>> {
        let xt = self.ty_of(x)?;
        let xv = self.eval(x)?;
        Ok(Ok(match (self.ukind(xt), xv) {
            (TypeKind::Basic(k), Value::Int(n)) if k.is_integer() => RangeSrc::Int(n),
            (TypeKind::Basic(_), Value::Str(st)) => RangeSrc::Str(st),
            (TypeKind::Slice(_), Value::Slice(sl)) => RangeSrc::Slice(sl),
            (TypeKind::Array(..), Value::Array(a)) => RangeSrc::Array(a),
            (TypeKind::Pointer(_), Value::Ptr(Some(p))) => match p.load() {
                // No copy: each iteration reads the element then (Go's range over `*[N]T`).
                Some(Value::Array(a)) => RangeSrc::Slice(p.array_view(a.len())),
                _ => unsup!(self, x.span, "range over pointer"),
            },
            (TypeKind::Map(..), Value::Map(m)) => RangeSrc::Map(m),
            (TypeKind::Chan(..), c @ Value::Chan(_)) => RangeSrc::Chan(c),
            (TypeKind::Func(_), f) => return Ok(Err(f)),
            _ => unsup!(self, x.span, "range over {}", self.type_name(xt)),
        }))
    }

    /// Assigns (or defines) the iteration variables of a `range` loop.
    pub(super) fn range_bind(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        k: Value,
        v: Option<Value>,
    ) -> R<()> {
        for (t, val) in [(key, Some(k)), (value, v)] {
            let (Some(t), Some(val)) = (t, val) else { continue };
            if define {
                let ExprKind::Ident(id) = &t.kind else { unsup!(self, t.span, "range variable") };
                self.define_ident(id, val)?;
            } else {
                let p = self.place(t)?;
                let tt = self.ty_of(t)?;
                self.store_place(p, val, tt, t.span)?;
            }
        }
        Ok(())
    }

    /// A receive expression: the value received ahead of its statement by a task, or a
    /// receive now.
    pub(super) fn recv_expr(&mut self, e: &Expr, x: &Expr) -> R<(Value, bool)> {
        if matches!(&self.sched.hoisted, Some((id, _)) if *id == e.id) {
            if let Some((_, got)) = self.sched.hoisted.take() {
                return Ok(got);
            }
        }
        let c = self.eval(x)?;
        self.chan_recv(c, e.span)
    }
}

// ---------------------------------------------------------------------------------------------
// Tasks

impl Interp<'_> {
    /// Whether a range loop over `x` can be suspended inside (integers, slices, arrays,
    /// channels); other loops run in the ordinary evaluator.
    fn steppable_range(&mut self, x: &Expr) -> bool {
        let Ok(t) = self.ty_of(x) else { return false };
        match self.ukind(t) {
            TypeKind::Basic(k) => k.is_integer(),
            TypeKind::Slice(_) | TypeKind::Array(..) | TypeKind::Chan(..) => true,
            _ => false,
        }
    }

    /// What the `sync` call statement `s` (see `sync_call`) waits for.
    fn sync_wait(&mut self, s: &Stmt) -> R<Option<WaitOn>> {
        let Some((x, write)) = sync_call(s) else { return Ok(None) };
        let t = self.ty_of(x)?;
        let name = self.type_name(t);
        let want = if write.is_none() { "sync.WaitGroup" } else { "sync.Mutex" };
        let base = name.trim_start_matches('*');
        if base != want && !(write.is_some() && base == "sync.RWMutex") {
            return Ok(None);
        }
        let p = if name.starts_with('*') {
            match self.eval(x)? {
                Value::Ptr(Some(p)) => p,
                _ => return Ok(None),
            }
        } else {
            match self.place(x)? {
                super::Place::Ptr(p) => p,
                _ => return Ok(None),
            }
        };
        Ok(Some(match write {
            None => WaitOn::WaitGroup(p),
            Some(w) => WaitOn::Lock(p, w),
        }))
    }

    /// Whether `s` holds a channel operation of this function, a `sync` wait, or a call
    /// statement of a function that does (looked into up to three calls deep).
    fn blocks(&mut self, s: &Stmt) -> bool {
        self.blocks_at(s, 0, true)
    }

    /// Whether `s` itself holds a channel operation (not counting calls).
    fn blocks_here(&mut self, s: &Stmt) -> bool {
        self.blocks_at(s, 0, false)
    }

    fn blocks_at(&mut self, s: &Stmt, depth: u32, calls_too: bool) -> bool {
        let mut chan_ranges: Vec<&Expr> = Vec::new();
        let mut calls: Vec<&Stmt> = Vec::new();
        let direct = any_node(s, &mut |n| match n {
            Node::S(st) => match &st.kind {
                StmtKind::Send { .. } | StmtKind::Select { .. } => true,
                StmtKind::Range { x, .. } => {
                    chan_ranges.push(x);
                    false
                }
                StmtKind::Expr(_) => {
                    calls.push(st);
                    false
                }
                _ => false,
            },
            Node::E(e) => is_recv(e),
        });
        direct
            || chan_ranges.into_iter().any(|x| {
                let Ok(t) = self.ty_of(x) else { return true };
                matches!(self.ukind(t), TypeKind::Chan(..))
            })
            || (calls_too
                && calls.into_iter().any(|c| self.sync_blocks(c) || self.callee_blocks(c, depth)))
    }

    fn sync_blocks(&mut self, s: &Stmt) -> bool {
        let Some((x, write)) = sync_call(s) else { return false };
        let name = self.ty_of(x).map(|t| self.type_name(t)).unwrap_or_default();
        match name.trim_start_matches('*') {
            "sync.WaitGroup" | "sync.Mutex" | "sync.RWMutex" => true,
            "sync.Cond" => write.is_none(),
            _ => false,
        }
    }

    /// The `sync.Cond` a `c.Wait()` statement waits on.
    fn cond_wait_stmt(&mut self, s: &Stmt) -> R<Option<Ptr>> {
        let Some((x, None)) = sync_call(s) else { return Ok(None) };
        let t = self.ty_of(x)?;
        let name = self.type_name(t);
        if name.trim_start_matches('*') != "sync.Cond" {
            return Ok(None);
        }
        Ok(if name.starts_with('*') {
            match self.eval(x)? {
                Value::Ptr(Some(p)) => Some(p),
                _ => None,
            }
        } else {
            match self.place(x)? {
                super::Place::Ptr(p) => Some(p),
                _ => None,
            }
        })
    }

    /// `c.Wait()` in a task: take a ticket and unlock `L`, park until notified, then lock `L`
    /// (parking again while a `*sync.Mutex` is held).
    fn t_cond_wait(&mut self, s: &Stmt, p: Ptr, res: &mut VecDeque<Mark>) -> R<Step> {
        match res.pop_front() {
            None => {
                self.step(s.span)?;
                let t = self.cond_wait_begin(&p, s.span)?;
                let on = WaitOn::Cond(p.clone(), t);
                return Ok(Step::Park(on, vec![Mark::CondWait]));
            }
            Some(Mark::CondWait) => {}
            Some(_) => unsup!(self, s.span, "sync.Cond.Wait"),
        }
        if let Some(on) = self.cond_lock_wait(&p) {
            if !self.ready(&on) {
                return Ok(Step::Park(on, vec![Mark::CondWait]));
            }
        }
        self.cond_locker(&p, "Lock", s.span)?;
        Ok(Step::Flow(Flow::Normal))
    }

    fn callee_blocks(&mut self, s: &Stmt, depth: u32) -> bool {
        if depth >= 3 {
            return false;
        }
        let Some(f) = self.callee_decl(s) else { return false };
        f.body.as_ref().is_some_and(|b| b.stmts.iter().any(|x| self.blocks_at(x, depth + 1, true)))
    }

    /// The declared function (or method) a call statement calls, when its arguments hold no
    /// receive.
    fn callee_decl(&self, s: &Stmt) -> Option<Rc<FuncDecl>> {
        let StmtKind::Expr(e) = &s.kind else { return None };
        let ExprKind::Call { fun, args, .. } = &e.kind else { return None };
        if args.iter().any(has_recv) {
            return None;
        }
        let f = super::strip_paren(fun);
        let f = match &f.kind {
            ExprKind::Index { x, .. } => super::strip_paren(x),
            _ => f,
        };
        let o = match &f.kind {
            ExprKind::Ident(id) => self.info.uses.get(id.id.index()).copied().flatten()?,
            ExprKind::Selector { .. } => self.info.selections.get(f.id.index())?.as_ref()?.obj,
            _ => return None,
        };
        self.res.funcs.get(&o).filter(|d| d.body.is_some()).cloned()
    }

    /// Whether every channel operation of `s` is one the task executor can suspend at.
    fn task_ok(&mut self, s: &Stmt) -> bool {
        if !self.blocks(s) {
            return true;
        }
        let quiet = |it: &mut Self, o: Option<&Stmt>| o.is_none_or(|x| !it.blocks(x));
        match &s.kind {
            StmtKind::Labeled { stmt, .. } => self.task_ok(stmt),
            StmtKind::Block(b) => b.stmts.iter().all(|x| self.task_ok(x)),
            StmtKind::If { init, cond, then, els } => {
                quiet(self, init.as_deref())
                    && !has_recv(cond)
                    && then.stmts.iter().all(|x| self.task_ok(x))
                    && els.as_deref().is_none_or(|x| self.task_ok(x))
            }
            StmtKind::For { init, cond, post, body } => {
                quiet(self, init.as_deref())
                    && !cond.as_ref().is_some_and(has_recv)
                    && quiet(self, post.as_deref())
                    && body.stmts.iter().all(|x| self.task_ok(x))
            }
            StmtKind::Range { key, value, x, body, .. } => {
                !has_recv(x)
                    && !key.as_deref().is_some_and(has_recv)
                    && !value.as_deref().is_some_and(has_recv)
                    && body.stmts.iter().all(|x| self.task_ok(x))
            }
            StmtKind::Send { chan, value } => !has_recv(chan) && !has_recv(value),
            StmtKind::Select { cases } => cases.iter().all(|c| {
                let comm_ok = match c.comm.as_deref().map(|x| &x.kind) {
                    None => true,
                    Some(StmtKind::Send { chan, value }) => !has_recv(chan) && !has_recv(value),
                    Some(StmtKind::Expr(e)) => Self::recv_operand(e).is_some_and(|x| !has_recv(x)),
                    Some(StmtKind::Assign { lhs, rhs, .. } | StmtKind::Define { lhs, rhs }) => {
                        !lhs.iter().any(has_recv)
                            && rhs.len() == 1
                            && Self::recv_operand(&rhs[0]).is_some_and(|x| !has_recv(x))
                    }
                    _ => false,
                };
                comm_ok && c.body.iter().all(|x| self.task_ok(x))
            }),
            // Other statements run in the ordinary evaluator when only their calls block.
            _ => {
                sync_call(s).is_some()
                    || hoist_target(s).is_some()
                    || self.callee_decl(s).is_some()
                    || !self.blocks_here(s)
            }
        }
    }

    /// The call of a new goroutine when it can run as a task.
    pub(super) fn task_entry(&mut self, g: &Goroutine) -> R<Option<Entry>> {
        let clo = &g.clo;
        let e = match &clo.code {
            Code::Decl(o) => {
                if self.res.funcs.get(o).is_none_or(|f| f.body.is_none()) {
                    return Ok(None);
                }
                self.decl_entry(*o, clo.recv.clone(), g.args.clone(), clo.targs.clone(), g.span)?
            }
            Code::Lit(i) => {
                let (args, cap) = (g.args.clone(), clo.captured.clone());
                self.lit_entry(*i, args, cap, clo.targs.clone(), g.span)?
            }
            _ => return Ok(None),
        };
        let body = e.body.clone();
        let Some((b, ..)) = body.parts() else { return Ok(None) };
        let ok = b.stmts.iter().any(|s| self.blocks(s)) && b.stmts.iter().all(|s| self.task_ok(s));
        Ok(ok.then_some(e))
    }

    /// Runs a new goroutine as a task until it returns or parks.
    pub(super) fn start_task(&mut self, e: Entry, span: Span, wg: Option<Ptr>) -> R<()> {
        let Entry { body, sig_t, args, captured, targs } = e;
        let Some((b, sig, recv)) = body.parts() else {
            unsup!(self, span, "function without body")
        };
        let saved = self.enter_frame(b, captured, targs, span)?;
        let r = match self.bind_params(sig, recv, sig_t, args, span) {
            Ok(()) => self.t_block(&b.stmts, &mut VecDeque::new()),
            Err(e) => Err(e),
        };
        self.task_after(r, body.clone(), saved, span, wg)
    }

    pub(super) fn resume_task(&mut self, t: Task) -> R<()> {
        let Task { frame, marks, body, span, wg, .. } = t;
        self.depth += 1;
        let saved = self.cur;
        self.frames.push(frame);
        self.cur = self.frames.len() - 1;
        let mut res: VecDeque<Mark> = marks.into();
        let r = match body.parts() {
            Some((b, ..)) => self.t_block(&b.stmts, &mut res),
            None => Err(self.unsupported(span, "function without body")),
        };
        self.task_after(r, body.clone(), saved, span, wg)
    }

    fn task_after(
        &mut self,
        r: R<Step>,
        body: EntryBody,
        saved: usize,
        span: Span,
        wg: Option<Ptr>,
    ) -> R<()> {
        let r = match r {
            Ok(Step::Park(wait, mut marks)) => {
                marks.reverse();
                if self.cur + 1 != self.frames.len() {
                    unsup!(self, span, "a goroutine parking below another frame");
                }
                let Some(frame) = self.leave_frame(saved) else { unsup!(self, span, "goroutine") };
                self.sched.parked.push(Task { frame, marks, wait, body, span, wg });
                return Ok(());
            }
            Ok(Step::Flow(_)) => Ok(()),
            Err(e) => Err(e),
        };
        let r = self.finish_frame(r);
        self.leave_frame(saved);
        self.goroutine_end(r, wg, span)
    }

    fn t_block(&mut self, stmts: &[Stmt], res: &mut VecDeque<Mark>) -> R<Step> {
        let mut i = 0;
        if let Some(Mark::Block(k)) = res.front() {
            i = *k;
            res.pop_front();
        }
        while let Some(s) = stmts.get(i) {
            match self.t_stmt(s, None, res)? {
                Step::Flow(Flow::Normal) => i += 1,
                Step::Flow(Flow::Goto(l)) => match goto_target(stmts, &l) {
                    Some(j) => i = j,
                    None => return Ok(Step::Flow(Flow::Goto(l))),
                },
                st => return Ok(park_in(st, Mark::Block(i))),
            }
        }
        Ok(Step::Flow(Flow::Normal))
    }

    fn t_stmt(&mut self, s: &Stmt, label: Option<&str>, res: &mut VecDeque<Mark>) -> R<Step> {
        if res.is_empty() && !self.blocks(s) {
            return Ok(Step::Flow(self.exec(s, label)?));
        }
        match &s.kind {
            StmtKind::Labeled { label, stmt } => self.t_stmt(stmt, Some(&label.name), res),
            StmtKind::Block(b) => self.t_block(&b.stmts, res),
            StmtKind::If { init, cond, then, els } => {
                let then_branch = if let Some(Mark::Branch(b)) = res.front() {
                    let b = *b;
                    res.pop_front();
                    b
                } else {
                    self.step(s.span)?;
                    if let Some(i) = init {
                        let f = self.exec(i, None)?;
                        if !matches!(f, Flow::Normal) {
                            return Ok(Step::Flow(f));
                        }
                    }
                    self.eval_bool(cond)?
                };
                let st = match (then_branch, els) {
                    (true, _) => self.t_block(&then.stmts, res)?,
                    (false, Some(e)) => self.t_stmt(e, None, res)?,
                    (false, None) => Step::Flow(Flow::Normal),
                };
                Ok(park_in(st, Mark::Branch(then_branch)))
            }
            StmtKind::For { init, cond, post, body } => {
                let mut in_body = matches!(res.front(), Some(Mark::ForBody));
                if in_body {
                    res.pop_front();
                } else if let Some(i) = init {
                    self.exec(i, None)?;
                }
                let per_iter = self.per_iter_slots(init.as_deref());
                loop {
                    if !in_body {
                        self.step(s.span)?;
                        if let Some(c) = cond {
                            if !self.eval_bool(c)? {
                                break;
                            }
                        }
                    }
                    in_body = false;
                    let f = match self.t_block(&body.stmts, res)? {
                        Step::Flow(f) => f,
                        st => return Ok(park_in(st, Mark::ForBody)),
                    };
                    match loop_flow(f, label) {
                        LoopNext::Next => {}
                        LoopNext::Break => break,
                        LoopNext::Exit(f) => return Ok(Step::Flow(f)),
                    }
                    self.renew_slots(&per_iter);
                    if let Some(p) = post {
                        self.exec(p, None)?;
                    }
                }
                Ok(Step::Flow(Flow::Normal))
            }
            StmtKind::Range { key, value, define, x, body } => {
                let (items, mut i, mut at) = match res.front() {
                    Some(Mark::Range { .. }) => match res.pop_front() {
                        Some(Mark::Range { items, i, at }) => (items, i, at),
                        _ => unsup!(self, s.span, "range"),
                    },
                    _ => {
                        if !self.steppable_range(x) {
                            return Ok(Step::Flow(self.exec(s, label)?));
                        }
                        self.step(s.span)?;
                        match self.range_src(x)? {
                            Ok(items) => (items, 0, At::Fetch),
                            Err(_) => unsup!(self, x.span, "range"),
                        }
                    }
                };
                let (key, value) = (key.as_deref(), value.as_deref());
                loop {
                    if !matches!(at, At::Body) {
                        self.step(s.span)?;
                        let kv = match (&items, at) {
                            (RangeSrc::Chan(_), At::Recv(w)) => {
                                let (v, ok) = self.recv_finish(&w, x.span)?;
                                ok.then_some((v, None))
                            }
                            (RangeSrc::Chan(c), _) => match self.recv_begin(c.clone(), x.span)? {
                                Ok((v, ok)) => ok.then_some((v, None)),
                                Err(w) => {
                                    let on = WaitOn::Chan(w.clone());
                                    let m = Mark::Range { items, i, at: At::Recv(w) };
                                    return Ok(Step::Park(on, vec![m]));
                                }
                            },
                            _ => items.indexed(i, value.is_some()),
                        };
                        let Some((k, v)) = kv else { break };
                        i += 1;
                        self.range_bind(key, value, *define, k, v)?;
                    }
                    at = At::Fetch;
                    let f = match self.t_block(&body.stmts, res)? {
                        Step::Flow(f) => f,
                        st => return Ok(park_in(st, Mark::Range { items, i, at: At::Body })),
                    };
                    match loop_flow(f, label) {
                        LoopNext::Next => {}
                        LoopNext::Break => break,
                        LoopNext::Exit(f) => return Ok(Step::Flow(f)),
                    }
                }
                Ok(Step::Flow(Flow::Normal))
            }
            StmtKind::Send { chan, value } => {
                if let Some(Mark::Send(w)) = res.front() {
                    let w = w.clone();
                    res.pop_front();
                    self.send_finish(&w, s.span)?;
                    return Ok(Step::Flow(Flow::Normal));
                }
                self.step(s.span)?;
                let (c, v) = self.send_operands(chan, value)?;
                Ok(match self.send_begin(c, v, s.span)? {
                    None => Step::Flow(Flow::Normal),
                    Some(w) => Step::Park(WaitOn::Chan(w.clone()), vec![Mark::Send(w)]),
                })
            }
            StmtKind::Select { cases } => {
                let (ci, got) = match res.pop_front() {
                    Some(Mark::Select(w, map)) => self.select_woken(&w, &map, s.span)?,
                    Some(Mark::SelectBody(ci)) => {
                        let st = self.t_block(&cases[ci].body, res)?;
                        return Ok(self.select_end(st, ci, label));
                    }
                    Some(_) => unsup!(self, s.span, "select"),
                    None => {
                        self.step(s.span)?;
                        match self.select_start(s, cases)? {
                            Ok(chosen) => chosen,
                            Err((w, map)) => {
                                let on = WaitOn::Chan(w.clone());
                                return Ok(Step::Park(on, vec![Mark::Select(w, map)]));
                            }
                        }
                    }
                };
                self.select_bind(&cases[ci], got)?;
                let st = self.t_block(&cases[ci].body, res)?;
                Ok(self.select_end(st, ci, label))
            }
            _ if matches!(res.front(), Some(Mark::Call(..)))
                || (res.is_empty()
                    && sync_call(s).is_none()
                    && hoist_target(s).is_none()
                    && self.callee_decl(s).is_some()) =>
            {
                self.t_call(s, res)
            }
            _ if sync_call(s).is_some() => {
                if let Some(p) = self.cond_wait_stmt(s)? {
                    return self.t_cond_wait(s, p, res);
                }
                if let Some(Mark::Sync) = res.front() {
                    res.pop_front();
                } else if let Some(on) = self.sync_wait(s)? {
                    if !self.ready(&on) {
                        return Ok(Step::Park(on, vec![Mark::Sync]));
                    }
                }
                Ok(Step::Flow(self.exec(s, label)?))
            }
            _ => {
                let Some(r) = hoist_target(s) else {
                    if res.is_empty() && !self.blocks_here(s) {
                        return Ok(Step::Flow(self.exec(s, label)?));
                    }
                    unsup!(self, s.span, "channel operation in a suspended goroutine")
                };
                let got = match res.pop_front() {
                    Some(Mark::Recv(w)) => self.recv_finish(&w, r.span)?,
                    Some(_) => unsup!(self, s.span, "receive"),
                    None => {
                        let ExprKind::Unary { x, .. } = &r.kind else {
                            unsup!(self, r.span, "receive")
                        };
                        let c = self.eval(x)?;
                        match self.recv_begin(c, r.span)? {
                            Ok(got) => got,
                            Err(w) => {
                                return Ok(Step::Park(WaitOn::Chan(w.clone()), vec![Mark::Recv(w)]))
                            }
                        }
                    }
                };
                self.sched.hoisted = Some((r.id, got));
                let f = self.exec(s, label);
                self.sched.hoisted = None;
                Ok(Step::Flow(f?))
            }
        }
    }

    /// A call statement whose function can be suspended inside: the callee runs in the
    /// executor with its own frame (taken along when the task parks); other calls run as usual.
    fn t_call(&mut self, s: &Stmt, res: &mut VecDeque<Mark>) -> R<Step> {
        let (body, saved) = if let Some(Mark::Call(..)) = res.front() {
            let Some(Mark::Call(frame, body)) = res.pop_front() else {
                unsup!(self, s.span, "call")
            };
            self.depth += 1;
            let saved = self.cur;
            self.frames.push(frame);
            self.cur = self.frames.len() - 1;
            (body, saved)
        } else {
            self.step(s.span)?;
            let StmtKind::Expr(e) = &s.kind else { unsup!(self, s.span, "call") };
            let ExprKind::Call { fun, args, spread } = &e.kind else {
                unsup!(self, s.span, "call")
            };
            let (clo, args) = self.defer_target(e, fun, args, *spread)?;
            let g = Goroutine { clo, args, span: e.span, wg: None };
            let Some(entry) = self.task_entry(&g)? else {
                self.call_closure(&g.clo, g.args, e.span, false)?;
                return Ok(Step::Flow(Flow::Normal));
            };
            let Entry { body, sig_t, args, captured, targs } = entry;
            let Some((b, sig, recv)) = body.parts() else { unsup!(self, s.span, "call") };
            let saved = self.enter_frame(b, captured, targs, e.span)?;
            if let Err(err) = self.bind_params(sig, recv, sig_t, args, e.span) {
                let r = self.finish_frame(Err(err));
                self.leave_frame(saved);
                r?;
                return Ok(Step::Flow(Flow::Normal));
            }
            (body, saved)
        };
        let r = match body.parts() {
            Some((b, ..)) => self.t_block(&b.stmts, res),
            None => Err(self.unsupported(s.span, "function without body")),
        };
        match r {
            Ok(Step::Park(w, mut marks)) => {
                if self.cur + 1 != self.frames.len() {
                    unsup!(self, s.span, "a goroutine parking below another frame");
                }
                let Some(frame) = self.leave_frame(saved) else { unsup!(self, s.span, "call") };
                marks.push(Mark::Call(frame, body));
                Ok(Step::Park(w, marks))
            }
            r => {
                let r = self.finish_frame(r.map(|_| ()));
                self.leave_frame(saved);
                r?;
                Ok(Step::Flow(Flow::Normal))
            }
        }
    }

    fn select_end(&mut self, st: Step, ci: usize, label: Option<&str>) -> Step {
        match st {
            Step::Flow(f) => Step::Flow(end_break(f, label)),
            st => park_in(st, Mark::SelectBody(ci)),
        }
    }
}
