//! The solver (gc's `solve.go`): repeated shortest-path walks over incoming edges from every
//! location until no attribute changes.
//!
//! go1.23/1.24 use a LIFO stack for both the outer work list and the inner walk; go1.27 uses
//! a deque (escaping locations re-enter at the front, others at the back) and a FIFO inner
//! walk with an in-queue mark. The verdicts agree; the order of `-m=2` blocks does not.

use std::collections::VecDeque;

use crate::graph::{
    Batch, LocId, ATTR_ALL, ATTR_CALLS, ATTR_ESCAPES, ATTR_MUTATES, ATTR_PERSISTS, CALLEE,
    FIRST_LOC, HEAP, MUTATOR,
};
use crate::leaks::NUM_ESC_RESULTS;

/// The outer work list.
struct Todo {
    deque: bool,
    items: VecDeque<LocId>,
}

impl Todo {
    fn enqueue(&mut self, b: &mut Batch<'_>, l: LocId) {
        if b.locs[l].queued_walk_all {
            return;
        }
        b.locs[l].queued_walk_all = true;
        if self.deque && !b.locs[l].has(ATTR_ESCAPES) {
            self.items.push_back(l);
        } else if self.deque {
            self.items.push_front(l);
        } else {
            self.items.push_back(l);
        }
    }
    fn pop(&mut self) -> Option<LocId> {
        if self.deque {
            self.items.pop_front()
        } else {
            self.items.pop_back()
        }
    }
}

/// `walkAll`: walks from every location until a fixed point.
pub(crate) fn walk_all(b: &mut Batch<'_>) {
    let deque = b.cfg.version.is_127();
    let mut todo = Todo { deque, items: VecDeque::with_capacity(b.locs.len()) };
    let initial: Vec<LocId> = (FIRST_LOC..b.locs.len()).chain([MUTATOR, CALLEE, HEAP]).collect();
    for l in initial {
        b.locs[l].queued_walk_all = true;
        if deque {
            todo.items.push_front(l);
        } else {
            todo.items.push_back(l);
        }
    }
    let mut walkgen: u32 = 0;
    while let Some(root) = todo.pop() {
        b.locs[root].queued_walk_all = false;
        walkgen += 1;
        walk_one(b, root, walkgen, &mut todo);
    }
}

fn walk_one(b: &mut Batch<'_>, root: LocId, walkgen: u32, todo: &mut Todo) {
    {
        let r = &mut b.locs[root];
        r.walkgen = walkgen;
        r.derefs = 0;
        r.dst = None;
    }
    if b.locs[root].has(ATTR_CALLS) {
        if let Some(&f) = b.closure_loc.get(&root) {
            if b.in_mutual_batch(f) && !b.results_lost.contains(&f) {
                b.results_lost.insert(f);
                let results = b.prog.func(f).results.clone();
                for r in results {
                    let l = b.var_loc(r);
                    todo.enqueue(b, l);
                }
            }
        }
    }

    let fifo = b.cfg.version.is_127();
    let mut queue: VecDeque<LocId> = VecDeque::new();
    queue.push_back(root);
    loop {
        let next = if fifo { queue.pop_front() } else { queue.pop_back() };
        let Some(l) = next else { break };
        b.locs[l].queued_walk_one = 0;
        let mut derefs = b.locs[l].derefs;
        let mut new_attrs = 0u8;

        if derefs < 0 {
            // l's address flows to root.
            derefs = 0;
            if outlives(b, root, l) {
                if !b.locs[l].has(ATTR_ESCAPES) && b.explain() {
                    crate::explain::escapes(b, root, l);
                }
                new_attrs |= ATTR_ALL;
            } else if b.locs[root].has(ATTR_PERSISTS) {
                new_attrs |= ATTR_PERSISTS;
            }
        }
        if derefs == 0 {
            new_attrs |= b.locs[root].attrs & (ATTR_MUTATES | ATTR_CALLS);
        }

        if b.locs[l].param {
            if outlives(b, root, l) {
                if !b.locs[l].has(ATTR_ESCAPES) && b.explain() {
                    crate::explain::leaks(b, root, l, derefs);
                }
                leak_to(b, l, root, derefs);
            }
            if b.locs[root].has(ATTR_MUTATES) {
                b.locs[l].leaks.add_mutator(derefs);
            }
            if b.locs[root].has(ATTR_CALLS) {
                b.locs[l].leaks.add_callee(derefs);
            }
        }

        if new_attrs & !b.locs[l].attrs != 0 {
            b.locs[l].attrs |= new_attrs;
            todo.enqueue(b, l);
            if b.locs[l].has(ATTR_ESCAPES) {
                continue;
            }
        }

        for i in 0..b.locs[l].edges.len() {
            let (src, edge_derefs) = {
                let e = &b.locs[l].edges[i];
                (e.src, e.derefs)
            };
            if b.locs[src].has(ATTR_ESCAPES) {
                continue;
            }
            let d = derefs + edge_derefs;
            let s = &mut b.locs[src];
            if s.walkgen != walkgen || s.derefs > d {
                s.walkgen = walkgen;
                s.derefs = d;
                s.dst = Some(l);
                s.dst_edge = i;
                if fifo {
                    if s.queued_walk_one != walkgen {
                        s.queued_walk_one = walkgen;
                        queue.push_back(src);
                    }
                } else {
                    queue.push_back(src);
                }
            }
        }
    }
}

/// Whether values stored in `l` may survive beyond `other`'s lifetime.
pub(crate) fn outlives(b: &Batch<'_>, l: LocId, other: LocId) -> bool {
    let (lo, oo) = (&b.locs[l], &b.locs[other]);
    if lo.has(ATTR_ESCAPES) {
        return true;
    }
    if l == MUTATOR || l == CALLEE {
        return false;
    }
    if lo.param_out {
        if let (Some(of), Some(lf)) = (oo.curfn, lo.curfn) {
            if b.contains_closure(of, lf) && !b.results_lost.contains(&lf) {
                return false;
            }
        }
        return true;
    }
    if lo.curfn == oo.curfn && lo.loop_depth < oo.loop_depth {
        return true;
    }
    if let (Some(lf), Some(of)) = (lo.curfn, oo.curfn) {
        if b.contains_closure(lf, of) {
            return true;
        }
    }
    false
}

/// Records that parameter `l` leaks to `sink`.
fn leak_to(b: &mut Batch<'_>, l: LocId, sink: LocId, derefs: i32) {
    let s = &b.locs[sink];
    if !s.has(ATTR_ESCAPES) && s.param_out && s.curfn == b.locs[l].curfn {
        let ri = s.result_index.wrapping_sub(1);
        if ri < NUM_ESC_RESULTS {
            b.locs[l].leaks.add_result(ri, derefs);
            return;
        }
    }
    b.locs[l].leaks.add_heap(derefs);
}
