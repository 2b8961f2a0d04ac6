//! Escapade's Go type checker: name resolution and type checking of one package (one or
//! several files) against the embedded std declarations, producing go/types-style side
//! tables ([`info::FileInfo`]) and gc-worded diagnostics.
//!
//! Structure (loosely types2's): collect package objects ([`decl`]) → resolve declarations
//! lazily with cycle detection → check function bodies ([`stmt`], [`expr`], [`call`], …).
//! Std packages are parsed from embedded stubs on first import and their declarations are
//! resolved only when referenced.
//!
//! Invariants: pure (no I/O, clocks, randomness, no hash-order iteration); bad input never
//! panics — user problems are diagnostics with positions; constructs not modelled yet are
//! reported as `unsupported: …` diagnostics, never silently accepted.
#![warn(clippy::disallowed_methods, clippy::disallowed_types)]

mod assign;
mod builtins;
mod call;
pub mod check;
mod composite;
pub mod constant;
mod decl;
pub mod dump;
mod expr;
pub mod exprstring;
mod infer;
pub mod info;
pub mod lookup;
mod noder;
pub mod objects;
mod sizes;
pub mod stdlib;
mod stmt;
pub mod types;
mod typestring;
mod typexpr;

use std::rc::Rc;

use escapade_base::{Diagnostic, DiagnosticKind, LineIndex, Severity};

pub use check::{Checker, Operand};
pub use info::{FileInfo, Instance, Mode, Selection, SelectionKind, TypeAndValue};
pub use objects::{Builtin, FileId, ObjId, ObjKind, Object, PkgId, Pos};
pub use types::{BasicKind, TypeId, TypeKind, TypeTable};

/// One source file of the package to check.
#[derive(Clone, Copy, Debug)]
pub struct SourceFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// A diagnostic with the index of the user file it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileDiagnostic {
    pub file: usize,
    pub diag: Diagnostic,
}

/// The result of checking a package.
pub struct Checked {
    /// The checker state: types, objects, scopes, packages and `info` (one
    /// [`FileInfo`] per user file, in input order).
    pub checker: Checker,
    /// Parsed user files, in input order.
    pub files: Vec<Rc<escapade_syntax::ast::File>>,
    /// gc-style diagnostics, sorted, limited like gc (10 errors, then "too many errors").
    pub diagnostics: Vec<FileDiagnostic>,
    /// Every diagnostic, unlimited (for tools and tests).
    pub all_diagnostics: Vec<FileDiagnostic>,
    /// Diagnostics inside std stubs (should be empty; for tests).
    pub std_diagnostics: Vec<String>,
}

impl Checked {
    /// Renders the (limited) diagnostics like gc: `NAME:LINE:COL: message`.
    pub fn render(&self, names: &[&str], texts: &[&str]) -> Vec<String> {
        let idx: Vec<LineIndex> = texts.iter().map(|t| LineIndex::new(t)).collect();
        self.diagnostics
            .iter()
            .map(|d| {
                let name = names.get(d.file).copied().unwrap_or("?");
                match idx.get(d.file) {
                    Some(i) => d.diag.render(name, i),
                    None => format!("{name}: {}", d.diag.gc_message()),
                }
            })
            .collect()
    }

    pub fn has_errors(&self) -> bool {
        !self.diagnostics.is_empty()
    }
}

/// Type-checks a single-file package.
pub fn check_source(text: &str) -> Checked {
    check_files(&[SourceFile { name: "main.go", text }])
}

type ParseMemo = Option<(String, Rc<escapade_syntax::ast::File>, Vec<Diagnostic>)>;

thread_local! {
    /// The last parsed user text (see [`parse_memo`]).
    static LAST_PARSE: std::cell::RefCell<ParseMemo> = const { std::cell::RefCell::new(None) };
}

/// Hands the parse of `text` (by [`escapade_syntax::parse`] or `parse_and_highlight`) to the
/// next [`check_files`] of the same text, which then does not parse it again (the editor parses
/// each keystroke's text for highlighting; the escape analysis checks that text a moment later).
pub fn remember_parse(text: &str, parse: escapade_syntax::Parse) {
    let memo = (text.to_string(), Rc::new(parse.file), parse.errors);
    LAST_PARSE.with(|last| *last.borrow_mut() = Some(memo));
}

/// The parse of `text`, remembered for the next call with the same text: one analysis often
/// checks the same file more than once (the escape analysis with and without inlining).
fn parse_memo(text: &str) -> (Rc<escapade_syntax::ast::File>, Vec<Diagnostic>) {
    LAST_PARSE.with(|last| {
        if let Some((t, file, errors)) = &*last.borrow() {
            if t == text {
                return (file.clone(), errors.clone());
            }
        }
        let p = escapade_syntax::parse(text);
        let file = Rc::new(p.file);
        *last.borrow_mut() = Some((text.to_string(), file.clone(), p.errors.clone()));
        (file, p.errors)
    })
}

/// Type-checks a package made of `files`.
pub fn check_files(files: &[SourceFile]) -> Checked {
    let mut c = Checker::new();
    let mut parsed = Vec::new();
    let mut syntax = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let (file, errors) = parse_memo(f.text);
        for d in errors {
            syntax.push(FileDiagnostic { file: i, diag: d });
        }
        parsed.push(file);
    }
    let pkg_name = parsed
        .iter()
        .find_map(|f| f.package.as_ref().map(|p| p.name.clone()))
        .unwrap_or_else(|| "main".into());
    let user_pkg = c.new_package("main", &pkg_name, true);
    c.n_user = files.len();
    let mut asts = Vec::new();
    for (f, ast) in files.iter().zip(parsed) {
        let id = c.add_file(f.name, Rc::from(f.text), ast, user_pkg, true);
        asts.push(c.files[id.0 as usize].ast.clone());
    }
    if !syntax.is_empty() {
        let all = finish(syntax.clone(), &c);
        return Checked {
            checker: c,
            files: asts,
            diagnostics: limit(all.clone()),
            all_diagnostics: all,
            std_diagnostics: Vec::new(),
        };
    }
    c.cur.pkg = user_pkg;
    for i in 0..files.len() {
        c.cur.file = FileId(i as u32);
        let ast = c.files[i].ast.clone();
        if let Some(p) = &ast.package {
            if p.name != pkg_name {
                c.error(p.span, format!("package {}; expected package {pkg_name}", p.name));
            }
        }
        c.collect_file(FileId(i as u32));
    }
    c.collect_methods(user_pkg);
    c.check_package_bodies();
    c.process_delayed();
    c.report_unused_locals();
    c.record_def_types();
    c.noder_checks();
    let mut user = Vec::new();
    let mut std_diags = Vec::new();
    for (f, d) in std::mem::take(&mut c.diags) {
        if (f.0 as usize) < files.len() {
            user.push(FileDiagnostic { file: f.0 as usize, diag: d });
        } else {
            let file = &c.files[f.0 as usize];
            let idx = LineIndex::new(&file.text);
            std_diags.push(d.render(&file.name, &idx));
        }
    }
    let all = finish(user, &c);
    Checked {
        checker: c,
        files: asts,
        diagnostics: limit(all.clone()),
        all_diagnostics: all,
        std_diagnostics: std_diags,
    }
}

fn finish(mut ds: Vec<FileDiagnostic>, _c: &Checker) -> Vec<FileDiagnostic> {
    escapade_base::sort::stable_sort_by_key(&mut ds, |d| (d.file, d.diag.span.start));
    let mut seen = std::collections::BTreeSet::new();
    ds.retain(|d| seen.insert((d.file, d.diag.span.start, d.diag.message.clone())));
    // gc reports at most one error per line for type errors too when they are identical
    // positions of cascading errors; keep all distinct ones.
    ds
}

/// gc's limit: after 10 errors, a final "too many errors" at the 10th error's position.
fn limit(ds: Vec<FileDiagnostic>) -> Vec<FileDiagnostic> {
    if ds.len() <= 10 {
        return ds;
    }
    let mut out: Vec<FileDiagnostic> = ds.into_iter().take(10).collect();
    let last = out[9].clone();
    out.push(FileDiagnostic {
        file: last.file,
        diag: Diagnostic {
            kind: DiagnosticKind::Type,
            severity: Severity::Error,
            span: last.diag.span,
            message: "too many errors".into(),
        },
    });
    out
}

impl Checker {
    /// Gives every identifier that declares a variable (parameters, results, receivers,
    /// `var`/`:=`/range/type-switch bindings, fields) an `info.types` entry with the
    /// variable's type (see [`FileInfo::types`]).
    fn record_def_types(&mut self) {
        for fi in 0..self.info.len() {
            for i in 0..self.info[fi].defs.len() {
                let Some(o) = self.info[fi].defs[i] else { continue };
                if self.info[fi].types[i].is_some() {
                    continue;
                }
                let obj = &self.objs[o.0 as usize];
                let (ObjKind::Var { .. }, Some(ty)) = (&obj.kind, obj.ty) else { continue };
                self.info[fi].types[i] =
                    Some(TypeAndValue { mode: Mode::Variable, ty, value: None });
            }
        }
    }

    fn report_unused_locals(&mut self) {
        let locals = std::mem::take(&mut self.locals);
        for o in locals {
            let obj = self.obj(o);
            if obj.used || obj.name == "_" {
                continue;
            }
            let Some(pos) = obj.pos else { continue };
            let name = obj.name.clone();
            let saved = self.cur.file;
            self.cur.file = pos.file;
            self.error(pos.span, format!("declared and not used: {name}"));
            self.cur.file = saved;
        }
    }
}
