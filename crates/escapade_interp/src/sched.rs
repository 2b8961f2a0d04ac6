//! Goroutines, channels and `sync` on a deterministic scheduler without preemption.
//!
//! A `go` statement queues the call (arguments evaluated at once, as Go does); the newest
//! goroutine goes first (Go's `runnext`), the older ones after it in order. A goroutine runs
//! only when the running one blocks (channel operation, `select`, `WaitGroup.Wait`, a held
//! mutex): the blocked goroutine then starts queued goroutines, each nested on the native
//! stack and run until it returns, until its own operation can complete. That is a valid Go
//! schedule as long as a nested goroutine never has to wait for one lower on the stack: then
//! the run stops with `unsupported:` (it would need a goroutine to be suspended and resumed
//! later). When every goroutine is blocked and none is queued, the program fails like Go's
//! `fatal error: all goroutines are asleep - deadlock!` (exit status 2). `main` returning ends
//! the program, whatever goroutines are still queued.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use escapade_base::Span;
use escapade_syntax::ast::*;
use escapade_types::types::TypeKind;
use escapade_types::TypeId;

use super::gotask::Task;
use super::{Ctrl, Flow, Interp, R};
use crate::panics::RuntimeError;
use crate::value::*;

pub(super) struct Goroutine {
    pub clo: Rc<Closure>,
    pub args: Vec<Value>,
    pub span: Span,
    /// `WaitGroup.Go`: the group to mark done when the function returns.
    pub wg: Option<Ptr>,
}

#[derive(Debug, Clone, Copy)]
enum SyncState {
    WaitGroup(i64),
    /// Writer held, readers holding.
    Mutex(bool, u32),
    /// Once: running, done.
    Once(bool, bool),
    /// Cond (Go's `notifyList`): the next ticket to hand out, the first ticket not yet
    /// notified. A waiter holding ticket `t` may continue once `t` is below the second.
    Cond(u64, u64),
}

/// What a blocked goroutine waits for.
pub(super) enum WaitOn {
    Chan(Rc<Waiter>),
    WaitGroup(Ptr),
    Lock(Ptr, bool),
    /// An `io.Pipe` reader (true) or writer (false): see `std_io::pipe_ready`.
    Pipe(Ptr, bool),
    /// `Cond.Wait` with its ticket.
    Cond(Ptr, u64),
    Forever,
}

/// A goroutine that can run: new, or parked and now ready.
enum Runnable {
    New(Goroutine),
    Resume(Box<Task>),
}

#[derive(Default)]
pub struct Sched {
    runnext: Option<Runnable>,
    queue: VecDeque<Runnable>,
    /// What each goroutine blocked lower on the stack waits for, outermost first.
    blocked: Vec<WaitOn>,
    /// Suspended goroutines (`gotask.rs`), in the order they parked.
    pub(super) parked: Vec<Task>,
    /// A receive a task did ahead of its statement: the receive expression and its result.
    pub(super) hoisted: Option<(NodeId, (Value, bool))>,
    syncs: Vec<(Ptr, SyncState)>,
}

impl Sched {
    fn pop(&mut self) -> Option<Runnable> {
        self.runnext.take().or_else(|| self.queue.pop_front())
    }
    /// Go's `runnext`: the newest runnable goroutine runs first, the one it displaces last.
    fn push_next(&mut self, r: Runnable) {
        if let Some(old) = self.runnext.replace(r) {
            self.queue.push_back(old);
        }
    }
    fn state(&self, p: &Ptr) -> Option<SyncState> {
        self.syncs.iter().find(|(q, _)| q.same(p)).map(|x| x.1)
    }
    fn set_state(&mut self, p: &Ptr, st: SyncState) {
        match self.syncs.iter_mut().find(|(q, _)| q.same(p)) {
            Some(x) => x.1 = st,
            None => self.syncs.push((p.clone(), st)),
        }
    }
}

type ChanRef = Rc<RefCell<ChanObj>>;

fn live(w: &Rc<Waiter>) -> bool {
    w.done.borrow().is_none()
}

/// Hands `v` to a waiting receiver or buffers it; gives it back when the send must wait.
fn try_send(c: &ChanRef, v: Value) -> Option<Value> {
    let mut c = c.borrow_mut();
    while let Some((w, case)) = c.recvq.pop_front() {
        if live(&w) {
            *w.done.borrow_mut() = Some(Wake::Recv(case, v, true));
            return None;
        }
    }
    if c.buf.len() < c.cap {
        c.buf.push_back(v);
        return None;
    }
    Some(v)
}

fn try_recv(c: &ChanRef) -> Option<(Value, bool)> {
    let mut c = c.borrow_mut();
    if let Some(v) = c.buf.pop_front() {
        while let Some((w, sv, case)) = c.sendq.pop_front() {
            if live(&w) {
                c.buf.push_back(sv);
                *w.done.borrow_mut() = Some(Wake::Sent(case));
                break;
            }
        }
        return Some((v, true));
    }
    while let Some((w, sv, case)) = c.sendq.pop_front() {
        if live(&w) {
            *w.done.borrow_mut() = Some(Wake::Sent(case));
            return Some((sv, true));
        }
    }
    if c.closed {
        return Some((c.zero.clone(), false));
    }
    None
}

fn send_ready(c: &ChanRef) -> bool {
    let c = c.borrow();
    c.closed || c.recvq.iter().any(|(w, _)| live(w)) || c.buf.len() < c.cap
}

fn recv_ready(c: &ChanRef) -> bool {
    let c = c.borrow();
    c.closed || !c.buf.is_empty() || c.sendq.iter().any(|(w, _, _)| live(w))
}

/// The clause a `select` completed and the value it received.
pub(super) type Chosen = (usize, Option<(Value, bool)>);

/// A `select` that must wait: its waiter and the clause of each case.
pub(super) type SelectWait = (Rc<Waiter>, Vec<usize>);

/// One case of a `select` with its operands evaluated.
enum Case {
    Send(Option<ChanRef>, Value),
    Recv(Option<ChanRef>),
}

impl Interp<'_> {
    pub(super) fn make_chan(&mut self, t: TypeId, size: i64, span: Span) -> R<Value> {
        let TypeKind::Chan(_, et) = self.ukind(t) else { unsup!(self, span, "make") };
        if !(0..=1 << 24).contains(&size) {
            if size < 0 {
                return Err(self.panic_plain("makechan: size out of range"));
            }
            unsup!(self, span, "channel of {size} elements");
        }
        let zero = self.zero(et, span)?;
        self.alloc(96, span)?;
        Ok(Value::Chan(Some(Rc::new(RefCell::new(ChanObj {
            buf: VecDeque::new(),
            cap: size as usize,
            closed: false,
            zero,
            recvq: VecDeque::new(),
            sendq: VecDeque::new(),
        })))))
    }

    fn panic_plain(&mut self, msg: &str) -> Ctrl {
        self.panic_rt(RuntimeError::Plain(msg.to_string()))
    }

    /// The channel and the converted value of a send statement or `select` case.
    pub(super) fn send_operands(&mut self, chan: &Expr, value: &Expr) -> R<(Value, Value)> {
        let ct = self.ty_of(chan)?;
        let c = self.eval(chan)?;
        let v = self.eval(value)?;
        let vt = self.ty_of(value)?;
        let et = match self.ukind(ct) {
            TypeKind::Chan(_, et) => et,
            _ => vt,
        };
        Ok((c, self.convert_assign(v, vt, et)))
    }

    /// `go f(args)`.
    pub(super) fn go_stmt(&mut self, s: &Stmt, call: &Expr) -> R<Flow> {
        let ExprKind::Call { fun, args, spread } = &call.kind else { unsup!(self, s.span, "go") };
        let (clo, argv) = self.defer_target(call, fun, args, *spread)?;
        self.spawn(Goroutine { clo, args: argv, span: s.span, wg: None });
        Ok(Flow::Normal)
    }

    fn spawn(&mut self, g: Goroutine) {
        self.sched.push_next(Runnable::New(g));
    }

    /// `go f()` from a std function (`context.AfterFunc`).
    pub(crate) fn go_func(&mut self, f: &Value, span: Span) -> R<()> {
        let Value::Func(Some(clo)) = f else { unsup!(self, span, "go of a nil function") };
        self.spawn(Goroutine { clo: clo.clone(), args: Vec::new(), span, wg: None });
        Ok(())
    }

    /// Blocks in an `io.Pipe` read or write until its peer or a close lets it continue.
    pub(crate) fn block_pipe(&mut self, st: &Ptr, reader: bool, span: Span) -> R<()> {
        self.block(WaitOn::Pipe(st.clone(), reader), "select", span)
    }

    /// `panic(msg)` with a string value, from a std function.
    pub(crate) fn panic_string(&mut self, msg: &str) -> Ctrl {
        self.panic_go_string(msg)
    }

    /// Makes the parked goroutines whose wait is over runnable (each becomes `runnext`, as
    /// Go's `goready` does).
    fn wake_parked(&mut self) {
        let mut i = 0;
        while i < self.sched.parked.len() {
            if self.ready(&self.sched.parked[i].wait) {
                let t = self.sched.parked.remove(i);
                self.sched.push_next(Runnable::Resume(Box::new(t)));
            } else {
                i += 1;
            }
        }
    }

    pub(super) fn ready(&self, w: &WaitOn) -> bool {
        match w {
            WaitOn::Chan(w) => !live(w),
            WaitOn::WaitGroup(p) => {
                !matches!(self.sched.state(p), Some(SyncState::WaitGroup(n)) if n > 0)
            }
            WaitOn::Lock(p, write) => match self.sched.state(p) {
                Some(SyncState::Mutex(w, r)) => !w && (!*write || r == 0),
                _ => true,
            },
            WaitOn::Pipe(p, reader) => crate::std_io::pipe_ready(p, *reader),
            WaitOn::Cond(p, t) => {
                matches!(self.sched.state(p), Some(SyncState::Cond(_, n)) if *t < n)
            }
            WaitOn::Forever => false,
        }
    }

    /// Blocks the running goroutine until `on` is ready, running queued goroutines meanwhile.
    fn block(&mut self, on: WaitOn, what: &str, span: Span) -> R<()> {
        if self.ready(&on) {
            return Ok(());
        }
        if self.panicking.is_some() {
            unsup!(self, span, "a goroutine blocking while panicking");
        }
        self.sched.blocked.push(on);
        let r = self.block_loop(what, span);
        self.sched.blocked.pop();
        r
    }

    fn block_loop(&mut self, what: &str, span: Span) -> R<()> {
        loop {
            let top = self.sched.blocked.len() - 1;
            if self.ready(&self.sched.blocked[top]) {
                return Ok(());
            }
            self.step(span)?;
            self.wake_parked();
            let Some(g) = self.sched.pop() else {
                let lower_ready = self.sched.blocked[..top].iter().any(|w| self.ready(w));
                if lower_ready {
                    unsup!(
                        self,
                        span,
                        "a goroutine waiting ({what}) while a suspended goroutine could continue (needs a preemptive scheduler)"
                    );
                }
                let text = format!(
                    "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [{what}]:\n"
                );
                self.out.stderr.extend_from_slice(text.as_bytes());
                return Err(Ctrl::Exit(2));
            };
            match g {
                Runnable::New(g) => self.run_goroutine(g)?,
                Runnable::Resume(t) => self.resume_task(*t)?,
            }
        }
    }

    fn run_goroutine(&mut self, g: Goroutine) -> R<()> {
        if let Some(e) = self.task_entry(&g)? {
            return self.start_task(e, g.span, g.wg);
        }
        let r = self.call_closure(&g.clo, g.args, g.span, false).map(|_| ());
        self.goroutine_end(r, g.wg, g.span)
    }

    /// A goroutine's function returned (or panicked): mark its `WaitGroup.Go` group done, or
    /// end the program with the crash report.
    pub(super) fn goroutine_end(&mut self, r: R<()>, wg: Option<Ptr>, span: Span) -> R<()> {
        let r = match (r, wg) {
            (Ok(()), Some(wg)) => self.wg_add(&wg, -1, span),
            (r, _) => r,
        };
        match r {
            Ok(()) => Ok(()),
            Err(Ctrl::Panic(p)) => match self.crash_report(&p) {
                Ok(text) => {
                    self.out.stderr.extend_from_slice(text.as_bytes());
                    Err(Ctrl::Exit(crate::panics::PANIC_EXIT_CODE))
                }
                Err(m) => Err(Ctrl::Stop(m)),
            },
            Err(e) => Err(e),
        }
    }

    fn chan_of(&mut self, v: Value, span: Span) -> R<Option<ChanRef>> {
        match v {
            Value::Chan(c) => Ok(c),
            _ => unsup!(self, span, "channel value"),
        }
    }

    pub(super) fn chan_send(&mut self, ch: Value, v: Value, span: Span) -> R<()> {
        self.step(span)?;
        if matches!(ch, Value::Chan(None)) {
            self.block(WaitOn::Forever, "chan send (nil chan)", span)?;
            unsup!(self, span, "send on a nil channel");
        }
        if let Some(w) = self.send_begin(ch, v, span)? {
            self.block(WaitOn::Chan(w.clone()), "chan send", span)?;
            self.send_finish(&w, span)?;
        }
        Ok(())
    }

    /// Starts a send: `None` when it completed, else the waiter to wait on (never woken for a
    /// nil channel).
    pub(super) fn send_begin(&mut self, ch: Value, v: Value, span: Span) -> R<Option<Rc<Waiter>>> {
        let w = Rc::new(Waiter::default());
        let Some(c) = self.chan_of(ch, span)? else { return Ok(Some(w)) };
        if c.borrow().closed {
            return Err(self.panic_plain("send on closed channel"));
        }
        let Some(v) = try_send(&c, v) else {
            self.wake_parked();
            return Ok(None);
        };
        c.borrow_mut().sendq.push_back((w.clone(), v, 0));
        Ok(Some(w))
    }

    pub(super) fn send_finish(&mut self, w: &Rc<Waiter>, span: Span) -> R<()> {
        let wake = w.done.borrow().clone();
        match wake {
            Some(Wake::SendClosed(_)) => Err(self.panic_plain("send on closed channel")),
            Some(_) => Ok(()),
            None => unsup!(self, span, "channel send"),
        }
    }

    pub(super) fn chan_recv(&mut self, ch: Value, span: Span) -> R<(Value, bool)> {
        self.step(span)?;
        if matches!(ch, Value::Chan(None)) {
            self.block(WaitOn::Forever, "chan receive (nil chan)", span)?;
            unsup!(self, span, "receive from a nil channel");
        }
        match self.recv_begin(ch, span)? {
            Ok(r) => Ok(r),
            Err(w) => {
                self.block(WaitOn::Chan(w.clone()), "chan receive", span)?;
                self.recv_finish(&w, span)
            }
        }
    }

    /// Starts a receive: the value when it completed, else the waiter to wait on (never woken
    /// for a nil channel).
    pub(super) fn recv_begin(
        &mut self,
        ch: Value,
        span: Span,
    ) -> R<Result<(Value, bool), Rc<Waiter>>> {
        let w = Rc::new(Waiter::default());
        let Some(c) = self.chan_of(ch, span)? else { return Ok(Err(w)) };
        if let Some(r) = try_recv(&c) {
            self.wake_parked();
            return Ok(Ok(r));
        }
        c.borrow_mut().recvq.push_back((w.clone(), 0));
        Ok(Err(w))
    }

    pub(super) fn recv_finish(&mut self, w: &Rc<Waiter>, span: Span) -> R<(Value, bool)> {
        let wake = w.done.borrow().clone();
        match wake {
            Some(Wake::Recv(_, v, ok)) => Ok((v, ok)),
            _ => unsup!(self, span, "channel receive"),
        }
    }

    pub fn chan_close(&mut self, ch: Value, span: Span) -> R<()> {
        let Some(c) = self.chan_of(ch, span)? else {
            return Err(self.panic_plain("close of nil channel"));
        };
        let mut cb = c.borrow_mut();
        if cb.closed {
            drop(cb);
            return Err(self.panic_plain("close of closed channel"));
        }
        cb.closed = true;
        let zero = cb.zero.clone();
        for (w, case) in std::mem::take(&mut cb.recvq) {
            if live(&w) {
                *w.done.borrow_mut() = Some(Wake::Recv(case, zero.clone(), false));
            }
        }
        for (w, _, case) in std::mem::take(&mut cb.sendq) {
            if live(&w) {
                *w.done.borrow_mut() = Some(Wake::SendClosed(case));
            }
        }
        drop(cb);
        self.wake_parked();
        Ok(())
    }

    pub(super) fn chan_len_cap(&self, v: &Value, cap: bool) -> Option<usize> {
        match v {
            Value::Chan(None) => Some(0),
            Value::Chan(Some(c)) => Some(if cap { c.borrow().cap } else { c.borrow().buf.len() }),
            _ => None,
        }
    }

    /// The receive expression of a select case's statement, if it is one.
    pub(super) fn recv_operand(e: &Expr) -> Option<&Expr> {
        match &e.kind {
            ExprKind::Unary { op: UnaryOp::Recv, x } => Some(x),
            ExprKind::Paren(x) => Self::recv_operand(x),
            _ => None,
        }
    }

    pub(super) fn exec_select(
        &mut self,
        s: &Stmt,
        clauses: &[CommClause],
        label: Option<&str>,
    ) -> R<Flow> {
        self.step(s.span)?;
        let (ci, got) = match self.select_start(s, clauses)? {
            Ok(chosen) => chosen,
            Err((w, map)) => {
                let what = if map.is_empty() { "select (no cases)" } else { "select" };
                self.block(WaitOn::Chan(w.clone()), what, s.span)?;
                self.select_woken(&w, &map, s.span)?
            }
        };
        self.select_bind(&clauses[ci], got)?;
        let flow = self.exec_block(&clauses[ci].body)?;
        Ok(super::gotask::end_break(flow, label))
    }

    /// Evaluates the cases of a `select` and completes a ready one (or `default`); else
    /// queues a waiter on every case and returns it with the clause of each case.
    pub(super) fn select_start(
        &mut self,
        s: &Stmt,
        clauses: &[CommClause],
    ) -> R<Result<Chosen, SelectWait>> {
        let mut cases: Vec<(usize, Case)> = Vec::new();
        let mut default = None;
        for (i, cl) in clauses.iter().enumerate() {
            let Some(comm) = &cl.comm else {
                default = Some(i);
                continue;
            };
            let case = match &comm.kind {
                StmtKind::Send { chan, value } => {
                    let (c, v) = self.send_operands(chan, value)?;
                    Case::Send(self.chan_of(c, chan.span)?, v)
                }
                StmtKind::Expr(e) => {
                    let Some(x) = Self::recv_operand(e) else {
                        unsup!(self, comm.span, "select case")
                    };
                    let c = self.eval(x)?;
                    Case::Recv(self.chan_of(c, x.span)?)
                }
                StmtKind::Assign { rhs, op: None, .. } | StmtKind::Define { rhs, .. }
                    if rhs.len() == 1 =>
                {
                    let Some(x) = Self::recv_operand(&rhs[0]) else {
                        unsup!(self, comm.span, "select case")
                    };
                    let c = self.eval(x)?;
                    Case::Recv(self.chan_of(c, x.span)?)
                }
                _ => unsup!(self, comm.span, "select case"),
            };
            cases.push((i, case));
        }
        let ready: Vec<usize> = cases
            .iter()
            .enumerate()
            .filter(|(_, (_, c))| match c {
                Case::Send(Some(ch), _) => send_ready(ch),
                Case::Recv(Some(ch)) => recv_ready(ch),
                _ => false,
            })
            .map(|(k, _)| k)
            .collect();
        let chosen = if !ready.is_empty() {
            // Go picks uniformly at random among the ready cases.
            let k = ready[(self.rng.next_u64() % ready.len() as u64) as usize];
            let (ci, case) = &cases[k];
            match case {
                Case::Send(Some(ch), v) => {
                    if ch.borrow().closed {
                        return Err(self.panic_plain("send on closed channel"));
                    }
                    if try_send(ch, v.clone()).is_some() {
                        unsup!(self, s.span, "select");
                    }
                    (*ci, None)
                }
                Case::Recv(Some(ch)) => match try_recv(ch) {
                    Some(r) => (*ci, Some(r)),
                    None => unsup!(self, s.span, "select"),
                },
                _ => unsup!(self, s.span, "select"),
            }
        } else if let Some(d) = default {
            (d, None)
        } else {
            let w = Rc::new(Waiter::default());
            for (k, (_, case)) in cases.iter().enumerate() {
                match case {
                    Case::Send(Some(ch), v) => {
                        ch.borrow_mut().sendq.push_back((w.clone(), v.clone(), k))
                    }
                    Case::Recv(Some(ch)) => ch.borrow_mut().recvq.push_back((w.clone(), k)),
                    _ => {}
                }
            }
            return Ok(Err((w, cases.iter().map(|c| c.0).collect())));
        };
        self.wake_parked();
        Ok(Ok(chosen))
    }

    /// The clause a woken `select` completed, with the value received.
    pub(super) fn select_woken(&mut self, w: &Rc<Waiter>, map: &[usize], span: Span) -> R<Chosen> {
        let wake = w.done.borrow().clone();
        let clause = |k: usize| map.get(k).copied();
        match wake {
            Some(Wake::Recv(k, v, ok)) if clause(k).is_some() => {
                Ok((clause(k).unwrap_or(0), Some((v, ok))))
            }
            Some(Wake::Sent(k)) if clause(k).is_some() => Ok((clause(k).unwrap_or(0), None)),
            Some(Wake::SendClosed(_)) => Err(self.panic_plain("send on closed channel")),
            _ => unsup!(self, span, "select"),
        }
    }

    /// Assigns the value a `select` clause received to its variables.
    pub(super) fn select_bind(&mut self, cl: &CommClause, got: Option<(Value, bool)>) -> R<()> {
        if let (Some(comm), Some((v, ok))) = (&cl.comm, got) {
            match &comm.kind {
                StmtKind::Define { lhs, .. } => {
                    for (t, val) in lhs.iter().zip([v, Value::Bool(ok)]) {
                        let ExprKind::Ident(id) = &t.kind else {
                            unsup!(self, t.span, "select case")
                        };
                        self.define_ident(id, val)?;
                    }
                }
                StmtKind::Assign { lhs, .. } => {
                    for (t, val) in lhs.iter().zip([v, Value::Bool(ok)]) {
                        let tt = self.ty_of(t)?;
                        let p = self.place(t)?;
                        self.store_place(p, val, tt, t.span)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn sync_ptr(&mut self, recv: Option<&Value>, span: Span) -> R<Ptr> {
        match recv {
            Some(Value::Ptr(Some(p))) => Ok(p.clone()),
            Some(Value::Ptr(None)) => Err(self.panic_rt(RuntimeError::NilDeref { addr: 0 })),
            _ => unsup!(self, span, "sync value"),
        }
    }

    fn wg_add(&mut self, p: &Ptr, d: i64, span: Span) -> R<()> {
        let n = match self.sched.state(p) {
            Some(SyncState::WaitGroup(n)) => n,
            None => 0,
            _ => unsup!(self, span, "sync value"),
        };
        let n = n + d;
        if n < 0 {
            return Err(self.panic_go_string("sync: negative WaitGroup counter"));
        }
        self.sched.set_state(p, SyncState::WaitGroup(n));
        self.wake_parked();
        Ok(())
    }

    /// The tickets of the `sync.Cond` at `p` (a fresh one has handed out none).
    fn cond_state(&mut self, p: &Ptr, span: Span) -> R<(u64, u64)> {
        match self.sched.state(p) {
            Some(SyncState::Cond(next, notified)) => Ok((next, notified)),
            None => Ok((0, 0)),
            _ => unsup!(self, span, "sync value"),
        }
    }

    /// The first half of `Cond.Wait`: takes a ticket, then unlocks `L` (in Go's order, so a
    /// Signal between the two wakes this waiter). Returns the ticket.
    pub(super) fn cond_wait_begin(&mut self, p: &Ptr, span: Span) -> R<u64> {
        let (next, notified) = self.cond_state(p, span)?;
        self.sched.set_state(p, SyncState::Cond(next + 1, notified));
        self.cond_locker(p, "Unlock", span)?;
        self.wake_parked();
        Ok(next)
    }

    /// What locking `L` of the `sync.Cond` at `p` waits for, when `L` is a `*sync.Mutex` or
    /// `*sync.RWMutex` (a program's `Locker` is called as it is).
    pub(super) fn cond_lock_wait(&mut self, p: &Ptr) -> Option<WaitOn> {
        let Some(Value::Struct(f)) = p.load() else { return None };
        let Some(Value::Iface(Some(l))) = f.get(1) else { return None };
        let (Dyn::Go(t), Value::Ptr(Some(m))) = (&l.0, &l.1) else { return None };
        matches!(self.type_name(*t).as_str(), "*sync.Mutex" | "*sync.RWMutex")
            .then(|| WaitOn::Lock(m.clone(), true))
    }

    /// Calls `Lock` or `Unlock` of the `L` field of the `sync.Cond` at `p`.
    pub(super) fn cond_locker(&mut self, p: &Ptr, m: &str, span: Span) -> R<()> {
        // sync.Cond's fields: noCopy, L, notify, checker.
        let Some(Value::Struct(f)) = p.load() else { unsup!(self, span, "sync.Cond value") };
        let Some(Value::Iface(Some(l))) = f.get(1) else {
            unsup!(self, span, "sync.Cond with a nil L (panics)")
        };
        let clo = self.dyn_method(l.0, l.1.clone(), m, span)?;
        self.call_closure(&clo, Vec::new(), span, false)?;
        Ok(())
    }

    /// `panic("text")` as the sync package does it (a string panic value).
    fn panic_go_string(&mut self, msg: &str) -> Ctrl {
        let st = self.ck.types.basic(escapade_types::types::BasicKind::String);
        let v = Value::Iface(Some(Rc::new((Dyn::Go(st), Value::Str(Rc::from(msg.as_bytes()))))));
        let chain = std::mem::take(&mut self.recovered);
        Ctrl::Panic(Box::new(super::PanicState { value: v, runtime: None, chain }))
    }

    fn fatal(&mut self, msg: &str) -> Ctrl {
        let text = format!("fatal error: {msg}\n\ngoroutine 1 [running]:\n");
        self.out.stderr.extend_from_slice(text.as_bytes());
        Ctrl::Exit(2)
    }

    /// Methods of sync's types; `None` when `name` is not one of them.
    pub fn sync_method(&mut self, name: &str, args: &[Value], span: Span) -> Option<R<Vec<Value>>> {
        let known = matches!(
            name,
            "sync.WaitGroup.Add"
                | "sync.WaitGroup.Done"
                | "sync.WaitGroup.Wait"
                | "sync.WaitGroup.Go"
                | "sync.Mutex.Lock"
                | "sync.Mutex.Unlock"
                | "sync.Mutex.TryLock"
                | "sync.RWMutex.Lock"
                | "sync.RWMutex.Unlock"
                | "sync.RWMutex.RLock"
                | "sync.RWMutex.RUnlock"
                | "sync.Once.Do"
                | "sync.Cond.Wait"
                | "sync.Cond.Signal"
                | "sync.Cond.Broadcast"
        );
        if !known {
            return None;
        }
        let r = self.sync_method_inner(name, args, span);
        self.wake_parked();
        Some(r)
    }

    fn sync_method_inner(&mut self, name: &str, args: &[Value], span: Span) -> R<Vec<Value>> {
        let p = self.sync_ptr(args.first(), span)?;
        let mutex = |it: &Self| match it.sched.state(&p) {
            Some(SyncState::Mutex(w, r)) => Some((w, r)),
            None => Some((false, 0)),
            _ => None,
        };
        match name {
            "sync.WaitGroup.Add" => {
                let Some(Value::Int(d)) = args.get(1) else { unsup!(self, span, "{name}") };
                self.wg_add(&p, *d, span)?;
            }
            "sync.WaitGroup.Done" => self.wg_add(&p, -1, span)?,
            "sync.WaitGroup.Wait" => {
                self.block(WaitOn::WaitGroup(p), "sync.WaitGroup.Wait", span)?
            }
            "sync.WaitGroup.Go" => {
                let Some(Value::Func(Some(f))) = args.get(1) else { unsup!(self, span, "{name}") };
                self.wg_add(&p, 1, span)?;
                self.spawn(Goroutine { clo: f.clone(), args: Vec::new(), span, wg: Some(p) });
            }
            "sync.Mutex.Lock" | "sync.RWMutex.Lock" | "sync.RWMutex.RLock" => {
                let write = !name.ends_with("RLock");
                self.block(WaitOn::Lock(p.clone(), write), "sync.Mutex.Lock", span)?;
                let Some((_, r)) = mutex(self) else { unsup!(self, span, "sync value") };
                let st =
                    if write { SyncState::Mutex(true, r) } else { SyncState::Mutex(false, r + 1) };
                self.sched.set_state(&p, st);
            }
            "sync.Mutex.TryLock" => {
                let Some((w, r)) = mutex(self) else { unsup!(self, span, "sync value") };
                let ok = !w && r == 0;
                if ok {
                    self.sched.set_state(&p, SyncState::Mutex(true, 0));
                }
                return Ok(vec![Value::Bool(ok)]);
            }
            "sync.Mutex.Unlock" | "sync.RWMutex.Unlock" => {
                let Some((w, r)) = mutex(self) else { unsup!(self, span, "sync value") };
                if !w {
                    let m = if name.starts_with("sync.RW") {
                        "sync: Unlock of unlocked RWMutex"
                    } else {
                        "sync: unlock of unlocked mutex"
                    };
                    return Err(self.fatal(m));
                }
                self.sched.set_state(&p, SyncState::Mutex(false, r));
            }
            "sync.RWMutex.RUnlock" => {
                let Some((w, r)) = mutex(self) else { unsup!(self, span, "sync value") };
                if r == 0 {
                    return Err(self.fatal("sync: RUnlock of unlocked RWMutex"));
                }
                self.sched.set_state(&p, SyncState::Mutex(w, r - 1));
            }
            "sync.Cond.Wait" => {
                let t = self.cond_wait_begin(&p, span)?;
                self.block(WaitOn::Cond(p.clone(), t), "sync.Cond.Wait", span)?;
                self.cond_locker(&p, "Lock", span)?;
            }
            "sync.Cond.Signal" | "sync.Cond.Broadcast" => {
                let (next, notified) = self.cond_state(&p, span)?;
                // Signal wakes the waiter with the oldest ticket (FIFO), Broadcast all of them.
                let notified =
                    if name.ends_with("Signal") && notified < next { notified + 1 } else { next };
                self.sched.set_state(&p, SyncState::Cond(next, notified));
            }
            "sync.Once.Do" => {
                let Some(Value::Func(Some(f))) = args.get(1) else { unsup!(self, span, "{name}") };
                match self.sched.state(&p) {
                    Some(SyncState::Once(_, true)) => {}
                    Some(SyncState::Once(true, _)) => {
                        unsup!(self, span, "sync.Once.Do inside its own function")
                    }
                    None => {
                        self.sched.set_state(&p, SyncState::Once(true, false));
                        let r = self.call_closure(f, Vec::new(), span, false);
                        self.sched.set_state(&p, SyncState::Once(false, true));
                        r?;
                    }
                    _ => unsup!(self, span, "sync value"),
                }
            }
            _ => unsup!(self, span, "{name}"),
        }
        Ok(Vec::new())
    }
}
