//! Cost of the wire codec against the run itself: `cargo run --profile release-native -p
//! escapade_interp --example wire_cost -- FILE.go` runs FILE with map tracing and events on (as
//! the web's animation does), then encodes and decodes its result once, and prints the encoded
//! size and each phase's time as a ratio of the run's.
#![allow(clippy::disallowed_methods, clippy::print_stdout, reason = "developer tool")]

use std::time::Instant;

use escapade_interp::{run, wire, Options};

fn main() {
    for path in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&path).expect("read source");
        let mut opts = Options { trace: true, record_events: true, ..Options::default() };
        escapade_analysis::escape_facts(&src).apply(&mut opts);
        let t = Instant::now();
        let r = run(&src, &opts);
        let run_ms = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let bytes = wire::encode_result(&r);
        let enc_ms = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let back = wire::decode_result(&bytes).expect("decodes");
        let dec_ms = t.elapsed().as_secs_f64() * 1e3;
        assert_eq!(back.output.map_ops.len(), r.output.map_ops.len());
        let events: usize = r.output.map_ops.iter().map(|m| m.events.len()).sum();
        let event_text: usize =
            r.output.map_ops.iter().flat_map(|m| &m.events).map(String::len).sum();
        println!(
            "{path}: {:?}, {} map ops, {events} events ({event_text} bytes of event text); \
             encoded {} bytes",
            r.outcome,
            r.output.map_ops.len(),
            bytes.len()
        );
        println!(
            "run {run_ms:.1} ms; encode {enc_ms:.1} ms ({:.3} of run); decode {dec_ms:.1} ms \
             ({:.3} of run)",
            enc_ms / run_ms,
            dec_ms / run_ms
        );
    }
}
