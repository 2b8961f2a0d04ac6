//! `escapade run FILE [--impl classic|swiss] [--go 1.23|1.24|1.27] [--seed S] [--trace]
//! [--stats]`: runs a Go program in the interpreter (with go1.27's append escape verdicts) and
//! prints what `go run` would (stdout, stderr, exit code). `--trace` and `--stats` add the
//! interpreter's step count (with `--trace`, also the map operations) on stderr.

use std::io::Write;

use escapade_analysis::add_escape_facts;
use escapade_analysis::interp::{run as interpret, GoVersion, Impl, Options, Outcome};

pub fn run(args: &[String]) -> i32 {
    let mut opts = Options { max_depth: 20_000, ..Options::default() };
    let mut file = None;
    let mut it = args.iter();
    let mut go_set = false;
    let mut impl_set = false;
    let mut stats = false;
    while let Some(a) = it.next() {
        match a.as_str() {
            "--trace" => {
                opts.trace = true;
                stats = true;
            }
            "--stats" => stats = true,
            "--impl" => match it.next().map(String::as_str) {
                Some("classic") => {
                    opts.imp = Impl::Classic;
                    impl_set = true;
                }
                Some("swiss") => {
                    opts.imp = Impl::Swiss;
                    impl_set = true;
                }
                _ => return usage(),
            },
            "--go" => match it.next().and_then(|v| GoVersion::parse(v)) {
                Some(v) => {
                    opts.go = v;
                    go_set = true;
                }
                None => return usage(),
            },
            "--seed" => match it.next().and_then(|v| v.parse().ok()) {
                Some(s) => opts.seed = s,
                None => return usage(),
            },
            f if file.is_none() && !f.starts_with("--") => file = Some(f.to_string()),
            _ => return usage(),
        }
    }
    // Sensible pairing when only one of --go/--impl is given.
    if go_set && !impl_set && opts.go == GoVersion::Go123 {
        opts.imp = Impl::Classic;
    }
    if impl_set && !go_set && opts.imp == Impl::Classic {
        opts.go = GoVersion::Go123;
    }
    let Some(file) = file else { return usage() };
    let Some(src) = crate::read_source(&file) else { return 1 };
    // Deep Go recursion needs native stack: run on a thread with a large one. A debug build
    // takes ~32 KiB of it per Go call, so `max_depth` calls need more than 512 MiB there (the
    // stack was overflowed, aborting, at ~16,000 calls of a one-line recursive function).
    let stack: usize = if cfg!(debug_assertions) { 2 << 30 } else { 512 << 20 };
    let handle = std::thread::Builder::new().stack_size(stack).spawn(move || {
        // As escapade_analysis::run_program, but timing only the evaluation (type checking
        // included) for the steps/s figure.
        add_escape_facts(&src, &mut opts);
        let t0 = std::time::Instant::now();
        let r = interpret(&src, &opts);
        (r, t0.elapsed())
    });
    let Ok(Ok((r, elapsed))) = handle.map(|h| h.join()) else {
        eprintln!("escapade: interpreter failed");
        return 3;
    };
    let mut out = std::io::stdout();
    let _ = out.write_all(&r.output.stdout);
    let _ = out.flush();
    let _ = std::io::stderr().write_all(&r.output.stderr);
    let code = match &r.outcome {
        Outcome::Exit(c) => *c,
        Outcome::Stopped(m) => {
            eprintln!("{m}");
            3
        }
    };
    // `go run` adds `exit status N` to any non-zero exit of a built program (a crash also has
    // its goroutine trace; `os.Exit(2)` is no crash); compile errors have no status line.
    let err = &r.output.stderr;
    if code == 2 && crashed(err) {
        eprintln!("\ngoroutine 1 [running]:\nmain.main()\nexit status 2");
    } else if code != 0 && matches!(r.outcome, Outcome::Exit(_)) && !err.starts_with(b"# ") {
        eprintln!("exit status {code}");
    }
    if stats {
        let secs = elapsed.as_secs_f64();
        let rate = if secs > 0.0 { r.steps as f64 / secs } else { 0.0 };
        eprintln!(
            "escapade: {} steps in {:.3}s of evaluation incl. type checking ({:.0} steps/s)",
            r.steps, secs, rate
        );
    }
    if args.iter().any(|a| a == "--trace") {
        println!("--- map operations ({})", r.output.map_ops.len());
        for op in &r.output.map_ops {
            println!(
                "map@{}#{} {} {} {} [{}]",
                op.site.start, op.instance, op.op, op.key, op.value, op.span.start
            );
        }
    }
    code
}

/// Whether the run's stderr ends in a Go crash: a line starting `panic: ` or `fatal error: `.
fn crashed(stderr: &[u8]) -> bool {
    stderr
        .split(|&b| b == b'\n')
        .any(|l| l.starts_with(b"panic: ") || l.starts_with(b"fatal error: "))
}

fn usage() -> i32 {
    eprintln!("usage: escapade run FILE [--impl classic|swiss] [--go 1.23|1.24|1.27] [--seed S] [--trace] [--stats]");
    2
}
