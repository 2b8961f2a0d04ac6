//! Native counterpart of run.mjs: `native-interp-bench FILE.go RUNS` times `run_go` like the
//! node harness (one warm-up, then RUNS timed runs) and prints the same summary line.

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(file), runs) = (args.get(1), args.get(2).and_then(|r| r.parse().ok()).unwrap_or(5))
    else {
        eprintln!("usage: native-interp-bench FILE.go [RUNS]");
        std::process::exit(2);
    };
    let Ok(text) = std::fs::read_to_string(file) else {
        eprintln!("cannot read {file}");
        std::process::exit(1);
    };
    let first = wasm_interp_bench::run_go(&text);
    let mut ms: Vec<f64> = Vec::new();
    for _ in 0..runs {
        let t0 = Instant::now();
        let out = wasm_interp_bench::run_go(&text);
        ms.push(t0.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(out, first, "runs differ");
    }
    ms.sort_by(f64::total_cmp);
    let head = first.lines().next().unwrap_or("");
    let steps: f64 = head.split(' ').next().and_then(|s| s.parse().ok()).unwrap_or(0.0);
    let med = ms[ms.len() / 2];
    println!(
        "native {file}: [{head}] median {med:.1} ms, min {:.1} ms, {:.0} steps/s",
        ms[0],
        steps / (med / 1000.0)
    );
}
