//! Resolution done once before running: every local variable gets a slot index in its
//! function's frame (so evaluation never looks names up), closures get their capture lists, and
//! function literals and declarations are indexed.

use std::collections::BTreeMap;
use std::rc::Rc;

use escapade_syntax::ast::*;
use escapade_types::{Checker, FileInfo, ObjId, ObjKind};

/// No slot: the identifier is not a local variable.
pub const NO_SLOT: u32 = u32::MAX;

/// Frame layout of one function (declaration or literal).
#[derive(Clone, Debug, Default)]
pub struct FnLayout {
    pub nslots: u32,
    /// For a literal: the slot in the enclosing frame of each captured variable; the captured
    /// cell `i` goes to slot `capture_slots[i]` of the literal's frame.
    pub captures: Vec<(u32, u32)>,
}

pub struct Resolved {
    /// Slot of each identifier node (defining or using a local variable), else [`NO_SLOT`].
    pub ident_slot: Vec<u32>,
    /// Layout per function, keyed by the body block's id.
    pub layouts: BTreeMap<NodeId, FnLayout>,
    /// Function literals: (signature, body), indexed by order of appearance.
    pub lits: Vec<Rc<(FuncType, Block)>>,
    pub lit_index: BTreeMap<NodeId, usize>,
    /// Expression id of each function literal (its type is recorded there).
    pub lit_expr: Vec<NodeId>,
    pub funcs: BTreeMap<ObjId, Rc<FuncDecl>>,
    /// Package-level variables.
    pub globals: Vec<ObjId>,
    /// Statements refused for gc's evaluation order (`evalorder`), by span start.
    pub evalorder: crate::evalorder::Refusals,
}

struct Fn {
    body: NodeId,
    slots: BTreeMap<ObjId, u32>,
    layout: FnLayout,
}

struct Walker<'a> {
    ck: &'a Checker,
    info: &'a FileInfo,
    res: Resolved,
    stack: Vec<Fn>,
    /// Type-switch bind spans → the symbolic object (clause objects share its slot).
    binds: BTreeMap<(u32, u32), ObjId>,
    global_set: std::collections::BTreeSet<ObjId>,
}

pub fn resolve(ck: &Checker, info: &FileInfo, file: &File) -> Resolved {
    let mut w = Walker {
        ck,
        info,
        res: Resolved {
            ident_slot: vec![NO_SLOT; file.node_count as usize],
            layouts: BTreeMap::new(),
            lits: Vec::new(),
            lit_index: BTreeMap::new(),
            lit_expr: Vec::new(),
            funcs: BTreeMap::new(),
            globals: Vec::new(),
            evalorder: BTreeMap::new(),
        },
        stack: Vec::new(),
        binds: BTreeMap::new(),
        global_set: Default::default(),
    };
    for d in &file.decls {
        if let DeclKind::Var { specs, .. } = &d.kind {
            for s in specs {
                for n in &s.names {
                    if let Some(Some(o)) = info.defs.get(n.id.index()) {
                        w.res.globals.push(*o);
                        w.global_set.insert(*o);
                    }
                }
            }
        }
    }
    for d in &file.decls {
        match &d.kind {
            DeclKind::Func(f) => {
                if let Some(Some(o)) = info.defs.get(f.name.id.index()) {
                    w.res.funcs.insert(*o, Rc::new((**f).clone()));
                }
                if let Some(body) = &f.body {
                    w.stack.push(Fn {
                        body: body.id,
                        slots: BTreeMap::new(),
                        layout: FnLayout::default(),
                    });
                    if let Some(r) = &f.recv {
                        w.fields(r);
                    }
                    w.fields(&f.sig.params);
                    if let Some(r) = &f.sig.results {
                        w.fields(r);
                    }
                    w.block(body);
                    w.pop();
                }
            }
            DeclKind::Var { specs, .. } => {
                // Initializers of globals run in a pseudo-function of their own.
                w.stack.push(Fn {
                    body: d.id,
                    slots: BTreeMap::new(),
                    layout: FnLayout::default(),
                });
                for s in specs {
                    for v in &s.values {
                        w.expr(v);
                    }
                }
                w.pop();
            }
            _ => {}
        }
    }
    w.res
}

impl Walker<'_> {
    fn pop(&mut self) {
        if let Some(f) = self.stack.pop() {
            let mut l = f.layout;
            l.nslots = f.slots.len() as u32;
            self.res.layouts.insert(f.body, l);
        }
    }

    fn is_local_var(&self, o: ObjId) -> bool {
        matches!(self.ck.obj(o).kind, ObjKind::Var { field: false, .. })
            && !self.global_set.contains(&o)
            && self.ck.obj(o).pos.is_some_and(|p| p.file.0 == 0)
    }

    fn define(&mut self, id: NodeId, o: ObjId) {
        let Some(f) = self.stack.last_mut() else { return };
        let n = f.slots.len() as u32;
        let s = *f.slots.entry(o).or_insert(n);
        if let Some(x) = self.res.ident_slot.get_mut(id.index()) {
            *x = s;
        }
    }

    /// Slot of `o` in function `depth`, capturing it from enclosing functions if needed.
    fn lookup(&mut self, depth: usize, o: ObjId) -> Option<u32> {
        if let Some(&s) = self.stack.get(depth)?.slots.get(&o) {
            return Some(s);
        }
        if depth == 0 {
            return None;
        }
        let outer = self.lookup(depth - 1, o)?;
        let f = self.stack.get_mut(depth)?;
        let n = f.slots.len() as u32;
        f.slots.insert(o, n);
        f.layout.captures.push((outer, n));
        Some(n)
    }

    fn ident(&mut self, id: &Ident) {
        let i = id.id.index();
        if let Some(Some(o)) = self.info.defs.get(i) {
            if self.is_local_var(*o) {
                self.define(id.id, *o);
            }
            return;
        }
        if let Some(Some(o)) = self.info.uses.get(i) {
            let mut o = *o;
            if !self.is_local_var(o) {
                return;
            }
            if let Some(p) = self.ck.obj(o).pos {
                if let Some(&b) = self.binds.get(&(p.span.start, p.span.end)) {
                    o = b;
                }
            }
            let depth = self.stack.len().saturating_sub(1);
            if let Some(s) = self.lookup(depth, o) {
                if let Some(x) = self.res.ident_slot.get_mut(i) {
                    *x = s;
                }
            }
        }
    }

    fn fields(&mut self, fl: &FieldList) {
        for f in &fl.fields {
            for n in &f.names {
                self.ident(n);
            }
        }
    }

    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(d) => match &d.kind {
                DeclKind::Var { specs, .. } | DeclKind::Const { specs, .. } => {
                    for sp in specs {
                        for v in &sp.values {
                            self.expr(v);
                        }
                        for n in &sp.names {
                            self.ident(n);
                        }
                    }
                }
                _ => {}
            },
            StmtKind::TypeSwitch { init, bind, x, cases } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                if let Some(b) = bind {
                    if let Some(Some(o)) = self.info.defs.get(b.id.index()) {
                        self.binds.insert((b.span.start, b.span.end), *o);
                        self.define(b.id, *o);
                    }
                }
                for c in cases {
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            _ => each_part(s, &mut |p| match p {
                Part::Stmt(s) => self.stmt(s),
                Part::Expr(e) => self.expr(e),
                Part::Block(b) => self.block(b),
            }),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(id) => self.ident(id),
            ExprKind::BasicLit(_) | ExprKind::Bad => {}
            ExprKind::CompositeLit { elts, .. } => {
                for x in elts {
                    self.expr(x);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                let idx = self.res.lits.len();
                self.res.lits.push(Rc::new((sig.clone(), body.clone())));
                self.res.lit_index.insert(e.id, idx);
                self.res.lit_expr.push(e.id);
                self.stack.push(Fn {
                    body: body.id,
                    slots: BTreeMap::new(),
                    layout: FnLayout::default(),
                });
                self.fields(&sig.params);
                if let Some(r) = &sig.results {
                    self.fields(r);
                }
                self.block(body);
                self.pop();
            }
            ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Unary { x, .. } => self.expr(x),
            ExprKind::Selector { x, .. } => self.expr(x),
            ExprKind::Index { x, indices } => {
                self.expr(x);
                for i in indices {
                    self.expr(i);
                }
            }
            ExprKind::Slice { x, low, high, max, .. } => {
                self.expr(x);
                for y in [low, high, max].into_iter().flatten() {
                    self.expr(y);
                }
            }
            ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                for a in args {
                    self.expr(a);
                }
            }
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::KeyValue { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            _ => {}
        }
    }
}

/// A direct part of a statement: a nested statement, expression or block.
pub(crate) enum Part<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    Block(&'a Block),
}

/// Calls `f` on the direct parts of `s` in source order (an assignment's right side before its
/// left, a `for`'s post statement before its body, a `range`'s operand before its key and
/// value). Declarations have no parts here: their names and values are the caller's.
pub(crate) fn each_part<'a>(s: &'a Stmt, f: &mut dyn FnMut(Part<'a>)) {
    let stmts =
        |f: &mut dyn FnMut(Part<'a>), list: &'a [Stmt]| list.iter().for_each(|s| f(Part::Stmt(s)));
    match &s.kind {
        StmtKind::Decl(_) | StmtKind::Empty | StmtKind::Bad | StmtKind::Branch { .. } => {}
        StmtKind::Labeled { stmt, .. } => f(Part::Stmt(stmt)),
        StmtKind::Expr(e)
        | StmtKind::Go(e)
        | StmtKind::Defer(e)
        | StmtKind::IncDec { x: e, .. } => f(Part::Expr(e)),
        StmtKind::Send { chan, value } => {
            f(Part::Expr(chan));
            f(Part::Expr(value));
        }
        StmtKind::Assign { lhs, rhs, .. } | StmtKind::Define { lhs, rhs } => {
            rhs.iter().chain(lhs).for_each(|e| f(Part::Expr(e)));
        }
        StmtKind::Return(es) => es.iter().for_each(|e| f(Part::Expr(e))),
        StmtKind::Block(b) => f(Part::Block(b)),
        StmtKind::If { init, cond, then, els } => {
            init.iter().for_each(|i| f(Part::Stmt(i)));
            f(Part::Expr(cond));
            f(Part::Block(then));
            els.iter().for_each(|e| f(Part::Stmt(e)));
        }
        StmtKind::Switch { init, tag, cases } => {
            init.iter().for_each(|i| f(Part::Stmt(i)));
            tag.iter().for_each(|t| f(Part::Expr(t)));
            for c in cases {
                c.list.iter().flatten().for_each(|e| f(Part::Expr(e)));
                stmts(f, &c.body);
            }
        }
        StmtKind::TypeSwitch { init, x, cases, .. } => {
            init.iter().for_each(|i| f(Part::Stmt(i)));
            f(Part::Expr(x));
            cases.iter().for_each(|c| stmts(f, &c.body));
        }
        StmtKind::Select { cases } => {
            for c in cases {
                c.comm.iter().for_each(|s| f(Part::Stmt(s)));
                stmts(f, &c.body);
            }
        }
        StmtKind::For { init, cond, post, body } => {
            init.iter().for_each(|i| f(Part::Stmt(i)));
            cond.iter().for_each(|c| f(Part::Expr(c)));
            post.iter().for_each(|p| f(Part::Stmt(p)));
            f(Part::Block(body));
        }
        StmtKind::Range { key, value, x, body, .. } => {
            f(Part::Expr(x));
            key.iter().chain(value).for_each(|e| f(Part::Expr(e)));
            f(Part::Block(body));
        }
    }
}
