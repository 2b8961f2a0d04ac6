//! Runs the statements `evalorder` flags as watchable instead of refusing them outright.
//!
//! gc may read an operand of such a statement at any time between the evaluator's
//! (left-to-right) read and the statement's last call. The evaluator records the place and the
//! value of each flagged read when it makes it; after every call or receive of the statement the
//! places must still hold those values, so every time gc could choose sees the same value. A
//! read that panics, cannot be located again, or was not made through the recorded path before
//! the call it precedes stops the run with the statement's refusal message instead.

use std::rc::Rc;

use escapade_syntax::ast::{Expr, ExprKind, NodeId, Stmt, StmtKind};

use super::{Ctrl, Flow, Interp, Place, R};
use crate::evalorder::Watch;
use crate::value::*;

pub(super) struct WatchFrame {
    w: Rc<Watch>,
    stmt: u32,
    /// The frame the statement runs in: (current frame index, frame stack height).
    at: (usize, usize),
    /// Recorded reads: (read, place, value, `Some(is_cap)` when the value is `len`/`cap` of
    /// the map or channel held at the place).
    seen: Vec<(NodeId, Place, Value, Option<bool>)>,
    /// Calls and receives of the statement that completed.
    done: Vec<NodeId>,
    /// The statement's own operation (not a call it made) raised a run-time panic.
    panic_here: bool,
    /// Panics count now: always for a simple statement; for `if`, `switch` and `for` only
    /// while their condition, tag or cases are evaluated (see `watch_arm`).
    armed: bool,
}

impl Interp<'_> {
    /// Executes `s` under its watch when `evalorder` flagged it as watchable.
    pub(super) fn exec(&mut self, s: &Stmt, label: Option<&str>) -> R<Flow> {
        let w = match self.res.evalorder.get(&s.span.start) {
            Some(w) if !w.hard => w.clone(),
            _ => return self.exec_stmt(s, label),
        };
        let mark = self.watch.len();
        let at = (self.cur, self.frames.len());
        let armed =
            !matches!(s.kind, StmtKind::If { .. } | StmtKind::Switch { .. } | StmtKind::For { .. });
        self.watch.push(WatchFrame {
            w,
            stmt: s.span.start,
            at,
            seen: Vec::new(),
            done: Vec::new(),
            panic_here: false,
            armed,
        });
        let r = self.exec_stmt(s, label);
        let f = self.watch.get(mark);
        if let (Err(Ctrl::Panic(_)), Some(f)) = (&r, f) {
            // The statement's own operation panicked; gc would have run these calls first.
            if f.panic_here && f.w.after_panic.iter().any(|c| !f.done.contains(c)) {
                let msg = f.w.panic_msg.clone();
                self.watch.truncate(mark);
                return Err(Ctrl::Stop(msg));
            }
        }
        self.watch.truncate(mark);
        r
    }

    /// A run-time panic is being raised by an operation in the current frame (std functions
    /// run there too, which only makes the check stricter).
    pub(super) fn watch_panic(&mut self) {
        let here = (self.cur, self.frames.len());
        if let Some(f) = self.watch.last_mut().filter(|f| f.at == here && f.armed) {
            f.panic_here = true;
        }
    }

    /// The condition (tag, cases) of the compound statement starting at `stmt` is about to be
    /// evaluated (`on`, forgetting an earlier iteration's calls) or has been.
    pub(super) fn watch_arm(&mut self, stmt: u32, on: bool) {
        let here = (self.cur, self.frames.len());
        if let Some(f) = self.watch.last_mut().filter(|f| f.at == here && f.stmt == stmt) {
            if on {
                f.done.clear();
                f.panic_here = false;
            }
            f.armed = on;
        }
    }

    /// The innermost watch, when it belongs to the statement running in the current frame.
    fn watch_here(&self) -> Option<&WatchFrame> {
        self.watch.last().filter(|f| f.at == (self.cur, self.frames.len()))
    }

    /// `span_start` starts a statement (or a call at its start) that runs under its watch.
    /// (A statement watched only for panics runs unwatched elsewhere, as before.)
    pub(super) fn watched(&self, span_start: u32) -> bool {
        self.watch_here().is_some_and(|f| f.stmt == span_start)
    }

    /// Records the value of a flagged read (`r` is its evaluation).
    pub(super) fn watch_read(&mut self, e: &Expr, r: R<Value>) -> R<Value> {
        let Some(f) = self.watch_here() else { return r };
        if !f.w.reads.contains(&e.id) {
            return r;
        }
        let msg = f.w.msg.clone();
        let v = match r {
            Ok(v) => v,
            // gc may run the later calls before this read panics.
            Err(Ctrl::Panic(_)) => return Err(Ctrl::Stop(msg)),
            Err(c) => return Err(c),
        };
        // `len(m)`, `cap(c)`: the place of the operand.
        let (at, len) = match &e.kind {
            ExprKind::Call { fun, args, .. } if args.len() == 1 => {
                let cap = matches!(&fun.kind, ExprKind::Ident(id) if id.name == "cap");
                (&args[0], Some(cap))
            }
            _ => (e, None),
        };
        let p = match self.place(at) {
            Ok(p @ Place::Ptr(_)) => p,
            Ok(_) | Err(Ctrl::Panic(_)) => return Err(Ctrl::Stop(msg)),
            Err(c) => return Err(c),
        };
        if let Some(f) = self.watch.last_mut() {
            f.seen.push((e.id, p, v.clone(), len));
        }
        Ok(v)
    }

    /// After call (or receive) `e` of the watched statement: every read that precedes it was
    /// recorded, and every recorded place still holds its value.
    pub(super) fn watch_after(&mut self, e: &Expr) -> R<()> {
        let Some(f) = self.watch_here() else { return Ok(()) };
        let missing = f.w.needs.iter().any(|&(c, r)| c == e.id && !f.seen.iter().any(|s| s.0 == r));
        let changed = f.seen.iter().any(|(_, p, v, len)| {
            let Place::Ptr(p) = p else { return true };
            let now = match (p.load(), len) {
                (Some(now), None) => Some(now),
                (Some(now), Some(cap)) => len_of(&now, *cap).map(Value::Int),
                (None, _) => None,
            };
            !now.is_some_and(|now| same_value(&now, v))
        });
        if missing || changed {
            return Err(Ctrl::Stop(f.w.msg.clone()));
        }
        if let Some(f) = self.watch.last_mut() {
            f.done.push(e.id);
        }
        Ok(())
    }
}

/// `len`/`cap` of a map or channel value.
fn len_of(v: &Value, cap: bool) -> Option<i64> {
    match v {
        Value::Map(None) | Value::Chan(None) => Some(0),
        Value::Map(Some(m)) if !cap => Some(m.borrow().map.len() as i64),
        Value::Chan(Some(c)) => {
            let c = c.borrow();
            Some(if cap { c.cap } else { c.buf.len() } as i64)
        }
        _ => None,
    }
}
