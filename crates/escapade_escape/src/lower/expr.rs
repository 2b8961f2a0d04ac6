//! Expressions: gc positions and texts, implicit conversions, calls, builtins, literals.

use escapade_syntax::ast::{self, BinaryOp, UnaryOp};
use escapade_types::constant::{quote_go, quote_rune_go, Value};
use escapade_types::info::{Mode, SelectionKind};
use escapade_types::types::{BasicKind, Signature, TypeKind};
use escapade_types::{Builtin as B, ObjKind, TypeId};

use super::{strip, Lower};
use crate::ir::*;

impl Lower<'_> {
    /// Lowers `e` and converts it implicitly to `target` (interface boxing).
    pub(super) fn value_to(&mut self, e: &ast::Expr, target: TypeId) -> ExprId {
        let x = self.expr(e);
        let src = self.type_of(e);
        self.convert(x, src, target)
    }

    /// gc's implicit `OCONVIFACE` when a non-interface value meets an interface type.
    pub(super) fn convert(&mut self, x: ExprId, src: TypeId, target: TypeId) -> ExprId {
        if self.c.types.is_invalid(target) || !self.is_interface(target) {
            return x;
        }
        if self.p.expr(x).text == "nil" {
            return x;
        }
        if self.is_interface(src) {
            // Between interface types gc keeps an `OCONVIFACE` unless the underlying types
            // are identical (`error` → `any`): no allocation, but an `interface-converted`
            // step in `-m=2` explanations.
            let (su, tu) = (self.c.under(src), self.c.under(target));
            if self.c.identical(su, tu) {
                return x;
            }
            let pos = self.conv_pos.get(&x).copied().unwrap_or(self.p.expr(x).pos);
            let text = self.p.expr(x).text.clone();
            let ty = self.ty(target);
            return self.mk(ExprKind::ConvIface { x, rewritten_text: None }, ty, pos, text);
        }
        if matches!(self.basic(src), Some(BasicKind::UntypedNil)) {
            return x;
        }
        let pos = self.conv_pos.get(&x).copied().unwrap_or(self.p.expr(x).pos);
        let text = self.p.expr(x).text.clone();
        let ty = self.ty(target);
        let rewritten_text = self.rewritten_conv_text(x, src);
        let conv = self.mk(ExprKind::ConvIface { x, rewritten_text }, ty, pos, text);
        self.note_itab(conv, target);
        conv
    }

    /// Records a conversion to an interface with methods (see `Lowered::itab_convs`).
    fn note_itab(&mut self, conv: ExprId, target: TypeId) {
        if !self.c.type_set(target).methods.is_empty() {
            self.itab_convs.push(conv);
        }
    }

    fn placeholder(&mut self, e: &ast::Expr, what: &str) -> ExprId {
        self.unsupported(e.span, what);
        let pos = self.pos(e.span);
        self.mk(ExprKind::Const, Ty::default(), pos, String::new())
    }

    pub(super) fn expr(&mut self, e: &ast::Expr) -> ExprId {
        use ast::ExprKind as E;
        let e = strip(e);
        if let Some(tv) = self.tv(e.id).cloned() {
            if let Some(v) = &tv.value {
                let t = self.type_of(e);
                let text = self.const_text(v, tv.ty, t);
                if let Some(c) = unmodelled_char(v, &text) {
                    self.unsupported(
                        e.span,
                        format!("a constant holding U+{:04X}: whether gc quotes it (unicode.IsPrint) is not modelled", c as u32),
                    );
                }
                let ty = self.ty(t);
                let pos = self.const_pos(e);
                return self.mk(ExprKind::Const, ty, pos, text);
            }
            if tv.mode == Mode::TypeExpr {
                return self.placeholder(e, "type used as a value");
            }
        }
        match &e.kind {
            E::Ident(id) => self.ident(e, id),
            E::BasicLit(_) => {
                let pos = self.pos(e.span);
                let raw = self.src.get(e.span.range()).unwrap_or("").to_string();
                self.mk(ExprKind::Const, Ty::default(), pos, raw)
            }
            E::CompositeLit { elts, .. } => {
                let t = self.type_of(e);
                self.composite(e, t, elts)
            }
            E::FuncLit { sig, body } => self.func_lit(e, sig, body),
            E::Selector { x, sel } => self.selector(e, x, sel),
            E::Index { x, indices } => self.index(e, x, indices),
            E::Slice { x, low, high, max, .. } => {
                let t = self.type_of(x);
                let mut xe = self.expr(x);
                let u = self.c.under(t);
                if matches!(self.c.types.kind(u), TypeKind::Array(..)) {
                    // gc's implicit `&` of a sliced array sits at the `[`.
                    let pos = self.pos_span(self.find(x.span.end as usize, "["), e.span);
                    let text = self.p.expr(xe).text.clone();
                    let ty = self.ty(t);
                    xe = self.mk(ExprKind::Addr(xe), Ty::ptr(ty), pos, text);
                }
                let part = |l: &mut Self, b: &Option<Box<ast::Expr>>| {
                    b.as_ref().map(|b| {
                        let id = l.expr(b);
                        (Some(id), l.text(id).to_string())
                    })
                };
                let (lo, lt) = part(self, low).unwrap_or((None, String::new()));
                let (hi, ht) = part(self, high).unwrap_or((None, String::new()));
                let mx = part(self, max);
                let mut text = format!("{}[{lt}:{ht}", self.operand(xe));
                if let Some((_, m)) = &mx {
                    text.push(':');
                    text.push_str(m);
                }
                text.push(']');
                let pos = self.pos_span(self.find(x.span.end as usize, "["), e.span);
                let ty = self.type_of(e);
                let ty = self.ty(ty);
                let max = mx.and_then(|m| m.0);
                self.mk(ExprKind::Slice { x: xe, lo, hi, max }, ty, pos, text)
            }
            E::TypeAssert { x, ty: Some(tn) } => {
                let xe = self.expr(x);
                // The asserted type (a comma-ok assertion's own type is the pair).
                let t = match self.tv(tn.id).map(|tv| tv.ty) {
                    Some(t) if !self.c.types.is_invalid(t) => t,
                    _ => self.type_of(e),
                };
                let tt = self.type_text(t);
                let text = format!("{}.({tt})", self.text(xe));
                let pos = self.pos_span(self.find(x.span.end as usize, "."), e.span);
                let ty = self.ty(t);
                self.mk(ExprKind::TypeAssert(xe), ty, pos, text)
            }
            E::Call { fun, args, spread } => self.call(e, fun, args, *spread),
            E::Star(x) => {
                let xe = self.expr(x);
                let inner = self.text(xe).to_string();
                let text = if inner.starts_with('*') {
                    format!("*({inner})")
                } else {
                    format!("*{inner}")
                };
                let t = self.type_of(e);
                let ty = self.ty(t);
                let pos = self.pos(e.span);
                self.mk(ExprKind::Deref(xe), ty, pos, text)
            }
            E::Unary { op, x } => self.unary(e, *op, x),
            E::Binary { op, x, y } => self.binary(e, *op, x, y),
            _ => self.placeholder(e, "expression"),
        }
    }

    /// gc's position of a (non-conversion) expression node.
    pub(super) fn expr_pos(&self, e: &ast::Expr) -> crate::ir::Pos {
        use ast::ExprKind as E;
        let e = strip(e);
        let at = |l: &Self, from: u32, pat: &str| l.pos_span(l.find(from as usize, pat), e.span);
        match &e.kind {
            E::Selector { x, .. } | E::TypeAssert { x, .. } => at(self, x.span.end, "."),
            E::Index { x, .. } | E::Slice { x, .. } => at(self, x.span.end, "["),
            E::Call { fun, args, .. } => {
                if self.tv(fun.id).is_some_and(|tv| tv.mode == Mode::TypeExpr) && args.len() == 1 {
                    return self.expr_pos(&args[0]);
                }
                at(self, fun.span.end, "(")
            }
            E::Binary { op, x, .. } => at(self, x.span.end, op.as_str()),
            E::CompositeLit { ty: Some(t), .. } => at(self, t.span.end, "{"),
            E::KeyValue { key, .. } => at(self, key.span.end, ":"),
            _ => self.pos(e.span),
        }
    }

    /// gc's position of a folded constant: a constant conversion `T(c)` (the outermost of
    /// nested ones) sits at its `(`, other constants where their expression does.
    fn const_pos(&self, e: &ast::Expr) -> crate::ir::Pos {
        let e = strip(e);
        if let ast::ExprKind::Call { fun, args, .. } = &e.kind {
            if self.tv(fun.id).is_some_and(|tv| tv.mode == Mode::TypeExpr) && args.len() == 1 {
                return self.pos_span(self.find(fun.span.end as usize, "("), e.span);
            }
        }
        self.expr_pos(e)
    }

    /// gc prints constants by value (named ones too), typed unless of their default type.
    pub(super) fn const_text(&mut self, v: &Value, orig: TypeId, t: TypeId) -> String {
        let orig_kind = self.basic(orig);
        let is_rune = matches!(orig_kind, Some(BasicKind::UntypedRune));
        // gc prints a rune-typed (or untyped rune) constant holding a code point as a rune
        // literal, the `rune` type included (`rune(98)` is `'b'`); a negative one stays `rune(-1)`.
        let rune_typed = match self.c.types.kind(t) {
            TypeKind::Basic(BasicKind::Rune) => true,
            TypeKind::Basic(k) => is_rune && (k.is_untyped() || k.canonical() == BasicKind::Int32),
            _ => false,
        };
        if let Value::Int(i) = v {
            if let Some(c) = i.to_string().parse::<u32>().ok().filter(|_| rune_typed) {
                if c <= 0x10ffff {
                    return quote_rune_go(c);
                }
            }
        }
        let body = match v {
            Value::Bool(b) => b.to_string(),
            // go/constant's string form: quoted, long strings cut at 72 runes with `...`.
            Value::Str(s) => quote_go(s, 72),
            v => v.display(),
        };
        let default = match v {
            Value::Bool(_) => BasicKind::Bool,
            Value::Str(_) => BasicKind::String,
            Value::Int(_) if is_rune => BasicKind::Int32,
            Value::Int(_) => BasicKind::Int,
            Value::Float(_) => BasicKind::Float64,
            Value::Complex(..) => BasicKind::Complex128,
        };
        let same = match self.c.types.kind(t) {
            TypeKind::Basic(k) => k.is_untyped() || k.canonical() == default,
            _ => false,
        };
        if same {
            body
        } else {
            let tt = self.type_text(t);
            if self.is_named(t) {
                format!("{tt}({body})")
            } else {
                format!("({tt})({body})")
            }
        }
    }

    fn ident(&mut self, e: &ast::Expr, id: &ast::Ident) -> ExprId {
        let pos = self.pos(e.span);
        let Some(obj) = self.obj_of(id.id) else {
            return self.placeholder(e, "unresolved identifier");
        };
        if let Some(&v) = self.vars.get(&obj) {
            return self.name_ref(v, pos);
        }
        let o = self.c.obj(obj).clone();
        match o.kind {
            ObjKind::Var { .. } if o.local || self.bind_of(&o).is_some() => {
                if let Some(v) = self.bind_of(&o) {
                    self.vars.insert(obj, v);
                    return self.name_ref(v, pos);
                }
                self.placeholder(e, "unknown local variable")
            }
            ObjKind::Var { .. } => {
                let t = self.type_of(e);
                let ty = self.ty(t);
                self.mk(ExprKind::Global, ty, pos, id.name.clone())
            }
            ObjKind::Func { .. } => {
                let f = self.funcs.get(&obj).copied();
                self.mk(ExprKind::FuncName(f), Ty::func(), pos, id.name.clone())
            }
            ObjKind::Nil => {
                let t = self.type_of(e);
                let ty = self.ty(t);
                self.mk(ExprKind::Const, ty, pos, "nil".into())
            }
            _ => self.placeholder(e, "identifier"),
        }
    }

    /// The text of `x` as the operand of a postfix operator (`(*p)[i]`, `(*p).f`).
    fn operand(&self, x: ExprId) -> String {
        let t = self.text(x);
        if t.starts_with('*') || t.starts_with('&') || t.starts_with("<-") {
            format!("({t})")
        } else {
            t.to_string()
        }
    }

    /// gc has no printing precedence for closures and pointer literals: as an operand
    /// (call target, sent value) they are parenthesised.
    pub(super) fn prec_operand(&self, x: ExprId) -> String {
        let t = self.text(x);
        match self.p.expr(x).kind {
            ExprKind::FuncLit(_) | ExprKind::PtrLit(_) => format!("({t})"),
            _ => t.to_string(),
        }
    }

    fn bind_of(&self, o: &escapade_types::Object) -> Option<VarId> {
        let span = o.pos?.span;
        self.binds.iter().rev().find(|(s, _)| *s == span).map(|(_, v)| *v)
    }

    fn selector(&mut self, e: &ast::Expr, x: &ast::Expr, sel: &ast::Ident) -> ExprId {
        let pos = self.expr_pos(e);
        let selection = self.info.selections.get(e.id.index()).cloned().flatten();
        let Some(s) = selection else {
            // A qualified identifier.
            let Some(obj) = self.obj_of(sel.id) else {
                return self.placeholder(e, "selector");
            };
            let text = format!("{}.{}", self.src.get(x.span.range()).unwrap_or(""), sel.name);
            return match self.c.obj(obj).kind {
                ObjKind::Var { .. } => {
                    let t = self.type_of(e);
                    let ty = self.ty(t);
                    self.mk(ExprKind::Global, ty, pos, text)
                }
                ObjKind::Func { .. } => self.mk(ExprKind::FuncName(None), Ty::func(), pos, text),
                _ => self.placeholder(e, "qualified identifier"),
            };
        };
        match s.kind {
            SelectionKind::FieldVal => {
                let xt = self.type_of(x);
                let xe = self.expr(x);
                let (r, _) = self.field_path(xe, xt, &s.index, pos);
                if sel.name == "Data" && s.index.len() == 1 && self.reflect_header_ptr(xt) {
                    self.p.reflect_data.push(r);
                }
                r
            }
            SelectionKind::MethodVal => {
                let (recv, iface) = self.method_recv(x, &s.index, s.obj, pos);
                let target = if iface {
                    MethodTarget::Interface
                } else if self.generic_fds.contains_key(&s.obj) {
                    // A method of a generic type: its shape instantiation's tags.
                    let xt = self.type_of(x);
                    let shaped = if s.index.len() == 1 {
                        self.shape_method(s.obj, xt, sel.id.0)
                    } else {
                        None
                    };
                    if !self.subst.is_empty() {
                        self.unsupported_m2(pos, "-m=2 texts of sub-dictionary method values");
                    }
                    match shaped {
                        Some((sf, _, _)) => MethodTarget::Static(StaticCallee::Local(sf)),
                        None => return self.placeholder(e, "method value of a generic type"),
                    }
                } else {
                    match self.func_callee(s.obj) {
                        Some(c) => MethodTarget::Static(c),
                        None => return self.placeholder(e, "method value of this method"),
                    }
                };
                let results = match self.c.types.kind(s.ty) {
                    TypeKind::Func(sig) => sig.results.len(),
                    _ => 0,
                };
                let rsize = self.p.expr(recv).ty.size;
                let closure_size = 8 + (rsize.max(0) + 7) / 8 * 8;
                let text = format!("{}.{}", self.text(recv), sel.name);
                let kind = ExprKind::MethodValue { x: recv, target, results, closure_size };
                self.mk(kind, Ty::func(), pos, text)
            }
            SelectionKind::MethodExpr => {
                let f = self.funcs.get(&s.obj).copied();
                let text = format!("{}.{}", self.src.get(x.span.range()).unwrap_or(""), sel.name);
                self.mk(ExprKind::FuncName(f), Ty::func(), pos, text)
            }
        }
    }

    /// `x.a.b.f` along a field index path (embedded fields print too).
    fn field_path(
        &mut self,
        mut cur: ExprId,
        mut t: TypeId,
        path: &[usize],
        pos: crate::ir::Pos,
    ) -> (ExprId, TypeId) {
        for &idx in path {
            let u = self.c.under(t);
            let (ptr, st) = match self.c.types.kind(u) {
                TypeKind::Pointer(e) => (true, *e),
                _ => (false, t),
            };
            let su = self.c.under(st);
            let TypeKind::Struct(fields) = self.c.types.kind(su).clone() else { break };
            let Some(f) = fields.get(idx) else { break };
            let text = format!("{}.{}", self.operand(cur), f.name);
            let ty = self.ty(f.ty);
            cur = self.mk(ExprKind::Dot { x: cur, ptr }, ty, pos, text);
            t = f.ty;
        }
        (cur, t)
    }

    /// The receiver argument of a method call or value, with gc's implicit `&`/`*`; the flag
    /// is set for interface methods.
    fn method_recv(
        &mut self,
        x: &ast::Expr,
        index: &[usize],
        method: escapade_types::ObjId,
        pos: crate::ir::Pos,
    ) -> (ExprId, bool) {
        let xt = self.type_of(x);
        let xe = self.expr(x);
        let path = &index[..index.len().saturating_sub(1)];
        let (mut r, t) = self.field_path(xe, xt, path, pos);
        if self.is_interface(t) {
            return (r, true);
        }
        let want_ptr = self
            .c
            .method_recv
            .get(&method)
            .is_some_and(|rt| matches!(self.c.types.kind(*rt), TypeKind::Pointer(_)));
        let u = self.c.under(t);
        let is_ptr = matches!(self.c.types.kind(u), TypeKind::Pointer(_));
        let (p, text, ty) = {
            let ex = self.p.expr(r);
            (ex.pos, ex.text.clone(), ex.ty)
        };
        let _ = p;
        if want_ptr && !is_ptr {
            r = self.mk(ExprKind::Addr(r), Ty::ptr(ty), pos, text);
        } else if !want_ptr && is_ptr {
            let et = match self.c.types.kind(u) {
                TypeKind::Pointer(e) => *e,
                _ => t,
            };
            let ety = self.ty(et);
            r = self.mk(ExprKind::Deref(r), ety, pos, text);
        }
        (r, false)
    }

    fn index(&mut self, e: &ast::Expr, x: &ast::Expr, indices: &[ast::Expr]) -> ExprId {
        if indices.len() != 1 || self.info.instances.get(x.id.index()).is_some_and(|i| i.is_some())
        {
            return self.placeholder(e, "generic instantiation");
        }
        let pos = self.expr_pos(e);
        let xt = self.type_of(x);
        let u = self.c.under(xt);
        let rt = self.type_of(e);
        let ty = self.ty(rt);
        match self.c.types.kind(u).clone() {
            TypeKind::Map(k, _) => {
                let m = self.expr(x);
                let key = self.value_to(&indices[0], k);
                let text = format!("{}[{}]", self.text(m), self.text(key));
                self.mk(ExprKind::MapIndex { map: m, key }, ty, pos, text)
            }
            TypeKind::Pointer(elem) => {
                let p = self.expr(x);
                // The implicit `*` of an indexed array pointer sits at the `[`.
                let text = self.p.expr(p).text.clone();
                let ety = self.ty(elem);
                let d = self.mk(ExprKind::Deref(p), ety, pos, text);
                let i = self.expr(&indices[0]);
                let text = format!("{}[{}]", self.text(d), self.text(i));
                self.mk(ExprKind::Index { x: d, index: i }, ty, pos, text)
            }
            TypeKind::Func(_) => self.placeholder(e, "generic instantiation"),
            _ => {
                let a = self.expr(x);
                let i = self.expr(&indices[0]);
                let text = format!("{}[{}]", self.operand(a), self.text(i));
                self.mk(ExprKind::Index { x: a, index: i }, ty, pos, text)
            }
        }
    }

    fn unary(&mut self, e: &ast::Expr, op: UnaryOp, x: &ast::Expr) -> ExprId {
        let pos = self.pos(e.span);
        let t = self.type_of(e);
        let ty = self.ty(t);
        match op {
            UnaryOp::Addr => {
                if let ast::ExprKind::CompositeLit { elts, .. } = &strip(x).kind {
                    let lt = self.type_of(x);
                    let lit = self.composite(strip(x), lt, elts);
                    let text = format!("&{}", self.text(lit));
                    return self.mk(ExprKind::PtrLit(lit), ty, pos, text);
                }
                let xe = self.expr(x);
                let text = format!("&{}", self.text(xe));
                self.mk(ExprKind::Addr(xe), ty, pos, text)
            }
            UnaryOp::Recv => {
                let xe = self.expr(x);
                let text = format!("<-{}", self.text(xe));
                self.mk(ExprKind::Recv(xe), ty, pos, text)
            }
            _ => {
                let xe = self.expr(x);
                let text = format!("{}{}", op.as_str(), self.text(xe));
                self.mk(ExprKind::Unary(xe), ty, pos, text)
            }
        }
    }

    fn operand_text(&self, id: ExprId, e: &ast::Expr, prec: u8) -> String {
        let t = self.text(id).to_string();
        match &strip(e).kind {
            ast::ExprKind::Binary { op, .. } if op.precedence() < prec => format!("({t})"),
            // gc's recover call has no printing precedence: parenthesised as an operand
            // (before go1.27 printed as its internal node).
            ast::ExprKind::Call { .. }
                if t == "recover()" && matches!(self.p.expr(id).kind, ExprKind::Builtin(_)) =>
            {
                if self.version.is_127() {
                    format!("({t})")
                } else {
                    "(<node RECOVERFP>)".into()
                }
            }
            _ => t,
        }
    }

    fn binary(&mut self, e: &ast::Expr, op: BinaryOp, x: &ast::Expr, y: &ast::Expr) -> ExprId {
        let pos = self.expr_pos(e);
        let t = self.type_of(e);
        let ty = self.ty(t);
        let prec = op.precedence();
        if op == BinaryOp::Add && matches!(self.basic(t), Some(BasicKind::String)) {
            // String concatenation: one OADDSTR over the whole left-nested chain.
            let mut operands = Vec::new();
            let mut cur = e;
            while let ast::ExprKind::Binary { op: BinaryOp::Add, x, y } = &strip(cur).kind {
                if self.tv(strip(x).id).is_some_and(|tv| tv.value.is_some()) {
                    operands.push(y.as_ref());
                    operands.push(x.as_ref());
                    cur = x;
                    break;
                }
                operands.push(y.as_ref());
                cur = x;
            }
            if !matches!(&strip(cur).kind, ast::ExprKind::Binary { op: BinaryOp::Add, .. })
                && operands.last().is_none_or(|l| l.id != strip(cur).id)
            {
                operands.push(cur);
            }
            operands.reverse();
            let ids: Vec<ExprId> = operands.iter().map(|o| self.expr(o)).collect();
            let texts: Vec<String> = ids
                .iter()
                .zip(&operands)
                .map(|(i, o)| self.operand_text(*i, o, prec + 1))
                .collect();
            return self.mk(ExprKind::AddStr(ids), ty, pos, texts.join(" + "));
        }
        let (xt, yt) = (self.type_of(x), self.type_of(y));
        let mut a = self.expr(x);
        let mut b = self.expr(y);
        if matches!(op, BinaryOp::Eql | BinaryOp::Neq) {
            a = self.convert(a, xt, yt);
            b = self.convert(b, yt, xt);
        }
        let text = format!(
            "{} {} {}",
            self.operand_text(a, x, prec),
            op.as_str(),
            self.operand_text(b, y, prec + 1)
        );
        self.mk(ExprKind::Binary(a, b), ty, pos, text)
    }

    /// A composite literal of type `t` (a pointer type for an elided `&T{…}`).
    pub(super) fn composite(&mut self, e: &ast::Expr, t: TypeId, elts: &[ast::Expr]) -> ExprId {
        let pos = self.expr_pos(e);
        let u = self.c.under(t);
        if let TypeKind::Pointer(elem) = self.c.types.kind(u).clone() {
            let lit = self.composite(e, elem, elts);
            let text = format!("&{}", self.text(lit));
            let ty = self.ty(t);
            return self.mk(ExprKind::PtrLit(lit), ty, pos, text);
        }
        let tt = self.type_text(t);
        let text = format!("{tt}{{{}}}", if elts.is_empty() { "" } else { "..." });
        let ty = self.ty(t);
        let value = |e: &ast::Expr| match &e.kind {
            ast::ExprKind::KeyValue { value, .. } => value.as_ref().clone(),
            _ => e.clone(),
        };
        match self.c.types.kind(u).clone() {
            TypeKind::Struct(fields) => {
                let mut out = Vec::new();
                for (i, el) in elts.iter().enumerate() {
                    let (fi, v) = match &el.kind {
                        ast::ExprKind::KeyValue { key, value } => {
                            let name = match &strip(key).kind {
                                ast::ExprKind::Ident(id) => id.name.clone(),
                                _ => String::new(),
                            };
                            (fields.iter().position(|f| f.name == name), value.as_ref())
                        }
                        _ => (Some(i), el),
                    };
                    let ft = fi.and_then(|i| fields.get(i)).map(|f| f.ty);
                    out.push(self.elem(v, ft));
                }
                self.mk(ExprKind::StructLit(out), ty, pos, text)
            }
            TypeKind::Array(_, et) | TypeKind::Slice(et) => {
                let mut out = Vec::new();
                for el in elts {
                    let v = value(el);
                    out.push(self.elem(&v, Some(et)));
                }
                let kind = if matches!(self.c.types.kind(u), TypeKind::Slice(_)) {
                    ExprKind::SliceLit(out)
                } else {
                    ExprKind::ArrayLit(out)
                };
                self.mk(kind, ty, pos, text)
            }
            TypeKind::Map(kt, vt) => {
                let mut out = Vec::new();
                for el in elts {
                    if let ast::ExprKind::KeyValue { key, value } = &el.kind {
                        let k = self.elem(key, Some(kt));
                        let v = self.elem(value, Some(vt));
                        out.push((k, v));
                    }
                }
                self.mk(ExprKind::MapLit(out), ty, pos, text)
            }
            _ => self.placeholder(e, "composite literal of this type"),
        }
    }

    /// A literal element (elided inner literals take the element type).
    fn elem(&mut self, v: &ast::Expr, t: Option<TypeId>) -> ExprId {
        if let (ast::ExprKind::CompositeLit { ty: None, elts }, Some(t)) = (&strip(v).kind, t) {
            return self.composite(strip(v), t, elts);
        }
        match t {
            Some(t) => self.value_to(v, t),
            None => self.expr(v),
        }
    }

    /// The closure object's size: the function word plus each capture (by value up to 128
    /// bytes, rounded to words; by reference above).
    pub(super) fn set_closure_size(&mut self, f: FuncId) {
        let size: i64 = self
            .p
            .func(f)
            .captures
            .iter()
            .map(|c| {
                let s = self.p.var(c.var).ty.size;
                if s <= 128 {
                    (s + 7) / 8 * 8
                } else {
                    8
                }
            })
            .sum();
        self.p.funcs[f.0 as usize].closure_size = 8 + size;
    }
    fn func_lit(&mut self, e: &ast::Expr, sig: &ast::FuncType, body: &ast::Block) -> ExprId {
        let name = self.sub_name(0);
        let pos = self.pos(e.span);
        if !self.subst.is_empty() {
            // Closures of shape instantiations also capture the dictionary (`.dict`).
            self.unsupported_m2(pos, "-m=2 captures of a closure in a generic function");
        }
        let parent = self.cur;
        // Closures of DUPOK functions (shape instantiations) are DUPOK too.
        let dupok = self.p.func(parent).dupok;
        self.p.funcs.push(Func { name, pos, parent: Some(parent), dupok, ..Func::default() });
        let f = FuncId(self.p.funcs.len() as u32 - 1);
        self.lit_funcs.insert(e.id, f);
        let t = self.type_of(e);
        self.cur_sig.insert(f, t);
        let saved_labels = std::mem::take(&mut self.labels);
        self.cur = f;
        self.signature(sig, f);
        let stmts = self.block(&body.stmts);
        self.p.funcs[f.0 as usize].body = Some(stmts);
        self.cur = parent;
        self.labels = saved_labels;
        self.set_closure_size(f);
        self.mk(ExprKind::FuncLit(f), Ty::func(), pos, "func literal".into())
    }

    // ----- calls -----

    pub(super) fn call(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        args: &[ast::Expr],
        spread: bool,
    ) -> ExprId {
        let ftv = self.tv(fun.id).cloned();
        match ftv.as_ref().map(|t| t.mode) {
            Some(Mode::TypeExpr) => return self.conversion(e, fun, args),
            Some(Mode::Builtin(b)) => return self.builtin(e, b, args, spread),
            _ => {}
        }
        let pos = self.pos_span(self.find(fun.span.end as usize, "("), e.span);
        let f = strip(fun);
        let mut recv = None;
        let mut fun_e = None;
        let mut args_ast: Vec<&ast::Expr> = args.iter().collect();
        let sig_t;
        let callee;
        let fun_text;
        let mut recv_text: Option<String> = None;
        let mut dict_text: Option<String> = None;
        let mut generic_method: Option<(String, String)> = None;
        let selection = self.info.selections.get(f.id.index()).cloned().flatten();
        // gc's front end spills a callee holding a call into `.autotmp_N` (after the callee
        // and the arguments are read); for an interface method call only the receiver is
        // spilled (`.autotmp_N.M(…)`). `(type, method suffix)` of the temporary.
        let mut spill: Option<(TypeId, String)> = None;
        match (&f.kind, selection) {
            (ast::ExprKind::Selector { x, sel }, Some(s))
                if s.kind == SelectionKind::MethodVal && self.orig_is_type_param(x) =>
            {
                // A method of a type parameter: a call of the method expression the
                // dictionary holds, the receiver converted to its shape as first argument.
                let r = self.expr(x);
                let rt = self.type_of(x);
                let ft = self.type_text(s.ty);
                let params = ft.strip_prefix("func(").unwrap_or(&ft);
                let rtt = self.type_text(rt);
                let sep = if params.starts_with(')') { "" } else { ", " };
                // The dictionary holds one word per distinct (type parameter, method), in
                // order of first use, from offset 0.
                let tp = self.orig_type(x.id).unwrap_or(rt);
                let key = (tp, sel.name.clone());
                let k = match self.dict_methods.iter().position(|m| *m == key) {
                    Some(k) => k,
                    None => {
                        self.dict_methods.push(key);
                        self.dict_methods.len() - 1
                    }
                };
                fun_text = format!("(func({rtt}{sep}{params})(&.dict[{k}])");
                recv_text = Some(self.text(r).to_string());
                callee = Callee::Dynamic;
                recv = Some(r);
                sig_t = s.ty;
            }
            (ast::ExprKind::Selector { x, sel }, Some(s)) if s.kind == SelectionKind::MethodVal => {
                let sel_pos = self.expr_pos(f);
                let (mut r, iface) = self.method_recv(x, &s.index, s.obj, sel_pos);
                let mut devirt = None;
                callee = if iface {
                    if s.index.len() <= 1 && self.may_devirtualize(x, 0) {
                        if self.go_defer_depth == 0 {
                            devirt = self.devirt_target(x, &sel.name);
                        }
                        let c = devirt.and_then(|(m, _)| self.func_callee(m));
                        if c.is_none() {
                            devirt = None;
                            if !self.never_devirtualized(x) {
                                let what = "interface method call on a value of static \
                                            concrete type (gc devirtualizes it)";
                                let u = super::Unsupported { pos, what: what.into() };
                                self.unsupported.push(u);
                            }
                        }
                        c.map_or(Callee::Interface, Callee::Static)
                    } else {
                        Callee::Interface
                    }
                } else if self.generic_fds.contains_key(&s.obj) {
                    let xt = self.type_of(x);
                    let shaped = if s.index.len() == 1 {
                        self.shape_method(s.obj, xt, sel.id.0)
                    } else {
                        None
                    };
                    let Some((sf, name, dict)) = shaped else {
                        return self.placeholder(e, "call of a method of a generic type");
                    };
                    if !self.subst.is_empty() {
                        // Inside a shape body the callee gets a sub-dictionary.
                        self.unsupported_m2(pos, "-m=2 texts of sub-dictionary calls");
                    }
                    generic_method = Some((name, dict));
                    Callee::Static(StaticCallee::Local(sf))
                } else {
                    match self.func_callee(s.obj) {
                        Some(c) => Callee::Static(c),
                        None => return self.placeholder(e, "call of this method"),
                    }
                };
                if let Some((m, t)) = devirt {
                    // gc's devirtualizer: `x.M(…)` → `T.M(x.(T), …)`.
                    let tt = self.type_text(t);
                    let msg = format!("devirtualizing {}.{} to {tt}", self.text(r), sel.name);
                    self.p.devirtualized.push((self.cur, pos, msg));
                    let text = format!("{}.({tt})", self.text(r));
                    let dpos = if self.version.is_127() { pos } else { sel_pos };
                    let ty = self.ty(t);
                    r = self.mk(ExprKind::TypeAssert(r), ty, dpos, text);
                    let want_ptr =
                        self.c.method_recv.get(&m).is_some_and(|rt| {
                            matches!(self.c.types.kind(*rt), TypeKind::Pointer(_))
                        });
                    if let (false, TypeKind::Pointer(el)) = (want_ptr, self.c.types.kind(t).clone())
                    {
                        // The implicit dereference prints as its operand, at the selector.
                        let ety = self.ty(el);
                        let text = self.text(r).to_string();
                        r = self.mk(ExprKind::Deref(r), ety, sel_pos, text);
                    }
                    fun_text = format!("{}.{}", self.recv_type_text(m), sel.name);
                    recv_text = Some(self.text(r).to_string());
                } else if iface {
                    fun_text = format!("{}.{}", self.text(r), sel.name);
                    match self.callee_spill(x) {
                        Some(false) => {}
                        Some(true) => spill = Some((self.type_of(x), format!(".{}", sel.name))),
                        None => self.unsupported(x.span, "callee temporary of this receiver"),
                    }
                } else if let Some((name, dict)) = generic_method.take() {
                    fun_text = name;
                    recv_text = Some(self.text(r).to_string());
                    dict_text = Some(dict);
                } else {
                    // gc rewrites static method calls to method-expression calls.
                    fun_text = format!("{}.{}", self.recv_type_text(s.obj), sel.name);
                    recv_text = Some(self.text(r).to_string());
                }
                recv = Some(r);
                sig_t = s.ty;
            }
            (ast::ExprKind::Selector { x, sel }, Some(s))
                if s.kind == SelectionKind::MethodExpr =>
            {
                if args_ast.is_empty() {
                    return self.placeholder(e, "method expression call");
                }
                callee = match self.func_callee(s.obj) {
                    Some(c) => Callee::Static(c),
                    None => return self.placeholder(e, "call of this method"),
                };
                let _ = x;
                fun_text = format!("{}.{}", self.recv_type_text(s.obj), sel.name);
                let first = args_ast.remove(0);
                let r = self.expr(first);
                recv_text = Some(self.text(r).to_string());
                recv = Some(r);
                let full = self.type_of(f);
                sig_t = self.drop_first_param(full);
            }
            _ => {
                // An index expression is an instantiation unless it indexes a slice, an
                // array (or a pointer to one) or a map.
                let element = match &f.kind {
                    ast::ExprKind::Index { x, indices } if indices.len() == 1 => {
                        let xt = self.type_of(x);
                        let xu = self.c.under(xt);
                        matches!(
                            self.c.types.kind(xu),
                            TypeKind::Slice(_)
                                | TypeKind::Array(..)
                                | TypeKind::Map(..)
                                | TypeKind::Pointer(_)
                        )
                    }
                    _ => false,
                };
                let inst = |id: ast::NodeId| {
                    self.info.instances.get(id.index()).is_some_and(|i| i.is_some())
                };
                let std_generic = match &strip(f).kind {
                    ast::ExprKind::Selector { sel, .. } => inst(f.id) || inst(sel.id),
                    ast::ExprKind::Index { x, .. } => {
                        matches!(strip(x).kind, ast::ExprKind::Selector { .. })
                    }
                    _ => false,
                };
                let generic = self.info.instances.get(f.id.index()).is_some_and(|i| i.is_some())
                    || matches!(&f.kind, ast::ExprKind::Index { .. }) && !element
                    || std_generic;
                if generic {
                    let found = match self.generic_call(f) {
                        Some((sf, n, d, t)) => {
                            Some((Callee::Static(StaticCallee::Local(sf)), n, d, t))
                        }
                        None => self.std_generic_call(f, pos),
                    };
                    let Some((c, name, dict, inst_t)) = found else {
                        let what = if std_generic {
                            "call of a std generic function at shapes not recorded"
                        } else {
                            "call of a generic function"
                        };
                        return self.placeholder(e, what);
                    };
                    sig_t = inst_t;
                    callee = c;
                    fun_e = None;
                    fun_text = name;
                    dict_text = Some(dict);
                } else {
                    if let ast::ExprKind::Selector { sel, .. } = &f.kind {
                        if self.info.instances.get(sel.id.index()).is_some_and(|i| i.is_some()) {
                            return self.placeholder(e, "call of a generic function");
                        }
                    }
                    let mut fsig = self.type_of(f);
                    match self.callee_spill(f) {
                        Some(false) => {}
                        Some(true) => spill = Some((fsig, String::new())),
                        None => self.unsupported(f.span, "callee temporary of this callee"),
                    }
                    let mexpr = if args_ast.is_empty() { None } else { self.method_expr_value(f) };
                    let (c, fe) = match mexpr {
                        // gc's StaticValue resolves the callee to the method; the receiver
                        // is the first argument.
                        Some(c) => {
                            let fe = self.expr(f);
                            let first = args_ast.remove(0);
                            let r = self.expr(first);
                            recv_text = Some(self.text(r).to_string());
                            recv = Some(r);
                            fsig = self.drop_first_param(fsig);
                            (Some(Callee::Static(c)), Some(fe))
                        }
                        None => self.callee(f),
                    };
                    sig_t = fsig;
                    callee = match c {
                        Some(c) => c,
                        None => return self.placeholder(e, "call of a generic function"),
                    };
                    fun_e = fe;
                    fun_text = match fe {
                        Some(x) => self.prec_operand(x),
                        None => self.src.get(f.span.range()).unwrap_or("").to_string(),
                    };
                }
            }
        }
        let u = self.c.under(sig_t);
        let TypeKind::Func(sig) = self.c.types.kind(u).clone() else {
            return self.placeholder(e, "call of a non-function");
        };
        let (lowered, texts) = match self.args(&sig, &args_ast, spread, pos, e) {
            Some(x) => x,
            None => return self.placeholder(e, "multi-value argument"),
        };
        let fun_text = match spill {
            Some((t, suffix)) => {
                let ty = self.ty(t);
                let tmp = self.temp(ty, pos);
                format!("{}{suffix}", self.p.var(tmp).name)
            }
            None => fun_text,
        };
        let mut all = Vec::new();
        all.extend(recv_text);
        all.extend(dict_text);
        all.extend(texts);
        let text = format!("{fun_text}({}{})", all.join(", "), if spread { "..." } else { "" });
        let (ty, results) = match sig.results.len() {
            0 => (Ty::default(), 0),
            1 => (self.ty(sig.results[0].ty), 1),
            n => (Ty::default(), n),
        };
        let call = Call { callee, fun: fun_e, recv, args: lowered, results };
        self.mk(ExprKind::Call(call), ty, pos, text)
    }

    /// Whether gc's front end spills the callee expression `e` (or an interface method
    /// call's receiver) into a temporary: it does when `e` holds a call, a builtin other
    /// than `new` or a receive, outside function literal bodies and constants (verified on
    /// go1.23 and go1.27, `tests/extra/callee_temps*.go`). `None` when unsure.
    pub(super) fn callee_spill(&self, e: &ast::Expr) -> Option<bool> {
        use ast::ExprKind as K;
        if self.tv(e.id).is_some_and(|t| t.mode == Mode::Constant) {
            return Some(false);
        }
        let any = |l: &Self, xs: &mut dyn Iterator<Item = &ast::Expr>| -> Option<bool> {
            let mut r = false;
            for x in xs {
                r |= l.callee_spill(x)?;
            }
            Some(r)
        };
        match &e.kind {
            K::Call { fun, args, .. } => match self.tv(fun.id).map(|t| t.mode) {
                Some(Mode::TypeExpr) => any(self, &mut args.iter()),
                Some(Mode::Builtin(B::New)) => match any(self, &mut args.iter()) {
                    Some(false) => Some(false),
                    _ => None,
                },
                Some(_) => Some(true),
                None => None,
            },
            K::Unary { op: UnaryOp::Recv, .. } => Some(true),
            K::Unary { x, .. }
            | K::Paren(x)
            | K::Star(x)
            | K::Selector { x, .. }
            | K::TypeAssert { x, .. } => self.callee_spill(x),
            K::Index { x, indices } => any(self, &mut std::iter::once(&**x).chain(indices)),
            K::Slice { x, low, high, max, .. } => any(
                self,
                &mut std::iter::once(&**x)
                    .chain(low.as_deref())
                    .chain(high.as_deref())
                    .chain(max.as_deref()),
            ),
            K::Binary { x, y, .. } => any(self, &mut [&**x, &**y].into_iter()),
            K::Ident(_) | K::BasicLit(_) | K::FuncLit { .. } => Some(false),
            _ => None,
        }
    }

    /// The shape instantiation called by `f` (`F` or `F[int]`): (function, printed name,
    /// dictionary argument text).
    fn generic_call(&mut self, f: &ast::Expr) -> Option<(FuncId, String, String, TypeId)> {
        let id = match &f.kind {
            ast::ExprKind::Ident(id) => id,
            ast::ExprKind::Index { x, .. } => match &strip(x).kind {
                ast::ExprKind::Ident(id) => id,
                _ => return None,
            },
            _ => return None,
        };
        let inst = self.info.instances.get(id.id.index()).cloned().flatten()?;
        let obj = self.obj_of(id.id)?;
        let (sf, name, dict) = self.shape_callee(obj, &inst.targs, id.id.0)?;
        Some((sf, name, dict, inst.ty))
    }

    /// The method a local func variable statically holds (defined once from a method
    /// expression `T.M`, never reassigned nor address-taken).
    fn method_expr_value(&mut self, f: &ast::Expr) -> Option<StaticCallee> {
        let ast::ExprKind::Ident(id) = &f.kind else { return None };
        let obj = self.obj_of(id.id)?;
        if self.stainted.contains(&obj) || self.srhs.get(&obj).map_or(0, Vec::len) != 1 {
            return None;
        }
        let def = self.sdefs.get(&obj)?.clone();
        let d = strip(&def);
        let s = self.info.selections.get(d.id.index()).cloned().flatten()?;
        if s.kind != SelectionKind::MethodExpr || s.index.len() != 1 {
            return None;
        }
        self.func_callee(s.obj)
    }

    /// A method's receiver type as gc prints it in a method expression: `T` or `(*T)`.
    fn recv_type_text(&mut self, method: escapade_types::ObjId) -> String {
        let Some(rt) = self.c.method_recv.get(&method).copied() else { return "?".into() };
        match self.c.types.kind(rt).clone() {
            TypeKind::Pointer(e) => format!("(*{})", self.type_text(e)),
            _ => self.type_text(rt),
        }
    }

    fn drop_first_param(&mut self, t: TypeId) -> TypeId {
        let u = self.c.under(t);
        let TypeKind::Func(mut sig) = self.c.types.kind(u).clone() else { return t };
        if !sig.params.is_empty() {
            sig.params.remove(0);
        }
        self.c.types.func(sig)
    }

    /// The callee of a plain call `f(…)`: (callee, function operand to evaluate).
    fn callee(&mut self, f: &ast::Expr) -> (Option<Callee>, Option<ExprId>) {
        match &f.kind {
            ast::ExprKind::Ident(id) => {
                let obj = self.obj_of(id.id);
                match obj.map(|o| self.c.obj(o).kind.clone()) {
                    Some(ObjKind::Func { .. }) => {
                        let o = obj.unwrap_or(escapade_types::ObjId(0));
                        match self.func_callee(o) {
                            Some(c) => (Some(Callee::Static(c)), None),
                            None => (None, None),
                        }
                    }
                    Some(ObjKind::Var { .. }) => {
                        if obj.is_some_and(|o| self.assigned_method_expr(o)) {
                            self.unsupported(
                                f.span,
                                "call of a method expression through a variable",
                            );
                        }
                        let fe = self.expr(f);
                        let c = obj.and_then(|o| self.var_callee(o)).unwrap_or(Callee::Dynamic);
                        (Some(c), Some(fe))
                    }
                    _ => (Some(Callee::Dynamic), Some(self.expr(f))),
                }
            }
            ast::ExprKind::Selector { sel, .. } => {
                let obj = self.obj_of(sel.id);
                match obj.map(|o| self.c.obj(o).kind.clone()) {
                    Some(ObjKind::Func { .. }) => {
                        let o = obj.unwrap_or(escapade_types::ObjId(0));
                        match self.func_callee(o) {
                            Some(c) => (Some(Callee::Static(c)), None),
                            None => (None, None),
                        }
                    }
                    _ => (Some(Callee::Dynamic), Some(self.expr(f))),
                }
            }
            ast::ExprKind::FuncLit { .. } => {
                let fe = self.expr(f);
                match self.p.expr(fe).kind {
                    ExprKind::FuncLit(id) => {
                        (Some(Callee::Static(StaticCallee::Local(id))), Some(fe))
                    }
                    _ => (Some(Callee::Dynamic), Some(fe)),
                }
            }
            _ => (Some(Callee::Dynamic), Some(self.expr(f))),
        }
    }

    /// Arguments converted to their parameters, with the implicit `...` slice; also the
    /// printed argument texts. `None` for a multi-value argument.
    fn args(
        &mut self,
        sig: &Signature,
        args: &[&ast::Expr],
        spread: bool,
        call_pos: crate::ir::Pos,
        e: &ast::Expr,
    ) -> Option<(Vec<ExprId>, Vec<String>)> {
        // A multi-value call as the only argument (`f(g())`, also spread into a variadic
        // `fmt.Println(g())`): gc assigns the results to numbered `.autotmp_N` first.
        if args.len() == 1 {
            let t = self.type_of(args[0]);
            if matches!(self.c.types.kind(t), TypeKind::Tuple(_)) {
                return None;
            }
        }
        let n = sig.params.len();
        let mut out = Vec::new();
        let mut texts = Vec::new();
        let fixed = if sig.variadic && !spread { n.saturating_sub(1) } else { n };
        for (i, a) in args.iter().enumerate().take(fixed) {
            let pt = sig.params.get(i).map(|p| p.ty);
            let x = match pt {
                Some(pt) => self.value_to(a, pt),
                None => self.expr(a),
            };
            texts.push(self.text(x).to_string());
            out.push(x);
        }
        if sig.variadic && !spread {
            let st = sig.params.last().map(|p| p.ty).unwrap_or_else(|| self.c.types.invalid());
            let su = self.c.under(st);
            let et = match self.c.types.kind(su) {
                TypeKind::Slice(e) => *e,
                _ => st,
            };
            let mut elems = Vec::new();
            for a in args.iter().skip(fixed) {
                let el = self.value_to(a, et);
                // gc rewrites a variadic element's constant operand before escape analysis:
                // its `-m=2` explanations print the constant too (`from 255 (spill)`).
                if let ExprKind::ConvIface { rewritten_text: Some(t), .. } = &self.p.expr(el).kind {
                    if self.version.is_127() {
                        self.p.exprs[el.0 as usize].text = t.clone();
                    }
                }
                elems.push(el);
            }
            // gc prints the implicit slice as its own operand followed by `...`.
            texts.push(if elems.is_empty() { "nil...".into() } else { "... argument...".into() });
            let ty = self.ty(st);
            let slice = if elems.is_empty() {
                self.mk(ExprKind::Const, ty, call_pos, "nil".into())
            } else {
                self.mk(ExprKind::SliceLit(elems), ty, call_pos, "... argument".into())
            };
            out.push(slice);
        }
        let _ = e;
        Some((out, texts))
    }

    fn conversion(&mut self, e: &ast::Expr, fun: &ast::Expr, args: &[ast::Expr]) -> ExprId {
        let Some(x) = args.first() else { return self.placeholder(e, "conversion") };
        let target = self.type_of(e);
        let src = self.type_of(x);
        let xe = self.expr(x);
        // At the operand's syntax position: a conversion operand is at its `(`.
        let pos = self.conv_pos.get(&xe).copied().unwrap_or(self.p.expr(xe).pos);
        let tt = self.type_text(target);
        let mut text = if self.is_named(target)
            && !matches!(strip(fun).kind, ast::ExprKind::Paren(_))
            || self.is_named(target)
        {
            format!("{tt}({})", self.text(xe))
        } else {
            format!("({tt})({})", self.text(xe))
        };
        let ty = self.ty(target);
        let tu = self.c.under(target);
        let su = self.c.under(src);
        let tk = self.c.types.kind(tu).clone();
        let sk = self.c.types.kind(su).clone();
        let elem_basic = |l: &mut Self, t: TypeId| l.basic(t).map(|k| k.canonical());
        let kind = match (&tk, &sk) {
            (TypeKind::Interface(_), _) if !matches!(sk, TypeKind::Interface(_)) => {
                let rewritten_text = self.rewritten_conv_text(xe, src);
                ExprKind::ConvIface { x: xe, rewritten_text }
            }
            (TypeKind::Interface(_), _) => ExprKind::ConvIface { x: xe, rewritten_text: None },
            (TypeKind::Basic(k), TypeKind::Slice(el)) if k.is_string() => {
                match elem_basic(self, *el) {
                    Some(BasicKind::Int32) => {
                        ExprKind::StrConv { x: xe, op: StrConvOp::RunesToString }
                    }
                    _ => ExprKind::StrConv { x: xe, op: StrConvOp::BytesToString },
                }
            }
            (TypeKind::Basic(k), TypeKind::Basic(s)) if k.is_string() && s.is_integer() => {
                ExprKind::StrConv { x: xe, op: StrConvOp::RuneToString }
            }
            (TypeKind::Slice(el), TypeKind::Basic(s)) if s.is_string() => {
                match elem_basic(self, *el) {
                    Some(BasicKind::Int32) => {
                        // gc turns a constant string's runes into a slice literal.
                        let konst = self.tv(strip(x).id).and_then(|tv| tv.value.as_ref());
                        if let Some(Value::Str(b)) = konst {
                            let dots = if b.is_empty() { "" } else { "..." };
                            text = format!("{tt}{{{dots}}}");
                        }
                        ExprKind::StrConv { x: xe, op: StrConvOp::StringToRunes }
                    }
                    _ => ExprKind::StrConv { x: xe, op: StrConvOp::StringToBytes },
                }
            }
            (TypeKind::Basic(BasicKind::UnsafePointer), TypeKind::Basic(BasicKind::Uintptr)) => {
                ExprKind::UnsafePointerFromUintptr(xe)
            }
            (TypeKind::Array(..), TypeKind::Slice(_)) => ExprKind::SliceToArray(xe),
            (TypeKind::Pointer(_), TypeKind::Slice(_)) => ExprKind::SliceToArrayPtr(xe),
            _ => ExprKind::Conv(xe),
        };
        let to_itab = matches!(kind, ExprKind::ConvIface { .. });
        let id = self.mk(kind, ty, pos, text);
        if to_itab {
            self.note_itab(id, target);
        }
        let own = self.pos_span(self.find(fun.span.end as usize, "("), e.span);
        self.conv_pos.insert(id, own);
        id
    }

    fn builtin(&mut self, e: &ast::Expr, b: B, args: &[ast::Expr], spread: bool) -> ExprId {
        let pos = self.expr_pos(e);
        let t = self.type_of(e);
        let ty = self.ty(t);
        let name = match b {
            B::Add | B::Slice | B::SliceData | B::String | B::StringData => {
                format!("unsafe.{}", b.name())
            }
            _ => b.name().to_string(),
        };
        let plain = |l: &mut Self| -> Vec<ExprId> { args.iter().map(|a| l.expr(a)).collect() };
        let (kind, ids): (ExprKind, Vec<ExprId>) = match b {
            B::Append => {
                let Some(first) = args.first() else { return self.placeholder(e, "append") };
                let s = self.expr(first);
                let st = self.type_of(first);
                let su = self.c.under(st);
                let et = match self.c.types.kind(su) {
                    TypeKind::Slice(x) => *x,
                    _ => st,
                };
                let mut ids = vec![s];
                for a in &args[1..] {
                    let x = if spread { self.expr(a) } else { self.value_to(a, et) };
                    ids.push(x);
                }
                (ExprKind::Builtin(Builtin::Append { args: ids.clone(), ddd: spread }), ids)
            }
            B::Copy if args.len() == 2 => {
                let ids = plain(self);
                (ExprKind::Builtin(Builtin::Copy { dst: ids[0], src: ids[1] }), ids)
            }
            B::Panic if args.len() == 1 => {
                let any = self.c.types.any();
                let x = self.value_to(&args[0], any);
                (ExprKind::Builtin(Builtin::Panic(x)), vec![x])
            }
            B::Min | B::Max => {
                let ids: Vec<ExprId> = args.iter().map(|a| self.value_to(a, t)).collect();
                (ExprKind::Builtin(Builtin::MinMax(ids.clone())), ids)
            }
            B::Clear if args.len() == 1 => {
                let ids = plain(self);
                (ExprKind::Builtin(Builtin::Clear(ids[0])), ids)
            }
            B::SliceData | B::StringData if args.len() == 1 => {
                let ids = plain(self);
                (ExprKind::Builtin(Builtin::UnsafeData(ids[0])), ids)
            }
            B::Add | B::Slice | B::String if args.len() == 2 => {
                let ids = plain(self);
                (ExprKind::Builtin(Builtin::UnsafeAdd { ptr: ids[0], len: ids[1] }), ids)
            }
            B::Delete if args.len() == 2 => {
                let m = self.expr(&args[0]);
                let mt = self.type_of(&args[0]);
                let mu = self.c.under(mt);
                let k = match self.c.types.kind(mu) {
                    TypeKind::Map(k, _) => {
                        let k = *k;
                        self.value_to(&args[1], k)
                    }
                    _ => self.expr(&args[1]),
                };
                (ExprKind::Builtin(Builtin::Discard(vec![m, k])), vec![m, k])
            }
            B::Len
            | B::Cap
            | B::Real
            | B::Imag
            | B::Complex
            | B::Close
            | B::Print
            | B::Println
            | B::Recover => {
                let ids = plain(self);
                (ExprKind::Builtin(Builtin::Discard(ids.clone())), ids)
            }
            B::New => {
                // go1.26's `new(expr)`: gc stores the value in a numbered `.autotmp_N`
                // (`moved to heap: .autotmp_8`), not modelled.
                let of_type = args.first().is_some_and(|a| {
                    self.tv(strip(a).id).is_some_and(|tv| tv.mode == Mode::TypeExpr)
                });
                if !of_type {
                    return self.placeholder(e, "new of an expression");
                }
                let tt = match self.c.types.kind(t) {
                    TypeKind::Pointer(el) => {
                        let el = *el;
                        // A shaped type comes from the dictionary at run time.
                        if self.has_shape(el, 0) {
                            "<node DYNAMICTYPE>".into()
                        } else {
                            self.type_text(el)
                        }
                    }
                    _ => String::new(),
                };
                return self.mk(ExprKind::New, ty, pos, format!("new({tt})"));
            }
            B::Make => return self.make(e, t, args, pos),
            _ => return self.placeholder(e, "builtin"),
        };
        let texts: Vec<String> = ids.iter().map(|i| self.text(*i).to_string()).collect();
        let text = match b {
            // ir/fmt.go has no syntax for these ops: it prints `<node OP>`.
            B::SliceData | B::String | B::StringData => format!("<node {name}>"),
            _ => format!("{name}({}{})", texts.join(", "), if spread { "..." } else { "" }),
        };
        self.mk(kind, ty, pos, text)
    }

    fn make(
        &mut self,
        e: &ast::Expr,
        t: TypeId,
        args: &[ast::Expr],
        pos: crate::ir::Pos,
    ) -> ExprId {
        let ty = self.ty(t);
        let tt = self.type_text(t);
        let sizes: Vec<ExprId> = args.iter().skip(1).map(|a| self.expr(a)).collect();
        let mut text = format!("make({tt}");
        for s in &sizes {
            text.push_str(", ");
            text.push_str(self.text(*s));
        }
        text.push(')');
        let u = self.c.under(t);
        let kind = match self.c.types.kind(u) {
            TypeKind::Slice(_) => {
                let Some(&len) = sizes.first() else { return self.placeholder(e, "make") };
                let cap = sizes.get(1).copied();
                let size_arg = if cap.is_some() { args.get(2) } else { args.get(1) };
                let const_size = size_arg
                    .and_then(|a| self.tv(a.id))
                    .and_then(|tv| tv.value.as_ref())
                    .and_then(|v| v.to_i64());
                let rewrite = self.rewritten_make_size(args, &sizes);
                let (static_size, rewritten_text) = match rewrite {
                    Some((n, t)) => (Some(n), Some(t)),
                    None => (None, None),
                };
                ExprKind::MakeSlice { len, cap, const_size, static_size, rewritten_text }
            }
            TypeKind::Map(..) => ExprKind::MakeMap(sizes.first().copied()),
            TypeKind::Chan(..) => ExprKind::MakeChan(sizes.first().copied()),
            _ => return self.placeholder(e, "make of this type"),
        };
        self.mk(kind, ty, pos, text)
    }
}

/// A character of a string constant, or the code point of a constant printed as a rune
/// literal (`text` quoted with `'`), whose quoting (strconv's `IsPrint`, Go's Unicode 15.0
/// tables) the model does not know: outside ASCII and the ranges below, which are fully
/// assigned in Unicode 15.0 or private use (so the printability rule of `quote_go` holds
/// there).
fn unmodelled_char(v: &Value, text: &str) -> Option<char> {
    const KNOWN: &[(u32, u32)] = &[
        (0x00a0, 0x0377),
        (0x037a, 0x037f),
        (0x0384, 0x038a),
        (0x038c, 0x038c),
        (0x038e, 0x03a1),
        (0x03a3, 0x052f),
        (0x0531, 0x0556),
        (0x0559, 0x058a),
        (0x058d, 0x058f),
        (0x1e00, 0x1eff),
        (0x2000, 0x2064),
        (0x2066, 0x2071),
        (0x2074, 0x208e),
        (0x2090, 0x209c),
        (0x20a0, 0x20c0),
        (0x2100, 0x218b),
        (0x2190, 0x23ff),
        (0x2460, 0x2aff),
        (0x3000, 0x303f),
        (0x3041, 0x3096),
        (0x3099, 0x30ff),
        (0x4e00, 0x9fff),
        (0xac00, 0xd7a3),
        (0xe000, 0xf8ff),
        (0xff01, 0xff9f),
        (0xfff9, 0xfffd),
        (0x1f300, 0x1f64f),
        (0x1f680, 0x1f6d7),
        (0xf0000, 0x10ffff),
    ];
    let known = |c: char| {
        let u = c as u32;
        u < 0x80 || KNOWN.iter().any(|&(lo, hi)| (lo..=hi).contains(&u))
    };
    match v {
        Value::Str(b) => b.utf8_chunks().flat_map(|ch| ch.valid().chars()).find(|&c| !known(c)),
        Value::Int(i) if text.starts_with('\'') => {
            i.to_string().parse::<u32>().ok().and_then(char::from_u32).filter(|&c| !known(c))
        }
        _ => None,
    }
}
