// node run.mjs FILE.go [RUNS]: times run_go (the interpreter as the web app runs it) on FILE.go
// in wasm; one warm-up, then RUNS timed runs; prints the same summary line as the native binary.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const { run_go } = require("./pkg/wasm_interp_bench.js");

const [file, runsArg] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const runs = Number(runsArg ?? 5);
const first = run_go(text);
const ms = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const out = run_go(text);
  ms.push(performance.now() - t0);
  if (out !== first) throw new Error("runs differ");
}
ms.sort((a, b) => a - b);
const head = first.split("\n")[0];
const steps = Number(head.split(" ")[0]);
const med = ms[Math.floor(ms.length / 2)];
console.log(
  `wasm ${file}: [${head}] median ${med.toFixed(1)} ms, min ${ms[0].toFixed(1)} ms, ` +
    `${(steps / (med / 1000)).toFixed(0)} steps/s`,
);
