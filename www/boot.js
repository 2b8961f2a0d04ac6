// Starts the app: loads wasm-bindgen's module and the wasm next to this file (relative URLs, so
// the same build works from any sub-path), without an inline script (a Content-Security-Policy
// with `script-src 'self' 'wasm-unsafe-eval'` allows it). Trunk copies this file into dist/.
//
// Embedded (`?embed=1` inside a frame), the page posts its content height to the parent page
// whenever it changes: `{ type: "escapade:height", height }` (CSS pixels; README: Embedding).

import init, * as bindings from './escapade_web.js';

const embedded = new URLSearchParams(location.search).get('embed') === '1' && window.parent !== window;
if (embedded) {
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'escapade:height', height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
}

// The interpreter's own module (Map and Output panes), fetched on the first run only
// (crates/escapade_web/src/runner.rs calls this).
let runner;
window.escapadeLoadRunner = () => {
  runner ??= import('./escapade_runner.js').then(async (m) => {
    const wasm = await m.default();
    // Its memory, for the end-to-end tests (in a worker, runner.rs sets it after each run).
    Object.defineProperty(window, 'escapadeRunnerMemoryBytes', { get: () => wasm.memory.buffer.byteLength });
    return m;
  });
  return runner;
};

const wasm = await init();
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
