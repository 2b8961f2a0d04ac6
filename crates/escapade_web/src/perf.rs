//! Timing in the browser: the clock injected into the reducer, a first-render mark, and a
//! benchmark entry point the end-to-end test calls (`window.wasmBindings.bench_analyze`).

use wasm_bindgen::prelude::wasm_bindgen;

/// `performance.now()` in milliseconds; 0 outside a browser.
pub fn now_ms() -> f64 {
    if cfg!(target_arch = "wasm32") {
        web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
    } else {
        0.0
    }
}

/// Adds a named mark to the page's performance timeline (visible in DevTools and to the e2e).
pub fn mark(name: &str) {
    if cfg!(target_arch = "wasm32") {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark(name);
        }
    }
}

/// Adds a measure `name` from the mark `start` to now (visible in DevTools and to the e2e);
/// nothing when `start` was never marked.
pub fn measure(name: &str, start: &str) {
    if cfg!(target_arch = "wasm32") {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.measure_with_start_mark(name, start);
        }
    }
}

/// Removes the marks named `name` (so a later measure cannot start from a stale one).
pub fn clear_mark(name: &str) {
    if cfg!(target_arch = "wasm32") {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            p.clear_marks_with_mark_name(name);
        }
    }
}

/// Times `iters` runs of the per-keystroke work (analysis + editor view model) on `src`;
/// returns each run's milliseconds.
#[wasm_bindgen]
pub fn bench_analyze(src: &str, iters: u32) -> Vec<f64> {
    (0..iters.clamp(1, 1000))
        .map(|_| {
            let t0 = now_ms();
            let analysis = escapade_analysis::analyze(src);
            let view = crate::view_model::editor_view(src, &analysis);
            let t1 = now_ms();
            std::hint::black_box(view);
            t1 - t0
        })
        .collect()
}

/// Times `iters` runs of the escape workbench's work (the analysis and the model) on `src` for
/// `go1.27`, with inlining (`-m`) or without (`-m=2 -l`); returns each run's milliseconds.
#[wasm_bindgen]
pub fn bench_escape(src: &str, iters: u32, inline: bool) -> Vec<f64> {
    let version = crate::escape_model::VERSIONS[0];
    (0..iters.clamp(1, 1000))
        .map(|_| {
            let t0 = now_ms();
            let model = crate::escape_model::EscapeModel::run(src, version, inline, false);
            let t1 = now_ms();
            std::hint::black_box(model);
            t1 - t0
        })
        .collect()
}
