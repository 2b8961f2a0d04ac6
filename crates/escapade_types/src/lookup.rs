//! Underlying types, type sets of interfaces, identity, field and method lookup through
//! embedded fields, and method-set checks (implements).

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::check::Checker;
use crate::objects::{ObjId, PkgId};
use crate::types::*;

/// The type set of an interface: its complete method set and (for constraints) its terms.
#[derive(Clone, Debug, Default)]
pub struct TypeSet {
    /// All methods, sorted by name.
    pub methods: Vec<Method>,
    /// `None`: all types; `Some(terms)`: exactly the union of the terms.
    pub terms: Option<Vec<Term>>,
    /// `comparable` is part of the set.
    pub comparable: bool,
}

/// What a selector found.
#[derive(Clone, Debug)]
pub enum LookupResult {
    NotFound,
    /// Several fields/methods at the same (shallowest) depth.
    Ambiguous,
    Field {
        obj: Option<ObjId>,
        ty: TypeId,
        index: Vec<usize>,
        indirect: bool,
    },
    Method {
        obj: ObjId,
        recv_named: Option<TypeId>,
        index: Vec<usize>,
        indirect: bool,
        /// The signature as seen through an interface type set (substituted).
        sig: Option<TypeId>,
    },
}

impl Checker {
    /// The underlying type (resolving named types lazily, expanding instances).
    pub fn under(&mut self, t: TypeId) -> TypeId {
        let mut t = t;
        for _ in 0..100 {
            match self.types.kind(t) {
                TypeKind::Named(n) => {
                    let next = match n.underlying {
                        Some(u) => u,
                        None => self.resolve_named(t),
                    };
                    if next == t {
                        return self.types.invalid();
                    }
                    t = next;
                }
                TypeKind::TypeParam(tp) => {
                    let b = tp.bound.unwrap_or_else(|| self.types.any());
                    if b == t {
                        return self.types.invalid();
                    }
                    t = b;
                }
                _ => return t,
            }
        }
        self.types.invalid()
    }

    fn resolve_named(&mut self, t: TypeId) -> TypeId {
        let Some(n) = self.types.named(t).cloned() else { return t };
        if let Some(origin) = n.origin {
            let ou = self.under(origin);
            let tparams = self.types.named(origin).map(|o| o.tparams.clone()).unwrap_or_default();
            let map: Vec<(TypeId, TypeId)> =
                tparams.iter().copied().zip(n.targs.iter().copied()).collect();
            let u = self.subst(ou, &map);
            let u = self.under(u);
            if let TypeKind::Named(nn) = self.types.kind_mut(t) {
                nn.underlying = Some(u);
            }
            return u;
        }
        self.resolve_obj(n.obj);
        match self.types.named(t).and_then(|n| n.underlying) {
            Some(u) => u,
            None => self.types.invalid(),
        }
    }

    /// The type set of an interface (or of a type parameter's constraint).
    pub fn type_set(&mut self, t: TypeId) -> Rc<TypeSet> {
        let u = self.under(t);
        if let Some(ts) = self.typeset_cache.get(&u) {
            return ts.clone();
        }
        // Guard against cycles: insert an empty set first.
        self.typeset_cache.insert(u, Rc::new(TypeSet::default()));
        let ts = Rc::new(self.compute_type_set(u));
        self.typeset_cache.insert(u, ts.clone());
        ts
    }

    fn compute_type_set(&mut self, u: TypeId) -> TypeSet {
        let TypeKind::Interface(iface) = self.types.kind(u).clone() else {
            return TypeSet::default();
        };
        let mut ts = TypeSet::default();
        if let Some(cmp) = self.types.named(self.comparable_type).and_then(|n| n.underlying) {
            if cmp == u {
                ts.comparable = true;
            }
        }
        let mut methods = iface.methods.clone();
        for &e in &iface.embeddeds {
            let terms: Option<Vec<Term>> = match self.types.kind(e).clone() {
                TypeKind::Union(terms) => Some(self.flatten_terms(&terms)),
                _ => {
                    let eu = self.under(e);
                    if matches!(self.types.kind(eu), TypeKind::Interface(_))
                        && !self.types.is_type_param(e)
                    {
                        let sub = self.type_set(e);
                        for m in &sub.methods {
                            if !methods.iter().any(|x| x.name == m.name) {
                                methods.push(m.clone());
                            }
                        }
                        ts.comparable |= sub.comparable;
                        sub.terms.clone()
                    } else {
                        Some(vec![Term { tilde: false, ty: e }])
                    }
                }
            };
            if let Some(terms) = terms {
                ts.terms = Some(match ts.terms.take() {
                    None => terms,
                    Some(prev) => self.intersect_terms(&prev, &terms),
                });
            }
        }
        escapade_base::sort::stable_sort_by(&mut methods, |a, b| a.name.cmp(&b.name));
        ts.methods = methods;
        ts
    }

    fn flatten_terms(&mut self, terms: &[Term]) -> Vec<Term> {
        let mut out = Vec::new();
        for t in terms {
            let u = self.under(t.ty);
            if !t.tilde
                && matches!(self.types.kind(u), TypeKind::Interface(_))
                && !self.types.is_type_param(t.ty)
            {
                let sub = self.type_set(t.ty);
                match &sub.terms {
                    Some(ts) => out.extend(ts.iter().copied()),
                    None => out.push(*t),
                }
            } else {
                out.push(*t);
            }
        }
        out
    }

    fn term_includes(&mut self, outer: Term, inner: Term) -> bool {
        if outer.tilde {
            let a = self.under(outer.ty);
            let b = self.under(inner.ty);
            self.identical(a, b)
        } else {
            !inner.tilde && self.identical(outer.ty, inner.ty)
        }
    }

    fn intersect_terms(&mut self, a: &[Term], b: &[Term]) -> Vec<Term> {
        let mut out = Vec::new();
        for &x in a {
            for &y in b {
                if self.term_includes(y, x) {
                    out.push(x);
                } else if self.term_includes(x, y) {
                    out.push(y);
                }
            }
        }
        out
    }

    /// Whether `t` is in the type set of constraint `c`'s terms (ignoring methods).
    pub(crate) fn in_terms(&mut self, t: TypeId, terms: &[Term]) -> bool {
        let tu = self.under(t);
        for &term in terms {
            if self.types.is_type_param(t) {
                // A type parameter satisfies terms if all of its own terms do.
                let ts = self.type_set(t);
                if let Some(own) = ts.terms.clone() {
                    if own.iter().all(|&o| terms.iter().any(|&x| self.term_includes(x, o))) {
                        return true;
                    }
                }
                continue;
            }
            if term.tilde {
                let u = self.under(term.ty);
                if self.identical(u, tu) {
                    return true;
                }
            } else if self.identical(term.ty, t) {
                return true;
            }
        }
        false
    }

    /// The core type: the single underlying type of all types in a type parameter's type
    /// set, or the underlying type of a non-parameter type.
    pub fn core_type(&mut self, t: TypeId) -> Option<TypeId> {
        if !self.types.is_type_param(t) {
            return Some(self.under(t));
        }
        let ts = self.type_set(t);
        let terms = ts.terms.clone()?;
        let mut core: Option<TypeId> = None;
        for term in terms {
            let u = self.under(term.ty);
            match core {
                None => core = Some(u),
                Some(c) if self.identical(c, u) => {}
                Some(_) => return None,
            }
        }
        core
    }

    /// Types of a type parameter's type set (its terms' types), or `[t]`.
    pub(crate) fn specific_types(&mut self, t: TypeId) -> Option<Vec<TypeId>> {
        if !self.types.is_type_param(t) {
            return Some(vec![t]);
        }
        let ts = self.type_set(t);
        ts.terms.as_ref().map(|terms| terms.iter().map(|t| t.ty).collect())
    }

    /// Applies `pred` to every type of a type parameter's type set (false if unbounded).
    pub(crate) fn all_types(
        &mut self,
        t: TypeId,
        pred: &mut dyn FnMut(&mut Checker, TypeId) -> bool,
    ) -> bool {
        match self.specific_types(t) {
            Some(ts) if !ts.is_empty() => ts.into_iter().all(|x| {
                let u = self.under(x);
                pred(self, u)
            }),
            _ => false,
        }
    }

    // -----------------------------------------------------------------------------------------
    // Identity

    pub fn identical(&mut self, a: TypeId, b: TypeId) -> bool {
        self.identical_depth(a, b, 0)
    }

    fn identical_depth(&mut self, a: TypeId, b: TypeId, depth: usize) -> bool {
        if a == b {
            return true;
        }
        if depth > 40 {
            return false;
        }
        let d = depth + 1;
        let (ka, kb) = (self.types.kind(a).clone(), self.types.kind(b).clone());
        match (ka, kb) {
            (TypeKind::Basic(x), TypeKind::Basic(y)) => x.canonical() == y.canonical(),
            (TypeKind::Pointer(x), TypeKind::Pointer(y))
            | (TypeKind::Slice(x), TypeKind::Slice(y)) => self.identical_depth(x, y, d),
            (TypeKind::Array(n, x), TypeKind::Array(m, y)) => {
                n == m && self.identical_depth(x, y, d)
            }
            (TypeKind::Map(k1, v1), TypeKind::Map(k2, v2)) => {
                self.identical_depth(k1, k2, d) && self.identical_depth(v1, v2, d)
            }
            (TypeKind::Chan(d1, x), TypeKind::Chan(d2, y)) => {
                d1 == d2 && self.identical_depth(x, y, d)
            }
            (TypeKind::Struct(f1), TypeKind::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2.iter()).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && x.tag == y.tag
                            && (is_exported(&x.name) || x.pkg == y.pkg)
                    })
                    && f1.iter().zip(f2.iter()).all(|(x, y)| self.identical_depth(x.ty, y.ty, d))
            }
            (TypeKind::Func(s1), TypeKind::Func(s2)) => {
                s1.variadic == s2.variadic
                    && s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.tparams.len() == s2.tparams.len()
                    && s1
                        .params
                        .iter()
                        .zip(s2.params.iter())
                        .all(|(x, y)| self.identical_depth(x.ty, y.ty, d))
                    && s1
                        .results
                        .iter()
                        .zip(s2.results.iter())
                        .all(|(x, y)| self.identical_depth(x.ty, y.ty, d))
            }
            (TypeKind::Interface(_), TypeKind::Interface(_)) => {
                let (ta, tb) = (self.type_set(a), self.type_set(b));
                if ta.methods.len() != tb.methods.len() || ta.comparable != tb.comparable {
                    return false;
                }
                let same_methods = ta
                    .methods
                    .iter()
                    .zip(tb.methods.iter())
                    .all(|(x, y)| x.name == y.name && (is_exported(&x.name) || x.pkg == y.pkg));
                if !same_methods {
                    return false;
                }
                for (x, y) in ta.methods.iter().zip(tb.methods.iter()) {
                    if !self.identical_depth(x.sig, y.sig, d) {
                        return false;
                    }
                }
                match (&ta.terms, &tb.terms) {
                    (None, None) => true,
                    (Some(x), Some(y)) => {
                        x.len() == y.len()
                            && x.iter()
                                .all(|t| y.iter().any(|u| t.tilde == u.tilde && t.ty == u.ty))
                    }
                    _ => false,
                }
            }
            (TypeKind::Tuple(x), TypeKind::Tuple(y)) => {
                x.len() == y.len()
                    && x.iter().zip(y.iter()).all(|(&p, &q)| self.identical_depth(p, q, d))
            }
            (TypeKind::Named(x), TypeKind::Named(y)) => match (x.origin, y.origin) {
                (Some(o1), Some(o2)) => {
                    o1 == o2
                        && x.targs.len() == y.targs.len()
                        && x.targs
                            .iter()
                            .zip(y.targs.iter())
                            .all(|(&p, &q)| self.identical_depth(p, q, d))
                }
                _ => false,
            },
            _ => false,
        }
    }

    // -----------------------------------------------------------------------------------------
    // Lookup

    /// Dereferences a pointer to a type: `(T, true)` for `*T`, `(t, false)` otherwise.
    pub(crate) fn deref(&mut self, t: TypeId) -> (TypeId, bool) {
        match self.types.kind(t) {
            TypeKind::Pointer(e) => (*e, true),
            _ => (t, false),
        }
    }

    /// Finds field or method `name` of type `t` (types2's LookupFieldOrMethod).
    pub fn lookup_field_or_method(
        &mut self,
        t: TypeId,
        pkg: Option<PkgId>,
        name: &str,
    ) -> LookupResult {
        if name == "_" {
            return LookupResult::NotFound;
        }
        // A named pointer type has no methods; its pointee's fields are found.
        let (typ, is_ptr) = self.deref(t);
        let tu = self.under(typ);
        if is_ptr && matches!(self.types.kind(tu), TypeKind::Interface(_)) {
            return LookupResult::NotFound;
        }
        let mut current: Vec<(TypeId, Vec<usize>, bool)> = vec![(typ, Vec::new(), is_ptr)];
        let mut seen: BTreeSet<TypeId> = BTreeSet::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut found: Option<LookupResult> = None;
            let mut count = 0;
            for (typ, index, indirect) in current {
                if let Some(n) = self.types.named(typ).cloned() {
                    if !seen.insert(typ) {
                        continue;
                    }
                    let origin = n.origin.unwrap_or(typ);
                    if n.origin.is_some() || n.underlying.is_none() {
                        self.under(typ);
                    }
                    let methods =
                        self.types.named(origin).map(|o| o.methods.clone()).unwrap_or_default();
                    if let Some((i, &m)) =
                        methods.iter().enumerate().find(|(_, &m)| self.name_matches(m, pkg, name))
                    {
                        count += 1;
                        let mut idx = index.clone();
                        idx.push(i);
                        found = Some(LookupResult::Method {
                            obj: m,
                            recv_named: Some(typ),
                            index: idx,
                            indirect,
                            sig: None,
                        });
                        continue;
                    }
                }
                let u = self.under(typ);
                match self.types.kind(u).clone() {
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if f.name == name && (is_exported(name) || f.pkg == pkg) {
                                count += 1;
                                let mut idx = index.clone();
                                idx.push(i);
                                found = Some(LookupResult::Field {
                                    obj: f.obj,
                                    ty: f.ty,
                                    index: idx,
                                    indirect,
                                });
                                continue;
                            }
                            if f.embedded {
                                let (et, p) = self.deref(f.ty);
                                let mut idx = index.clone();
                                idx.push(i);
                                next.push((et, idx, indirect || p));
                            }
                        }
                    }
                    TypeKind::Interface(_) => {
                        let ts = self.type_set(u);
                        if let Some((i, m)) =
                            ts.methods.iter().enumerate().find(|(_, m)| {
                                m.name == name && (is_exported(name) || m.pkg == pkg)
                            })
                        {
                            if let Some(obj) = m.obj {
                                count += 1;
                                let mut idx = index.clone();
                                idx.push(i);
                                found = Some(LookupResult::Method {
                                    obj,
                                    recv_named: None,
                                    index: idx,
                                    indirect,
                                    sig: Some(m.sig),
                                });
                            }
                        }
                    }
                    _ => {}
                }
            }
            if count > 1 {
                return LookupResult::Ambiguous;
            }
            if let Some(f) = found {
                return f;
            }
            current = next;
        }
        LookupResult::NotFound
    }

    fn name_matches(&self, m: ObjId, pkg: Option<PkgId>, name: &str) -> bool {
        let o = self.obj(m);
        o.name == name && (is_exported(name) || o.pkg == pkg)
    }

    /// Whether a concrete method has a pointer receiver.
    pub(crate) fn has_ptr_recv(&self, m: ObjId) -> bool {
        self.method_recv
            .get(&m)
            .is_some_and(|&r| matches!(self.types.kind(r), TypeKind::Pointer(_)))
    }

    /// The signature type of method `m` as seen on receiver type `recv_named` (substituting
    /// the receiver's type parameters for an instance).
    pub(crate) fn method_sig(&mut self, m: ObjId, recv_named: Option<TypeId>) -> TypeId {
        let sig = self.obj_type(m);
        let Some(recv) = recv_named else { return sig };
        let targs = self.types.named(recv).map(|n| n.targs.clone()).unwrap_or_default();
        if targs.is_empty() {
            return sig;
        }
        let tparams = self.method_tparams.get(&m).cloned().unwrap_or_default();
        let map: Vec<(TypeId, TypeId)> = tparams.into_iter().zip(targs).collect();
        self.subst(sig, &map)
    }

    /// The first method of interface `iface` that `v` lacks, with types2's reason text.
    /// `None` when `v` implements it.
    pub(crate) fn missing_method(&mut self, v: TypeId, iface: TypeId) -> Option<String> {
        let ts = self.type_set(iface);
        let vu = self.under(v);
        let v_is_iface =
            matches!(self.types.kind(vu), TypeKind::Interface(_)) && !self.types.is_type_param(v);
        for m in ts.methods.iter() {
            let pkg = m.pkg;
            if v_is_iface {
                let vs = self.type_set(v);
                match vs.methods.iter().find(|x| x.name == m.name) {
                    None => return Some(format!("(missing method {})", m.name)),
                    Some(x) => {
                        let xs = x.sig;
                        if !self.identical(xs, m.sig) {
                            return Some(self.wrong_type_reason(&m.name, xs, m.sig));
                        }
                    }
                }
                continue;
            }
            match self.lookup_field_or_method(v, pkg, &m.name) {
                LookupResult::Method { obj, recv_named, indirect, sig, .. } => {
                    let sig = match sig {
                        Some(s) => s,
                        None => self.method_sig(obj, recv_named),
                    };
                    if !self.identical(sig, m.sig) {
                        return Some(self.wrong_type_reason(&m.name, sig, m.sig));
                    }
                    if self.has_ptr_recv(obj)
                        && !indirect
                        && !matches!(self.types.kind(v), TypeKind::Pointer(_))
                    {
                        return Some(format!("(method {} has pointer receiver)", m.name));
                    }
                }
                LookupResult::Field { .. } => return Some(format!("(missing method {})", m.name)),
                _ => {
                    // A method with different capitalization?
                    return Some(format!("(missing method {})", m.name));
                }
            }
        }
        None
    }

    fn wrong_type_reason(&mut self, name: &str, have: TypeId, want: TypeId) -> String {
        let mut h = String::new();
        let mut w = String::new();
        if let Some(s) = self.types.signature(have).cloned() {
            self.write_signature(&mut h, &s, Some(self.cur.pkg), 0);
        }
        if let Some(s) = self.types.signature(want).cloned() {
            self.write_signature(&mut w, &s, Some(self.cur.pkg), 0);
        }
        format!("(wrong type for method {name})\n\t\thave {name}{h}\n\t\twant {name}{w}")
    }

    /// Whether values of `t` can be compared with `==`.
    pub fn comparable(&mut self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&mut self, t: TypeId, depth: usize) -> bool {
        if depth > 40 {
            return true;
        }
        if self.types.is_type_param(t) {
            let ts = self.type_set(t);
            if ts.comparable {
                return true;
            }
            return match ts.terms.clone() {
                Some(terms) => terms.iter().all(|term| self.comparable_depth(term.ty, depth + 1)),
                None => false,
            };
        }
        let u = self.under(t);
        match self.types.kind(u).clone() {
            TypeKind::Basic(k) => k != BasicKind::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Interface(_) => true,
            TypeKind::Struct(fields) => {
                fields.iter().all(|f| self.comparable_depth(f.ty, depth + 1))
            }
            TypeKind::Array(_, e) => self.comparable_depth(e, depth + 1),
            _ => false,
        }
    }

    /// Whether the concrete type `t` is a method-bearing receiver base (named, non-pointer,
    /// non-interface).
    pub(crate) fn is_interface(&mut self, t: TypeId) -> bool {
        if self.types.is_type_param(t) {
            return false;
        }
        let u = self.under(t);
        matches!(self.types.kind(u), TypeKind::Interface(_))
    }
}

pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}
