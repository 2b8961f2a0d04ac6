//! Syntax errors from tree-sitter's `ERROR` and `MISSING` nodes, worded the way gc words them.
//!
//! tree-sitter recovers differently from gc's recursive-descent parser, so we do not trust its
//! error nodes for *what* went wrong: we use them for *where*, find the Go token gc would have
//! stumbled on there (with gc's automatic semicolons, so a line end is `newline`), and describe
//! it the way gc does (`unexpected newline`, `unexpected name x`, `unexpected keyword else`),
//! adding what gc expected when the context makes it clear.

use escapade_base::{Diagnostic, Span};
use tree_sitter::Node;

use crate::token::{self, Tok, TokKind};

/// One iterative pass over the CST: comments, and one diagnostic per error region.
pub(crate) struct CstScan {
    pub comments: Vec<Span>,
    pub errors: Vec<Diagnostic>,
}

pub(crate) fn scan(root: Node<'_>, text: &str) -> CstScan {
    let mut sites: Vec<(Node<'_>, bool)> = Vec::new();
    let mut cursor = root.walk();
    // Iterative preorder walk (deep input must not overflow the stack).
    'walk: loop {
        let node = cursor.node();
        let mut descend = true;
        if node.is_missing() {
            sites.push((node, true));
            descend = false;
        } else if node.is_error() {
            sites.push((node, false));
        } else if !node.has_error() {
            descend = false;
        }
        if descend && cursor.goto_first_child() {
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                continue 'walk;
            }
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    let (tokens, lex_errors) = token::tokenize(text);
    let comments = tokens.iter().filter(|t| t.kind == TokKind::Comment).map(|t| t.span).collect();
    let mut errors = Vec::new();
    for (node, missing) in sites {
        // Errors nested in an error region already reported are one problem.
        if errors.last().is_some_and(|d: &Diagnostic| node.start_byte() < d_end(d)) {
            continue;
        }
        errors.push(describe(node, missing, text, &tokens));
    }
    // A line with a lexical error gets no tree-sitter-derived error: gc's parser sees the
    // scanner's recovery, not tree-sitter's.
    let lex_lines: Vec<usize> = lex_errors.iter().map(|(at, _)| line_of(text, *at)).collect();
    errors.retain(|d| !lex_lines.contains(&line_of(text, d.span.start as usize)));
    errors.extend(lex_errors.into_iter().map(|(at, msg)| plain(Span::empty(at), msg)));
    CstScan { comments, errors }
}

/// A diagnostic gc prints without the `syntax error: ` prefix (scanner errors and a few parser
/// checks such as `non-name x.f on left side of :=`).
pub(crate) fn plain(span: Span, message: String) -> Diagnostic {
    Diagnostic::lexical(span, message)
}

fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())].iter().filter(|&&b| b == b'\n').count()
}

fn d_end(d: &Diagnostic) -> usize {
    d.span.end as usize
}

fn describe(node: Node<'_>, missing: bool, text: &str, tokens: &[Tok]) -> Diagnostic {
    let at = node.start_byte();
    let span_end = if missing { at } else { node.end_byte().max(at) };
    let e = token::index_at_or_after(tokens, at);
    let ctx = Ctx { text, tokens, context: context_of(node), end: span_end };
    let in_constraint = || {
        node.parent().is_some_and(|p| {
            p.kind() == "type_constraint"
                && p.parent().is_some_and(|d| d.kind() == "type_parameter_declaration")
        })
    };
    let (pos, msg) = if missing && in_constraint() {
        // `[T]`: gc reports the list's end.
        (ctx.pos(e), "missing type constraint".to_string())
    } else if missing {
        let want = node.kind();
        let mut msg = format!("unexpected {}", ctx.show(e));
        match ctx.context {
            // gc's list parser explains a missing closer at a line end this way.
            Context::List(what, closer) if want == closer && ctx.kind(e) == TokKind::Newline => {
                msg.push_str(&format!(" in {what}; possibly missing comma or {closer}"));
            }
            _ if matches!(want, ")" | "]" | "}" | "," | ":" | "{" | "(") => {
                msg.push_str(&format!(", expected {want}"));
            }
            _ => {}
        }
        (ctx.pos(e), msg)
    } else {
        ctx.explain(e).unwrap_or_else(|| (ctx.pos(e), format!("unexpected {}", ctx.show(e))))
    };
    Diagnostic::syntax(Span::new(pos, span_end.max(pos)), msg)
}

/// Where an error region sits, as far as gc's messages care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Context {
    TopLevel,
    Block,
    /// A list with its name in gc's messages and its closing token.
    List(&'static str, &'static str),
}

fn context_of(node: Node<'_>) -> Context {
    let mut cur = node.parent();
    while let Some(n) = cur {
        match n.kind() {
            "argument_list" => return Context::List("argument list", ")"),
            "literal_value" => return Context::List("composite literal", "}"),
            "block" | "statement_list" => return Context::Block,
            "source_file" => return Context::TopLevel,
            _ => cur = n.parent(),
        }
    }
    Context::TopLevel
}

struct Ctx<'a> {
    text: &'a str,
    tokens: &'a [Tok],
    context: Context,
    /// End of the error region.
    end: usize,
}

const DECL_KEYWORDS: &[&str] = &["func", "var", "const", "type", "import", "package"];
const EXPR_OPERATORS: &[&str] = &[
    "=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=", "+", "-", "*",
    "/", "%", "&", "|", "^", "<<", ">>", "&^", "&&", "||", "==", "!=", "<", "<=", ">", ">=",
];

impl Ctx<'_> {
    fn tok(&self, i: usize) -> Option<&Tok> {
        self.tokens.get(i)
    }
    fn s(&self, i: usize) -> &str {
        self.tok(i).map_or("", |t| self.text.get(t.span.range()).unwrap_or(""))
    }
    fn kind(&self, i: usize) -> TokKind {
        self.tok(i).map_or(TokKind::Eof, |t| t.kind)
    }
    fn pos(&self, i: usize) -> usize {
        self.tok(i).map_or(self.text.len(), |t| t.span.start as usize)
    }
    fn show(&self, i: usize) -> String {
        self.tok(i).map_or_else(|| "EOF".to_string(), |t| token::describe(t, self.text))
    }
    fn is_op(&self, i: usize, op: &str) -> bool {
        self.kind(i) == TokKind::Op && self.s(i) == op
    }
    fn is_kw(&self, i: usize, kw: &str) -> bool {
        self.kind(i) == TokKind::Keyword && self.s(i) == kw
    }
    /// Next/previous non-comment token.
    fn next(&self, i: usize) -> usize {
        let mut j = i + 1;
        while self.kind(j) == TokKind::Comment {
            j += 1;
        }
        j
    }
    fn prev(&self, i: usize) -> Option<usize> {
        let mut j = i.checked_sub(1)?;
        while self.kind(j) == TokKind::Comment {
            j = j.checked_sub(1)?;
        }
        Some(j)
    }
    fn ends_operand(&self, i: usize) -> bool {
        matches!(self.kind(i), TokKind::Name | TokKind::Literal)
            || (self.kind(i) == TokKind::Op && matches!(self.s(i), ")" | "]" | "}"))
    }
    fn starts_operand(&self, i: usize) -> bool {
        match self.kind(i) {
            TokKind::Name | TokKind::Literal => true,
            TokKind::Op => {
                matches!(self.s(i), "(" | "[" | "*" | "&" | "-" | "+" | "!" | "^" | "<-")
            }
            TokKind::Keyword => {
                matches!(self.s(i), "func" | "map" | "chan" | "struct" | "interface")
            }
            _ => false,
        }
    }
    fn is_boundary(&self, i: Option<usize>) -> bool {
        i.is_none_or(|j| matches!(self.kind(j), TokKind::Newline | TokKind::Semi))
    }
    fn same_line(&self, a: usize, b: usize) -> bool {
        let (x, y) = (self.pos(a).min(self.pos(b)), self.pos(a).max(self.pos(b)));
        !self.text.get(x..y).unwrap_or("").contains('\n')
    }

    /// Is token `i` inside the parentheses of a call (`f(` … `i`) on its line?
    fn inside_call(&self, i: usize) -> bool {
        let mut depth = 0i32;
        let mut j = i;
        while let Some(k) = self.prev(j) {
            match (self.kind(k), self.s(k)) {
                (TokKind::Newline | TokKind::Semi, _) => return false,
                (TokKind::Op, ")" | "]" | "}") => depth += 1,
                (TokKind::Op, "(") if depth == 0 => {
                    return self.prev(k).is_some_and(|f| self.ends_operand(f));
                }
                (TokKind::Op, "(" | "[" | "{") => {
                    if depth == 0 {
                        return false;
                    }
                    depth -= 1;
                }
                _ => {}
            }
            j = k;
        }
        false
    }

    /// gc's `(position, message)` for an error region starting at token `e`, when one of the
    /// common shapes applies.
    fn explain(&self, e: usize) -> Option<(usize, String)> {
        let p = self.prev(e);
        let n = self.next(e);
        let unexpected = |i: usize, tail: &str| {
            Some((self.pos(i), format!("unexpected {}{tail}", self.show(i))))
        };
        // `goto` without a label.
        if self.is_kw(e, "goto") && self.kind(n) != TokKind::Name {
            return unexpected(n, ", expected name");
        }
        // `case x` + newline: the colon is missing.
        if self.is_kw(e, "case") || self.is_kw(e, "default") {
            let mut depth = 0i32;
            let mut j = n;
            while self.kind(j) != TokKind::Eof {
                match (self.kind(j), self.s(j)) {
                    (TokKind::Op, "(" | "[" | "{") => depth += 1,
                    (TokKind::Op, ")" | "]" | "}") => depth -= 1,
                    (TokKind::Op, ":") if depth == 0 => break,
                    (TokKind::Newline, _) if depth == 0 => return unexpected(j, ", expected :"),
                    _ => {}
                }
                if depth < 0 {
                    break;
                }
                j = self.next(j);
            }
        }
        // `[1, 2, 3]`: a list where an array length was expected.
        if self.is_op(e, "[") {
            let mut depth = 0i32;
            let mut j = n;
            while self.kind(j) != TokKind::Eof
                && !matches!(self.kind(j), TokKind::Newline | TokKind::Semi)
            {
                match self.s(j) {
                    "(" | "[" | "{" => depth += 1,
                    ")" | "}" => depth -= 1,
                    "]" if depth == 0 => break,
                    "]" => depth -= 1,
                    "," if depth == 0 && self.kind(j) == TokKind::Op => {
                        return Some((self.pos(j), "unexpected comma; expected ]".into()));
                    }
                    _ => {}
                }
                j = self.next(j);
            }
        }
        // `func f[]` and `func f[T]`.
        for start in e.saturating_sub(3)..=e {
            if self.is_kw(start, "func")
                && self.kind(start + 1) == TokKind::Name
                && self.is_op(start + 2, "[")
            {
                if self.is_op(start + 3, "]") {
                    return Some((self.pos(start + 3), "empty type parameter list".into()));
                }
                if self.kind(start + 3) == TokKind::Name && self.is_op(start + 4, "]") {
                    return Some((self.pos(start + 4), "missing type constraint".into()));
                }
            }
        }
        // `import fmt`.
        if let Some(pi) = p {
            if self.is_kw(pi, "import")
                && self.kind(e) == TokKind::Name
                && self.kind(n) == TokKind::Newline
            {
                return Some((self.pos(n), "missing import path".into()));
            }
        }
        // `if x; {`.
        if self.kind(e) == TokKind::Semi && self.is_op(n, "{")
            || p.is_some_and(|pi| self.kind(pi) == TokKind::Semi) && self.is_op(e, "{")
        {
            let semi = if self.kind(e) == TokKind::Semi { e } else { p.unwrap_or(e) };
            let mut j = semi;
            while let Some(k) = self.prev(j) {
                if matches!(self.kind(k), TokKind::Newline)
                    || self.is_op(k, "{")
                    || self.is_op(k, "}")
                {
                    break;
                }
                if self.is_kw(k, "if") {
                    return Some((self.pos(semi), "missing condition in if statement".into()));
                }
                j = k;
            }
        }
        // `{` on the line after a function signature or statement header.
        if self.is_op(e, "{") && p.is_some_and(|pi| self.kind(pi) == TokKind::Newline) {
            return Some((self.pos(e), "unexpected semicolon or newline before {".into()));
        }
        // `return x,` + `}`.
        if self.is_op(e, ",") && (self.is_op(n, "}") || self.is_op(n, ")")) {
            return unexpected(n, ", expected expression");
        }
        // An operator that needs an operand, followed by something that cannot start one.
        if let Some(pi) = p {
            if self.kind(pi) == TokKind::Op
                && EXPR_OPERATORS.contains(&self.s(pi))
                && !self.starts_operand(e)
            {
                return unexpected(e, ", expected expression");
            }
        }
        if self.context == Context::TopLevel {
            // Back to the first token of this top-level "statement".
            let mut start = e;
            while let Some(k) = self.prev(start) {
                if matches!(self.kind(k), TokKind::Newline | TokKind::Semi) {
                    break;
                }
                start = k;
            }
            if !(self.kind(start) == TokKind::Keyword && DECL_KEYWORDS.contains(&self.s(start))) {
                return Some((
                    self.pos(start),
                    "non-declaration statement outside function body".into(),
                ));
            }
        }
        // `x++ = 1`: nothing may follow an increment statement.
        if let Some(pi) = p {
            if self.context == Context::Block
                && (self.is_op(pi, "++") || self.is_op(pi, "--"))
                && self.same_line(pi, e)
                && !matches!(self.kind(e), TokKind::Semi | TokKind::Newline)
                && !self.is_op(e, "}")
            {
                return unexpected(e, " at end of statement");
            }
        }
        // Two operands side by side on one line: a missing comma or a missing line break.
        let mut a = p.unwrap_or(e);
        while self.pos(a) < self.end.max(self.pos(e) + 1) && self.kind(a) != TokKind::Eof {
            let b = self.next(a);
            if self.ends_operand(a)
                && matches!(self.kind(b), TokKind::Name | TokKind::Literal)
                && self.same_line(a, b)
                && self.pos(b) >= self.pos(e)
            {
                let context = if self.inside_call(b) {
                    Context::List("argument list", ")")
                } else {
                    self.context
                };
                let tail = match context {
                    Context::List(what, closer) => {
                        format!(" in {what}; possibly missing comma or {closer}")
                    }
                    Context::Block => " at end of statement".into(),
                    Context::TopLevel => " after top level declaration".into(),
                };
                return unexpected(b, &tail);
            }
            a = b;
        }
        match self.context {
            Context::Block if self.is_boundary(p) || p.is_some_and(|pi| self.is_op(pi, "{")) => {
                let starts_statement = self.starts_operand(e)
                    || matches!(self.kind(e), TokKind::Keyword)
                        && !matches!(self.s(e), "else" | "case" | "default")
                    || self.is_op(e, "{")
                    || matches!(self.kind(e), TokKind::Semi);
                if !starts_statement {
                    return unexpected(e, ", expected }");
                }
            }
            _ => {}
        }
        None
    }
}
