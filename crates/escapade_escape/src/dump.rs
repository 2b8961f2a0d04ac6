//! A stable text dump of the escape IR (`escapade dump escape-ir`).

use std::fmt::Write;

use crate::ir::*;

/// Dumps a whole program: one block per function, statements indented, expressions as
/// nested `(kind @line:col "text" …)` forms.
pub fn dump(prog: &Program) -> String {
    let mut d = Dumper { prog, out: String::new() };
    for (i, _) in prog.funcs.iter().enumerate() {
        d.func(FuncId(i as u32));
    }
    d.out
}

struct Dumper<'p> {
    prog: &'p Program,
    out: String,
}

fn at(p: Pos) -> String {
    format!("@{}:{}", p.line, p.col)
}

impl Dumper<'_> {
    fn var(&self, v: VarId) -> String {
        let x = self.prog.var(v);
        format!("v{}:{} {}", v.0, x.name, at(x.pos))
    }

    fn func(&mut self, f: FuncId) {
        let p = self.prog;
        let func = p.func(f);
        let mut head = format!("func f{} {} {}", f.0, func.name, at(func.pos));
        if let Some(parent) = func.parent {
            let _ = write!(head, " closure-of f{}", parent.0);
        }
        for (flag, name) in [
            (func.body.is_none(), "bodyless"),
            (func.pragmas.noescape, "noescape"),
            (func.pragmas.uintptrescapes, "uintptrescapes"),
            (func.pragmas.noinline, "noinline"),
            (func.wrapper, "wrapper"),
            (func.dupok, "dupok"),
        ] {
            if flag {
                let _ = write!(head, " {name}");
            }
        }
        let _ = writeln!(self.out, "{head}");
        for (i, prm) in func.recv_params().enumerate() {
            let kind = if i == 0 && func.recv.is_some() { "recv" } else { "param" };
            let v = prm.var.map_or_else(|| "_".to_string(), |v| self.var(v));
            let _ = writeln!(
                self.out,
                "  {kind} {} {v} {:?}{}",
                prm.name,
                prm.ty.kind,
                if prm.ddd { " ..." } else { "" }
            );
        }
        for &r in &func.results {
            let _ = writeln!(self.out, "  result {}", self.var(r));
        }
        for &l in &func.locals {
            let _ = writeln!(self.out, "  local {}", self.var(l));
        }
        for c in &func.captures {
            let _ = writeln!(self.out, "  capture {} {}", self.var(c.var), at(c.pos));
        }
        if let Some(body) = &func.body {
            for &s in body {
                self.stmt(s, 1);
            }
        }
    }

    fn line(&mut self, depth: usize, text: &str) {
        let _ = writeln!(self.out, "{}{text}", "  ".repeat(depth));
    }

    fn list(&mut self, label: &str, list: &[StmtId], depth: usize) {
        self.line(depth, label);
        for &s in list {
            self.stmt(s, depth + 1);
        }
    }

    fn stmt(&mut self, s: StmtId, depth: usize) {
        let p = self.prog;
        let st = p.stmt(s);
        let e = |x: &ExprId| expr_of(p, *x);
        let opt =
            |x: &Option<ExprId>| x.as_ref().map_or_else(|| "_".to_string(), |x| expr_of(p, *x));
        let head = format!("{} {:?}", at(st.pos), st.text);
        match &st.kind {
            StmtKind::Block(l) => self.list(&format!("block {head}"), l, depth),
            StmtKind::Decl(v) => self.line(depth, &format!("decl {} {head}", self.var(*v))),
            StmtKind::Label(l) => self.line(depth, &format!("label L{} {head}", l.0)),
            StmtKind::Goto(l) => self.line(depth, &format!("goto L{} {head}", l.0)),
            StmtKind::Branch => self.line(depth, &format!("branch {head}")),
            StmtKind::If { cond, then, els } => {
                let c = e(cond);
                self.list(&format!("if {head} {c}"), then, depth);
                self.list("else", els, depth);
            }
            StmtKind::For { cond, post, body } => {
                let c = opt(cond);
                self.line(depth, &format!("for {head} {c}"));
                if let Some(ps) = post {
                    self.line(depth + 1, "post");
                    self.stmt(*ps, depth + 2);
                }
                self.list("body", body, depth + 1);
            }
            StmtKind::Range { x, key, value, body } => {
                let t = format!("range {head} {} {} {}", opt(key), opt(value), e(x));
                self.list(&t, body, depth);
            }
            StmtKind::Switch { tag, cases } => {
                let t = format!("switch {head} {}", opt(tag));
                self.line(depth, &t);
                for c in cases {
                    let xs: Vec<String> = c.exprs.iter().map(e).collect();
                    self.list(&format!("case [{}]", xs.join(" ")), &c.body, depth + 1);
                }
            }
            StmtKind::TypeSwitch { x, cases } => {
                let t = format!("typeswitch {head} {}", e(x));
                self.line(depth, &t);
                for c in cases {
                    let v = c.var.map_or_else(|| "_".to_string(), |v| self.var(v));
                    self.list(&format!("case {v} {} {:?}", at(c.pos), c.text), &c.body, depth + 1);
                }
            }
            StmtKind::Select { cases } => {
                self.line(depth, &format!("select {head}"));
                for c in cases {
                    self.line(depth + 1, "case");
                    if let Some(comm) = c.comm {
                        self.stmt(comm, depth + 2);
                    }
                    self.list("body", &c.body, depth + 1);
                }
            }
            StmtKind::Send { ch, value } => {
                let t = format!("send {head} {} {}", e(ch), e(value));
                self.line(depth, &t);
            }
            StmtKind::Assign { op, lhs, rhs } => {
                let l: Vec<String> = lhs.iter().map(opt).collect();
                let r: Vec<String> = rhs.iter().map(e).collect();
                let t = format!("assign:{op:?} {head} [{}] = [{}]", l.join(" "), r.join(" "));
                self.line(depth, &t);
            }
            StmtKind::AssignCall { lhs, call } => {
                let l: Vec<String> = lhs.iter().map(opt).collect();
                let t = format!("assign-call {head} [{}] = {}", l.join(" "), e(call));
                self.line(depth, &t);
            }
            StmtKind::Return(r) => {
                let r: Vec<String> = r.iter().map(e).collect();
                self.line(depth, &format!("return {head} [{}]", r.join(" ")));
            }
            StmtKind::Expr(x) => {
                let t = format!("expr {head} {}", e(x));
                self.line(depth, &t);
            }
            StmtKind::Go(x) => {
                let t = format!("go {head} {}", e(x));
                self.line(depth, &t);
            }
            StmtKind::Defer(x) => {
                let t = format!("defer {head} {}", e(x));
                self.line(depth, &t);
            }
        }
    }
}

fn callee(c: &StaticCallee) -> String {
    match c {
        StaticCallee::Local(f) => format!("f{}", f.0),
        StaticCallee::Imported(i) => {
            let tags: Vec<String> = i
                .recv_tag
                .iter()
                .map(|t| Some(t.clone()))
                .chain(i.param_tags.iter().cloned())
                .map(|t| t.map_or_else(|| "-".to_string(), |t| format!("{t:?}")))
                .collect();
            format!("{}[{}]", i.name, tags.join(","))
        }
    }
}

fn expr_of(p: &Program, n: ExprId) -> String {
    let x = p.expr(n);
    let e = |y: &ExprId| expr_of(p, *y);
    let many = |ys: &[ExprId]| ys.iter().map(e).collect::<Vec<_>>().join(" ");
    let opt = |y: &Option<ExprId>| y.as_ref().map_or_else(|| "_".to_string(), e);
    let body = match &x.kind {
        ExprKind::Name(v) => format!("name v{}", v.0),
        ExprKind::Global => "global".into(),
        ExprKind::FuncName(f) => {
            format!("funcname {}", f.map_or_else(|| "-".to_string(), |f| format!("f{}", f.0)))
        }
        ExprKind::Const => "const".into(),
        ExprKind::Unary(a) => format!("unary {}", e(a)),
        ExprKind::Binary(a, b) => format!("binary {} {}", e(a), e(b)),
        ExprKind::Addr(a) => format!("addr {}", e(a)),
        ExprKind::Deref(a) => format!("deref {}", e(a)),
        ExprKind::Dot { x: a, ptr } => format!("{} {}", if *ptr { "dotptr" } else { "dot" }, e(a)),
        ExprKind::TypeAssert(a) => format!("dottype {}", e(a)),
        ExprKind::Index { x: a, index } => format!("index {} {}", e(a), e(index)),
        ExprKind::MapIndex { map, key } => format!("mapindex {} {}", e(map), e(key)),
        ExprKind::Slice { x: a, lo, hi, max } => {
            format!("slice {} {} {} {}", e(a), opt(lo), opt(hi), opt(max))
        }
        ExprKind::Conv(a) => format!("conv {}", e(a)),
        ExprKind::UnsafePointerFromUintptr(a) => format!("unsafeptr {}", e(a)),
        ExprKind::ConvIface { x: a, rewritten_text } => format!(
            "conviface{} {}",
            rewritten_text.as_ref().map_or_else(String::new, |t| format!(" 1.27={t:?}")),
            e(a)
        ),
        ExprKind::StrConv { x: a, op } => format!("strconv:{op:?} {}", e(a)),
        ExprKind::AddStr(l) => format!("addstr {}", many(l)),
        ExprKind::SliceToArray(a) => format!("slice2arr {}", e(a)),
        ExprKind::SliceToArrayPtr(a) => format!("slice2arrptr {}", e(a)),
        ExprKind::Recv(a) => format!("recv {}", e(a)),
        ExprKind::Call(c) => {
            let callee = match &c.callee {
                Callee::Static(s) => callee(s),
                Callee::Assigned(l) => {
                    format!("assigned[{}]", l.iter().map(callee).collect::<Vec<_>>().join(","))
                }
                Callee::Interface => "interface".into(),
                Callee::Dynamic => "dynamic".into(),
            };
            format!(
                "call {callee} fun={} recv={} [{}] results={}",
                opt(&c.fun),
                opt(&c.recv),
                many(&c.args),
                c.results
            )
        }
        ExprKind::Builtin(b) => match b {
            Builtin::Append { args, ddd } => {
                format!("append{} {}", if *ddd { "..." } else { "" }, many(args))
            }
            Builtin::Copy { dst, src } => format!("copy {} {}", e(dst), e(src)),
            Builtin::Panic(a) => format!("panic {}", e(a)),
            Builtin::MinMax(l) => format!("minmax {}", many(l)),
            Builtin::Discard(l) => format!("builtin {}", many(l)),
            Builtin::Clear(a) => format!("clear {}", e(a)),
            Builtin::UnsafeData(a) => format!("unsafedata {}", e(a)),
            Builtin::UnsafeAdd { ptr, len } => format!("unsafeadd {} {}", e(ptr), e(len)),
        },
        ExprKind::New => "new".into(),
        ExprKind::MakeSlice { len, cap, const_size, static_size, rewritten_text } => format!(
            "makeslice {} {} const={const_size:?} static={static_size:?} 1.27={rewritten_text:?}",
            e(len),
            opt(cap)
        ),
        ExprKind::MakeMap(h) => format!("makemap {}", opt(h)),
        ExprKind::MakeChan(h) => format!("makechan {}", opt(h)),
        ExprKind::MethodValue { x: a, target, results, closure_size } => {
            let t = match target {
                MethodTarget::Static(s) => callee(s),
                MethodTarget::Interface => "interface".into(),
            };
            format!("methodvalue {t} results={results} size={closure_size} {}", e(a))
        }
        ExprKind::PtrLit(a) => format!("ptrlit {}", e(a)),
        ExprKind::ArrayLit(l) => format!("arraylit {}", many(l)),
        ExprKind::StructLit(l) => format!("structlit {}", many(l)),
        ExprKind::SliceLit(l) => format!("slicelit {}", many(l)),
        ExprKind::MapLit(l) => format!(
            "maplit {}",
            l.iter().map(|(k, v)| format!("{}:{}", e(k), e(v))).collect::<Vec<_>>().join(" ")
        ),
        ExprKind::FuncLit(f) => format!("funclit f{}", f.0),
    };
    let t = x.ty;
    format!(
        "({body} {} {:?} {:?}{}{})",
        at(x.pos),
        x.text,
        t.kind,
        if t.has_pointers { " ptr" } else { "" },
        if t.size != 0 { format!(" size={}", t.size) } else { String::new() }
    )
}
