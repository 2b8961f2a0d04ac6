//! Calls and builtins → flows (gc's `call.go`), including parameter tag decoding at call
//! sites.

use crate::graph::{Batch, Hole, Where, BLANK};
use crate::ir::{Builtin, Callee, ExprId, ExprKind, StaticCallee, TyKind};
use crate::leaks::{Leaks, NUM_ESC_RESULTS};

/// A receiver or parameter position of a callee.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    Recv,
    Param(usize),
}

impl Batch<'_> {
    /// Evaluates a call or builtin; `ks` are the holes of its results (`None` when the call
    /// is a statement).
    pub(crate) fn call(&mut self, ks: Option<&[Hole]>, n: ExprId) {
        let prog = self.prog;
        let at = Where::Expr(n);
        match &prog.expr(n).kind {
            ExprKind::Call(c) => {
                let callees: Vec<&StaticCallee> = match &c.callee {
                    Callee::Static(s) => vec![s],
                    Callee::Assigned(list) if self.cfg.version.is_127() => list.iter().collect(),
                    _ => Vec::new(),
                };
                if let Some(ks) = ks {
                    for callee in &callees {
                        if let StaticCallee::Local(f) = callee {
                            if self.in_mutual_batch(*f) {
                                for (i, r) in prog.func(*f).results.iter().enumerate() {
                                    if let Some(&k) = ks.get(i) {
                                        self.flow_var(k, *r);
                                    }
                                }
                            }
                        }
                    }
                }
                if let Some(fun) = c.fun {
                    let mut k = self.discard_hole();
                    if callees.is_empty() && ks.is_some_and(|ks| ks.iter().any(|k| k.dst != BLANK))
                    {
                        let ck = self.callee_hole();
                        k = self.note(ck, at, "callee operand");
                    }
                    self.argument(k, n, fun);
                }
                if let Some(r) = c.recv {
                    let k = self.tag_hole(ks, &callees, Slot::Recv);
                    self.argument(k, n, r);
                }
                let uintptr_escapes = match &c.callee {
                    Callee::Static(StaticCallee::Local(f)) => prog.func(*f).pragmas.uintptrescapes,
                    Callee::Static(StaticCallee::Imported(f)) => f.pragmas.uintptrescapes,
                    _ => false,
                };
                for (i, &a) in c.args.iter().enumerate() {
                    if uintptr_escapes {
                        self.uintptr_escapes_argument(a);
                    }
                    let k = self.tag_hole(ks, &callees, Slot::Param(i));
                    self.argument(k, n, a);
                }
            }
            ExprKind::Builtin(bi) => self.builtin(ks, n, bi),
            // Not a call: evaluate as a value into the first hole.
            _ => {
                let k =
                    ks.and_then(|ks| ks.first().copied()).unwrap_or_else(|| self.discard_hole());
                self.expr(k, n);
            }
        }
    }

    /// gc's `rewriteArgument` for a `//go:uintptrescapes` callee: the pointer of a
    /// `uintptr(unsafe.Pointer(p))` argument (also inside the implicit `...` slice) flows
    /// to the heap. gc copies it into a temporary first; that hop only shows at `-m=2`.
    fn uintptr_escapes_argument(&mut self, a: ExprId) {
        let prog = self.prog;
        let elems: Vec<ExprId> = match &prog.expr(a).kind {
            ExprKind::SliceLit(xs) => xs.clone(),
            _ => vec![a],
        };
        for el in elems {
            let x = prog.expr(el);
            let ExprKind::Conv(inner) = x.kind else { continue };
            if x.ty.kind != TyKind::Uintptr || prog.expr(inner).ty.kind != TyKind::UnsafePointer {
                continue;
            }
            let h = self.heap_hole();
            let k = self.note(h, Where::Expr(el), "//go:uintptrescapes");
            self.expr(k, inner);
        }
    }

    fn builtin(&mut self, ks: Option<&[Hole]>, n: ExprId, bi: &Builtin) {
        let prog = self.prog;
        let at = Where::Expr(n);
        let k0 = ks.and_then(|ks| ks.first().copied()).unwrap_or_else(|| self.discard_hole());
        match bi {
            Builtin::Append { args, ddd } => {
                let Some((&s, rest)) = args.split_first() else { return };
                // Two nested tees, as in gc (visible as `{temp} ← {temp}` at -m=2).
                let m = self.mutator_hole();
                let mut appendee = self.tee(&[k0, m]);
                if prog.expr(s).ty.elem_has_pointers {
                    let h = self.heap_hole();
                    let d = self.deref(h, at, "appendee slice");
                    appendee = self.tee(&[appendee, d]);
                }
                self.argument(appendee, n, s);
                if *ddd {
                    for &a in rest {
                        let t = prog.expr(a).ty;
                        let k = if t.kind == TyKind::Slice && t.elem_has_pointers {
                            let h = self.heap_hole();
                            self.deref(h, at, "appended slice...")
                        } else {
                            self.discard_hole()
                        };
                        self.argument(k, n, a);
                    }
                } else {
                    for &a in rest {
                        let h = self.heap_hole();
                        self.argument(h, n, a);
                    }
                }
                if self.cfg.version.is_127() {
                    // The possible new backing store: treated as allocated outside any loop.
                    let saved = self.loop_depth;
                    self.loop_depth = 0;
                    self.spill(k0, n);
                    self.loop_depth = saved;
                }
            }
            Builtin::Copy { dst, src } => {
                let m = self.mutator_hole();
                self.argument(m, n, *dst);
                let t = prog.expr(*src).ty;
                let k = if t.kind == TyKind::Slice && t.elem_has_pointers {
                    let h = self.heap_hole();
                    self.deref(h, at, "copied slice")
                } else {
                    self.discard_hole()
                };
                self.argument(k, n, *src);
            }
            Builtin::Panic(x) => {
                let h = self.heap_hole();
                self.argument(h, n, *x);
            }
            Builtin::MinMax(args) => {
                for &a in args {
                    self.argument(k0, n, a);
                }
            }
            Builtin::Discard(args) => {
                for &a in args {
                    let d = self.discard_hole();
                    self.argument(d, n, a);
                }
            }
            Builtin::Clear(x) => {
                let m = self.mutator_hole();
                self.argument(m, n, *x);
            }
            Builtin::UnsafeData(x) => self.argument(k0, n, *x),
            Builtin::UnsafeAdd { ptr, len } => {
                self.argument(k0, n, *ptr);
                let d = self.discard_hole();
                self.argument(d, n, *len);
            }
        }
    }

    fn argument(&mut self, k: Hole, call: ExprId, arg: ExprId) {
        let k = self.note(k, Where::Expr(call), "call parameter");
        self.expr(k, arg);
    }

    /// Flows a variable (e.g. a callee's result) into `k`, as evaluating its name would.
    pub(crate) fn flow_var(&mut self, mut k: Hole, v: crate::ir::VarId) {
        if k.derefs >= 0 && !self.prog.var(v).ty.has_pointers {
            k.dst = BLANK;
        }
        let l = self.var_loc(v);
        self.flow(k, l);
    }

    /// The hole an argument passed to `slot` goes to.
    fn tag_hole(&mut self, ks: Option<&[Hole]>, callees: &[&StaticCallee], slot: Slot) -> Hole {
        match callees {
            [] => self.heap_hole(),
            [one] => self.tag_hole_one(ks, one, slot),
            many => {
                let holes: Vec<Hole> =
                    many.iter().map(|c| self.tag_hole_one(ks, c, slot)).collect();
                self.tee(&holes)
            }
        }
    }

    pub(crate) fn tag_hole_one(
        &mut self,
        ks: Option<&[Hole]>,
        callee: &StaticCallee,
        slot: Slot,
    ) -> Hole {
        let prog = self.prog;
        let tag: Option<Vec<u8>> = match callee {
            StaticCallee::Local(f) => {
                let func = prog.func(*f);
                if self.in_mutual_batch(*f) {
                    let param = match slot {
                        Slot::Recv => func.recv.as_ref(),
                        Slot::Param(i) => func.params.get(i),
                    };
                    return match param.and_then(|p| p.var) {
                        Some(v) => {
                            let l = self.var_loc(v);
                            self.hole(l)
                        }
                        None => self.discard_hole(),
                    };
                }
                let idx = match slot {
                    Slot::Recv => Some(0),
                    Slot::Param(i) => Some(i + usize::from(func.recv.is_some())),
                };
                idx.and_then(|i| self.tags.get(f).and_then(|t| t.get(i)).cloned())
            }
            StaticCallee::Imported(imp) => match slot {
                Slot::Recv => imp.recv_tag.clone(),
                Slot::Param(i) => imp.param_tags.get(i).cloned().flatten(),
            },
        };
        let esc = Leaks::parse_opt(tag.as_deref());
        let mut holes = Vec::new();
        if esc.heap() >= 0 {
            holes.push(self.heap_hole().shift(esc.heap()));
        }
        if esc.mutator() >= 0 {
            holes.push(self.mutator_hole().shift(esc.mutator()));
        }
        if esc.callee() >= 0 {
            holes.push(self.callee_hole().shift(esc.callee()));
        }
        if let Some(ks) = ks {
            for (i, k) in ks.iter().enumerate().take(NUM_ESC_RESULTS) {
                if esc.result(i) >= 0 {
                    holes.push(k.shift(esc.result(i)));
                }
            }
        }
        self.tee(&holes)
    }
}
