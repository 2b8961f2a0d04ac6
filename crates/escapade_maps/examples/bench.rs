//! Throughput benchmark (not part of the library; it may use a clock).
//!
//! `cargo run -p escapade_maps --profile release-native --example bench -- [fast|events] [N] [KEYSPACE] [IMPL]`
//! fast: N mixed operations per implementation in fast mode, prints ops/s.
//! events: N operations with event recording on, keeping every event (measure peak RSS with
//! `/usr/bin/time -v`).
//! IMPL (`classic`, `swiss124` or `swiss127`) runs one implementation only, so a whole-process
//! timing of the binary measures it alone; `setup N KEYSPACE` only generates the workload (the
//! baseline to pair a whole-process timing with: process start and workload generation).
//!
//! Each line gives wall-clock throughput and, where `/proc/thread-self/schedstat` exists, the
//! throughput over on-CPU time only (`cpu ...`), which a busy shared machine disturbs far less.
#![allow(clippy::disallowed_methods, clippy::print_stdout)]

use escapade_maps::{Fallback, GoMap, GoVersion, HashKind, Impl, Rng};
use std::time::Instant;

fn workload(n: usize, space: u64, seed: u64) -> Vec<(u8, i64)> {
    let mut r = Rng::new(seed);
    (0..n)
        .map(|_| {
            let x = r.next_u64();
            let k = ((x >> 8) % space) as i64;
            let op = match x % 10 {
                0..=4 => 0, // put
                5..=7 => 1, // get
                _ => 2,     // delete
            };
            (op, k)
        })
        .collect()
}

/// Nanoseconds this thread has run on a CPU (Linux), if known.
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().map(String::as_str).unwrap_or("fast");
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(5_000_000);
    let space: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let ops = workload(n, space, 42);
    if mode == "setup" {
        // Process start and workload generation only: the baseline for whole-process timings.
        println!("setup: {} ops generated", ops.len());
        return;
    }
    let all = [
        ("classic", Impl::Classic, GoVersion::Go123),
        ("swiss124", Impl::Swiss, GoVersion::Go124),
        ("swiss127", Impl::Swiss, GoVersion::Go127),
    ];
    let only = args.get(3).map(String::as_str);
    for (name, imp, go) in all {
        if only.is_some_and(|o| o != name) {
            continue;
        }
        let h = HashKind::Fallback(Fallback::random(&mut Rng::new(9)));
        let mut m: GoMap<i64, i64> = GoMap::new(imp, go, None, h, 1).expect("config");
        let record = mode == "events";
        m.set_recording(record);
        let mut kept = Vec::new();
        let mut hits = 0u64;
        let c0 = cpu_ns();
        let t = Instant::now();
        for &(op, k) in &ops {
            match op {
                0 => m.put(k, k),
                1 => hits += m.get(&k).is_some() as u64,
                _ => m.delete(&k),
            }
            if record {
                kept.extend(m.take_events());
            }
        }
        let dt = t.elapsed().as_secs_f64();
        let cpu = match (c0, cpu_ns()) {
            (Some(a), Some(b)) if b > a => {
                format!(", cpu {:.1} M ops/s", n as f64 / ((b - a) as f64 / 1e9) / 1e6)
            }
            _ => String::new(),
        };
        println!(
            "{imp:?} {go:?}: {n} ops in {dt:.3}s = {:.1} M ops/s (len {}, hits {hits}{}{cpu})",
            n as f64 / dt / 1e6,
            m.len(),
            if record { format!(", {} events kept", kept.len()) } else { String::new() }
        );
    }
}
