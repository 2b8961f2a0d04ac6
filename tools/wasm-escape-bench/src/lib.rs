//! One wasm export: the escape analysis of a file, as the web app runs it (timing happens in
//! JavaScript, outside the analysis).

use escapade_analysis::escape::GoVersion;
use escapade_analysis::{escape, EscapeOptions};
use wasm_bindgen::prelude::wasm_bindgen;

/// Runs `go build -gcflags='-m[=m] -l'`'s escape analysis on `text`; returns the printed lines.
#[wasm_bindgen]
pub fn escape_lines(text: &str, m: u8, go123: bool) -> String {
    let version = if go123 { GoVersion::Go123 } else { GoVersion::Go127 };
    let opts = EscapeOptions { version, m, inline: false };
    let report = escape(text, "big.go", &opts);
    let mut out = report.raw_lines.join("\n");
    out.push('\n');
    out
}
