//! Lowering of tree-sitter-go's concrete syntax tree into [`crate::ast`].
//!
//! Never panics and never stops: anything unexpected (tree-sitter `ERROR` nodes, missing
//! children) becomes a `Bad` node; the diagnostics for `ERROR`/`MISSING` nodes come from
//! [`crate::errors`], while this module reports what tree-sitter accepts but gc rejects, invalid
//! literals, and excessive nesting. Ids are handed out on entry to each node, so they follow
//! source preorder.

use escapade_base::{Diagnostic, DiagnosticKind, Severity, Span};

use tree_sitter::Node;

use crate::ast::*;
use crate::lit;

/// Deepest nesting of expressions, types, statements and blocks the lowering accepts (a
/// parenthesis, an operand of a binary operator, a block each count one level). Deeper input is
/// cut off with an `unsupported` diagnostic, so that no recursive walk over the AST (here, in
/// the dump, or in later phases) can overflow a small stack: wasm's default is 1 MiB, and the
/// lowering measured about 1 KiB per level in a native release build.
pub const MAX_NESTING: u32 = 256;

/// Every named tree-sitter-go node kind the lowering understands (the coverage test checks that
/// the corpus exercises all of them).
pub const HANDLED_KINDS: &[&str] = &[
    "source_file",
    "package_clause",
    "package_identifier",
    "import_declaration",
    "import_spec",
    "import_spec_list",
    "dot",
    "blank_identifier",
    "function_declaration",
    "method_declaration",
    "type_parameter_list",
    "type_parameter_declaration",
    "type_constraint",
    "parameter_list",
    "parameter_declaration",
    "variadic_parameter_declaration",
    "const_declaration",
    "const_spec",
    "var_declaration",
    "var_spec",
    "var_spec_list",
    "type_declaration",
    "type_spec",
    "type_alias",
    "block",
    "statement_list",
    "expression_statement",
    "send_statement",
    "inc_statement",
    "dec_statement",
    "assignment_statement",
    "short_var_declaration",
    "labeled_statement",
    "label_name",
    "empty_statement",
    "return_statement",
    "go_statement",
    "defer_statement",
    "break_statement",
    "continue_statement",
    "goto_statement",
    "fallthrough_statement",
    "if_statement",
    "for_statement",
    "for_clause",
    "range_clause",
    "expression_switch_statement",
    "expression_case",
    "default_case",
    "type_switch_statement",
    "type_case",
    "select_statement",
    "communication_case",
    "receive_statement",
    "expression_list",
    "identifier",
    "field_identifier",
    "type_identifier",
    "int_literal",
    "float_literal",
    "imaginary_literal",
    "rune_literal",
    "interpreted_string_literal",
    "interpreted_string_literal_content",
    "escape_sequence",
    "raw_string_literal",
    "raw_string_literal_content",
    "true",
    "false",
    "nil",
    "iota",
    "composite_literal",
    "literal_value",
    "literal_element",
    "keyed_element",
    "func_literal",
    "parenthesized_expression",
    "selector_expression",
    "index_expression",
    "slice_expression",
    "type_assertion_expression",
    "type_conversion_expression",
    "type_instantiation_expression",
    "call_expression",
    "argument_list",
    "variadic_argument",
    "unary_expression",
    "binary_expression",
    "qualified_type",
    "generic_type",
    "type_arguments",
    "type_elem",
    "pointer_type",
    "array_type",
    "implicit_length_array_type",
    "slice_type",
    "map_type",
    "channel_type",
    "function_type",
    "struct_type",
    "field_declaration_list",
    "field_declaration",
    "interface_type",
    "method_elem",
    "negated_type",
    "parenthesized_type",
    "comment",
];

pub(crate) struct Lowerer<'a> {
    text: &'a str,
    next_id: u32,
    depth: u32,
    too_deep: bool,
    pub(crate) errors: Vec<Diagnostic>,
    /// Node kinds that reached a fallback although the CST had no error there.
    pub(crate) fallbacks: Vec<String>,
    /// Generic methods' type parameter lists, parsed apart from the main tree (see
    /// [`crate::reparse`]): `(offset of the list's '[', its type_parameter_list node)`.
    pub(crate) method_type_params: Vec<(usize, Node<'a>)>,
}

fn span(n: Node<'_>) -> Span {
    Span::new(n.start_byte(), n.end_byte())
}

/// Named, non-comment children.
fn kids(n: Node<'_>) -> Vec<Node<'_>> {
    let mut c = n.walk();
    n.named_children(&mut c).filter(|k| !is_comment(*k)).collect()
}

/// All children (named and anonymous), excluding comments.
fn all_kids(n: Node<'_>) -> Vec<Node<'_>> {
    let mut c = n.walk();
    n.children(&mut c).filter(|k| !is_comment(*k)).collect()
}

fn fields<'t>(n: Node<'t>, name: &str) -> Vec<Node<'t>> {
    let mut c = n.walk();
    let Some(id) = field_id(name) else { return Vec::new() };
    n.children_by_field_id(id, &mut c).filter(|k| !is_comment(*k)).collect()
}

/// `n.kind()`, from a table of the grammar's kind names made once (`kind()` measures and
/// validates the name on every call).
fn node_kind<'t>(n: impl std::borrow::Borrow<Node<'t>>) -> &'static str {
    let n = n.borrow();
    static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let lang: tree_sitter::Language = tree_sitter_go::LANGUAGE.into();
        let count = u16::try_from(lang.node_kind_count()).unwrap_or(u16::MAX);
        (0..count).map(|i| lang.node_kind_for_id(i).unwrap_or_default().to_string()).collect()
    });
    match n.kind_id() {
        // tree-sitter's built-in error symbols are outside the grammar's table.
        u16::MAX => "ERROR",
        id if id == u16::MAX - 1 => "_ERROR",
        id => names.get(usize::from(id)).map_or("", String::as_str),
    }
}

/// Whether `n` is a comment.
fn is_comment(n: Node<'_>) -> bool {
    node_kind(n) == "comment"
}

/// The child in field `name` (tree-sitter's `child_by_field_name`, without searching the
/// grammar's field names on every call).
fn field<'t>(n: Node<'t>, name: &str) -> Option<Node<'t>> {
    n.child_by_field_id(field_id(name)?.get())
}

/// tree-sitter-go's id of field `name`, from a table of the grammar's fields made once.
fn field_id(name: &str) -> Option<std::num::NonZeroU16> {
    static IDS: std::sync::OnceLock<Vec<(String, std::num::NonZeroU16)>> =
        std::sync::OnceLock::new();
    let ids = IDS.get_or_init(|| {
        let lang: tree_sitter::Language = tree_sitter_go::LANGUAGE.into();
        let mut ids: Vec<(String, std::num::NonZeroU16)> = (1..=lang.field_count())
            .filter_map(|i| {
                let name = lang.field_name_for_id(u16::try_from(i).ok()?)?;
                Some((name.to_string(), lang.field_id_for_name(name)?))
            })
            .collect();
        escapade_base::sort::stable_sort(&mut ids);
        ids
    });
    ids.binary_search_by(|(k, _)| k.as_str().cmp(name)).ok().map(|i| ids[i].1)
}

fn has_token(n: Node<'_>, tok: &str) -> bool {
    let mut c = n.walk();
    let found = n.children(&mut c).any(|k| !k.is_named() && node_kind(k) == tok);
    found
}

impl<'a> Lowerer<'a> {
    pub(crate) fn new(text: &'a str) -> Lowerer<'a> {
        Lowerer {
            text,
            next_id: 0,
            depth: 0,
            too_deep: false,
            errors: Vec::new(),
            fallbacks: Vec::new(),
            method_type_params: Vec::new(),
        }
    }

    /// Number of ids handed out so far.
    pub(crate) fn next_id(&self) -> u32 {
        self.next_id
    }

    fn id(&mut self) -> NodeId {
        let id = NodeId(self.next_id);
        self.next_id += 1;
        id
    }

    fn text_of(&self, n: Node<'_>) -> &'a str {
        self.text.get(n.start_byte()..n.end_byte()).unwrap_or("")
    }

    fn error(&mut self, sp: Span, msg: impl Into<String>) {
        self.errors.push(Diagnostic::syntax(sp, msg));
    }

    /// Records a node kind the lowering has no rule for (only a bug when the CST is error-free).
    fn fallback(&mut self, n: Node<'_>) {
        if !n.is_error() && !n.has_error() && !n.is_missing() {
            self.fallbacks.push(node_kind(n).to_string());
        }
    }

    /// Enters one nesting level; `false` (after reporting once) when the limit is reached.
    fn enter(&mut self, n: Node<'_>) -> bool {
        if self.depth >= MAX_NESTING {
            if !self.too_deep {
                self.too_deep = true;
                self.errors.push(Diagnostic {
                    kind: DiagnosticKind::Unsupported,
                    severity: Severity::Error,
                    span: Span::empty(n.start_byte()),
                    message: format!("nesting deeper than {MAX_NESTING} levels"),
                });
            }
            return false;
        }
        self.depth += 1;
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    fn ident(&mut self, n: Node<'_>) -> Ident {
        let id = self.id();
        Ident { id, span: span(n), name: self.text_of(n).to_string() }
    }

    fn ident_opt(&mut self, n: Option<Node<'_>>, at: Span) -> Ident {
        match n {
            Some(n) => self.ident(n),
            None => {
                let id = self.id();
                Ident { id, span: Span::empty(at.start as usize), name: String::new() }
            }
        }
    }

    fn bad_expr(&mut self, sp: Span) -> Expr {
        Expr { id: self.id(), span: sp, kind: ExprKind::Bad }
    }

    // -----------------------------------------------------------------------------------------
    // File and declarations

    pub(crate) fn file(&mut self, root: Node<'_>) -> File {
        let id = self.id();
        let mut package = None;
        let mut imports = Vec::new();
        let mut decls: Vec<Decl> = Vec::new();
        let top = kids(root);
        match top.first() {
            Some(k) if node_kind(k) == "package_clause" || k.is_error() => {}
            Some(k) => self.error(Span::empty(k.start_byte()), "package statement must be first"),
            None => self.error(Span::empty(root.end_byte()), "package statement must be first"),
        }
        for (i, k) in top.into_iter().enumerate() {
            match node_kind(k) {
                "package_clause" if i == 0 => {
                    package = kids(k).first().map(|&p| self.ident(p));
                }
                "import_declaration" => {
                    if !decls.is_empty() {
                        self.error(
                            Span::empty(k.start_byte()),
                            "imports must appear before other declarations",
                        );
                    }
                    imports.push(self.import_decl(k));
                }
                "function_declaration" | "method_declaration" => decls.push(self.func_decl(k)),
                "const_declaration" | "var_declaration" | "type_declaration" => {
                    decls.push(self.gen_decl(k))
                }
                _ => {
                    if !k.is_error() && !k.has_error() {
                        let after_bodyless_func = node_kind(k) == "block"
                            && k.prev_named_sibling().is_some_and(|p| {
                                node_kind(p) == "function_declaration" && field(p, "body").is_none()
                            });
                        let msg = if node_kind(k) == "package_clause" {
                            "unexpected keyword package, expected declaration"
                        } else if after_bodyless_func {
                            // `func f()` + newline + `{`: gc's automatic semicolon ends the
                            // declaration before the body.
                            "unexpected semicolon or newline before {"
                        } else {
                            "non-declaration statement outside function body"
                        };
                        self.error(Span::empty(k.start_byte()), msg);
                    }
                    let id = self.id();
                    decls.push(Decl { id, span: span(k), kind: DeclKind::Bad });
                }
            }
        }
        File {
            id,
            span: Span::new(0, self.text.len()),
            package,
            imports,
            decls,
            comments: Vec::new(),
            node_count: 0,
        }
    }

    fn import_decl(&mut self, n: Node<'_>) -> ImportDecl {
        let id = self.id();
        let mut specs = Vec::new();
        let mut grouped = false;
        for k in kids(n) {
            match node_kind(k) {
                "import_spec" => specs.push(self.import_spec(k)),
                "import_spec_list" => {
                    grouped = true;
                    for s in kids(k) {
                        if node_kind(s) == "import_spec" {
                            specs.push(self.import_spec(s));
                        } else {
                            self.fallback(s);
                        }
                    }
                }
                _ => self.fallback(k),
            }
        }
        ImportDecl { id, span: span(n), grouped, specs }
    }

    fn import_spec(&mut self, n: Node<'_>) -> ImportSpec {
        let id = self.id();
        let name = match field(n, "name") {
            None => ImportName::Default,
            Some(k) => match node_kind(k) {
                "dot" => ImportName::Dot(span(k)),
                "blank_identifier" => ImportName::Blank(span(k)),
                _ => ImportName::Named(self.ident(k)),
            },
        };
        let path = match field(n, "path") {
            Some(p) => self.string_lit(p),
            None => {
                let id = self.id();
                BasicLit {
                    id,
                    span: Span::empty(n.end_byte()),
                    raw: String::new(),
                    value: LitValue::Str { value: Vec::new(), raw_string: false },
                }
            }
        };
        ImportSpec { id, span: span(n), name, path }
    }

    fn gen_decl(&mut self, n: Node<'_>) -> Decl {
        let id = self.id();
        let kind = match node_kind(n) {
            "const_declaration" => {
                let grouped = has_token(n, "(");
                let mut specs = Vec::new();
                for k in kids(n) {
                    if node_kind(k) == "const_spec" {
                        let index = specs.len() as u32;
                        specs.push(self.value_spec(k, index));
                    } else {
                        self.fallback(k);
                    }
                }
                DeclKind::Const { grouped, specs }
            }
            "var_declaration" => {
                let mut grouped = false;
                let mut specs = Vec::new();
                for k in kids(n) {
                    match node_kind(k) {
                        "var_spec" => specs.push(self.value_spec(k, 0)),
                        "var_spec_list" => {
                            grouped = true;
                            for s in kids(k) {
                                if node_kind(s) == "var_spec" {
                                    let index = specs.len() as u32;
                                    specs.push(self.value_spec(s, index));
                                } else {
                                    self.fallback(s);
                                }
                            }
                        }
                        _ => self.fallback(k),
                    }
                }
                DeclKind::Var { grouped, specs }
            }
            _ => {
                let grouped = has_token(n, "(");
                let mut specs = Vec::new();
                for k in kids(n) {
                    match node_kind(k) {
                        "type_spec" | "type_alias" => specs.push(self.type_spec(k)),
                        _ => self.fallback(k),
                    }
                }
                DeclKind::Type { grouped, specs }
            }
        };
        Decl { id, span: span(n), kind }
    }

    fn value_spec(&mut self, n: Node<'_>, index: u32) -> ValueSpec {
        let id = self.id();
        let names = fields(n, "name")
            .into_iter()
            .filter(|k| node_kind(k) == "identifier")
            .map(|k| self.ident(k))
            .collect();
        let ty = field(n, "type").map(|t| self.ty(t));
        let values = match field(n, "value") {
            Some(v) => self.expr_list(v),
            None => Vec::new(),
        };
        ValueSpec { id, span: span(n), index, names, ty, values }
    }

    fn type_spec(&mut self, n: Node<'_>) -> TypeSpec {
        let id = self.id();
        let name = self.ident_opt(field(n, "name"), span(n));
        let type_params = field(n, "type_parameters").map(|t| self.type_params(t));
        let ty = self.ty_opt(field(n, "type"), span(n));
        TypeSpec { id, span: span(n), name, type_params, alias: node_kind(n) == "type_alias", ty }
    }

    fn func_decl(&mut self, n: Node<'_>) -> Decl {
        let id = self.id();
        let recv = field(n, "receiver").map(|r| self.params(r));
        let name_node = field(n, "name");
        let name = self.ident_opt(name_node, span(n));
        let type_params = match field(n, "type_parameters") {
            Some(t) => Some(self.type_params(t)),
            None => self.method_type_params_of(n, name_node).map(|t| self.type_params(t)),
        };
        let sig_end = field(n, "result")
            .or_else(|| field(n, "parameters"))
            .map_or(n.end_byte(), |k| k.end_byte());
        let sig = self.signature(n, Span::new(n.start_byte(), sig_end));
        let body = field(n, "body").map(|b| self.block(b));
        let decl = FuncDecl { recv, name, type_params, sig, body };
        Decl { id, span: span(n), kind: DeclKind::Func(Box::new(decl)) }
    }

    /// A generic method's separately parsed type parameter list: the one starting between the
    /// method's name and its parameters.
    fn method_type_params_of(&self, n: Node<'_>, name: Option<Node<'_>>) -> Option<Node<'a>> {
        let name = name?;
        let end = field(n, "parameters").map_or(n.end_byte(), |p| p.start_byte());
        self.method_type_params
            .iter()
            .find(|(at, _)| (name.end_byte()..end).contains(at))
            .map(|&(_, t)| t)
    }

    /// The `parameters` and `result` fields of a function-like node as a [`FuncType`].
    fn signature(&mut self, n: Node<'_>, sp: Span) -> FuncType {
        let id = self.id();
        self.signature_with_id(id, n, sp)
    }

    fn signature_with_id(&mut self, id: NodeId, n: Node<'_>, sp: Span) -> FuncType {
        let params = match field(n, "parameters") {
            Some(p) => self.params(p),
            None => {
                FieldList { id: self.id(), span: Span::empty(sp.end as usize), fields: Vec::new() }
            }
        };
        let results = field(n, "result").map(|r| {
            if node_kind(r) == "parameter_list" {
                self.params(r)
            } else {
                let lid = self.id();
                let fid = self.id();
                let ty = self.ty(r);
                FieldList {
                    id: lid,
                    span: span(r),
                    fields: vec![Field {
                        id: fid,
                        span: span(r),
                        names: Vec::new(),
                        ty,
                        variadic: false,
                        tag: None,
                    }],
                }
            }
        });
        FuncType { id, span: sp, params, results }
    }

    fn params(&mut self, n: Node<'_>) -> FieldList {
        let id = self.id();
        let mut out = Vec::new();
        for k in kids(n) {
            match node_kind(k) {
                "parameter_declaration" | "variadic_parameter_declaration" => {
                    let fid = self.id();
                    let names = fields(k, "name").into_iter().map(|x| self.ident(x)).collect();
                    let ty = self.ty_opt(field(k, "type"), span(k));
                    out.push(Field {
                        id: fid,
                        span: span(k),
                        names,
                        ty,
                        variadic: node_kind(k) == "variadic_parameter_declaration",
                        tag: None,
                    });
                }
                _ => {
                    self.fallback(k);
                    let fid = self.id();
                    let ty = self.bad_expr(span(k));
                    out.push(Field {
                        id: fid,
                        span: span(k),
                        names: Vec::new(),
                        ty,
                        variadic: false,
                        tag: None,
                    });
                }
            }
        }
        // gc: either every parameter is named or none is (`func f(a int, b)` lacks b's type).
        if out.iter().any(|f| !f.names.is_empty()) {
            if let Some(unnamed) = out.iter().rev().find(|f| f.names.is_empty()) {
                self.error(Span::empty(unnamed.span.end as usize), "missing parameter type");
            }
        }
        FieldList { id, span: span(n), fields: out }
    }

    fn type_params(&mut self, n: Node<'_>) -> FieldList {
        let id = self.id();
        let mut out = Vec::new();
        for k in kids(n) {
            let fid = self.id();
            if node_kind(k) != "type_parameter_declaration" {
                self.fallback(k);
                let ty = self.bad_expr(span(k));
                out.push(Field {
                    id: fid,
                    span: span(k),
                    names: Vec::new(),
                    ty,
                    variadic: false,
                    tag: None,
                });
                continue;
            }
            let names = fields(k, "name").into_iter().map(|x| self.ident(x)).collect();
            let ty = match field(k, "type") {
                Some(c) => self.union(c),
                None => self.bad_expr(Span::empty(k.end_byte())),
            };
            out.push(Field { id: fid, span: span(k), names, ty, variadic: false, tag: None });
        }
        FieldList { id, span: span(n), fields: out }
    }

    /// A `type_constraint` or `type_elem`: one term, or a [`ExprKind::Union`] of several.
    fn union(&mut self, n: Node<'_>) -> Expr {
        let terms = kids(n);
        if terms.len() == 1 {
            return self.ty(terms[0]);
        }
        let id = self.id();
        if terms.is_empty() {
            return Expr { id, span: span(n), kind: ExprKind::Bad };
        }
        let terms = terms.into_iter().map(|t| self.ty(t)).collect();
        Expr { id, span: span(n), kind: ExprKind::Union(terms) }
    }

    // -----------------------------------------------------------------------------------------
    // Statements

    fn block(&mut self, n: Node<'_>) -> Block {
        let id = self.id();
        let mut stmts = Vec::new();
        if self.enter(n) {
            for k in kids(n) {
                if node_kind(k) == "statement_list" {
                    self.stmt_list(k, &mut stmts);
                } else {
                    stmts.push(self.stmt(k));
                }
            }
            self.leave();
        }
        Block { id, span: span(n), stmts }
    }

    fn stmt_list(&mut self, n: Node<'_>, out: &mut Vec<Stmt>) {
        for k in kids(n) {
            out.push(self.stmt(k));
        }
    }

    fn opt_stmt(&mut self, n: Option<Node<'_>>) -> Option<Box<Stmt>> {
        n.map(|k| Box::new(self.stmt(k)))
    }

    fn stmt(&mut self, n: Node<'_>) -> Stmt {
        let id = self.id();
        if !self.enter(n) {
            return Stmt { id, span: span(n), kind: StmtKind::Bad };
        }
        let kind = self.stmt_kind(n);
        self.leave();
        Stmt { id, span: span(n), kind }
    }

    fn stmt_kind(&mut self, n: Node<'_>) -> StmtKind {
        let sp = span(n);
        match node_kind(n) {
            "const_declaration" | "var_declaration" | "type_declaration" => {
                self.s_const_declaration(n, sp)
            }
            "empty_statement" => self.s_empty_statement(n, sp),
            "labeled_statement" => self.s_labeled_statement(n, sp),
            "expression_statement" => self.s_expression_statement(n, sp),
            "send_statement" => self.s_send_statement(n, sp),
            "inc_statement" | "dec_statement" => self.s_inc_statement(n, sp),
            "assignment_statement" => self.s_assignment_statement(n, sp),
            "short_var_declaration" => self.s_short_var_declaration(n, sp),
            "receive_statement" => self.s_receive_statement(n, sp),
            "go_statement" => self.s_go_statement(n, sp),
            "defer_statement" => self.s_defer_statement(n, sp),
            "return_statement" => self.s_return_statement(n, sp),
            "break_statement"
            | "continue_statement"
            | "goto_statement"
            | "fallthrough_statement" => self.s_break_statement(n, sp),
            "block" => self.s_block(n, sp),
            "if_statement" => self.s_if_statement(n, sp),
            "for_statement" => self.s_for_statement(n, sp),
            "expression_switch_statement" => self.s_expression_switch_statement(n, sp),
            "type_switch_statement" => self.s_type_switch_statement(n, sp),
            "select_statement" => self.s_select_statement(n, sp),
            _ => {
                self.fallback(n);
                StmtKind::Bad
            }
        }
    }

    /// gc rejects a non-identifier on the left of `:=` while parsing.
    fn check_define_lhs(&mut self, lhs: &[Expr]) {
        for e in lhs {
            if !matches!(e.kind, ExprKind::Ident(_) | ExprKind::Bad) {
                let text = self.text.get(e.span.range()).unwrap_or("").to_string();
                self.errors.push(crate::errors::plain(
                    Span::empty(e.span.start as usize),
                    format!("non-name {text} on left side of :="),
                ));
            }
        }
    }

    fn case_clause(&mut self, n: Node<'_>) -> CaseClause {
        let id = self.id();
        let list = match node_kind(n) {
            "default_case" => None,
            "expression_case" => Some(self.expr_list_opt(field(n, "value"))),
            _ => Some(
                fields(n, "type")
                    .into_iter()
                    .filter(|k| k.is_named())
                    .map(|k| self.ty(k))
                    .collect(),
            ),
        };
        let mut body = Vec::new();
        if let Some(l) = kids(n).into_iter().find(|c| node_kind(c) == "statement_list") {
            self.stmt_list(l, &mut body);
        }
        CaseClause { id, span: span(n), list, body }
    }

    fn for_stmt(&mut self, n: Node<'_>) -> StmtKind {
        let sp = span(n);
        let header = kids(n).into_iter().find(|k| node_kind(k) != "block");
        match header {
            Some(h) if node_kind(h) == "range_clause" => {
                let (key, value) = match field(h, "left") {
                    Some(l) => {
                        let vars =
                            if node_kind(l) == "expression_list" { kids(l) } else { vec![l] };
                        // gc's type checker rejects a third variable (at it) and checks no
                        // further; the AST has room for two, so the rest are not lowered
                        // (no node ids are allocated for them).
                        if let Some(third) = vars.get(2) {
                            self.errors.push(Diagnostic::lexical(
                                Span::empty(third.start_byte()),
                                "range clause permits at most two iteration variables",
                            ));
                        }
                        let key = vars.first().map(|&k| Box::new(self.expr(k)));
                        let value = vars.get(1).map(|&v| Box::new(self.expr(v)));
                        (key, value)
                    }
                    None => (None, None),
                };
                let define = has_token(h, ":=");
                let x = self.expr_opt(field(h, "right"), span(h));
                let body = self.block_opt(field(n, "body"), sp);
                StmtKind::Range { key, value, define, x, body }
            }
            Some(h) if node_kind(h) == "for_clause" => {
                let init = self.opt_stmt(field(h, "initializer"));
                let cond = field(h, "condition").map(|c| self.expr(c));
                let post = field(h, "update");
                if let Some(p) = post.filter(|p| node_kind(p) == "short_var_declaration") {
                    self.error(
                        Span::empty(p.start_byte()),
                        "cannot declare in post statement of for loop",
                    );
                }
                let post = self.opt_stmt(post);
                let body = self.block_opt(field(n, "body"), sp);
                StmtKind::For { init, cond, post, body }
            }
            Some(h) => {
                let cond = Some(self.expr(h));
                let body = self.block_opt(field(n, "body"), sp);
                StmtKind::For { init: None, cond, post: None, body }
            }
            None => {
                let body = self.block_opt(field(n, "body"), sp);
                StmtKind::For { init: None, cond: None, post: None, body }
            }
        }
    }

    fn block_opt(&mut self, n: Option<Node<'_>>, parent: Span) -> Block {
        match n {
            Some(b) if node_kind(b) == "block" => self.block(b),
            _ => Block { id: self.id(), span: Span::empty(parent.end as usize), stmts: Vec::new() },
        }
    }

    // -----------------------------------------------------------------------------------------
    // Expressions

    fn first_expr(&mut self, n: Node<'_>) -> Expr {
        let sp = span(n);
        let first = kids(n).into_iter().next();
        self.expr_opt(first, sp)
    }

    fn expr_opt(&mut self, n: Option<Node<'_>>, parent: Span) -> Expr {
        match n {
            Some(k) => self.expr(k),
            None => self.bad_expr(Span::empty(parent.end as usize)),
        }
    }

    fn ty_opt(&mut self, n: Option<Node<'_>>, parent: Span) -> Expr {
        self.expr_opt(n, parent)
    }

    fn expr_list(&mut self, n: Node<'_>) -> Vec<Expr> {
        if node_kind(n) != "expression_list" {
            return vec![self.expr(n)];
        }
        kids(n).into_iter().map(|k| self.expr(k)).collect()
    }

    fn expr_list_opt(&mut self, n: Option<Node<'_>>) -> Vec<Expr> {
        match n {
            Some(k) => self.expr_list(k),
            None => Vec::new(),
        }
    }

    fn boxed(&mut self, n: Option<Node<'_>>, parent: Span) -> Box<Expr> {
        Box::new(self.expr_opt(n, parent))
    }

    /// Types and expressions share one lowering (see [`crate::ast`]).
    fn ty(&mut self, n: Node<'_>) -> Expr {
        self.expr(n)
    }

    fn expr(&mut self, n: Node<'_>) -> Expr {
        let sp = span(n);
        match node_kind(n) {
            // An identifier or literal expression shares its id with the inner node.
            "identifier" | "type_identifier" | "field_identifier" | "package_identifier"
            | "true" | "false" | "nil" | "iota" | "blank_identifier" => {
                let ident = self.ident(n);
                return Expr { id: ident.id, span: sp, kind: ExprKind::Ident(ident) };
            }
            "int_literal"
            | "float_literal"
            | "imaginary_literal"
            | "rune_literal"
            | "interpreted_string_literal"
            | "raw_string_literal" => {
                let lit = self.lit(n);
                return Expr { id: lit.id, span: sp, kind: ExprKind::BasicLit(lit) };
            }
            _ => {}
        }
        let id = self.id();
        if !self.enter(n) {
            return Expr { id, span: span(n), kind: ExprKind::Bad };
        }
        if node_kind(n) == "function_type" {
            // The type expression and its signature are one node.
            let sig = self.signature_with_id(id, n, sp);
            self.leave();
            return Expr { id, span: sp, kind: ExprKind::FuncType(sig) };
        }
        let kind = self.expr_kind(n);
        self.leave();
        Expr { id, span: span(n), kind }
    }

    fn lit(&mut self, n: Node<'_>) -> BasicLit {
        let id = self.id();
        let raw = self.text_of(n);
        // Lexical errors are reported from the token stream (crate::token), not here.
        let value = match node_kind(n) {
            "int_literal" => lit::number(raw, lit::NumKind::Int).0,
            "float_literal" => lit::number(raw, lit::NumKind::Float).0,
            "imaginary_literal" => lit::number(raw, lit::NumKind::Imag).0,
            "rune_literal" => lit::rune(raw).0,
            _ => lit::string(raw).0,
        };
        BasicLit { id, span: span(n), raw: raw.to_string(), value }
    }

    fn string_lit(&mut self, n: Node<'_>) -> BasicLit {
        self.lit(n)
    }

    fn expr_kind(&mut self, n: Node<'_>) -> ExprKind {
        let sp = span(n);
        match node_kind(n) {
            "parenthesized_expression" | "parenthesized_type" => {
                self.e_parenthesized_expression(n, sp)
            }
            "selector_expression" => self.e_selector_expression(n, sp),
            "qualified_type" => self.e_qualified_type(n, sp),
            "index_expression" => self.e_index_expression(n, sp),
            "type_instantiation_expression" => self.e_type_instantiation_expression(n, sp),
            "generic_type" => self.e_generic_type(n, sp),
            "slice_expression" => self.e_slice_expression(n, sp),
            "type_assertion_expression" => self.e_type_assertion_expression(n, sp),
            "call_expression" => self.e_call_expression(n, sp),
            "type_conversion_expression" => self.e_type_conversion_expression(n, sp),
            "unary_expression" => self.e_unary_expression(n, sp),
            "binary_expression" => self.e_binary_expression(n, sp),
            "composite_literal" => self.e_composite_literal(n, sp),
            "literal_value" => self.e_literal_value(n, sp),
            "func_literal" => self.e_func_literal(n, sp),
            "pointer_type" => self.e_pointer_type(n, sp),
            "array_type" => self.e_array_type(n, sp),
            "implicit_length_array_type" => self.e_implicit_length_array_type(n, sp),
            "slice_type" => self.e_slice_type(n, sp),
            "map_type" => self.e_map_type(n, sp),
            "channel_type" => self.e_channel_type(n, sp),
            "struct_type" => self.e_struct_type(n, sp),
            "interface_type" => self.e_interface_type(n, sp),
            "negated_type" => self.e_negated_type(n, sp),
            "type_elem" | "type_constraint" => self.e_type_elem(n, sp),
            _ => {
                self.fallback(n);
                ExprKind::Bad
            }
        }
    }

    fn type_args(&mut self, n: Node<'_>) -> Vec<Expr> {
        kids(n)
            .into_iter()
            .map(|k| if node_kind(k) == "type_elem" { self.union(k) } else { self.ty(k) })
            .collect()
    }

    /// tree-sitter accepts a list whose last element is followed by a line break without a
    /// comma; gc's automatic semicolon makes that an error.
    fn check_list_end(&mut self, n: Node<'_>, context: &str, closer: &str) {
        if n.has_error() {
            return;
        }
        let Some(last) = kids(n).last().copied() else { return };
        let Some(close) = all_kids(n).into_iter().rev().find(|k| node_kind(k) == closer) else {
            return;
        };
        let between = self.text.get(last.end_byte()..close.start_byte()).unwrap_or("");
        if between.contains(',') {
            return;
        }
        let trimmed = between.trim_start_matches([' ', '\t', '\r']);
        let at = last.end_byte() + (between.len() - trimmed.len());
        let newline = trimmed.starts_with('\n')
            || trimmed.starts_with("//")
            || (trimmed.starts_with("/*")
                && trimmed.split("*/").next().is_some_and(|c| c.contains('\n')));
        let newline = newline || (between.contains('\n') && trimmed.starts_with("/*"));
        if newline {
            self.error(
                Span::empty(at),
                format!("unexpected newline in {context}; possibly missing comma or {closer}"),
            );
        }
    }

    fn args(&mut self, n: Node<'_>) -> (Vec<Expr>, bool) {
        self.check_list_end(n, "argument list", ")");
        let mut spread = false;
        let mut out = Vec::new();
        for k in kids(n) {
            if node_kind(k) == "variadic_argument" {
                spread = true;
                out.push(self.first_expr(k));
            } else {
                out.push(self.expr(k));
            }
        }
        (out, spread)
    }

    fn literal_elems(&mut self, n: Node<'_>) -> Vec<Expr> {
        self.check_list_end(n, "composite literal", "}");
        let mut out = Vec::new();
        for k in kids(n) {
            match node_kind(k) {
                "keyed_element" => {
                    let id = self.id();
                    let key = self.literal_elem(field(k, "key"), span(k));
                    let value = self.literal_elem(field(k, "value"), span(k));
                    out.push(Expr {
                        id,
                        span: span(k),
                        kind: ExprKind::KeyValue { key: Box::new(key), value: Box::new(value) },
                    });
                }
                "literal_element" => out.push(self.literal_elem(Some(k), span(k))),
                _ => {
                    self.fallback(k);
                    out.push(self.bad_expr(span(k)));
                }
            }
        }
        out
    }

    /// A `literal_element` wraps an expression or an elided-type `literal_value`.
    fn literal_elem(&mut self, n: Option<Node<'_>>, parent: Span) -> Expr {
        let inner = n.and_then(|k| {
            if node_kind(k) == "literal_element" {
                kids(k).into_iter().next()
            } else {
                Some(k)
            }
        });
        self.expr_opt(inner, parent)
    }

    fn struct_field(&mut self, n: Node<'_>) -> Field {
        let id = self.id();
        if node_kind(n) != "field_declaration" {
            self.fallback(n);
            let ty = self.bad_expr(span(n));
            return Field { id, span: span(n), names: Vec::new(), ty, variadic: false, tag: None };
        }
        let names: Vec<Ident> = fields(n, "name").into_iter().map(|k| self.ident(k)).collect();
        let ty_node = field(n, "type");
        let ty = if names.is_empty() && has_token(n, "*") {
            // Embedded `*T`: the star is a token of the field, not a pointer_type node.
            let sid = self.id();
            let start = all_kids(n)
                .into_iter()
                .find(|k| node_kind(k) == "*")
                .map_or(n.start_byte(), |k| k.start_byte());
            let end = ty_node.map_or(n.end_byte(), |t| t.end_byte());
            let inner = self.boxed(ty_node, span(n));
            Expr { id: sid, span: Span::new(start, end), kind: ExprKind::Star(inner) }
        } else {
            self.ty_opt(ty_node, span(n))
        };
        let tag = field(n, "tag").map(|t| self.lit(t));
        Field { id, span: span(n), names, ty, variadic: false, tag }
    }

    #[inline(never)]
    fn e_parenthesized_expression(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let inner = kids(n).into_iter().next();
        ExprKind::Paren(self.boxed(inner, sp))
    }

    #[inline(never)]
    fn e_selector_expression(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let x = self.boxed(field(n, "operand"), sp);
        let sel = self.ident_opt(field(n, "field"), sp);
        ExprKind::Selector { x, sel }
    }

    #[inline(never)]
    fn e_qualified_type(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        // `pkg.T`: the package is an operand like any other.
        let pkg = field(n, "package");
        let x = match pkg {
            Some(p) => Box::new(self.expr(p)),
            None => Box::new(self.bad_expr(Span::empty(n.start_byte()))),
        };
        let sel = self.ident_opt(field(n, "name"), sp);
        ExprKind::Selector { x, sel }
    }

    #[inline(never)]
    fn e_index_expression(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let x = self.boxed(field(n, "operand"), sp);
        let index = field(n, "index");
        // `x.M[A, B]` re-parsed as `x.M[A| B]` (see crate::reparse): one index per comma.
        let mut args = Vec::new();
        let mut cur = index;
        while let Some(b) = cur.filter(|b| node_kind(b) == "binary_expression") {
            if field(b, "operator").is_none_or(|o| self.text_of(o) != ",") {
                break;
            }
            args.push(field(b, "right"));
            cur = field(b, "left");
        }
        if args.is_empty() {
            let idx = self.expr_opt(index, sp);
            return ExprKind::Index { x, indices: vec![idx] };
        }
        args.push(cur);
        let indices = args.into_iter().rev().map(|k| self.expr_opt(k, sp)).collect();
        ExprKind::Index { x, indices }
    }

    #[inline(never)]
    fn e_type_instantiation_expression(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let ty = field(n, "type");
        let x = self.boxed(ty, sp);
        let indices = kids(n).into_iter().filter(|k| Some(*k) != ty).map(|k| self.ty(k)).collect();
        ExprKind::Index { x, indices }
    }

    #[inline(never)]
    fn e_generic_type(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let x = self.boxed(field(n, "type"), sp);
        let indices = match field(n, "type_arguments") {
            Some(a) => self.type_args(a),
            None => Vec::new(),
        };
        ExprKind::Index { x, indices }
    }

    #[inline(never)]
    fn e_slice_expression(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let x = self.boxed(field(n, "operand"), sp);
        let low = field(n, "start").map(|k| Box::new(self.expr(k)));
        let high = field(n, "end").map(|k| Box::new(self.expr(k)));
        let max = field(n, "capacity").map(|k| Box::new(self.expr(k)));
        let colons = all_kids(n).iter().filter(|k| !k.is_named() && node_kind(**k) == ":").count();
        ExprKind::Slice { x, low, high, max, three: colons >= 2 }
    }

    #[inline(never)]
    fn e_type_assertion_expression(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let x = self.boxed(field(n, "operand"), sp);
        let ty = field(n, "type").map(|k| Box::new(self.ty(k)));
        ExprKind::TypeAssert { x, ty }
    }

    #[inline(never)]
    fn e_call_expression(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let f = field(n, "function");
        let fun = match field(n, "type_arguments") {
            // `f[int](x)`: an instantiation, then a call (go/ast's shape).
            Some(targs) => {
                let iid = self.id();
                let start = f.map_or(n.start_byte(), |k| k.start_byte());
                let x = self.boxed(f, sp);
                let indices = self.type_args(targs);
                Box::new(Expr {
                    id: iid,
                    span: Span::new(start, targs.end_byte()),
                    kind: ExprKind::Index { x, indices },
                })
            }
            None => self.boxed(f, sp),
        };
        let (args, spread) = match field(n, "arguments") {
            Some(a) => self.args(a),
            None => (Vec::new(), false),
        };
        ExprKind::Call { fun, args, spread }
    }

    #[inline(never)]
    fn e_type_conversion_expression(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let fun = self.boxed(field(n, "type"), sp);
        let arg = self.expr_opt(field(n, "operand"), sp);
        ExprKind::Call { fun, args: vec![arg], spread: false }
    }

    #[inline(never)]
    fn e_unary_expression(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let op = field(n, "operator").map_or("", |o| node_kind(o));
        let x = self.boxed(field(n, "operand"), sp);
        let op = match op {
            "*" => return ExprKind::Star(x),
            "+" => UnaryOp::Pos,
            "-" => UnaryOp::Neg,
            "!" => UnaryOp::Not,
            "^" => UnaryOp::Xor,
            "&" => UnaryOp::Addr,
            _ => UnaryOp::Recv,
        };
        ExprKind::Unary { op, x }
    }

    #[inline(never)]
    fn e_binary_expression(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let x = self.boxed(field(n, "left"), sp);
        let op_node = field(n, "operator");
        // A re-parse rewrites only commas of type argument lists to `|` (handled by the index
        // expression); one anywhere else means the recovery misfired: never a silent `|`.
        let rewritten = op_node.is_some_and(|o| self.text_of(o) != node_kind(o));
        let op = op_node.and_then(|o| BinaryOp::from_token(node_kind(o))).filter(|_| !rewritten);
        if rewritten {
            let at = op_node.map_or(n.start_byte(), |o| o.start_byte());
            self.error(Span::empty(at), "unexpected comma");
        }
        let y = self.boxed(field(n, "right"), sp);
        match op {
            Some(op) => ExprKind::Binary { op, x, y },
            None => ExprKind::Bad,
        }
    }

    #[inline(never)]
    fn e_composite_literal(&mut self, n: Node<'_>, _sp: Span) -> ExprKind {
        let ty = field(n, "type").map(|t| Box::new(self.ty(t)));
        let elts = match field(n, "body") {
            Some(b) => self.literal_elems(b),
            None => Vec::new(),
        };
        ExprKind::CompositeLit { ty, elts }
    }

    #[inline(never)]
    fn e_literal_value(&mut self, n: Node<'_>, _sp: Span) -> ExprKind {
        ExprKind::CompositeLit { ty: None, elts: self.literal_elems(n) }
    }

    #[inline(never)]
    fn e_func_literal(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let sig_end = field(n, "result")
            .or_else(|| field(n, "parameters"))
            .map_or(n.end_byte(), |k| k.end_byte());
        let sig = self.signature(n, Span::new(n.start_byte(), sig_end));
        let body = self.block_opt(field(n, "body"), sp);
        ExprKind::FuncLit { sig, body }
    }

    #[inline(never)]
    fn e_pointer_type(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let inner = kids(n).into_iter().next();
        ExprKind::Star(self.boxed(inner, sp))
    }

    #[inline(never)]
    fn e_array_type(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let len = Some(self.boxed(field(n, "length"), sp));
        let elem = self.boxed(field(n, "element"), sp);
        ExprKind::ArrayType { len, elem }
    }

    #[inline(never)]
    fn e_implicit_length_array_type(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        ExprKind::ArrayType { len: None, elem: self.boxed(field(n, "element"), sp) }
    }

    #[inline(never)]
    fn e_slice_type(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        ExprKind::SliceType { elem: self.boxed(field(n, "element"), sp) }
    }

    #[inline(never)]
    fn e_map_type(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let key = self.boxed(field(n, "key"), sp);
        let value = self.boxed(field(n, "value"), sp);
        ExprKind::MapType { key, value }
    }

    #[inline(never)]
    fn e_channel_type(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let toks: Vec<&str> =
            all_kids(n).iter().filter(|k| !k.is_named()).map(|k| node_kind(k)).collect();
        let dir = match toks.as_slice() {
            ["<-", ..] => ChanDir::Recv,
            ["chan", "<-", ..] => ChanDir::Send,
            _ => ChanDir::Both,
        };
        ExprKind::ChanType { dir, elem: self.boxed(field(n, "value"), sp) }
    }

    #[inline(never)]
    fn e_struct_type(&mut self, n: Node<'_>, _sp: Span) -> ExprKind {
        let fid = self.id();
        let list = kids(n).into_iter().find(|k| node_kind(k) == "field_declaration_list");
        let mut out = Vec::new();
        if let Some(l) = list {
            for f in kids(l) {
                out.push(self.struct_field(f));
            }
        }
        let lsp = list.map_or(Span::empty(n.end_byte()), span);
        ExprKind::StructType { fields: FieldList { id: fid, span: lsp, fields: out } }
    }

    #[inline(never)]
    fn e_interface_type(&mut self, n: Node<'_>, _sp: Span) -> ExprKind {
        let mut elems = Vec::new();
        for k in kids(n) {
            let eid = self.id();
            let kind = match node_kind(k) {
                "method_elem" => {
                    let name = self.ident_opt(field(k, "name"), span(k));
                    let sig_start =
                        field(k, "parameters").map_or(k.start_byte(), |p| p.start_byte());
                    let sig = self.signature(k, Span::new(sig_start, k.end_byte()));
                    InterfaceElemKind::Method { name, sig }
                }
                "type_elem" => InterfaceElemKind::Embed(self.union(k)),
                _ => {
                    self.fallback(k);
                    InterfaceElemKind::Embed(self.bad_expr(span(k)))
                }
            };
            elems.push(InterfaceElem { id: eid, span: span(k), kind });
        }
        ExprKind::InterfaceType { elems }
    }

    #[inline(never)]
    fn e_negated_type(&mut self, n: Node<'_>, sp: Span) -> ExprKind {
        let inner = kids(n).into_iter().next();
        ExprKind::Tilde(self.boxed(inner, sp))
    }

    #[inline(never)]
    fn e_type_elem(&mut self, n: Node<'_>, _sp: Span) -> ExprKind {
        // Reached only through unusual nesting; lower as a union of its terms.
        let terms: Vec<Node<'_>> = kids(n);
        if terms.len() == 1 {
            return self.ty(terms[0]).kind;
        }
        ExprKind::Union(terms.into_iter().map(|t| self.ty(t)).collect())
    }

    #[inline(never)]
    fn s_const_declaration(&mut self, n: Node<'_>, _sp: Span) -> StmtKind {
        StmtKind::Decl(self.gen_decl(n))
    }

    #[inline(never)]
    fn s_empty_statement(&mut self, _n: Node<'_>, _sp: Span) -> StmtKind {
        StmtKind::Empty
    }

    #[inline(never)]
    fn s_labeled_statement(&mut self, n: Node<'_>, sp: Span) -> StmtKind {
        let label = self.ident_opt(field(n, "label"), sp);
        let inner = kids(n).into_iter().find(|k| node_kind(k) != "label_name");
        let stmt = match inner {
            Some(k) => self.stmt(k),
            None => Stmt { id: self.id(), span: Span::empty(n.end_byte()), kind: StmtKind::Empty },
        };
        StmtKind::Labeled { label, stmt: Box::new(stmt) }
    }

    #[inline(never)]
    fn s_expression_statement(&mut self, n: Node<'_>, _sp: Span) -> StmtKind {
        StmtKind::Expr(self.first_expr(n))
    }

    #[inline(never)]
    fn s_send_statement(&mut self, n: Node<'_>, sp: Span) -> StmtKind {
        let chan = self.expr_opt(field(n, "channel"), sp);
        let value = self.expr_opt(field(n, "value"), sp);
        StmtKind::Send { chan, value }
    }

    #[inline(never)]
    fn s_inc_statement(&mut self, n: Node<'_>, _sp: Span) -> StmtKind {
        StmtKind::IncDec { x: self.first_expr(n), inc: node_kind(n) == "inc_statement" }
    }

    #[inline(never)]
    fn s_assignment_statement(&mut self, n: Node<'_>, _sp: Span) -> StmtKind {
        let lhs = self.expr_list_opt(field(n, "left"));
        let op_text = field(n, "operator").map_or("=", |o| node_kind(o));
        let op = op_text.strip_suffix('=').and_then(BinaryOp::from_token);
        let rhs = self.expr_list_opt(field(n, "right"));
        StmtKind::Assign { lhs, op, rhs }
    }

    #[inline(never)]
    fn s_short_var_declaration(&mut self, n: Node<'_>, _sp: Span) -> StmtKind {
        let lhs = self.expr_list_opt(field(n, "left"));
        self.check_define_lhs(&lhs);
        let rhs = self.expr_list_opt(field(n, "right"));
        StmtKind::Define { lhs, rhs }
    }

    #[inline(never)]
    fn s_receive_statement(&mut self, n: Node<'_>, sp: Span) -> StmtKind {
        // Only inside `select` cases: `v, ok := <-ch` / `v = <-ch` / `<-ch`. The left side is
        // lowered first (ids follow source order).
        let left = field(n, "left");
        let lhs = left.map(|l| self.expr_list(l));
        let right = self.expr_opt(field(n, "right"), sp);
        match lhs {
            None => StmtKind::Expr(right),
            Some(lhs) => {
                if has_token(n, ":=") {
                    self.check_define_lhs(&lhs);
                    StmtKind::Define { lhs, rhs: vec![right] }
                } else {
                    StmtKind::Assign { lhs, op: None, rhs: vec![right] }
                }
            }
        }
    }

    #[inline(never)]
    fn s_go_statement(&mut self, n: Node<'_>, _sp: Span) -> StmtKind {
        let call = self.first_expr(n);
        self.check_call_stmt(&call, "go");
        StmtKind::Go(call)
    }

    /// gc requires `go`/`defer` to be followed by an unparenthesised call.
    fn check_call_stmt(&mut self, e: &Expr, keyword: &str) {
        let msg = match &e.kind {
            ExprKind::Call { .. } | ExprKind::Bad => return,
            ExprKind::Paren(inner) if matches!(inner.kind, ExprKind::Call { .. }) => {
                format!("expression in {keyword} must not be parenthesized")
            }
            _ => format!("expression in {keyword} must be function call"),
        };
        self.errors.push(crate::errors::plain(Span::empty(e.span.start as usize), msg));
    }

    #[inline(never)]
    fn s_defer_statement(&mut self, n: Node<'_>, _sp: Span) -> StmtKind {
        let call = self.first_expr(n);
        self.check_call_stmt(&call, "defer");
        StmtKind::Defer(call)
    }

    #[inline(never)]
    fn s_return_statement(&mut self, n: Node<'_>, _sp: Span) -> StmtKind {
        let list = kids(n).into_iter().find(|k| node_kind(k) == "expression_list");
        StmtKind::Return(self.expr_list_opt(list))
    }

    #[inline(never)]
    fn s_break_statement(&mut self, n: Node<'_>, _sp: Span) -> StmtKind {
        let kind = match node_kind(n) {
            "break_statement" => BranchKind::Break,
            "continue_statement" => BranchKind::Continue,
            "goto_statement" => BranchKind::Goto,
            _ => BranchKind::Fallthrough,
        };
        let label =
            kids(n).into_iter().find(|k| node_kind(k) == "label_name").map(|l| self.ident(l));
        StmtKind::Branch { kind, label }
    }

    #[inline(never)]
    fn s_block(&mut self, n: Node<'_>, _sp: Span) -> StmtKind {
        StmtKind::Block(self.block(n))
    }

    #[inline(never)]
    fn s_if_statement(&mut self, n: Node<'_>, sp: Span) -> StmtKind {
        let init = self.opt_stmt(field(n, "initializer"));
        let cond = self.expr_opt(field(n, "condition"), sp);
        let then = self.block_opt(field(n, "consequence"), sp);
        let els = self.opt_stmt(field(n, "alternative"));
        StmtKind::If { init, cond, then, els }
    }

    #[inline(never)]
    fn s_for_statement(&mut self, n: Node<'_>, _sp: Span) -> StmtKind {
        self.for_stmt(n)
    }

    #[inline(never)]
    fn s_expression_switch_statement(&mut self, n: Node<'_>, _sp: Span) -> StmtKind {
        let init = self.opt_stmt(field(n, "initializer"));
        let tag = field(n, "value").map(|v| self.expr(v));
        let mut cases = Vec::new();
        for k in kids(n) {
            match node_kind(k) {
                "expression_case" | "default_case" => cases.push(self.case_clause(k)),
                _ => {}
            }
        }
        StmtKind::Switch { init, tag, cases }
    }

    #[inline(never)]
    fn s_type_switch_statement(&mut self, n: Node<'_>, sp: Span) -> StmtKind {
        let init = self.opt_stmt(field(n, "initializer"));
        let bind = field(n, "alias").map(|a| {
            let names = kids(a);
            if names.len() != 1 || names[0].kind() != "identifier" {
                self.error(
                    span(a),
                    format!("invalid variable name {} in type switch", self.text_of(a)),
                );
            }
            self.ident_opt(names.first().copied(), span(a))
        });
        let x = self.expr_opt(field(n, "value"), sp);
        let mut cases = Vec::new();
        for k in kids(n) {
            match node_kind(k) {
                "type_case" | "default_case" => cases.push(self.case_clause(k)),
                _ => {}
            }
        }
        StmtKind::TypeSwitch { init, bind, x, cases }
    }

    #[inline(never)]
    fn s_select_statement(&mut self, n: Node<'_>, _sp: Span) -> StmtKind {
        let mut cases = Vec::new();
        for k in kids(n) {
            if !matches!(node_kind(k), "communication_case" | "default_case") {
                continue;
            }
            let id = self.id();
            let comm = field(k, "communication").map(|c| Box::new(self.stmt(c)));
            let mut body = Vec::new();
            if let Some(l) = kids(k).into_iter().find(|c| node_kind(c) == "statement_list") {
                self.stmt_list(l, &mut body);
            }
            cases.push(CommClause { id, span: span(k), comm, body });
        }
        StmtKind::Select { cases }
    }
}
