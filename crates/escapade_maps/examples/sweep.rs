//! Comparison side of the oracle sweep (`scripts/maps-oracle.sh --sweep`): reads a batch of
//! oracle dumps on stdin (one real-runtime process ran many sequences; each sequence starts
//! with its own header line carrying `"seq"`), replays every sequence through the simulator
//! with the runtime's hashes and compares every record.
//!
//! `cargo run -p escapade_maps --profile release-native --example sweep < BATCH.jsonl`
//!
//! Prints one `DIFF seq ...` block per sequence that differs, then one summary line:
//! `sweep-compare TARGETS: S sequences, R records (F with full states), M mismatched records,
//! D failing sequences; iterations reproduced I/J`. Exit status 1 when anything differs or an input is malformed.
#![allow(clippy::disallowed_methods, clippy::print_stdout, clippy::print_stderr)]

use escapade_maps::replay::{replay, ReplayOptions};
use std::collections::BTreeSet;
use std::io::{BufRead, Write};

#[derive(Default)]
struct Totals {
    seqs: usize,
    records: usize,
    full_states: usize,
    mismatched: usize,
    failing: usize,
    iters: usize,
    iters_matched: usize,
    targets: BTreeSet<String>,
}

fn seq_id(header: &str) -> String {
    // `"seq":"ID"` as written by the oracle's batch mode.
    header.split("\"seq\":\"").nth(1).and_then(|r| r.split('"').next()).unwrap_or("?").to_string()
}

fn finish(seg: &str, t: &mut Totals, out: &mut impl Write) {
    if seg.is_empty() {
        return;
    }
    let id = seq_id(seg.lines().next().unwrap_or(""));
    t.seqs += 1;
    if t.seqs.is_multiple_of(1000) {
        let target = t.targets.first().map(String::as_str).unwrap_or("?");
        eprintln!("sweep-compare {target}: {} sequences, {} failing so far", t.seqs, t.failing);
    }
    match replay(seg, ReplayOptions { emit: false, compare: true, max_diffs: 8 }) {
        Ok(rep) => {
            t.records += rep.records;
            t.full_states += rep.full_states;
            t.mismatched += rep.mismatched;
            t.iters += rep.iters;
            t.iters_matched += rep.iters_matched;
            t.targets.insert(rep.target.clone());
            if rep.mismatched > 0 || rep.iters_matched != rep.iters {
                t.failing += 1;
                let _ = writeln!(
                    out,
                    "DIFF seq {id} ({}): {} mismatched records, iterations {}/{}",
                    rep.target, rep.mismatched, rep.iters_matched, rep.iters
                );
                for d in &rep.diffs {
                    let _ = writeln!(out, "  {d}");
                }
            }
        }
        Err(e) => {
            t.failing += 1;
            let _ = writeln!(out, "DIFF seq {id}: bad dump at line {}: {}", e.line, e.msg);
        }
    }
}

fn main() {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut t = Totals::default();
    let mut seg = String::new();
    let mut line = String::new();
    loop {
        line.clear();
        match input.read_line(&mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("sweep-compare: reading stdin: {e}");
                std::process::exit(1);
            }
        }
        if line.starts_with("{\"header\":") {
            finish(&seg, &mut t, &mut out);
            seg.clear();
        }
        seg.push_str(&line);
    }
    finish(&seg, &mut t, &mut out);
    let targets: Vec<String> = t
        .targets
        .iter()
        .map(|s| s.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let _ = writeln!(
        out,
        "sweep-compare {}: {} sequences, {} records ({} with full states), {} mismatched records, {} failing sequences; iterations reproduced {}/{}",
        targets.join(", "),
        t.seqs,
        t.records,
        t.full_states,
        t.mismatched,
        t.failing,
        t.iters_matched,
        t.iters
    );
    if t.failing > 0 || t.seqs == 0 {
        std::process::exit(1);
    }
}
