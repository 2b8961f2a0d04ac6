//! The `as: …` text of `-m=2`'s `can inline F with cost N as: SIG { BODY }`: gc prints the
//! function's type and its type-checked body with its IR formatter (statements separated by
//! `; `, loops as `for loop`, switches as `switch statement`, closures as `func literal`,
//! composite literals as `T{...}`, `var x T` as `x = <nil>`, `var x = v` as `x := v`).
//!
//! Statements, operators (with gc's printing precedence) and calls are printed here from
//! the typed AST; other expressions reuse the texts the lowering gave the IR nodes at the
//! same source span (the `%v` texts escape messages print). A construct whose text is not
//! certain is an error naming it, and the caller refuses the file's `-m=2` output instead
//! of printing a guess.
//!
//! Details of gc's body at that point that show in the text:
//! * a two-value assignment from a comma-ok form or a two-result call reads two temporaries
//!   (`v, ok := int(.autotmp_4), .autotmp_5`), numbered by the function's declarations so
//!   far (receiver, parameters, results, then locals in source order);
//! * an `if` whose init declares variables (or is such an assignment) prints without it;
//! * an interface method call prints as written (the devirtualizer runs later).

use std::collections::BTreeMap;

use escapade_base::Span;
use escapade_syntax::ast::{self, BinaryOp, BranchKind, StmtKind, UnaryOp};
use escapade_types::info::FileInfo;
use escapade_types::{Checker, PkgId, TypeId, TypeKind};

use crate::ir::Program;
use crate::typetext::{has_name, type_text};

/// Expression texts of a program by source span (the outermost node created last wins:
/// an implicit conversion prints as its operand anyway), and its devirtualized calls.
pub struct Texts<'p> {
    by_span: BTreeMap<(u32, u32), &'p str>,
    devirt: Vec<Span>,
}

impl<'p> Texts<'p> {
    pub fn new(prog: &'p Program) -> Texts<'p> {
        let mut by_span = BTreeMap::new();
        for e in &prog.exprs {
            let s = e.pos.span;
            // An explicit conversion sits at its operand's span: the operand keeps it.
            if conv_operand(e).is_some_and(|x| prog.expr(x).pos.span == s) {
                continue;
            }
            if s.end > s.start {
                by_span.insert((s.start, s.end), e.text.as_str());
            }
        }
        let devirt = prog.devirtualized.iter().map(|(_, p, _)| p.span).collect();
        Texts { by_span, devirt }
    }

    fn get(&self, span: Span) -> Option<&'p str> {
        self.by_span.get(&(span.start, span.end)).copied()
    }
}

/// Prints one function's `SIG { BODY }`.
pub struct Printer<'a, 'p> {
    pub c: &'a Checker,
    pub info: &'a FileInfo,
    pub texts: &'a Texts<'p>,
    pub user_pkg: Option<PkgId>,
    pub src: &'a str,
    /// Declarations of the function so far (gc's `fn.Dcl`), `None` once unknown.
    dcls: Option<usize>,
}

type Res<T> = Result<T, String>;

/// gc's printing precedence of a node kind that has none (`OADDSTR`, `OCLOSURE`,
/// `OPTRLIT`, `OREAL`…): always parenthesised as an operand.
const NO_PREC: u8 = 0;
const UNARY: u8 = 7;
const PRIMARY: u8 = 8;

impl<'a, 'p> Printer<'a, 'p> {
    pub fn new(
        c: &'a Checker,
        info: &'a FileInfo,
        texts: &'a Texts<'p>,
        user_pkg: Option<PkgId>,
        src: &'a str,
    ) -> Self {
        Printer { c, info, texts, user_pkg, src, dcls: None }
    }

    /// `SIG { BODY }` of a function whose (receiver-less) signature type is `sig`; `recv`
    /// is the receiver's type of a method.
    pub fn func(&mut self, recv: Option<TypeId>, sig: TypeId, body: &ast::Block) -> Res<String> {
        let TypeKind::Func(s) = self.c.types.kind(sig) else {
            return Err("a function type".into());
        };
        self.dcls = Some(recv.is_some() as usize + s.params.len() + s.results.len());
        let mut t = type_text(self.c, self.user_pkg, sig);
        if let Some(r) = recv {
            t = format!("method({}) {t}", type_text(self.c, self.user_pkg, r));
        }
        let body = self.stmts(&body.stmts)?;
        if body.contains("go.shape") {
            return Err("the cost of a call to a generic function".into());
        }
        Ok(format!("{t} {{ {body} }}"))
    }

    fn stmts(&mut self, list: &[ast::Stmt]) -> Res<String> {
        let mut out = Vec::new();
        for s in list {
            self.stmt(s, &mut out)?;
        }
        Ok(out.join("; "))
    }

    fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<String>) -> Res<()> {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => match &d.kind {
                ast::DeclKind::Var { specs, .. } => {
                    for sp in specs {
                        self.declare(sp.names.iter());
                        if sp.values.is_empty() {
                            for n in &sp.names {
                                out.push(format!("{} = <nil>", name(n)));
                            }
                        } else if let ([n], [v]) = (&sp.names[..], &sp.values[..]) {
                            out.push(format!("{} := {}", name(n), self.expr(v, 0)?));
                        } else {
                            return Err("a `var` declaration of several names".into());
                        }
                    }
                }
                ast::DeclKind::Const { .. } | ast::DeclKind::Type { .. } => {}
                _ => return Err("a declaration".into()),
            },
            StmtKind::Labeled { label, stmt } => {
                self.dcls = None;
                out.push(format!("{}: ", label.name));
                self.stmt(stmt, out)?;
            }
            StmtKind::Expr(e) => out.push(self.expr(e, 0)?),
            StmtKind::Send { chan, value } => {
                out.push(format!("{} <- {}", self.expr(chan, 3)?, self.expr(value, 4)?))
            }
            StmtKind::IncDec { x, inc } => {
                out.push(format!("{}{}", self.expr(x, 0)?, if *inc { "++" } else { "--" }))
            }
            StmtKind::Assign { lhs, op: Some(op), rhs } => {
                let (l, r) = (one(lhs)?, one(rhs)?);
                out.push(format!("{} {}= {}", self.expr(l, 0)?, op.as_str(), self.expr(r, 0)?))
            }
            StmtKind::Assign { lhs, op: None, rhs } => out.push(self.assign(lhs, rhs, "=")?),
            StmtKind::Define { lhs, rhs } => {
                let new: Vec<&ast::Ident> = lhs
                    .iter()
                    .filter_map(|e| match &e.kind {
                        ast::ExprKind::Ident(id) if self.defines(id) => Some(id),
                        _ => None,
                    })
                    .collect();
                self.declare(new.into_iter());
                out.push(self.assign(lhs, rhs, ":=")?)
            }
            StmtKind::Go(_) | StmtKind::Defer(_) => return Err("a go/defer statement".into()),
            StmtKind::Return(rs) => {
                if let [r] = &rs[..] {
                    if self.results(r) > 1 {
                        return Err("a return of a multi-value call".into());
                    }
                }
                out.push(format!("return {}", self.list(rs)?))
            }
            StmtKind::Branch { kind, label } => {
                let kw = match kind {
                    BranchKind::Break => "break",
                    BranchKind::Continue => "continue",
                    BranchKind::Goto => "goto",
                    BranchKind::Fallthrough => "fallthrough",
                };
                out.push(match label {
                    Some(l) => format!("{kw} {}", l.name),
                    None => kw.to_string(),
                });
            }
            StmtKind::Block(b) => out.push(self.stmts(&b.stmts)?),
            StmtKind::If { init, cond, then, els } => {
                if let Some(i) = init {
                    let declares = matches!(i.kind, StmtKind::Define { .. });
                    let mut v = Vec::new();
                    self.stmt(i, &mut v)?;
                    if !declares && !v.iter().any(|t| t.contains(".autotmp_")) {
                        return Err("an if statement's init".into());
                    }
                }
                let mut t =
                    format!("if {} {{ {} }}", self.expr(cond, 0)?, self.stmts(&then.stmts)?);
                if let Some(e) = els {
                    let mut v = Vec::new();
                    self.stmt(e, &mut v)?;
                    t.push_str(&format!(" else {{ {} }}", v.join("; ")));
                }
                out.push(t);
            }
            StmtKind::For { .. } | StmtKind::Range { .. } => {
                self.dcls = None;
                out.push("for loop".into())
            }
            StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } => {
                self.dcls = None;
                out.push("switch statement".into())
            }
            StmtKind::Select { .. } => {
                self.dcls = None;
                out.push("select statement".into())
            }
            StmtKind::Bad => return Err("an unparsable statement".into()),
        }
        Ok(())
    }

    fn defines(&self, id: &ast::Ident) -> bool {
        !id.is_blank() && self.info.defs.get(id.id.index()).copied().flatten().is_some()
    }

    fn declare<'x>(&mut self, names: impl Iterator<Item = &'x ast::Ident>) {
        let n = names.filter(|n| !n.is_blank()).count();
        if let Some(d) = self.dcls.as_mut() {
            *d += n;
        }
    }

    /// `lhs OP rhs`; a two-value form reads gc's temporaries.
    fn assign(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr], op: &str) -> Res<String> {
        if let ([_, _], [r]) = (lhs, rhs) {
            let first = self.first_value_type(r)?;
            let n = self.dcls.ok_or("the temporaries of a two-value assignment")?;
            self.dcls = Some(n + 2);
            let t = type_text(self.c, self.user_pkg, first);
            let conv = if has_name(self.c, first) { t } else { format!("({t})") };
            return Ok(format!(
                "{} {op} {conv}(.autotmp_{n}), .autotmp_{}",
                self.list(lhs)?,
                n + 1
            ));
        }
        if lhs.len() != rhs.len() {
            return Err("a multi-value assignment".into());
        }
        Ok(format!("{} {op} {}", self.list(lhs)?, self.list(rhs)?))
    }

    /// The type of the first value of a comma-ok form or two-result call.
    fn first_value_type(&mut self, r: &ast::Expr) -> Res<TypeId> {
        let r = crate::lower::strip(r);
        let t = self.info.type_of(r.id).map(|t| t.ty).ok_or("a two-value assignment's type")?;
        match (&r.kind, self.c.types.kind(t)) {
            (ast::ExprKind::Call { .. }, TypeKind::Tuple(ts)) if ts.len() == 2 => Ok(ts[0]),
            (ast::ExprKind::Call { .. }, _) => Err("a multi-value call".into()),
            (ast::ExprKind::TypeAssert { .. }, TypeKind::Tuple(ts)) if ts.len() == 2 => Ok(ts[0]),
            (ast::ExprKind::TypeAssert { .. }, _) => Ok(t),
            (ast::ExprKind::Index { x, .. }, _) => {
                let xt = self.info.type_of(x.id).map(|t| t.ty).ok_or("a map type")?;
                let u = under(self.c, xt);
                match self.c.types.kind(u) {
                    TypeKind::Map(_, v) => Ok(*v),
                    _ => Err("a two-value index".into()),
                }
            }
            (ast::ExprKind::Unary { op: UnaryOp::Recv, x }, _) => {
                let xt = self.info.type_of(x.id).map(|t| t.ty).ok_or("a channel type")?;
                let u = under(self.c, xt);
                match self.c.types.kind(u) {
                    TypeKind::Chan(_, e) => Ok(*e),
                    _ => Err("a two-value receive".into()),
                }
            }
            _ => Err("a two-value assignment".into()),
        }
    }

    /// How many results a call expression has (1 for anything else).
    fn results(&self, e: &ast::Expr) -> usize {
        let e = crate::lower::strip(e);
        match (&e.kind, self.info.type_of(e.id).map(|t| self.c.types.kind(t.ty))) {
            (ast::ExprKind::Call { .. }, Some(TypeKind::Tuple(ts))) => ts.len(),
            _ => 1,
        }
    }

    fn list(&mut self, es: &[ast::Expr]) -> Res<String> {
        let v: Res<Vec<String>> = es.iter().map(|e| self.expr(e, 0)).collect();
        Ok(v?.join(", "))
    }

    /// gc's `exprFmt(e, prec)`: the text, parenthesised when the node's precedence is
    /// below `prec`.
    fn expr(&mut self, e: &ast::Expr, prec: u8) -> Res<String> {
        let (t, p) = self.expr_prec(e)?;
        Ok(if p < prec { format!("({t})") } else { t })
    }

    fn expr_prec(&mut self, e: &ast::Expr) -> Res<(String, u8)> {
        use ast::ExprKind as E;
        let e = crate::lower::strip(e);
        let constant = self.info.type_of(e.id).is_some_and(|t| t.value.is_some());
        match &e.kind {
            E::Ident(id) if id.is_blank() => return Ok(("_".into(), PRIMARY)),
            E::FuncLit { .. } => return Ok(("func literal".into(), NO_PREC)),
            _ if constant => return Ok((self.ir_text(e)?, PRIMARY)),
            E::Binary { op, x, y } => {
                let string = self.is_string(e);
                if *op == BinaryOp::Add && string {
                    // OADDSTR: its operands unparenthesised, itself with no precedence.
                    let mut parts = vec![self.expr(y, 0)?];
                    let mut cur = x.as_ref();
                    loop {
                        let c = crate::lower::strip(cur);
                        let folded = self.info.type_of(c.id).is_some_and(|t| t.value.is_some());
                        match &c.kind {
                            E::Binary { op: BinaryOp::Add, x, y } if !folded => {
                                parts.push(self.expr(y, 0)?);
                                cur = x;
                            }
                            _ => {
                                parts.push(self.expr(c, 0)?);
                                break;
                            }
                        }
                    }
                    parts.reverse();
                    return Ok((parts.join(" + "), NO_PREC));
                }
                let p = gc_prec(*op);
                let t = format!("{} {} {}", self.expr(x, p)?, op.as_str(), self.expr(y, p + 1)?);
                return Ok((t, p));
            }
            E::Unary { op, x } => {
                if *op == UnaryOp::Addr
                    && matches!(crate::lower::strip(x).kind, E::CompositeLit { .. })
                {
                    return Ok((self.ir_text(e)?, NO_PREC));
                }
                let same =
                    matches!(&crate::lower::strip(x).kind, E::Unary { op: o, .. } if o == op);
                let sp = if same { " " } else { "" };
                return Ok((format!("{}{sp}{}", op.as_str(), self.expr(x, PRIMARY)?), UNARY));
            }
            E::Star(x) if !self.is_type(e) => {
                return Ok((format!("*{}", self.expr(x, PRIMARY)?), UNARY));
            }
            E::Call { fun, args, spread } => {
                if let Some(t) = self.call(e, fun, args, *spread)? {
                    return Ok(t);
                }
            }
            _ => {}
        }
        Ok((self.ir_text(e)?, PRIMARY))
    }

    /// Calls printed here: interface method calls the devirtualizer rewrote later, calls of
    /// a dereferenced function value, and gc's builtins without printing precedence.
    fn call(
        &mut self,
        e: &ast::Expr,
        fun: &ast::Expr,
        args: &[ast::Expr],
        spread: bool,
    ) -> Res<Option<(String, u8)>> {
        let f = crate::lower::strip(fun);
        if self.is_type(f) {
            // A conversion: `T(x)`, or `(T)(x)` for a type without a name.
            let ([x], false) = (args, spread) else { return Err("a conversion".into()) };
            let t = self.info.type_of(e.id).map(|t| t.ty).ok_or("a conversion's type")?;
            let tt = type_text(self.c, self.user_pkg, t);
            let tt = if has_name(self.c, t) { tt } else { format!("({tt})") };
            return Ok(Some((format!("{tt}({})", self.expr(x, 0)?), PRIMARY)));
        }
        if self.texts.devirt.contains(&e.span) {
            let ast::ExprKind::Selector { x, sel } = &f.kind else {
                return Err("a devirtualized call".into());
            };
            if spread {
                return Err("a devirtualized call".into());
            }
            let t = format!("{}.{}({})", self.expr(x, PRIMARY)?, sel.name, self.list(args)?);
            return Ok(Some((t, PRIMARY)));
        }
        if let ast::ExprKind::Ident(id) = &f.kind {
            let builtin =
                self.info.uses.get(id.id.index()).copied().flatten().is_some_and(|o| {
                    matches!(self.c.obj(o).kind, escapade_types::ObjKind::Builtin(_))
                });
            if builtin && matches!(id.name.as_str(), "real" | "imag" | "complex") {
                return Ok(Some((self.ir_text(e)?, NO_PREC)));
            }
        }
        if matches!(f.kind, ast::ExprKind::Star(_)) && !self.is_type(f) {
            let whole = self.ir_text(e)?;
            let ft = self.ir_text(f)?;
            let rest = whole.strip_prefix(ft.as_str()).ok_or("a call's text")?;
            return Ok(Some((format!("({}){rest}", self.expr(f, 0)?), PRIMARY)));
        }
        Ok(None)
    }

    fn ir_text(&self, e: &ast::Expr) -> Res<String> {
        self.texts.get(e.span).map(str::to_string).ok_or_else(|| {
            let src = self.src.get(e.span.range()).unwrap_or("");
            format!("the text of `{}`", src.chars().take(40).collect::<String>())
        })
    }

    fn is_string(&self, e: &ast::Expr) -> bool {
        self.info.type_of(e.id).is_some_and(|t| {
            let u = under(self.c, t.ty);
            matches!(self.c.types.kind(u), TypeKind::Basic(k) if k.canonical() == escapade_types::types::BasicKind::String || k.canonical() == escapade_types::types::BasicKind::UntypedString)
        })
    }

    fn is_type(&self, e: &ast::Expr) -> bool {
        self.info.type_of(e.id).is_some_and(|t| t.mode == escapade_types::info::Mode::TypeExpr)
    }
}

/// The operand of a conversion node.
fn conv_operand(e: &crate::ir::Expr) -> Option<crate::ir::ExprId> {
    use crate::ir::ExprKind as K;
    match &e.kind {
        K::Conv(x)
        | K::ConvIface { x, .. }
        | K::StrConv { x, .. }
        | K::SliceToArray(x)
        | K::SliceToArrayPtr(x)
        | K::UnsafePointerFromUintptr(x) => Some(*x),
        _ => None,
    }
}

/// gc's `OpPrec` of a binary operator.
fn gc_prec(op: BinaryOp) -> u8 {
    match op.precedence() {
        p @ (1 | 2) => p,
        p => p + 1,
    }
}

/// The underlying type without the checker's memo (named types' `under` chains).
fn under(c: &Checker, mut t: TypeId) -> TypeId {
    for _ in 0..32 {
        match c.types.kind(t) {
            TypeKind::Named(n) => match n.underlying {
                Some(u) if u != t => t = u,
                _ => return t,
            },
            _ => return t,
        }
    }
    t
}

fn name(n: &ast::Ident) -> String {
    if n.is_blank() {
        "_".into()
    } else {
        n.name.clone()
    }
}

fn one(es: &[ast::Expr]) -> Res<&ast::Expr> {
    match es {
        [e] => Ok(e),
        _ => Err("an assignment operator with several operands".into()),
    }
}

/// `can inline F.gowrapN` / `F.deferwrapN` at `-m=2`: the wrapper's cost and `as:` text
/// (`func() { f(.autotmp_2, "done", .autotmp_3) }`): its call with the spilled operands read
/// from the captured temporaries. `cost_of` gives a callee's inline cost (`None`: not
/// inlinable). Only calls of the file's functions and methods and the operand-discarding
/// builtins with temporaries and constants as operands are modelled.
pub fn wrapper(
    prog: &Program,
    w: crate::ir::FuncId,
    cost_of: impl Fn(crate::ir::FuncId) -> Option<i64>,
) -> Res<(i64, String)> {
    use crate::ir::{Builtin, Callee, ExprKind, StaticCallee, StmtKind as S};
    let body = prog.func(w).body.as_deref().unwrap_or_default();
    let [s] = body else { return Err("a wrapper's body".into()) };
    let S::Expr(c) = prog.stmt(*s).kind else { return Err("a wrapper's body".into()) };
    let call = prog.expr(c);
    // gc's inline cost of each operand and its text: temporaries and constants cost 1.
    let operand = |e: crate::ir::ExprId| -> Res<(i64, String)> {
        let x = prog.expr(e);
        match &x.kind {
            ExprKind::Name(_) | ExprKind::Const => Ok((1, x.text.clone())),
            // A slice literal of constants: the literal costs 2, each element 1.
            ExprKind::SliceLit(el)
                if x.text != "... argument"
                    && el.iter().all(|e| matches!(prog.expr(*e).kind, ExprKind::Const)) =>
            {
                Ok((2 + el.len() as i64, x.text.clone()))
            }
            _ => Err("a wrapper's operand".into()),
        }
    };
    let (head, fun_cost, callee_cost, ops) = match &call.kind {
        ExprKind::Call(cl) => {
            let Callee::Static(StaticCallee::Local(f)) = cl.callee else {
                return Err("a wrapper's callee".into());
            };
            if cl.fun.is_some() {
                return Err("a wrapper's func value".into());
            }
            let name = prog.func(f).name.clone();
            // A method expression costs nothing, a function name 1; a callee gc does not
            // inline costs 57 more.
            let fun_cost = if cl.recv.is_some() { 0 } else { 1 };
            let cost = cost_of(f).unwrap_or(57);
            let ops: Vec<_> = cl.recv.iter().chain(cl.args.iter()).copied().collect();
            (name, fun_cost, cost, ops)
        }
        ExprKind::Builtin(Builtin::Discard(args)) => {
            let name = call.text.split('(').next().unwrap_or_default().to_string();
            if !matches!(name.as_str(), "close" | "delete" | "print" | "println") {
                return Err("a wrapper's builtin".into());
            }
            (name, 0, 0, args.clone())
        }
        _ => return Err("a wrapper's call".into()),
    };
    let mut cost = 1 + fun_cost + callee_cost;
    let mut texts = Vec::new();
    for o in ops {
        let (c, t) = operand(o)?;
        cost += c;
        texts.push(t);
    }
    Ok((cost, format!("func() {{ {head}({}) }}", texts.join(", "))))
}
