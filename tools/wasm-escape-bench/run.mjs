// node run.mjs FILE.go [RUNS]: times escape_lines (go1.27 -m -l) on FILE.go in wasm; prints
// every run, the median, and the median per 1,000 lines. Writes the output lines to FILE.wasm.txt
// so they can be compared with the native CLI's.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const { escape_lines } = require("./pkg/wasm_escape_bench.js");

const [file, runsArg] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
const runs = Number(runsArg ?? 15);
let out = escape_lines(text, 1, false); // warm-up (also compiles the module's hot code)
writeFileSync(file + ".wasm.txt", out);
const ms = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  out = escape_lines(text, 1, false);
  ms.push(performance.now() - t0);
}
ms.sort((a, b) => a - b);
const med = ms[Math.floor(ms.length / 2)];
console.log(`${file}: ${lines} lines, ${out.split("\n").length - 1} output lines, ${runs} runs`);
console.log(`ms per run: min ${ms[0].toFixed(1)} median ${med.toFixed(1)} max ${ms[ms.length - 1].toFixed(1)}`);
console.log(`median per 1,000 lines: ${((med * 1000) / lines).toFixed(2)} ms`);
