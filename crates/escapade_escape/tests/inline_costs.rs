//! The inliner's cost model against gc: every corpus function whose cost go1.27.3 prints at
//! `-m=2` without `-l` (`can inline F with cost N as: …`, `cannot inline F: function too
//! complex: cost N exceeds budget 80`, goldens written by the real toolchain) is costed by
//! `escapade_escape::inline::verdicts`; the number of functions with exactly gc's cost and
//! the number with gc's inlinability verdict must not drop below their ratchets.
#![allow(clippy::disallowed_methods, reason = "the test reads the corpus and goldens")]

use std::collections::BTreeMap;

use escapade_escape::inline::{verdicts, Verdict};

/// (functions with gc's exact cost, functions with gc's inlinable / not-inlinable verdict).
/// Raise them when the model improves; they must never go down.
const RATCHET: (usize, usize) = (1374, 1444);

/// `FILE:LINE:COL` → (inlinable, cost) from gc's `-m=2` lines.
fn golden_costs(text: &str) -> BTreeMap<String, (bool, Option<i64>)> {
    let mut out = BTreeMap::new();
    for l in text.lines() {
        let Some((at, rest)) = l.split_once(": ") else { continue };
        let at = at.to_string();
        if let Some(r) = rest.strip_prefix("can inline ") {
            let cost = r.split(" with cost ").nth(1).and_then(|c| c.split(' ').next());
            out.insert(at, (true, cost.and_then(|c| c.parse().ok())));
        } else if let Some(r) = rest.strip_prefix("cannot inline ") {
            if r.contains(" into ") {
                continue;
            }
            let cost = r
                .split("function too complex: cost ")
                .nth(1)
                .and_then(|c| c.split(' ').next())
                .and_then(|c| c.parse().ok());
            out.insert(at, (false, cost));
        }
    }
    out
}

#[test]
fn costs_match_gc() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut names: Vec<String> = std::fs::read_dir(format!("{dir}/testdata/escape"))
        .expect("corpus")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    let (mut same_cost, mut same_verdict, mut total) = (0, 0, 0);
    for name in &names {
        let text = std::fs::read_to_string(format!("{dir}/testdata/escape/{name}")).expect("go");
        let stem = name.trim_end_matches(".go");
        let Ok(golden) =
            std::fs::read_to_string(format!("{dir}/testdata/golden/go1.27.3-m2/{stem}.txt"))
        else {
            continue;
        };
        let want = golden_costs(&golden);
        for (pos, _, v) in verdicts(name, &text) {
            let Some(&(inl, cost)) = want.get(&format!("{name}:{}:{}", pos.line, pos.col)) else {
                continue;
            };
            total += 1;
            let (ours_inl, ours_cost) = match &v {
                Verdict::Inline(c) => (true, Some(*c)),
                Verdict::No(r) => (
                    false,
                    r.strip_prefix("function too complex: cost ")
                        .and_then(|c| c.split(' ').next())
                        .and_then(|c| c.parse().ok()),
                ),
            };
            if ours_inl == inl && r_ok(&v) {
                same_verdict += 1;
            }
            if cost.is_some() && ours_cost == cost {
                same_cost += 1;
            }
        }
    }
    assert!(total > 1400, "corpus functions found: {total}");
    assert!(same_cost >= RATCHET.0, "functions with gc's cost: {same_cost} < {}", RATCHET.0);
    assert!(
        same_verdict >= RATCHET.1,
        "functions with gc's verdict: {same_verdict} < {}",
        RATCHET.1
    );
}

/// A verdict the model computed (not "not modelled").
fn r_ok(v: &Verdict) -> bool {
    !matches!(v, Verdict::No(r) if r == "not modelled")
}
