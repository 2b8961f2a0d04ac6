//! A stable, indented text dump of the AST with `line:col` positions (gc's 1-based byte
//! columns). The goldens in `testdata/syntax/*.ast` and `escapade parse FILE.go` print exactly
//! this.
//!
//! Format: one node per line, two spaces of indent per level, `[role: ]Kind [details] @line:col`.
//! A role names a child's place when its parent has several kinds of children (`cond:`,
//! `then:`, `key:`).

use std::fmt::Write as _;

use escapade_base::{LineIndex, Span};

use crate::ast::*;

/// Renders `file` (parsed from `text`) as the golden/CLI text dump.
pub fn dump(file: &File, text: &str) -> String {
    let mut p = Printer { index: LineIndex::new(text), out: String::new(), depth: 0 };
    p.file(file);
    p.out
}

struct Printer {
    index: LineIndex,
    out: String,
    depth: usize,
}

impl Printer {
    fn line(&mut self, role: Option<&str>, label: &str, span: Span) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        if let Some(r) = role {
            self.out.push_str(r);
            self.out.push_str(": ");
        }
        self.out.push_str(label);
        let _ = writeln!(self.out, " @{}", self.index.line_col(span.start as usize));
    }

    /// Prints a header line, then the children printed by `f` one level deeper.
    fn node(&mut self, role: Option<&str>, label: &str, span: Span, f: impl FnOnce(&mut Self)) {
        self.line(role, label, span);
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    fn file(&mut self, file: &File) {
        self.node(None, "File", file.span, |p| {
            match &file.package {
                Some(name) => p.line(None, &format!("Package {}", name.name), name.span),
                None => p.line(None, "Package <missing>", Span::empty(0)),
            }
            for imp in &file.imports {
                let label = if imp.grouped { "ImportDecl (grouped)" } else { "ImportDecl" };
                p.node(None, label, imp.span, |p| {
                    for s in &imp.specs {
                        let name = match &s.name {
                            ImportName::Default => String::new(),
                            ImportName::Named(id) => format!(" name={}", id.name),
                            ImportName::Dot(_) => " name=.".into(),
                            ImportName::Blank(_) => " name=_".into(),
                        };
                        p.line(None, &format!("ImportSpec {}{name}", lit_text(&s.path)), s.span);
                    }
                });
            }
            for d in &file.decls {
                p.decl(None, d);
            }
            if !file.comments.is_empty() {
                p.line(None, &format!("Comments {}", file.comments.len()), file.comments[0]);
            }
        });
    }

    fn decl(&mut self, role: Option<&str>, d: &Decl) {
        match &d.kind {
            DeclKind::Const { grouped, specs } | DeclKind::Var { grouped, specs } => {
                let kw =
                    if matches!(d.kind, DeclKind::Const { .. }) { "ConstDecl" } else { "VarDecl" };
                let label = if *grouped { format!("{kw} (grouped)") } else { kw.to_string() };
                self.node(role, &label, d.span, |p| {
                    for s in specs {
                        p.value_spec(s);
                    }
                });
            }
            DeclKind::Type { grouped, specs } => {
                let label = if *grouped { "TypeDecl (grouped)" } else { "TypeDecl" };
                self.node(role, label, d.span, |p| {
                    for s in specs {
                        let kind = if s.alias { "TypeAlias" } else { "TypeSpec" };
                        p.node(None, &format!("{kind} {}", s.name.name), s.span, |p| {
                            if let Some(tp) = &s.type_params {
                                p.field_list("type_params", "TypeParams", tp);
                            }
                            p.expr(Some("type"), &s.ty);
                        });
                    }
                });
            }
            DeclKind::Func(f) => {
                let kind = if f.recv.is_some() { "MethodDecl" } else { "FuncDecl" };
                self.node(role, &format!("{kind} {}", f.name.name), d.span, |p| {
                    if let Some(r) = &f.recv {
                        p.field_list("recv", "Fields", r);
                    }
                    if let Some(tp) = &f.type_params {
                        p.field_list("type_params", "TypeParams", tp);
                    }
                    p.func_type(Some("sig"), &f.sig);
                    match &f.body {
                        Some(b) => p.block(Some("body"), b),
                        None => p.line(Some("body"), "<none>", d.span),
                    }
                });
            }
            DeclKind::Bad => self.line(role, "BadDecl", d.span),
        }
    }

    fn value_spec(&mut self, s: &ValueSpec) {
        let names: Vec<&str> = s.names.iter().map(|n| n.name.as_str()).collect();
        let mut label = format!("ValueSpec #{} {}", s.index, names.join(", "));
        if s.ty.is_none() && s.values.is_empty() {
            label.push_str(" (no type, no values)");
        }
        self.node(None, &label, s.span, |p| {
            if let Some(t) = &s.ty {
                p.expr(Some("type"), t);
            }
            for v in &s.values {
                p.expr(Some("value"), v);
            }
        });
    }

    fn field_list(&mut self, role: &str, kind: &str, l: &FieldList) {
        self.node(Some(role), kind, l.span, |p| {
            for f in &l.fields {
                p.field(f);
            }
        });
    }

    fn field(&mut self, f: &Field) {
        let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
        let mut label = if names.is_empty() {
            "Field".to_string()
        } else {
            format!("Field {}", names.join(", "))
        };
        if f.variadic {
            label.push_str(" ...");
        }
        if let Some(tag) = &f.tag {
            let _ = write!(label, " tag={}", lit_text(tag));
        }
        self.node(None, &label, f.span, |p| p.expr(None, &f.ty));
    }

    fn func_type(&mut self, role: Option<&str>, ft: &FuncType) {
        self.node(role, "FuncType", ft.span, |p| {
            p.field_list("params", "Fields", &ft.params);
            if let Some(r) = &ft.results {
                p.field_list("results", "Fields", r);
            }
        });
    }

    fn block(&mut self, role: Option<&str>, b: &Block) {
        self.node(role, "Block", b.span, |p| {
            for s in &b.stmts {
                p.stmt(None, s);
            }
        });
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(None, s);
        }
    }

    fn opt_stmt(&mut self, role: &str, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(Some(role), s);
        }
    }

    fn stmt(&mut self, role: Option<&str>, s: &Stmt) {
        let sp = s.span;
        match &s.kind {
            StmtKind::Decl(d) => self.decl(role, d),
            StmtKind::Empty => self.line(role, "Empty", sp),
            StmtKind::Labeled { label, stmt } => {
                self.node(role, &format!("Labeled {}", label.name), sp, |p| p.stmt(None, stmt))
            }
            StmtKind::Expr(e) => self.node(role, "ExprStmt", sp, |p| p.expr(None, e)),
            StmtKind::Send { chan, value } => self.node(role, "Send", sp, |p| {
                p.expr(Some("chan"), chan);
                p.expr(Some("value"), value);
            }),
            StmtKind::IncDec { x, inc } => {
                self.node(role, if *inc { "Inc" } else { "Dec" }, sp, |p| p.expr(None, x))
            }
            StmtKind::Assign { lhs, op, rhs } => {
                let label = match op {
                    Some(op) => format!("Assign {}=", op.as_str()),
                    None => "Assign =".into(),
                };
                self.node(role, &label, sp, |p| {
                    p.exprs("lhs", lhs);
                    p.exprs("rhs", rhs);
                })
            }
            StmtKind::Define { lhs, rhs } => self.node(role, "Define :=", sp, |p| {
                p.exprs("lhs", lhs);
                p.exprs("rhs", rhs);
            }),
            StmtKind::Go(e) => self.node(role, "Go", sp, |p| p.expr(None, e)),
            StmtKind::Defer(e) => self.node(role, "Defer", sp, |p| p.expr(None, e)),
            StmtKind::Return(v) => self.node(role, "Return", sp, |p| {
                for e in v {
                    p.expr(None, e);
                }
            }),
            StmtKind::Branch { kind, label } => {
                let text = match label {
                    Some(l) => format!("Branch {} {}", kind.keyword(), l.name),
                    None => format!("Branch {}", kind.keyword()),
                };
                self.line(role, &text, sp)
            }
            StmtKind::Block(b) => self.block(role, b),
            StmtKind::If { init, cond, then, els } => self.node(role, "If", sp, |p| {
                p.opt_stmt("init", init);
                p.expr(Some("cond"), cond);
                p.block(Some("then"), then);
                p.opt_stmt("else", els);
            }),
            StmtKind::Switch { init, tag, cases } => self.node(role, "Switch", sp, |p| {
                p.opt_stmt("init", init);
                if let Some(t) = tag {
                    p.expr(Some("tag"), t);
                }
                for c in cases {
                    p.case(c);
                }
            }),
            StmtKind::TypeSwitch { init, bind, x, cases } => {
                let label = match bind {
                    Some(b) => format!("TypeSwitch bind={}", b.name),
                    None => "TypeSwitch".into(),
                };
                self.node(role, &label, sp, |p| {
                    p.opt_stmt("init", init);
                    p.expr(Some("x"), x);
                    for c in cases {
                        p.case(c);
                    }
                })
            }
            StmtKind::Select { cases } => self.node(role, "Select", sp, |p| {
                for c in cases {
                    let label = if c.comm.is_some() { "CommClause" } else { "CommClause default" };
                    p.node(None, label, c.span, |p| {
                        p.opt_stmt("comm", &c.comm);
                        p.stmts(&c.body);
                    });
                }
            }),
            StmtKind::For { init, cond, post, body } => self.node(role, "For", sp, |p| {
                p.opt_stmt("init", init);
                if let Some(c) = cond {
                    p.expr(Some("cond"), c);
                }
                p.opt_stmt("post", post);
                p.block(Some("body"), body);
            }),
            StmtKind::Range { key, value, define, x, body } => {
                let label = if *define {
                    "Range :="
                } else if key.is_some() {
                    "Range ="
                } else {
                    "Range"
                };
                self.node(role, label, sp, |p| {
                    if let Some(k) = key {
                        p.expr(Some("key"), k);
                    }
                    if let Some(v) = value {
                        p.expr(Some("value"), v);
                    }
                    p.expr(Some("x"), x);
                    p.block(Some("body"), body);
                })
            }
            StmtKind::Bad => self.line(role, "BadStmt", sp),
        }
    }

    fn case(&mut self, c: &CaseClause) {
        let label = if c.list.is_some() { "CaseClause" } else { "CaseClause default" };
        self.node(None, label, c.span, |p| {
            if let Some(list) = &c.list {
                p.exprs("list", list);
            }
            p.stmts(&c.body);
        });
    }

    fn exprs(&mut self, role: &str, list: &[Expr]) {
        for e in list {
            self.expr(Some(role), e);
        }
    }

    fn expr(&mut self, role: Option<&str>, e: &Expr) {
        let sp = e.span;
        match &e.kind {
            ExprKind::Ident(id) => self.line(role, &format!("Ident {}", id.name), sp),
            ExprKind::BasicLit(l) => self.line(role, &format!("BasicLit {}", lit_label(l)), sp),
            ExprKind::CompositeLit { ty, elts } => self.node(role, "CompositeLit", sp, |p| {
                match ty {
                    Some(t) => p.expr(Some("type"), t),
                    None => p.line(Some("type"), "<elided>", sp),
                }
                p.exprs("elt", elts);
            }),
            ExprKind::FuncLit { sig, body } => self.node(role, "FuncLit", sp, |p| {
                p.func_type(Some("sig"), sig);
                p.block(Some("body"), body);
            }),
            ExprKind::Paren(x) => self.node(role, "Paren", sp, |p| p.expr(None, x)),
            ExprKind::Selector { x, sel } => {
                self.node(role, &format!("Selector .{}", sel.name), sp, |p| p.expr(None, x))
            }
            ExprKind::Index { x, indices } => self.node(role, "Index", sp, |p| {
                p.expr(None, x);
                p.exprs("index", indices);
            }),
            ExprKind::Slice { x, low, high, max, three } => {
                let label = if *three { "Slice 3-index" } else { "Slice" };
                self.node(role, label, sp, |p| {
                    p.expr(None, x);
                    for (r, v) in [("low", low), ("high", high), ("max", max)] {
                        if let Some(v) = v {
                            p.expr(Some(r), v);
                        }
                    }
                })
            }
            ExprKind::TypeAssert { x, ty } => {
                let label = if ty.is_some() { "TypeAssert" } else { "TypeAssert (type)" };
                self.node(role, label, sp, |p| {
                    p.expr(None, x);
                    if let Some(t) = ty {
                        p.expr(Some("type"), t);
                    }
                })
            }
            ExprKind::Call { fun, args, spread } => {
                let label = if *spread { "Call ..." } else { "Call" };
                self.node(role, label, sp, |p| {
                    p.expr(None, fun);
                    p.exprs("arg", args);
                })
            }
            ExprKind::Star(x) => self.node(role, "Star", sp, |p| p.expr(None, x)),
            ExprKind::Unary { op, x } => {
                self.node(role, &format!("Unary {}", op.as_str()), sp, |p| p.expr(None, x))
            }
            ExprKind::Binary { op, x, y } => {
                self.node(role, &format!("Binary {}", op.as_str()), sp, |p| {
                    p.expr(None, x);
                    p.expr(None, y);
                })
            }
            ExprKind::KeyValue { key, value } => self.node(role, "KeyValue", sp, |p| {
                p.expr(Some("key"), key);
                p.expr(Some("value"), value);
            }),
            ExprKind::ArrayType { len, elem } => {
                let label = if len.is_some() { "ArrayType" } else { "ArrayType [...]" };
                self.node(role, label, sp, |p| {
                    if let Some(l) = len {
                        p.expr(Some("len"), l);
                    }
                    p.expr(Some("elem"), elem);
                })
            }
            ExprKind::SliceType { elem } => {
                self.node(role, "SliceType", sp, |p| p.expr(Some("elem"), elem))
            }
            ExprKind::MapType { key, value } => self.node(role, "MapType", sp, |p| {
                p.expr(Some("key"), key);
                p.expr(Some("value"), value);
            }),
            ExprKind::ChanType { dir, elem } => {
                let label = match dir {
                    ChanDir::Both => "ChanType chan",
                    ChanDir::Send => "ChanType chan<-",
                    ChanDir::Recv => "ChanType <-chan",
                };
                self.node(role, label, sp, |p| p.expr(Some("elem"), elem))
            }
            ExprKind::FuncType(ft) => self.func_type(role, ft),
            ExprKind::StructType { fields } => self.node(role, "StructType", sp, |p| {
                for f in &fields.fields {
                    p.field(f);
                }
            }),
            ExprKind::InterfaceType { elems } => self.node(role, "InterfaceType", sp, |p| {
                for el in elems {
                    match &el.kind {
                        InterfaceElemKind::Method { name, sig } => {
                            p.node(None, &format!("Method {}", name.name), el.span, |p| {
                                p.func_type(None, sig)
                            })
                        }
                        InterfaceElemKind::Embed(t) => {
                            p.node(None, "Embed", el.span, |p| p.expr(None, t))
                        }
                    }
                }
            }),
            ExprKind::Tilde(x) => self.node(role, "Tilde", sp, |p| p.expr(None, x)),
            ExprKind::Union(terms) => self.node(role, "Union", sp, |p| p.exprs("term", terms)),
            ExprKind::Bad => self.line(role, "BadExpr", sp),
        }
    }
}

/// The literal as written, shortened for the dump.
fn lit_text(l: &BasicLit) -> String {
    const MAX: usize = 40;
    if l.raw.chars().count() <= MAX && !l.raw.contains('\n') {
        return l.raw.clone();
    }
    let short: String = l.raw.chars().take(MAX).collect::<String>().replace('\n', "\\n");
    format!("{short}…")
}

fn lit_label(l: &BasicLit) -> String {
    let raw = lit_text(l);
    match &l.value {
        LitValue::Int { value: Some(v) } => format!("Int {raw} = {v}"),
        LitValue::Int { value: None } => format!("Int {raw} = <overflow or invalid>"),
        LitValue::Float { value } => format!("Float {raw} = {value:?}"),
        LitValue::Imag { value } => format!("Imag {raw} = {value:?}i"),
        LitValue::Rune { value: Some(v) } => format!("Rune {raw} = U+{v:04X}"),
        LitValue::Rune { value: None } => format!("Rune {raw} = <invalid>"),
        LitValue::Str { value, raw_string } => {
            let kind = if *raw_string { "RawString" } else { "String" };
            format!("{kind} {raw} = {}", quote_bytes(value))
        }
    }
}

/// Go-like `%q` of a byte string (for the dump only): printable ASCII and valid UTF-8 as-is,
/// the rest escaped.
fn quote_bytes(b: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut rest = b;
    let mut shown = 0;
    while !rest.is_empty() {
        if shown >= 60 {
            out.push('…');
            break;
        }
        let (ch, len) = match std::str::from_utf8(&rest[..rest.len().min(4)]) {
            Ok(s) => (s.chars().next(), s.chars().next().map_or(1, char::len_utf8)),
            Err(e) if e.valid_up_to() > 0 => {
                let s = std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or("");
                (s.chars().next(), s.chars().next().map_or(1, char::len_utf8))
            }
            Err(_) => (None, 1),
        };
        match ch {
            Some('"') => out.push_str("\\\""),
            Some('\\') => out.push_str("\\\\"),
            Some('\n') => out.push_str("\\n"),
            Some('\t') => out.push_str("\\t"),
            Some('\r') => out.push_str("\\r"),
            Some(c) if !c.is_control() => out.push(c),
            Some(c) if (c as u32) < 0x80 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            Some(c) => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            None => {
                let _ = write!(out, "\\x{:02x}", rest[0]);
            }
        }
        rest = &rest[len..];
        shown += 1;
    }
    out.push('"');
    out
}
