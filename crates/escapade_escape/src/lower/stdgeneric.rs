//! Calls of the standard library's generic functions (`slices.Sort(xs)`, `maps.Keys(m)`).
//!
//! gc instantiates such a function (and every generic function it calls) at the caller's
//! shapes inside the user's package, analyses those bodies with the user's code (printing
//! their verdicts at `$GOROOT/src/...` positions) and gives the caller the instantiation's
//! parameter tags. We do not lower std bodies: `data/std_generics.txt`, recorded from the real
//! toolchains by `scripts/std-generics.py`, gives per instantiation (function + shape
//! arguments) and release the tags and the `-m -l` / `-m=2 -l` lines with the instantiated
//! function each belongs to. A call becomes an imported call with those tags whose `instance`
//! is a body-less stand-in function, so that the batches put the lines where gc analyses the
//! instantiation (callees first); [`assign_lines`] then gives each stand-in its lines,
//! dropping those of instantiated functions an earlier stand-in already printed (gc
//! instantiates each once). At `-m=2` the `pkg.F[T...]` wrapper gc generates is a second
//! stand-in with its recorded lines, ordered like a user instantiation's wrapper.
//! Instantiations, releases and type arguments not recorded stay `unsupported:`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use escapade_syntax::ast;
use escapade_types::TypeKind;

use super::Lower;
use escapade_types::TypeId;

use crate::ir::{Callee, Func, FuncId, ImportedFunc, Program, StaticCallee, StdInstance};
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

/// The data by key, built on first use: entry blocks, node → template, template lines.
#[derive(Default)]
struct Index {
    /// `PKG.NAME[SHAPES]` → the block's lines after the `entry` line.
    entries: BTreeMap<&'static str, Vec<&'static str>>,
    /// `VERSION LEVEL NODE` → template id.
    nodes: BTreeMap<&'static str, &'static str>,
    /// Template id → its lines.
    templates: BTreeMap<&'static str, Vec<&'static str>>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut ix = Index::default();
        let mut cur: Option<&'static str> = None;
        for line in DATA.lines() {
            if let Some(key) = line.strip_prefix("entry ") {
                ix.entries.insert(key, Vec::new());
                cur = Some(key);
            } else if line.is_empty() {
                cur = None;
            } else if let Some(rest) = line.strip_prefix("node ") {
                if let Some((node, tid)) = rest.split_once('\t') {
                    ix.nodes.insert(node, tid);
                }
            } else if let Some(rest) = line.strip_prefix("tline ") {
                if let Some((tid, text)) = rest.split_once('\t') {
                    ix.templates.entry(tid).or_default().push(text);
                }
            } else if let Some(block) = cur.and_then(|k| ix.entries.get_mut(k)) {
                block.push(line);
            }
        }
        ix
    })
}

/// The lines of entry `key` (without the `entry` line), if recorded.
fn entry(key: &str) -> Option<impl Iterator<Item = &'static str>> {
    Some(index().entries.get(key)?.iter().copied())
}

/// The tags (`P=TAG` words) of `key` for `rel`; `None` when not recorded for that release.
fn tags(key: &str, rel: &str) -> Option<Vec<&'static str>> {
    let prefix = format!("esc {rel}");
    let line = entry(key)?.find(|l| *l == prefix || l.starts_with(&format!("{prefix} ")))?;
    Some(line.split(' ').skip(2).collect())
}

/// Whether entry `key` has the line `line`.
fn has_line(key: &str, line: &str) -> bool {
    entry(key).is_some_and(|mut it| it.any(|l| l == line))
}

/// `text` with each (recorded, actual) shape text pair renamed.
fn rename(text: &str, renames: &[(String, String)]) -> String {
    renames.iter().fold(text.to_string(), |t, (a, b)| t.replace(a, b))
}

/// The words after `prefix` of the first line of entry `key` starting with it.
fn field(key: &str, prefix: &str) -> Option<&'static str> {
    entry(key)?.find_map(|l| l.strip_prefix(prefix))
}

/// The instantiated std functions with lines for `key` under `rel` at `-m` level `level`
/// (`m1` / `m2`), in the order gc prints them; `None` when not recorded.
fn nodes(key: &str, rel: &str, level: &str) -> Option<Vec<&'static str>> {
    Some(field(key, &format!("nodes {rel} {level}"))?.split('\t').skip(1).collect())
}

/// Splits at commas outside brackets, parentheses and braces.
fn split_top(s: &str) -> Vec<&str> {
    let (mut out, mut depth, mut from) = (Vec::new(), 0i32, 0);
    for (i, c) in s.char_indices() {
        match c {
            '[' | '(' | '{' => depth += 1,
            ']' | ')' | '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&s[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[from..]);
    out
}

/// The lines of instantiated function `node` under `rel` at `level`: its template with
/// placeholder `⟦i⟧` replaced by the node's i-th type argument.
fn node_lines(node: &str, rel: &str, level: &str) -> Option<Vec<String>> {
    let ix = index();
    let tid = ix.nodes.get(format!("{rel} {level} {node}").as_str())?;
    let args = split_top(node.get(node.find('[')? + 1..node.len().checked_sub(1)?)?);
    let mut out = Vec::new();
    for line in ix.templates.get(tid)? {
        let mut text = line.to_string();
        for (i, a) in args.iter().enumerate() {
            text = text.replace(&format!("\u{27e6}{i}\u{27e7}"), a);
        }
        out.push(text);
    }
    Some(out)
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
        // Not recorded as such: named element types (`[]Celsius`, `[]*T`) give the slice or
        // map type argument its own shape; the recorded instantiation with the elements'
        // underlying types (pointers: `*int`) serves when the data says its lines are the
        // same up to the shape's name.
        let (data, renames) = if tags(&key, rel).is_some() {
            (key.clone(), Vec::new())
        } else {
            let mut canon = Vec::new();
            for (&ta, s) in inst.targs.iter().zip(&shapes) {
                canon.push(self.canonical_shape(ta).unwrap_or_else(|| s.clone()));
            }
            let data = format!("{path}.{}[{}]", o.name, canon.join(","));
            if !has_line(&data, &format!("named {rel}")) {
                return None;
            }
            let renames: Vec<(String, String)> =
                canon.into_iter().zip(shapes.iter().cloned()).filter(|(a, b)| a != b).collect();
            (data, renames)
        };
        let words = tags(&data, rel)?;
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
        let instance = self.std_standin(&key, false, pos);
        if let Some(si) = &mut self.p.funcs[instance.0 as usize].std_instance {
            si.data = data.clone();
            si.renames = renames.clone();
        }
        let name = format!("{path}.{}[{}]", o.name, shapes.join(","));
        let dict_text = format!("&{path}..dict.{}[{}]", o.name, dict.join(","));
        // `-m=2` texts are recorded for the probe's type arguments; other type arguments
        // (named types) are served when the data says the lines are the same up to the
        // shapes' and the wrapper's type-argument texts. The wrapper `pkg.F[T...]` gc
        // generates prints its own lines after the other functions.
        let targs = dict.join(",");
        let wrapper = format!("{path}.{}[{targs}]", o.name);
        let recorded = field(&data, "targs ").unwrap_or_default();
        // Not modelled at `-m=2`: a go/defer wrapper also captures the dictionary argument
        // (`.autotmp_N`).
        let m2 = nodes(&data, rel, "m2").is_some()
            && (recorded == targs || has_line(&data, &format!("m2named {rel}")))
            && self.go_defer_depth == 0;
        // gc reads package initializers apart from the declared functions: their wrappers
        // follow those of every declared function (measured with the cross-check).
        let in_init = self
            .p
            .funcs
            .get(self.cur.0 as usize)
            .is_some_and(|f| f.parent.is_none() && f.name == "init" && f.body.is_none());
        if m2 {
            let w = self.std_standin(&wrapper, true, pos);
            let prefix = format!("wline {rel}\t");
            let (from, to) = (format!("[{recorded}]"), format!("[{targs}]"));
            let wlines: Vec<String> = entry(&data)
                .into_iter()
                .flatten()
                .filter_map(|l| l.strip_prefix(prefix.as_str()))
                .map(|l| rename(l, &renames).replace(&from, &to))
                .collect();
            if let Some(si) = &mut self.p.funcs[w.0 as usize].std_instance {
                si.lines_m2 = wlines;
            }
            let at = if in_init { 0 } else { sel.id.0 };
            self.inst_refs.push((at, wrapper.clone(), instance));
            self.wrapper_ids.insert(wrapper, w);
        } else {
            self.unsupported_m2(pos, "-m=2 explanations of this std generic instantiation");
        }
        let imported = ImportedFunc {
            name: name.clone(),
            param_tags,
            instance: Some(instance),
            ..ImportedFunc::default()
        };
        Some((Callee::Static(StaticCallee::Imported(imported)), name, dict_text, inst.ty))
    }

    /// The recorded shape a slice or map type argument `t` would have with its elements'
    /// underlying types (any pointer element as `*int`): `go.shape.[]float64` for
    /// `[]Celsius`; `None` for other type arguments.
    fn canonical_shape(&mut self, t: TypeId) -> Option<String> {
        let u = self.c.under(t);
        let elem = |l: &mut Self, e: TypeId| {
            let eu = l.c.under(e);
            match l.c.types.kind(eu) {
                TypeKind::Pointer(_) => Some("*int".to_string()),
                _ => l.link_text(eu, 0),
            }
        };
        match self.c.types.kind(u).clone() {
            TypeKind::Slice(e) => Some(format!("go.shape.[]{}", elem(self, e)?)),
            TypeKind::Map(k, v) => {
                Some(format!("go.shape.map[{}]{}", elem(self, k)?, elem(self, v)?))
            }
            _ => None,
        }
    }

    /// The body-less stand-in function for std instantiation (or wrapper) `key`, created on
    /// first use.
    fn std_standin(&mut self, key: &str, wrapper: bool, pos: crate::ir::Pos) -> FuncId {
        let found = self.p.funcs.iter().position(|g| {
            g.std_instance.as_ref().is_some_and(|s| s.key == key && s.wrapper == wrapper)
        });
        if let Some(i) = found {
            return FuncId(i as u32);
        }
        let si = StdInstance { key: key.to_string(), wrapper, ..StdInstance::default() };
        self.p.funcs.push(Func {
            name: key.to_string(),
            pos,
            dupok: true,
            body: Some(Vec::new()),
            std_instance: Some(si),
            ..Func::default()
        });
        FuncId(self.p.funcs.len() as u32 - 1)
    }
}

/// Gives every std instantiation stand-in of `prog` the lines gc prints for it, in batch
/// order: the lines of an instantiated function already printed for an earlier stand-in are
/// dropped (gc instantiates and analyses each shape instantiation once).
pub(super) fn assign_lines(prog: &mut Program, version: GoVersion) {
    if !prog.funcs.iter().any(|f| f.std_instance.is_some()) {
        return;
    }
    let Some(rel) = release(version) else { return };
    let mut printed: [BTreeSet<String>; 2] = [BTreeSet::new(), BTreeSet::new()];
    for batch in crate::scc::batches_for(prog, version) {
        for f in batch {
            let Some(si) = &prog.func(f).std_instance else { continue };
            if si.wrapper {
                continue;
            }
            let renamed = |text: &str| rename(text, &si.renames);
            let mut got: [Vec<String>; 2] = [Vec::new(), Vec::new()];
            for (k, level) in ["m1", "m2"].into_iter().enumerate() {
                for node in nodes(&si.data, rel, level).unwrap_or_default() {
                    if printed[k].insert(renamed(node)) {
                        let lines = node_lines(node, rel, level).unwrap_or_default();
                        got[k].extend(lines.iter().map(|l| renamed(l)));
                    }
                }
            }
            if let Some(si) = &mut prog.funcs[f.0 as usize].std_instance {
                [si.lines, si.lines_m2] = got;
            }
        }
    }
}
