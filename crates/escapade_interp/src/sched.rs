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

use super::{Ctrl, Flow, Interp, R};
use crate::panics::RuntimeError;
use crate::value::*;

pub struct Goroutine {
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
}

/// What a blocked goroutine waits for.
enum WaitOn {
    Chan(Rc<Waiter>),
    WaitGroup(Ptr),
    Lock(Ptr, bool),
    Forever,
}

#[derive(Default)]
pub struct Sched {
    runnext: Option<Goroutine>,
    queue: VecDeque<Goroutine>,
    /// What each goroutine blocked lower on the stack waits for, outermost first.
    blocked: Vec<WaitOn>,
    syncs: Vec<(Ptr, SyncState)>,
}

impl Sched {
    fn pop(&mut self) -> Option<Goroutine> {
        self.runnext.take().or_else(|| self.queue.pop_front())
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

    /// `go f(args)`.
    pub(super) fn go_stmt(&mut self, s: &Stmt, call: &Expr) -> R<Flow> {
        let ExprKind::Call { fun, args, spread } = &call.kind else { unsup!(self, s.span, "go") };
        let (clo, argv) = self.defer_target(call, fun, args, *spread)?;
        self.spawn(Goroutine { clo, args: argv, span: s.span, wg: None });
        Ok(Flow::Normal)
    }

    fn spawn(&mut self, g: Goroutine) {
        if let Some(old) = self.sched.runnext.replace(g) {
            self.sched.queue.push_back(old);
        }
    }

    fn ready(&self, w: &WaitOn) -> bool {
        match w {
            WaitOn::Chan(w) => !live(w),
            WaitOn::WaitGroup(p) => {
                !matches!(self.sched.state(p), Some(SyncState::WaitGroup(n)) if n > 0)
            }
            WaitOn::Lock(p, write) => match self.sched.state(p) {
                Some(SyncState::Mutex(w, r)) => !w && (!*write || r == 0),
                _ => true,
            },
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
            self.run_goroutine(g)?;
        }
    }

    fn run_goroutine(&mut self, g: Goroutine) -> R<()> {
        let r = self.call_closure(&g.clo, g.args, g.span, false);
        let r = match (r, g.wg) {
            (Ok(_), Some(wg)) => self.wg_add(&wg, -1, g.span),
            (r, _) => r.map(|_| ()),
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
        let Some(c) = self.chan_of(ch, span)? else {
            self.block(WaitOn::Forever, "chan send (nil chan)", span)?;
            unsup!(self, span, "send on a nil channel");
        };
        if c.borrow().closed {
            return Err(self.panic_plain("send on closed channel"));
        }
        let Some(v) = try_send(&c, v) else { return Ok(()) };
        let w = Rc::new(Waiter::default());
        c.borrow_mut().sendq.push_back((w.clone(), v, 0));
        self.block(WaitOn::Chan(w.clone()), "chan send", span)?;
        let wake = w.done.borrow().clone();
        match wake {
            Some(Wake::SendClosed(_)) => Err(self.panic_plain("send on closed channel")),
            _ => Ok(()),
        }
    }

    pub(super) fn chan_recv(&mut self, ch: Value, span: Span) -> R<(Value, bool)> {
        self.step(span)?;
        let Some(c) = self.chan_of(ch, span)? else {
            self.block(WaitOn::Forever, "chan receive (nil chan)", span)?;
            unsup!(self, span, "receive from a nil channel");
        };
        if let Some(r) = try_recv(&c) {
            return Ok(r);
        }
        let w = Rc::new(Waiter::default());
        c.borrow_mut().recvq.push_back((w.clone(), 0));
        self.block(WaitOn::Chan(w.clone()), "chan receive", span)?;
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
    fn recv_operand(e: &Expr) -> Option<&Expr> {
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
        let mut cases: Vec<(usize, Case)> = Vec::new();
        let mut default = None;
        for (i, cl) in clauses.iter().enumerate() {
            let Some(comm) = &cl.comm else {
                default = Some(i);
                continue;
            };
            let case = match &comm.kind {
                StmtKind::Send { chan, value } => {
                    let ct = self.ty_of(chan)?;
                    let c = self.eval(chan)?;
                    let c = self.chan_of(c, chan.span)?;
                    let v = self.eval(value)?;
                    let vt = self.ty_of(value)?;
                    let et = match self.ukind(ct) {
                        TypeKind::Chan(_, et) => et,
                        _ => vt,
                    };
                    Case::Send(c, self.convert_assign(v, vt, et))
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
        let (clause, got) = if !ready.is_empty() {
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
            let what = if cases.is_empty() { "select (no cases)" } else { "select" };
            self.block(WaitOn::Chan(w.clone()), what, s.span)?;
            let wake = w.done.borrow().clone();
            match wake {
                Some(Wake::Recv(k, v, ok)) => (cases[k].0, Some((v, ok))),
                Some(Wake::Sent(k)) => (cases[k].0, None),
                Some(Wake::SendClosed(_)) => return Err(self.panic_plain("send on closed channel")),
                None => unsup!(self, s.span, "select"),
            }
        };
        let cl = &clauses[clause];
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
        let flow = self.exec_block(&cl.body)?;
        Ok(match flow {
            Flow::Break(None) => Flow::Normal,
            Flow::Break(Some(l)) if Some(l.as_str()) == label => Flow::Normal,
            f => f,
        })
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
        );
        if !known {
            return None;
        }
        Some(self.sync_method_inner(name, args, span))
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
