//! Expressions as types2 prints them in messages (`syntax.String` short form: composite
//! literal and function literal bodies become `{…}`).

use escapade_syntax::ast::*;

/// The short-form text of an expression.
pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

fn write_list(out: &mut String, list: &[Expr]) {
    for (i, e) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, e);
    }
}

fn write_expr(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Ident(id) => out.push_str(&id.name),
        ExprKind::BasicLit(l) => out.push_str(&l.raw),
        ExprKind::CompositeLit { ty, .. } => {
            if let Some(t) = ty {
                write_expr(out, t);
            }
            out.push_str("{…}");
        }
        ExprKind::FuncLit { sig, .. } => {
            write_func_type(out, sig, true);
            out.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(out, x);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(out, x);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, indices } => {
            write_expr(out, x);
            out.push('[');
            write_list(out, indices);
            out.push(']');
        }
        ExprKind::Slice { x, low, high, max, three } => {
            write_expr(out, x);
            out.push('[');
            if let Some(l) = low {
                write_expr(out, l);
            }
            out.push(':');
            if let Some(h) = high {
                write_expr(out, h);
            }
            if *three {
                out.push(':');
                if let Some(m) = max {
                    write_expr(out, m);
                }
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(out, x);
            out.push_str(".(");
            match ty {
                Some(t) => write_expr(out, t),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call { fun, args, spread } => {
            write_expr(out, fun);
            out.push('(');
            write_list(out, args);
            if *spread {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(out, x);
        }
        ExprKind::Unary { op, x } => {
            out.push_str(op.as_str());
            write_expr(out, x);
        }
        ExprKind::Binary { op, x, y } => {
            write_binary_operand(out, x, op.precedence());
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_binary_operand(out, y, op.precedence() + 1);
        }
        ExprKind::KeyValue { key, value } => {
            write_expr(out, key);
            out.push_str(": ");
            write_expr(out, value);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                Some(l) => write_expr(out, l),
                None => out.push_str("..."),
            }
            out.push(']');
            write_expr(out, elem);
        }
        ExprKind::SliceType { elem } => {
            out.push_str("[]");
            write_expr(out, elem);
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            write_expr(out, key);
            out.push(']');
            write_expr(out, value);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(out, elem);
        }
        ExprKind::FuncType(ft) => write_func_type(out, ft, true),
        ExprKind::StructType { fields } => {
            out.push_str("struct{");
            for (i, f) in fields.fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                write_field(out, f);
            }
            out.push('}');
        }
        ExprKind::InterfaceType { elems } => {
            out.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match &el.kind {
                    InterfaceElemKind::Method { name, sig } => {
                        out.push_str(&name.name);
                        write_func_type(out, sig, false);
                    }
                    InterfaceElemKind::Embed(t) => write_expr(out, t),
                }
            }
            out.push('}');
        }
        ExprKind::Tilde(x) => {
            out.push('~');
            write_expr(out, x);
        }
        ExprKind::Union(terms) => {
            for (i, t) in terms.iter().enumerate() {
                if i > 0 {
                    out.push_str(" | ");
                }
                write_expr(out, t);
            }
        }
        ExprKind::Bad => out.push_str("BadExpr"),
    }
}

fn write_binary_operand(out: &mut String, e: &Expr, min_prec: u8) {
    if let ExprKind::Binary { op, .. } = &e.kind {
        if op.precedence() < min_prec {
            out.push('(');
            write_expr(out, e);
            out.push(')');
            return;
        }
    }
    write_expr(out, e);
}

fn write_field(out: &mut String, f: &Field) {
    for (i, n) in f.names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&n.name);
    }
    if !f.names.is_empty() {
        out.push(' ');
    }
    if f.variadic {
        out.push_str("...");
    }
    write_expr(out, &f.ty);
}

fn write_func_type(out: &mut String, ft: &FuncType, keyword: bool) {
    if keyword {
        out.push_str("func");
    }
    out.push('(');
    for (i, f) in ft.params.fields.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_field(out, f);
    }
    out.push(')');
    if let Some(res) = &ft.results {
        out.push(' ');
        let paren = res.fields.len() > 1 || res.fields.iter().any(|f| !f.names.is_empty());
        if paren {
            out.push('(');
        }
        for (i, f) in res.fields.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            write_field(out, f);
        }
        if paren {
            out.push(')');
        }
    }
}
