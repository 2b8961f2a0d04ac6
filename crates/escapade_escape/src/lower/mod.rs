//! The lowering: a type-checked Go file (escapade_types' [`Checked`]) → the escape IR
//! ([`Program`]), doing gc's front-end desugarings (implicit conversions, implicit `&`/`*`,
//! variadic slices, go/defer wrappers, closures and captures, static callees, imported tags).
//!
//! Every node that can be reported carries gc's position (§2.1 of the reference) and `%v` text
//! (§1.11). Constructs that are not modelled yet produce an [`Unsupported`] entry instead of a
//! silent wrong verdict: callers must not show the analysis of a program with any.

mod expr;
mod generic;
mod rangefunc;
mod reassign;
mod stdgeneric;
mod stmt;
mod ty;
pub(crate) mod visit;
mod wrappers;

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use escapade_base::{LineIndex, Span};
use escapade_syntax::ast::{self, NodeId};
use escapade_types::info::{FileInfo, TypeAndValue};
use escapade_types::{Checked, Checker, ObjId, ObjKind, PkgId, TypeId, TypeKind};

use crate::ir::*;
use crate::version::GoVersion;

/// A construct the lowering does not model (yet).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsupported {
    pub pos: Pos,
    pub what: String,
}

impl Unsupported {
    /// `FILE:LINE:COL: unsupported: what`.
    pub fn render(&self, file: &str) -> String {
        format!("{file}:{}:{}: unsupported: {}", self.pos.line, self.pos.col, self.what)
    }
}

/// The result of lowering one file.
#[derive(Clone, Debug, Default)]
pub struct Lowered {
    pub program: Program,
    /// Non-empty when some construct is not modelled: the program must not be analysed.
    pub unsupported: Vec<Unsupported>,
    /// Constructs whose `-m=2` explanation text is not modelled (`-m` output is exact).
    pub unsupported_m2: Vec<Unsupported>,
    /// Byte offsets of the `interface` keywords whose generated `I.M` wrappers are modelled.
    pub handled_ifaces: Vec<usize>,
    /// Struct types whose promoted-method wrappers gc generates (see `generated_wrappers`).
    pub promoted: Vec<(Pos, Vec<FuncId>)>,
    /// Value-receiver methods whose `(*T).M` wrappers are generated.
    pub ptr_wrapped: Vec<FuncId>,
    /// Conversions of non-interface values to interfaces with methods (gc builds an itab,
    /// which emits the type's descriptor and its `.eq` function early).
    pub itab_convs: Vec<ExprId>,
}

/// Lowers user file `file` (index into `checked.files`, source `text`) for `version`.
/// The file must have type-checked without errors.
pub fn lower(checked: &mut Checked, file: usize, text: &str, version: GoVersion) -> Lowered {
    let Some(ast) = checked.files.get(file).cloned() else {
        return Lowered::default();
    };
    let info = checked.checker.info.get(file).cloned().unwrap_or_default();
    let mut l = Lower {
        c: &mut checked.checker,
        info,
        src: text,
        lines: LineIndex::new(text),
        version,
        user_pkg: None,
        p: Program::default(),
        funcs: BTreeMap::new(),
        vars: BTreeMap::new(),
        cur: FuncId(0),
        sub_n: BTreeMap::new(),
        late: Vec::new(),
        late_set: BTreeSet::new(),
        labels: BTreeMap::new(),
        assigns: BTreeMap::new(),
        lit_funcs: BTreeMap::new(),
        binds: Vec::new(),
        cur_sig: BTreeMap::new(),
        sdefs: BTreeMap::new(),
        stainted: BTreeSet::new(),
        saddr: BTreeSet::new(),
        srhs: BTreeMap::new(),
        conv_pos: BTreeMap::new(),
        unsupported: Vec::new(),
        unsupported_m2: Vec::new(),
        subst: Vec::new(),
        shape_types: BTreeMap::new(),
        shape_set: BTreeSet::new(),
        shapes: BTreeMap::new(),
        shape_jobs: VecDeque::new(),
        generic_fds: BTreeMap::new(),
        unsubst: None,
        generic_entries: None,
        dict_methods: Vec::new(),
        wrapper_reqs: BTreeMap::new(),
        go_defer_depth: 0,
        inst_refs: Vec::new(),
        wrapper_ids: BTreeMap::new(),
        handled_ifaces: Vec::new(),
        promoted: Vec::new(),
        ptr_wrapped: Vec::new(),
        rangefunc_ctx: Vec::new(),
        promoted_handled: Vec::new(),
        rangefunc_rv: BTreeMap::new(),
        result_pos: BTreeMap::new(),
        itab_convs: Vec::new(),
    };
    l.file(&ast);
    stdgeneric::assign_lines(&mut l.p, version);
    Lowered {
        program: l.p,
        unsupported: l.unsupported,
        unsupported_m2: l.unsupported_m2,
        handled_ifaces: l.handled_ifaces,
        promoted: l.promoted,
        ptr_wrapped: l.ptr_wrapped,
        itab_convs: l.itab_convs,
    }
}

/// What a local variable is assigned (for gc's `StaticValue` / reassign oracle).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rhs {
    Func(ObjId),
    Lit(NodeId),
    Nil,
    Other,
}

pub(crate) struct Lower<'a> {
    c: &'a mut Checker,
    info: FileInfo,
    src: &'a str,
    lines: LineIndex,
    version: GoVersion,
    user_pkg: Option<PkgId>,
    p: Program,
    funcs: BTreeMap<ObjId, FuncId>,
    vars: BTreeMap<ObjId, VarId>,
    /// The function being lowered.
    cur: FuncId,
    /// Per function: numbers handed out to its closures, go wrappers and defer wrappers.
    sub_n: BTreeMap<(FuncId, u8), u32>,
    /// Temporaries gc's later passes (the loopvar rewrite) create: they get placeholder
    /// names until the function's declarations are all known (`name_late_temps`).
    late: Vec<VarId>,
    late_set: BTreeSet<VarId>,
    labels: BTreeMap<String, LabelId>,
    /// Assignments to local variables of the declared function being lowered.
    assigns: BTreeMap<ObjId, Vec<Rhs>>,
    lit_funcs: BTreeMap<NodeId, FuncId>,
    /// Type-switch bindings being lowered: (bind identifier span, clause variable).
    binds: Vec<(Span, VarId)>,
    /// The checker's signature type of each function.
    cur_sig: BTreeMap<FuncId, TypeId>,
    /// Reassign oracle of the declared function being lowered: single-definition
    /// initializers of locals, and the locals assigned again or address-taken.
    sdefs: BTreeMap<ObjId, ast::Expr>,
    stainted: BTreeSet<ObjId>,
    /// Locals whose address is taken (explicitly or by a pointer-receiver method call).
    saddr: BTreeSet<ObjId>,
    /// Right-hand sides of every plain assignment to a local (devirtualization).
    srhs: BTreeMap<ObjId, Vec<ast::Expr>>,
    /// Explicit conversions' own syntax positions (their `(`), used when they are the
    /// operand of another conversion.
    conv_pos: BTreeMap<ExprId, Pos>,
    unsupported: Vec<Unsupported>,
    unsupported_m2: Vec<Unsupported>,
    /// Type parameters → shapes of the shape instantiation being lowered.
    subst: Vec<(TypeId, TypeId)>,
    /// Shape types by name, and the set of them.
    shape_types: BTreeMap<String, TypeId>,
    shape_set: BTreeSet<TypeId>,
    /// Shape instantiations: (generic function, shapes) → function.
    shapes: BTreeMap<(ObjId, Vec<TypeId>), FuncId>,
    shape_jobs: VecDeque<generic::ShapeJob>,
    /// Generic functions of the file (lowered once per shape instantiation).
    generic_fds: BTreeMap<ObjId, ast::FuncDecl>,
    /// The side-table entries a shape substitution replaced, while a shape instantiation
    /// is lowered.
    unsubst: Option<generic::Unsubst>,
    /// The side-table entries shape substitutions can change (found on first use).
    generic_entries: Option<std::rc::Rc<generic::GenericEntries>>,
    /// (type parameter, method) words of the dictionary of the shape body being lowered.
    dict_methods: Vec<(TypeId, String)>,
    /// Instantiation wrappers to generate, by name.
    wrapper_reqs: BTreeMap<String, generic::WrapperReq>,
    /// Lowering the call of a `go`/`defer` statement (gc does not devirtualize it).
    go_defer_depth: u32,
    /// References to instantiations: (node id, wrapper name, shape function).
    inst_refs: Vec<(u32, String, FuncId)>,
    /// The generated instantiation wrappers by name.
    wrapper_ids: BTreeMap<String, FuncId>,
    /// Offsets of the `interface` keywords whose `I.M` wrappers are generated.
    handled_ifaces: Vec<usize>,
    /// Struct types embedding types with methods: (position, the methods' functions;
    /// empty when the wrappers always print).
    promoted: Vec<(Pos, Vec<FuncId>)>,
    /// Value-receiver methods whose `(*T).M` wrappers are generated.
    ptr_wrapped: Vec<FuncId>,
    /// Range-over-func body closures being lowered (innermost last).
    rangefunc_ctx: Vec<rangefunc::RangeCtx>,
    /// Struct types whose promoted-method wrappers are generated.
    promoted_handled: Vec<ObjId>,
    /// The `#rvN` result temporaries of each declared function.
    rangefunc_rv: BTreeMap<FuncId, Vec<VarId>>,
    /// Positions of unnamed results' types.
    result_pos: BTreeMap<VarId, Pos>,
    itab_convs: Vec<ExprId>,
}

impl Lower<'_> {
    // ----- positions and small helpers -----

    fn pos_span(&self, off: usize, span: Span) -> Pos {
        let lc = self.lines.line_col(off);
        Pos { line: lc.line, col: lc.col, span }
    }

    fn pos(&self, span: Span) -> Pos {
        self.pos_span(span.start as usize, span)
    }

    /// Offset of `pat` at or after `from`, skipping blanks and comments (falls back to a
    /// plain search, then to `from`).
    fn find(&self, from: usize, pat: &str) -> usize {
        let b = self.src.as_bytes();
        let mut i = from.min(b.len());
        loop {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if self.src[i..].starts_with("//") {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            if self.src[i..].starts_with("/*") {
                match self.src[i + 2..].find("*/") {
                    Some(j) => i = i + 2 + j + 2,
                    None => i = b.len(),
                }
                continue;
            }
            break;
        }
        if self.src.get(i..).is_some_and(|s| s.starts_with(pat)) {
            return i;
        }
        self.src.get(from..).and_then(|s| s.find(pat)).map_or(from, |j| from + j)
    }

    /// A construct whose `-m=2` explanation text is not modelled (see `EscapeRun`).
    fn unsupported_m2(&mut self, pos: Pos, what: impl Into<String>) {
        self.unsupported_m2.push(Unsupported { pos, what: what.into() });
    }

    fn unsupported(&mut self, span: Span, what: impl Into<String>) {
        let pos = self.pos(span);
        self.unsupported.push(Unsupported { pos, what: what.into() });
    }

    fn tv(&self, id: NodeId) -> Option<&TypeAndValue> {
        self.info.type_of(id)
    }

    /// The final type of an expression (after implicit conversion of untyped values).
    fn type_of(&self, e: &ast::Expr) -> TypeId {
        if let Some(Some(t)) = self.info.implicit.get(e.id.index()) {
            return *t;
        }
        self.tv(e.id).map_or_else(|| self.c.types.invalid(), |tv| tv.ty)
    }

    fn obj_of(&self, id: NodeId) -> Option<ObjId> {
        let get = |v: &Vec<Option<ObjId>>| v.get(id.index()).copied().flatten();
        get(&self.info.uses).or_else(|| get(&self.info.defs))
    }

    fn mk(&mut self, kind: ExprKind, ty: Ty, pos: Pos, text: String) -> ExprId {
        self.p.exprs.push(Expr { kind, pos, text, ty });
        ExprId(self.p.exprs.len() as u32 - 1)
    }

    fn text(&self, e: ExprId) -> &str {
        &self.p.expr(e).text
    }

    fn join(&self, xs: &[ExprId]) -> String {
        xs.iter().map(|x| self.text(*x).to_string()).collect::<Vec<_>>().join(", ")
    }

    fn stmt_id(&mut self, kind: StmtKind, pos: Pos, text: String) -> StmtId {
        self.p.stmts.push(Stmt { kind, pos, text });
        StmtId(self.p.stmts.len() as u32 - 1)
    }

    fn new_var(&mut self, name: &str, pos: Pos, class: VarClass, ty: Ty) -> VarId {
        let func = self.cur;
        self.p.vars.push(Var { name: name.into(), pos, func, class, ty, defn: None });
        let v = VarId(self.p.vars.len() as u32 - 1);
        if class == VarClass::Local {
            self.p.funcs[func.0 as usize].locals.push(v);
        }
        v
    }

    /// A local for a declaring identifier.
    fn local(&mut self, id: &ast::Ident) -> Option<VarId> {
        if id.is_blank() {
            return None;
        }
        let obj = self.obj_of(id.id)?;
        if let Some(v) = self.vars.get(&obj) {
            return Some(*v);
        }
        let t = self.c.obj(obj).ty.unwrap_or_else(|| self.c.types.invalid());
        let ty = self.ty(t);
        let pos = self.pos(id.span);
        let v = self.new_var(&id.name, pos, VarClass::Local, ty);
        self.vars.insert(obj, v);
        Some(v)
    }

    /// A front-end temporary: gc numbers `.autotmp_N` by the length of the function's
    /// declaration list (receiver, parameters, results, locals so far) when it is created.
    fn temp(&mut self, ty: Ty, pos: Pos) -> VarId {
        let name = format!(".autotmp_{}", self.dcl_count(self.cur));
        self.new_var(&name, pos, VarClass::Local, ty)
    }

    /// A temporary of a pass that runs after the whole body was read (loopvar).
    fn late_temp(&mut self, ty: Ty, pos: Pos) -> VarId {
        let name = late_placeholder(self.p.vars.len());
        let v = self.new_var(&name, pos, VarClass::Local, ty);
        self.late.push(v);
        self.late_set.insert(v);
        v
    }

    fn dcl_count(&self, f: FuncId) -> usize {
        let func = self.p.func(f);
        usize::from(func.recv.is_some())
            + func.params.len()
            + func.results.len()
            + func.locals.iter().filter(|v| !self.late_set.contains(v)).count()
    }

    /// Names the late temporaries after every declaration of their function, patching the
    /// texts created from `exprs`/`stmts` on.
    fn name_late_temps(&mut self, exprs: usize, stmts: usize) {
        let late = std::mem::take(&mut self.late);
        if late.is_empty() {
            return;
        }
        let mut per: BTreeMap<FuncId, usize> = BTreeMap::new();
        let mut renames = Vec::new();
        for v in late {
            let f = self.p.var(v).func;
            let k = per.entry(f).or_insert(0);
            let n = self.dcl_count(f) + *k;
            *k += 1;
            let old = self.p.var(v).name.clone();
            let new = format!(".autotmp_{n}");
            self.p.vars[v.0 as usize].name = new.clone();
            renames.push((old, new));
        }
        let patch = |t: &mut String| {
            if t.contains('\u{1}') {
                for (o, n) in &renames {
                    *t = t.replace(o.as_str(), n);
                }
            }
        };
        for e in self.p.exprs.iter_mut().skip(exprs) {
            patch(&mut e.text);
        }
        for s in self.p.stmts.iter_mut().skip(stmts) {
            patch(&mut s.text);
        }
    }

    /// A reference to a variable from the current function, recording captures.
    fn name_ref(&mut self, v: VarId, pos: Pos) -> ExprId {
        let owner = self.p.var(v).func;
        let mut f = self.cur;
        while f != owner {
            let func = &mut self.p.funcs[f.0 as usize];
            if !func.captures.iter().any(|c| c.var == v) {
                func.captures.push(Capture { var: v, pos });
            }
            match func.parent {
                Some(p) => f = p,
                None => break,
            }
        }
        let var = self.p.var(v);
        let (name, ty) = (var.name.clone(), var.ty);
        self.mk(ExprKind::Name(v), ty, pos, name)
    }

    fn sub_name(&mut self, kind: u8) -> String {
        // Literals are numbered apart; `go` and `defer` wrappers share one count (go1.27.3:
        // `f.gowrap1`, `f.deferwrap2`, `f.gowrap3`).
        let n = self.sub_n.entry((self.cur, kind.min(1))).or_insert(0);
        *n += 1;
        let n = *n;
        let f = self.p.func(self.cur);
        match kind {
            0 if f.parent.is_none() => format!("{}.func{n}", f.name),
            0 => format!("{}.{n}", f.name),
            1 => format!("{}.gowrap{n}", f.name),
            _ => format!("{}.deferwrap{n}", f.name),
        }
    }

    // ----- the file and its functions -----

    fn file(&mut self, file: &ast::File) {
        // The package initializer (`init`) comes first, then every declared function (static
        // callees may be declared later).
        let mut init_specs: Vec<&ast::ValueSpec> = Vec::new();
        let init = FuncId(0);
        let mut decls = Vec::new();
        let mut user_inits = 0usize;
        for d in &file.decls {
            match &d.kind {
                ast::DeclKind::Func(fd) => {
                    let Some(obj) = self.obj_of(fd.name.id) else { continue };
                    if self.user_pkg.is_none() {
                        self.user_pkg = self.c.obj(obj).pkg;
                    }
                    if fd.type_params.is_some() || recv_is_generic(fd) {
                        self.generic_fds.insert(obj, (**fd).clone());
                        continue;
                    }
                    let mut name = func_name(fd);
                    if fd.recv.is_none() && name == "init" {
                        // gc numbers the user's `init` functions: `init.0`, `init.1`, …
                        name = format!("init.{user_inits}");
                        user_inits += 1;
                    }
                    let pos = self.pos(fd.name.span);
                    let pragmas = self.pragmas(file, d.span);
                    self.p.funcs.push(Func { name, pos, pragmas, ..Func::default() });
                    let id = FuncId(self.p.funcs.len() as u32 - 1);
                    let t = self.c.obj_type(obj);
                    self.cur_sig.insert(id, t);
                    if fd.name.name != "_" && fd.name.name != "init" {
                        self.funcs.insert(obj, id);
                    }
                    decls.push((fd, id));
                }
                ast::DeclKind::Var { specs, .. } => {
                    for s in specs {
                        if !s.values.iter().all(|v| self.is_static_init(v)) {
                            init_specs.push(s);
                        }
                    }
                }
                _ => {}
            }
        }
        if !init_specs.is_empty() {
            // Insert the package initializer before the declared functions.
            let pos = self.pos(init_specs[0].span);
            self.p.funcs.insert(0, Func { name: "init".into(), pos, ..Func::default() });
            for f in self.funcs.values_mut() {
                f.0 += 1;
            }
            for (_, id) in decls.iter_mut() {
                id.0 += 1;
            }
            let sigs = std::mem::take(&mut self.cur_sig);
            self.cur_sig.extend(sigs.into_iter().map(|(f, t)| (FuncId(f.0 + 1), t)));
            let (e0, s0) = (self.p.exprs.len(), self.p.stmts.len());
            self.package_init(&init_specs, init);
            self.name_late_temps(e0, s0);
        }
        for (fd, id) in decls {
            self.func_decl(fd, id);
        }
        self.instantiate_type_methods();
        self.lower_shapes();
        self.lower_wrappers();
        let decl_ids: Vec<u32> = file.decls.iter().map(|d| d.id.0).collect();
        self.instantiation_order(&decl_ids);
        self.handled_ifaces = self.iface_wrappers(file);
    }

    /// Package-level initializers gc handles statically (no escape output).
    fn is_static_init(&self, e: &ast::Expr) -> bool {
        if self.tv(e.id).is_some_and(|tv| tv.value.is_some()) {
            return true;
        }
        match &e.kind {
            ast::ExprKind::Ident(_) | ast::ExprKind::BasicLit(_) => true,
            ast::ExprKind::Paren(x) => self.is_static_init(x),
            ast::ExprKind::Selector { .. } => true,
            ast::ExprKind::Unary { op: ast::UnaryOp::Addr, x } => self.is_static_init(x),
            ast::ExprKind::CompositeLit { elts, .. } => {
                let is_map = self.tv(e.id).is_some_and(|tv| {
                    let u = self.c.types.kind(tv.ty).clone();
                    matches!(u, TypeKind::Map(..))
                        || matches!(&u, TypeKind::Named(n) if n.underlying.is_some_and(|t| matches!(self.c.types.kind(t), TypeKind::Map(..))))
                });
                !is_map && elts.iter().all(|x| self.is_static_init(x))
            }
            ast::ExprKind::KeyValue { key, value } => {
                self.is_static_init(key) && self.is_static_init(value)
            }
            _ => false,
        }
    }

    fn pragmas(&self, file: &ast::File, decl: Span) -> Pragmas {
        let mut p = Pragmas::default();
        let mut end = decl.start as usize;
        let i = file.comments.partition_point(|c| (c.end as usize) <= end);
        for c in file.comments[..i].iter().rev() {
            let gap = self.src.get(c.end as usize..end).unwrap_or("");
            if !gap.trim().is_empty() || gap.matches('\n').count() > 1 {
                break;
            }
            match self.src.get(c.range()).unwrap_or("").trim_end() {
                "//go:noescape" => p.noescape = true,
                "//go:uintptrescapes" => p.uintptrescapes = true,
                "//go:noinline" => p.noinline = true,
                _ => {}
            }
            end = c.start as usize;
        }
        p
    }

    fn func_decl(&mut self, fd: &ast::FuncDecl, id: FuncId) {
        self.cur = id;
        let (e0, s0) = (self.p.exprs.len(), self.p.stmts.len());
        self.binds.clear();
        self.labels.clear();
        self.assigns.clear();
        self.sdefs.clear();
        self.stainted.clear();
        self.saddr.clear();
        self.srhs.clear();
        if let Some(body) = &fd.body {
            self.collect_block(body);
        }
        if let Some(recv) = &fd.recv {
            let method = self.obj_of(fd.name.id);
            for f in &recv.fields {
                let t = match method.and_then(|m| self.c.method_recv.get(&m).copied()) {
                    Some(t) => self.subst_ty(t),
                    None => self.type_of(&f.ty),
                };
                let ty = self.ty(t);
                let (var, name, pos) = match f.names.first() {
                    Some(n) => (self.param_var(n, ty), n.name.clone(), self.pos(n.span)),
                    None => (None, String::new(), self.pos(f.ty.span)),
                };
                let name = if name == "_" { String::new() } else { name };
                self.p.funcs[id.0 as usize].recv = Some(Param { var, name, pos, ty, ddd: false });
            }
        }
        self.signature(&fd.sig, id);
        if let Some(body) = &fd.body {
            let stmts = self.block(&body.stmts);
            self.p.funcs[id.0 as usize].body = Some(stmts);
        }
        self.name_late_temps(e0, s0);
    }

    fn param_var(&mut self, n: &ast::Ident, ty: Ty) -> Option<VarId> {
        if n.is_blank() {
            return None;
        }
        let pos = self.pos(n.span);
        let v = self.new_var(&n.name, pos, VarClass::Param, ty);
        match self.obj_of(n.id) {
            Some(obj) => {
                self.vars.insert(obj, v);
            }
            // Receivers are not recorded in `defs`: uses are matched by declaration span.
            None => self.binds.push((n.span, v)),
        }
        Some(v)
    }

    /// Parameters and results of `f` from its signature.
    fn signature(&mut self, sig: &ast::FuncType, f: FuncId) {
        let n = sig.params.fields.len();
        let checked = self.cur_sig.get(&f).copied().map(|t| {
            let u = self.c.under(t);
            match self.c.types.kind(u) {
                TypeKind::Func(s) => (s.params.clone(), s.results.clone()),
                _ => (Vec::new(), Vec::new()),
            }
        });
        let (cparams, cresults) = checked.unwrap_or_default();
        let mut pi = 0;
        for (i, field) in sig.params.fields.iter().enumerate() {
            let ddd = field.variadic && i + 1 == n;
            let mut t = self.type_of(&field.ty);
            if ddd {
                t = self.c.types.slice(t);
            }
            if let Some(p) = cparams.get(pi) {
                t = p.ty;
            }
            pi += field.names.len().max(1);
            let ty = self.ty(t);
            if field.names.is_empty() {
                let pos = self.pos(field.ty.span);
                let p = Param { var: None, name: String::new(), pos, ty, ddd };
                self.p.funcs[f.0 as usize].params.push(p);
            }
            for nm in &field.names {
                let var = self.param_var(nm, ty);
                let name = if nm.is_blank() { String::new() } else { nm.name.clone() };
                let pos = self.pos(nm.span);
                self.p.funcs[f.0 as usize].params.push(Param { var, name, pos, ty, ddd });
            }
        }
        if let Some(res) = &sig.results {
            let fpos = self.p.func(f).pos;
            let mut idx = 0;
            for field in &res.fields {
                let t = match cresults.get(idx) {
                    Some(r) => r.ty,
                    None => self.type_of(&field.ty),
                };
                let ty = self.ty(t);
                if field.names.is_empty() {
                    let v = self.new_var(&format!("~r{idx}"), fpos, VarClass::Result, ty);
                    let tpos = self.pos(field.ty.span);
                    self.result_pos.insert(v, tpos);
                    self.p.funcs[f.0 as usize].results.push(v);
                    idx += 1;
                }
                for nm in &field.names {
                    let pos = self.pos(nm.span);
                    let name = if nm.is_blank() { format!("~b{idx}") } else { nm.name.clone() };
                    let v = self.new_var(&name, pos, VarClass::Result, ty);
                    if let Some(obj) = self.obj_of(nm.id) {
                        self.vars.insert(obj, v);
                    }
                    self.p.funcs[f.0 as usize].results.push(v);
                    idx += 1;
                }
            }
        }
    }

    // ----- the reassign oracle -----

    fn record(&mut self, lhs: &ast::Expr, rhs: Rhs) {
        if let ast::ExprKind::Ident(id) = &strip(lhs).kind {
            if let Some(obj) = self.obj_of(id.id) {
                self.assigns.entry(obj).or_default().push(rhs);
            }
        }
    }

    fn classify(&self, e: &ast::Expr) -> Rhs {
        match &strip(e).kind {
            ast::ExprKind::FuncLit { .. } => Rhs::Lit(strip(e).id),
            ast::ExprKind::Ident(id) => match self.obj_of(id.id) {
                Some(o) => match self.c.obj(o).kind {
                    ObjKind::Func { method: false, .. } => Rhs::Func(o),
                    ObjKind::Nil => Rhs::Nil,
                    _ => Rhs::Other,
                },
                None => Rhs::Other,
            },
            ast::ExprKind::Selector { sel, .. } => match self.obj_of(sel.id) {
                Some(o)
                    if matches!(self.c.obj(o).kind, ObjKind::Func { method: false, .. })
                        && self
                            .info
                            .selections
                            .get(strip(e).id.index())
                            .is_none_or(|s| s.is_none()) =>
                {
                    Rhs::Func(o)
                }
                _ => Rhs::Other,
            },
            _ => Rhs::Other,
        }
    }

    fn collect_assign(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], plain: bool) {
        if lhs.len() == rhs.len() && plain {
            for (l, r) in lhs.iter().zip(rhs) {
                let c = self.classify(r);
                self.record(l, c);
            }
        } else {
            for l in lhs {
                self.record(l, Rhs::Other);
            }
        }
        lhs.iter().chain(rhs).for_each(|e| self.collect_expr(e));
    }

    fn collect_block(&mut self, b: &ast::Block) {
        for s in &b.stmts {
            self.collect_stmt(s);
        }
    }

    fn collect_stmt(&mut self, s: &ast::Stmt) {
        use ast::StmtKind as S;
        match &s.kind {
            S::Assign { lhs, rhs, op } => {
                lhs.iter().for_each(|l| self.sv_taint(l));
                if op.is_none() {
                    self.sv_assign(lhs, rhs);
                }
                self.collect_assign(lhs, rhs, op.is_none())
            }
            S::Define { lhs, rhs } => {
                self.sv_define(lhs, rhs);
                self.collect_assign(lhs, rhs, true)
            }
            S::IncDec { x, .. } => {
                self.sv_taint(x);
                self.record(x, Rhs::Other);
                self.collect_expr(x);
            }
            S::Decl(d) => {
                if let ast::DeclKind::Var { specs, .. } = &d.kind {
                    for sp in specs {
                        self.sv_var(&sp.names, &sp.values);
                        if sp.values.len() == sp.names.len() {
                            for (n, v) in sp.names.iter().zip(&sp.values) {
                                let c = self.classify(v);
                                if let Some(o) = self.obj_of(n.id) {
                                    self.assigns.entry(o).or_default().push(c);
                                }
                            }
                        } else {
                            for n in &sp.names {
                                if let Some(o) = self.obj_of(n.id) {
                                    let r =
                                        if sp.values.is_empty() { Rhs::Nil } else { Rhs::Other };
                                    self.assigns.entry(o).or_default().push(r);
                                }
                            }
                        }
                        sp.values.iter().for_each(|e| self.collect_expr(e));
                    }
                }
            }
            S::Range { key, value, x, body, .. } => {
                for k in key.iter().chain(value.iter()) {
                    self.sv_taint(k);
                    self.record(k, Rhs::Other);
                }
                self.collect_expr(x);
                self.collect_block(body);
            }
            S::Labeled { stmt, .. } => self.collect_stmt(stmt),
            S::Expr(e) | S::Go(e) | S::Defer(e) => self.collect_expr(e),
            S::Send { chan, value } => {
                self.collect_expr(chan);
                self.collect_expr(value);
            }
            S::Return(xs) => xs.iter().for_each(|e| self.collect_expr(e)),
            S::Block(b) => self.collect_block(b),
            S::If { init, cond, then, els } => {
                init.iter().for_each(|s| self.collect_stmt(s));
                self.collect_expr(cond);
                self.collect_block(then);
                els.iter().for_each(|s| self.collect_stmt(s));
            }
            S::Switch { init, tag, cases } => {
                init.iter().for_each(|s| self.collect_stmt(s));
                tag.iter().for_each(|e| self.collect_expr(e));
                for c in cases {
                    c.list.iter().flatten().for_each(|e| self.collect_expr(e));
                    c.body.iter().for_each(|s| self.collect_stmt(s));
                }
            }
            S::TypeSwitch { init, x, cases, .. } => {
                init.iter().for_each(|s| self.collect_stmt(s));
                self.collect_expr(x);
                for c in cases {
                    c.body.iter().for_each(|s| self.collect_stmt(s));
                }
            }
            S::Select { cases } => {
                for c in cases {
                    c.comm.iter().for_each(|s| self.collect_stmt(s));
                    c.body.iter().for_each(|s| self.collect_stmt(s));
                }
            }
            S::For { init, cond, post, body } => {
                init.iter().for_each(|s| self.collect_stmt(s));
                cond.iter().for_each(|e| self.collect_expr(e));
                post.iter().for_each(|s| self.collect_stmt(s));
                self.collect_block(body);
            }
            S::Empty | S::Branch { .. } | S::Bad => {}
        }
    }

    fn collect_expr(&mut self, e: &ast::Expr) {
        use ast::ExprKind as E;
        self.sv_implicit_addr(e);
        match &e.kind {
            E::Unary { op: ast::UnaryOp::Addr, x } => {
                self.sv_addr(x);
                self.sv_taint(x);
                self.record(x, Rhs::Other);
                self.collect_expr(x);
            }
            E::FuncLit { body, .. } => self.collect_block(body),
            E::Paren(x) | E::Star(x) | E::Unary { x, .. } => self.collect_expr(x),
            E::Selector { x, .. } | E::TypeAssert { x, .. } => self.collect_expr(x),
            E::Index { x, indices } => {
                self.collect_expr(x);
                indices.iter().for_each(|i| self.collect_expr(i));
            }
            E::Slice { x, low, high, max, .. } => {
                self.collect_expr(x);
                for i in [low, high, max].into_iter().flatten() {
                    self.collect_expr(i);
                }
            }
            E::Call { fun, args, .. } => {
                self.collect_expr(fun);
                args.iter().for_each(|a| self.collect_expr(a));
            }
            E::Binary { x, y, .. } => {
                self.collect_expr(x);
                self.collect_expr(y);
            }
            E::KeyValue { key, value } => {
                self.collect_expr(key);
                self.collect_expr(value);
            }
            E::CompositeLit { elts, .. } => elts.iter().for_each(|x| self.collect_expr(x)),
            _ => {}
        }
    }

    /// gc's static callee of a call through local variable `obj`.
    fn var_callee(&mut self, obj: ObjId) -> Option<Callee> {
        let list = self.assigns.get(&obj)?.clone();
        if list.is_empty() || list.contains(&Rhs::Other) {
            return None;
        }
        let mut out = Vec::new();
        for r in &list {
            match r {
                Rhs::Func(o) => out.push(self.func_callee(*o)?),
                Rhs::Lit(n) => out.push(StaticCallee::Local(*self.lit_funcs.get(n)?)),
                Rhs::Nil | Rhs::Other => {}
            }
        }
        match (list.len(), out.len()) {
            (_, 0) => None,
            (1, 1) => out.pop().map(Callee::Static),
            _ => Some(Callee::Assigned(out)),
        }
    }

    /// A declared function as a static callee (local, or imported with its tags).
    fn func_callee(&mut self, obj: ObjId) -> Option<StaticCallee> {
        if let Some(f) = self.funcs.get(&obj) {
            return Some(StaticCallee::Local(*f));
        }
        let o = self.c.obj(obj);
        if o.pkg.is_some() && o.pkg == self.user_pkg {
            return None;
        }
        self.imported(obj).map(StaticCallee::Imported)
    }

    /// The escape tags of an imported function or method for the selected version.
    fn imported(&mut self, obj: ObjId) -> Option<ImportedFunc> {
        let want = match self.version {
            GoVersion::Go123 => "go1.23",
            _ => "go1.27",
        };
        let lines = self.c.annotations.get(&obj).cloned().unwrap_or_default();
        let o = self.c.obj(obj).clone();
        let pkg = o.pkg.map(|p| self.c.pkgs[p.0 as usize].name.clone()).unwrap_or_default();
        let t = self.c.obj_type(obj);
        let u = self.c.under(t);
        let TypeKind::Func(sig) = self.c.types.kind(u).clone() else { return None };
        let mut f = ImportedFunc { name: format!("{pkg}.{}", o.name), ..ImportedFunc::default() };
        let mut found = false;
        let mut tags: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for line in &lines {
            let a = escapade_types::stdlib::parse_annotation(line);
            if a.version.as_deref() != Some(want) {
                continue;
            }
            match a.kind.as_str() {
                "esc" => {
                    found = true;
                    for (k, v) in &a.fields {
                        if k == "generic" {
                            return None;
                        }
                        tags.insert(k.clone(), parse_tag(v)?);
                    }
                }
                "body" => {
                    for (k, _) in &a.fields {
                        match k.as_str() {
                            "noescape" => f.pragmas.noescape = true,
                            "uintptrescapes" => f.pragmas.uintptrescapes = true,
                            "noinline" => f.pragmas.noinline = true,
                            _ => {}
                        }
                    }
                }
                "absent" => return None,
                _ => {}
            }
        }
        if !found {
            return None;
        }
        let none = crate::leaks::Leaks::default().encode();
        let mut tag_for = |l: &mut Self, key: &str, t: TypeId| match tags.remove(key) {
            Some(tag) => Some(tag),
            None if l.c.pointer_free(t) => Some(none.clone()),
            None => None,
        };
        if let Some(rt) = self.c.method_recv.get(&obj).copied() {
            f.recv_tag = tag_for(self, "recv", rt);
        }
        for (i, p) in sig.params.iter().enumerate() {
            let tag = tag_for(self, &i.to_string(), p.ty);
            f.param_tags.push(tag);
        }
        Some(f)
    }
}

/// `heap:1,mutator:0` → the `esc:` tag bytes.
fn parse_tag(v: &str) -> Option<Vec<u8>> {
    let mut l = crate::leaks::Leaks::default();
    if v != "none" {
        for part in v.split(',') {
            let (k, d) = part.split_once(':')?;
            let d: i32 = d.parse().ok()?;
            match k {
                "heap" => l.add_heap(d),
                "mutator" => l.add_mutator(d),
                "callee" => l.add_callee(d),
                r => {
                    let i: usize = r.strip_prefix("result")?.parse().ok()?;
                    if i >= crate::leaks::NUM_ESC_RESULTS {
                        return None;
                    }
                    l.add_result(i, d);
                }
            }
        }
    }
    Some(l.encode())
}

/// The expression without parentheses.
/// How gc treats the expression of a `range` without a value variable over an array (or a
/// pointer to one): its length is then a constant unless the expression holds a function
/// call or a receive, and the expression is not evaluated (no flow into the range's
/// temporary; inlining counts it as one node).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RangeLen {
    /// Not such a range, or an expression holding a call or a receive: evaluated.
    Evaluated,
    /// Variables, fields, indexing, dereferences, `&` and composite literals of those:
    /// not evaluated (their allocations are not reported).
    NotEvaluated,
    /// Other expressions (literals, conversions, builtins): not modelled.
    Unknown,
}

pub(crate) fn range_len_only(
    c: &mut Checker,
    info: &FileInfo,
    value_absent: bool,
    x: &ast::Expr,
) -> RangeLen {
    if !value_absent {
        return RangeLen::Evaluated;
    }
    let Some(t) = info.type_of(x.id).map(|t| t.ty) else { return RangeLen::Evaluated };
    let u = c.under(t);
    let arr = match c.types.kind(u) {
        TypeKind::Array(..) => true,
        TypeKind::Pointer(e) => {
            let e = *e;
            let eu = c.under(e);
            matches!(c.types.kind(eu), TypeKind::Array(..))
        }
        _ => false,
    };
    if !arr {
        return RangeLen::Evaluated;
    }
    fn walk(info: &FileInfo, e: &ast::Expr) -> RangeLen {
        use ast::ExprKind as E;
        let both = |a: RangeLen, b: RangeLen| match (a, b) {
            (RangeLen::Evaluated, _) | (_, RangeLen::Evaluated) => RangeLen::Evaluated,
            (RangeLen::Unknown, _) | (_, RangeLen::Unknown) => RangeLen::Unknown,
            _ => RangeLen::NotEvaluated,
        };
        if info.type_of(e.id).is_some_and(|t| t.value.is_some()) {
            return RangeLen::NotEvaluated;
        }
        match &e.kind {
            E::Ident(_) | E::BasicLit(_) => RangeLen::NotEvaluated,
            E::Paren(x) | E::Star(x) => walk(info, x),
            E::Selector { x, .. } => walk(info, x),
            E::Unary { op: ast::UnaryOp::Addr, x } => walk(info, x),
            E::Unary { op: ast::UnaryOp::Recv, .. } => RangeLen::Evaluated,
            E::CompositeLit { elts, .. } => {
                elts.iter().fold(RangeLen::NotEvaluated, |acc, el| both(acc, walk(info, el)))
            }
            E::KeyValue { key, value } => both(walk(info, key), walk(info, value)),
            E::Index { x, indices } => {
                indices.iter().fold(walk(info, x), |acc, i| both(acc, walk(info, i)))
            }
            E::Call { fun, args, .. } => {
                let plain = !matches!(
                    info.type_of(fun.id).map(|t| t.mode),
                    Some(escapade_types::Mode::TypeExpr | escapade_types::Mode::Builtin(_))
                );
                if plain {
                    RangeLen::Evaluated
                } else {
                    args.iter().fold(RangeLen::Unknown, |acc, a| both(acc, walk(info, a)))
                }
            }
            _ => RangeLen::Unknown,
        }
    }
    walk(info, x)
}

pub(crate) fn strip(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ast::ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}

fn recv_is_generic(fd: &ast::FuncDecl) -> bool {
    fd.recv.as_ref().is_some_and(|r| {
        r.fields.iter().any(|f| {
            let t = match &strip(&f.ty).kind {
                ast::ExprKind::Star(x) => strip(x),
                _ => strip(&f.ty),
            };
            matches!(t.kind, ast::ExprKind::Index { .. })
        })
    })
}

/// gc's `FuncName`: `f`, `T.M`, `(*T).M`.
fn func_name(fd: &ast::FuncDecl) -> String {
    let Some(recv) = &fd.recv else { return fd.name.name.clone() };
    let Some(f) = recv.fields.first() else { return fd.name.name.clone() };
    match &strip(&f.ty).kind {
        ast::ExprKind::Star(x) => match &strip(x).kind {
            ast::ExprKind::Ident(t) => format!("(*{}).{}", t.name, fd.name.name),
            _ => fd.name.name.clone(),
        },
        ast::ExprKind::Ident(t) => format!("{}.{}", t.name, fd.name.name),
        _ => fd.name.name.clone(),
    }
}

/// The whole pipeline for one file: parse → type-check → lower → analyse.
#[derive(Clone, Debug, Default)]
pub struct EscapeRun {
    /// gc-style syntax/type errors (`NAME:LINE:COL: msg`); non-empty means no analysis.
    pub errors: Vec<String>,
    /// Constructs not modelled; non-empty means no analysis.
    pub unsupported: Vec<Unsupported>,
    /// Constructs whose `-m=2` explanation text is not modelled: reported instead of the
    /// output at `-m=2` and above only (the `-m` verdicts do not depend on them).
    pub unsupported_m2: Vec<Unsupported>,
    /// The `-m=2` refusal of gc's generated equality function that applies with inlining
    /// on (its `cannot inline` line), not under `-l` (no leaking parameter to explain).
    pub eq_m2_inlined: Option<Unsupported>,
    pub program: Program,
    pub analysis: Option<crate::Analysis>,
}

impl EscapeRun {
    /// The lines to print: errors, else unsupported notes, else gc's `-m` lines.
    pub fn lines(&self, name: &str, m: u8) -> Vec<String> {
        if !self.errors.is_empty() {
            return self.errors.clone();
        }
        if !self.unsupported.is_empty() {
            return self.unsupported.iter().map(|u| u.render(name)).collect();
        }
        if m >= 2 && !self.unsupported_m2.is_empty() {
            return self.unsupported_m2.iter().map(|u| u.render(name)).collect();
        }
        match &self.analysis {
            Some(a) => a.render(name, m).lines().map(str::to_string).collect(),
            None => Vec::new(),
        }
    }
}

/// Runs escape analysis on one source file named `name` (the name used in messages).
pub fn escape_file(name: &str, text: &str, cfg: crate::Config) -> EscapeRun {
    escape_file_checked(name, text, cfg).0
}

/// [`escape_file`], also giving back its type-checked file (after the lowering, which adds
/// instantiations to the checker), so the inliner does not check the file again.
pub(crate) fn escape_file_checked(
    name: &str,
    text: &str,
    cfg: crate::Config,
) -> (EscapeRun, Checked) {
    let mut checked = escapade_types::check_files(&[escapade_types::SourceFile { name, text }]);
    let run = escape_checked(&mut checked, name, text, cfg);
    (run, checked)
}

fn escape_checked(checked: &mut Checked, name: &str, text: &str, cfg: crate::Config) -> EscapeRun {
    if checked.has_errors() {
        return EscapeRun { errors: checked.render(&[name], &[text]), ..EscapeRun::default() };
    }
    let mut lowered = lower(checked, 0, text, cfg.version);
    lowered.unsupported.extend(sync_map_instances(text));
    if !lowered.unsupported.is_empty() {
        return EscapeRun {
            unsupported: lowered.unsupported,
            program: lowered.program,
            ..EscapeRun::default()
        };
    }
    let analysis = crate::analyze(&lowered.program, cfg);
    let mut unsupported_m2 = lowered.unsupported_m2;
    unsupported_m2.extend(generated_wrappers(
        &lowered.program,
        &analysis,
        text,
        &lowered.handled_ifaces,
        &lowered.ptr_wrapped,
    ));
    unsupported_m2.extend(promoted_wrappers(&lowered.program, &analysis, &lowered.promoted));
    unsupported_m2.extend(method_value_wrappers(&lowered.program, &analysis));
    unsupported_m2.extend(uintptrescapes_temps(&lowered.program));
    unsupported_m2.extend(os_file_instances(text));
    let mut eq_m2_inlined = None;
    if cfg.m >= 2 {
        let (prog, itab) = (&lowered.program, &lowered.itab_convs);
        unsupported_m2.extend(crate::inline::eqfunc::refusal(checked, prog, itab, true));
        eq_m2_inlined = crate::inline::eqfunc::refusal(checked, prog, itab, false);
    }
    EscapeRun {
        program: lowered.program,
        unsupported_m2,
        eq_m2_inlined,
        analysis: Some(analysis),
        ..EscapeRun::default()
    }
}

/// gc's escape analysis rewrites a `uintptr(unsafe.Pointer(p))` argument of a
/// `//go:uintptrescapes` callee through a new `.autotmp_N` (also renaming it inside the
/// call's text); the `-m` verdicts do not depend on it, its `-m=2` explanation is not
/// modelled.
fn uintptrescapes_temps(prog: &Program) -> Vec<Unsupported> {
    let mut out = Vec::new();
    for e in &prog.exprs {
        let ExprKind::Call(c) = &e.kind else { continue };
        let marked = match &c.callee {
            Callee::Static(StaticCallee::Local(f)) => prog.func(*f).pragmas.uintptrescapes,
            Callee::Static(StaticCallee::Imported(f)) => f.pragmas.uintptrescapes,
            _ => false,
        };
        if !marked {
            continue;
        }
        let rewritten = c.args.iter().any(|&a| {
            let elems: Vec<ExprId> = match &prog.expr(a).kind {
                ExprKind::SliceLit(xs) => xs.clone(),
                _ => vec![a],
            };
            elems.into_iter().any(|el| {
                let x = prog.expr(el);
                matches!(x.kind, ExprKind::Conv(inner)
                    if x.ty.kind == crate::ir::TyKind::Uintptr
                        && prog.expr(inner).ty.kind == crate::ir::TyKind::UnsafePointer)
            })
        });
        if rewritten {
            let what = "-m=2 explanations of gc's //go:uintptrescapes argument temporaries";
            out.push(Unsupported { pos: e.pos, what: what.into() });
        }
    }
    out
}

/// A file that uses `*os.File` makes gc instantiate `sync/atomic.Pointer[os.dirInfo]`'s
/// methods in the package; their `-m=2` explanations (at `$GOROOT/src/sync/atomic/…`) are
/// not modelled. Detected on the source text, erring on the refusing side.
fn os_file_instances(text: &str) -> Vec<Unsupported> {
    const USES: [&str; 8] = [
        "os.Stdout",
        "os.Stderr",
        "os.Stdin",
        "os.File",
        "os.Open",
        "os.Create",
        "os.NewFile",
        "os.Pipe",
    ];
    if !text.contains("\"os\"") {
        return Vec::new();
    }
    let first = USES.iter().filter_map(|u| text.find(u)).min();
    match first {
        Some(off) => {
            let lc = LineIndex::new(text).line_col(off);
            let pos = Pos { line: lc.line, col: lc.col, span: Span::default() };
            let what = "-m=2 explanations of std generic methods gc instantiates for os.File";
            vec![Unsupported { pos, what: what.into() }]
        }
        None => Vec::new(),
    }
}

/// A file that uses `sync.Map` makes gc instantiate `internal/sync.HashTrieMap`'s methods in
/// the package, with their own diagnostics at `$GOROOT/src/internal/sync/…`: not modelled.
/// Detected on the source text, erring on the refusing side.
fn sync_map_instances(text: &str) -> Vec<Unsupported> {
    if !text.contains("\"sync\"") {
        return Vec::new();
    }
    let hit = text.match_indices("sync.Map").find(|&(off, m)| {
        let after = text[off + m.len()..].chars().next();
        let before = text[..off].chars().next_back();
        !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
            && !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
    });
    match hit {
        Some((off, _)) => {
            let lc = LineIndex::new(text).line_col(off);
            let pos = Pos { line: lc.line, col: lc.col, span: Span::default() };
            let what = "sync.Map (gc instantiates internal/sync.HashTrieMap's methods)";
            vec![Unsupported { pos, what: what.into() }]
        }
        None => Vec::new(),
    }
}

/// Placeholder name of a late temporary (patched by `Lower::name_late_temps`).
fn late_placeholder(id: usize) -> String {
    format!(".autotmp_\u{1}{id}\u{1}")
}

/// gc compiles wrappers this crate does not model, whose `-m=2` explanations print at
/// `<autogenerated>:1` (go1.27): `(*T).M` for a value-receiver method whose receiver leaks,
/// and method-expression wrappers `I.M` of interface types with methods.
/// Promoted-method wrappers print `-m=2` explanations when the promoted method's receiver
/// or parameters leak (always for an embedded interface): not modelled, refused.
fn promoted_wrappers(
    prog: &Program,
    a: &crate::Analysis,
    promoted: &[(Pos, Vec<FuncId>)],
) -> Vec<Unsupported> {
    let mut out = Vec::new();
    for (pos, fs) in promoted {
        let leaks = fs.is_empty()
            || fs.iter().any(|&f| {
                let func = prog.func(f);
                let at: Vec<Pos> = func.recv_params().map(|p| p.pos).collect();
                a.diagnostics.iter().any(|d| {
                    matches!(
                        d.kind,
                        crate::diag::DiagKind::LeakingParam
                            | crate::diag::DiagKind::LeakingParamContent
                            | crate::diag::DiagKind::LeakingParamToResult { .. }
                    ) && at.iter().any(|p| p.line == d.pos.line && p.col == d.pos.col)
                })
            });
        if leaks {
            let what = "-m=2 explanations of gc's promoted-method wrappers";
            out.push(Unsupported { pos: *pos, what: what.into() });
        }
    }
    out
}

/// gc's `T.M-fm` wrapper of a method value `x.M` explains at `-m=2` how its receiver
/// `.this` leaks (always for an interface method; for a static method when the method's
/// receiver leaks): not modelled. Std methods are refused too (their leaks are not known
/// here).
fn method_value_wrappers(prog: &Program, a: &crate::Analysis) -> Option<Unsupported> {
    let recv_leaks = |f: FuncId| {
        let Some(r) = &prog.func(f).recv else { return false };
        a.diagnostics.iter().any(|d| {
            matches!(
                d.kind,
                crate::diag::DiagKind::LeakingParam
                    | crate::diag::DiagKind::LeakingParamToResult { .. }
            ) && (d.pos.line, d.pos.col) == (r.pos.line, r.pos.col)
        })
    };
    let e = prog.exprs.iter().find(|e| match &e.kind {
        ExprKind::MethodValue { target: MethodTarget::Static(StaticCallee::Local(f)), .. } => {
            recv_leaks(*f)
        }
        ExprKind::MethodValue { .. } => true,
        _ => false,
    })?;
    let what = "-m=2 explanations of gc's generated method value wrapper (M-fm)";
    Some(Unsupported { pos: e.pos, what: what.into() })
}

fn generated_wrappers(
    prog: &Program,
    a: &crate::Analysis,
    text: &str,
    handled: &[usize],
    ptr_wrapped: &[FuncId],
) -> Vec<Unsupported> {
    let mut out = Vec::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        if ptr_wrapped.contains(&FuncId(i as u32)) || f.wrapper {
            continue;
        }
        let Some(r) = &f.recv else { continue };
        if r.ty.kind == crate::ir::TyKind::Pointer {
            continue;
        }
        let _ = i;
        let at: Vec<Pos> = std::iter::once(r.pos).chain(f.params.iter().map(|p| p.pos)).collect();
        let leaks = a.diagnostics.iter().any(|d| {
            let heapish = matches!(
                d.kind,
                crate::diag::DiagKind::LeakingParam
                    | crate::diag::DiagKind::LeakingParamToResult { level: 0, .. }
            );
            heapish && at.iter().any(|p| p.line == d.pos.line && p.col == d.pos.col)
        });
        if leaks {
            let what = "-m=2 explanations of gc's generated pointer-receiver wrapper";
            out.push(Unsupported { pos: f.pos, what: what.into() });
        }
    }
    // Any `interface {` whose body is not empty (comments included: erring on the
    // unsupported side is safe).
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(j) = text.get(from..).and_then(|s| s.find("interface")) {
        let start = from + j;
        let mut k = start + "interface".len();
        from = k;
        if handled.contains(&start) {
            continue;
        }
        while k < b.len() && b[k].is_ascii_whitespace() {
            k += 1;
        }
        if b.get(k) != Some(&b'{') {
            continue;
        }
        k += 1;
        while k < b.len() && b[k].is_ascii_whitespace() {
            k += 1;
        }
        if b.get(k).is_some_and(|c| *c != b'}') {
            let lc = LineIndex::new(text).line_col(start);
            let pos = Pos { line: lc.line, col: lc.col, span: Span::default() };
            let what = "-m=2 explanations of gc's generated interface method wrappers";
            out.push(Unsupported { pos, what: what.into() });
            break;
        }
    }
    out
}
