// The interpreter's wasm module in a Web Worker, so that a long run never blocks the page
// (crates/escapade_web/src/runner.rs starts it on the first run of a program and posts
// `{ id, request }` bytes; the answer is `{ id, answer, ms, memory }` or `{ id, error, fatal }`).
// Relative URLs: the same build works from any sub-path. Trunk copies this file into dist/.

import init, { run } from './escapade_runner.js';

let wasm;
const ready = init().then(
  (w) => { wasm = w; postMessage({ ready: true }); return null; },
  (e) => `the interpreter could not be loaded: ${e}`,
);

onmessage = async ({ data }) => {
  const failed = await ready;
  if (failed !== null) {
    postMessage({ id: data.id, error: failed, fatal: true });
    return;
  }
  let answer;
  const t0 = performance.now();
  try {
    answer = run(data.request);
  } catch (e) {
    // A trap leaves the module unusable: the page ends this worker and starts another.
    postMessage({ id: data.id, error: `the interpreter failed: ${e}`, fatal: true });
    return;
  }
  // `ms`: the run's time; `memory`: the module's linear memory in bytes (for the e2e tests).
  const ms = performance.now() - t0;
  postMessage({ id: data.id, answer, ms, memory: wasm.memory.buffer.byteLength }, [answer.buffer]);
};
