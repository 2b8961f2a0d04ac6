//! Type expressions: names, literals of composite types, struct and interface types,
//! constraints, and instantiation of generic types.

use escapade_syntax::ast::{self, Expr, ExprKind, InterfaceElemKind};

use crate::check::{Checker, Operand};
use crate::exprstring::expr_string;
use crate::info::{Instance, Mode};
use crate::objects::*;
use crate::types::*;

impl Checker {
    /// Evaluates `e` as a type; reports and returns the invalid type otherwise.
    pub fn type_expr(&mut self, e: &Expr) -> TypeId {
        if let Some((o, tps)) = self.generic_alias_of(e) {
            self.type_expr_generic(e, false);
            let mut s = self.obj(o).name.clone();
            s.push('[');
            for (i, &tp) in tps.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&self.type_string(tp));
                if let TypeKind::TypeParam(p) = self.types.kind(tp) {
                    if let Some(b) = p.bound {
                        s.push(' ');
                        s.push_str(&self.type_string(b));
                    }
                }
            }
            s.push(']');
            self.error(e.span, format!("cannot use generic type {s} without instantiation"));
            return self.types.invalid();
        }
        let t = self.type_expr_generic(e, false);
        if let TypeKind::Named(n) = self.types.kind(t) {
            if !n.tparams.is_empty() && n.origin.is_none() {
                let s = self.generic_type_header(t);
                self.error(e.span, format!("cannot use generic type {s} without instantiation"));
                return self.types.invalid();
            }
        }
        t
    }

    /// `Box[T any]` as types2 prints a generic type in errors.
    fn generic_type_header(&mut self, t: TypeId) -> String {
        let mut s = self.type_string(t);
        let tps = self.types.named(t).map(|n| n.tparams.clone()).unwrap_or_default();
        s.push('[');
        for (i, &tp) in tps.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.type_string(tp));
            if let TypeKind::TypeParam(p) = self.types.kind(tp) {
                if let Some(b) = p.bound {
                    s.push(' ');
                    s.push_str(&self.type_string(b));
                }
            }
        }
        s.push(']');
        s
    }

    /// Like [`Checker::type_expr`], but a generic type may be returned uninstantiated when
    /// `allow_generic`.
    pub(crate) fn type_expr_generic(&mut self, e: &Expr, allow_generic: bool) -> TypeId {
        let t = self.type_expr_inner(e, allow_generic);
        let x = Operand { mode: Mode::TypeExpr, ty: t, val: None, id: e.id, span: e.span };
        self.record_type(&x);
        t
    }

    fn type_expr_inner(&mut self, e: &Expr, allow_generic: bool) -> TypeId {
        let inv = self.types.invalid();
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let x = self.expr_or_type(e, allow_generic);
                match x.mode {
                    Mode::TypeExpr => x.ty,
                    Mode::Invalid => inv,
                    _ => {
                        let s = self.op_string(e, &x);
                        self.error(e.span, format!("{s} is not a type"));
                        inv
                    }
                }
            }
            ExprKind::Paren(x) => self.type_expr_inner(x, allow_generic),
            ExprKind::Index { x, indices } => {
                let g = self.type_expr_generic(x, true);
                if self.types.is_invalid(g) {
                    return inv;
                }
                self.instantiate_type(e, g, indices)
            }
            ExprKind::Star(x) => {
                let t = self.type_expr(x);
                if self.types.is_invalid(t) {
                    return inv;
                }
                self.types.pointer(t)
            }
            ExprKind::ArrayType { len, elem } => {
                let Some(len) = len else {
                    self.error(e.span, "invalid use of [...] array (outside a composite literal)");
                    self.type_expr(elem);
                    return inv;
                };
                let n = self.array_length(len);
                let t = self.type_expr(elem);
                match n {
                    Some(n) if !self.types.is_invalid(t) => self.types.array(n, t),
                    _ => inv,
                }
            }
            ExprKind::SliceType { elem } => {
                let t = self.type_expr(elem);
                if self.types.is_invalid(t) {
                    return inv;
                }
                self.types.slice(t)
            }
            ExprKind::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                if self.types.is_invalid(k) || self.types.is_invalid(v) {
                    return inv;
                }
                // Key comparability is checked once the key type is complete.
                self.delayed_map_keys.push((k, key.span, self.cur.file));
                self.types.map(k, v)
            }
            ExprKind::ChanType { dir, elem } => {
                let t = self.type_expr(elem);
                if self.types.is_invalid(t) {
                    return inv;
                }
                let d = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                self.types.chan(d, t)
            }
            ExprKind::FuncType(ft) => {
                let scope = self.new_scope(Some(self.cur.scope), false);
                let saved = self.cur.scope;
                self.cur.scope = scope;
                let t = self.signature(ft, Vec::new());
                self.cur.scope = saved;
                t
            }
            ExprKind::StructType { fields } => self.struct_type(fields),
            ExprKind::InterfaceType { elems } => self.interface_type(elems, e),
            ExprKind::Tilde(_) | ExprKind::Union(_) => {
                self.error(e.span, format!("cannot use {} as a type (type set)", expr_string(e)));
                inv
            }
            ExprKind::Bad => inv,
            _ => {
                let s = expr_string(e);
                self.error(e.span, format!("{s} is not a type"));
                inv
            }
        }
    }

    fn array_length(&mut self, len: &Expr) -> Option<u64> {
        let x = self.expr(len);
        if x.mode == Mode::Invalid {
            return None;
        }
        if x.mode != Mode::Constant {
            let s = expr_string(len);
            if matches!(x.mode, Mode::TypeExpr) {
                self.error(len.span, format!("invalid array length {s}"));
            } else {
                self.error(
                    len.span,
                    format!(
                        "array length {s} (value of type {}) must be constant",
                        self.type_string(x.ty)
                    ),
                );
            }
            return None;
        }
        let xu = self.under(x.ty);
        let isint = self
            .types
            .basic_kind(xu)
            .is_some_and(|k| k.is_integer() || k == BasicKind::UntypedFloat);
        match x.val.as_ref().and_then(|v| v.to_int()) {
            Some(n) if isint => match u64::try_from(n) {
                Ok(n) if n < (1 << 50) => Some(n),
                _ => {
                    let s = expr_string(len);
                    self.error(len.span, format!("invalid array length {s}"));
                    None
                }
            },
            _ => {
                let s = self.op_string(len, &x);
                self.error(len.span, format!("array length {s} must be integer"));
                None
            }
        }
    }

    /// `G[A, B]` for a generic type `G`.
    /// The generic alias named by `e` (an identifier), with its type parameters.
    fn generic_alias_of(&mut self, e: &Expr) -> Option<(ObjId, Vec<TypeId>)> {
        if self.generic_aliases.is_empty() {
            return None;
        }
        let mut e = e;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        let ExprKind::Ident(id) = &e.kind else { return None };
        let (o, _) = self.lookup(self.cur.scope, &id.name)?;
        if !matches!(self.obj(o).kind, ObjKind::TypeName { alias: true }) {
            return None;
        }
        // Resolve the alias declaration first (it may be declared later in the package).
        self.obj_type(o);
        self.generic_aliases.get(&o).map(|t| (o, t.clone()))
    }

    pub(crate) fn instantiate_type(&mut self, e: &Expr, g: TypeId, indices: &[Expr]) -> TypeId {
        let inv = self.types.invalid();
        if let ExprKind::Index { x, .. } = &e.kind {
            if let Some((o, tparams)) = self.generic_alias_of(x) {
                let mut targs = Vec::new();
                for i in indices {
                    let t = self.type_expr(i);
                    if self.types.is_invalid(t) {
                        return inv;
                    }
                    targs.push(t);
                }
                let name = self.obj(o).name.clone();
                if targs.len() != tparams.len() {
                    let q = if targs.len() < tparams.len() { "not enough" } else { "too many" };
                    self.error(
                        e.span,
                        format!(
                            "{q} type arguments for type {name}: have {}, want {}",
                            targs.len(),
                            tparams.len()
                        ),
                    );
                    return inv;
                }
                if let Some((i, msg)) = self.verify_targs_at(&tparams, &targs) {
                    let at = indices.get(i).map_or(e.span, |x| x.span);
                    self.error(at, msg);
                    return inv;
                }
                let map: Vec<(TypeId, TypeId)> =
                    tparams.iter().copied().zip(targs.iter().copied()).collect();
                let rhs = self.obj(o).ty.unwrap_or(inv);
                let t = self.subst(rhs, &map);
                self.record_instance(x.id, Instance { targs, ty: t });
                return t;
            }
        }
        let Some(n) = self.types.named(g).cloned() else {
            let s = self.type_string(g);
            self.error(e.span, format!("{s} is not a generic type"));
            return inv;
        };
        if n.tparams.is_empty() || n.origin.is_some() {
            let s = self.type_string(g);
            self.error(e.span, format!("{s} is not a generic type"));
            return inv;
        }
        let mut targs = Vec::new();
        for i in indices {
            let t = self.type_expr(i);
            if self.types.is_invalid(t) {
                return inv;
            }
            targs.push(t);
        }
        if targs.len() != n.tparams.len() {
            let s = self.type_string(g);
            let msg = if targs.len() < n.tparams.len() {
                format!(
                    "not enough type arguments for type {s}: have {}, want {}",
                    targs.len(),
                    n.tparams.len()
                )
            } else {
                format!(
                    "too many type arguments for type {s}: have {}, want {}",
                    targs.len(),
                    n.tparams.len()
                )
            };
            self.error(e.span, msg);
            return inv;
        }
        let t = self.types.instance(g, targs.clone());
        if self.state[n.obj.0 as usize] == 2 {
            if let Some(msg) = self.verify_targs(&n.tparams, &targs) {
                let at = indices.first().map_or(e.span, |x| x.span);
                self.error(at, msg);
            }
        } else {
            self.delayed_verify.push((
                n.tparams.clone(),
                targs.clone(),
                indices.first().map_or(e.span, |x| x.span),
                self.cur.file,
            ));
        }
        self.record_instance(e.id, Instance { targs, ty: t });
        t
    }

    fn struct_type(&mut self, list: &ast::FieldList) -> TypeId {
        let mut fields: Vec<Field> = Vec::new();
        for f in &list.fields {
            let t = self.type_expr(&f.ty);
            let tag = f.tag.as_ref().and_then(|l| match &l.value {
                ast::LitValue::Str { value, .. } => {
                    Some(String::from_utf8_lossy(value).into_owned())
                }
                _ => None,
            });
            if f.names.is_empty() {
                // Embedded field: T, *T, pkg.T, T[A] — named after the type name.
                let Some(name_id) = embedded_name(&f.ty) else {
                    self.error(f.ty.span, "invalid embedded field type");
                    continue;
                };
                if let TypeKind::Pointer(e) = self.types.kind(t) {
                    let e = *e;
                    if matches!(self.types.kind(e), TypeKind::Pointer(_)) || self.is_interface(e) {
                        self.error(
                            f.ty.span,
                            "embedded field type cannot be a pointer to an interface",
                        );
                    }
                }
                let pos = self.pos(name_id.span);
                let o = self.new_obj(
                    &name_id.name,
                    ObjKind::Var { field: true, param: false, embedded: true },
                    Some(t),
                    Some(self.cur.pkg),
                    Some(pos),
                );
                self.add_field(
                    &mut fields,
                    Field {
                        name: name_id.name.clone(),
                        ty: t,
                        embedded: true,
                        tag: tag.clone(),
                        pkg: Some(self.cur.pkg),
                        obj: Some(o),
                    },
                    name_id.span,
                );
                continue;
            }
            for n in &f.names {
                let pos = self.pos(n.span);
                let o = self.new_obj(
                    &n.name,
                    ObjKind::Var { field: true, param: false, embedded: false },
                    Some(t),
                    Some(self.cur.pkg),
                    Some(pos),
                );
                self.record_def(n, o);
                self.add_field(
                    &mut fields,
                    Field {
                        name: n.name.clone(),
                        ty: t,
                        embedded: false,
                        tag: tag.clone(),
                        pkg: Some(self.cur.pkg),
                        obj: Some(o),
                    },
                    n.span,
                );
            }
        }
        self.types.alloc(TypeKind::Struct(fields))
    }

    fn add_field(&mut self, fields: &mut Vec<Field>, f: Field, span: escapade_base::Span) {
        if f.name != "_" {
            if let Some(prev) = fields.iter().find(|x| x.name == f.name) {
                let other = prev
                    .obj
                    .and_then(|o| self.obj(o).pos)
                    .map(|p| self.line_of(p))
                    .unwrap_or_default();
                self.error(
                    span,
                    format!("{} redeclared\n\t{other}: other declaration of {}", f.name, f.name),
                );
                return;
            }
        }
        fields.push(f);
    }

    fn interface_type(&mut self, elems: &[ast::InterfaceElem], _e: &Expr) -> TypeId {
        let mut methods: Vec<Method> = Vec::new();
        let mut embeddeds = Vec::new();
        for el in elems {
            match &el.kind {
                InterfaceElemKind::Method { name, sig } => {
                    let scope = self.new_scope(Some(self.cur.scope), false);
                    let saved = self.cur.scope;
                    self.cur.scope = scope;
                    let st = self.signature(sig, Vec::new());
                    self.cur.scope = saved;
                    let pos = self.pos(name.span);
                    let o = self.new_obj(
                        &name.name,
                        ObjKind::Func { method: true, has_body: false },
                        Some(st),
                        Some(self.cur.pkg),
                        Some(pos),
                    );
                    self.record_def(name, o);
                    if name.name == "_" {
                        self.error(name.span, "methods must have a unique non-blank name");
                        continue;
                    }
                    if let Some(prev) = methods.iter().find(|m| m.name == name.name) {
                        let other = prev
                            .obj
                            .and_then(|o| self.obj(o).pos)
                            .map(|p| self.line_of(p))
                            .unwrap_or_default();
                        self.error(
                            name.span,
                            format!(
                                "duplicate method {}\n\t{other}: other declaration of method {}",
                                name.name, name.name
                            ),
                        );
                        continue;
                    }
                    methods.push(Method {
                        name: name.name.clone(),
                        sig: st,
                        pkg: Some(self.cur.pkg),
                        obj: Some(o),
                    });
                }
                InterfaceElemKind::Embed(t) => {
                    let et = self.type_term_expr(t);
                    if !self.types.is_invalid(et) {
                        embeddeds.push(et);
                    }
                }
            }
        }
        self.types.alloc(TypeKind::Interface(Interface {
            methods,
            embeddeds,
            is_any: false,
            implicit: false,
        }))
    }

    /// An interface element: a type, `~T`, or a union of terms.
    fn type_term_expr(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Tilde(x) => {
                let t = self.type_expr(x);
                if self.types.is_invalid(t) {
                    return t;
                }
                let u = self.under(t);
                if u != t {
                    let ts = self.type_string(t);
                    let us = self.type_string(u);
                    self.error(
                        e.span,
                        format!("invalid use of ~ ({us} is the underlying type of {ts})"),
                    );
                }
                self.types.alloc(TypeKind::Union(vec![Term { tilde: true, ty: t }]))
            }
            ExprKind::Union(terms) => {
                let mut out = Vec::new();
                for term in terms {
                    let (tilde, x) = match &term.kind {
                        ExprKind::Tilde(x) => (true, &**x),
                        _ => (false, term),
                    };
                    let t = self.type_expr(x);
                    if self.types.is_invalid(t) {
                        continue;
                    }
                    out.push(Term { tilde, ty: t });
                }
                self.types.alloc(TypeKind::Union(out))
            }
            ExprKind::Paren(x) => self.type_term_expr(x),
            _ => self.type_expr(e),
        }
    }

    /// A type parameter constraint: an interface, or a type set wrapped implicitly.
    pub(crate) fn constraint_expr(&mut self, e: &Expr) -> TypeId {
        let t = self.type_term_expr(e);
        if self.types.is_invalid(t) {
            return self.types.any();
        }
        if matches!(self.types.kind(t), TypeKind::Union(_)) || !self.is_interface_type_noresolve(t)
        {
            return self.types.alloc(TypeKind::Interface(Interface {
                methods: Vec::new(),
                embeddeds: vec![t],
                is_any: false,
                implicit: true,
            }));
        }
        t
    }

    fn is_interface_type_noresolve(&mut self, t: TypeId) -> bool {
        if self.types.is_type_param(t) {
            return false;
        }
        match self.types.kind(t) {
            TypeKind::Interface(_) => true,
            TypeKind::Named(n) => {
                let obj = n.obj;
                if n.underlying.is_none() && self.state[obj.0 as usize] == 1 {
                    return false;
                }
                self.is_interface(t)
            }
            _ => false,
        }
    }

    /// Runs checks postponed until all types are complete (map keys, constraint
    /// satisfaction of instantiations inside declarations).
    pub(crate) fn process_delayed(&mut self) {
        let keys = std::mem::take(&mut self.delayed_map_keys);
        for (k, span, file) in keys {
            if !self.files[file.0 as usize].user {
                continue;
            }
            let saved = self.cur.file;
            self.cur.file = file;
            if self.types.is_type_param(k) {
                let ts = self.type_set(k);
                if !ts.comparable && !self.comparable(k) {
                    let s = self.type_string(k);
                    self.error(
                        span,
                        format!("invalid map key type {s} (missing comparable constraint)"),
                    );
                }
            } else if !self.comparable(k) {
                let s = self.type_string(k);
                self.error(span, format!("invalid map key type {s}"));
            }
            self.cur.file = saved;
        }
        let verify = std::mem::take(&mut self.delayed_verify);
        for (tps, targs, span, file) in verify {
            if !self.files[file.0 as usize].user {
                continue;
            }
            let saved = self.cur.file;
            self.cur.file = file;
            if let Some(msg) = self.verify_targs(&tps, &targs) {
                self.error(span, msg);
            }
            self.cur.file = saved;
        }
    }
}

/// The name of an embedded field from its type expression.
fn embedded_name(e: &Expr) -> Option<&ast::Ident> {
    match &e.kind {
        ExprKind::Ident(id) => Some(id),
        ExprKind::Star(x) | ExprKind::Paren(x) => embedded_name(x),
        ExprKind::Selector { sel, .. } => Some(sel),
        ExprKind::Index { x, .. } => embedded_name(x),
        _ => None,
    }
}
