//! Expressions → flows (gc's `expr.go`).

use crate::graph::{Batch, Hole, LocNode, Where, BLANK};
use crate::ir::{ExprId, ExprKind, MethodTarget, TyKind};

impl Batch<'_> {
    /// Evaluates `n` into hole `k`.
    pub(crate) fn expr(&mut self, mut k: Hole, n: ExprId) {
        let prog = self.prog;
        let x = prog.expr(n);
        if k.derefs >= 0 && x.ty.kind != TyKind::Untyped && !x.ty.has_pointers {
            k.dst = BLANK;
        }
        let at = Where::Expr(n);
        match &x.kind {
            ExprKind::Global | ExprKind::FuncName(_) | ExprKind::Const => {}
            ExprKind::Name(v) => {
                let l = self.var_loc(*v);
                self.flow(k, l);
            }
            ExprKind::Unary(a) => self.discard(*a),
            ExprKind::Binary(a, c) => {
                self.discard(*a);
                self.discard(*c);
            }
            ExprKind::Addr(a) => {
                let k = self.addr(k, at, "address-of");
                self.expr(k, *a);
            }
            ExprKind::Deref(a) => {
                let k = self.deref(k, at, "indirection");
                self.expr(k, *a);
            }
            ExprKind::Dot { x: a, ptr: false } => {
                let k = self.note(k, at, "dot");
                self.expr(k, *a);
            }
            ExprKind::Dot { x: a, ptr: true } => {
                let k = self.deref(k, at, "dot of pointer");
                self.expr(k, *a);
            }
            ExprKind::TypeAssert(a) => {
                let k = self.dot_type(k, x.ty, at, "dot");
                self.expr(k, *a);
            }
            ExprKind::Index { x: a, index } => {
                let k = if prog.expr(*a).ty.kind == TyKind::Array {
                    self.note(k, at, "fixed-array-index-of")
                } else {
                    self.deref(k, at, "dot of pointer")
                };
                self.expr(k, *a);
                self.discard(*index);
            }
            ExprKind::MapIndex { map, key } => {
                self.discard(*map);
                self.discard(*key);
            }
            ExprKind::Slice { x: a, lo, hi, max } => {
                let k = self.note(k, at, "slice");
                self.expr(k, *a);
                for e in [lo, hi, max].into_iter().flatten() {
                    self.discard(*e);
                }
            }
            ExprKind::Conv(a) | ExprKind::SliceToArrayPtr(a) => self.expr(k, *a),
            ExprKind::UnsafePointerFromUintptr(a) => self.unsafe_value(k, *a),
            ExprKind::ConvIface { x: a, .. } => {
                let t = prog.expr(*a).ty;
                let k = if !t.is_interface() && !t.pointer_shaped { self.spill(k, n) } else { k };
                let k = self.note(k, at, "interface-converted");
                self.expr(k, *a);
            }
            ExprKind::StrConv { x: a, .. } => {
                self.spill(k, n);
                self.discard(*a);
            }
            ExprKind::AddStr(list) => {
                self.spill(k, n);
                for e in list {
                    self.discard(*e);
                }
            }
            ExprKind::SliceToArray(a) => {
                let k = self.deref(k, at, "slice-to-array");
                self.expr(k, *a);
            }
            ExprKind::Recv(a) => self.discard(*a),
            ExprKind::Call(_) | ExprKind::Builtin(_) => self.call(Some(&[k]), n),
            ExprKind::New => {
                self.spill(k, n);
            }
            ExprKind::MakeSlice { len, cap, .. } => {
                self.spill(k, n);
                self.discard(*len);
                if let Some(c) = cap {
                    self.discard(*c);
                }
            }
            ExprKind::MakeMap(hint) => {
                self.spill(k, n);
                if let Some(h) = hint {
                    self.discard(*h);
                }
            }
            ExprKind::MakeChan(len) => {
                if let Some(l) = len {
                    self.discard(*l);
                }
            }
            ExprKind::MethodValue { x: a, target, results, .. } => {
                let closure_k = self.spill(k, n);
                // Callers of the method value are unknown: all results go to the heap.
                let ks = vec![self.heap_hole(); *results];
                let param_k = match target {
                    MethodTarget::Interface => self.heap_hole(),
                    MethodTarget::Static(c) => {
                        self.tag_hole_one(Some(&ks), c, crate::call::Slot::Recv)
                    }
                };
                let k = self.tee(&[param_k, closure_k]);
                self.expr(k, *a);
            }
            ExprKind::PtrLit(a) => {
                let k = self.spill(k, n);
                self.expr(k, *a);
            }
            ExprKind::ArrayLit(list) => {
                for e in list {
                    let k = self.note(k, at, "array literal element");
                    self.expr(k, *e);
                }
            }
            ExprKind::StructLit(list) => {
                for e in list {
                    let k = self.note(k, at, "struct literal element");
                    self.expr(k, *e);
                }
            }
            ExprKind::SliceLit(list) => {
                let k = self.spill(k, n);
                for e in list {
                    let k = self.note(k, at, "slice-literal-element");
                    self.expr(k, *e);
                }
            }
            ExprKind::MapLit(list) => {
                self.spill(k, n);
                for (key, val) in list {
                    self.assign_heap(*key, "map literal key", at);
                    self.assign_heap(*val, "map literal value", at);
                }
            }
            ExprKind::FuncLit(f) => {
                let k = self.spill(k, n);
                let l = self.locs.len() - 1;
                self.closure_loc.insert(l, *f);
                self.closures.push((k, *f));
                let func = prog.func(*f);
                if !func.is_closure_in(self.cfg.version) {
                    return;
                }
                for c in &func.captures {
                    let l = self.var_loc(c.var);
                    let depth = self.loop_depth;
                    let loc = &mut self.locs[l];
                    if !loc.captured {
                        loc.captured = true;
                        // Reassignments in straight-line code before the first capture
                        // are forgiven.
                        if loc.loop_depth == depth {
                            loc.reassigned = false;
                        }
                    }
                }
                for v in func.dcl() {
                    if !self.var_loc.contains_key(&v) {
                        let saved = self.curfn;
                        self.curfn = *f;
                        self.new_loc(LocNode::Var(v), false);
                        self.curfn = saved;
                    }
                }
                self.walk_func(*f);
            }
        }
    }

    /// Evaluates `n` for its side effects only.
    pub(crate) fn discard(&mut self, n: ExprId) {
        let k = self.discard_hole();
        self.expr(k, n);
    }

    /// `unsafeValue`: follows a uintptr expression looking for conversions from
    /// `unsafe.Pointer`.
    pub(crate) fn unsafe_value(&mut self, k: Hole, n: ExprId) {
        let prog = self.prog;
        match &prog.expr(n).kind {
            ExprKind::Conv(a) => {
                if prog.expr(*a).ty.kind == TyKind::UnsafePointer {
                    self.expr(k, *a);
                } else {
                    self.discard(*a);
                }
            }
            ExprKind::Unary(a) => self.unsafe_value(k, *a),
            ExprKind::Dot { x, ptr: true } if prog.reflect_data.contains(&n) => {
                let k = self.deref(k, Where::Expr(n), "reflect.Header.Data");
                self.expr(k, *x);
            }
            ExprKind::Binary(a, c) => {
                self.unsafe_value(k, *a);
                self.unsafe_value(k, *c);
            }
            _ => self.discard(n),
        }
    }

    /// Evaluates `src` into the heap with a note.
    pub(crate) fn assign_heap(&mut self, src: ExprId, why: &'static str, at: Where) {
        let k = self.heap_hole();
        let k = self.note(k, at, why);
        self.expr(k, src);
    }
}
