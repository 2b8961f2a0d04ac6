//! Substitution of type parameters, type inference by unification (function arguments,
//! core types of constraints, defaults of untyped arguments), and constraint satisfaction.

use crate::check::{Checker, Operand};
use crate::types::*;

pub(crate) type SubstMap = [(TypeId, TypeId)];

impl Checker {
    /// `t` with every type parameter of `map` replaced by its argument.
    pub fn subst(&mut self, t: TypeId, map: &SubstMap) -> TypeId {
        if map.is_empty() {
            return t;
        }
        self.subst_depth(t, map, 0)
    }

    /// Whether some substitution of type parameters could change `t`: `false` means
    /// [`Checker::subst`] returns `t` itself for every map (and allocates nothing). Looks
    /// through exactly the parts `subst` rewrites; answers `true` when in doubt (too deep).
    pub fn may_subst(&self, t: TypeId) -> bool {
        self.may_subst_depth(t, 0)
    }

    fn may_subst_depth(&self, t: TypeId, depth: usize) -> bool {
        if depth > 60 {
            return true;
        }
        let m = |t: TypeId| self.may_subst_depth(t, depth + 1);
        match self.types.kind(t) {
            TypeKind::TypeParam(_) => true,
            TypeKind::Basic(_) => false,
            TypeKind::Pointer(e) | TypeKind::Slice(e) | TypeKind::Array(_, e) => m(*e),
            TypeKind::Chan(_, e) => m(*e),
            TypeKind::Map(k, v) => m(*k) || m(*v),
            TypeKind::Tuple(elems) => elems.iter().any(|&e| m(e)),
            TypeKind::Struct(fields) => fields.iter().any(|f| m(f.ty)),
            TypeKind::Func(sig) => sig.params.iter().chain(&sig.results).any(|p| m(p.ty)),
            TypeKind::Interface(i) => {
                i.methods.iter().any(|x| m(x.sig)) || i.embeddeds.iter().any(|&e| m(e))
            }
            TypeKind::Union(terms) => terms.iter().any(|x| m(x.ty)),
            TypeKind::Named(n) => n.targs.iter().any(|&a| m(a)),
        }
    }

    fn subst_depth(&mut self, t: TypeId, map: &SubstMap, depth: usize) -> TypeId {
        if depth > 60 {
            return t;
        }
        let d = depth + 1;
        match self.types.kind(t).clone() {
            TypeKind::TypeParam(_) => map.iter().find(|(p, _)| *p == t).map_or(t, |&(_, a)| a),
            TypeKind::Basic(_) => t,
            TypeKind::Pointer(e) => {
                let e2 = self.subst_depth(e, map, d);
                if e2 == e {
                    t
                } else {
                    self.types.pointer(e2)
                }
            }
            TypeKind::Slice(e) => {
                let e2 = self.subst_depth(e, map, d);
                if e2 == e {
                    t
                } else {
                    self.types.slice(e2)
                }
            }
            TypeKind::Array(n, e) => {
                let e2 = self.subst_depth(e, map, d);
                if e2 == e {
                    t
                } else {
                    self.types.array(n, e2)
                }
            }
            TypeKind::Map(k, v) => {
                let (k2, v2) = (self.subst_depth(k, map, d), self.subst_depth(v, map, d));
                if (k2, v2) == (k, v) {
                    t
                } else {
                    self.types.map(k2, v2)
                }
            }
            TypeKind::Chan(dir, e) => {
                let e2 = self.subst_depth(e, map, d);
                if e2 == e {
                    t
                } else {
                    self.types.chan(dir, e2)
                }
            }
            TypeKind::Tuple(elems) => {
                let new: Vec<TypeId> = elems.iter().map(|&e| self.subst_depth(e, map, d)).collect();
                if new == elems {
                    t
                } else {
                    self.types.tuple(new)
                }
            }
            TypeKind::Struct(fields) => {
                let mut changed = false;
                let mut new = fields.clone();
                for f in &mut new {
                    let nt = self.subst_depth(f.ty, map, d);
                    changed |= nt != f.ty;
                    f.ty = nt;
                }
                if changed {
                    self.types.alloc(TypeKind::Struct(new))
                } else {
                    t
                }
            }
            TypeKind::Func(sig) => {
                let mut changed = false;
                let mut new = sig.clone();
                for p in new.params.iter_mut().chain(new.results.iter_mut()) {
                    let nt = self.subst_depth(p.ty, map, d);
                    changed |= nt != p.ty;
                    p.ty = nt;
                }
                if changed {
                    self.types.func(new)
                } else {
                    t
                }
            }
            TypeKind::Interface(iface) => {
                let mut changed = false;
                let mut new = iface.clone();
                for m in &mut new.methods {
                    let nt = self.subst_depth(m.sig, map, d);
                    changed |= nt != m.sig;
                    m.sig = nt;
                }
                for e in &mut new.embeddeds {
                    let nt = self.subst_depth(*e, map, d);
                    changed |= nt != *e;
                    *e = nt;
                }
                if changed {
                    self.types.alloc(TypeKind::Interface(new))
                } else {
                    t
                }
            }
            TypeKind::Union(terms) => {
                let mut changed = false;
                let mut new = terms.clone();
                for term in &mut new {
                    let nt = self.subst_depth(term.ty, map, d);
                    changed |= nt != term.ty;
                    term.ty = nt;
                }
                if changed {
                    self.types.alloc(TypeKind::Union(new))
                } else {
                    t
                }
            }
            TypeKind::Named(n) => {
                if n.targs.is_empty() {
                    return t;
                }
                let new: Vec<TypeId> =
                    n.targs.iter().map(|&a| self.subst_depth(a, map, d)).collect();
                match n.origin {
                    Some(o) if new != n.targs => self.types.instance(o, new),
                    _ => t,
                }
            }
        }
    }

    /// Instantiates a generic signature: type parameters replaced, none left.
    pub(crate) fn instantiate_sig(&mut self, sig_t: TypeId, targs: &[TypeId]) -> TypeId {
        let Some(sig) = self.types.signature(sig_t).cloned() else { return sig_t };
        let map: Vec<(TypeId, TypeId)> =
            sig.tparams.iter().copied().zip(targs.iter().copied()).collect();
        let mut plain = sig.clone();
        plain.tparams.clear();
        let plain_t = self.types.func(plain);
        self.subst(plain_t, &map)
    }

    // -----------------------------------------------------------------------------------------
    // Inference

    /// Infers the type arguments of `tparams` from `(param type, argument)` pairs. `known`
    /// holds explicit type arguments. Returns the index of the first parameter that cannot be
    /// inferred on failure.
    pub(crate) fn infer(
        &mut self,
        tparams: &[TypeId],
        known: &[TypeId],
        pairs: &[(TypeId, Operand)],
    ) -> Result<Vec<TypeId>, usize> {
        let targs = self.infer_partial(tparams, known, pairs);
        let mut out = Vec::new();
        for (i, t) in targs.iter().enumerate() {
            match t {
                Some(t) => out.push(*t),
                None => return Err(i),
            }
        }
        // Substitute inferred parameters inside inferred arguments (e.g. S ~[]E).
        let map: Vec<(TypeId, TypeId)> = tparams.iter().copied().zip(out.iter().copied()).collect();
        for _ in 0..3 {
            for t in out.iter_mut() {
                *t = self.subst(*t, &map);
            }
        }
        Ok(out)
    }

    /// The type arguments inferable from `pairs` (`None` where unknown).
    pub(crate) fn infer_partial(
        &mut self,
        tparams: &[TypeId],
        known: &[TypeId],
        pairs: &[(TypeId, Operand)],
    ) -> Vec<Option<TypeId>> {
        let mut targs: Vec<Option<TypeId>> = vec![None; tparams.len()];
        for (i, &k) in known.iter().enumerate().take(tparams.len()) {
            targs[i] = Some(k);
        }
        // 1. Typed arguments.
        for (p, a) in pairs {
            if self.types.is_untyped(a.ty) || self.types.is_invalid(a.ty) {
                continue;
            }
            if !self.unify(*p, a.ty, tparams, &mut targs, 0) {
                // Mismatch: assignment checking reports it after substitution.
            }
        }
        self.core_type_inference(tparams, &mut targs);
        // 2. Untyped arguments for bare type parameters: the default type of the "largest"
        // untyped kind among them.
        for (i, &tp) in tparams.iter().enumerate() {
            if targs[i].is_some() {
                continue;
            }
            let mut best: Option<BasicKind> = None;
            for (p, a) in pairs {
                if *p != tp {
                    continue;
                }
                if let Some(k) = self.types.basic_kind(a.ty).filter(|k| k.is_untyped()) {
                    if k == BasicKind::UntypedNil {
                        continue;
                    }
                    best = Some(match best {
                        Some(b) if untyped_rank(b) >= untyped_rank(k) => b,
                        _ => k,
                    });
                }
            }
            if let Some(k) = best {
                targs[i] = Some(self.default_type_of_kind(k));
            }
        }
        self.core_type_inference(tparams, &mut targs);
        targs
    }

    /// Infers the type arguments of a generic function value passed for a parameter of
    /// (partially known) function type `target`: only the value's own type parameters are
    /// bound; parts of `target` still mentioning the callee's type parameters are ignored.
    /// Returns the instantiated type if every type argument is determined (`Err` with gc's
    /// message if one does not satisfy its constraint).
    pub(crate) fn infer_func_arg(
        &mut self,
        sig_t: TypeId,
        target: TypeId,
        outer: &[TypeId],
    ) -> Option<Result<(TypeId, Vec<TypeId>), String>> {
        let sig = self.types.signature(sig_t)?.clone();
        let tu = self.under(target);
        self.types.signature(tu)?;
        let mut plain = sig.clone();
        plain.tparams.clear();
        let plain_t = self.types.func(plain);
        let mut targs: Vec<Option<TypeId>> = vec![None; sig.tparams.len()];
        self.unify(plain_t, tu, &sig.tparams, &mut targs, 0);
        self.core_type_inference(&sig.tparams, &mut targs);
        let targs: Vec<TypeId> = targs.into_iter().collect::<Option<Vec<TypeId>>>()?;
        // Bound to a type still mentioning the callee's (unknown) type parameters: not yet.
        if targs.iter().any(|&t| self.mentions_any(t, outer)) {
            return None;
        }
        if let Some(msg) = self.verify_targs(&sig.tparams, &targs) {
            return Some(Err(msg));
        }
        let inst = self.instantiate_sig(sig_t, &targs);
        Some(Ok((inst, targs)))
    }

    /// Infers the type arguments of a generic function value assigned to a variable of
    /// function type `target` (Go 1.21's reverse inference); returns the instantiated type.
    pub(crate) fn infer_func_value(
        &mut self,
        sig_t: TypeId,
        target: TypeId,
    ) -> Option<(TypeId, Vec<TypeId>)> {
        let sig = self.types.signature(sig_t)?.clone();
        let tu = self.under(target);
        self.types.signature(tu)?;
        let mut plain = sig.clone();
        plain.tparams.clear();
        let plain_t = self.types.func(plain);
        let mut targs: Vec<Option<TypeId>> = vec![None; sig.tparams.len()];
        if !self.unify(plain_t, tu, &sig.tparams, &mut targs, 0) {
            return None;
        }
        self.core_type_inference(&sig.tparams, &mut targs);
        let targs: Option<Vec<TypeId>> = targs.into_iter().collect();
        let targs = targs?;
        let inst = self.instantiate_sig(sig_t, &targs);
        Some((inst, targs))
    }

    fn core_type_inference(&mut self, tparams: &[TypeId], targs: &mut [Option<TypeId>]) {
        for _round in 0..4 {
            let mut progress = false;
            for (i, &tp) in tparams.iter().enumerate() {
                let Some(bound) = (match self.types.kind(tp) {
                    TypeKind::TypeParam(p) => p.bound,
                    _ => None,
                }) else {
                    continue;
                };
                let ts = self.type_set(bound);
                let Some(terms) = ts.terms.clone() else { continue };
                if terms.len() != 1 {
                    continue;
                }
                let term = terms[0];
                match targs[i] {
                    Some(a) => {
                        let au = if term.tilde { self.under(a) } else { a };
                        let before: Vec<Option<TypeId>> = targs.to_vec();
                        self.unify(term.ty, au, tparams, targs, 0);
                        progress |= before.as_slice() != &*targs;
                    }
                    None => {
                        // The single term determines the argument if it is fully known.
                        if !term.tilde {
                            let map: Vec<(TypeId, TypeId)> = tparams
                                .iter()
                                .zip(targs.iter())
                                .filter_map(|(&p, a)| a.map(|a| (p, a)))
                                .collect();
                            let t = self.subst(term.ty, &map);
                            if !self.mentions_any(t, tparams) {
                                targs[i] = Some(t);
                                progress = true;
                            }
                        }
                    }
                }
            }
            if !progress {
                break;
            }
        }
    }

    fn mentions_any(&mut self, t: TypeId, tparams: &[TypeId]) -> bool {
        let mut found = false;
        let map: Vec<(TypeId, TypeId)> = Vec::new();
        let _ = map;
        self.visit_types(t, &mut |x| found |= tparams.contains(&x), 0);
        found
    }

    fn visit_types(&self, t: TypeId, f: &mut dyn FnMut(TypeId), depth: usize) {
        if depth > 30 {
            return;
        }
        f(t);
        let d = depth + 1;
        match self.types.kind(t) {
            TypeKind::Pointer(e)
            | TypeKind::Slice(e)
            | TypeKind::Array(_, e)
            | TypeKind::Chan(_, e) => self.visit_types(*e, f, d),
            TypeKind::Map(k, v) => {
                self.visit_types(*k, f, d);
                self.visit_types(*v, f, d);
            }
            TypeKind::Tuple(v) => v.iter().for_each(|&e| self.visit_types(e, f, d)),
            TypeKind::Struct(fs) => fs.iter().for_each(|x| self.visit_types(x.ty, f, d)),
            TypeKind::Func(s) => {
                s.params.iter().chain(s.results.iter()).for_each(|p| self.visit_types(p.ty, f, d))
            }
            TypeKind::Named(n) => n.targs.iter().for_each(|&a| self.visit_types(a, f, d)),
            _ => {}
        }
    }

    fn tparam_index(&self, t: TypeId, tparams: &[TypeId]) -> Option<usize> {
        tparams.iter().position(|&p| p == t)
    }

    /// Unifies parameter type `x` with argument type `y`, binding type parameters.
    fn unify(
        &mut self,
        x: TypeId,
        y: TypeId,
        tparams: &[TypeId],
        targs: &mut [Option<TypeId>],
        depth: usize,
    ) -> bool {
        if depth > 30 {
            return false;
        }
        let d = depth + 1;
        if let Some(i) = self.tparam_index(x, tparams) {
            return match targs[i] {
                None => {
                    targs[i] = Some(y);
                    true
                }
                Some(t) => {
                    if self.identical(t, y) {
                        return true;
                    }
                    // Prefer a named type over a type literal with the same structure.
                    let (tn, yn) = (self.types.named(t).is_some(), self.types.named(y).is_some());
                    let tu = self.under(t);
                    let yu = self.under(y);
                    if !tn && yn && self.identical(tu, yu) {
                        targs[i] = Some(y);
                        return true;
                    }
                    tn != yn && self.identical(tu, yu)
                }
            };
        }
        if let Some(i) = self.tparam_index(y, tparams) {
            if targs[i].is_none() {
                targs[i] = Some(x);
                return true;
            }
        }
        if x == y {
            return true;
        }
        match (self.types.kind(x).clone(), self.types.kind(y).clone()) {
            (TypeKind::Pointer(a), TypeKind::Pointer(b))
            | (TypeKind::Slice(a), TypeKind::Slice(b)) => self.unify(a, b, tparams, targs, d),
            (TypeKind::Array(n, a), TypeKind::Array(m, b)) => {
                n == m && self.unify(a, b, tparams, targs, d)
            }
            (TypeKind::Map(k1, v1), TypeKind::Map(k2, v2)) => {
                self.unify(k1, k2, tparams, targs, d) && self.unify(v1, v2, tparams, targs, d)
            }
            (TypeKind::Chan(_, a), TypeKind::Chan(_, b)) => self.unify(a, b, tparams, targs, d),
            (TypeKind::Func(s1), TypeKind::Func(s2)) => {
                if s1.params.len() != s2.params.len() || s1.results.len() != s2.results.len() {
                    return false;
                }
                let mut ok = true;
                for (p, q) in s1
                    .params
                    .iter()
                    .zip(s2.params.iter())
                    .chain(s1.results.iter().zip(s2.results.iter()))
                {
                    ok &= self.unify(p.ty, q.ty, tparams, targs, d);
                }
                ok
            }
            (TypeKind::Struct(f1), TypeKind::Struct(f2)) => {
                f1.len() == f2.len() && f1.iter().zip(f2.iter()).all(|(a, b)| a.name == b.name) && {
                    let mut ok = true;
                    for (a, b) in f1.iter().zip(f2.iter()) {
                        ok &= self.unify(a.ty, b.ty, tparams, targs, d);
                    }
                    ok
                }
            }
            (TypeKind::Named(a), TypeKind::Named(b))
                if a.origin.is_some() && a.origin == b.origin =>
            {
                let mut ok = true;
                for (&p, &q) in a.targs.iter().zip(b.targs.iter()) {
                    ok &= self.unify(p, q, tparams, targs, d);
                }
                ok
            }
            (TypeKind::Named(_), TypeKind::Named(_)) => self.identical(x, y),
            (TypeKind::Named(_), _) => {
                // Inexact: a named parameter type against a type literal argument.
                let xu = self.under(x);
                if xu == x {
                    return false;
                }
                self.unify(xu, y, tparams, targs, d)
            }
            (_, TypeKind::Named(_)) => {
                // Inexact: a type literal parameter against a named argument.
                let yu = self.under(y);
                if yu == y {
                    return false;
                }
                if self.is_interface(x) {
                    return true;
                }
                self.unify(x, yu, tparams, targs, d)
            }
            (TypeKind::Interface(_), _) => true,
            _ => self.identical(x, y),
        }
    }

    /// Checks that each type argument satisfies its constraint; returns gc's message for the
    /// first failure.
    pub(crate) fn verify_targs(&mut self, tparams: &[TypeId], targs: &[TypeId]) -> Option<String> {
        self.verify_targs_at(tparams, targs).map(|(_, m)| m)
    }

    /// [`Checker::verify_targs`] with the index of the failing type argument.
    pub(crate) fn verify_targs_at(
        &mut self,
        tparams: &[TypeId],
        targs: &[TypeId],
    ) -> Option<(usize, String)> {
        let map: Vec<(TypeId, TypeId)> =
            tparams.iter().copied().zip(targs.iter().copied()).collect();
        for (i, (&tp, &ta)) in tparams.iter().zip(targs.iter()).enumerate() {
            let Some(bound) = (match self.types.kind(tp) {
                TypeKind::TypeParam(p) => p.bound,
                _ => None,
            }) else {
                continue;
            };
            let bound = self.subst(bound, &map);
            if let Some(reason) = self.satisfies(ta, bound) {
                return Some((i, reason));
            }
        }
        None
    }

    /// `None` if `t` satisfies constraint `bound`, else types2's message.
    pub(crate) fn satisfies(&mut self, t: TypeId, bound: TypeId) -> Option<String> {
        let ts = self.type_set(bound);
        let ts_str = self.type_string(t);
        let bound_str = self.type_string(bound);
        if let Some(terms) = ts.terms.clone() {
            if !self.in_terms(t, &terms) {
                let set = self.terms_string(&terms);
                if self.types.is_type_param(t) {
                    return Some(format!("{ts_str} does not satisfy {bound_str}"));
                }
                return Some(format!(
                    "{ts_str} does not satisfy {bound_str} ({ts_str} missing in {set})"
                ));
            }
        }
        if ts.comparable && !self.comparable(t) {
            return Some(format!("{ts_str} does not satisfy comparable"));
        }
        if !ts.methods.is_empty() {
            if let Some(reason) = self.missing_method(t, bound) {
                return Some(format!("{ts_str} does not satisfy {bound_str} {reason}"));
            }
        }
        None
    }

    fn terms_string(&self, terms: &[Term]) -> String {
        terms
            .iter()
            .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, self.type_string(t.ty)))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    pub(crate) fn default_type_of_kind(&self, k: BasicKind) -> TypeId {
        let d = match k {
            BasicKind::UntypedBool => BasicKind::Bool,
            BasicKind::UntypedInt => BasicKind::Int,
            BasicKind::UntypedRune => BasicKind::Rune,
            BasicKind::UntypedFloat => BasicKind::Float64,
            BasicKind::UntypedComplex => BasicKind::Complex128,
            BasicKind::UntypedString => BasicKind::String,
            k => k,
        };
        self.types.basic(d)
    }
}

fn untyped_rank(k: BasicKind) -> u8 {
    match k {
        BasicKind::UntypedInt => 1,
        BasicKind::UntypedRune => 2,
        BasicKind::UntypedFloat => 3,
        BasicKind::UntypedComplex => 4,
        _ => 0,
    }
}
