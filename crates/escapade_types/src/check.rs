//! The checker state shared by every concern module (decls, types, expressions, statements),
//! the universe, error reporting and the `Info` side tables.

use std::collections::BTreeMap;
use std::rc::Rc;

use escapade_base::{Diagnostic, DiagnosticKind, Severity, Span};
use escapade_syntax::ast::{self, NodeId};

use crate::constant::Value;
use crate::info::{FileInfo, Mode, TypeAndValue};
use crate::objects::*;
use crate::types::*;

/// One source file of the analysis (user file or std stub).
pub(crate) struct SrcFile {
    pub name: String,
    pub ast: Rc<ast::File>,
    pub pkg: PkgId,
    /// Scope holding the file's imports (child of the package scope).
    pub scope: ScopeId,
    pub user: bool,
    pub text: Rc<str>,
}

/// Where a package-level object is declared (resolved lazily).
#[derive(Clone, Copy, Debug)]
pub(crate) enum DeclRef {
    /// `spec` declares the name; `src` is the spec supplying type and values (itself, or the
    /// last one with values for implicit repetition).
    Const {
        file: FileId,
        decl: usize,
        spec: usize,
        src: usize,
        name: usize,
    },
    Var {
        file: FileId,
        decl: usize,
        spec: usize,
    },
    Type {
        file: FileId,
        decl: usize,
        spec: usize,
    },
    Func {
        file: FileId,
        decl: usize,
    },
}

/// An operand: the result of checking an expression.
#[derive(Clone, Debug)]
pub struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub val: Option<Value>,
    pub id: NodeId,
    pub span: Span,
}

/// Per-function checking context.
#[derive(Clone, Debug, Default)]
pub(crate) struct FuncCtx {
    /// The signature being checked (a [`TypeKind::Func`]).
    pub sig: Option<TypeId>,
    /// Label name → (object, used).
    pub labels: BTreeMap<String, ObjId>,
    /// Nesting of breakable/continuable statements (for branch checks).
    pub breakable: Vec<(Option<String>, bool)>,
}

pub(crate) struct Ctx {
    pub file: FileId,
    pub pkg: PkgId,
    pub scope: ScopeId,
    pub iota: Option<Value>,
    pub func: Option<FuncCtx>,
    /// Node of the type declaration being resolved (for "invalid recursive type").
    pub in_type_decl: Vec<ObjId>,
}

pub struct Checker {
    pub types: TypeTable,
    pub objs: Vec<Object>,
    pub scopes: Vec<Scope>,
    pub pkgs: Vec<Package>,
    pub(crate) files: Vec<SrcFile>,
    pub info: Vec<FileInfo>,
    pub(crate) decls: Vec<Option<DeclRef>>,
    /// 0 unresolved, 1 resolving, 2 resolved.
    pub(crate) state: Vec<u8>,
    pub(crate) diags: Vec<(FileId, Diagnostic)>,
    pub universe: ScopeId,
    pub(crate) pkg_by_path: BTreeMap<String, PkgId>,
    pub(crate) cur: Ctx,
    /// Receiver type (`T` or `*T`) of every concrete method.
    pub method_recv: BTreeMap<ObjId, TypeId>,
    /// For methods of generic types: the receiver's own type parameters.
    pub(crate) method_tparams: BTreeMap<ObjId, Vec<TypeId>>,
    pub(crate) typeset_cache: BTreeMap<TypeId, Rc<crate::lookup::TypeSet>>,
    /// `//escapade:` annotation lines of std declarations.
    pub annotations: BTreeMap<ObjId, Vec<String>>,
    pub error_type: TypeId,
    pub comparable_type: TypeId,
    pub unsafe_pkg: Option<PkgId>,
    /// Objects declared in function bodies (checked for use at the end).
    pub(crate) locals: Vec<ObjId>,
    /// Number of user files (FileIds `0..n_user`).
    pub(crate) n_user: usize,
    /// Imports: (package name object, path, report span, named, file).
    pub(crate) import_objs: Vec<(ObjId, String, Span, bool, FileId)>,
    /// Package-level objects of the user package, in source order.
    pub(crate) pkg_objs: Vec<ObjId>,
    /// Methods waiting to be attached to their receiver types: (method, file, decl index).
    pub(crate) pending_methods: Vec<(ObjId, FileId, usize)>,
    /// Signature scope of each function declaration.
    pub(crate) func_scopes: crate::decl::FuncScopes,
    /// Map key types to check for comparability once complete.
    pub(crate) delayed_map_keys: Vec<(TypeId, Span, FileId)>,
    /// Instantiations inside declarations, verified once bounds are complete.
    pub(crate) delayed_verify: Vec<(Vec<TypeId>, Vec<TypeId>, Span, FileId)>,
    /// Label of the labeled statement being checked (for break/continue targets).
    pub(crate) pending_label: Option<String>,
    pub(crate) fallthrough_ok: bool,
    pub(crate) in_final_case: bool,
    pub(crate) in_type_switch_clause: bool,
    pub(crate) missing_init: bool,
    /// Type parameters of generic aliases (`type A[P any] = …`).
    pub(crate) generic_aliases: BTreeMap<ObjId, Vec<TypeId>>,
    /// Declarations without a body (other than `func init`), judged after type checking
    /// like gc's noder does: (file, name span, name, is a method).
    pub(crate) bodyless: Vec<(FileId, Span, String, bool)>,
}

impl Checker {
    pub(crate) fn new() -> Checker {
        let types = TypeTable::new();
        let invalid = types.invalid();
        let mut c = Checker {
            types,
            objs: Vec::new(),
            scopes: Vec::new(),
            pkgs: Vec::new(),
            files: Vec::new(),
            info: Vec::new(),
            decls: Vec::new(),
            state: Vec::new(),
            diags: Vec::new(),
            universe: ScopeId(0),
            pkg_by_path: BTreeMap::new(),
            cur: Ctx {
                file: FileId(0),
                pkg: PkgId(0),
                scope: ScopeId(0),
                iota: None,
                func: None,
                in_type_decl: Vec::new(),
            },
            method_recv: BTreeMap::new(),
            method_tparams: BTreeMap::new(),
            typeset_cache: BTreeMap::new(),
            annotations: BTreeMap::new(),
            error_type: invalid,
            comparable_type: invalid,
            unsafe_pkg: None,
            locals: Vec::new(),
            n_user: 0,
            import_objs: Vec::new(),
            pkg_objs: Vec::new(),
            pending_methods: Vec::new(),
            func_scopes: BTreeMap::new(),
            delayed_map_keys: Vec::new(),
            delayed_verify: Vec::new(),
            pending_label: None,
            fallthrough_ok: false,
            in_final_case: false,
            in_type_switch_clause: false,
            missing_init: false,
            bodyless: Vec::new(),
            generic_aliases: BTreeMap::new(),
        };
        c.universe = c.new_scope(None, false);
        c.setup_universe();
        c
    }

    fn setup_universe(&mut self) {
        use BasicKind::*;
        let u = self.universe;
        for (name, k) in [
            ("bool", Bool),
            ("int", Int),
            ("int8", Int8),
            ("int16", Int16),
            ("int32", Int32),
            ("int64", Int64),
            ("uint", Uint),
            ("uint8", Uint8),
            ("uint16", Uint16),
            ("uint32", Uint32),
            ("uint64", Uint64),
            ("uintptr", Uintptr),
            ("float32", Float32),
            ("float64", Float64),
            ("complex64", Complex64),
            ("complex128", Complex128),
            ("string", String),
            ("byte", Byte),
            ("rune", Rune),
        ] {
            let t = self.types.basic(k);
            self.universe_obj(u, name, ObjKind::TypeName { alias: false }, Some(t));
        }
        let any = self.types.any();
        self.universe_obj(u, "any", ObjKind::TypeName { alias: true }, Some(any));
        // error: a named interface with `Error() string`.
        let err_obj = self.universe_obj(u, "error", ObjKind::TypeName { alias: false }, None);
        let string = self.types.basic(String);
        let sig = self.types.func(Signature {
            params: Vec::new(),
            results: vec![Param { name: std::string::String::new(), ty: string }],
            variadic: false,
            tparams: Vec::new(),
        });
        let m = self.new_obj(
            "Error",
            ObjKind::Func { method: true, has_body: false },
            Some(sig),
            None,
            None,
        );
        let iface = self.types.alloc(TypeKind::Interface(Interface {
            methods: vec![Method { name: "Error".into(), sig, pkg: None, obj: Some(m) }],
            embeddeds: Vec::new(),
            is_any: false,
            implicit: false,
        }));
        let err_t = self.types.alloc(TypeKind::Named(Named {
            obj: err_obj,
            underlying: Some(iface),
            methods: Vec::new(),
            tparams: Vec::new(),
            origin: None,
            targs: Vec::new(),
        }));
        self.objs[err_obj.0 as usize].ty = Some(err_t);
        self.error_type = err_t;
        let cmp_obj = self.universe_obj(u, "comparable", ObjKind::TypeName { alias: false }, None);
        let cmp_iface = self.types.alloc(TypeKind::Interface(Interface {
            methods: Vec::new(),
            embeddeds: Vec::new(),
            is_any: false,
            implicit: false,
        }));
        let cmp_t = self.types.alloc(TypeKind::Named(Named {
            obj: cmp_obj,
            underlying: Some(cmp_iface),
            methods: Vec::new(),
            tparams: Vec::new(),
            origin: None,
            targs: Vec::new(),
        }));
        self.objs[cmp_obj.0 as usize].ty = Some(cmp_t);
        self.comparable_type = cmp_t;

        let ub = self.types.basic(UntypedBool);
        self.universe_obj(u, "true", ObjKind::Const { value: Some(Value::Bool(true)) }, Some(ub));
        self.universe_obj(u, "false", ObjKind::Const { value: Some(Value::Bool(false)) }, Some(ub));
        let ui = self.types.basic(UntypedInt);
        self.universe_obj(u, "iota", ObjKind::Const { value: Some(Value::int(0)) }, Some(ui));
        let un = self.types.basic(UntypedNil);
        self.universe_obj(u, "nil", ObjKind::Nil, Some(un));
        for b in Builtin::UNIVERSE {
            let inv = self.types.invalid();
            self.universe_obj(u, b.name(), ObjKind::Builtin(b), Some(inv));
        }
    }

    fn universe_obj(
        &mut self,
        scope: ScopeId,
        name: &str,
        kind: ObjKind,
        ty: Option<TypeId>,
    ) -> ObjId {
        let id = self.new_obj(name, kind, ty, None, None);
        self.state[id.0 as usize] = 2;
        self.scopes[scope.0 as usize].names.insert(name.to_string(), id);
        id
    }

    pub(crate) fn new_scope(&mut self, parent: Option<ScopeId>, func: bool) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        self.scopes.push(Scope { parent, names: BTreeMap::new(), func });
        id
    }

    pub(crate) fn new_obj(
        &mut self,
        name: &str,
        kind: ObjKind,
        ty: Option<TypeId>,
        pkg: Option<PkgId>,
        pos: Option<Pos>,
    ) -> ObjId {
        let id = ObjId(self.objs.len() as u32);
        self.objs.push(Object {
            name: name.to_string(),
            kind,
            ty,
            pkg,
            pos,
            used: false,
            local: false,
        });
        self.decls.push(None);
        self.state.push(if ty.is_some() { 2 } else { 0 });
        id
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objs[id.0 as usize]
    }
    pub(crate) fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objs[id.0 as usize]
    }

    pub(crate) fn pos(&self, span: Span) -> Pos {
        Pos { file: self.cur.file, span }
    }

    /// Looks `name` up from `scope` outwards; returns the object and the scope it is in.
    pub(crate) fn lookup(&self, mut scope: ScopeId, name: &str) -> Option<(ObjId, ScopeId)> {
        loop {
            let s = &self.scopes[scope.0 as usize];
            if let Some(&o) = s.names.get(name) {
                return Some((o, scope));
            }
            scope = s.parent?;
        }
    }

    /// Declares `obj` in the current scope; reports a redeclaration.
    pub(crate) fn declare(&mut self, scope: ScopeId, obj: ObjId, span: Span) {
        let name = self.obj(obj).name.clone();
        if name == "_" {
            return;
        }
        if let Some(&prev) = self.scopes[scope.0 as usize].names.get(&name) {
            let mut msg = format!("{name} redeclared in this block");
            if let Some(p) = self.obj(prev).pos {
                let line = self.line_of(p);
                msg.push_str(&format!("\n\t{line}: other declaration of {name}"));
            }
            self.error(span, msg);
            return;
        }
        self.scopes[scope.0 as usize].names.insert(name, obj);
    }

    /// The span of the first `tok` at or after byte `from` in the current file (gc reports
    /// some errors at an operator or parenthesis that the AST does not record).
    pub(crate) fn token_after(&self, from: u32, tok: &str) -> Span {
        let text = &self.files[self.cur.file.0 as usize].text;
        let from = (from as usize).min(text.len());
        match text.get(from..).and_then(|t| t.find(tok)) {
            Some(i) => Span::new(from + i, from + i + tok.len()),
            None => Span::empty(from),
        }
    }

    pub(crate) fn line_of(&self, p: Pos) -> String {
        let f = &self.files[p.file.0 as usize];
        let idx = escapade_base::LineIndex::new(&f.text);
        let lc = idx.line_col(p.span.start as usize);
        format!("{}:{}", lc.line, lc.col)
    }

    // -----------------------------------------------------------------------------------------
    // Diagnostics

    pub(crate) fn error(&mut self, span: Span, msg: impl Into<String>) {
        let d = Diagnostic {
            kind: DiagnosticKind::Type,
            severity: Severity::Error,
            span,
            message: msg.into(),
        };
        self.diags.push((self.cur.file, d));
    }

    pub(crate) fn unsupported(&mut self, span: Span, what: &str) {
        let d = Diagnostic {
            kind: DiagnosticKind::Unsupported,
            severity: Severity::Error,
            span,
            message: what.to_string(),
        };
        self.diags.push((self.cur.file, d));
    }

    // -----------------------------------------------------------------------------------------
    // Info recording (user files only)

    fn file_info(&mut self) -> Option<&mut FileInfo> {
        let f = self.cur.file.0 as usize;
        if f < self.n_user {
            self.info.get_mut(f)
        } else {
            None
        }
    }

    pub(crate) fn record_type(&mut self, x: &Operand) {
        let tv = TypeAndValue { mode: x.mode, ty: x.ty, value: x.val.clone() };
        if let Some(info) = self.file_info() {
            info.set_type(x.id, tv);
        }
    }

    pub(crate) fn record_def(&mut self, id: &ast::Ident, obj: ObjId) {
        if let Some(info) = self.file_info() {
            crate::info::set(&mut info.defs, id.id, obj);
        }
    }

    pub(crate) fn record_use(&mut self, id: NodeId, obj: ObjId) {
        if let Some(info) = self.file_info() {
            crate::info::set(&mut info.uses, id, obj);
        }
    }

    pub(crate) fn record_selection(&mut self, id: NodeId, sel: crate::info::Selection) {
        if let Some(info) = self.file_info() {
            crate::info::set(&mut info.selections, id, sel);
        }
    }

    pub(crate) fn record_implicit(&mut self, id: NodeId, ty: TypeId) {
        if let Some(info) = self.file_info() {
            crate::info::set(&mut info.implicit, id, ty);
        }
    }

    pub(crate) fn record_instance(&mut self, id: NodeId, inst: crate::info::Instance) {
        if let Some(info) = self.file_info() {
            crate::info::set(&mut info.instances, id, inst);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Operand helpers

    pub(crate) fn invalid_op(&self, e: &ast::Expr) -> Operand {
        Operand { mode: Mode::Invalid, ty: self.types.invalid(), val: None, id: e.id, span: e.span }
    }
}
