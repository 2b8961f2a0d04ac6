//! Composite literals (struct, array, slice, map), including elided element types.

use std::collections::BTreeSet;

use escapade_syntax::ast::{Expr, ExprKind};

use crate::check::{Checker, Operand};
use crate::constant::Value;
use crate::exprstring::expr_string;
use crate::info::{Mode, Selection, SelectionKind};
use crate::types::*;

impl Checker {
    pub(crate) fn composite_lit(
        &mut self,
        e: &Expr,
        ty: Option<&Expr>,
        elts: &[Expr],
        hint: Option<TypeId>,
    ) -> Operand {
        let inv = self.invalid_op(e);
        let (typ, open_array_elem) = match ty {
            Some(te) => match &te.kind {
                ExprKind::ArrayType { len: None, elem } => {
                    let el = self.type_expr(elem);
                    (None, Some((el, te)))
                }
                _ => (Some(self.type_expr(te)), None),
            },
            None => match hint {
                Some(h) => {
                    // &T elision: a hint *T gives T with the literal's address taken.
                    let hu = self.under(h);
                    match self.types.kind(hu).clone() {
                        TypeKind::Pointer(b) => {
                            let r = self.composite_body(e, b, elts, None);
                            if r.mode == Mode::Invalid {
                                return inv;
                            }
                            return Operand {
                                mode: Mode::Value,
                                ty: h,
                                val: None,
                                id: e.id,
                                span: e.span,
                            };
                        }
                        _ => (Some(h), None),
                    }
                }
                None => {
                    self.error(e.span, "invalid composite literal type: missing type");
                    for el in elts {
                        self.use_elt(el);
                    }
                    return inv;
                }
            },
        };
        if let Some((el, te)) = open_array_elem {
            if self.types.is_invalid(el) {
                for x in elts {
                    self.use_elt(x);
                }
                return inv;
            }
            let n = self.indexed_elts(elts, el, None);
            let t = self.types.array(n, el);
            let x = Operand { mode: Mode::TypeExpr, ty: t, val: None, id: te.id, span: te.span };
            self.record_type(&x);
            return Operand { mode: Mode::Value, ty: t, val: None, id: e.id, span: e.span };
        }
        let Some(typ) = typ else { return inv };
        if self.types.is_invalid(typ) {
            for el in elts {
                self.use_elt(el);
            }
            return inv;
        }
        self.composite_body(e, typ, elts, ty)
    }

    fn composite_body(
        &mut self,
        e: &Expr,
        typ: TypeId,
        elts: &[Expr],
        ty_expr: Option<&Expr>,
    ) -> Operand {
        let inv = self.invalid_op(e);
        let base = self.core_type(typ);
        let Some(base) = base else {
            let ts = self.type_string(typ);
            self.error(e.span, format!("invalid composite literal type {ts}"));
            return inv;
        };
        match self.types.kind(base).clone() {
            TypeKind::Struct(fields) => {
                if elts.is_empty() {
                    return Operand {
                        mode: Mode::Value,
                        ty: typ,
                        val: None,
                        id: e.id,
                        span: e.span,
                    };
                }
                let keyed = matches!(elts[0].kind, ExprKind::KeyValue { .. });
                let ts = self.type_string(typ);
                if keyed {
                    let mut seen = BTreeSet::new();
                    for el in elts {
                        let ExprKind::KeyValue { key, value } = &el.kind else {
                            self.error(
                                el.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.use_elt(el);
                            continue;
                        };
                        let ExprKind::Ident(kid) = &key.kind else {
                            self.error(
                                key.span,
                                format!(
                                    "invalid field name {} in struct literal",
                                    expr_string(key)
                                ),
                            );
                            self.expr(value);
                            continue;
                        };
                        let Some((i, f)) =
                            fields.iter().enumerate().find(|(_, f)| f.name == kid.name)
                        else {
                            self.error(
                                kid.span,
                                format!(
                                    "unknown field {} in struct literal of type {ts}",
                                    kid.name
                                ),
                            );
                            self.expr(value);
                            continue;
                        };
                        if let Some(o) = f.obj {
                            self.record_use(kid.id, o);
                            self.record_selection(
                                key.id,
                                Selection {
                                    kind: SelectionKind::FieldVal,
                                    recv: typ,
                                    obj: o,
                                    index: vec![i],
                                    indirect: false,
                                    addr: false,
                                    ty: f.ty,
                                },
                            );
                        }
                        if !seen.insert(kid.name.clone()) {
                            self.error(
                                kid.span,
                                format!("duplicate field name {} in struct literal", kid.name),
                            );
                            self.expr(value);
                            continue;
                        }
                        let mut x = self.expr_hint(value, Some(f.ty));
                        self.assignment(&mut x, value, f.ty, "struct literal");
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if let ExprKind::KeyValue { value, .. } = &el.kind {
                            self.error(
                                el.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(value);
                            continue;
                        }
                        let Some(f) = fields.get(i) else {
                            self.error(
                                el.span,
                                format!("too many values in struct literal of type {ts}"),
                            );
                            break;
                        };
                        let fty = f.ty;
                        let mut x = self.expr_hint(el, Some(fty));
                        if !crate::lookup::is_exported(&f.name) && f.pkg != Some(self.cur.pkg) {
                            self.error(el.span, format!("implicit assignment to unexported field {} in struct literal of type {ts}", f.name));
                            continue;
                        }
                        self.assignment(&mut x, el, fty, "struct literal");
                    }
                    if elts.len() < fields.len() {
                        let rbrace =
                            escapade_base::Span::new(e.span.end as usize - 1, e.span.end as usize);
                        let at = elts.last().map_or(rbrace, |_| rbrace);
                        self.error(at, format!("too few values in struct literal of type {ts}"));
                    }
                }
            }
            TypeKind::Array(n, el) => {
                self.indexed_elts(elts, el, Some(n));
            }
            TypeKind::Slice(el) => {
                self.indexed_elts(elts, el, None);
            }
            TypeKind::Map(k, v) => {
                // (type, value): keys of an interface type are duplicates only when their
                // dynamic types match too (`map[any]int{1: 1, int64(1): 2}` is valid).
                let mut seen: Vec<(TypeId, Value)> = Vec::new();
                for el in elts {
                    let ExprKind::KeyValue { key, value } = &el.kind else {
                        self.error(el.span, "missing key in map literal");
                        self.use_elt(el);
                        continue;
                    };
                    let mut kx = self.expr_hint(key, Some(k));
                    self.assignment(&mut kx, key, k, "map literal");
                    if kx.mode == Mode::Constant {
                        if let Some(val) = kx.val.clone() {
                            let entry = (kx.ty, val);
                            if seen.contains(&entry) {
                                let ks = expr_string(key);
                                self.error(key.span, format!("duplicate key {ks} in map literal"));
                            } else {
                                seen.push(entry);
                            }
                        }
                    }
                    let mut vx = self.expr_hint(value, Some(v));
                    self.assignment(&mut vx, value, v, "map literal");
                }
            }
            _ => {
                let ts = self.type_string(typ);
                let at = ty_expr.map_or(e.span, |t| t.span);
                self.error(at, format!("invalid composite literal type {ts}"));
                for el in elts {
                    self.use_elt(el);
                }
                return inv;
            }
        }
        Operand { mode: Mode::Value, ty: typ, val: None, id: e.id, span: e.span }
    }

    fn use_elt(&mut self, el: &Expr) {
        match &el.kind {
            ExprKind::KeyValue { value, .. } => {
                if !matches!(value.kind, ExprKind::CompositeLit { ty: None, .. }) {
                    self.expr(value);
                }
            }
            ExprKind::CompositeLit { ty: None, .. } => {}
            _ => {
                self.expr(el);
            }
        }
    }

    /// Elements of an array or slice literal; returns the length (max index + 1).
    fn indexed_elts(&mut self, elts: &[Expr], el: TypeId, len: Option<u64>) -> u64 {
        let mut index: u64 = 0;
        let mut max: u64 = 0;
        let mut seen = BTreeSet::new();
        for e in elts {
            let value = match &e.kind {
                ExprKind::KeyValue { key, value } => {
                    let mut k = self.expr(key);
                    if k.mode == Mode::Constant {
                        let int = self.types.basic(BasicKind::Int);
                        if self.types.is_untyped(k.ty) {
                            self.convert_untyped(&mut k, key, int);
                        }
                        match k.val.as_ref().and_then(|v| v.to_i64()) {
                            Some(i) if i >= 0 => index = i as u64,
                            _ => {
                                let ks = expr_string(key);
                                self.error(
                                    key.span,
                                    format!("index {ks} must be integer constant"),
                                );
                            }
                        }
                    } else if k.mode != Mode::Invalid {
                        let ks = expr_string(key);
                        self.error(key.span, format!("index {ks} must be integer constant"));
                    }
                    &**value
                }
                _ => e,
            };
            if let Some(n) = len {
                if index >= n {
                    self.error(value.span, format!("index {index} out of bounds [0:{n}]"));
                }
            }
            if !seen.insert(index) {
                self.error(e.span, format!("duplicate index {index} in array or slice literal"));
            }
            let mut x = self.expr_hint(value, Some(el));
            self.assignment(&mut x, value, el, "array or slice literal");
            index += 1;
            max = max.max(index);
        }
        max
    }
}
