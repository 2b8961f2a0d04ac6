//! Checks gc makes after type checking, in its noder, rather than in types2: function
//! declarations without a body and the `//go:linkname` directives that excuse them.
//!
//! The model is a package built by `go build` from `.go` files only: with no `.s` (or cgo,
//! syso…) files the go command passes `-complete`, so every body-less function is an error
//! ("missing function body", at its name) unless a `//go:linkname NAME [TARGET]` directive in
//! the package names it. A directive only counts in a file that imports "unsafe"; elsewhere it
//! is itself an error. These errors appear only when type checking found none (gc stops
//! after types2's errors), and `func init` without a body is a type error reported earlier.

use std::collections::BTreeSet;

use escapade_base::Span;
use escapade_syntax::ast::{File, LitValue};

use crate::check::Checker;
use crate::objects::{FileId, ObjKind};

/// A `//go:linkname` directive: where gc reports about it and the local name it names.
struct Linkname {
    at: Span,
    local: String,
}

/// The `//go:linkname` directives among `file`'s comments (any column, like gc's scanner).
fn linknames(file: &File, text: &str) -> Vec<Linkname> {
    let mut out = Vec::new();
    for c in &file.comments {
        let Some(body) = text.get(c.range()) else { continue };
        let Some(rest) = body.strip_prefix("//go:linkname") else { continue };
        if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
            continue;
        }
        let Some(local) = rest.split_whitespace().next() else { continue };
        let at = c.start as usize + 2;
        out.push(Linkname { at: Span::empty(at), local: local.to_string() });
    }
    out
}

fn imports_unsafe(file: &File) -> bool {
    file.imports.iter().flat_map(|d| &d.specs).any(|s| match &s.path.value {
        LitValue::Str { value, .. } => value == b"unsafe",
        _ => false,
    })
}

impl Checker {
    pub(crate) fn noder_checks(&mut self) {
        let bodyless = std::mem::take(&mut self.bodyless);
        let n_user = self.n_user;
        let type_errors = self
            .diags
            .iter()
            .any(|(f, d)| (f.0 as usize) < n_user && d.kind == escapade_base::DiagnosticKind::Type);
        if type_errors {
            return;
        }
        let mut linked: BTreeSet<String> = BTreeSet::new();
        for fi in 0..n_user {
            let (ast, text, pkg) = {
                let f = &self.files[fi];
                (f.ast.clone(), f.text.clone(), f.pkg)
            };
            let allowed = imports_unsafe(&ast);
            let pkg_scope = self.pkgs[pkg.0 as usize].scope;
            for l in linknames(&ast, &text) {
                self.cur.file = FileId(fi as u32);
                if !allowed {
                    self.error(
                        l.at,
                        "//go:linkname only allowed in Go files that import \"unsafe\"",
                    );
                    continue;
                }
                let declared =
                    self.scopes[pkg_scope.0 as usize].names.get(&l.local).is_some_and(|&o| {
                        matches!(self.obj(o).kind, ObjKind::Func { .. } | ObjKind::Var { .. })
                    });
                if declared {
                    linked.insert(l.local);
                } else {
                    self.error(l.at, "//go:linkname must refer to declared function or variable");
                }
            }
        }
        for (file, span, name, method) in bodyless {
            if method || !linked.contains(&name) {
                self.cur.file = file;
                self.error(span, "missing function body");
            }
        }
    }
}
