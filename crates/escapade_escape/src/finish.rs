//! Closure capture decisions (`flowClosure`), parameter tags and the final verdicts in gc's
//! order (gc's `escape.go` `finish` / `paramTag` / `reportLeaks`).

use crate::diag::{DiagKind, Diagnostic};
use crate::graph::{Batch, Hole, LocNode, Where, ATTR_ESCAPES, ATTR_MUTATES, FIRST_LOC};
use crate::ir::{Builtin, ExprKind, FuncId, Param, StrConvOp, TyKind};
use crate::leaks::{Leaks, NUM_ESC_RESULTS};

/// Captured variables at most this large may be captured by value.
const MAX_BYVAL_CAPTURE: i64 = 128;

impl Batch<'_> {
    /// Decides by-value / by-reference capture of each variable of closure `f` and adds the
    /// capture flows into its spill hole `k`.
    pub(crate) fn flow_closure(&mut self, k: Hole, f: FuncId) {
        let prog = self.prog;
        let func = prog.func(f);
        for (i, c) in func.captures.iter().enumerate() {
            let l = self.var_loc(c.var);
            let var = prog.var(c.var);
            let (addr, assign) = (self.locs[l].addrtaken, self.locs[l].reassigned);
            let byval = !addr && !assign && var.ty.size <= MAX_BYVAL_CAPTURE;
            if self.explain() {
                let (kind, how) = if byval {
                    (DiagKind::CapturingByValue, "value")
                } else {
                    (DiagKind::CapturingByRef, "ref")
                };
                let msg = format!(
                    "{} capturing by {how}: {} (addr={addr} assign={assign} width={})",
                    prog.func(var.func).name,
                    var.name,
                    var.ty.size
                );
                self.out.push(Diagnostic::new(kind, var.pos, msg));
            }
            let at = Where::Capture(f, i);
            let mut k = k;
            if !byval {
                k = self.addr(k, at, "reference");
            }
            let k = self.note(k, at, "captured by a closure");
            self.flow(k, l);
        }
    }

    /// Tags every parameter of the batch's functions and emits the verdicts. Returns the tags
    /// per function (receiver first).
    pub(crate) fn finish(&mut self) -> Vec<(FuncId, Vec<Vec<u8>>)> {
        let prog = self.prog;
        let mut tags = Vec::new();
        for f in self.funcs.clone() {
            let func = prog.func(f);
            for line in func.std_instance.iter().flat_map(|s| s.lines_at(self.cfg.m)) {
                let d = Diagnostic::new(DiagKind::StdInstance, func.pos, line.clone());
                self.out.push(d);
            }
            let t: Vec<Vec<u8>> =
                func.recv_params().enumerate().map(|(i, p)| self.param_tag(f, i + 1, p)).collect();
            tags.push((f, t));
        }
        for l in FIRST_LOC..self.locs.len() {
            let loc = &self.locs[l];
            let escapes = loc.has(ATTR_ESCAPES);
            match loc.node {
                LocNode::None => {}
                LocNode::Var(v) => {
                    if escapes {
                        let var = prog.var(v);
                        let msg = format!("moved to heap: {}", var.name);
                        self.out.push(Diagnostic::new(DiagKind::MovedToHeap, var.pos, msg));
                    }
                }
                LocNode::Expr(e) => {
                    let x = prog.expr(e);
                    if let ExprKind::FuncLit(f) = x.kind {
                        if prog.func(f).wrapper {
                            continue;
                        }
                    }
                    let is_append = matches!(x.kind, ExprKind::Builtin(Builtin::Append { .. }));
                    let text = crate::explain::verdict_text(self, e);
                    let (kind, msg) = match (escapes, is_append) {
                        (true, true) => {
                            (DiagKind::EscapesToHeap, "append escapes to heap".to_string())
                        }
                        (true, false) => {
                            (DiagKind::EscapesToHeap, format!("{text} escapes to heap"))
                        }
                        (false, true) => {
                            (DiagKind::DoesNotEscape, "append does not escape".to_string())
                        }
                        (false, false) => {
                            (DiagKind::DoesNotEscape, format!("{text} does not escape"))
                        }
                    };
                    self.out.push(Diagnostic::new(kind, x.pos, msg));
                    let str2bytes =
                        matches!(x.kind, ExprKind::StrConv { op: StrConvOp::StringToBytes, .. });
                    if str2bytes && !self.locs[l].has(ATTR_MUTATES) {
                        let msg = "zero-copy string->[]byte conversion".to_string();
                        self.out.push(Diagnostic::new(DiagKind::ZeroCopy, x.pos, msg));
                    }
                }
            }
        }
        tags
    }

    /// gc's `paramTag` for parameter number `narg` (1-based, receiver first).
    fn param_tag(&mut self, f: FuncId, narg: usize, p: &Param) -> Vec<u8> {
        let prog = self.prog;
        let func = prog.func(f);
        let name = if p.name.is_empty() { format!("arg#{narg}") } else { p.name.clone() };
        let diagnose = !(func.wrapper || func.dupok);
        let named = !p.name.is_empty();
        if func.body.is_none() {
            if p.ty.kind == TyKind::Uintptr {
                if diagnose {
                    self.warn(
                        DiagKind::AssumingUnsafeUintptr,
                        p,
                        format!("assuming {name} is unsafe uintptr"),
                    );
                }
                return Vec::new();
            }
            if !p.ty.has_pointers {
                return Vec::new();
            }
            let mut esc = Leaks::default();
            if func.pragmas.noescape {
                if diagnose && named {
                    self.warn(DiagKind::ParamDoesNotEscape, p, format!("{name} does not escape"));
                }
                esc.add_mutator(0);
                esc.add_callee(0);
            } else {
                if diagnose && named {
                    self.warn(DiagKind::LeakingParam, p, format!("leaking param: {name}"));
                }
                esc.add_heap(0);
            }
            return esc.encode();
        }
        if func.pragmas.uintptrescapes {
            if p.ty.kind == TyKind::Uintptr {
                if diagnose {
                    let msg = format!("marking {name} as escaping uintptr");
                    self.warn(DiagKind::MarkingEscapingUintptr { ddd: false }, p, msg);
                }
                return Vec::new();
            }
            if p.ddd && p.ty.elem_kind == TyKind::Uintptr {
                if diagnose {
                    let msg = format!("marking {name} as escaping ...uintptr");
                    self.warn(DiagKind::MarkingEscapingUintptr { ddd: true }, p, msg);
                }
                return Vec::new();
            }
        }
        if !p.ty.has_pointers {
            return Vec::new();
        }
        let Some(v) = p.var else { return Leaks::default().encode() };
        let l = self.var_loc(v);
        let mut esc = self.locs[l].leaks;
        esc.optimize();
        if diagnose && !self.locs[l].has(ATTR_ESCAPES) {
            self.report_leaks(f, p, &name, esc);
        }
        esc.encode()
    }

    fn report_leaks(&mut self, f: FuncId, p: &Param, name: &str, esc: Leaks) {
        let prog = self.prog;
        let mut warned = false;
        let h = esc.heap();
        if h == 0 {
            self.warn(DiagKind::LeakingParam, p, format!("leaking param: {name}"));
            warned = true;
        } else if h > 0 {
            self.warn(DiagKind::LeakingParamContent, p, format!("leaking param content: {name}"));
            warned = true;
        }
        for i in 0..NUM_ESC_RESULTS {
            let r = esc.result(i);
            if r >= 0 {
                let res = prog
                    .func(f)
                    .results
                    .get(i)
                    .map(|v| prog.var(*v).name.clone())
                    .unwrap_or_default();
                let msg = format!("leaking param: {name} to result {res} level={r}");
                let kind = DiagKind::LeakingParamToResult { result: res, level: r as u32 };
                self.warn(kind, p, msg);
                warned = true;
            }
        }
        if !warned {
            self.warn(DiagKind::ParamDoesNotEscape, p, format!("{name} does not escape"));
        }
    }

    fn warn(&mut self, kind: DiagKind, p: &Param, msg: String) {
        self.out.push(Diagnostic::new(kind, p.pos, msg));
    }
}
