//! A pre-order walk over the expressions of statements, telling whether each one is inside a
//! function literal.

use escapade_syntax::ast;

pub(crate) fn stmts<'a>(list: &'a [ast::Stmt], depth: u32, f: &mut dyn FnMut(&'a ast::Expr, u32)) {
    for s in list {
        stmt(s, depth, f);
    }
}

pub(crate) fn stmt<'a>(s: &'a ast::Stmt, d: u32, f: &mut dyn FnMut(&'a ast::Expr, u32)) {
    use ast::StmtKind as S;
    let ex = |e: &'a ast::Expr, f: &mut dyn FnMut(&'a ast::Expr, u32)| expr(e, d, f);
    match &s.kind {
        S::Decl(decl) => {
            if let ast::DeclKind::Var { specs, .. } = &decl.kind {
                specs.iter().flat_map(|s| s.values.iter()).for_each(|e| ex(e, f));
            }
        }
        S::Labeled { stmt: st, .. } => stmt(st, d, f),
        S::Expr(e) | S::Go(e) | S::Defer(e) | S::IncDec { x: e, .. } => ex(e, f),
        S::Send { chan, value } => {
            ex(chan, f);
            ex(value, f);
        }
        S::Assign { lhs, rhs, .. } | S::Define { lhs, rhs } => {
            lhs.iter().chain(rhs).for_each(|e| ex(e, f));
        }
        S::Return(xs) => xs.iter().for_each(|e| ex(e, f)),
        S::Block(b) => stmts(&b.stmts, d, f),
        S::If { init, cond, then, els } => {
            init.iter().for_each(|s| stmt(s, d, f));
            ex(cond, f);
            stmts(&then.stmts, d, f);
            els.iter().for_each(|s| stmt(s, d, f));
        }
        S::Switch { init, tag, cases } => {
            init.iter().for_each(|s| stmt(s, d, f));
            tag.iter().for_each(|e| ex(e, f));
            for c in cases {
                c.list.iter().flatten().for_each(|e| ex(e, f));
                stmts(&c.body, d, f);
            }
        }
        S::TypeSwitch { init, x, cases, .. } => {
            init.iter().for_each(|s| stmt(s, d, f));
            ex(x, f);
            cases.iter().for_each(|c| stmts(&c.body, d, f));
        }
        S::Select { cases } => {
            for c in cases {
                c.comm.iter().for_each(|s| stmt(s, d, f));
                stmts(&c.body, d, f);
            }
        }
        S::For { init, cond, post, body } => {
            init.iter().for_each(|s| stmt(s, d, f));
            cond.iter().for_each(|e| ex(e, f));
            post.iter().for_each(|s| stmt(s, d, f));
            stmts(&body.stmts, d, f);
        }
        S::Range { key, value, x, body, .. } => {
            key.iter().chain(value.iter()).for_each(|e| ex(e, f));
            ex(x, f);
            stmts(&body.stmts, d, f);
        }
        S::Empty | S::Branch { .. } | S::Bad => {}
    }
}

pub(crate) fn expr<'a>(e: &'a ast::Expr, d: u32, f: &mut dyn FnMut(&'a ast::Expr, u32)) {
    use ast::ExprKind as E;
    f(e, d);
    match &e.kind {
        E::FuncLit { body, .. } => stmts(&body.stmts, d + 1, f),
        E::Paren(x) | E::Star(x) | E::Unary { x, .. } => expr(x, d, f),
        E::Selector { x, .. } | E::TypeAssert { x, .. } => expr(x, d, f),
        E::Index { x, indices } => {
            expr(x, d, f);
            indices.iter().for_each(|i| expr(i, d, f));
        }
        E::Slice { x, low, high, max, .. } => {
            expr(x, d, f);
            [low, high, max].into_iter().flatten().for_each(|i| expr(i, d, f));
        }
        E::Call { fun, args, .. } => {
            expr(fun, d, f);
            args.iter().for_each(|a| expr(a, d, f));
        }
        E::Binary { x, y, .. } => {
            expr(x, d, f);
            expr(y, d, f);
        }
        E::KeyValue { key, value } => {
            expr(key, d, f);
            expr(value, d, f);
        }
        E::CompositeLit { elts, .. } => elts.iter().for_each(|x| expr(x, d, f)),
        _ => {}
    }
}
