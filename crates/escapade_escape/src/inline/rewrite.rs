//! The call-site rewrite: each inlined call is replaced, in the escape IR, by what gc's
//! `InlineCall` builds before escape analysis runs: the arguments assigned to fresh copies
//! of the callee's parameters, the callee's (original, not yet inlined) body copied with its
//! own variables renamed to fresh caller locals and every `return` turned into assignments
//! to fresh result variables, and the call replaced by those result variables. Every copied
//! node is reported at the outermost call's position (gc prints inlined positions that way).
//! Calls inside a copied body that gc inlines too are rewritten the same way, recursively.
//!
//! The copies are hoisted right before the statement holding the call, in the same block:
//! escape analysis is flow-insensitive, and the loop depth stays that of the statement.
//! A call the rewrite cannot place (in a loop condition or post statement, a `go`/`defer`
//! statement, …) is reported so that the file is refused.

use std::collections::BTreeMap;

use super::sites::InlinedCall;
use crate::ir::*;

/// One inlined call with the inlined calls of its copied body.
#[derive(Clone, Debug)]
pub struct Node {
    /// Position of the call's `(` in the body that contains it.
    pub inner: (u32, u32),
    /// gc's position for everything copied (the outermost call).
    pub pos: Pos,
    pub callee: FuncId,
    pub children: Vec<Node>,
    /// The shape of each parameter typed by a type parameter (shape instantiations).
    pub shape_params: Vec<Option<String>>,
    /// An interface call devirtualized in an inlined copy: its receiver is the argument.
    pub devirt: bool,
}

/// Builds the trees of inlined calls (`callee` maps a call to the IR function inlined).
pub fn plan(calls: &[InlinedCall]) -> Vec<Node> {
    let ir_of = |c: &InlinedCall| c.callee_ir;
    fn build(
        i: usize,
        calls: &[InlinedCall],
        kids: &BTreeMap<usize, Vec<usize>>,
        ir_of: &dyn Fn(&InlinedCall) -> Option<FuncId>,
    ) -> Option<Node> {
        let c = &calls[i];
        let callee = ir_of(c)?;
        let children = kids
            .get(&i)
            .map(|v| v.iter().filter_map(|&j| build(j, calls, kids, ir_of)).collect())
            .unwrap_or_default();
        Some(Node {
            inner: (c.inner.line, c.inner.col),
            pos: c.pos,
            callee,
            children,
            shape_params: c.shape_params.clone(),
            devirt: c.devirt,
        })
    }
    let mut kids: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, c) in calls.iter().enumerate() {
        if let Some(p) = c.parent {
            kids.entry(p).or_default().push(i);
        }
    }
    (0..calls.len())
        .filter(|&i| calls[i].parent.is_none() && calls[i].rewrite)
        .filter_map(|i| build(i, calls, &kids, &ir_of))
        .collect()
}

pub struct Rewriter<'o> {
    /// The program as lowered (callee bodies are copied from it).
    orig: &'o Program,
    /// Parameter copies bound to a constant argument and never assigned in the callee
    /// (their static value is the constant): the constant's text and value.
    consts: BTreeMap<VarId, (String, Option<i64>)>,
    pub prog: Program,
    /// Calls that were planned but not found or not placeable.
    pub missed: Vec<Pos>,
    /// Constant conversions inside shape instantiations (text not modelled).
    pub shape_consts: Vec<Pos>,
    /// Inlined calls whose constant result is bound to a local converted to an interface:
    /// gc's static value of the local is then that constant (`3 escapes to heap` where it
    /// is converted), not modelled.
    pub const_locals: Vec<Pos>,
    /// Parameter copies (never assigned in the callee) whose argument may statically be a
    /// slice literal: a literal, a local defined by one, or such a copy.
    slice_lit_args: Vec<VarId>,
    /// Every parameter copy, and the callee variable each copied variable stands for.
    param_copies: Vec<VarId>,
    copied_from: BTreeMap<VarId, VarId>,
    /// Inlined `make` sizes `len(p)` of such a copy: go1.27 rewrites the size to the
    /// literal's length (`make([]int, 0, 2)`), not modelled.
    pub len_of_lits: Vec<Pos>,
    /// The callee's result name of each result variable (what gc prints for it).
    result_names: BTreeMap<VarId, String>,
    /// Statements of function bodies whose inlined calls were hoisted before them: the
    /// positions of the hoisted nodes (copied bodies are at the inlined calls' positions,
    /// the argument copies at the arguments') and of the statement's remaining nodes.
    pub hoisted: Vec<(Vec<Pos>, Vec<Pos>)>,
    /// The source texts of the calls replaced by a result variable (an enclosing
    /// expression's text that still holds one is not what gc prints).
    pub replaced_texts: Vec<String>,
    /// The call texts replaced in each statement's text by a result name, in order (an
    /// enclosing call's text is found with the inner replacements applied).
    stmt_repl: BTreeMap<StmtId, Vec<(String, String)>>,
    /// Statements whose `-m=2` text still shows an inlined call (a multi-result call, or a
    /// replacement not found): their position and the call's text.
    pub stale: Vec<(Pos, String)>,
    /// Depth of callee bodies being copied (their statements' hoisting is not recorded:
    /// everything in a copy is at the outermost call's position).
    copying: u32,
    next_label: u32,
    /// Function literals cloned by the copies: (original, clone).
    pub cloned: Vec<(FuncId, FuncId)>,
    /// Variable maps of the copies being rewritten (innermost last).
    outer_maps: Vec<BTreeMap<VarId, VarId>>,
    /// The variable map of the copy each result variable belongs to.
    result_maps: BTreeMap<VarId, BTreeMap<VarId, VarId>>,
    /// Parameter copies of a type-parameter type bound to a constant (its text is the
    /// constant converted to the shape).
    shape_typed: Vec<VarId>,
    /// Result variables printed as their constant (converted to an interface).
    shown_consts: Vec<VarId>,
}

impl<'o> Rewriter<'o> {
    pub fn new(orig: &'o Program) -> Self {
        Rewriter {
            orig,
            consts: BTreeMap::new(),
            prog: orig.clone(),
            missed: Vec::new(),
            shape_consts: Vec::new(),
            const_locals: Vec::new(),
            slice_lit_args: Vec::new(),
            param_copies: Vec::new(),
            copied_from: BTreeMap::new(),
            len_of_lits: Vec::new(),
            result_names: BTreeMap::new(),
            hoisted: Vec::new(),
            replaced_texts: Vec::new(),
            stmt_repl: BTreeMap::new(),
            stale: Vec::new(),
            copying: 0,
            next_label: 1 << 20,
            cloned: Vec::new(),
            outer_maps: Vec::new(),
            result_maps: BTreeMap::new(),
            shape_typed: Vec::new(),
            shown_consts: Vec::new(),
        }
    }

    /// Rewrites every function body of the program for the top-level inlined calls.
    pub fn run(&mut self, top: &[Node]) {
        let mut pending: Vec<&Node> = top.iter().collect();
        for fi in 0..self.prog.funcs.len() {
            let f = FuncId(fi as u32);
            let Some(body) = self.prog.func(f).body.clone() else { continue };
            let mut found = Vec::new();
            let new_body = self.list(f, &body, &pending, &mut found);
            self.prog.funcs[fi].body = Some(new_body);
            pending.retain(|n| !found.contains(&(*n as *const Node)));
        }
        self.missed.extend(pending.iter().map(|n| n.pos));
        fn callees(nodes: &[Node], out: &mut Vec<FuncId>) {
            for n in nodes {
                out.push(n.callee);
                callees(&n.children, out);
            }
        }
        let mut inlined = Vec::new();
        callees(top, &mut inlined);
        self.drop_dead_copies(&inlined);
        // Conversions of an inlined call's constant result (`fmt.Println(f())` with
        // `f` returning 99 prints `99 escapes to heap`).
        for i in 0..self.prog.exprs.len() {
            if let ExprKind::ConvIface { x, rewritten_text: None } = self.prog.exprs[i].kind {
                if let ExprKind::Name(v) = self.prog.expr(x).kind {
                    if self.result_names.contains_key(&v) {
                        let text = self.consts.get(&v).map(|c| c.0.clone());
                        if text.is_some() {
                            self.shown_consts.push(v);
                        }
                        if let ExprKind::ConvIface { rewritten_text, .. } =
                            &mut self.prog.exprs[i].kind
                        {
                            *rewritten_text = text;
                        }
                    }
                }
            }
        }
    }

    /// gc's dead-locals pass: a copied literal assigned to a local that nothing reads any
    /// more (its calls were inlined) is removed, so the copy is never analysed. A copy that
    /// stays, of a literal nested in another literal that is inlined (`inlined`: maybe at
    /// every use, and then its lines are dropped by position), is not modelled.
    fn drop_dead_copies(&mut self, inlined: &[FuncId]) {
        let clones: Vec<FuncId> = self.cloned.iter().map(|c| c.1).collect();
        let mut uses: BTreeMap<VarId, usize> = BTreeMap::new();
        let mut defs: Vec<(StmtId, VarId, FuncId)> = Vec::new();
        let prog = &self.prog;
        for f in &prog.funcs {
            let Some(body) = &f.body else { continue };
            prog.walk_stmts(body, &mut |s| {
                let mut skip = None;
                if let StmtKind::Assign { lhs, rhs, .. } = &prog.stmt(s).kind {
                    if let ([Some(l)], [r]) = (&lhs[..], &rhs[..]) {
                        if let (ExprKind::Name(v), ExprKind::FuncLit(c)) =
                            (&prog.expr(*l).kind, &prog.expr(*r).kind)
                        {
                            if clones.contains(c) {
                                defs.push((s, *v, *c));
                                skip = Some(*l);
                            }
                        }
                    }
                }
                for e in own_exprs(prog, s) {
                    if Some(e) == skip {
                        continue;
                    }
                    walk_exprs(prog, e, &mut |x| {
                        if let ExprKind::Name(v) = prog.expr(x).kind {
                            *uses.entry(v).or_insert(0) += 1;
                        }
                    });
                }
            });
        }
        let mut alive: Vec<FuncId> = clones.clone();
        for (s, v, c) in defs {
            // An inlined call's result variable is not a dead local for gc.
            if uses.get(&v).copied().unwrap_or(0) == 0 && !self.result_names.contains_key(&v) {
                self.prog.stmts[s.0 as usize].kind = StmtKind::Block(Vec::new());
                alive.retain(|x| *x != c);
            }
        }
        for (orig, clone) in self.cloned.clone() {
            let in_lit = self
                .orig
                .func(orig)
                .parent
                .is_some_and(|p| self.orig.func(p).parent.is_some() && inlined.contains(&p));
            if in_lit && alive.contains(&clone) {
                self.missed.push(self.prog.func(clone).pos);
            }
        }
    }

    /// The variable map of the copy whose result the called value `fun` is: a result
    /// variable, or a local assigned once from one.
    fn result_map(&self, fun: ExprId) -> Option<BTreeMap<VarId, VarId>> {
        let ExprKind::Name(v) = self.prog.expr(fun).kind else { return None };
        if let Some(m) = self.result_maps.get(&v) {
            return Some(m.clone());
        }
        let mut from = self.prog.stmts.iter().filter_map(|st| match &st.kind {
            StmtKind::Assign { lhs, rhs, .. } => match (&lhs[..], &rhs[..]) {
                ([Some(l)], [r]) if matches!(self.prog.expr(*l).kind, ExprKind::Name(x) if x == v) => {
                    match self.prog.expr(*r).kind {
                        ExprKind::Name(r) => Some(r),
                        _ => None,
                    }
                }
                _ => None,
            },
            _ => None,
        });
        let r = from.next()?;
        if from.next().is_some() {
            return None;
        }
        self.result_maps.get(&r).cloned()
    }

    /// A statement list with the calls of `nodes` inlined; `found` gets the positions done.
    fn list(
        &mut self,
        f: FuncId,
        list: &[StmtId],
        nodes: &[&Node],
        found: &mut Vec<*const Node>,
    ) -> Vec<StmtId> {
        let mut out = Vec::new();
        for &s in list {
            self.nested_lists(f, s, nodes, found);
            let mut calls = Vec::new();
            for e in own_exprs(&self.prog, s) {
                collect_calls(&self.prog, e, &mut calls);
            }
            let mut prelude = Vec::new();
            let mut at_calls = Vec::new();
            for e in calls {
                let p = self.prog.expr(e).pos;
                let at = |n: &&&Node| {
                    n.inner == (p.line, p.col) && !found.contains(&(**n as *const Node))
                };
                // Generated wrappers' calls all sit at `<autogenerated>:1`: only by callee.
                let by_pos = |n: &&&Node| p.line != 0 && at(n);
                let Some(n) = nodes
                    .iter()
                    .find(|n| at(n) && self.calls_static(e, n))
                    .or_else(|| nodes.iter().find(by_pos))
                else {
                    continue;
                };
                found.push(*n as *const Node);
                if !self.placeable(s) || !self.calls_static(e, n) {
                    self.missed.push(n.pos);
                    continue;
                }
                at_calls.push(n.pos);
                let results = self.inline(f, e, n, &mut prelude);
                self.replace_call(s, e, &results);
            }
            if !prelude.is_empty() && self.copying == 0 {
                let positions = |prog: &Program, list: &[StmtId]| {
                    let mut out = Vec::new();
                    for &st in list {
                        for e in own_exprs(prog, st) {
                            walk_exprs(prog, e, &mut |x| out.push(prog.expr(x).pos));
                        }
                    }
                    out
                };
                at_calls.extend(positions(&self.prog, &prelude));
                self.hoisted.push((at_calls, positions(&self.prog, &[s])));
            }
            out.extend(prelude);
            out.push(s);
        }
        out
    }

    /// The IR call is a static call of `callee` (or of a function value the site resolved
    /// to it: a literal, a variable bound to one, a parameter copy).
    fn calls_static(&self, e: ExprId, n: &Node) -> bool {
        let ExprKind::Call(c) = &self.prog.expr(e).kind else { return false };
        match &c.callee {
            Callee::Static(StaticCallee::Local(f)) => *f == n.callee,
            Callee::Dynamic => c.fun.is_some(),
            // Devirtualized in the copy: the method with the interface's dynamic value.
            Callee::Interface => n.devirt && c.recv.is_some(),
            _ => false,
        }
    }

    /// Statements whose calls can be hoisted before them.
    fn placeable(&self, s: StmtId) -> bool {
        !matches!(
            self.prog.stmt(s).kind,
            StmtKind::For { .. } | StmtKind::Go(_) | StmtKind::Defer(_) | StmtKind::Select { .. }
        )
    }

    /// Rewrites the statement lists nested in `s`.
    fn nested_lists(
        &mut self,
        f: FuncId,
        s: StmtId,
        nodes: &[&Node],
        found: &mut Vec<*const Node>,
    ) {
        let mut kind = self.prog.stmt(s).kind.clone();
        let mut l = |r: &mut Self, v: &mut Vec<StmtId>| *v = r.list(f, v, nodes, found);
        match &mut kind {
            StmtKind::Block(v) => l(self, v),
            StmtKind::If { then, els, .. } => {
                l(self, then);
                l(self, els);
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => l(self, body),
            StmtKind::Switch { cases, .. } => cases.iter_mut().for_each(|c| l(self, &mut c.body)),
            StmtKind::TypeSwitch { cases, .. } => {
                cases.iter_mut().for_each(|c| l(self, &mut c.body))
            }
            StmtKind::Select { cases } => cases.iter_mut().for_each(|c| l(self, &mut c.body)),
            _ => return,
        }
        self.prog.stmts[s.0 as usize].kind = kind;
    }

    /// The names gc prints for the result variables of the inlined calls (or the constant
    /// standing for a result converted to an interface).
    pub fn result_names(&self) -> impl Iterator<Item = &str> {
        let consts = self.consts.iter().filter(|(v, _)| self.shown_consts.contains(v));
        self.result_names.values().map(String::as_str).chain(consts.map(|(_, c)| c.0.as_str()))
    }

    /// Replaces call `e` of statement `s` by the result variables.
    fn replace_call(&mut self, s: StmtId, e: ExprId, results: &[VarId]) {
        if let StmtKind::AssignCall { lhs, call } = self.prog.stmt(s).kind.clone() {
            if call == e {
                let st = self.prog.stmt(s);
                self.stale.push((st.pos, self.prog.expr(e).text.clone()));
                let rhs = results.iter().map(|&v| self.name(v)).collect();
                self.prog.stmts[s.0 as usize].kind =
                    StmtKind::Assign { op: AssignOp::Pair, lhs, rhs };
                return;
            }
        }
        if let ([v], StmtKind::Assign { op: AssignOp::Assign | AssignOp::Pair, lhs, rhs }) =
            (results, &self.prog.stmt(s).kind)
        {
            let local =
                rhs.iter().zip(lhs).find_map(|(&r, l)| match l.map(|l| &self.prog.expr(l).kind) {
                    Some(&ExprKind::Name(n)) if r == e => Some(n),
                    _ => None,
                });
            let converted = |n: VarId| {
                self.prog.exprs.iter().any(|c| {
                    matches!(c.kind, ExprKind::ConvIface { x, .. }
                        if matches!(self.prog.expr(x).kind, ExprKind::Name(m) if m == n))
                })
            };
            if local.is_some_and(converted) && self.consts.contains_key(v) {
                self.const_locals.push(self.prog.expr(e).pos);
            }
        }
        let old_text = self.prog.expr(e).text.clone();
        let x = &mut self.prog.exprs[e.0 as usize];
        match results.first() {
            Some(&v) if results.len() == 1 => {
                x.kind = ExprKind::Name(v);
                self.prog.inlined_results.push(e);
                x.text = self.prog.vars[v.0 as usize].name.clone();
                // An implicit interface conversion of the call now converts the result
                // variable: gc names it by the callee's result (`~r0` when unnamed).
                let shown = self.result_names.get(&v).cloned().unwrap_or_default();
                if !old_text.is_empty() && !self.replaced_texts.contains(&old_text) {
                    self.replaced_texts.push(old_text.clone());
                }
                // The statement's `-m=2` text reads the result (`return ~r0`).
                let repl = self.stmt_repl.entry(s).or_default();
                let mut old = old_text.clone();
                for (a, b) in repl.iter() {
                    old = old.replacen(a.as_str(), b, 1);
                }
                let st = &mut self.prog.stmts[s.0 as usize].text;
                if !old.is_empty() {
                    match st.find(old.as_str()) {
                        Some(at) => {
                            st.replace_range(at..at + old.len(), &shown);
                            repl.push((old, shown.clone()));
                        }
                        None => {
                            let pos = self.prog.stmts[s.0 as usize].pos;
                            self.stale.push((pos, old));
                        }
                    }
                }
                for c in &mut self.prog.exprs {
                    if matches!(c.kind, ExprKind::ConvIface { x, .. } if x == e)
                        && c.text == old_text
                    {
                        c.text.clone_from(&shown);
                    }
                }
            }
            _ => x.kind = ExprKind::Const,
        }
    }

    /// The constant an argument statically is.
    fn const_of(&self, a: ExprId) -> Option<(String, Option<i64>)> {
        let x = self.prog.expr(a);
        match &x.kind {
            ExprKind::Const if x.text != "nil" => {
                Some((x.text.clone(), x.text.parse::<i64>().ok()))
            }
            ExprKind::Name(v) => self.consts.get(v).cloned(),
            _ => None,
        }
    }

    /// Whether argument `a` may statically be a slice literal (gc's `StaticValue` follows
    /// locals defined once, parameter copies and inlined results): a literal, a parameter
    /// copy bound to one, or a local whose definition may be one (conservatively: any
    /// local not defined by an assignment of something else).
    fn may_be_slice_lit(&self, a: ExprId, depth: u32) -> bool {
        if depth > 16 {
            return true;
        }
        match self.prog.expr(a).kind {
            ExprKind::SliceLit(_) => true,
            ExprKind::Name(v) if self.param_copies.contains(&v) => self.slice_lit_args.contains(&v),
            ExprKind::Name(v) => match self.copied_from.get(&v) {
                // A copied callee variable: its definition in the callee (whose operands
                // are not followed).
                Some(&o) => match self.orig.var(o).class {
                    VarClass::Local => match defn_value(self.orig, o) {
                        Ok(r) => matches!(
                            self.orig.expr(r).kind,
                            ExprKind::SliceLit(_) | ExprKind::Name(_)
                        ),
                        Err(maybe) => maybe,
                    },
                    VarClass::Result => true,
                    VarClass::Param => false,
                },
                None if self.prog.var(v).class == VarClass::Local => {
                    match defn_value(&self.prog, v) {
                        Ok(r) => self.may_be_slice_lit(r, depth + 1),
                        Err(maybe) => maybe,
                    }
                }
                None => false,
            },
            _ => false,
        }
    }

    /// go1.27's literal rewriting seen through a constant parameter copy: `make` sizes
    /// and interface conversions of the constant.
    fn rewrite_const(&mut self, kind: ExprKind, text: &str, cx: &CopyCx) -> ExprKind {
        match kind {
            ExprKind::MakeSlice {
                len,
                cap,
                const_size: None,
                static_size: None,
                rewritten_text: None,
            } => {
                let size = cap.unwrap_or(len);
                let sx = self.prog.expr(size);
                let c = match sx.kind {
                    ExprKind::Name(v) if self.shape_typed.contains(&v) => {
                        // A size of a type-parameter type: not modelled.
                        self.shape_consts.push(cx.pos);
                        None
                    }
                    ExprKind::Name(v) => self.consts.get(&v).cloned(),
                    ExprKind::Builtin(Builtin::Discard(ref l)) if sx.text.starts_with("len(") => {
                        if matches!(l[..], [x] if matches!(self.prog.expr(x).kind,
                            ExprKind::Name(v) if self.slice_lit_args.contains(&v)))
                        {
                            self.len_of_lits.push(cx.pos);
                        }
                        None
                    }
                    _ => None,
                };
                match c {
                    Some((t, Some(n))) if n >= 0 && text.ends_with(&format!("{})", sx.text)) => {
                        let head = &text[..text.len() - sx.text.len() - 1];
                        ExprKind::MakeSlice {
                            len,
                            cap,
                            const_size: None,
                            static_size: Some(n),
                            rewritten_text: Some(format!("{head}{t})")),
                        }
                    }
                    _ => ExprKind::MakeSlice {
                        len,
                        cap,
                        const_size: None,
                        static_size: None,
                        rewritten_text: None,
                    },
                }
            }
            ExprKind::ConvIface { x, rewritten_text: None } => {
                let rewritten_text = match self.prog.expr(x).kind {
                    ExprKind::Name(v) => self.consts.get(&v).map(|c| c.0.clone()),
                    _ => None,
                };
                let shape_typed = matches!(self.prog.expr(x).kind,
                    ExprKind::Name(v) if self.shape_typed.contains(&v));
                if rewritten_text.is_some() && cx.shape && !shape_typed {
                    // gc prints the constant converted to the shape (`go.shape.int(1)`).
                    self.shape_consts.push(cx.pos);
                }
                ExprKind::ConvIface { x, rewritten_text }
            }
            k => k,
        }
    }

    fn name(&mut self, v: VarId) -> ExprId {
        let var = self.prog.var(v).clone();
        self.push_expr(Expr { kind: ExprKind::Name(v), pos: var.pos, text: var.name, ty: var.ty })
    }

    fn push_expr(&mut self, e: Expr) -> ExprId {
        self.prog.exprs.push(e);
        ExprId(self.prog.exprs.len() as u32 - 1)
    }

    fn push_stmt(&mut self, kind: StmtKind, pos: Pos, text: String) -> StmtId {
        self.prog.stmts.push(Stmt { kind, pos, text });
        StmtId(self.prog.stmts.len() as u32 - 1)
    }

    fn new_var(&mut self, f: FuncId, from: VarId, name: String, pos: Pos) -> VarId {
        let v = Var {
            name,
            pos,
            func: f,
            class: VarClass::Local,
            ty: self.orig.var(from).ty,
            defn: None,
        };
        self.prog.vars.push(v);
        let id = VarId(self.prog.vars.len() as u32 - 1);
        self.copied_from.insert(id, from);
        self.prog.funcs[f.0 as usize].locals.push(id);
        id
    }

    /// Inlines call `e` (to `n.callee`) into function `f`: appends the parameter
    /// assignments and the copied body to `out`, returns the result variables.
    fn inline(&mut self, f: FuncId, e: ExprId, n: &Node, out: &mut Vec<StmtId>) -> Vec<VarId> {
        let ExprKind::Call(call) = self.prog.expr(e).kind.clone() else { return Vec::new() };
        let callee = self.orig.func(n.callee).clone();
        let pos = n.pos;
        // A literal's body inlined inside a copy (or called through the result of a copy
        // that returned it) reads the copy's variables.
        let mut map: BTreeMap<VarId, VarId> = match self.outer_maps.last() {
            Some(m) => m.clone(),
            None => call.fun.and_then(|x| self.result_map(x)).unwrap_or_default(),
        };
        let args: Vec<ExprId> = call.recv.iter().chain(call.args.iter()).copied().collect();
        let params: Vec<Option<VarId>> = callee.recv_params().map(|p| p.var).collect();
        // gc binds the parameters in one `p, q := a, b` statement (its `-m=2` text); with
        // an unnamed parameter the text is left empty (not modelled).
        let bind = if params.len() == args.len() && params.iter().all(Option::is_some) {
            let names: Vec<&str> =
                params.iter().flatten().map(|p| self.orig.var(*p).name.as_str()).collect();
            let vals: Vec<&str> = args.iter().map(|a| self.prog.expr(*a).text.as_str()).collect();
            format!("{} := {}", names.join(", "), vals.join(", "))
        } else {
            String::new()
        };
        let bind_op = if bind.is_empty() { AssignOp::Assign } else { AssignOp::Pair };
        for (i, a) in args.iter().enumerate() {
            let lhs = match params.get(i).copied().flatten() {
                Some(p) => {
                    let name = self.orig.var(p).name.clone();
                    let v = self.new_var(f, p, name, pos);
                    self.param_copies.push(v);
                    map.insert(p, v);
                    if !assigned(self.orig, n.callee, p) {
                        if self.may_be_slice_lit(*a, 0) {
                            self.slice_lit_args.push(v);
                        }
                        if let Some(c) = self.const_of(*a) {
                            // A constant passed for a type-parameter-typed parameter is
                            // converted to its shape (`go.shape.int(1)`); written plainly.
                            let shape = n.shape_params.get(i).cloned().flatten();
                            let plain = !c.0.contains('(');
                            match shape {
                                Some(sh) if plain => {
                                    self.consts.insert(v, (format!("{sh}({})", c.0), c.1));
                                    self.shape_typed.push(v);
                                }
                                _ => {
                                    self.consts.insert(v, c);
                                }
                            }
                        }
                    }
                    let d = self.push_stmt(StmtKind::Decl(v), pos, String::new());
                    out.push(d);
                    Some(self.name(v))
                }
                None => None,
            };
            let st = self.push_stmt(
                StmtKind::Assign { op: bind_op, lhs: vec![lhs], rhs: vec![*a] },
                pos,
                bind.clone(),
            );
            // The binding defines the copy (gc's `Defn`): it is not a reassignment (a
            // literal of the body captures the copy by value).
            if let Some(ExprKind::Name(v)) = lhs.map(|l| self.prog.expr(l).kind.clone()) {
                self.prog.vars[v.0 as usize].defn = Some(st);
            }
            out.push(st);
        }
        let mut results = Vec::new();
        for &r in &callee.results {
            let orig_name = self.orig.var(r).name.clone();
            // gc (unified IR) keeps the callee's result names (`~r0` when unnamed).
            let v = self.new_var(f, r, orig_name.clone(), pos);
            self.result_names.insert(v, orig_name);
            map.insert(r, v);
            let d = self.push_stmt(StmtKind::Decl(v), pos, String::new());
            out.push(d);
            results.push(v);
        }
        for &l in &callee.locals {
            let name = self.orig.var(l).name.clone();
            let v = self.new_var(f, l, name, pos);
            map.insert(l, v);
        }
        for &r in &results {
            self.result_maps.insert(r, map.clone());
        }
        let shape = callee.name.contains("go.shape");
        let mut cx = CopyCx {
            shape,
            map,
            labels: BTreeMap::new(),
            pos,
            results: results.clone(),
            orig_pos: BTreeMap::new(),
            returned: Vec::new(),
            into: f,
            keep: false,
            lits: 0,
            callee_name: callee.name.clone(),
        };
        let body: Vec<StmtId> = callee
            .body
            .clone()
            .unwrap_or_default()
            .iter()
            .map(|&s| self.copy_stmt(s, &mut cx))
            .collect();
        // Calls gc inlines inside the copy.
        let kids: Vec<&Node> = n.children.iter().collect();
        let mut found = Vec::new();
        self.copying += 1;
        self.outer_maps.push(cx.map.clone());
        let body = self.with_orig_pos(&cx, |r| r.list(f, &body, &kids, &mut found));
        self.outer_maps.pop();
        self.copying -= 1;
        for k in &n.children {
            if !found.contains(&(k as *const Node)) {
                self.missed.push(k.pos);
            }
        }
        // A result defined only by the body's one `return c` of a constant stands for
        // it (go1.27's static-value rewrite prints `99 escapes`, not `~r0`).
        if let ([r], [ret], [orig]) = (&results[..], &cx.returned[..], &callee.results[..]) {
            // A named result is zeroed first (two definitions): gc prints its name.
            let unnamed = self.orig.var(*orig).name.starts_with("~r");
            if unnamed && !assigned(self.orig, n.callee, *orig) {
                if let Some(c) = self.const_of(*ret) {
                    self.consts.insert(*r, c);
                }
            }
        }
        out.extend(body);
        results
    }

    /// Runs `g` with the copied expressions temporarily at their original positions (the
    /// nested inlined calls are found by those), then moves them to the call's.
    fn with_orig_pos<T>(&mut self, cx: &CopyCx, g: impl FnOnce(&mut Self) -> T) -> T {
        for (&e, &p) in &cx.orig_pos {
            self.prog.exprs[e.0 as usize].pos = p;
        }
        let r = g(self);
        for &e in cx.orig_pos.keys() {
            self.prog.exprs[e.0 as usize].pos = cx.pos;
        }
        r
    }

    fn copy_stmt(&mut self, s: StmtId, cx: &mut CopyCx) -> StmtId {
        let st = self.orig.stmt(s).clone();
        let mut text = None;
        let kind = match st.kind {
            StmtKind::Return(list) if cx.keep => {
                StmtKind::Return(list.iter().map(|&e| self.copy_expr(e, cx)).collect())
            }
            StmtKind::Return(list) if !list.is_empty() => {
                let list: Vec<ExprId> = list.iter().map(|&e| self.copy_expr(e, cx)).collect();
                if list.len() == 1 {
                    cx.returned.push(list[0]);
                }
                let lhs: Vec<Option<ExprId>> =
                    cx.results.clone().iter().map(|&v| Some(self.name_at(v, cx.pos))).collect();
                if list.len() == 1 && lhs.len() > 1 {
                    StmtKind::AssignCall { lhs, call: list[0] }
                } else {
                    // gc: `~r0, ~r1 = x, y` (one assign-pair statement, its `-m=2` text).
                    let names: Vec<&str> =
                        cx.results.iter().map(|v| self.prog.var(*v).name.as_str()).collect();
                    let vals: Vec<&str> =
                        list.iter().map(|e| self.prog.expr(*e).text.as_str()).collect();
                    text = Some(format!("{} = {}", names.join(", "), vals.join(", ")));
                    StmtKind::Assign { op: AssignOp::Pair, lhs, rhs: list }
                }
            }
            StmtKind::Return(_) => StmtKind::Branch,
            StmtKind::Block(l) => StmtKind::Block(self.copy_list(&l, cx)),
            StmtKind::Decl(v) => StmtKind::Decl(cx.var(v)),
            StmtKind::Label(l) => StmtKind::Label(self.label(l, cx)),
            StmtKind::Goto(l) => StmtKind::Goto(self.label(l, cx)),
            StmtKind::Branch => StmtKind::Branch,
            StmtKind::If { cond, then, els } => StmtKind::If {
                cond: self.copy_expr(cond, cx),
                then: self.copy_list(&then, cx),
                els: self.copy_list(&els, cx),
            },
            StmtKind::For { cond, post, body } => StmtKind::For {
                cond: cond.map(|c| self.copy_expr(c, cx)),
                post: post.map(|p| self.copy_stmt(p, cx)),
                body: self.copy_list(&body, cx),
            },
            StmtKind::Range { x, key, value, body } => StmtKind::Range {
                x: self.copy_expr(x, cx),
                key: key.map(|k| self.copy_expr(k, cx)),
                value: value.map(|v| self.copy_expr(v, cx)),
                body: self.copy_list(&body, cx),
            },
            StmtKind::Switch { tag, cases } => StmtKind::Switch {
                tag: tag.map(|t| self.copy_expr(t, cx)),
                cases: cases
                    .into_iter()
                    .map(|c| SwitchCase {
                        exprs: c.exprs.iter().map(|&e| self.copy_expr(e, cx)).collect(),
                        body: self.copy_list(&c.body, cx),
                    })
                    .collect(),
            },
            StmtKind::TypeSwitch { x, cases } => StmtKind::TypeSwitch {
                x: self.copy_expr(x, cx),
                cases: cases
                    .into_iter()
                    .map(|c| TypeCase {
                        var: c.var.map(|v| cx.var(v)),
                        pos: if cx.keep { c.pos } else { cx.pos },
                        text: c.text,
                        body: self.copy_list(&c.body, cx),
                    })
                    .collect(),
            },
            StmtKind::Select { cases } => StmtKind::Select {
                cases: cases
                    .into_iter()
                    .map(|c| SelectCase {
                        comm: c.comm.map(|s| self.copy_stmt(s, cx)),
                        body: self.copy_list(&c.body, cx),
                    })
                    .collect(),
            },
            StmtKind::Send { ch, value } => {
                StmtKind::Send { ch: self.copy_expr(ch, cx), value: self.copy_expr(value, cx) }
            }
            StmtKind::Assign { op, lhs, rhs } => StmtKind::Assign {
                op,
                lhs: lhs.iter().map(|l| l.map(|e| self.copy_expr(e, cx))).collect(),
                rhs: rhs.iter().map(|&e| self.copy_expr(e, cx)).collect(),
            },
            StmtKind::AssignCall { lhs, call } => StmtKind::AssignCall {
                lhs: lhs.iter().map(|l| l.map(|e| self.copy_expr(e, cx))).collect(),
                call: self.copy_expr(call, cx),
            },
            StmtKind::Expr(e) => StmtKind::Expr(self.copy_expr(e, cx)),
            StmtKind::Go(e) => StmtKind::Go(self.copy_expr(e, cx)),
            StmtKind::Defer(e) => StmtKind::Defer(self.copy_expr(e, cx)),
        };
        let pos = if cx.keep { st.pos } else { cx.pos };
        self.push_stmt(kind, pos, text.unwrap_or(st.text))
    }

    /// A function literal of a copied body becomes a new closure of the function the copy
    /// goes into (gc copies it): its own variables fresh, its captures of the inlined
    /// function's variables those of the copy, its body at its own positions.
    fn clone_lit(&mut self, g: FuncId, cx: &mut CopyCx) -> FuncId {
        let orig = self.orig.func(g).clone();
        let id = FuncId(self.prog.funcs.len() as u32);
        cx.lits += 1;
        // A literal of the inlined body is named after it (`f.func1`), one nested in a
        // cloned literal after that clone (`f.func1.1`).
        let in_closure = self.prog.func(cx.into).parent.is_some();
        let name = if cx.keep || in_closure {
            format!("{}.{}", cx.callee_name, cx.lits)
        } else {
            format!("{}.func{}", cx.callee_name, cx.lits)
        };
        self.prog.funcs.push(Func {
            name: name.clone(),
            parent: Some(cx.into),
            body: None,
            locals: Vec::new(),
            captures: Vec::new(),
            ..orig.clone()
        });
        let mut map = cx.map.clone();
        let fresh = |r: &mut Self, v: VarId, map: &mut BTreeMap<VarId, VarId>| {
            let mut var = r.orig.var(v).clone();
            var.func = id;
            var.defn = None;
            r.prog.vars.push(var);
            let n = VarId(r.prog.vars.len() as u32 - 1);
            map.insert(v, n);
            n
        };
        let param = |r: &mut Self, p: &Param, map: &mut BTreeMap<VarId, VarId>| Param {
            var: p.var.map(|v| fresh(r, v, map)),
            ..p.clone()
        };
        let recv = orig.recv.as_ref().map(|p| param(self, p, &mut map));
        let params: Vec<Param> = orig.params.iter().map(|p| param(self, p, &mut map)).collect();
        let results: Vec<VarId> = orig.results.iter().map(|&v| fresh(self, v, &mut map)).collect();
        let locals: Vec<VarId> = orig.locals.iter().map(|&v| fresh(self, v, &mut map)).collect();
        let captures: Vec<Capture> =
            orig.captures.iter().map(|c| Capture { var: cx.var(c.var), pos: c.pos }).collect();
        let mut inner = CopyCx {
            map,
            labels: BTreeMap::new(),
            pos: cx.pos,
            results: Vec::new(),
            orig_pos: BTreeMap::new(),
            shape: cx.shape,
            returned: Vec::new(),
            into: id,
            keep: true,
            lits: 0,
            callee_name: name,
        };
        let body = orig.body.as_ref().map(|b| self.copy_list(b, &mut inner));
        let f = &mut self.prog.funcs[id.0 as usize];
        f.recv = recv;
        f.params = params;
        f.results = results;
        f.locals = locals;
        f.captures = captures;
        f.body = body;
        self.cloned.push((g, id));
        id
    }

    fn name_at(&mut self, v: VarId, pos: Pos) -> ExprId {
        let var = self.prog.var(v).clone();
        self.push_expr(Expr { kind: ExprKind::Name(v), pos, text: var.name, ty: var.ty })
    }

    fn copy_list(&mut self, l: &[StmtId], cx: &mut CopyCx) -> Vec<StmtId> {
        l.iter().map(|&s| self.copy_stmt(s, cx)).collect()
    }

    fn label(&mut self, l: LabelId, cx: &mut CopyCx) -> LabelId {
        if let Some(&n) = cx.labels.get(&l) {
            return n;
        }
        self.next_label += 1;
        let n = LabelId(self.next_label);
        cx.labels.insert(l, n);
        n
    }

    fn copy_expr(&mut self, e: ExprId, cx: &mut CopyCx) -> ExprId {
        let x = self.orig.expr(e).clone();
        let mut c = |r: &mut Self, e: ExprId| r.copy_expr(e, cx);
        let kind = match x.kind {
            ExprKind::Name(v) => ExprKind::Name(cx.var(v)),
            ExprKind::Global | ExprKind::FuncName(_) | ExprKind::Const | ExprKind::New => x.kind,
            ExprKind::Unary(a) => ExprKind::Unary(c(self, a)),
            ExprKind::Binary(a, b) => ExprKind::Binary(c(self, a), c(self, b)),
            ExprKind::Addr(a) => ExprKind::Addr(c(self, a)),
            ExprKind::Deref(a) => ExprKind::Deref(c(self, a)),
            ExprKind::Dot { x: a, ptr } => ExprKind::Dot { x: c(self, a), ptr },
            ExprKind::TypeAssert(a) => ExprKind::TypeAssert(c(self, a)),
            ExprKind::Index { x: a, index } => {
                ExprKind::Index { x: c(self, a), index: c(self, index) }
            }
            ExprKind::MapIndex { map, key } => {
                ExprKind::MapIndex { map: c(self, map), key: c(self, key) }
            }
            ExprKind::Slice { x: a, lo, hi, max } => ExprKind::Slice {
                x: c(self, a),
                lo: lo.map(|v| c(self, v)),
                hi: hi.map(|v| c(self, v)),
                max: max.map(|v| c(self, v)),
            },
            ExprKind::Conv(a) => ExprKind::Conv(c(self, a)),
            ExprKind::UnsafePointerFromUintptr(a) => ExprKind::UnsafePointerFromUintptr(c(self, a)),
            ExprKind::ConvIface { x: a, rewritten_text } => {
                ExprKind::ConvIface { x: c(self, a), rewritten_text }
            }
            ExprKind::StrConv { x: a, op } => ExprKind::StrConv { x: c(self, a), op },
            ExprKind::AddStr(l) => ExprKind::AddStr(l.iter().map(|&v| c(self, v)).collect()),
            ExprKind::SliceToArray(a) => ExprKind::SliceToArray(c(self, a)),
            ExprKind::SliceToArrayPtr(a) => ExprKind::SliceToArrayPtr(c(self, a)),
            ExprKind::Recv(a) => ExprKind::Recv(c(self, a)),
            ExprKind::Call(call) => ExprKind::Call(Call {
                callee: call.callee,
                fun: call.fun.map(|v| c(self, v)),
                recv: call.recv.map(|v| c(self, v)),
                args: call.args.iter().map(|&v| c(self, v)).collect(),
                results: call.results,
            }),
            ExprKind::Builtin(b) => ExprKind::Builtin(match b {
                Builtin::Append { args, ddd } => {
                    Builtin::Append { args: args.iter().map(|&v| c(self, v)).collect(), ddd }
                }
                Builtin::Copy { dst, src } => {
                    Builtin::Copy { dst: c(self, dst), src: c(self, src) }
                }
                Builtin::Panic(a) => Builtin::Panic(c(self, a)),
                Builtin::MinMax(l) => Builtin::MinMax(l.iter().map(|&v| c(self, v)).collect()),
                Builtin::Discard(l) => Builtin::Discard(l.iter().map(|&v| c(self, v)).collect()),
                Builtin::Clear(a) => Builtin::Clear(c(self, a)),
                Builtin::UnsafeData(a) => Builtin::UnsafeData(c(self, a)),
                Builtin::UnsafeAdd { ptr, len } => {
                    Builtin::UnsafeAdd { ptr: c(self, ptr), len: c(self, len) }
                }
            }),
            ExprKind::MakeSlice { len, cap, const_size, static_size, rewritten_text } => {
                ExprKind::MakeSlice {
                    len: c(self, len),
                    cap: cap.map(|v| c(self, v)),
                    const_size,
                    static_size,
                    rewritten_text,
                }
            }
            ExprKind::MakeMap(a) => ExprKind::MakeMap(a.map(|v| c(self, v))),
            ExprKind::MakeChan(a) => ExprKind::MakeChan(a.map(|v| c(self, v))),
            ExprKind::MethodValue { x: a, target, results, closure_size } => {
                ExprKind::MethodValue { x: c(self, a), target, results, closure_size }
            }
            ExprKind::PtrLit(a) => ExprKind::PtrLit(c(self, a)),
            ExprKind::ArrayLit(l) => ExprKind::ArrayLit(l.iter().map(|&v| c(self, v)).collect()),
            ExprKind::StructLit(l) => ExprKind::StructLit(l.iter().map(|&v| c(self, v)).collect()),
            ExprKind::SliceLit(l) => ExprKind::SliceLit(l.iter().map(|&v| c(self, v)).collect()),
            ExprKind::MapLit(l) => {
                ExprKind::MapLit(l.iter().map(|&(k, v)| (c(self, k), c(self, v))).collect())
            }
            ExprKind::FuncLit(f) => ExprKind::FuncLit(self.clone_lit(f, cx)),
        };
        let kind = if cx.keep {
            // gc's static-value rewrites of a captured constant parameter copy inside a
            // cloned literal: not modelled.
            let captured_const = |e: &ExprId| matches!(self.prog.expr(*e).kind, ExprKind::Name(v) if self.consts.contains_key(&v));
            let hit = match &kind {
                ExprKind::ConvIface { x, .. } => captured_const(x),
                ExprKind::MakeSlice { len, cap, .. } => {
                    let size = cap.unwrap_or(*len);
                    let lit_len = matches!(&self.prog.expr(size).kind,
                        ExprKind::Builtin(Builtin::Discard(l)) if matches!(l[..], [x]
                            if matches!(self.prog.expr(x).kind,
                                ExprKind::Name(v) if self.slice_lit_args.contains(&v))));
                    lit_len || captured_const(len) || cap.as_ref().is_some_and(captured_const)
                }
                _ => false,
            };
            if hit {
                self.missed.push(cx.pos);
            }
            kind
        } else {
            self.rewrite_const(kind, &x.text, cx)
        };
        let pos = if cx.keep { x.pos } else { cx.pos };
        let id = self.push_expr(Expr { kind, pos, text: x.text, ty: x.ty });
        cx.orig_pos.insert(id, x.pos);
        if self.orig.reflect_data.contains(&e) {
            self.prog.reflect_data.push(id);
        }
        id
    }
}

/// The value local `v` is defined with (`v := x`, one of `a, v := x, y`), or whether its
/// definition may be a slice literal when it is no such assignment.
fn defn_value(prog: &Program, v: VarId) -> Result<ExprId, bool> {
    let Some(d) = prog.var(v).defn else { return Err(true) };
    match &prog.stmt(d).kind {
        StmtKind::Assign { lhs, rhs, .. } => {
            let at = lhs.iter().position(|l| {
                l.is_some_and(|l| matches!(prog.expr(l).kind, ExprKind::Name(w) if w == v))
            });
            at.and_then(|i| rhs.get(i).copied()).ok_or(true)
        }
        StmtKind::AssignCall { .. } => Err(false),
        _ => Err(true),
    }
}

struct CopyCx {
    map: BTreeMap<VarId, VarId>,
    labels: BTreeMap<LabelId, LabelId>,
    pos: Pos,
    results: Vec<VarId>,
    /// Copied expressions and their positions in the callee.
    orig_pos: BTreeMap<ExprId, Pos>,
    /// Copying a shape instantiation.
    shape: bool,
    /// The copied values of the callee's single-value `return` statements.
    returned: Vec<ExprId>,
    /// The function the copy goes into (a cloned literal's parent).
    into: FuncId,
    /// Cloning a function literal's body: positions and `return`s are kept.
    keep: bool,
    /// Literals cloned so far in this copy (gc numbers the clones `F.funcN`).
    lits: u32,
    /// The inlined function's name.
    callee_name: String,
}

impl CopyCx {
    fn var(&self, v: VarId) -> VarId {
        self.map.get(&v).copied().unwrap_or(v)
    }
}

/// Whether the callee assigns parameter `p` or takes its address.
fn assigned(prog: &Program, f: FuncId, p: VarId) -> bool {
    let is_p = |e: &ExprId| matches!(prog.expr(*e).kind, ExprKind::Name(v) if v == p);
    let mut found = prog.exprs.iter().any(|e| matches!(&e.kind, ExprKind::Addr(x) if is_p(x)));
    let body = prog.func(f).body.clone().unwrap_or_default();
    prog.walk_stmts(&body, &mut |s| match &prog.stmt(s).kind {
        StmtKind::Assign { lhs, .. } | StmtKind::AssignCall { lhs, .. } => {
            found |= lhs.iter().flatten().any(is_p);
        }
        StmtKind::Range { key, value, .. } => {
            found |= key.iter().chain(value.iter()).any(is_p);
        }
        _ => {}
    });
    found
}

/// The expressions a statement evaluates itself (not those of nested statement lists).
pub(crate) fn own_exprs(prog: &Program, s: StmtId) -> Vec<ExprId> {
    match &prog.stmt(s).kind {
        StmtKind::If { cond, .. } => vec![*cond],
        StmtKind::Range { x, .. } => vec![*x],
        StmtKind::Switch { tag, cases } => {
            tag.iter().copied().chain(cases.iter().flat_map(|c| c.exprs.iter().copied())).collect()
        }
        StmtKind::TypeSwitch { x, .. } => vec![*x],
        StmtKind::Send { ch, value } => vec![*ch, *value],
        StmtKind::Assign { lhs, rhs, .. } => {
            lhs.iter().flatten().chain(rhs.iter()).copied().collect()
        }
        StmtKind::AssignCall { lhs, call } => {
            lhs.iter().flatten().copied().chain([*call]).collect()
        }
        StmtKind::Return(l) => l.clone(),
        StmtKind::Expr(e) => vec![*e],
        StmtKind::For { cond, .. } => cond.iter().copied().collect(),
        StmtKind::Go(e) | StmtKind::Defer(e) => vec![*e],
        _ => Vec::new(),
    }
}

/// Calls inside an expression, innermost first (gc's post-order).
pub(crate) fn collect_calls(prog: &Program, e: ExprId, out: &mut Vec<ExprId>) {
    walk_exprs(prog, e, &mut |x| {
        if matches!(prog.expr(x).kind, ExprKind::Call(_)) {
            out.push(x);
        }
    });
}

/// Every expression inside `e` (itself included), children first.
pub(crate) fn walk_exprs(prog: &Program, e: ExprId, out: &mut dyn FnMut(ExprId)) {
    prog.expr(e).kind.for_each_child(&mut |x| walk_exprs(prog, x, out));
    out(e);
}
