//! Calls of the standard library's generic functions (`slices.Sort(xs)`, `maps.Keys(m)`).
//!
//! gc instantiates such a function (and every generic function it calls) at the caller's
//! shapes inside the user's package, analyses those bodies with the user's code (printing
//! their verdicts at `$GOROOT/src/...` positions) and gives the caller the instantiation's
//! parameter tags. We do not lower std bodies: `data/std_generics.txt`, recorded from the real
//! toolchains by `scripts/std-generics.py`, gives per instantiation (function + shape
//! arguments) and release the tags and the `-m -l` lines with the instantiated function each
//! belongs to. A call becomes an imported call with those tags whose `instance` is a body-less
//! stand-in function, so that the batches put the lines where gc analyses the instantiation
//! (callees first); [`assign_lines`] then gives each stand-in its lines, dropping those of
//! instantiated functions an earlier stand-in already printed (gc instantiates each once).
//! Instantiations, releases and `-m` levels not recorded stay `unsupported:`.

use std::collections::BTreeSet;

use escapade_syntax::ast;
use escapade_types::TypeKind;

use super::Lower;
use crate::ir::{Callee, Func, ImportedFunc, Program, StaticCallee, StdInstance};
use crate::version::GoVersion;

/// The recorded facts (generated; see the module docs).
const DATA: &str = include_str!("../../data/std_generics.txt");

/// The data's name for a release (`None`: not recorded).
fn release(v: GoVersion) -> Option<&'static str> {
    match v {
        GoVersion::Go123 => Some("go1.23"),
        GoVersion::Go127 => Some("go1.27"),
        GoVersion::Go124 => None,
    }
}

/// The lines of entry `key` (without the `entry` line), if recorded.
fn entry(key: &str) -> Option<impl Iterator<Item = &'static str>> {
    let head = format!("\nentry {key}\n");
    let at = DATA.find(&head)? + head.len();
    Some(DATA[at..].lines().take_while(|l| !l.is_empty()))
}

/// The tags (`P=TAG` words) of `key` for `rel`; `None` when not recorded for that release.
fn tags(key: &str, rel: &str) -> Option<Vec<&'static str>> {
    let prefix = format!("esc {rel}");
    let line = entry(key)?.find(|l| *l == prefix || l.starts_with(&format!("{prefix} ")))?;
    Some(line.split(' ').skip(2).collect())
}

/// The (node, line) pairs gc prints for `key` under `rel`, in order.
fn lines(key: &str, rel: &str) -> Vec<(&'static str, &'static str)> {
    let prefix = format!("line {rel} ");
    entry(key)
        .map(|it| it.filter_map(|l| l.strip_prefix(prefix.as_str())?.split_once('\t')).collect())
        .unwrap_or_default()
}

impl Lower<'_> {
    /// A call of a std generic function `f` (`pkg.F` or `pkg.F[T]`): (callee, printed name,
    /// dictionary text, instantiated signature), or `None` when it is not one whose
    /// instantiation is recorded for this release.
    pub(super) fn std_generic_call(
        &mut self,
        f: &ast::Expr,
        pos: crate::ir::Pos,
    ) -> Option<(Callee, String, String, escapade_types::TypeId)> {
        let sel = match &super::strip(f).kind {
            ast::ExprKind::Selector { sel, .. } => sel,
            ast::ExprKind::Index { x, .. } => match &super::strip(x).kind {
                ast::ExprKind::Selector { sel, .. } => sel,
                _ => return None,
            },
            _ => return None,
        };
        if !self.subst.is_empty() {
            // Inside a shape body the call would use a sub-dictionary (not modelled).
            return None;
        }
        let rel = release(self.version)?;
        let at = |id: escapade_syntax::ast::NodeId| self.info.instances.get(id.index()).cloned();
        let inst = at(f.id).flatten().or_else(|| at(sel.id).flatten())?;
        let obj = self.obj_of(sel.id)?;
        let o = self.c.obj(obj).clone();
        let pkg = o.pkg.filter(|p| Some(*p) != self.user_pkg)?;
        let path = self.c.pkgs[pkg.0 as usize].path.clone();
        let generic_t = self.c.obj_type(obj);
        let tparams = match self.c.types.kind(generic_t) {
            TypeKind::Func(s) => s.tparams.clone(),
            _ => return None,
        };
        if tparams.len() != inst.targs.len() || tparams.is_empty() {
            return None;
        }
        let mut shapes = Vec::new();
        let mut dict = Vec::new();
        for (&tp, &ta) in tparams.iter().zip(&inst.targs) {
            if self.has_shape(ta, 0) {
                return None;
            }
            let basic = self.basic_constraint(tp);
            let s = self.shape_type(ta, basic, sel.span)?;
            shapes.push(self.type_text(s));
            dict.push(self.link_text(ta, 0)?);
        }
        let key = format!("{path}.{}[{}]", o.name, shapes.join(","));
        let words = tags(&key, rel)?;
        let u = self.c.under(inst.ty);
        let TypeKind::Func(sig) = self.c.types.kind(u).clone() else {
            return None;
        };
        let mut given = std::collections::BTreeMap::new();
        for w in words {
            let (i, t) = w.split_once('=')?;
            given.insert(i.parse::<usize>().ok()?, super::parse_tag(t)?);
        }
        let none = crate::leaks::Leaks::default().encode();
        let mut param_tags = Vec::new();
        for (i, p) in sig.params.iter().enumerate() {
            param_tags.push(match given.remove(&i) {
                Some(t) => Some(t),
                None if self.c.pointer_free(p.ty) => Some(none.clone()),
                None => return None,
            });
        }
        let instance = match self
            .p
            .funcs
            .iter()
            .position(|g| g.std_instance.as_ref().is_some_and(|s| s.key == key))
        {
            Some(i) => crate::ir::FuncId(i as u32),
            None => {
                let si = StdInstance { key: key.clone(), lines: Vec::new() };
                let func = Func {
                    name: key.clone(),
                    pos,
                    dupok: true,
                    body: Some(Vec::new()),
                    ..Func::default()
                };
                self.p.funcs.push(Func { std_instance: Some(si), ..func });
                crate::ir::FuncId(self.p.funcs.len() as u32 - 1)
            }
        };
        self.unsupported_m2(pos, "-m=2 explanations inside a std generic instantiation");
        let name = format!("{path}.{}[{}]", o.name, shapes.join(","));
        let dict_text = format!("&{path}..dict.{}[{}]", o.name, dict.join(","));
        let imported = ImportedFunc {
            name: name.clone(),
            param_tags,
            instance: Some(instance),
            ..ImportedFunc::default()
        };
        Some((Callee::Static(StaticCallee::Imported(imported)), name, dict_text, inst.ty))
    }
}

/// Gives every std instantiation stand-in of `prog` the lines gc prints for it, in batch
/// order: a line of an instantiated function already printed for an earlier stand-in is
/// dropped (gc instantiates and analyses each shape instantiation once).
pub(super) fn assign_lines(prog: &mut Program, version: GoVersion) {
    if !prog.funcs.iter().any(|f| f.std_instance.is_some()) {
        return;
    }
    let Some(rel) = release(version) else { return };
    let mut printed: BTreeSet<&str> = BTreeSet::new();
    for batch in crate::scc::batches_for(prog, version) {
        for f in batch {
            let Some(si) = &prog.func(f).std_instance else { continue };
            let all = lines(&si.key, rel);
            let mut out = Vec::new();
            for (node, line) in &all {
                if !printed.contains(node) {
                    out.push(line.to_string());
                }
            }
            printed.extend(all.iter().map(|(n, _)| *n));
            if let Some(si) = &mut prog.funcs[f.0 as usize].std_instance {
                si.lines = out;
            }
        }
    }
}
