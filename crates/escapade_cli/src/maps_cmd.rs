//! `escapade maps`: the Go runtime map simulator in a terminal.
//!
//! * `escapade maps --replay DUMP.jsonl [--compare] [--quiet]` replays an oracle dump with the
//!   runtime's hashes and prints our records in the same JSON-lines schema; `--compare` also
//!   diffs every record against the dump and exits 1 on any difference.
//! * `escapade maps --impl classic|swiss [--go 1.23|1.24|1.27] [--keys int|string|float]
//!   [--seed S] [--hash fallback|identity|collide] [--events] [--json] < OPS` runs an op script.

use escapade_analysis::maps;
use std::io::Read;

const HELP: &str = "\
usage:
  escapade maps --replay DUMP.jsonl [--compare] [--quiet]
  escapade maps --impl classic|swiss [--go 1.23|1.24|1.27] [--keys int|string|float]
                [--seed S] [--hint N] [--hash fallback|identity|collide] [--events] [--json] < OPS

OPS: one operation per line: put K [V] | get K | del K | clear | iter | dump | # comment
";

// The CLI is the one crate that reads files (clippy.toml's list targets the pure crates).
#[allow(clippy::disallowed_methods)]
pub fn run(args: &[String]) -> i32 {
    let mut replay: Option<String> = None;
    let mut compare = false;
    let mut quiet = false;
    let mut cfg = maps::ops::RunConfig::default();
    let mut i = 0;
    let val = |i: &mut usize| -> Option<String> {
        *i += 1;
        args.get(*i).cloned()
    };
    while i < args.len() {
        let a = args[i].as_str();
        let ok = match a {
            "-h" | "--help" => {
                print!("{HELP}");
                return 0;
            }
            "--replay" => val(&mut i).map(|v| replay = Some(v)).is_some(),
            "--compare" => {
                compare = true;
                true
            }
            "--quiet" => {
                quiet = true;
                true
            }
            "--events" => {
                cfg.events = true;
                true
            }
            "--json" => {
                cfg.json = true;
                true
            }
            "--impl" | "--go" | "--keys" | "--seed" | "--hint" | "--hash" => match val(&mut i) {
                Some(v) => match cfg.set(a.trim_start_matches("--"), &v) {
                    Ok(()) => true,
                    Err(e) => {
                        eprintln!("escapade maps: {e}");
                        return 2;
                    }
                },
                None => false,
            },
            _ => false,
        };
        if !ok {
            eprintln!("escapade maps: bad argument {a:?}\n{HELP}");
            return 2;
        }
        i += 1;
    }
    if let Some(path) = replay {
        let text = if path == "-" {
            let mut s = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                eprintln!("escapade maps: reading stdin: {e}");
                return 2;
            }
            s
        } else {
            match std::fs::read_to_string(&path) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("escapade maps: {path}: {e}");
                    return 2;
                }
            }
        };
        let opts = maps::replay::ReplayOptions { emit: !quiet, compare, max_diffs: 50 };
        return match maps::replay::replay(&text, opts) {
            Ok(rep) => {
                print!("{}", rep.output);
                if compare {
                    for d in &rep.diffs {
                        eprintln!("{d}");
                    }
                    eprintln!(
                        "{}: {} records, {} with differences; iterations reproduced {}/{}",
                        rep.target, rep.records, rep.mismatched, rep.iters_matched, rep.iters
                    );
                    if rep.mismatched > 0 || rep.iters_matched != rep.iters {
                        return 1;
                    }
                }
                0
            }
            Err(e) => {
                eprintln!("escapade maps: {path}:{}: {}", e.line, e.msg);
                2
            }
        };
    }
    let mut ops = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut ops) {
        eprintln!("escapade maps: reading stdin: {e}");
        return 2;
    }
    match maps::ops::run_script(&ops, &cfg) {
        Ok(out) => {
            print!("{out}");
            0
        }
        Err(e) => {
            eprintln!("escapade maps: line {}: {}", e.line, e.msg);
            1
        }
    }
}
