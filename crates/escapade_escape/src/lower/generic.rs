//! Generic functions as gc compiles them: one *shape instantiation* per distinct tuple of
//! shape types used in the file (`F[go.shape.int]`), analysed like any function but DUPOK
//! (no parameter summaries), its body typed with the shape types, and called by its users
//! with a dictionary as hidden first argument (`F[go.shape.int](&.dict.F[int], x)`).
//!
//! A type argument's shape is its underlying type, except that every pointer type used for
//! a type parameter whose constraint is a basic interface (no methods) shares the shape
//! `*uint8`; the shape prints as `go.shape.` followed by the link string of that type.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use escapade_base::Span;
use escapade_syntax::ast;
use escapade_types::info::{Instance, Selection, TypeAndValue};
use escapade_types::types::{BasicKind, ChanDir, Named, TypeKind};
use escapade_types::{ObjId, ObjKind, Object, TypeId};

use super::Lower;
use crate::ir::{
    Call, Callee, ExprKind, Func, FuncId, Param, StaticCallee, StmtKind, Ty, VarClass,
};

/// A non-shape instantiation `F[int]`: gc compiles it as a wrapper that calls the shape
/// function with the instantiation's dictionary.
pub(super) struct WrapperReq {
    obj: ObjId,
    inst_sig: TypeId,
    /// The receiver type of a method's wrapper.
    recv: Option<TypeId>,
    shape: FuncId,
    shape_name: String,
    dict: String,
}

/// The side-table entries of the file (indices) and the defined objects whose types
/// mention a type parameter, found once for all shape instantiations.
pub(super) struct GenericEntries {
    /// Every entry of `instances` (whether or not a substitution changes it).
    all_instances: Vec<usize>,
    types: Vec<usize>,
    implicit: Vec<usize>,
    selections: Vec<usize>,
    instances: Vec<usize>,
    defs: Vec<ObjId>,
}

/// The original side-table entries and object types a shape substitution replaced (in
/// increasing index order), restored after the body.
#[derive(Default)]
pub(super) struct Unsubst {
    types: Vec<(usize, TypeAndValue)>,
    implicit: Vec<(usize, TypeId)>,
    selections: Vec<(usize, Selection)>,
    instances: Vec<(usize, Instance)>,
    objs: Vec<(ObjId, TypeId)>,
}

/// A shape instantiation whose body is still to be lowered.
pub(super) struct ShapeJob {
    obj: ObjId,
    map: Vec<(TypeId, TypeId)>,
    func: FuncId,
}

impl Lower<'_> {
    /// `t` with the type parameters of the shape instantiation being lowered substituted.
    pub(super) fn subst_ty(&mut self, t: TypeId) -> TypeId {
        if self.subst.is_empty() {
            return t;
        }
        let m = std::mem::take(&mut self.subst);
        let r = self.c.subst(t, &m);
        self.subst = m;
        r
    }

    /// gc's link string of a type (package-qualified names); `None` for types whose link
    /// string is not modelled.
    pub(super) fn link_text(&mut self, t: TypeId, depth: u32) -> Option<String> {
        if depth > 12 {
            return None;
        }
        let d = depth + 1;
        Some(match self.c.types.kind(t).clone() {
            TypeKind::Basic(k) => match k.canonical() {
                BasicKind::UnsafePointer => "unsafe.Pointer".into(),
                k if k.is_untyped() => return None,
                k => k.name().into(),
            },
            TypeKind::Pointer(e) => format!("*{}", self.link_text(e, d)?),
            TypeKind::Slice(e) => format!("[]{}", self.link_text(e, d)?),
            TypeKind::Array(n, e) => format!("[{n}]{}", self.link_text(e, d)?),
            TypeKind::Map(k, v) => {
                format!("map[{}]{}", self.link_text(k, d)?, self.link_text(v, d)?)
            }
            TypeKind::Chan(dir, e) => {
                let et = self.link_text(e, d)?;
                match dir {
                    ChanDir::Both => format!("chan {et}"),
                    ChanDir::Send => format!("chan<- {et}"),
                    ChanDir::Recv => format!("<-chan {et}"),
                }
            }
            TypeKind::Struct(fields) => {
                if fields.is_empty() {
                    return Some("struct {}".into());
                }
                let mut parts = Vec::new();
                for f in &fields {
                    if f.embedded || f.tag.is_some() {
                        return None;
                    }
                    let ft = self.link_text(f.ty, d)?;
                    let exported = f.name.chars().next().is_some_and(char::is_uppercase);
                    if exported {
                        parts.push(format!("{} {ft}", f.name));
                    } else {
                        parts.push(format!("{}.{} {ft}", self.user_pkg_path(), f.name));
                    }
                }
                format!("struct {{ {} }}", parts.join("; "))
            }
            TypeKind::Interface(i) if i.methods.is_empty() && i.embeddeds.is_empty() => {
                "interface {}".into()
            }
            TypeKind::Interface(i) if i.embeddeds.is_empty() => {
                // Methods sorted by name, unexported ones qualified by their package.
                let mut ms = i.methods.clone();
                escapade_base::sort::stable_sort_by(&mut ms, |a, b| a.name.cmp(&b.name));
                let mut parts = Vec::new();
                for m in &ms {
                    let TypeKind::Func(sig) = self.c.types.kind(m.sig).clone() else {
                        return None;
                    };
                    if sig.variadic {
                        return None;
                    }
                    let mut ps = Vec::new();
                    for p in &sig.params {
                        ps.push(self.link_text(p.ty, d)?);
                    }
                    let mut rs = Vec::new();
                    for r in &sig.results {
                        rs.push(self.link_text(r.ty, d)?);
                    }
                    let res = match rs.len() {
                        0 => String::new(),
                        1 => format!(" {}", rs[0]),
                        _ => format!(" ({})", rs.join(", ")),
                    };
                    let exported = m.name.chars().next().is_some_and(char::is_uppercase);
                    let name = if exported {
                        m.name.clone()
                    } else {
                        format!("{}.{}", self.user_pkg_path(), m.name)
                    };
                    parts.push(format!("{name}({}){res}", ps.join(", ")));
                }
                format!("interface {{ {} }}", parts.join("; "))
            }
            TypeKind::Named(n) => {
                let obj = self.c.obj(n.obj).clone();
                // gc suffixes a function-local type's link name with `·N` (not modelled):
                // only package-level types are named here.
                if let Some(p) = obj.pkg {
                    let scope = &self.c.scopes[self.c.pkgs[p.0 as usize].scope.0 as usize];
                    if scope.names.get(&obj.name) != Some(&n.obj) {
                        return None;
                    }
                }
                let mut s = match obj.pkg {
                    None => obj.name.clone(),
                    Some(p) if Some(p) == self.user_pkg => format!("main.{}", obj.name),
                    Some(p) => format!("{}.{}", self.c.pkgs[p.0 as usize].path, obj.name),
                };
                if !n.targs.is_empty() {
                    let mut ts = Vec::new();
                    for a in &n.targs {
                        ts.push(self.link_text(*a, d)?);
                    }
                    s = format!("{s}[{}]", ts.join(","));
                }
                s
            }
            _ => return None,
        })
    }

    fn user_pkg_path(&self) -> &'static str {
        "main"
    }

    /// Whether `tparam`'s constraint is a basic interface (no methods).
    pub(super) fn basic_constraint(&mut self, tparam: TypeId) -> bool {
        let bound = match self.c.types.kind(tparam) {
            TypeKind::TypeParam(p) => p.bound,
            _ => None,
        };
        match bound {
            Some(b) => self.c.type_set(b).methods.is_empty(),
            None => true,
        }
    }

    /// The shape type of type argument `targ` (created on first use).
    pub(super) fn shape_type(&mut self, targ: TypeId, basic: bool, at: Span) -> Option<TypeId> {
        if self.is_shape(targ) {
            return Some(targ);
        }
        let u = self.c.under(targ);
        let under = if basic && matches!(self.c.types.kind(u), TypeKind::Pointer(_)) {
            let b = self.c.types.basic(BasicKind::Uint8);
            self.c.types.pointer(b)
        } else {
            u
        };
        let name = format!("go.shape.{}", self.link_text(under, 0)?);
        if let Some(t) = self.shape_types.get(&name) {
            return Some(*t);
        }
        if matches!(self.c.types.kind(under), TypeKind::Interface(i) if !i.methods.is_empty()) {
            // gc also wraps the shape interface's methods (`go.shape.~p0`): not modelled.
            let what = "-m=2 explanations of the method wrappers of an interface shape";
            let pos = self.pos(at);
            self.unsupported_m2(pos, what);
        }
        let obj = ObjId(self.c.objs.len() as u32);
        self.c.objs.push(Object {
            name: name.clone(),
            kind: ObjKind::TypeName { alias: false },
            ty: None,
            pkg: None,
            pos: None,
            used: true,
            local: false,
        });
        let t = self.c.types.alloc(TypeKind::Named(Named {
            obj,
            underlying: Some(under),
            methods: Vec::new(),
            tparams: Vec::new(),
            origin: None,
            targs: Vec::new(),
        }));
        self.c.objs[obj.0 as usize].ty = Some(t);
        self.shape_types.insert(name, t);
        self.shape_set.insert(t);
        Some(t)
    }

    pub(super) fn is_shape(&self, t: TypeId) -> bool {
        self.shape_set.contains(&t)
    }

    /// Whether `t` mentions a shape type (a type of a shape instantiation's body).
    pub(super) fn has_shape(&self, t: TypeId, depth: u32) -> bool {
        self.mentions(t, depth, &|t| self.is_shape(t), false, false)
    }

    /// Whether `t` mentions a type for which `leaf` holds, looking through pointers, slices,
    /// arrays, channels, maps, type arguments, struct fields and signatures, and also through
    /// interfaces and tuples when `deep`. Past depth 12 the answer is `too_deep`.
    fn mentions(
        &self,
        t: TypeId,
        depth: u32,
        leaf: &dyn Fn(TypeId) -> bool,
        deep: bool,
        too_deep: bool,
    ) -> bool {
        if depth > 12 {
            return too_deep;
        }
        if leaf(t) {
            return true;
        }
        let d = depth + 1;
        let m = |t: TypeId| self.mentions(t, d, leaf, deep, too_deep);
        match self.c.types.kind(t) {
            TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Array(_, e) => m(*e),
            TypeKind::Chan(_, e) => m(*e),
            TypeKind::Map(k, v) => m(*k) || m(*v),
            TypeKind::Named(n) => n.targs.iter().any(|a| m(*a)),
            TypeKind::Struct(fs) => fs.iter().any(|f| m(f.ty)),
            TypeKind::Func(s) => s.params.iter().chain(s.results.iter()).any(|p| m(p.ty)),
            TypeKind::Interface(i) if deep => {
                i.methods.iter().any(|x| m(x.sig)) || i.embeddeds.iter().any(|e| m(*e))
            }
            TypeKind::Tuple(ts) if deep => ts.iter().any(|a| m(*a)),
            _ => false,
        }
    }

    /// The shape instantiation of generic function `obj` for type arguments `targs`:
    /// (function, its printed name, the dictionary argument's text). `None` when the
    /// function is not a generic function of this file or a shape is not modelled.
    pub(super) fn shape_callee(
        &mut self,
        obj: ObjId,
        targs: &[TypeId],
        at: u32,
    ) -> Option<(FuncId, String, String)> {
        if !self.subst.is_empty() {
            // A generic call inside a shape body uses a sub-dictionary (not modelled).
            return None;
        }
        let fd = self.generic_fds.get(&obj)?.clone();
        let sig_t = self.c.obj_type(obj);
        let tparams = match self.c.types.kind(sig_t) {
            TypeKind::Func(s) => s.tparams.clone(),
            _ => return None,
        };
        if tparams.len() != targs.len() || targs.is_empty() {
            return None;
        }
        let mut shapes = Vec::new();
        let mut dict = Vec::new();
        for (&tp, &ta) in tparams.iter().zip(targs) {
            if self.has_shape(ta, 0) {
                return None;
            }
            let basic = self.basic_constraint(tp);
            shapes.push(self.shape_type(ta, basic, fd.name.span)?);
            dict.push(self.link_text(ta, 0)?);
        }
        let shape_names: Vec<String> = shapes.iter().map(|&s| self.type_text(s)).collect();
        let name = format!("{}[{}]", fd.name.name, shape_names.join(","));
        let dict_text = format!("&.dict.{}[{}]", fd.name.name, dict.join(","));
        let wrapper_name = format!("{}[{}]", fd.name.name, dict.join(","));
        let key = (obj, shapes.clone());
        if let Some(&f) = self.shapes.get(&key) {
            self.inst_refs.push((at, wrapper_name.clone(), f));
            if !self.wrapper_reqs.contains_key(&wrapper_name) {
                let inst_map: Vec<(TypeId, TypeId)> =
                    tparams.iter().copied().zip(targs.iter().copied()).collect();
                let inst_sig = self.c.subst(sig_t, &inst_map);
                let req = WrapperReq {
                    obj,
                    inst_sig,
                    recv: None,
                    shape: f,
                    shape_name: name.clone(),
                    dict: dict_text.clone(),
                };
                self.wrapper_reqs.insert(wrapper_name, req);
            }
            return Some((f, name, dict_text));
        }
        let pos = self.pos(fd.name.span);
        self.p.funcs.push(Func { name: name.clone(), pos, dupok: true, ..Func::default() });
        let id = FuncId(self.p.funcs.len() as u32 - 1);
        let map: Vec<(TypeId, TypeId)> = tparams.iter().copied().zip(shapes).collect();
        let st = self.c.subst(sig_t, &map);
        self.cur_sig.insert(id, st);
        self.shapes.insert(key, id);
        self.shape_jobs.push_back(ShapeJob { obj, map, func: id });
        let inst_map: Vec<(TypeId, TypeId)> =
            tparams.iter().copied().zip(targs.iter().copied()).collect();
        let inst_sig = self.c.subst(sig_t, &inst_map);
        let req = WrapperReq {
            obj,
            inst_sig,
            recv: None,
            shape: id,
            shape_name: name.clone(),
            dict: dict_text.clone(),
        };
        self.inst_refs.push((at, wrapper_name.clone(), id));
        self.wrapper_reqs.entry(wrapper_name).or_insert(req);
        Some((id, name, dict_text))
    }

    /// The receiver's generic type of method `obj` of a generic type: (pointer receiver,
    /// the generic type's declared name, the receiver's type parameters).
    fn generic_recv(&mut self, obj: ObjId) -> Option<(bool, String, Vec<TypeId>)> {
        let rt = self.c.method_recv.get(&obj).copied()?;
        let (ptr, named) = match self.c.types.kind(rt) {
            TypeKind::Pointer(e) => (true, *e),
            _ => (false, rt),
        };
        let n = self.c.types.named(named)?.clone();
        if n.targs.is_empty() {
            return None;
        }
        let name = self.c.obj(n.obj).name.clone();
        Some((ptr, name, n.targs))
    }

    /// The shape instantiation of method `obj` of a generic type, for a receiver of type
    /// `recv_t` (the instantiated type or a pointer to it).
    pub(super) fn shape_method(
        &mut self,
        obj: ObjId,
        recv_t: TypeId,
        at: u32,
    ) -> Option<(FuncId, String, String)> {
        let fd = self.generic_fds.get(&obj)?.clone();
        let (ptr, tname, tparams) = self.generic_recv(obj)?;
        let inst = match self.c.types.kind(recv_t) {
            TypeKind::Pointer(e) => *e,
            _ => recv_t,
        };
        let targs = self.c.types.named(inst)?.targs.clone();
        if targs.len() != tparams.len() {
            return None;
        }
        if !self.subst.is_empty() && !targs.iter().all(|&t| self.is_shape(t)) {
            return None;
        }
        let mut shapes = Vec::new();
        let mut dict = Vec::new();
        // A type instantiated with shapes (inside a shape body) has no wrappers.
        let shaped = targs.iter().all(|&t| self.is_shape(t));
        for (&tp, &ta) in tparams.iter().zip(&targs) {
            if !shaped && self.has_shape(ta, 0) {
                return None;
            }
            let basic = self.basic_constraint(tp);
            shapes.push(self.shape_type(ta, basic, fd.name.span)?);
            dict.push(self.link_text(ta, 0)?);
        }
        let shape_names: Vec<String> = shapes.iter().map(|&s| self.type_text(s)).collect();
        let m = &fd.name.name;
        let recv_name = |args: &str| {
            if ptr {
                format!("(*{tname}[{args}]).{m}")
            } else {
                format!("{tname}[{args}].{m}")
            }
        };
        let name = recv_name(&shape_names.join(","));
        let wrapper_name = recv_name(&dict.join(","));
        let dict_text = format!("&.dict.{tname}[{}]", dict.join(","));
        let key = (obj, shapes.clone());
        let sig_t = self.c.obj_type(obj);
        let id = match self.shapes.get(&key) {
            Some(&f) => f,
            None => {
                let pos = self.pos(fd.name.span);
                self.p.funcs.push(Func { name: name.clone(), pos, dupok: true, ..Func::default() });
                let id = FuncId(self.p.funcs.len() as u32 - 1);
                let map: Vec<(TypeId, TypeId)> = tparams.iter().copied().zip(shapes).collect();
                let st = self.c.subst(sig_t, &map);
                self.cur_sig.insert(id, st);
                self.shapes.insert(key, id);
                self.shape_jobs.push_back(ShapeJob { obj, map, func: id });
                id
            }
        };
        if shaped {
            return Some((id, name, dict_text));
        }
        self.inst_refs.push((at, wrapper_name.clone(), id));
        if !self.wrapper_reqs.contains_key(&wrapper_name) {
            let inst_map: Vec<(TypeId, TypeId)> =
                tparams.iter().copied().zip(targs.iter().copied()).collect();
            let inst_sig = self.c.subst(sig_t, &inst_map);
            let rt = self.c.method_recv.get(&obj).copied();
            let recv = rt.map(|t| self.c.subst(t, &inst_map));
            let req = WrapperReq {
                obj,
                inst_sig,
                recv,
                shape: id,
                shape_name: name.clone(),
                dict: dict_text.clone(),
            };
            self.wrapper_reqs.insert(wrapper_name, req);
        }
        Some((id, name, dict_text))
    }

    /// gc instantiates every method of a generic type when the type is instantiated: the
    /// type instances `info` records with concrete (or, inside a shape body, shape) type
    /// arguments get all their methods' shape instantiations (and wrappers).
    pub(super) fn instantiate_type_methods(&mut self) {
        let entries = self.generic_entries();
        for &i in &entries.all_instances {
            let Some(inst) = self.info.instances[i].clone() else { continue };
            let Some(named) = self.c.types.named(inst.ty).cloned() else { continue };
            let Some(origin) = named.origin else { continue };
            let methods = self.c.types.named(origin).map(|o| o.methods.clone()).unwrap_or_default();
            if methods.is_empty() {
                continue;
            }
            if inst.targs.iter().any(|&t| self.has_type_param(t, 0)) {
                continue;
            }
            // Inside a shape body only the types instantiated with its shapes are new.
            if !self.subst.is_empty() && !inst.targs.iter().all(|&t| self.is_shape(t)) {
                continue;
            }
            for m in methods {
                if !self.generic_fds.contains_key(&m) {
                    continue;
                }
                if self.shape_method(m, inst.ty, i as u32).is_none() {
                    let pos = self.generic_fds.get(&m).map(|fd| fd.name.span);
                    if let Some(sp) = pos {
                        self.unsupported(sp, "instantiation of this method of a generic type");
                    }
                }
            }
        }
    }

    fn has_type_param(&self, t: TypeId, depth: u32) -> bool {
        let is_param = |t: TypeId| matches!(self.c.types.kind(t), TypeKind::TypeParam(_));
        self.mentions(t, depth, &is_param, true, true)
    }

    /// gc's `Target.Funcs` order: the declared functions, then the instantiations in the
    /// order the reader pops them off its LIFO work list (declared bodies are read last
    /// first; the instantiations a body references are pushed in source order). A shape
    /// instantiation comes before the wrapper that first used it: with inlining, when the
    /// wrapper no longer calls it, their batches print in this order.
    pub(super) fn instantiation_order(&mut self, decl_ids: &[u32]) {
        if self.inst_refs.is_empty() {
            return;
        }
        let wrappers: BTreeMap<String, FuncId> = std::mem::take(&mut self.wrapper_ids);
        let mut inst: BTreeSet<FuncId> = BTreeSet::new();
        inst.extend(self.shapes.values().copied());
        inst.extend(wrappers.values().copied());
        let std = self.p.funcs.iter().enumerate().filter(|(_, f)| f.std_instance.is_some());
        inst.extend(std.map(|(i, _)| FuncId(i as u32)));
        let mut order: Vec<FuncId> =
            (0..self.p.funcs.len() as u32).map(FuncId).filter(|f| !inst.contains(f)).collect();
        let mut refs = std::mem::take(&mut self.inst_refs);
        escapade_base::sort::stable_sort_by_key(&mut refs, |r| r.0);
        let decl_of = |id: u32| decl_ids.partition_point(|&d| d <= id);
        let mut seen_items: BTreeSet<String> = BTreeSet::new();
        let mut placed: BTreeSet<FuncId> = BTreeSet::new();
        for d in (0..=decl_ids.len()).rev() {
            let items: Vec<&(u32, String, FuncId)> =
                refs.iter().filter(|r| decl_of(r.0) == d).collect();
            let mut pushed = Vec::new();
            for r in items {
                if seen_items.insert(r.1.clone()) {
                    pushed.push(r);
                }
            }
            for r in pushed.into_iter().rev() {
                for f in Some(r.2).into_iter().chain(wrappers.get(&r.1).copied()) {
                    if placed.insert(f) {
                        order.push(f);
                    }
                }
            }
        }
        for f in inst {
            if placed.insert(f) {
                order.push(f);
            }
        }
        self.p.order = order;
    }

    /// Lowers the bodies of the shape instantiations requested so far.
    pub(super) fn lower_shapes(&mut self) {
        while let Some(job) = self.shape_jobs.pop_front() {
            let Some(fd) = self.generic_fds.get(&job.obj).cloned() else { continue };
            self.shape_body(&fd, job);
        }
    }

    /// The wrappers `F[int]` of the instantiations used, after every other function
    /// (ordered by name).
    pub(super) fn lower_wrappers(&mut self) {
        let reqs = std::mem::take(&mut self.wrapper_reqs);
        for (name, w) in reqs {
            let Some(fd) = self.generic_fds.get(&w.obj).cloned() else { continue };
            let id = FuncId(self.p.funcs.len() as u32);
            self.wrapper(name.clone(), &fd, &w);
            if (id.0 as usize) < self.p.funcs.len() {
                self.wrapper_ids.insert(name, id);
            }
        }
    }

    fn wrapper(&mut self, name: String, fd: &ast::FuncDecl, w: &WrapperReq) {
        // gc positions a method's wrapper at its receiver list.
        let pos = match &fd.recv {
            Some(r) => self.pos(r.span),
            None => self.pos(fd.name.span),
        };
        let u = self.c.under(w.inst_sig);
        let TypeKind::Func(sig) = self.c.types.kind(u).clone() else { return };
        self.p.funcs.push(Func { name, pos, dupok: true, ..Func::default() });
        let id = FuncId(self.p.funcs.len() as u32 - 1);
        let saved = self.cur;
        self.cur = id;
        let mut faithful = !sig.variadic;
        let mut pi = 0;
        let mut args = Vec::new();
        let mut recv_arg = None;
        if let (Some(rt), Some(recv)) = (w.recv, &fd.recv) {
            let ty = self.ty(rt);
            match recv.fields.first().and_then(|f| f.names.first()) {
                Some(nm) if !nm.is_blank() => {
                    let ppos = self.pos(nm.span);
                    let v = self.new_var(&nm.name, ppos, VarClass::Param, ty);
                    let param =
                        Param { var: Some(v), name: nm.name.clone(), pos: ppos, ty, ddd: false };
                    self.p.funcs[id.0 as usize].recv = Some(param);
                    recv_arg = Some(self.name_ref(v, pos));
                }
                _ => {
                    faithful = false;
                    let param = Param { var: None, name: String::new(), pos, ty, ddd: false };
                    self.p.funcs[id.0 as usize].recv = Some(param);
                }
            }
        }
        for field in &fd.sig.params.fields {
            if field.names.is_empty() {
                faithful = false;
            }
            for nm in &field.names {
                let t = sig.params.get(pi).map_or_else(|| self.c.types.invalid(), |p| p.ty);
                pi += 1;
                let ty = self.ty(t);
                let ppos = self.pos(nm.span);
                let var = if nm.is_blank() {
                    faithful = false;
                    None
                } else {
                    Some(self.new_var(&nm.name, ppos, VarClass::Param, ty))
                };
                let pname = if nm.is_blank() { String::new() } else { nm.name.clone() };
                let param = Param { var, name: pname, pos: ppos, ty, ddd: false };
                self.p.funcs[id.0 as usize].params.push(param);
                if let Some(v) = var {
                    args.push(self.name_ref(v, pos));
                }
            }
        }
        if fd.sig.results.as_ref().is_some_and(|r| r.fields.iter().any(|f| !f.names.is_empty())) {
            faithful = false;
        }
        let mut rty = Ty::default();
        for (i, r) in sig.results.iter().enumerate() {
            let ty = self.ty(r.ty);
            rty = ty;
            let v = self.new_var(&format!("~r{i}"), pos, VarClass::Result, ty);
            self.p.funcs[id.0 as usize].results.push(v);
        }
        if !faithful {
            self.unsupported_m2(pos, "-m=2 explanations of this generic instantiation wrapper");
        }
        let mut texts: Vec<String> = recv_arg.iter().map(|r| self.text(*r).to_string()).collect();
        texts.push(w.dict.clone());
        texts.extend(args.iter().map(|a| self.text(*a).to_string()));
        let text = format!("{}({})", w.shape_name, texts.join(", "));
        let n = sig.results.len();
        let call = Call {
            callee: Callee::Static(StaticCallee::Local(w.shape)),
            fun: None,
            recv: recv_arg,
            args,
            results: n,
        };
        let call = self.mk(ExprKind::Call(call), rty, pos, text.clone());
        let body = if n == 0 {
            vec![self.stmt_id(StmtKind::Expr(call), pos, text)]
        } else if n == 1 {
            vec![self.stmt_id(StmtKind::Return(vec![call]), pos, format!("return {text}"))]
        } else {
            // Several results go through temporaries first.
            let results = self.p.func(id).results.clone();
            let mut temps = Vec::new();
            let mut lhs = Vec::new();
            for r in &results {
                let ty = self.p.var(*r).ty;
                let t = self.temp(ty, pos);
                temps.push(t);
                lhs.push(Some(self.name_ref(t, pos)));
            }
            let names: Vec<String> = temps.iter().map(|t| self.p.var(*t).name.clone()).collect();
            let atext = format!("{} = {text}", names.join(", "));
            let a = self.stmt_id(StmtKind::AssignCall { lhs, call }, pos, atext);
            for t in &temps {
                self.p.vars[t.0 as usize].defn = Some(a);
            }
            let vals: Vec<_> = temps.iter().map(|t| self.name_ref(*t, pos)).collect();
            let rtext = format!("return {}", names.join(", "));
            vec![a, self.stmt_id(StmtKind::Return(vals), pos, rtext)]
        };
        self.p.funcs[id.0 as usize].body = Some(body);
        self.cur = saved;
    }

    fn shape_body(&mut self, fd: &ast::FuncDecl, job: ShapeJob) {
        let saved_cur = self.cur;
        self.subst = job.map;
        // The body's side tables and its objects' types, with the shapes substituted in
        // place (only the entries mentioning a type parameter can change); the replaced
        // entries are kept to be restored afterwards.
        let entries = self.generic_entries();
        let mut orig = Unsubst::default();
        for &i in &entries.types {
            let Some(t) = self.info.types[i].as_ref().map(|tv| tv.ty) else { continue };
            let nt = self.subst_ty(t);
            if let Some(tv) = self.info.types[i].as_mut().filter(|_| nt != t) {
                orig.types.push((i, tv.clone()));
                tv.ty = nt;
            }
        }
        for &i in &entries.implicit {
            let Some(t) = self.info.implicit[i] else { continue };
            let nt = self.subst_ty(t);
            if nt != t {
                orig.implicit.push((i, t));
                self.info.implicit[i] = Some(nt);
            }
        }
        for &i in &entries.selections {
            let Some(s) = self.info.selections[i].clone() else { continue };
            let (recv, ty) = (self.subst_ty(s.recv), self.subst_ty(s.ty));
            if (recv, ty) != (s.recv, s.ty) {
                self.info.selections[i] = Some(Selection { recv, ty, ..s.clone() });
                orig.selections.push((i, s));
            }
        }
        for &i in &entries.instances {
            let Some(inst) = self.info.instances[i].clone() else { continue };
            let targs: Vec<TypeId> = inst.targs.iter().map(|&a| self.subst_ty(a)).collect();
            let ty = self.subst_ty(inst.ty);
            if targs != inst.targs || ty != inst.ty {
                self.info.instances[i] = Some(Instance { targs, ty });
                orig.instances.push((i, inst));
            }
        }
        for &o in &entries.defs {
            if let Some(t) = self.c.obj(o).ty {
                let nt = self.subst_ty(t);
                if nt != t {
                    orig.objs.push((o, t));
                    self.c.objs[o.0 as usize].ty = Some(nt);
                }
            }
        }
        self.unsubst = Some(orig);
        self.dict_methods.clear();
        let saved_vars = self.vars.clone();
        let saved_lits = std::mem::take(&mut self.lit_funcs);
        self.func_decl(fd, job.func);
        self.instantiate_type_methods();
        self.vars = saved_vars;
        self.lit_funcs = saved_lits;
        if let Some(orig) = self.unsubst.take() {
            for (i, tv) in orig.types {
                self.info.types[i] = Some(tv);
            }
            for (i, t) in orig.implicit {
                self.info.implicit[i] = Some(t);
            }
            for (i, s) in orig.selections {
                self.info.selections[i] = Some(s);
            }
            for (i, inst) in orig.instances {
                self.info.instances[i] = Some(inst);
            }
            for (o, t) in orig.objs {
                self.c.objs[o.0 as usize].ty = Some(t);
            }
        }
        self.subst.clear();
        self.cur = saved_cur;
    }

    /// The file's [`GenericEntries`], found on first use (from the unsubstituted tables).
    fn generic_entries(&mut self) -> Rc<GenericEntries> {
        if let Some(e) = &self.generic_entries {
            return e.clone();
        }
        let e = Rc::new(self.find_generic_entries());
        self.generic_entries = Some(e.clone());
        e
    }

    /// The side-table entries (and the defined objects) whose types mention a type
    /// parameter: the only ones a shape substitution can change.
    fn find_generic_entries(&self) -> GenericEntries {
        fn indices<T>(v: &[Option<T>], keep: impl Fn(&T) -> bool) -> Vec<usize> {
            v.iter()
                .enumerate()
                .filter(|(_, x)| x.as_ref().is_some_and(&keep))
                .map(|(i, _)| i)
                .collect()
        }
        let may = |t: TypeId| self.c.may_subst(t);
        let info = &self.info;
        GenericEntries {
            all_instances: indices(&info.instances, |_| true),
            types: indices(&info.types, |tv| may(tv.ty)),
            implicit: indices(&info.implicit, |&t| may(t)),
            selections: indices(&info.selections, |s| may(s.recv) || may(s.ty)),
            instances: indices(&info.instances, |i| i.targs.iter().any(|&a| may(a)) || may(i.ty)),
            defs: info
                .defs
                .iter()
                .flatten()
                .copied()
                .filter(|&o| self.c.obj(o).ty.is_some_and(may))
                .collect(),
        }
    }

    /// The type recorded for node `id` of the generic body being lowered, before the
    /// shapes were substituted (`None` outside a shape instantiation).
    pub(super) fn orig_type(&self, id: ast::NodeId) -> Option<TypeId> {
        let orig = self.unsubst.as_ref()?;
        match orig.types.binary_search_by_key(&id.index(), |(i, _)| *i) {
            Ok(k) => Some(orig.types[k].1.ty),
            Err(_) => self.info.type_of(id).map(|tv| tv.ty),
        }
    }

    /// Whether expression `x` of the generic body being lowered has a type-parameter type.
    pub(super) fn orig_is_type_param(&mut self, x: &ast::Expr) -> bool {
        let Some(t) = self.orig_type(x.id) else { return false };
        matches!(self.c.types.kind(t), TypeKind::TypeParam(_))
    }
}
