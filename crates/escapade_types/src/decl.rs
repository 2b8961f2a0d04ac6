//! Packages, imports, collection of package-level objects, lazy resolution of declarations
//! (with cycle detection), function signatures and the driver for function bodies.

use std::rc::Rc;

use escapade_base::Span;
use escapade_syntax::ast::{self, DeclKind, Expr, ExprKind, FieldList, ImportName, LitValue};

use crate::check::{Checker, DeclRef, FuncCtx, SrcFile};
use crate::constant::Value;
use crate::info::{FileInfo, Mode};
use crate::objects::*;
use crate::types::*;

/// The parse of the std stub `path` (static text), made once per thread and shared by every
/// check: re-parsing the stubs was about half the time of checking a small file.
fn parsed_stub(path: &str, text: &'static str) -> (Rc<str>, Rc<ast::File>) {
    type Parsed = (Rc<str>, Rc<ast::File>);
    thread_local! {
        static PARSED: std::cell::RefCell<std::collections::BTreeMap<String, Parsed>> =
            const { std::cell::RefCell::new(std::collections::BTreeMap::new()) };
    }
    PARSED.with(|cache| {
        if let Some(hit) = cache.borrow().get(path) {
            return hit.clone();
        }
        let parsed: Parsed = (Rc::from(text), Rc::new(escapade_syntax::parse(text).file));
        cache.borrow_mut().insert(path.to_string(), parsed.clone());
        parsed
    })
}

/// Per-object scope of a function's signature (type parameters, receiver type parameters).
pub(crate) type FuncScopes = std::collections::BTreeMap<ObjId, ScopeId>;

impl Checker {
    /// Adds a parsed file; `user` files get `Info` tables.
    pub(crate) fn add_file(
        &mut self,
        name: &str,
        text: Rc<str>,
        ast: Rc<ast::File>,
        pkg: PkgId,
        user: bool,
    ) -> FileId {
        let id = FileId(self.files.len() as u32);
        let pkg_scope = self.pkgs[pkg.0 as usize].scope;
        let scope = self.new_scope(Some(pkg_scope), false);
        if user {
            self.info.push(FileInfo::new(ast.node_count));
        }
        self.files.push(SrcFile { name: name.to_string(), ast, pkg, scope, user, text });
        self.pkgs[pkg.0 as usize].files.push(id);
        id
    }

    pub(crate) fn new_package(&mut self, path: &str, name: &str, complete: bool) -> PkgId {
        let scope = self.new_scope(Some(self.universe), false);
        let id = PkgId(self.pkgs.len() as u32);
        self.pkgs.push(Package {
            path: path.to_string(),
            name: name.to_string(),
            scope,
            files: Vec::new(),
            complete,
        });
        self.pkg_by_path.insert(path.to_string(), id);
        id
    }

    /// The std package `path`, loaded and collected on first request.
    pub(crate) fn import_package(&mut self, path: &str) -> Option<PkgId> {
        if let Some(&p) = self.pkg_by_path.get(path) {
            return Some(p);
        }
        if path == "unsafe" {
            let p = self.new_package("unsafe", "unsafe", true);
            let scope = self.pkgs[p.0 as usize].scope;
            let ptr = self.types.basic(BasicKind::UnsafePointer);
            let o = self.new_obj(
                "Pointer",
                ObjKind::TypeName { alias: false },
                Some(ptr),
                Some(p),
                None,
            );
            self.scopes[scope.0 as usize].names.insert("Pointer".into(), o);
            for b in Builtin::UNSAFE {
                let inv = self.types.invalid();
                let o = self.new_obj(b.name(), ObjKind::Builtin(b), Some(inv), Some(p), None);
                self.scopes[scope.0 as usize].names.insert(b.name().into(), o);
            }
            self.unsafe_pkg = Some(p);
            return Some(p);
        }
        let (text, name, complete) = crate::stdlib::stub(path)?;
        let p = self.new_package(path, name, complete);
        let (text, parsed) = parsed_stub(path, text);
        let saved_file = self.cur.file;
        let saved_pkg = self.cur.pkg;
        let f = self.add_file(&format!("$GOROOT/{path}.go"), text, parsed, p, false);
        self.cur.file = f;
        self.cur.pkg = p;
        self.collect_file(f);
        self.collect_methods(p);
        self.cur.file = saved_file;
        self.cur.pkg = saved_pkg;
        Some(p)
    }

    /// Declares the imports of file `f` in its file scope.
    pub(crate) fn collect_imports(&mut self, f: FileId) {
        let file = self.files[f.0 as usize].ast.clone();
        let user = self.files[f.0 as usize].user;
        let fscope = self.files[f.0 as usize].scope;
        for decl in &file.imports {
            for spec in &decl.specs {
                let LitValue::Str { value, .. } = &spec.path.value else { continue };
                let path = String::from_utf8_lossy(value).into_owned();
                let saved = (self.cur.file, self.cur.pkg);
                let pkg = self.import_package(&path);
                self.cur.file = saved.0;
                self.cur.pkg = saved.1;
                let Some(pkg) = pkg else {
                    if user {
                        self.unsupported(
                            spec.path.span,
                            &format!("import of {:?} (not in Escapade's std declarations)", path),
                        );
                    }
                    continue;
                };
                if user && !self.pkgs[pkg.0 as usize].complete {
                    self.unsupported(
                        spec.path.span,
                        &format!(
                            "import of {path:?} (only partially declared in Escapade's std data)"
                        ),
                    );
                }
                let pkg_name = self.pkgs[pkg.0 as usize].name.clone();
                let (local, span) = match &spec.name {
                    ImportName::Default => (pkg_name.clone(), spec.path.span),
                    ImportName::Named(id) => (id.name.clone(), id.span),
                    ImportName::Dot(s) => {
                        self.unsupported(*s, "dot imports");
                        continue;
                    }
                    ImportName::Blank(_) => continue,
                };
                let pos = self.pos(span);
                let o = self.new_obj(
                    &local,
                    ObjKind::PkgName { pkg },
                    None,
                    Some(self.cur.pkg),
                    Some(pos),
                );
                self.state[o.0 as usize] = 2;
                if let ImportName::Named(id) = &spec.name {
                    self.record_def(id, o);
                }
                self.import_objs.push((
                    o,
                    path.clone(),
                    span,
                    matches!(spec.name, ImportName::Named(_)),
                    f,
                ));
                self.declare(fscope, o, span);
            }
        }
    }

    /// Creates the package-level objects of file `f` (types, consts, vars, funcs; methods
    /// are kept aside and attached by [`Checker::collect_methods`]).
    pub(crate) fn collect_file(&mut self, f: FileId) {
        self.collect_imports(f);
        let file = self.files[f.0 as usize].ast.clone();
        let pkg = self.files[f.0 as usize].pkg;
        let pscope = self.pkgs[pkg.0 as usize].scope;
        let std = !self.files[f.0 as usize].user;
        for (di, decl) in file.decls.iter().enumerate() {
            match &decl.kind {
                DeclKind::Const { specs, .. } => {
                    let mut src = None;
                    for (si, spec) in specs.iter().enumerate() {
                        if !spec.values.is_empty() || spec.ty.is_some() {
                            src = Some(si);
                        }
                        let src_i = src.unwrap_or(si);
                        for (ni, name) in spec.names.iter().enumerate() {
                            let pos = self.pos(name.span);
                            let o = self.new_obj(
                                &name.name,
                                ObjKind::Const { value: None },
                                None,
                                Some(pkg),
                                Some(pos),
                            );
                            self.decls[o.0 as usize] = Some(DeclRef::Const {
                                file: f,
                                decl: di,
                                spec: si,
                                src: src_i,
                                name: ni,
                            });
                            self.record_def(name, o);
                            self.declare_pkg(pscope, o, name);
                            if !std {
                                self.pkg_objs.push(o);
                            }
                        }
                    }
                }
                DeclKind::Var { specs, .. } => {
                    for (si, spec) in specs.iter().enumerate() {
                        for name in &spec.names {
                            let pos = self.pos(name.span);
                            let kind = ObjKind::Var { field: false, param: false, embedded: false };
                            let o = self.new_obj(&name.name, kind, None, Some(pkg), Some(pos));
                            self.decls[o.0 as usize] =
                                Some(DeclRef::Var { file: f, decl: di, spec: si });
                            self.record_def(name, o);
                            self.declare_pkg(pscope, o, name);
                            if !std {
                                self.pkg_objs.push(o);
                            }
                        }
                    }
                }
                DeclKind::Type { specs, .. } => {
                    for (si, spec) in specs.iter().enumerate() {
                        let pos = self.pos(spec.name.span);
                        let o = self.new_obj(
                            &spec.name.name,
                            ObjKind::TypeName { alias: spec.alias },
                            None,
                            Some(pkg),
                            Some(pos),
                        );
                        if !spec.alias {
                            let t = self.types.alloc(TypeKind::Named(Named {
                                obj: o,
                                underlying: None,
                                methods: Vec::new(),
                                tparams: Vec::new(),
                                origin: None,
                                targs: Vec::new(),
                            }));
                            self.obj_mut(o).ty = Some(t);
                        }
                        self.decls[o.0 as usize] =
                            Some(DeclRef::Type { file: f, decl: di, spec: si });
                        if std {
                            self.attach_annotations(&file, decl.span, o);
                        }
                        self.record_def(&spec.name, o);
                        self.declare_pkg(pscope, o, &spec.name);
                        if !std {
                            self.pkg_objs.push(o);
                        }
                    }
                }
                DeclKind::Func(fd) => {
                    let pos = self.pos(fd.name.span);
                    let kind =
                        ObjKind::Func { method: fd.recv.is_some(), has_body: fd.body.is_some() };
                    let o = self.new_obj(&fd.name.name, kind, None, Some(pkg), Some(pos));
                    self.decls[o.0 as usize] = Some(DeclRef::Func { file: f, decl: di });
                    self.record_def(&fd.name, o);
                    if std {
                        self.attach_annotations(&file, decl.span, o);
                    }
                    if !std {
                        self.pkg_objs.push(o);
                    }
                    if fd.recv.is_some() {
                        self.pending_methods.push((o, f, di));
                    } else if fd.name.name == "init" && fd.type_params.is_none() {
                        // init functions are not declared.
                    } else if fd.name.name == "main" && (fd.type_params.is_some()) {
                        self.error(fd.name.span, "func main must have no type parameters");
                        self.declare_pkg(pscope, o, &fd.name);
                    } else {
                        self.declare_pkg(pscope, o, &fd.name);
                    }
                }
                DeclKind::Bad => {}
            }
        }
    }

    fn declare_pkg(&mut self, pscope: ScopeId, o: ObjId, name: &ast::Ident) {
        if name.name == "_" {
            return;
        }
        // A package-level name may not collide with a file-scope import either.
        self.declare(pscope, o, name.span);
    }

    /// Attaches collected methods to their receiver base types.
    pub(crate) fn collect_methods(&mut self, pkg: PkgId) {
        let pending = std::mem::take(&mut self.pending_methods);
        let pscope = self.pkgs[pkg.0 as usize].scope;
        let mut rest = Vec::new();
        for (m, f, di) in pending {
            if self.files[f.0 as usize].pkg != pkg {
                rest.push((m, f, di));
                continue;
            }
            let file = self.files[f.0 as usize].ast.clone();
            let DeclKind::Func(fd) = &file.decls[di].kind else { continue };
            let Some(base) = fd.recv.as_ref().and_then(recv_base_name) else { continue };
            let Some(&tobj) = self.scopes[pscope.0 as usize].names.get(&base.name) else {
                continue;
            };
            let Some(t) = self.obj(tobj).ty else { continue };
            let name = fd.name.name.clone();
            if name == "_" {
                continue;
            }
            let existing = self.types.named(t).map(|n| n.methods.clone()).unwrap_or_default();
            if let Some(&prev) = existing.iter().find(|&&x| self.obj(x).name == name) {
                let other = self.obj(prev).pos.map(|p| self.line_of(p)).unwrap_or_default();
                let saved = self.cur.file;
                self.cur.file = f;
                self.error(
                    fd.name.span,
                    format!("method {}.{} already declared at {}", base.name, name, other),
                );
                self.cur.file = saved;
                continue;
            }
            if let TypeKind::Named(n) = self.types.kind_mut(t) {
                n.methods.push(m);
            }
        }
        self.pending_methods = rest;
    }

    fn attach_annotations(&mut self, file: &ast::File, decl_span: Span, o: ObjId) {
        let text = self.files[self.cur.file.0 as usize].text.clone();
        let mut lines = Vec::new();
        let mut end = decl_span.start as usize;
        let i = file.comments.partition_point(|c| (c.end as usize) <= end);
        for c in file.comments[..i].iter().rev() {
            let gap = &text[c.end as usize..end];
            if !gap.trim().is_empty() || gap.matches('\n').count() > 1 {
                break;
            }
            let s = &text[c.range()];
            if let Some(rest) = s.strip_prefix("//escapade:") {
                lines.push(rest.to_string());
            }
            end = c.start as usize;
        }
        lines.reverse();
        if !lines.is_empty() {
            self.annotations.insert(o, lines);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Lazy resolution

    /// The type of an object, resolving its declaration if needed.
    pub fn obj_type(&mut self, o: ObjId) -> TypeId {
        if self.state[o.0 as usize] != 2 {
            self.resolve_obj(o);
        }
        self.obj(o).ty.unwrap_or_else(|| self.types.invalid())
    }

    pub(crate) fn resolve_obj(&mut self, o: ObjId) {
        match self.state[o.0 as usize] {
            2 => return,
            1 => {
                // A cycle through a non-type declaration.
                if !matches!(self.obj(o).kind, ObjKind::TypeName { .. }) && self.obj(o).ty.is_none()
                {
                    {
                        let name = self.obj(o).name.clone();
                        if let Some(p) = self.obj(o).pos {
                            if p.file.0 as usize == self.cur.file.0 as usize {
                                let kind = if matches!(self.obj(o).kind, ObjKind::Func { .. }) {
                                    "invalid cycle in declaration of"
                                } else {
                                    "initialization cycle or invalid recursive reference to"
                                };
                                let _ = kind;
                                self.error(
                                    p.span,
                                    format!("invalid cycle in declaration of {name}"),
                                );
                            }
                        }
                        let inv = self.types.invalid();
                        self.obj_mut(o).ty = Some(inv);
                    }
                }
                return;
            }
            _ => {}
        }
        let Some(d) = self.decls[o.0 as usize] else {
            self.state[o.0 as usize] = 2;
            return;
        };
        self.state[o.0 as usize] = 1;
        // Switch to the declaration's file and package scope.
        let file = match d {
            DeclRef::Const { file, .. }
            | DeclRef::Var { file, .. }
            | DeclRef::Type { file, .. }
            | DeclRef::Func { file, .. } => file,
        };
        let saved_file = self.cur.file;
        let saved_pkg = self.cur.pkg;
        let saved_scope = self.cur.scope;
        let saved_iota = self.cur.iota.take();
        let saved_func = self.cur.func.take();
        self.cur.file = file;
        self.cur.pkg = self.files[file.0 as usize].pkg;
        self.cur.scope = self.files[file.0 as usize].scope;
        let ast_file = self.files[file.0 as usize].ast.clone();
        match d {
            DeclRef::Const { decl, spec, src, name, .. } => {
                if let DeclKind::Const { specs, .. } = &ast_file.decls[decl].kind {
                    let iota = specs[spec].index;
                    self.const_decl(o, &specs[src], name, iota, &specs[spec]);
                }
            }
            DeclRef::Var { decl, spec, .. } => {
                if let DeclKind::Var { specs, .. } = &ast_file.decls[decl].kind {
                    self.pkg_var_decl(&specs[spec], file);
                }
            }
            DeclRef::Type { decl, spec, .. } => {
                if let DeclKind::Type { specs, .. } = &ast_file.decls[decl].kind {
                    self.type_decl(o, &specs[spec]);
                }
            }
            DeclRef::Func { decl, .. } => {
                if let DeclKind::Func(fd) = &ast_file.decls[decl].kind {
                    self.func_decl_sig(o, fd);
                }
            }
        }
        self.state[o.0 as usize] = 2;
        if self.obj(o).ty.is_none() {
            let inv = self.types.invalid();
            self.obj_mut(o).ty = Some(inv);
        }
        self.cur.file = saved_file;
        self.cur.pkg = saved_pkg;
        self.cur.scope = saved_scope;
        self.cur.iota = saved_iota;
        self.cur.func = saved_func;
    }

    /// A constant declaration: `names[name] [T] = values[name]` with iota.
    pub(crate) fn const_decl(
        &mut self,
        o: ObjId,
        src: &ast::ValueSpec,
        name: usize,
        iota: u32,
        spec: &ast::ValueSpec,
    ) {
        self.cur.iota = Some(Value::int(i64::from(iota)));
        let typ = src.ty.as_ref().map(|t| self.type_expr(t));
        if let Some(t) = typ {
            let u = self.under(t);
            let ok = self.types.basic_kind(u).is_some_and(|k| k.is_const_type())
                || self.types.is_invalid(u);
            if !ok {
                let ts = self.type_string(t);
                if let Some(te) = &src.ty {
                    self.error(te.span, format!("invalid constant type {ts}"));
                }
                let inv = self.types.invalid();
                self.obj_mut(o).ty = Some(inv);
                self.cur.iota = None;
                return;
            }
        }
        let Some(e) = src.values.get(name) else {
            if name >= src.values.len() && !src.values.is_empty() || src.values.is_empty() {
                let n = &spec.names[name.min(spec.names.len() - 1)];
                self.error(n.span, "missing init expr for const declaration");
            }
            let inv = self.types.invalid();
            self.obj_mut(o).ty = Some(inv);
            self.cur.iota = None;
            return;
        };
        if name + 1 == spec.names.len()
            && src.values.len() > spec.names.len()
            && std::ptr::eq(src, spec)
        {
            let extra = &src.values[spec.names.len()];
            self.error(
                extra.span,
                format!("extra init expr {}", crate::exprstring::expr_string(extra)),
            );
        }
        let mut x = self.expr(e);
        self.cur.iota = None;
        if x.mode == Mode::Invalid {
            let inv = self.types.invalid();
            self.obj_mut(o).ty = Some(inv);
            return;
        }
        if x.mode != Mode::Constant {
            let s = self.op_string(e, &x);
            self.error(e.span, format!("{s} is not constant"));
            let inv = self.types.invalid();
            self.obj_mut(o).ty = Some(inv);
            return;
        }
        if let Some(t) = typ {
            self.assignment(&mut x, e, t, "constant declaration");
        }
        let ty = if x.mode == Mode::Invalid { self.types.invalid() } else { x.ty };
        let obj = self.obj_mut(o);
        obj.ty = Some(ty);
        obj.kind = ObjKind::Const { value: x.val.clone() };
    }

    /// A package-level `var` spec: resolves every name of the spec at once.
    fn pkg_var_decl(&mut self, spec: &ast::ValueSpec, file: FileId) {
        let pscope = self.pkgs[self.cur.pkg.0 as usize].scope;
        let objs: Vec<ObjId> = spec
            .names
            .iter()
            .map(|n| {
                if n.is_blank() {
                    // Blank names have no scope entry: find by position.
                    self.objs
                        .iter()
                        .position(|o| o.pos == Some(Pos { file, span: n.span }))
                        .map(|i| ObjId(i as u32))
                        .unwrap_or(ObjId(0))
                } else {
                    self.scopes[pscope.0 as usize].names.get(&n.name).copied().unwrap_or(ObjId(0))
                }
            })
            .collect();
        for &o in &objs {
            self.state[o.0 as usize] = 1;
        }
        self.var_spec(spec, &objs);
        for &o in &objs {
            self.state[o.0 as usize] = 2;
        }
    }

    /// A type declaration.
    pub(crate) fn local_type_decl(&mut self, o: ObjId, spec: &ast::TypeSpec) {
        self.type_decl(o, spec);
    }

    fn type_decl(&mut self, o: ObjId, spec: &ast::TypeSpec) {
        if spec.alias {
            if let Some(tps) = &spec.type_params {
                // A generic alias (Go 1.24): its uses `A[X]` substitute the arguments into
                // the right-hand side.
                let saved_scope = self.cur.scope;
                let scope = self.new_scope(Some(self.cur.scope), false);
                self.cur.scope = scope;
                let tparams = self.declare_type_params(tps);
                let t = self.type_expr(&spec.ty);
                self.cur.scope = saved_scope;
                self.generic_aliases.insert(o, tparams);
                self.obj_mut(o).ty = Some(t);
                return;
            }
            let t = self.type_expr(&spec.ty);
            self.obj_mut(o).ty = Some(t);
            return;
        }
        let Some(named) = self.obj(o).ty else { return };
        let saved_scope = self.cur.scope;
        if let Some(tps) = &spec.type_params {
            let scope = self.new_scope(Some(self.cur.scope), false);
            self.cur.scope = scope;
            let tparams = self.declare_type_params(tps);
            if let TypeKind::Named(n) = self.types.kind_mut(named) {
                n.tparams = tparams;
            }
        }
        self.cur.in_type_decl.push(o);
        let rhs = self.type_expr(&spec.ty);
        self.cur.in_type_decl.pop();
        let u = if self.types.is_type_param(rhs) {
            self.error(spec.ty.span, "cannot use a type parameter as RHS in type declaration");
            self.types.invalid()
        } else {
            // The underlying type of the right side (resolving it if it is a named type).
            match self.types.kind(rhs) {
                TypeKind::Named(n) if n.underlying.is_none() && n.origin.is_none() => {
                    let ro = n.obj;
                    if self.state[ro.0 as usize] == 1 {
                        let name = self.obj(o).name.clone();
                        self.error(spec.name.span, format!("invalid recursive type {name}"));
                        self.types.invalid()
                    } else {
                        self.under(rhs)
                    }
                }
                _ => self.under(rhs),
            }
        };
        if let TypeKind::Named(n) = self.types.kind_mut(named) {
            n.underlying = Some(u);
        }
        self.cur.scope = saved_scope;
        if self.files[self.cur.file.0 as usize].user {
            self.valid_type(o, named);
        }
    }

    /// Reports a struct or array type that contains itself (types2's validType).
    fn valid_type(&mut self, o: ObjId, named: TypeId) {
        let mut path = Vec::new();
        if self.contains_named(named, named, &mut path, 0) {
            // path holds the chain of named types from `named` back to itself.
            let name = self.obj(o).name.clone();
            let Some(pos) = self.obj(o).pos else { return };
            if path.len() <= 1 {
                self.error(pos.span, format!("invalid recursive type: {name} refers to itself"));
            } else {
                let mut msg = format!("invalid recursive type {name}");
                for (i, &t) in path.iter().enumerate() {
                    let next = path[(i + 1) % path.len()];
                    let (a, b) = (self.named_obj(t), self.named_obj(next));
                    let (Some(a), Some(b)) = (a, b) else { continue };
                    let line = self.obj(a).pos.map(|p| self.line_of(p)).unwrap_or_default();
                    msg.push_str(&format!(
                        "\n\t{line}: {} refers to {}",
                        self.obj(a).name,
                        self.obj(b).name
                    ));
                }
                // Report only for the first declared type of the cycle.
                let first =
                    path.iter().filter_map(|&t| self.named_obj(t)).min_by_key(|&x| self.obj(x).pos);
                if first == Some(o) {
                    self.error(pos.span, msg);
                }
            }
            if let TypeKind::Named(n) = self.types.kind_mut(named) {
                n.underlying = Some(TypeId(0));
            }
        }
    }

    fn named_obj(&self, t: TypeId) -> Option<ObjId> {
        self.types.named(t).map(|n| n.obj)
    }

    fn contains_named(
        &mut self,
        t: TypeId,
        target: TypeId,
        path: &mut Vec<TypeId>,
        depth: usize,
    ) -> bool {
        if depth > 50 {
            return false;
        }
        match self.types.kind(t).clone() {
            TypeKind::Named(n) => {
                if depth > 0 && t == target {
                    return true;
                }
                if path.contains(&t) || n.origin.is_some() {
                    return false;
                }
                // Only user types of this package can form cycles we report.
                if n.obj != self.named_obj(target).unwrap_or(n.obj)
                    && self.state[n.obj.0 as usize] == 0
                {
                    self.resolve_obj(n.obj);
                }
                path.push(t);
                let Some(u) = self.types.named(t).and_then(|n| n.underlying) else {
                    path.pop();
                    return false;
                };
                if self.contains_named(u, target, path, depth + 1) {
                    return true;
                }
                path.pop();
                false
            }
            TypeKind::Array(_, e) => self.contains_named(e, target, path, depth + 1),
            TypeKind::Struct(fields) => {
                fields.iter().any(|f| self.contains_named(f.ty, target, path, depth + 1))
            }
            _ => false,
        }
    }

    /// Declares type parameters `[A C1, B C2]` in the current scope and resolves their bounds.
    pub(crate) fn declare_type_params(&mut self, tps: &FieldList) -> Vec<TypeId> {
        let mut out = Vec::new();
        let mut fields_tps = Vec::new();
        for f in &tps.fields {
            let mut group = Vec::new();
            for n in &f.names {
                let pos = self.pos(n.span);
                let o = self.new_obj(
                    &n.name,
                    ObjKind::TypeName { alias: false },
                    None,
                    Some(self.cur.pkg),
                    Some(pos),
                );
                let t = self.types.alloc(TypeKind::TypeParam(TypeParam {
                    obj: o,
                    index: out.len(),
                    bound: None,
                }));
                self.obj_mut(o).ty = Some(t);
                self.state[o.0 as usize] = 2;
                self.record_def(n, o);
                self.declare(self.cur.scope, o, n.span);
                out.push(t);
                group.push(t);
            }
            fields_tps.push((group, f));
        }
        for (group, f) in fields_tps {
            let bound = self.constraint_expr(&f.ty);
            for t in group {
                if let TypeKind::TypeParam(p) = self.types.kind_mut(t) {
                    p.bound = Some(bound);
                }
            }
        }
        out
    }

    /// A signature's resolution for a function or method declaration.
    fn func_decl_sig(&mut self, o: ObjId, fd: &ast::FuncDecl) {
        let scope = self.new_scope(Some(self.cur.scope), true);
        self.cur.scope = scope;
        self.func_scopes.insert(o, scope);
        let mut tparams = Vec::new();
        if let Some(recv) = &fd.recv {
            self.method_receiver(o, recv);
        }
        if let Some(tps) = &fd.type_params {
            // Go 1.27 accepts methods with their own type parameters (declared after the
            // receiver's, in the method's scope).
            tparams = self.declare_type_params(tps);
        }
        let sig = self.signature(&fd.sig, tparams);
        self.obj_mut(o).ty = Some(sig);
        if (fd.name.name == "main" || fd.name.name == "init")
            && fd.recv.is_none()
            && self.cur.pkg == PkgId(0)
        {
            {
                let s = self.types.signature(sig).cloned();
                if let Some(s) = s {
                    if !s.params.is_empty() || !s.results.is_empty() {
                        self.error(
                            fd.name.span,
                            format!(
                                "func {} must have no arguments and no return values",
                                fd.name.name
                            ),
                        );
                    }
                }
            }
        }
        if fd.body.is_none() && self.files[self.cur.file.0 as usize].user {
            if fd.name.name == "init" && fd.recv.is_none() {
                self.error(fd.name.span, "func init must have a body");
            } else {
                // gc's noder decides (after type checking) from the `//go:linkname`
                // directives; see `noder.rs`.
                // gc's position is the token after `func`: a method's receiver list.
                let at =
                    fd.recv.as_ref().map_or(fd.name.span, |r| Span::empty(r.span.start as usize));
                let entry = (self.cur.file, at, fd.name.name.clone(), fd.recv.is_some());
                self.bodyless.push(entry);
            }
        }
    }

    /// Resolves a method's receiver: records its type (and the receiver's type parameters).
    fn method_receiver(&mut self, m: ObjId, recv: &FieldList) {
        let Some(field) = recv.fields.first() else {
            self.error(recv.span, "method has no receiver");
            return;
        };
        if recv.fields.len() > 1 || field.names.len() > 1 {
            self.error(recv.span, "method has multiple receivers");
        }
        // Strip `*` and type arguments.
        let (mut base, ptr) = match &field.ty.kind {
            ExprKind::Star(x) => (&**x, true),
            ExprKind::Paren(x) => (&**x, false),
            _ => (&field.ty, false),
        };
        while let ExprKind::Paren(x) = &base.kind {
            base = x;
        }
        let (name_expr, targ_names): (&Expr, Vec<&Expr>) = match &base.kind {
            ExprKind::Index { x, indices } => (&**x, indices.iter().collect()),
            _ => (base, Vec::new()),
        };
        let ExprKind::Ident(id) = &name_expr.kind else {
            self.error(
                name_expr.span,
                format!("invalid receiver type {}", crate::exprstring::expr_string(name_expr)),
            );
            return;
        };
        let Some((tobj, _)) = self.lookup(self.cur.scope, &id.name) else {
            self.error(id.span, format!("undefined: {}", id.name));
            return;
        };
        self.record_use(id.id, tobj);
        let t = self.obj_type(tobj);
        let Some(n) = self.types.named(t).cloned() else {
            if !self.types.is_invalid(t) {
                let ts = self.type_string(t);
                self.error(id.span, format!("cannot define new methods on non-local type {ts}"));
            }
            return;
        };
        if Some(self.cur.pkg) != self.obj(n.obj).pkg {
            let ts = self.type_string(t);
            self.error(id.span, format!("cannot define new methods on non-local type {ts}"));
            return;
        }
        let mut recv_t = t;
        if !n.tparams.is_empty() {
            if targ_names.len() != n.tparams.len() {
                let name = &id.name;
                self.error(
                    base.span,
                    format!(
                        "receiver declares {} type parameters, but receiver base type declares {}",
                        targ_names.len(),
                        n.tparams.len()
                    ),
                );
                let _ = name;
                return;
            }
            let mut rtps = Vec::new();
            for (i, a) in targ_names.iter().enumerate() {
                let ExprKind::Ident(an) = &a.kind else { continue };
                let pos = self.pos(an.span);
                let o = self.new_obj(
                    &an.name,
                    ObjKind::TypeName { alias: false },
                    None,
                    Some(self.cur.pkg),
                    Some(pos),
                );
                let bound = match self.types.kind(n.tparams[i]) {
                    TypeKind::TypeParam(p) => p.bound,
                    _ => None,
                };
                let tp = self.types.alloc(TypeKind::TypeParam(TypeParam {
                    obj: o,
                    index: i,
                    bound: None,
                }));
                self.obj_mut(o).ty = Some(tp);
                self.state[o.0 as usize] = 2;
                self.record_def(an, o);
                self.declare(self.cur.scope, o, an.span);
                rtps.push(tp);
                let _ = bound;
            }
            // Bounds are the type's bounds with its parameters renamed.
            let map: Vec<(TypeId, TypeId)> =
                n.tparams.iter().copied().zip(rtps.iter().copied()).collect();
            for (i, &tp) in rtps.iter().enumerate() {
                let b = match self.types.kind(n.tparams[i]) {
                    TypeKind::TypeParam(p) => p.bound,
                    _ => None,
                };
                let b = b.map(|b| self.subst(b, &map));
                if let TypeKind::TypeParam(p) = self.types.kind_mut(tp) {
                    p.bound = b;
                }
            }
            recv_t = self.types.instance(t, rtps.clone());
            self.method_tparams.insert(m, rtps);
        } else if !targ_names.is_empty() {
            let ts = self.type_string(t);
            self.error(base.span, format!("{ts} is not a generic type"));
        }
        let full = if ptr { self.types.pointer(recv_t) } else { recv_t };
        self.method_recv.insert(m, full);
        // Type entries for the receiver type expression and its parts (like a type
        // expression elsewhere): `*T[P]` → `*T[P]`, `T[P]` → `T[P]`, `T` → `T` (generic).
        let rec = |c: &mut Checker, e: &Expr, ty: TypeId| {
            c.record_type(&crate::check::Operand {
                mode: crate::info::Mode::TypeExpr,
                ty,
                val: None,
                id: e.id,
                span: e.span,
            });
        };
        rec(self, &field.ty, full);
        if !std::ptr::eq(base, &field.ty) {
            rec(self, base, recv_t);
        }
        if !targ_names.is_empty() {
            rec(self, name_expr, t);
        }
    }

    /// Builds a signature type from its syntax, in the current scope.
    pub(crate) fn signature(&mut self, ft: &ast::FuncType, tparams: Vec<TypeId>) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        let n = ft.params.fields.len();
        for (i, f) in ft.params.fields.iter().enumerate() {
            let mut t = self.type_expr(&f.ty);
            if f.variadic {
                if i + 1 != n || f.names.len() > 1 {
                    self.error(f.span, "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                }
                t = self.types.slice(t);
            }
            if f.names.is_empty() {
                params.push(Param { name: String::new(), ty: t });
            }
            for name in &f.names {
                params.push(Param { name: name.name.clone(), ty: t });
            }
        }
        let mut results = Vec::new();
        if let Some(rs) = &ft.results {
            for f in &rs.fields {
                let t = self.type_expr(&f.ty);
                if f.variadic {
                    self.error(f.span, "can only use ... with final parameter in list");
                }
                if f.names.is_empty() {
                    results.push(Param { name: String::new(), ty: t });
                }
                for name in &f.names {
                    results.push(Param { name: name.name.clone(), ty: t });
                }
            }
        }
        self.types.func(Signature { params, results, variadic, tparams })
    }

    // -----------------------------------------------------------------------------------------
    // The package driver

    /// Resolves every package-level object and checks every function body of package `pkg`.
    pub(crate) fn check_package_bodies(&mut self) {
        let objs = self.pkg_objs.clone();
        for &o in &objs {
            self.resolve_obj(o);
        }
        // Function bodies, in source order.
        for &o in &objs {
            let Some(DeclRef::Func { file, decl }) = self.decls[o.0 as usize] else { continue };
            if !self.files[file.0 as usize].user {
                continue;
            }
            let ast_file = self.files[file.0 as usize].ast.clone();
            let DeclKind::Func(fd) = &ast_file.decls[decl].kind else { continue };
            let Some(body) = &fd.body else { continue };
            let sig = self.obj_type(o);
            let Some(&fscope) = self.func_scopes.get(&o) else { continue };
            self.cur.file = file;
            self.cur.pkg = self.files[file.0 as usize].pkg;
            self.func_body(fscope, fd.recv.as_ref(), &fd.sig, sig, body, Some(o));
        }
        self.report_unused_imports();
    }

    /// Checks a function body (declaration or literal) with signature `sig`.
    pub(crate) fn func_body(
        &mut self,
        outer: ScopeId,
        recv: Option<&FieldList>,
        ft: &ast::FuncType,
        sig: TypeId,
        body: &ast::Block,
        func_obj: Option<ObjId>,
    ) {
        let saved_scope = self.cur.scope;
        let saved_func = self.cur.func.take();
        let scope = self.new_scope(Some(outer), func_obj.is_some());
        self.cur.scope = scope;
        self.cur.func = Some(FuncCtx { sig: Some(sig), ..FuncCtx::default() });
        let s = self.types.signature(sig).cloned();
        // Receiver, parameters and results.
        if let (Some(recv), Some(m)) = (recv, func_obj) {
            if let Some(f) = recv.fields.first() {
                let rt = self.method_recv.get(&m).copied().unwrap_or_else(|| self.types.invalid());
                for n in &f.names {
                    self.declare_param(n, rt);
                }
            }
        }
        if let Some(s) = &s {
            let mut i = 0;
            for f in &ft.params.fields {
                if f.names.is_empty() {
                    i += 1;
                }
                for n in &f.names {
                    let t = s.params.get(i).map_or_else(|| self.types.invalid(), |p| p.ty);
                    self.declare_param(n, t);
                    i += 1;
                }
            }
            if let Some(rs) = &ft.results {
                let mut i = 0;
                for f in &rs.fields {
                    if f.names.is_empty() {
                        i += 1;
                    }
                    for n in &f.names {
                        let t = s.results.get(i).map_or_else(|| self.types.invalid(), |p| p.ty);
                        self.declare_param(n, t);
                        i += 1;
                    }
                }
            }
        }
        self.collect_labels(&body.stmts);
        self.block_stmts(&body.stmts);
        self.check_labels(body);
        if let Some(s) = &s {
            if !s.results.is_empty() && !self.is_terminating_list(&body.stmts, None) {
                let rbrace =
                    Span::new((body.span.end as usize).saturating_sub(1), body.span.end as usize);
                self.error(rbrace, "missing return");
            }
        }
        self.cur.scope = saved_scope;
        self.cur.func = saved_func;
    }

    fn declare_param(&mut self, n: &ast::Ident, t: TypeId) {
        let pos = self.pos(n.span);
        let o = self.new_obj(
            &n.name,
            ObjKind::Var { field: false, param: true, embedded: false },
            Some(t),
            Some(self.cur.pkg),
            Some(pos),
        );
        self.record_def(n, o);
        self.declare(self.cur.scope, o, n.span);
    }

    fn report_unused_imports(&mut self) {
        let imports = self.import_objs.clone();
        for (o, path, span, named, file) in imports {
            if !self.files[file.0 as usize].user || self.obj(o).used {
                continue;
            }
            let saved = self.cur.file;
            self.cur.file = file;
            let pkg_name = match self.obj(o).kind {
                ObjKind::PkgName { pkg } => self.pkgs[pkg.0 as usize].name.clone(),
                _ => String::new(),
            };
            let local = self.obj(o).name.clone();
            if named && local != pkg_name {
                self.error(
                    span_of_import(span),
                    format!("{path:?} imported as {local} and not used"),
                );
            } else {
                self.error(span_of_import(span), format!("{path:?} imported and not used"));
            }
            self.cur.file = saved;
        }
    }
}

fn span_of_import(s: Span) -> Span {
    s
}

/// The receiver's base type name: `T` in `(r *T)`, `(T)`, `(r *T[K, V])`.
fn recv_base_name(recv: &FieldList) -> Option<&ast::Ident> {
    let f = recv.fields.first()?;
    let mut e = &f.ty;
    loop {
        match &e.kind {
            ExprKind::Star(x) | ExprKind::Paren(x) => e = x,
            ExprKind::Index { x, .. } => e = x,
            ExprKind::Ident(id) => return Some(id),
            _ => return None,
        }
    }
}
