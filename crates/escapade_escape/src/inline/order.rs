//! The functions of a file in gc's `CanInlineFuncs` order and their verdicts.
//!
//! gc visits declared functions bottom-up (Tarjan SCCs of the reference graph, closures
//! placed in their enclosing function's component, after it) and checks each once; a
//! closure called from the body being costed is checked first, when its call is costed.

use std::collections::{BTreeMap, BTreeSet};

use escapade_base::LineIndex;
use escapade_syntax::ast::{self, ExprKind, StmtKind};
use escapade_types::info::FileInfo;
use escapade_types::{Checker, ObjId, ObjKind};

use super::cost::{CalleeCost, Callees, Cost, Visitor, BUDGET, CALL_COST};
use super::{FnInfo, FnKey, Index, Inlined, Verdict};
use crate::ir::{Pos, Program};

/// gc's `inlineClosureCalledOnceCost`: the budget of a function literal.
pub const CLOSURE_BUDGET: i64 = 10 * BUDGET;

pub struct Collected<'a> {
    pub list: Vec<FnInfo<'a>>,
    /// Position of a generic declaration (not modelled).
    pub generic: Option<Pos>,
    /// The generated method wrappers that call the file's methods, in gc's order (`None`:
    /// an embedding not modelled).
    pub promoted: Option<Vec<super::effect::Wrap>>,
}

/// The declared functions (source order) each followed by its function literals (pre-order).
pub fn collect<'a>(
    c: &mut Checker,
    info: &FileInfo,
    file: &'a ast::File,
    lines: &LineIndex,
    prog: &Program,
    text: &str,
) -> Collected<'a> {
    let mut list = Vec::new();
    let mut generic = None;
    let mut n_init = 0;
    let ir_at = |p: Pos| {
        prog.funcs
            .iter()
            .enumerate()
            .find(|(_, f)| f.pos.line == p.line && f.pos.col == p.col && !f.wrapper)
            .map(|(i, _)| crate::ir::FuncId(i as u32))
    };
    for d in &file.decls {
        let ast::DeclKind::Func(fd) = &d.kind else { continue };
        let at = fd.recv.as_ref().map_or(fd.name.span.start, |r| r.span.start);
        let pos = super::pos_at(lines, at as usize);
        let Some(obj) = info.defs.get(fd.name.id.index()).copied().flatten() else { continue };
        if fd.type_params.is_some() || recv_generic(fd) {
            let name_pos = super::pos_at(lines, fd.name.span.start as usize);
            let has_lit = fd.body.as_ref().is_some_and(|b| {
                let mut found = false;
                crate::lower::visit::stmts(&b.stmts, 0, &mut |e, _| {
                    found |= matches!(e.kind, ExprKind::FuncLit { .. });
                });
                found
            });
            if has_lit || fd.body.is_none() {
                generic.get_or_insert(pos);
                continue;
            }
            let mut params = Vec::new();
            for fl in fd.recv.iter().chain(std::iter::once(&fd.sig.params)) {
                for f in &fl.fields {
                    for n in &f.names {
                        if let Some(o) = info.defs.get(n.id.index()).copied().flatten() {
                            params.push(o);
                        }
                    }
                }
            }
            let directives = directives_before(text, d.span.start as usize);
            for (i, f) in prog.funcs.iter().enumerate() {
                let id = crate::ir::FuncId(i as u32);
                let at_name = f.pos.line == name_pos.line && f.pos.col == name_pos.col;
                let at_decl = f.pos.line == pos.line && f.pos.col == pos.col;
                let is_shape = f.name.contains("go.shape");
                if is_shape && at_name {
                    list.push(FnInfo {
                        key: FnKey::Ir(id),
                        name: f.name.clone(),
                        pos,
                        body: fd.body.as_ref(),
                        params: params.clone(),
                        parent: None,
                        ir: Some(id),
                        noinline: directives.iter().any(|d| d == "go:noinline"),
                        pragma: None,
                        span: d.span,
                        sig_ty: Some(c.obj_type(obj)),
                        generic: Some(obj),
                        inst_of: None,
                    });
                } else if !is_shape && (at_name || at_decl) && f.dupok {
                    let call = inst_call(prog, id);
                    let Some((shape, call_pos)) = call else {
                        generic.get_or_insert(pos);
                        continue;
                    };
                    list.push(FnInfo {
                        key: FnKey::Ir(id),
                        name: f.name.clone(),
                        pos,
                        body: None,
                        params: Vec::new(),
                        parent: None,
                        ir: Some(id),
                        noinline: false,
                        pragma: None,
                        span: d.span,
                        sig_ty: None,
                        generic: None,
                        inst_of: Some((shape, call_pos)),
                    });
                }
            }
            continue;
        }
        if fd.name.is_blank() {
            continue;
        }
        let ir = ir_at(super::pos_at(lines, fd.name.span.start as usize));
        let mut name =
            ir.map(|f| prog.func(f).name.clone()).unwrap_or_else(|| fd.name.name.clone());
        if fd.name.name == "init" && fd.recv.is_none() {
            name = format!("init.{n_init}");
            n_init += 1;
        }
        let mut noinline = ir.is_some_and(|f| prog.func(f).pragmas.noinline);
        let directives = directives_before(text, d.span.start as usize);
        if directives.iter().any(|d| d == "go:noinline") {
            noinline = true;
        }
        let pragma = directives.iter().find_map(|d| match d.as_str() {
            "go:uintptrkeepalive" => Some("marked as having a keep-alive uintptr argument"),
            "go:uintptrescapes" => Some("marked as having a keep-alive uintptr argument"),
            "go:cgo_unsafe_args" => Some("marked go:cgo_unsafe_args"),
            "go:yeswritebarrierrec" => Some("marked go:yeswritebarrierrec"),
            _ => None,
        });
        let mut params = Vec::new();
        for fl in fd.recv.iter().chain(std::iter::once(&fd.sig.params)) {
            for f in &fl.fields {
                for n in &f.names {
                    if let Some(o) = info.defs.get(n.id.index()).copied().flatten() {
                        params.push(o);
                    }
                }
            }
        }
        list.push(FnInfo {
            key: FnKey::Decl(obj),
            name,
            pos,
            body: fd.body.as_ref(),
            params,
            parent: None,
            ir,
            noinline,
            pragma,
            span: d.span,
            sig_ty: None,
            generic: None,
            inst_of: None,
        });
        if let Some(b) = &fd.body {
            let mut lits = Vec::new();
            crate::lower::visit::stmts(&b.stmts, 0, &mut |e, _| {
                if let ExprKind::FuncLit { .. } = e.kind {
                    lits.push(e);
                }
            });
            for e in lits {
                let ExprKind::FuncLit { sig, body } = &e.kind else { continue };
                let pos = super::pos_at(lines, e.span.start as usize);
                let ir = ir_at(pos);
                let Some(f) = ir else { continue };
                let mut params = Vec::new();
                for f in &sig.params.fields {
                    for n in &f.names {
                        if let Some(o) = info.defs.get(n.id.index()).copied().flatten() {
                            params.push(o);
                        }
                    }
                }
                list.push(FnInfo {
                    key: FnKey::Lit(e.id),
                    name: prog.func(f).name.clone(),
                    pos,
                    body: Some(body),
                    params,
                    parent: Some(obj),
                    ir: Some(f),
                    noinline: false,
                    pragma: None,
                    span: e.span,
                    sig_ty: info.type_of(e.id).map(|t| t.ty),
                    generic: None,
                    inst_of: None,
                });
            }
        }
    }
    let promoted = super::effect::promoted_wrappers(c, file, info);
    Collected { list, generic, promoted }
}

/// The `//go:` directives on the comment lines directly above offset `at`.
fn directives_before(text: &str, at: usize) -> Vec<String> {
    let mut out = Vec::new();
    let before = &text[..at.min(text.len())];
    for line in before.lines().rev().skip(usize::from(!before.ends_with('\n'))) {
        let l = line.trim();
        match l.strip_prefix("//") {
            Some(d) if d.starts_with("go:") => {
                out.push(d.split_whitespace().next().unwrap_or("").to_string())
            }
            Some(_) => {}
            None => break,
        }
    }
    out
}

/// The shape instantiation an instantiation wrapper calls, with the call's position.
fn inst_call(prog: &Program, f: crate::ir::FuncId) -> Option<(crate::ir::FuncId, Pos)> {
    let body = prog.func(f).body.as_ref()?;
    let mut calls = Vec::new();
    for &s in body {
        for e in super::rewrite::own_exprs(prog, s) {
            super::rewrite::collect_calls(prog, e, &mut calls);
        }
    }
    match calls.as_slice() {
        [e] => match &prog.expr(*e).kind {
            crate::ir::ExprKind::Call(crate::ir::Call {
                callee: crate::ir::Callee::Static(crate::ir::StaticCallee::Local(s)),
                ..
            }) => Some((*s, prog.expr(*e).pos)),
            _ => None,
        },
        _ => None,
    }
}

fn recv_generic(fd: &ast::FuncDecl) -> bool {
    fd.recv.as_ref().is_some_and(|r| {
        r.fields.iter().any(|f| {
            let mut t = crate::lower::strip(&f.ty);
            if let ExprKind::Star(x) = &t.kind {
                t = crate::lower::strip(x);
            }
            matches!(t.kind, ExprKind::Index { .. })
        })
    })
}

/// Result types of a function type.
fn results_of(c: &mut Checker, t: escapade_types::TypeId) -> Vec<escapade_types::TypeId> {
    let u = c.under(t);
    match c.types.kind(u) {
        escapade_types::TypeKind::Func(s) => s.results.iter().map(|p| p.ty).collect(),
        _ => Vec::new(),
    }
}

/// The call a site makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Func(FnKey),
    /// An imported function: gc's name and whether it is inlinable.
    Std {
        name: String,
        inlinable: bool,
    },
    /// A call through a parameter: static once the function is inlined with a function
    /// argument for it.
    Param(ObjId),
    /// An interface method call, static when the front end devirtualizes it (with the
    /// call its receiver statically comes from, if any).
    Devirt(Option<usize>),
    /// A call of the value another call returns (directly, or through a local defined
    /// once from it): static for gc when that call is inlined (offset of its `(`).
    CallResult(usize),
}

/// A call site of a function body, in gc's post-order.
#[derive(Clone, Debug)]
pub struct Site {
    /// Offset of the call's `(`.
    pub lparen: usize,
    pub target: Target,
    /// The call is the statement of a `go`/`defer` (it runs in the wrapper).
    pub go_defer: bool,
    /// The functions statically passed as arguments (receiver first), by position.
    pub arg_funcs: Vec<Option<Target>>,
}

pub struct State<'a> {
    pub fns: Vec<FnInfo<'a>>,
    pub index: Index,
    pub verdicts: BTreeMap<FnKey, Verdict>,
    /// Functions being costed (a call back to them is not inlinable yet).
    busy: BTreeSet<FnKey>,
    pub sites: BTreeMap<FnKey, Vec<Site>>,
    pub info: &'a FileInfo,
    pub prog: &'a Program,
    pub text: &'a str,
    pub lines: &'a LineIndex,
    /// Local variables bound once to a function literal (gc's `StaticValue`).
    pub static_lits: BTreeMap<ObjId, &'a ast::Expr>,
    /// The diagnostics in check order.
    pub out: Vec<(FnKey, Verdict)>,
    /// Std calls whose inlinability the data does not give.
    pub unknown: Vec<(usize, String)>,
    /// Per shape instantiation, the shape of each parameter typed by a type parameter.
    pub shape_params: BTreeMap<FnKey, Vec<Option<String>>>,
    /// The generated method wrappers that call the file's methods, in gc's order (`None`:
    /// an embedding not modelled).
    pub promoted: Option<Vec<super::effect::Wrap>>,
}

impl<'a> State<'a> {
    pub fn new(
        fns: Vec<FnInfo<'a>>,
        info: &'a FileInfo,
        prog: &'a Program,
        text: &'a str,
        lines: &'a LineIndex,
    ) -> Self {
        let mut index = BTreeMap::new();
        index.extend(fns.iter().enumerate().map(|(i, f)| (f.key, i)));
        let mut s = State {
            fns,
            index,
            verdicts: BTreeMap::new(),
            busy: BTreeSet::new(),
            sites: BTreeMap::new(),
            info,
            prog,
            text,
            lines,
            static_lits: BTreeMap::new(),
            out: Vec::new(),
            unknown: Vec::new(),
            shape_params: BTreeMap::new(),
            promoted: Some(Vec::new()),
        };
        s.find_static_lits();
        s
    }

    /// Locals defined as `f := func…` (or `var f = func…`) and never assigned again nor
    /// address-taken.
    fn find_static_lits(&mut self) {
        let info = self.info;
        let mut defs: BTreeMap<ObjId, &'a ast::Expr> = BTreeMap::new();
        let mut tainted: BTreeSet<ObjId> = BTreeSet::new();
        let use_of = |e: &ast::Expr| match &crate::lower::strip(e).kind {
            ExprKind::Ident(i) => info.uses.get(i.id.index()).copied().flatten(),
            _ => None,
        };
        for f in &self.fns {
            let Some(b) = f.body else { continue };
            walk_stmts(&b.stmts, &mut |s| match &s.kind {
                StmtKind::Define { lhs, rhs } if lhs.len() == rhs.len() => {
                    for (l, r) in lhs.iter().zip(rhs) {
                        if let ExprKind::Ident(i) = &l.kind {
                            if let Some(o) = info.defs.get(i.id.index()).copied().flatten() {
                                let r = crate::lower::strip(r);
                                if matches!(
                                    r.kind,
                                    ExprKind::FuncLit { .. }
                                        | ExprKind::Ident(_)
                                        | ExprKind::Selector { .. }
                                        | ExprKind::Call { .. }
                                ) {
                                    defs.insert(o, r);
                                }
                            } else if let Some(o) = info.uses.get(i.id.index()).copied().flatten() {
                                tainted.insert(o);
                            }
                        }
                    }
                }
                StmtKind::Assign { lhs, .. } | StmtKind::Define { lhs, .. } => {
                    lhs.iter().filter_map(use_of).for_each(|o| {
                        tainted.insert(o);
                    });
                }
                StmtKind::Decl(d) => {
                    let ast::DeclKind::Var { specs, .. } = &d.kind else { return };
                    for sp in specs.iter().filter(|sp| sp.names.len() == sp.values.len()) {
                        for (n, r) in sp.names.iter().zip(&sp.values) {
                            let r = crate::lower::strip(r);
                            let o = info.defs.get(n.id.index()).copied().flatten();
                            if let (Some(o), ExprKind::FuncLit { .. }) = (o, &r.kind) {
                                defs.insert(o, r);
                            }
                        }
                    }
                }
                StmtKind::IncDec { x, .. } => {
                    if let Some(o) = use_of(x) {
                        tainted.insert(o);
                    }
                }
                _ => {}
            });
            crate::lower::visit::stmts(&b.stmts, 0, &mut |e, _| {
                if let ExprKind::Unary { op: ast::UnaryOp::Addr, x } = &e.kind {
                    if let Some(o) = use_of(x) {
                        tainted.insert(o);
                    }
                }
            });
        }
        for (o, e) in defs {
            if !tainted.contains(&o) {
                self.static_lits.insert(o, e);
            }
        }
    }

    /// Checks every function in gc's order.
    pub fn run(&mut self, c: &mut Checker, out: &mut Inlined) {
        let order = self.bottom_up();
        for k in order {
            self.check(c, k);
        }
        // Shape instantiations of generic functions: the shape of each parameter typed
        // by a type parameter (`keep[go.shape.int]`'s `v T` is a `go.shape.int`).
        for f in &self.fns {
            if f.generic.is_none() || f.name.starts_with('(') {
                continue;
            }
            let shapes = shape_args(&f.name);
            let of = |o: &ObjId, c: &mut Checker| {
                let t = c.obj_type(*o);
                match c.types.kind(t) {
                    escapade_types::TypeKind::TypeParam(tp) => shapes.get(tp.index).cloned(),
                    _ => None,
                }
            };
            let list = f.params.iter().map(|o| of(o, c)).collect();
            self.shape_params.insert(f.key, list);
        }
        for (at, what) in std::mem::take(&mut self.unknown) {
            out.unsupported.push(crate::lower::Unsupported {
                pos: super::pos_at(self.lines, at),
                what: format!("inlining: {what}"),
            });
        }
    }

    /// CanInline: computes (once) the verdict of `k`.
    pub fn check(&mut self, c: &mut Checker, k: FnKey) -> Option<Verdict> {
        if let Some(v) = self.verdicts.get(&k) {
            return Some(v.clone());
        }
        if self.busy.contains(&k) {
            return None;
        }
        let i = *self.index.get(&k)?;
        self.busy.insert(k);
        let f = &self.fns[i];
        let (body, params, noinline, closure) =
            (f.body, f.params.clone(), f.noinline, f.parent.is_some());
        let sig_ty = match k {
            FnKey::Decl(o) => Some(c.obj_type(o)),
            FnKey::Lit(_) | FnKey::Ir(_) => f.sig_ty,
        };
        let start = f.span.start as usize;
        let span = f.span;
        let pragma = f.pragma;
        let inst_of = f.inst_of;
        let v = if let Some((shape, _)) = inst_of {
            // `return F[shape](&.dict, params…)`: the return, the call, its name, the
            // dictionary's address, one name per parameter, and the shape function inlined.
            let n = self.prog.func(shape).recv_params().count() as i64;
            let ret = i64::from(!self.prog.func(shape).results.is_empty());
            let key = self.fns.iter().find(|x| x.ir == Some(shape)).map(|x| x.key);
            match key.and_then(|k| self.check(c, k)) {
                Some(Verdict::Inline(cc)) if ret + 4 + n + cc <= BUDGET => {
                    Verdict::Inline(ret + 4 + n + cc)
                }
                Some(Verdict::Inline(cc)) => Verdict::No(format!(
                    "function too complex: cost {} exceeds budget {BUDGET}",
                    ret + 4 + n + cc
                )),
                Some(Verdict::No(_)) if ret + 4 + n + CALL_COST <= BUDGET => {
                    Verdict::Inline(ret + 4 + n + CALL_COST)
                }
                Some(Verdict::No(_)) => Verdict::No(format!(
                    "function too complex: cost {} exceeds budget {BUDGET}",
                    ret + 4 + n + CALL_COST
                )),
                None => Verdict::No("not modelled".into()),
            }
        } else if noinline {
            Verdict::No("marked go:noinline".into())
        } else if let Some(p) = pragma {
            Verdict::No(p.into())
        } else if let Some(b) = body {
            let info = self.info;
            let results = sig_ty.map(|t| results_of(c, t)).unwrap_or_default();
            let mut vis = Visitor::new(c, info, self);
            vis.params = params;
            vis.results = results;
            vis.lit_span = closure.then_some(span);
            let (cost, sites) = vis.body(b);
            self.sites.insert(k, sites);
            match cost {
                Cost::Cost(n) => {
                    let budget = if closure { CLOSURE_BUDGET } else { BUDGET };
                    if n <= budget {
                        Verdict::Inline(n)
                    } else {
                        Verdict::No(format!(
                            "function too complex: cost {n} exceeds budget {budget}"
                        ))
                    }
                }
                Cost::Never(r) => Verdict::No(r),
                Cost::Unknown(w) => {
                    self.unknown.push((start, w));
                    Verdict::No("not modelled".into())
                }
            }
        } else {
            Verdict::No("no function body".into())
        };
        self.busy.remove(&k);
        self.verdicts.insert(k, v.clone());
        self.out.push((k, v.clone()));
        Some(v)
    }

    /// Declared functions bottom-up (Tarjan), each followed by its capturing literals (a
    /// literal capturing nothing is a component of its own, reached from its parent).
    fn bottom_up(&mut self) -> Vec<FnKey> {
        // Roots: the declared functions (shape instantiations are reached from their callers,
        // instantiation wrappers come last, as in gc's `Target.Funcs`).
        let plain =
            |f: &FnInfo<'_>| f.parent.is_none() && f.generic.is_none() && f.inst_of.is_none();
        let decls: Vec<usize> = (0..self.fns.len()).filter(|&i| plain(&self.fns[i])).collect();
        let shapes: Vec<usize> =
            (0..self.fns.len()).filter(|&i| self.fns[i].generic.is_some()).collect();
        let mut shapes_of: BTreeMap<ObjId, Vec<usize>> = BTreeMap::new();
        for &i in &shapes {
            if let Some(g) = self.fns[i].generic {
                shapes_of.entry(g).or_default().push(i);
            }
        }
        let capture_free =
            |j: usize| self.fns[j].ir.is_some_and(|f| self.prog.func(f).captures.is_empty());
        let mut refs: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &i in decls.iter().chain(shapes.iter()) {
            let mut r = Vec::new();
            // The shape instantiations the body's calls resolve to (in the lowered program).
            let mut called = BTreeSet::new();
            if let Some(b) = self.fns[i].body {
                let info = self.info;
                crate::lower::visit::stmts(&b.stmts, 0, &mut |e, _| {
                    // A literal capturing nothing is no closure to gc's bottom-up walk: its
                    // own component, checked where its parent's body reaches it.
                    if let ExprKind::FuncLit { .. } = &e.kind {
                        if let Some(&j) = self.index.get(&FnKey::Lit(e.id)) {
                            if capture_free(j) {
                                r.push(j);
                            }
                        }
                    }
                    if let ExprKind::Call { .. } = &e.kind {
                        if let Some(FnKey::Ir(f)) = self.ir_call(self.lparen(e)) {
                            called.extend(self.index.get(&FnKey::Ir(f)).copied());
                        }
                    }
                    let id = match &e.kind {
                        ExprKind::Ident(id) => Some(id.id),
                        ExprKind::Selector { sel, .. } => Some(sel.id),
                        _ => None,
                    };
                    if let Some(o) = id.and_then(|id| info.uses.get(id.index()).copied().flatten())
                    {
                        if let Some(&j) = self.index.get(&FnKey::Decl(o)) {
                            r.push(j);
                        }
                        r.extend(shapes_of.get(&o).into_iter().flatten().copied());
                    }
                    // Method calls and values resolve through selections.
                    if let ExprKind::Selector { .. } = &e.kind {
                        if let Some(s) = info.selections.get(e.id.index()).and_then(|s| s.as_ref())
                        {
                            if let Some(&j) = self.index.get(&FnKey::Decl(s.obj)) {
                                r.push(j);
                            }
                            r.extend(shapes_of.get(&s.obj).into_iter().flatten().copied());
                        }
                    }
                });
            }
            // A generic function named here refers to the shapes its calls resolve to; all
            // of its shapes only when no call here resolves to one (a func value).
            let generic_of = |j: usize| self.fns[j].generic;
            let mut resolved: BTreeSet<ObjId> = BTreeSet::new();
            resolved.extend(called.iter().filter_map(|&j| generic_of(j)));
            r.retain(|&j| match generic_of(j) {
                Some(g) => called.contains(&j) || !resolved.contains(&g),
                None => true,
            });
            refs.insert(i, r);
        }
        let mut t =
            Tarjan { refs: &refs, id: BTreeMap::new(), gen: 0, stack: Vec::new(), out: Vec::new() };
        for &i in decls.iter().chain(shapes.iter()) {
            t.visit(i);
        }
        let mut order = Vec::new();
        for comp in t.out {
            for i in comp {
                let key = self.fns[i].key;
                order.push(key);
                if let FnKey::Decl(o) = key {
                    for (j, f) in self.fns.iter().enumerate() {
                        if f.parent == Some(o) && !capture_free(j) {
                            order.push(f.key);
                        }
                    }
                }
            }
        }
        // The wrappers in the order the reader appends them to `Target.Funcs` (the lowering's
        // `Program::order`; one it does not list keeps its place after those it does).
        let mut rank: BTreeMap<crate::ir::FuncId, usize> = BTreeMap::new();
        rank.extend(self.prog.order.iter().enumerate().map(|(i, &f)| (f, i)));
        let mut wrappers: Vec<&FnInfo<'_>> =
            self.fns.iter().filter(|f| f.inst_of.is_some()).collect();
        escapade_base::sort::stable_sort_by_key(&mut wrappers, |f| {
            f.ir.and_then(|id| rank.get(&id).copied()).unwrap_or(usize::MAX)
        });
        order.extend(wrappers.into_iter().map(|f| f.key));
        order
    }

    /// Offset of the `(` of a call expression.
    pub fn lparen(&self, call: &ast::Expr) -> usize {
        let ExprKind::Call { fun, .. } = &call.kind else { return call.span.start as usize };
        let b = self.text.as_bytes();
        let mut i = fun.span.end as usize;
        while i < b.len() && b[i] != b'(' {
            i += 1;
        }
        i
    }
}

struct Tarjan<'r> {
    refs: &'r BTreeMap<usize, Vec<usize>>,
    id: BTreeMap<usize, u32>,
    gen: u32,
    stack: Vec<usize>,
    out: Vec<Vec<usize>>,
}

impl Tarjan<'_> {
    fn visit(&mut self, n: usize) -> u32 {
        if let Some(&id) = self.id.get(&n) {
            return id;
        }
        self.gen += 1;
        let id = self.gen;
        self.id.insert(n, id);
        self.gen += 1;
        let mut min = self.gen;
        self.stack.push(n);
        let refs: Vec<usize> = self.refs.get(&n).cloned().unwrap_or_default();
        for r in refs {
            let m = self.visit(r);
            min = min.min(m);
        }
        if min == id || min == id + 1 {
            let pos = self.stack.iter().rposition(|&x| x == n).unwrap_or(0);
            let block: Vec<usize> = self.stack.split_off(pos);
            for &x in &block {
                self.id.insert(x, u32::MAX);
            }
            self.out.push(block);
        }
        min
    }
}

/// Pre-order over statements (nested blocks included, function literals excluded).
pub fn walk_stmts<'a>(list: &'a [ast::Stmt], f: &mut dyn FnMut(&'a ast::Stmt)) {
    for s in list {
        f(s);
        match &s.kind {
            StmtKind::Labeled { stmt, .. } => walk_stmts(std::slice::from_ref(stmt), f),
            StmtKind::Block(b) => walk_stmts(&b.stmts, f),
            StmtKind::If { init, then, els, .. } => {
                init.iter().for_each(|s| walk_stmts(std::slice::from_ref(s), f));
                walk_stmts(&then.stmts, f);
                els.iter().for_each(|s| walk_stmts(std::slice::from_ref(s), f));
            }
            StmtKind::Switch { init, cases, .. } | StmtKind::TypeSwitch { init, cases, .. } => {
                init.iter().for_each(|s| walk_stmts(std::slice::from_ref(s), f));
                cases.iter().for_each(|c| walk_stmts(&c.body, f));
            }
            StmtKind::Select { cases } => {
                for c in cases {
                    c.comm.iter().for_each(|s| walk_stmts(std::slice::from_ref(s), f));
                    walk_stmts(&c.body, f);
                }
            }
            StmtKind::For { init, post, body, .. } => {
                init.iter().for_each(|s| walk_stmts(std::slice::from_ref(s), f));
                post.iter().for_each(|s| walk_stmts(std::slice::from_ref(s), f));
                walk_stmts(&body.stmts, f);
            }
            StmtKind::Range { body, .. } => walk_stmts(&body.stmts, f),
            _ => {}
        }
    }
}

impl<'a> Callees for State<'a> {
    fn func(&mut self, c: &mut Checker, obj: ObjId) -> CalleeCost {
        let k = FnKey::Decl(obj);
        if self.index.contains_key(&k) {
            return match self.verdicts.get(&k) {
                Some(Verdict::Inline(n)) => CalleeCost::Inline(*n),
                _ => CalleeCost::NoInline,
            };
        }
        std_cost(c, obj)
    }

    fn lit(&mut self, c: &mut Checker, lit: &ast::Expr) -> CalleeCost {
        match self.check(c, FnKey::Lit(lit.id)) {
            Some(Verdict::Inline(n)) => CalleeCost::Inline(n),
            Some(_) => CalleeCost::NoInline,
            None => CalleeCost::NoInline,
        }
    }

    fn static_lit(&self, obj: ObjId) -> Option<&ast::Expr> {
        self.static_lits.get(&obj).copied()
    }

    fn std_name(&self, c: &Checker, obj: ObjId) -> String {
        std_name(c, obj)
    }

    fn lparen(&self, call: &ast::Expr) -> usize {
        State::lparen(self, call)
    }

    fn ir_call(&self, lparen: usize) -> Option<FnKey> {
        let p = super::pos_at(self.lines, lparen);
        let f = self.prog.exprs.iter().find_map(|e| match &e.kind {
            crate::ir::ExprKind::Call(crate::ir::Call {
                callee: crate::ir::Callee::Static(crate::ir::StaticCallee::Local(f)),
                ..
            }) if e.pos.line == p.line && e.pos.col == p.col => Some(*f),
            _ => None,
        })?;
        let k = FnKey::Ir(f);
        self.index.contains_key(&k).then_some(k)
    }

    fn key_cost(&mut self, _c: &mut Checker, k: FnKey) -> CalleeCost {
        match self.verdicts.get(&k) {
            Some(Verdict::Inline(n)) => CalleeCost::Inline(*n),
            _ => CalleeCost::NoInline,
        }
    }
}

/// The inline cost of an imported function from the generated std data.
pub fn std_cost(c: &Checker, obj: ObjId) -> CalleeCost {
    let o = c.obj(obj);
    if !matches!(o.kind, ObjKind::Func { .. }) {
        return CalleeCost::NoInline;
    }
    let Some(lines) = c.annotations.get(&obj) else {
        return CalleeCost::Unknown(format!("call to {} (no inlining data)", std_name(c, obj)));
    };
    for l in lines {
        let a = escapade_types::stdlib::parse_annotation(l);
        if a.kind != "inl" || a.version.as_deref() != Some("go1.27") {
            continue;
        }
        for (k, v) in &a.fields {
            match k.as_str() {
                "cost" if a.fields.len() == 1 => {
                    if let Ok(n) = v.parse() {
                        return CalleeCost::Inline(n);
                    }
                }
                "no" => return CalleeCost::NoInline,
                "generic" => {
                    return CalleeCost::Unknown(format!("call to generic {}", std_name(c, obj)))
                }
                _ => {}
            }
        }
    }
    CalleeCost::Unknown(format!("call to {} (no inlining data)", std_name(c, obj)))
}

/// gc's name of an imported function or method: `pkg.F`, `pkg.(*T).M`, `pkg.T.M`.
pub fn std_name(c: &Checker, obj: ObjId) -> String {
    let o = c.obj(obj);
    let pkg = o.pkg.map(|p| c.pkgs[p.0 as usize].name.clone()).unwrap_or_default();
    match c.method_recv.get(&obj) {
        Some(&rt) => {
            let (ptr, base) = match c.types.kind(rt) {
                escapade_types::TypeKind::Pointer(e) => (true, *e),
                _ => (false, rt),
            };
            let tname = match c.types.kind(base) {
                escapade_types::TypeKind::Named(n) => c.obj(n.obj).name.clone(),
                _ => "?".into(),
            };
            if ptr {
                format!("{pkg}.(*{tname}).{}", o.name)
            } else {
                format!("{pkg}.{tname}.{}", o.name)
            }
        }
        None => format!("{pkg}.{}", o.name),
    }
}

/// The type arguments of a shape instantiation's name (`F[go.shape.int,go.shape.string]`),
/// split at top-level commas.
fn shape_args(name: &str) -> Vec<String> {
    let Some(inner) = name.find('[').and_then(|i| name.strip_suffix(']').map(|n| &n[i + 1..]))
    else {
        return Vec::new();
    };
    let (mut out, mut depth, mut start) = (Vec::new(), 0i32, 0);
    for (i, ch) in inner.char_indices() {
        match ch {
            '[' | '{' | '(' => depth += 1,
            ']' | '}' | ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(inner[start..i].to_string());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(inner[start..].to_string());
    out
}
