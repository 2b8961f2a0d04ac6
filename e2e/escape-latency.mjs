// Escape workbench re-analysis latency in headless Chromium, for comparing builds on a busy
// host: rounds that alternate between the builds (each in its own page), with inlining off
// (-m=2 -l) and on (plain -m, the default), on the ~300-line file of e2e/run.mjs's latency
// check. Per round and mode: 10 keystrokes in a comment in the middle of the file, each
// measured as e2e/run.mjs does (keystroke → next frame; the debounced run → rendered verdicts,
// `escapade:escape`, and → the next frame, `escapade:escape-frame`), then `bench_escape` (the
// analysis and verdict model alone, no rendering) 10 times.
//
//   node e2e/escape-latency.mjs DIST [DIST...] [--rounds N]
//
// Prints one JSON line per build: per mode, the median and p95 over all samples (ms), and the
// host's load average after each round.

import { loadavg } from 'node:os';
import { median, openApp, pct } from './lib.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const rounds = at >= 0 ? Number(args[at + 1]) : 5;
const dists = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));

// The same generated file as e2e/run.mjs ("escape: analysis time in the browser").
const parts = ['package main\n\nimport "fmt"\n\ntype point struct{ x, y int }\n'];
for (let i = 0; parts.join('').split('\n').length < 295; i++) {
  parts.push(`\nfunc newPoint${i}(x, y int) *point {\n\tp := point{x, y}\n\treturn &p\n}\n\nfunc count${i}(words []string) int {\n\tm := make(map[string]int)\n\tfor _, w := range words {\n\t\tm[w]++\n\t}\n\treturn len(m)\n}\n\nfunc show${i}(x int) {\n\tfmt.Println(x, newPoint${i}(x, x).y, count${i}(nil))\n}\n`);
}
parts.push('\nfunc main() {\n\tshow0(1)\n}\n');
const big = parts.join('');

const EDITOR = 'textarea.editor-input';
const fresh = (page) => page.waitForSelector('.escape-pane[data-fresh="true"]');

/** Puts `big` in the editor with a comment line in the middle, the caret at its end. */
async function prepare(page) {
  await page.focus(EDITOR);
  const at = big.indexOf('func show10');
  const text = `${big.slice(0, at)}// note\n${big.slice(at)}`;
  await page.$eval(EDITOR, (t, text) => { t.select(); document.execCommand('insertText', false, text); }, text);
  await fresh(page);
  const end = at + '// note'.length;
  await page.$eval(EDITOR, (t, e) => t.setSelectionRange(e, e), end);
}

/** Sets the Inlining switch. */
async function inlining(page, on) {
  if ((await page.isChecked('.inline-toggle input')) !== on) {
    await page.click('.inline-toggle input');
    await fresh(page);
    await page.focus(EDITOR);
  }
}

/** `n` keystrokes, each waiting for its escape run's next frame: the two measures per run,
 * and keystroke → next frame (as e2e/run.mjs measures it). */
async function keystrokes(page, n) {
  await page.evaluate(() => performance.clearMeasures());
  const keyFrame = [];
  for (let i = 0; i < n; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('escapade:escape-frame').length);
    keyFrame.push(await page.evaluate(async () => {
      const t0 = performance.now();
      document.execCommand('insertText', false, 'x');
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    }));
    await page.waitForFunction((k) => performance.getEntriesByName('escapade:escape-frame').length > k, before);
  }
  return [...await page.evaluate(() => ['escapade:escape', 'escapade:escape-frame']
    .map((m) => performance.getEntriesByName(m).map((e) => e.duration))), keyFrame];
}

const apps = [];
for (const dist of dists) {
  const app = await openApp(dist, { viewport: { width: 1280, height: 800 }, profilePrefix: 'escapade-lat-' });
  await app.page.goto(app.url);
  await app.page.waitForFunction(() => window.wasmBindings?.bench_escape);
  await fresh(app.page);
  await prepare(app.page);
  // Warm up (wasm tiering).
  await app.page.evaluate((b) => window.wasmBindings.bench_escape(b, 5, true), big);
  const mode = () => ({ rendered: [], frame: [], key: [], bench: [] });
  apps.push({ dist, app, off: mode(), on: mode() });
}
const loads = [];
for (let r = 0; r < rounds; r++) {
  for (const a of apps) {
    for (const m of ['off', 'on']) {
      await inlining(a.app.page, m === 'on');
      const [rendered, frame, key] = await keystrokes(a.app.page, 10);
      a[m].rendered.push(...rendered);
      a[m].frame.push(...frame);
      a[m].key.push(...key);
      a[m].bench.push(...await a.app.page.evaluate(([b, on]) => [...window.wasmBindings.bench_escape(b, 10, on)], [big, m === 'on']));
    }
  }
  loads.push(loadavg()[0]);
}
const st = (xs) => ({ n: xs.length, median: +median(xs).toFixed(1), p95: +pct(xs, 0.95).toFixed(1) });
const modeStats = (m) => ({ runToRenderedMs: st(m.rendered), runToNextFrameMs: st(m.frame),
  keystrokeToNextFrameMs: st(m.key), benchEscapeMs: st(m.bench) });
for (const a of apps) {
  console.log(JSON.stringify({ dist: a.dist, lines: big.split('\n').length + 1, inliningOff: modeStats(a.off),
    inliningOn: modeStats(a.on), hostLoadAvg1m: loads.map((l) => +l.toFixed(1)),
    consoleErrors: a.app.consoleErrors.length }));
  await a.app.close();
}
