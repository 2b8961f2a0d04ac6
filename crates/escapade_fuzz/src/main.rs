//! `escapade-fuzz`: runs the mutation fuzzer (see the library docs) and reports every panic.
//!
//! ```text
//! escapade-fuzz [--inputs N] [--seed S] [--start K] [--only I] [--root DIR] [--out DIR]
//!               [--stack MIB] [--hang SECONDS]
//! ```
//! Exit status: 0 no panic, 1 panics found (each input written to `--out`), 2 usage, 3 an input
//! ran longer than `--hang` seconds (a hang is a bug too; its input is written to `--out`).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use escapade_fuzz::{input, install_quiet_hook, load_corpus, run, Failure, Kind};

struct Args {
    inputs: u64,
    seed: u64,
    start: u64,
    only: Option<u64>,
    root: PathBuf,
    out: PathBuf,
    stack_mib: usize,
    hang: u64,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        inputs: 1_000_000,
        seed: 1,
        start: 0,
        only: None,
        root: PathBuf::from("."),
        out: PathBuf::from("target/fuzz-failures"),
        stack_mib: 8,
        hang: 60,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut val = || it.next().ok_or(format!("{flag} needs a value"));
        let num = |s: String| s.replace('_', "").parse::<u64>().map_err(|e| format!("{s}: {e}"));
        match flag.as_str() {
            "--inputs" => a.inputs = num(val()?)?,
            "--seed" => a.seed = num(val()?)?,
            "--start" => a.start = num(val()?)?,
            "--only" => a.only = Some(num(val()?)?),
            "--root" => a.root = PathBuf::from(val()?),
            "--out" => a.out = PathBuf::from(val()?),
            "--stack" => a.stack_mib = num(val()?)? as usize,
            "--hang" => a.hang = num(val()?)?,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(a)
}

fn ext(kind: Kind) -> &'static str {
    match kind {
        Kind::Go => "go",
        Kind::MapOps => "ops",
        Kind::MapDump => "jsonl",
    }
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}\nusage: escapade-fuzz [--inputs N] [--seed S] [--start K] [--only I] [--root DIR] [--out DIR] [--stack MIB] [--hang SECONDS]");
            std::process::exit(2);
        }
    };
    let corpus = Arc::new(load_corpus(&args.root));
    if corpus.is_empty() {
        eprintln!(
            "escapade-fuzz: no seeds under {}/crates (run from the workspace root or give --root)",
            args.root.display()
        );
        std::process::exit(2);
    }
    let count = |k| corpus.iter().filter(|s| s.kind == k).count();
    println!(
        "seeds: {} Go files, {} map op scripts, {} map dumps; seed {}",
        count(Kind::Go),
        count(Kind::MapOps),
        count(Kind::MapDump),
        args.seed
    );
    let range = match args.only {
        Some(i) => i..i + 1,
        None => args.start..args.start + args.inputs,
    };
    install_quiet_hook();
    let current = Arc::new(AtomicU64::new(u64::MAX));
    let done = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let worker = {
        let (corpus, current, done, seed) =
            (corpus.clone(), current.clone(), done.clone(), args.seed);
        let out = args.out.clone();
        let range = range.clone();
        std::thread::Builder::new()
            .stack_size(args.stack_mib << 20)
            .spawn(move || {
                let first = range.start;
                let progress = |i| {
                    current.store(i, Ordering::SeqCst);
                    if i > first && (i - first) % 20_000 == 0 {
                        println!("{} inputs, {:.0} s", i - first, started.elapsed().as_secs_f64());
                    }
                };
                let found = |f: &Failure| report(f, seed, &out);
                let failures = run(&corpus, seed, range, progress, found);
                done.store(1, Ordering::SeqCst);
                failures
            })
            .expect("spawn the fuzz thread")
    };
    // Watchdog: an input that runs longer than --hang seconds is reported as a hang.
    let mut last = (u64::MAX, Instant::now());
    while done.load(Ordering::SeqCst) == 0 && !worker.is_finished() {
        std::thread::sleep(Duration::from_millis(200));
        let now = current.load(Ordering::SeqCst);
        if now != last.0 {
            last = (now, Instant::now());
        } else if last.1.elapsed() > Duration::from_secs(args.hang) {
            let (which, text, _) = input(&corpus, args.seed, now);
            let path =
                args.out.join(format!("hang-seed{}-{now}.{}", args.seed, ext(corpus[which].kind)));
            let _ = std::fs::create_dir_all(&args.out);
            let _ = std::fs::write(&path, &text);
            eprintln!(
                "HANG: input {now} (from {}) ran over {} s; written to {}",
                corpus[which].name,
                args.hang,
                path.display()
            );
            std::process::exit(3);
        }
    }
    let failures = match worker.join() {
        Ok(f) => f,
        Err(_) => {
            eprintln!("escapade-fuzz: the fuzz thread died");
            std::process::exit(1);
        }
    };
    let n = range.end - range.start;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{n} inputs (indices {}..{}), {} panics, {secs:.1} s",
        range.start,
        range.end,
        failures.len()
    );
    if failures.is_empty() {
        return;
    }
    std::process::exit(1);
}

/// Writes a failing input to `out` and says so on stderr.
fn report(f: &Failure, seed: u64, out: &std::path::Path) {
    let _ = std::fs::create_dir_all(out);
    let path = out.join(format!("panic-seed{seed}-{}.{}", f.index, ext(f.kind)));
    let _ = std::fs::write(&path, &f.input);
    eprintln!(
        "PANIC in {} on input {} (from {}): {}\n  input written to {}",
        f.target,
        f.index,
        f.seed_name,
        f.message,
        path.display()
    );
}
