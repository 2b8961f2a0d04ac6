//! The stable text dump of a typed package (`escapade dump types FILE`, goldens).
//!
//! Format, per user file:
//! - `file NAME`
//! - package-level objects in source order: `decl LINE:COL KIND NAME : TYPE [= CONST]`
//!   (methods as `func (RECV) NAME`), with `size=N align=N` for named types;
//! - every typed expression in source order: `LINE:COL  EXPR  : MODE TYPE [= CONST]`, and for
//!   identifiers the resolution `-> KIND NAME@LINE:COL` (or `@universe`, `@pkg.Name`);
//!   implicit conversions of untyped values append `(implicit TYPE)`; selections append
//!   `[field|method|methodexpr path=I.J indirect addr]`; instances append `[inst T1, T2]`.

use std::fmt::Write as _;

use escapade_base::LineIndex;
use escapade_syntax::ast::{self, NodeId};

use crate::exprstring::expr_string;
use crate::info::SelectionKind;
use crate::objects::{ObjId, ObjKind};
use crate::Checked;

/// Renders the dump of every user file of `checked` (`texts` are the file texts).
pub fn dump(checked: &mut Checked, names: &[&str], texts: &[&str]) -> String {
    let mut out = String::new();
    for (i, file) in checked.files.clone().iter().enumerate() {
        let idx = LineIndex::new(texts.get(i).copied().unwrap_or(""));
        let _ = writeln!(out, "file {}", names.get(i).copied().unwrap_or("?"));
        let mut exprs: Vec<&ast::Expr> = Vec::new();
        collect_file(file, &mut exprs);
        // Declarations.
        let c = &mut checked.checker;
        c.cur.pkg = crate::objects::PkgId(0);
        let objs = c.pkg_objs.clone();
        for o in objs {
            let Some(pos) = c.obj(o).pos else { continue };
            if pos.file.0 as usize != i {
                continue;
            }
            let lc = idx.line_col(pos.span.start as usize);
            let line = describe_decl(c, o);
            let _ = writeln!(out, "decl {lc} {line}");
        }
        // Expressions.
        escapade_base::sort::stable_sort_by_key(&mut exprs, |e| (e.span.start, e.id));
        for e in exprs {
            let Some(tv) = c.info[i].type_of(e.id).cloned() else { continue };
            let lc = idx.line_col(e.span.start as usize);
            let mut line = format!("{lc}  {}  : {}", expr_string(e), tv.mode.name());
            if !c.types.is_invalid(tv.ty) || tv.mode == crate::info::Mode::Invalid {
                let _ = write!(line, " {}", c.type_string(tv.ty));
            }
            if let Some(v) = &tv.value {
                let _ = write!(line, " = {}", v.exact_string());
            }
            if let Some(t) = c.info[i].implicit.get(e.id.index()).copied().flatten() {
                let _ = write!(line, " (implicit {})", c.type_string(t));
            }
            if let ast::ExprKind::Ident(id) = &e.kind {
                if let Some(o) = c.info[i].uses.get(id.id.index()).copied().flatten() {
                    let _ = write!(line, " -> {}", obj_ref(c, o, &idx, i));
                }
            }
            if let ast::ExprKind::Selector { sel, .. } = &e.kind {
                if let Some(o) = c.info[i].uses.get(sel.id.index()).copied().flatten() {
                    let _ = write!(line, " -> {}", obj_ref(c, o, &idx, i));
                }
            }
            if let Some(s) = c.info[i].selections.get(e.id.index()).cloned().flatten() {
                let kind = match s.kind {
                    SelectionKind::FieldVal => "field",
                    SelectionKind::MethodVal => "method",
                    SelectionKind::MethodExpr => "methodexpr",
                };
                let path: Vec<String> = s.index.iter().map(|i| i.to_string()).collect();
                let _ = write!(line, " [{kind} path={}", path.join("."));
                if s.indirect {
                    line.push_str(" indirect");
                }
                if s.addr {
                    line.push_str(" addr");
                }
                line.push(']');
            }
            if let Some(inst) = c.info[i].instances.get(e.id.index()).cloned().flatten() {
                let args: Vec<String> = inst.targs.iter().map(|&t| c.type_string(t)).collect();
                let _ = write!(line, " [inst {}]", args.join(", "));
            }
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

fn describe_decl(c: &mut crate::Checker, o: ObjId) -> String {
    let t = c.obj_type(o);
    let obj = c.obj(o).clone();
    let ts = c.type_string(t);
    match &obj.kind {
        ObjKind::Const { value } => {
            let v = value.as_ref().map(|v| format!(" = {}", v.exact_string())).unwrap_or_default();
            format!("const {} : {ts}{v}", obj.name)
        }
        ObjKind::Var { .. } => format!("var {} : {ts}", obj.name),
        ObjKind::TypeName { alias: true } => format!("type {} = {ts}", obj.name),
        ObjKind::TypeName { .. } => {
            let u = c.under(t);
            let us = c.type_string(u);
            let (size, align) = if c.types.named(t).is_some_and(|n| !n.tparams.is_empty()) {
                (0, 0)
            } else {
                c.size_align(t)
            };
            format!("type {} {us} size={size} align={align}", obj.name)
        }
        ObjKind::Func { method: true, .. } => {
            let recv = c.method_recv.get(&o).copied().map(|r| c.type_string(r)).unwrap_or_default();
            format!("func ({recv}) {} : {ts}", obj.name)
        }
        ObjKind::Func { .. } => format!("func {} : {ts}", obj.name),
        k => format!("{} {}", k.describe(), obj.name),
    }
}

fn obj_ref(c: &crate::Checker, o: ObjId, idx: &LineIndex, file: usize) -> String {
    let obj = c.obj(o);
    let kind = obj.kind.describe();
    match obj.pos {
        None => format!("{kind} {}@universe", obj.name),
        Some(p) if p.file.0 as usize == file => {
            format!("{kind} {}@{}", obj.name, idx.line_col(p.span.start as usize))
        }
        Some(p) if (p.file.0 as usize) < c.n_user => {
            format!("{kind} {}@file{}", obj.name, p.file.0)
        }
        Some(_) => {
            let pkg = obj.pkg.map(|p| c.pkgs[p.0 as usize].path.clone()).unwrap_or_default();
            format!("{kind} {}@{pkg}", obj.name)
        }
    }
}

/// Every expression node of a file (preorder), for the dump.
fn collect_file<'a>(f: &'a ast::File, out: &mut Vec<&'a ast::Expr>) {
    for d in &f.decls {
        decl(d, out);
    }
}

fn decl<'a>(d: &'a ast::Decl, out: &mut Vec<&'a ast::Expr>) {
    match &d.kind {
        ast::DeclKind::Const { specs, .. } | ast::DeclKind::Var { specs, .. } => {
            for s in specs {
                if let Some(t) = &s.ty {
                    expr(t, out);
                }
                for v in &s.values {
                    expr(v, out);
                }
            }
        }
        ast::DeclKind::Type { specs, .. } => {
            for s in specs {
                if let Some(tp) = &s.type_params {
                    fields(tp, out);
                }
                expr(&s.ty, out);
            }
        }
        ast::DeclKind::Func(fd) => {
            if let Some(r) = &fd.recv {
                fields(r, out);
            }
            if let Some(tp) = &fd.type_params {
                fields(tp, out);
            }
            func_type(&fd.sig, out);
            if let Some(b) = &fd.body {
                block(b, out);
            }
        }
        ast::DeclKind::Bad => {}
    }
}

fn fields<'a>(fl: &'a ast::FieldList, out: &mut Vec<&'a ast::Expr>) {
    for f in &fl.fields {
        expr(&f.ty, out);
    }
}

fn func_type<'a>(ft: &'a ast::FuncType, out: &mut Vec<&'a ast::Expr>) {
    fields(&ft.params, out);
    if let Some(r) = &ft.results {
        fields(r, out);
    }
}

fn block<'a>(b: &'a ast::Block, out: &mut Vec<&'a ast::Expr>) {
    for s in &b.stmts {
        stmt(s, out);
    }
}

fn stmt<'a>(s: &'a ast::Stmt, out: &mut Vec<&'a ast::Expr>) {
    use ast::StmtKind::*;
    match &s.kind {
        Decl(d) => decl(d, out),
        Empty | Bad | Branch { .. } => {}
        Labeled { stmt: st, .. } => stmt(st, out),
        Expr(e) | Go(e) | Defer(e) => expr(e, out),
        Send { chan, value } => {
            expr(chan, out);
            expr(value, out);
        }
        IncDec { x, .. } => expr(x, out),
        Assign { lhs, rhs, .. } | Define { lhs, rhs } => {
            lhs.iter().chain(rhs.iter()).for_each(|e| expr(e, out));
        }
        Return(rs) => rs.iter().for_each(|e| expr(e, out)),
        Block(b) => block(b, out),
        If { init, cond, then, els } => {
            if let Some(i) = init {
                stmt(i, out);
            }
            expr(cond, out);
            block(then, out);
            if let Some(e) = els {
                stmt(e, out);
            }
        }
        Switch { init, tag, cases } => {
            if let Some(i) = init {
                stmt(i, out);
            }
            if let Some(t) = tag {
                expr(t, out);
            }
            for c in cases {
                c.list.iter().flatten().for_each(|e| expr(e, out));
                c.body.iter().for_each(|s| stmt(s, out));
            }
        }
        TypeSwitch { init, x, cases, .. } => {
            if let Some(i) = init {
                stmt(i, out);
            }
            expr(x, out);
            for c in cases {
                c.list.iter().flatten().for_each(|e| expr(e, out));
                c.body.iter().for_each(|s| stmt(s, out));
            }
        }
        Select { cases } => {
            for c in cases {
                if let Some(cm) = &c.comm {
                    stmt(cm, out);
                }
                c.body.iter().for_each(|s| stmt(s, out));
            }
        }
        For { init, cond, post, body } => {
            if let Some(i) = init {
                stmt(i, out);
            }
            if let Some(c) = cond {
                expr(c, out);
            }
            if let Some(p) = post {
                stmt(p, out);
            }
            block(body, out);
        }
        Range { key, value, x, body, .. } => {
            if let Some(k) = key {
                expr(k, out);
            }
            if let Some(v) = value {
                expr(v, out);
            }
            expr(x, out);
            block(body, out);
        }
    }
}

fn expr<'a>(e: &'a ast::Expr, out: &mut Vec<&'a ast::Expr>) {
    use ast::ExprKind::*;
    out.push(e);
    match &e.kind {
        Ident(_) | BasicLit(_) | Bad => {}
        CompositeLit { ty, elts } => {
            if let Some(t) = ty {
                expr(t, out);
            }
            elts.iter().for_each(|x| expr(x, out));
        }
        FuncLit { sig, body } => {
            func_type(sig, out);
            block(body, out);
        }
        Paren(x) | Star(x) | Tilde(x) => expr(x, out),
        Selector { x, .. } => expr(x, out),
        Index { x, indices } => {
            expr(x, out);
            indices.iter().for_each(|i| expr(i, out));
        }
        Slice { x, low, high, max, .. } => {
            expr(x, out);
            for i in [low, high, max].into_iter().flatten() {
                expr(i, out);
            }
        }
        TypeAssert { x, ty } => {
            expr(x, out);
            if let Some(t) = ty {
                expr(t, out);
            }
        }
        Call { fun, args, .. } => {
            expr(fun, out);
            args.iter().for_each(|a| expr(a, out));
        }
        Unary { x, .. } => expr(x, out),
        Binary { x, y, .. } => {
            expr(x, out);
            expr(y, out);
        }
        KeyValue { key, value } => {
            expr(key, out);
            expr(value, out);
        }
        ArrayType { len, elem } => {
            if let Some(l) = len {
                expr(l, out);
            }
            expr(elem, out);
        }
        SliceType { elem } => expr(elem, out),
        MapType { key, value } => {
            expr(key, out);
            expr(value, out);
        }
        ChanType { elem, .. } => expr(elem, out),
        FuncType(ft) => func_type(ft, out),
        StructType { fields: f } => fields(f, out),
        InterfaceType { elems } => {
            for el in elems {
                match &el.kind {
                    ast::InterfaceElemKind::Method { sig, .. } => func_type(sig, out),
                    ast::InterfaceElemKind::Embed(t) => expr(t, out),
                }
            }
        }
        Union(ts) => ts.iter().for_each(|t| expr(t, out)),
    }
}

#[allow(dead_code)]
fn unused(_: NodeId) {}
