//! The interpreter as its own wasm module (`escapade_runner_bg.wasm`), fetched by the page on
//! the first run of a program (Map / Output panes, exercises that need a run): the escape
//! workbench never downloads it. One export, bytes in and bytes out (`interp::wire`): the
//! main module encodes the source and the options (with go1.27's escape facts, which it
//! computes), this module runs the program and encodes the result.

use wasm_bindgen::prelude::wasm_bindgen;

/// Runs one encoded request and returns the encoded result (a malformed request comes back as
/// a stopped run saying why).
#[wasm_bindgen]
pub fn run(request: &[u8]) -> Vec<u8> {
    escapade_analysis::run_encoded(request)
}

fn main() {}
