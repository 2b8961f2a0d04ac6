//! The order Go initializes package-level variables in (spec, "Package initialization"):
//! repeatedly the earliest variable in declaration order that is ready — its initializer
//! depends on no uninitialized variable. A dependency is a reference to a variable, or to a
//! function or method (a non-interface method value, expression or call) whose body, transitively,
//! references one. Variables without an initializer hold their zero value from the start.

use std::collections::{BTreeMap, BTreeSet};

use escapade_syntax::ast::{DeclKind, File};
use escapade_types::{Checker, FileInfo, ObjId, ObjKind};

/// A `var` spec with values: its node range and the variables it defines.
struct Spec {
    at: u32,
    start: u32,
    end: u32,
    defines: Vec<ObjId>,
}

/// Indexes of the var specs with values (numbered in source order over all `var`
/// declarations, specs without values included) in Go's initialization order; `Err` with the
/// byte offset of a spec that can never be ready (a cycle) when no order exists.
pub fn var_init_order(ck: &Checker, info: &FileInfo, file: &File) -> Result<Vec<usize>, u32> {
    // Node ids are preorder: a top-level node owns the ids up to the next one.
    let mut starts: Vec<u32> = Vec::new();
    for d in &file.decls {
        match &d.kind {
            DeclKind::Var { specs, .. } => starts.extend(specs.iter().map(|sp| sp.id.0)),
            _ => starts.push(d.id.0),
        }
    }
    let end_of = |start: u32| -> u32 {
        starts.iter().copied().filter(|&s| s > start).min().unwrap_or(file.node_count)
    };
    let mut funcs: BTreeMap<ObjId, (u32, u32)> = BTreeMap::new();
    let mut specs: Vec<(usize, Spec)> = Vec::new();
    let mut k = 0;
    for d in &file.decls {
        match &d.kind {
            DeclKind::Func(f) => {
                if let Some(Some(o)) = info.defs.get(f.name.id.index()) {
                    funcs.insert(*o, (d.id.0, end_of(d.id.0)));
                }
            }
            DeclKind::Var { specs: vs, .. } => {
                for sp in vs {
                    if !sp.values.is_empty() {
                        let defines = sp
                            .names
                            .iter()
                            .filter_map(|n| info.defs.get(n.id.index()).copied().flatten())
                            .collect();
                        let start = sp.id.0;
                        let at = sp.span.start;
                        specs.push((k, Spec { at, start, end: end_of(start), defines }));
                    }
                    k += 1;
                }
            }
            _ => {}
        }
    }
    let refs = |start: u32, end: u32| -> Vec<ObjId> {
        let mut out = Vec::new();
        for id in start..end {
            let i = id as usize;
            out.extend(info.uses.get(i).copied().flatten());
            out.extend(info.selections.get(i).and_then(|s| s.as_ref()).map(|s| s.obj));
        }
        out
    };
    let is_global_var = |o: ObjId| {
        let obj = ck.obj(o);
        obj.pos.is_some_and(|p| p.file.0 == 0)
            && !obj.local
            && matches!(obj.kind, ObjKind::Var { field: false, .. })
    };
    // Variables each spec depends on, through functions and methods.
    let mut deps: Vec<BTreeSet<ObjId>> = Vec::new();
    for (_, sp) in &specs {
        let mut vars = BTreeSet::new();
        let mut seen = BTreeSet::new();
        let mut todo = vec![(sp.start, sp.end)];
        while let Some((s, e)) = todo.pop() {
            for o in refs(s, e) {
                if is_global_var(o) {
                    vars.insert(o);
                } else if let Some(&r) = funcs.get(&o) {
                    if seen.insert(o) {
                        todo.push(r);
                    }
                }
            }
        }
        deps.push(vars);
    }
    let mut pending: BTreeSet<ObjId> = BTreeSet::new();
    pending.extend(specs.iter().flat_map(|(_, sp)| sp.defines.iter().copied()));
    let mut done = vec![false; specs.len()];
    let mut order = Vec::new();
    while order.len() < specs.len() {
        let next = (0..specs.len()).find(|&i| !done[i] && deps[i].is_disjoint(&pending));
        let Some(i) = next else {
            let stuck = (0..specs.len()).find(|&i| !done[i]).map(|i| specs[i].1.at);
            return Err(stuck.unwrap_or(0));
        };
        done[i] = true;
        for o in &specs[i].1.defines {
            pending.remove(o);
        }
        order.push(specs[i].0);
    }
    Ok(order)
}
