//! gc's `ReassignOracle` / `StaticValue` for go1.27's literal rewriting (reference §1.8):
//! a local variable declared with an initializer (`x := e`, `var x = e`, `a, b := e1, e2`)
//! that is never assigned again (anywhere in the declared function, closures included) and
//! never has its address taken stands for its initializer.

use escapade_syntax::ast;
use escapade_types::constant::Value;
use escapade_types::info::{Mode, SelectionKind};
use escapade_types::types::{BasicKind, TypeKind};
use escapade_types::{ObjId, ObjKind, TypeId};

use super::{strip, Lower};

/// The static value of an expression, as far as the escape IR needs it.
pub(super) enum Static {
    /// A constant with the type of the constant expression it comes from.
    Const(Value, TypeId),
    /// `len(x)` where `x`'s static value is a slice literal of this length.
    LenOfSliceLit(i64),
    Other,
}

impl Lower<'_> {
    /// Records the single definitions of `lhs := rhs` (new identifiers only).
    pub(super) fn sv_define(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr]) {
        for (i, l) in lhs.iter().enumerate() {
            let ast::ExprKind::Ident(id) = &strip(l).kind else { continue };
            let new = self.info.defs.get(id.id.index()).copied().flatten();
            match new {
                Some(obj) if lhs.len() == rhs.len() => {
                    self.sdefs.insert(obj, rhs[i].clone());
                    self.srhs.entry(obj).or_default().push(rhs[i].clone());
                }
                Some(_) => self.sv_comma_ok(i, l, rhs),
                // A redeclared variable is assigned.
                None => self.sv_taint(l),
            }
        }
    }

    /// Records `var a, b = e1, e2`.
    pub(super) fn sv_var(&mut self, names: &[ast::Ident], values: &[ast::Expr]) {
        if names.len() != values.len() {
            return;
        }
        for (n, v) in names.iter().zip(values) {
            if let Some(obj) = self.obj_of(n.id) {
                self.sdefs.insert(obj, v.clone());
                self.srhs.entry(obj).or_default().push(v.clone());
            }
        }
    }

    /// The value of a comma-ok type assertion `v, ok := x.(T)` is a devirtualization source
    /// of `v` (not a single definition: gc's devirtualizer may still see through it).
    fn sv_comma_ok(&mut self, i: usize, l: &ast::Expr, rhs: &[ast::Expr]) {
        let [r] = rhs else { return };
        let ast::ExprKind::TypeAssert { x, .. } = &strip(r).kind else { return };
        if i != 0 {
            return;
        }
        if let ast::ExprKind::Ident(id) = &strip(l).kind {
            if let Some(obj) = self.obj_of(id.id) {
                // The asserted operand (the pair's own type is not an interface).
                self.srhs.entry(obj).or_default().push((**x).clone());
            }
        }
    }

    /// Records the right-hand sides of a plain `lhs = rhs` (devirtualization sources).
    pub(super) fn sv_assign(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr]) {
        if lhs.len() != rhs.len() {
            if let Some(l) = lhs.first() {
                self.sv_comma_ok(0, l, rhs);
            }
            return;
        }
        for (l, r) in lhs.iter().zip(rhs) {
            if let ast::ExprKind::Ident(id) = &strip(l).kind {
                if let Some(obj) = self.obj_of(id.id) {
                    self.srhs.entry(obj).or_default().push(r.clone());
                }
            }
        }
    }

    /// Whether gc's devirtualizer may know the concrete type behind interface value `e`
    /// (the receiver of an interface method call): `e` is, through parentheses,
    /// conversions, type assertions and the assignments of local variables, a value of a
    /// concrete type. Deliberately generous: a wrong "no" would be a silently wrong verdict.
    pub(super) fn may_devirtualize(&mut self, e: &ast::Expr, depth: u32) -> bool {
        if depth > 16 {
            return true;
        }
        let e = strip(e);
        let Some(tv) = self.tv(e.id).cloned() else { return false };
        if matches!(self.basic(tv.ty), Some(BasicKind::UntypedNil)) {
            return false;
        }
        if !self.is_interface(tv.ty) {
            return true;
        }
        match &e.kind {
            ast::ExprKind::Ident(id) => {
                let Some(obj) = self.obj_of(id.id) else { return false };
                let o = self.c.obj(obj);
                if !matches!(o.kind, ObjKind::Var { .. }) || !o.local {
                    return false;
                }
                let is_param = self
                    .vars
                    .get(&obj)
                    .is_some_and(|v| self.p.var(*v).class != crate::ir::VarClass::Local);
                if is_param {
                    return false;
                }
                let rhs = self.srhs.get(&obj).cloned().unwrap_or_default();
                rhs.iter().any(|r| self.may_devirtualize(r, depth + 1))
            }
            ast::ExprKind::Call { fun, args, .. }
                if args.len() == 1
                    && self.tv(fun.id).is_some_and(|tv| tv.mode == Mode::TypeExpr) =>
            {
                self.may_devirtualize(&args[0], depth + 1)
            }
            ast::ExprKind::TypeAssert { x, .. } => self.may_devirtualize(x, depth + 1),
            _ => false,
        }
    }

    /// The concrete type gc's devirtualizer finds behind interface value `x` and the method
    /// `name` it calls, in the cases go1.23's `StaticValue` and go1.27's concrete-type
    /// analysis agree on: a local (not a parameter) defined once, never reassigned nor
    /// address-taken, from a value of a named non-generic type (or a pointer to one)
    /// converted implicitly or explicitly, the method declared on that type.
    pub(super) fn devirt_target(&mut self, x: &ast::Expr, name: &str) -> Option<(ObjId, TypeId)> {
        let ast::ExprKind::Ident(id) = &strip(x).kind else { return None };
        let obj = self.obj_of(id.id)?;
        let o = self.c.obj(obj);
        if !matches!(o.kind, ObjKind::Var { .. }) || !o.local || self.stainted.contains(&obj) {
            return None;
        }
        if self.vars.get(&obj).is_none_or(|v| self.p.var(*v).class != crate::ir::VarClass::Local) {
            return None;
        }
        if self.srhs.get(&obj).map_or(0, Vec::len) != 1 {
            return None;
        }
        let def = self.sdefs.get(&obj)?.clone();
        let d = strip(&def);
        let own = |l: &Self, e: &ast::Expr| l.tv(e.id).map(|tv| tv.ty);
        let mut t = own(self, d)?;
        if self.is_interface(t) {
            let ast::ExprKind::Call { fun, args, .. } = &d.kind else { return None };
            if args.len() != 1 || self.tv(fun.id).is_none_or(|tv| tv.mode != Mode::TypeExpr) {
                return None;
            }
            t = own(self, strip(&args[0]))?;
            if self.is_interface(t) {
                return None;
            }
        }
        let (named, is_ptr) = match self.c.types.kind(t) {
            TypeKind::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let n = self.c.types.named(named)?.clone();
        if n.origin.is_some() || !n.targs.is_empty() || !n.tparams.is_empty() {
            return None;
        }
        let m = n.methods.iter().copied().find(|m| self.c.obj(*m).name == name)?;
        let ptr_recv = self
            .c
            .method_recv
            .get(&m)
            .is_some_and(|rt| matches!(self.c.types.kind(*rt), TypeKind::Pointer(_)));
        if ptr_recv && !is_ptr {
            return None;
        }
        Some((m, t))
    }

    /// Whether neither go1.23's nor go1.27's devirtualizer resolves interface value `x`: a
    /// local whose address is taken, or assigned values of two different concrete types.
    pub(super) fn never_devirtualized(&mut self, x: &ast::Expr) -> bool {
        let ast::ExprKind::Ident(id) = &strip(x).kind else { return false };
        let Some(obj) = self.obj_of(id.id) else { return false };
        if self.saddr.contains(&obj) {
            return true;
        }
        let rhs = self.srhs.get(&obj).cloned().unwrap_or_default();
        let mut seen: Vec<TypeId> = Vec::new();
        for r in &rhs {
            let d = strip(r);
            let Some(mut t) = self.tv(d.id).map(|tv| tv.ty) else { continue };
            if self.is_interface(t) {
                let ast::ExprKind::Call { fun, args, .. } = &d.kind else { continue };
                if args.len() != 1 || self.tv(fun.id).is_none_or(|tv| tv.mode != Mode::TypeExpr) {
                    continue;
                }
                match self.tv(strip(&args[0]).id).map(|tv| tv.ty) {
                    Some(a) if !self.is_interface(a) => t = a,
                    _ => continue,
                }
            }
            if self.c.types.is_untyped(t) {
                continue;
            }
            if !seen.contains(&t) {
                seen.push(t);
            }
        }
        seen.len() >= 2
    }

    /// Whether local `obj` is assigned a method expression `T.M` (gc's `StaticValue` then
    /// resolves calls through it to the method, with the receiver as first argument).
    pub(super) fn assigned_method_expr(&self, obj: ObjId) -> bool {
        self.srhs.get(&obj).is_some_and(|rs| {
            rs.iter().any(|r| {
                let r = strip(r);
                matches!(r.kind, ast::ExprKind::Selector { .. })
                    && self
                        .info
                        .selections
                        .get(r.id.index())
                        .and_then(|s| s.as_ref())
                        .is_some_and(|s| s.kind == SelectionKind::MethodExpr)
            })
        })
    }

    /// Whether `t` is a pointer to `reflect.SliceHeader` or `reflect.StringHeader` (gc's
    /// `IsReflectHeaderDataField` through an `ODOTPTR`).
    pub(super) fn reflect_header_ptr(&mut self, t: TypeId) -> bool {
        let TypeKind::Pointer(el) = self.c.types.kind(t).clone() else { return false };
        let Some(n) = self.c.types.named(el).cloned() else { return false };
        let o = self.c.obj(n.obj).clone();
        let in_reflect = o.pkg.is_some_and(|p| self.c.pkgs[p.0 as usize].path == "reflect");
        in_reflect && (o.name == "SliceHeader" || o.name == "StringHeader")
    }

    /// `e` is assigned or has its address taken: its outer variable (gc's `OuterValue`:
    /// through struct fields and array elements) is no longer a single definition.
    pub(super) fn sv_taint(&mut self, e: &ast::Expr) {
        let mut e = strip(e);
        loop {
            match &e.kind {
                ast::ExprKind::Selector { x, .. } if !self.is_pointer(x) => e = strip(x),
                ast::ExprKind::Index { x, .. } if self.is_array(x) => e = strip(x),
                ast::ExprKind::Ident(id) => {
                    if let Some(obj) = self.obj_of(id.id) {
                        self.stainted.insert(obj);
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    /// Records that `e`'s outer variable has its address taken.
    pub(super) fn sv_addr(&mut self, e: &ast::Expr) {
        let mut e = strip(e);
        loop {
            match &e.kind {
                ast::ExprKind::Selector { x, .. } if !self.is_pointer(x) => e = strip(x),
                ast::ExprKind::Index { x, .. } if self.is_array(x) => e = strip(x),
                ast::ExprKind::Ident(id) => {
                    if let Some(obj) = self.obj_of(id.id) {
                        self.saddr.insert(obj);
                    }
                    return;
                }
                _ => return,
            }
        }
    }

    /// Implicit `&x` of a method selector with a pointer receiver on a value operand, and of
    /// an array being sliced.
    pub(super) fn sv_implicit_addr(&mut self, e: &ast::Expr) {
        match &e.kind {
            ast::ExprKind::Selector { x, .. } => {
                let sel = self.info.selections.get(e.id.index()).cloned().flatten();
                let Some(sel) = sel else { return };
                if sel.kind != SelectionKind::MethodVal || self.is_pointer(x) {
                    return;
                }
                let ptr_recv = self.c.method_recv.get(&sel.obj).copied().is_some_and(|r| {
                    let u = self.c.under(r);
                    matches!(self.c.types.kind(u), TypeKind::Pointer(_))
                });
                if ptr_recv {
                    self.sv_addr(x);
                    self.sv_taint(x);
                }
            }
            ast::ExprKind::Slice { x, .. } if self.is_array(x) => self.sv_taint(x),
            _ => {}
        }
    }

    fn is_pointer(&mut self, e: &ast::Expr) -> bool {
        let t = self.type_of(e);
        let u = self.c.under(t);
        matches!(self.c.types.kind(u), TypeKind::Pointer(_))
    }

    fn is_array(&mut self, e: &ast::Expr) -> bool {
        let t = self.type_of(e);
        let u = self.c.under(t);
        matches!(self.c.types.kind(u), TypeKind::Array(..))
    }

    /// The single-definition initializer of local variable `obj`, if any.
    fn sv_def(&self, obj: ObjId) -> Option<&ast::Expr> {
        if self.stainted.contains(&obj) {
            return None;
        }
        let o = self.c.obj(obj);
        if !matches!(o.kind, ObjKind::Var { .. }) || !o.local {
            return None;
        }
        self.sdefs.get(&obj)
    }

    /// gc's `StaticValue`: follows single-definition locals and no-op conversions.
    pub(super) fn static_value(&mut self, e: &ast::Expr) -> Static {
        let mut cur = strip(e).clone();
        for _ in 0..64 {
            if let Some(tv) = self.tv(cur.id) {
                if let Some(v) = &tv.value {
                    return Static::Const(v.clone(), tv.ty);
                }
            }
            let next = match &cur.kind {
                ast::ExprKind::Ident(id) => match self.obj_of(id.id) {
                    Some(obj) => self.sv_def(obj).cloned(),
                    None => None,
                },
                ast::ExprKind::Call { fun, args, spread: false }
                    if args.len() == 1
                        && self.tv(fun.id).is_some_and(|tv| tv.mode == Mode::TypeExpr) =>
                {
                    let (to, from) = (self.type_of(&cur), self.type_of(&args[0]));
                    let (tu, fu) = (self.c.under(to), self.c.under(from));
                    // gc keeps an explicit float or complex conversion (it rounds): not a
                    // no-op its static-value walk looks through.
                    let rounds = self.basic(to).is_some_and(|k| k.is_float() || k.is_complex());
                    if self.c.identical(tu, fu) && !rounds {
                        Some(args[0].clone())
                    } else {
                        None
                    }
                }
                ast::ExprKind::Call { fun, args, spread: false } if args.len() == 1 => {
                    let is_len = matches!(&strip(fun).kind, ast::ExprKind::Ident(id)
                        if id.name == "len"
                            && self.obj_of(id.id).is_some_and(|o| matches!(self.c.obj(o).kind, ObjKind::Builtin(_))));
                    if !is_len {
                        return Static::Other;
                    }
                    return match self.slice_lit_len(&args[0]) {
                        Some(n) => Static::LenOfSliceLit(n),
                        None => Static::Other,
                    };
                }
                _ => None,
            };
            match next {
                Some(n) => cur = strip(&n).clone(),
                None => return Static::Other,
            }
        }
        Static::Other
    }

    /// The length of the slice literal that is `e`'s static value.
    fn slice_lit_len(&mut self, e: &ast::Expr) -> Option<i64> {
        let mut cur = strip(e).clone();
        for _ in 0..64 {
            match &cur.kind {
                ast::ExprKind::Ident(id) => {
                    let obj = self.obj_of(id.id)?;
                    cur = strip(self.sv_def(obj)?).clone();
                }
                ast::ExprKind::CompositeLit { elts, .. } => {
                    let t = self.type_of(&cur);
                    let u = self.c.under(t);
                    if !matches!(self.c.types.kind(u), TypeKind::Slice(_)) {
                        return None;
                    }
                    // Keys are constant indices: the length is the largest index + 1.
                    let mut next = 0i64;
                    let mut len = 0i64;
                    for el in elts {
                        if let ast::ExprKind::KeyValue { key, .. } = &el.kind {
                            next = self.tv(key.id)?.value.as_ref()?.to_i64()?;
                        }
                        next = next.checked_add(1)?;
                        len = len.max(next);
                    }
                    return Some(len);
                }
                _ => return None,
            }
        }
        None
    }

    /// The go1.27 text of an interface conversion of operand `x` (of type `t`) when it is a
    /// local variable whose static value is a constant that is valid for `t`.
    pub(super) fn rewritten_conv_text(
        &mut self,
        x: crate::ir::ExprId,
        t: TypeId,
    ) -> Option<String> {
        if !self.version.is_127() {
            return None;
        }
        let crate::ir::ExprKind::Name(var) = self.p.expr(x).kind else { return None };
        let obj = self.vars.iter().find(|(_, v)| **v == var).map(|(o, _)| *o)?;
        let def = self.sv_def(obj)?.clone();
        let Static::Const(v, orig) = self.static_value(&def) else { return None };
        let k = self.basic(t)?;
        let valid = match &v {
            Value::Bool(_) => k.is_boolean(),
            Value::Str(_) => k.is_string(),
            Value::Int(_) => k.is_integer() || k.is_float() || k.is_complex(),
            Value::Float(_) => k.is_float() || k.is_complex(),
            Value::Complex(..) => k.is_complex(),
        };
        if !valid || k == BasicKind::UnsafePointer {
            return None;
        }
        Some(self.const_text(&v, orig, t))
    }
}

impl Lower<'_> {
    /// go1.27's rewrite of a `make([]T, len[, cap])` size (cap, else len) whose static value
    /// is a non-negative integer constant or the length of a slice literal: the size and
    /// the printed text `make([]T, …)` with the literal.
    pub(super) fn rewritten_make_size(
        &mut self,
        args: &[ast::Expr],
        sizes: &[crate::ir::ExprId],
    ) -> Option<(i64, String)> {
        if !self.version.is_127() {
            return None;
        }
        let (size, len) = match args {
            [_, len] => (len, None),
            [_, len, cap] => (cap, Some(len)),
            _ => return None,
        };
        if self.tv(strip(size).id).is_some_and(|tv| tv.value.is_some()) {
            return None;
        }
        // A rewritten capacity is evaluated before the length: only without side effects.
        if len.is_some_and(|l| !self.side_effect_free(l)) {
            return None;
        }
        let (n, text) = match self.static_value(size) {
            Static::Const(v, _) => {
                let n = v.to_i64().filter(|n| *n >= 0)?;
                let t = self.type_of(size);
                let orig = self.tv(strip(size).id).map_or(t, |tv| tv.ty);
                (n, self.const_text(&v, orig, t))
            }
            Static::LenOfSliceLit(n) => (n, n.to_string()),
            Static::Other => return None,
        };
        let mut parts: Vec<String> = sizes.iter().map(|s| self.text(*s).to_string()).collect();
        let last = parts.last_mut()?;
        *last = text;
        let t = self.type_of(&args[0]);
        let tt = self.type_text(t);
        Some((n, format!("make({tt}, {})", parts.join(", "))))
    }

    /// gc's `AnySideEffects` for the expressions a `make` length is made of.
    fn side_effect_free(&self, e: &ast::Expr) -> bool {
        if self.tv(e.id).is_some_and(|tv| tv.value.is_some()) {
            return true;
        }
        match &strip(e).kind {
            ast::ExprKind::Ident(_) | ast::ExprKind::BasicLit(_) => true,
            ast::ExprKind::Binary { x, y, .. } => {
                self.side_effect_free(x) && self.side_effect_free(y)
            }
            ast::ExprKind::Selector { x, .. } => self.side_effect_free(x),
            _ => false,
        }
    }
}
