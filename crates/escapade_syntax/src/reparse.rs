//! Go syntax newer than tree-sitter-go 0.25, recovered by re-parsing rewritten text.
//!
//! gc (go1.27) accepts two forms the grammar rejects:
//! - `new(expr)` (Go 1.26), and more generally `new`/`make` with operands that are not types:
//!   the grammar parses their arguments with a type-first list, while gc parses them as an
//!   ordinary call (the type checker judges the operands);
//! - methods with their own type parameters (Go 1.27): `func (l List[T]) Map[U any](…)`.
//!
//! Only when the first parse has errors, and only where the text has one of those shapes, we
//! parse again a rewritten text of the same length, so every byte offset stays valid and the
//! lowering reads names from the original text:
//! - a `new`/`make` call overlapping an error region gets its name rewritten to another
//!   identifier of the same length (`_ew`, `_ake`), which parses as an ordinary call; likewise
//!   an uncalled method value instantiated with several type arguments, `(*L[int]).M[A, B]`,
//!   gets its commas rewritten to `|` (see [`method_instantiations`]); a site keeps its rewrite
//!   only if it comes out error-free;
//! - a top-level method's type parameter list is blanked with spaces in the main text, and
//!   parsed separately from a synthetic text (same length, all spaces except `func`, the method
//!   name, the list and the parameter parentheses) in which it is the type parameter list of a
//!   plain function declaration; the lowering attaches it to the method.
//!
//! A file that parses cleanly the first time costs nothing extra and gets exactly the first
//! tree.

use escapade_base::{Diagnostic, DiagnosticKind, Span};
use tree_sitter::{Node, Tree};

use crate::token::{self, Tok, TokKind};

/// tree-sitter's view of one file, after any recovery re-parse.
pub(crate) struct Cst {
    /// The tree the lowering walks (of the original text or a same-length rewrite of it).
    pub tree: Tree,
    /// Generic methods' type parameter lists, when the file has any.
    pub methods: Option<MethodTypeParams>,
}

/// The separately parsed type parameter lists of generic methods.
pub(crate) struct MethodTypeParams {
    /// Spans of the lists, `[` to `]` inclusive, in source order.
    pub lists: Vec<Span>,
    /// The lists whose synthetic declaration is complete (`func Name[…](…)`), whose errors
    /// are therefore the list's own.
    checked: Vec<Span>,
    /// The synthetic text (same length as the original).
    text: String,
    pub tree: Tree,
}

impl MethodTypeParams {
    /// `(start of the list, its type_parameter_list node)` for every list that parsed into one.
    pub fn nodes(&self) -> Vec<(usize, Node<'_>)> {
        let root = self.tree.root_node();
        let mut c = root.walk();
        let mut out = Vec::new();
        for decl in root.named_children(&mut c) {
            if decl.kind() != "function_declaration" {
                continue;
            }
            if let Some(tp) = decl.child_by_field_name("type_parameters") {
                if self.lists.iter().any(|l| l.start as usize == tp.start_byte()) {
                    out.push((tp.start_byte(), tp));
                }
            }
        }
        out
    }

    /// Syntax errors of the synthetic parse reported inside a list (everything else in the
    /// synthetic text is scaffolding; the main tree reports the rest of the declaration).
    /// Lists of methods without parameters are left out: their synthetic declaration is broken
    /// anyway, and the main tree reports the missing parameters.
    pub fn errors(&self) -> Vec<Diagnostic> {
        let scan = crate::errors::scan(self.tree.root_node(), &self.text);
        scan.errors
            .into_iter()
            .filter(|d| d.kind == DiagnosticKind::Syntax)
            .filter(|d| {
                self.checked.iter().any(|l| l.start <= d.span.start && d.span.start < l.end)
            })
            .collect()
    }
}

/// Parses `text`, re-parsing rewrites of it when the first tree shows one of the shapes above.
pub(crate) fn parse(text: &str) -> Option<Cst> {
    let first = crate::parse_cst(text)?;
    if !first.root_node().has_error() {
        return Some(Cst { tree: first, methods: None });
    }
    let toks: Vec<Tok> =
        token::tokenize(text).0.into_iter().filter(|t| t.kind != TokKind::Comment).collect();
    let partner = match_brackets(&toks, text);

    // Generic methods: blank their type parameter lists.
    let methods = generic_methods(&toks, &partner, text);
    let mut bytes = text.as_bytes().to_vec();
    let (mut tree, method_lists) = if methods.is_empty() {
        (first, None)
    } else {
        for m in &methods {
            for b in &mut bytes[m.list.start as usize..m.list.end as usize] {
                if *b != b'\n' {
                    *b = b' ';
                }
            }
        }
        let blanked = String::from_utf8(bytes.clone()).ok()?;
        let tree = crate::parse_cst(&blanked)?;
        (tree, Some(method_type_params(text, &methods)?))
    };

    // Expression sites: `new`/`make` with non-type operands, instantiated method values.
    if tree.root_node().has_error() {
        let errs = error_sites(&tree);
        let mut sites = builtin_calls(&toks, &partner, text);
        sites.extend(method_instantiations(&toks, &partner, text));
        sites.retain(|site| {
            errs.iter().any(|e| overlaps(*e, site.trigger))
                && !methods.iter().any(|m| overlaps(m.list, site.range))
        });
        if !sites.is_empty() {
            if let Some(better) = rewrite_sites(&bytes, &sites, errs.len()) {
                tree = better;
            }
        }
    }
    Some(Cst { tree, methods: method_lists })
}

/// A place where a same-length rewrite makes the grammar accept what gc accepts.
#[derive(Clone, Debug)]
struct Site {
    /// What must come out error-free for the rewrite to be kept.
    range: Span,
    /// Where an error of the first parse makes the site worth rewriting.
    trigger: Span,
    /// `(offset, replacement byte)`; always ASCII replacing ASCII.
    patches: Vec<(usize, u8)>,
}

/// Re-parses with the sites rewritten and keeps the rewrites that leave their site error-free:
/// each round drops the failing sites that contain no other failing site (an inner failure,
/// `new(<-make(chan int))`'s `make`, also fails the site around it) and parses again. The
/// result is kept only if it has fewer error regions than `errors_before`.
fn rewrite_sites(bytes: &[u8], sites: &[Site], errors_before: usize) -> Option<Tree> {
    let rewrite = |sites: &[Site]| -> Option<Tree> {
        let mut b = bytes.to_vec();
        for &(at, byte) in sites.iter().flat_map(|s| &s.patches) {
            b[at] = byte;
        }
        crate::parse_cst(&String::from_utf8(b).ok()?)
    };
    let mut current = sites.to_vec();
    for _round in 0..MAX_REWRITE_ROUNDS {
        if current.is_empty() {
            return None;
        }
        let tree = rewrite(&current)?;
        let errs = error_sites(&tree);
        let failing: Vec<bool> =
            current.iter().map(|s| errs.iter().any(|e| overlaps(*e, s.range))).collect();
        if !failing.contains(&true) {
            return (errs.len() < errors_before).then_some(tree);
        }
        let innermost: Vec<bool> = (0..current.len())
            .map(|i| {
                failing[i]
                    && !(0..current.len()).any(|j| {
                        j != i && failing[j] && contains(current[i].range, current[j].range)
                    })
            })
            .collect();
        let mut i = 0;
        current.retain(|_| {
            i += 1;
            !innermost[i - 1]
        });
    }
    None
}

/// Re-parses one rewrite may cost at most (besides the first parse).
const MAX_REWRITE_ROUNDS: usize = 4;

/// Does `outer` strictly contain `inner`?
fn contains(outer: Span, inner: Span) -> bool {
    outer != inner && outer.start <= inner.start && inner.end <= outer.end
}

/// Does `a` share a byte with `b`? An empty `a` (a `MISSING` node, an error position) counts
/// when it lies inside `b` or at either end.
fn overlaps(a: Span, b: Span) -> bool {
    if a.is_empty() {
        b.start <= a.start && a.start <= b.end
    } else {
        a.start < b.end && b.start < a.end
    }
}

/// Outermost `ERROR` nodes and `MISSING` nodes of `tree` (iterative walk).
fn error_sites(tree: &Tree) -> Vec<Span> {
    let mut out = Vec::new();
    let mut cursor = tree.walk();
    'walk: loop {
        let node = cursor.node();
        let descend = if node.is_error() || node.is_missing() {
            out.push(Span::new(node.start_byte(), node.end_byte()));
            false
        } else {
            node.has_error()
        };
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
    out
}

fn tok_text<'t>(t: &Tok, text: &'t str) -> &'t str {
    text.get(t.span.range()).unwrap_or("")
}

fn is_op(toks: &[Tok], i: usize, text: &str, op: &str) -> bool {
    toks.get(i).is_some_and(|t| t.kind == TokKind::Op && tok_text(t, text) == op)
}

/// For each opening bracket token, the index of its closing partner (`None` when unclosed or
/// closed by the wrong kind). One stack pass.
fn match_brackets(toks: &[Tok], text: &str) -> Vec<Option<usize>> {
    let mut partner = vec![None; toks.len()];
    let mut stack: Vec<(usize, &str)> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.kind != TokKind::Op {
            continue;
        }
        let closer = match tok_text(t, text) {
            "(" => Some(")"),
            "[" => Some("]"),
            "{" => Some("}"),
            _ => None,
        };
        if let Some(c) = closer {
            stack.push((i, c));
            continue;
        }
        let s = tok_text(t, text);
        if matches!(s, ")" | "]" | "}") && stack.last().is_some_and(|&(_, c)| c == s) {
            if let Some((open, _)) = stack.pop() {
                partner[open] = Some(i);
            }
        }
    }
    partner
}

/// One `func (recv) Name[list](params)` at top level.
struct GenericMethod {
    func: Span,
    name: Span,
    /// `[` to `]` inclusive.
    list: Span,
    /// The parameter list's `(` and `)`, when present.
    parens: Option<(Span, Span)>,
}

/// Top-level method declarations whose name is followed by `[`: only Go 1.27's generic methods
/// have that shape (a function literal cannot have a receiver, so a `func (` that starts a
/// top-level declaration is always a method).
fn generic_methods(toks: &[Tok], partner: &[Option<usize>], text: &str) -> Vec<GenericMethod> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let at_decl_start =
            depth == 0 && (i == 0 || matches!(toks[i - 1].kind, TokKind::Newline | TokKind::Semi));
        if at_decl_start && t.kind == TokKind::Keyword && tok_text(t, text) == "func" {
            if let Some(m) = generic_method_at(toks, partner, text, i) {
                out.push(m);
            }
        }
        if t.kind == TokKind::Op {
            match tok_text(t, text) {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        i += 1;
    }
    out
}

fn generic_method_at(
    toks: &[Tok],
    partner: &[Option<usize>],
    text: &str,
    func: usize,
) -> Option<GenericMethod> {
    let recv_open = func + 1;
    if !is_op(toks, recv_open, text, "(") {
        return None;
    }
    let recv_close = partner[recv_open]?;
    let name = recv_close + 1;
    if toks.get(name)?.kind != TokKind::Name || !is_op(toks, name + 1, text, "[") {
        return None;
    }
    let close = partner[name + 1]?;
    let list = Span::new(toks[name + 1].span.start as usize, toks[close].span.end as usize);
    let parens = if is_op(toks, close + 1, text, "(") {
        partner[close + 1].map(|p| (toks[close + 1].span, toks[p].span))
    } else {
        None
    };
    Some(GenericMethod { func: toks[func].span, name: toks[name].span, list, parens })
}

/// Parses the lists from a synthetic text in which each is the type parameter list of a
/// function declaration `func Name[list](   )`, at its original offsets.
fn method_type_params(text: &str, methods: &[GenericMethod]) -> Option<MethodTypeParams> {
    let src = text.as_bytes();
    let mut synth = vec![b' '; src.len()];
    for m in methods {
        let mut keep = vec![m.func, m.name, m.list];
        if let Some((open, close)) = m.parens {
            keep.extend([open, close]);
        }
        for s in keep {
            let r = s.range();
            synth[r.clone()].copy_from_slice(&src[r]);
        }
        // Ends the previous declaration (the byte before a declaration's `func` is never part
        // of what is kept).
        if let Some(before) = (m.func.start as usize).checked_sub(1) {
            synth[before] = b'\n';
        }
    }
    let text = String::from_utf8(synth).ok()?;
    let tree = crate::parse_cst(&text)?;
    Some(MethodTypeParams {
        lists: methods.iter().map(|m| m.list).collect(),
        checked: methods.iter().filter(|m| m.parens.is_some()).map(|m| m.list).collect(),
        text,
        tree,
    })
}

/// `new(…)` and `make(…)` calls (name to closing parenthesis), except selectors (`x.new(…)`)
/// and declarations (`func new(…)`), rewritten to `_ew(…)`/`_ake(…)`.
fn builtin_calls(toks: &[Tok], partner: &[Option<usize>], text: &str) -> Vec<Site> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.kind != TokKind::Name || !matches!(tok_text(t, text), "new" | "make") {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| &toks[p]);
        if prev.is_some_and(|p| {
            is_op(toks, i - 1, text, ".")
                || p.kind == TokKind::Keyword && tok_text(p, text) == "func"
        }) {
            continue;
        }
        if !is_op(toks, i + 1, text, "(") {
            continue;
        }
        if let Some(close) = partner[i + 1] {
            let range = Span::new(t.span.start as usize, toks[close].span.end as usize);
            out.push(Site { range, trigger: range, patches: vec![(t.span.start as usize, b'_')] });
        }
    }
    out
}

/// Method values and expressions instantiated with several type arguments and not called:
/// `(*List[int]).Map[A, B]`, `v.f().Pair[A, B]` (a plain `x.M[A, B]` already parses, as a
/// qualified type). The grammar has no such index expression; the list's top-level commas
/// are rewritten to `|`, and the lowering turns the `|` operators whose original text is a
/// comma back into separate indices.
fn method_instantiations(toks: &[Tok], partner: &[Option<usize>], text: &str) -> Vec<Site> {
    let mut out = Vec::new();
    for i in 2..toks.len() {
        if !(is_op(toks, i, text, "[")
            && toks[i - 1].kind == TokKind::Name
            && is_op(toks, i - 2, text, "."))
        {
            continue;
        }
        let Some(close) = partner[i] else { continue };
        if is_op(toks, close + 1, text, "(") || is_op(toks, close + 1, text, "{") {
            continue;
        }
        let mut commas = Vec::new();
        let mut j = i + 1;
        while j < close {
            if is_op(toks, j, text, ",") {
                commas.push((toks[j].span.start as usize, b'|'));
            }
            // Skip nested brackets: only the list's own commas separate type arguments.
            j = partner[j].filter(|_| toks[j].kind == TokKind::Op).map_or(j + 1, |p| p + 1);
        }
        if !commas.is_empty() {
            let range = Span::new(toks[i - 1].span.start as usize, toks[close].span.end as usize);
            // tree-sitter takes `M[A, B]` + newline + `x = 1` for a call `M[A, B](…)` broken
            // after the list: the error may start at the next line's first token.
            let mut next = close + 1;
            if toks.get(next).is_some_and(|t| t.kind == TokKind::Newline) {
                next += 1;
            }
            let trigger_end = toks.get(next).map_or(range.end as usize, |t| t.span.end as usize);
            let trigger = Span::new(range.start as usize, trigger_end.max(range.end as usize));
            out.push(Site { range, trigger, patches: commas });
        }
    }
    out
}
