//! One wasm export: run a Go program as the web app does (timing happens in the caller,
//! outside the interpreter). The native binary calls the same function.

use escapade_analysis::interp::{Options, Outcome};
use wasm_bindgen::prelude::wasm_bindgen;

/// Runs `text`; returns `steps exit-status stdout-bytes` followed by a newline and stdout.
#[wasm_bindgen]
pub fn run_go(text: &str) -> String {
    let opts = Options { max_steps: 500_000_000, max_output: 16 << 20, ..Options::default() };
    let r = escapade_analysis::run_program(text, &opts);
    let status = match &r.outcome {
        Outcome::Exit(c) => c.to_string(),
        Outcome::Stopped(m) => format!("stopped: {m}"),
    };
    let stdout = String::from_utf8_lossy(&r.output.stdout);
    format!("{} {} {}\n{}", r.steps, status, r.output.stdout.len(), stdout)
}
