//! Syntax highlighting classes for the editor, computed from the tree-sitter tree.

use escapade_base::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HighlightClass {
    Keyword,
    Type,
    Function,
    String,
    Number,
    Comment,
    Operator,
    Constant,
    Builtin,
}

impl HighlightClass {
    /// CSS class name used by the web editor.
    pub fn css(self) -> &'static str {
        match self {
            HighlightClass::Keyword => "hl-kw",
            HighlightClass::Type => "hl-ty",
            HighlightClass::Function => "hl-fn",
            HighlightClass::String => "hl-str",
            HighlightClass::Number => "hl-num",
            HighlightClass::Comment => "hl-com",
            HighlightClass::Operator => "hl-op",
            HighlightClass::Constant => "hl-const",
            HighlightClass::Builtin => "hl-builtin",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HighlightSpan {
    pub span: Span,
    pub class: HighlightClass,
}

const BUILTIN_FUNCS: &[&str] = &[
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max",
    "min", "new", "panic", "print", "println", "real", "recover",
];

/// Highlight spans for `text`, sorted by start offset and non-overlapping.
pub fn highlight(text: &str) -> Vec<HighlightSpan> {
    match crate::reparse::parse(text) {
        Some(cst) => highlight_cst(&cst, text),
        None => Vec::new(),
    }
}

/// Highlight spans from existing trees (see [`crate::parse_and_highlight`]): the main tree,
/// plus generic methods' type parameter lists from their separate parse.
pub(crate) fn highlight_cst(cst: &crate::reparse::Cst, text: &str) -> Vec<HighlightSpan> {
    let mut out = Vec::new();
    walk(cst.tree.root_node(), text, &mut out);
    if let Some(m) = &cst.methods {
        let mut lists = Vec::new();
        walk(m.tree.root_node(), text, &mut lists);
        out.extend(
            lists
                .into_iter()
                .filter(|h| m.lists.iter().any(|l| l.start <= h.span.start && h.span.end <= l.end)),
        );
        escapade_base::sort::stable_sort_by_key(&mut out, |h| (h.span.start, h.span.end));
    }
    out
}

/// Iterative preorder walk (deeply nested input must not overflow the stack): a classified
/// node is emitted whole and its children skipped.
fn walk(root: tree_sitter::Node<'_>, text: &str, out: &mut Vec<HighlightSpan>) {
    let mut cursor = root.walk();
    'walk: loop {
        let node = cursor.node();
        let class = classify(node, node.kind(), text);
        if let Some(class) = class {
            out.push(HighlightSpan { span: Span::new(node.start_byte(), node.end_byte()), class });
        } else if cursor.goto_first_child() {
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
}

fn classify(node: tree_sitter::Node<'_>, kind: &str, text: &str) -> Option<HighlightClass> {
    if !node.is_named() {
        if crate::token::KEYWORDS.contains(&kind) {
            return Some(HighlightClass::Keyword);
        }
        if node.child_count() == 0 && kind.chars().all(|c| c.is_ascii_punctuation()) {
            return match kind {
                "(" | ")" | "{" | "}" | "[" | "]" | "," | ";" | "." | "\"" | "`" | "'" => None,
                _ => Some(HighlightClass::Operator),
            };
        }
        return None;
    }
    Some(match kind {
        "comment" => HighlightClass::Comment,
        "interpreted_string_literal" | "raw_string_literal" | "rune_literal" => {
            HighlightClass::String
        }
        "int_literal" | "float_literal" | "imaginary_literal" => HighlightClass::Number,
        "true" | "false" | "nil" | "iota" => HighlightClass::Constant,
        "type_identifier" => HighlightClass::Type,
        "package_identifier" => return None,
        "field_identifier" if is_call_target(node) => HighlightClass::Function,
        "identifier" => {
            let name = node.utf8_text(text.as_bytes()).unwrap_or("");
            let parent_kind = node.parent().map(|p| p.kind()).unwrap_or("");
            if parent_kind == "function_declaration" {
                HighlightClass::Function
            } else if is_call_target(node) {
                if BUILTIN_FUNCS.contains(&name) {
                    HighlightClass::Builtin
                } else {
                    HighlightClass::Function
                }
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

/// `f` in `f(x)` or `x.f(y)`.
fn is_call_target(node: tree_sitter::Node<'_>) -> bool {
    let Some(parent) = node.parent() else { return false };
    let target = if parent.kind() == "selector_expression" {
        if parent.child_by_field_name("field") != Some(node) {
            return false;
        }
        parent
    } else {
        node
    };
    target.parent().is_some_and(|call| {
        call.kind() == "call_expression" && call.child_by_field_name("function") == Some(target)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_basic_tokens() {
        let text = "package main\n// hi\nfunc main() { x := len(\"s\") + 1; fmt.Println(x) }\n";
        let hl = highlight(text);
        let classes: Vec<(&str, HighlightClass)> =
            hl.iter().map(|h| (&text[h.span.range()], h.class)).collect();
        assert!(classes.contains(&("package", HighlightClass::Keyword)));
        assert!(classes.contains(&("// hi", HighlightClass::Comment)));
        assert!(classes.contains(&("main", HighlightClass::Function)));
        assert!(classes.contains(&("len", HighlightClass::Builtin)));
        assert!(classes.contains(&("\"s\"", HighlightClass::String)));
        assert!(classes.contains(&("1", HighlightClass::Number)));
        assert!(classes.contains(&("Println", HighlightClass::Function)));
        for w in hl.windows(2) {
            assert!(w[0].span.end <= w[1].span.start, "overlap {:?}", w);
        }
    }
}
