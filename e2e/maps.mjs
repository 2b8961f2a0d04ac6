// End-to-end test of the Run / Output / Map panes (issue #8) in headless Chromium.
//
//   node e2e/maps.mjs [DIST_DIR] [OUT_DIR]        (defaults: dist, e2e/out)
//
// Same launch options and static server as e2e/run.mjs (e2e/lib.mjs). Expected program output comes from
// www/examples/map_*.out.go127.txt / .go123.txt, written by scripts/web-map-goldens.sh with the
// real `go run` (go1.27.3, go1.23.9). Prints a `metrics {…}` line and `N passed, N failed`.

import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, check, EDITOR, eq, finish, median, metrics, openApp, pct, serveWith } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const distDir = resolve(process.argv[2] ?? join(root, 'dist'));
const outDir = resolve(process.argv[3] ?? join(here, 'out'));
mkdirSync(outDir, { recursive: true });

const example = (name) => readFileSync(join(root, 'www/examples', name), 'utf8');

async function setSource(page, text) {
  await page.focus(EDITOR);
  await page.$eval(EDITOR, (t, text) => {
    t.select();
    document.execCommand('insertText', false, text);
  }, text);
  await page.waitForFunction((want) => document.querySelector('textarea.editor-input').value === want, text);
}

const RUN = '[role=tabpanel]:not([hidden]) [data-run]';
const runSeq = (page) => page.$eval(RUN, (p) => Number(p.dataset.run));
async function ranAfter(page, seq) {
  await page.waitForFunction(([sel, seq]) => Number(document.querySelector(sel)?.dataset.run) > seq, [RUN, seq], { timeout: 60000 });
  // Let a pending debounced re-run of the same text land too.
  await page.waitForTimeout(500);
}

/** Clicks Run in the visible pane and waits for the run. */
async function run(page) {
  const seq = await runSeq(page);
  await page.click('[role=tabpanel]:not([hidden]) .mv-run');
  await ranAfter(page, seq);
}

async function setRuntime(page, slug) {
  const seq = await runSeq(page);
  if (await page.$eval('[role=tabpanel]:not([hidden]) .mv-runtime', (s) => s.value) === slug) return;
  await page.selectOption('[role=tabpanel]:not([hidden]) .mv-runtime', slug);
  await ranAfter(page, seq);
}

/** The map pane's current frame, as numbers the tests check. */
async function frameInfo(page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.mv-map-pane');
    const field = (n) => pane.querySelector(`.mv-header .mv-field[data-name="${n}"] dd`)?.textContent ?? null;
    const op = pane.querySelector('.mv-op')?.textContent ?? '';
    return {
      frame: Number(pane.dataset.frame),
      playing: pane.dataset.playing === 'true',
      b: field('B') === null ? null : Number(field('B').split(' ')[0]),
      old: !!pane.querySelector('.mv-old'),
      oldRows: pane.querySelectorAll('.mv-old .mv-row').length,
      evacuated: pane.querySelectorAll('.mv-old .mv-evacuated').length,
      tables: pane.querySelectorAll('.mv-tables .mv-table').length,
      op: Number((op.match(/op (\d+) \//) ?? [])[1]),
      line: Number((op.match(/line (\d+)/) ?? [])[1]),
      say: pane.querySelector('.mv-say')?.textContent ?? '',
    };
  });
}

async function seek(page, frame) {
  await page.$eval('.mv-scrub', (el, f) => {
    el.value = String(f);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, frame);
  await page.waitForFunction((f) => Number(document.querySelector('.mv-map-pane').dataset.frame) === f, frame);
}

/** The rect of `sel` with its CSS animation `name` paused at `at` (a fraction of its duration). */
async function rectAt(page, sel, name, at) {
  return page.$eval(sel, (el, [name, at]) => {
    const a = el.getAnimations().find((x) => x.animationName === name);
    if (!a) throw new Error(`no ${name} animation on ${el.className}`);
    a.pause();
    a.currentTime = a.effect.getComputedTiming().duration * at;
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  }, [name, at]);
}
const rectOf = (page, sel) => page.$eval(sel, (el) => {
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, w: r.width, h: r.height };
});
/** Whether the top `h` px of rect `r` (viewport coordinates) are visible: inside the window and
 * inside the visible area of `sel`'s nearest vertically scrolling ancestor. */
const inView = (page, sel, r, h = r.h) => page.$eval(sel, (el, [r, h]) => {
  let top = 0;
  let bottom = innerHeight;
  for (let e = el.parentElement; e; e = e.parentElement) {
    const o = getComputedStyle(e).overflowY;
    if (e.scrollHeight > e.clientHeight && (o === 'auto' || o === 'scroll')) {
      const b = e.getBoundingClientRect();
      top = Math.max(top, b.top + e.clientTop);
      bottom = Math.min(bottom, b.top + e.clientTop + e.clientHeight);
      break;
    }
  }
  return r.x >= 0 && r.x + r.w <= innerWidth && r.y >= top - 0.5 && r.y + Math.min(h, r.h) <= bottom + 0.5;
}, [r, h]);
const near = (a, b, what) => assert(Math.abs(a.x - b.x) <= 1.5 && Math.abs(a.y - b.y) <= 1.5,
  `${what}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);

/** Plays from the current frame for 180 animation frames; each frame's interval and whether it changed. */
function playFrames(page) {
  return page.evaluate(async () => {
    const out = [];
    const pane = document.querySelector('.mv-map-pane');
    let last = performance.now();
    let lastFrame = pane.dataset.frame;
    document.querySelector('.mv-play').click();
    await new Promise((done) => {
      const tick = (t) => {
        out.push({ dt: t - last, changed: pane.dataset.frame !== lastFrame });
        last = t;
        lastFrame = pane.dataset.frame;
        if (out.length < 180 && pane.dataset.playing === 'true') requestAnimationFrame(tick); else done();
      };
      requestAnimationFrame(tick);
    });
    if (pane.dataset.playing === 'true') document.querySelector('.mv-play').click();
    return out;
  });
}

/**
 * Runs `fn` under a devtools trace and sums the renderer main thread's top-level tasks (thread
 * CPU time): per animation frame in all, and the 95th percentile of one task.
 */
async function traced(page, fn) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const frames = (await fn()).length;
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === main.pid && e.tid === main.tid)
    .sort((a, b) => a.ts - b.ts);
  const top = [];
  for (const t of tasks) if (!top.length || t.ts >= top.at(-1).ts + top.at(-1).dur) top.push(t);
  const cpu = top.map((t) => (t.tdur ?? t.dur) / 1000);
  const round = (x) => Math.round(x * 10) / 10;
  return { frames, msPerFrame: round(cpu.reduce((a, b) => a + b, 0) / frames), taskP95Ms: round(pct(cpu, 0.95)) };
}

/** Seeks frame by frame from `from` to the first frame whose narration matches `re` (and `pred` in the page). */
async function findFrame(page, re, from = 0) {
  const f = await page.evaluate(async ([src, from]) => {
    const re = new RegExp(src);
    const el = document.querySelector('.mv-scrub');
    const pane = document.querySelector('.mv-map-pane');
    for (let f = from; f <= Number(el.max); f++) {
      el.value = String(f);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((ok) => requestAnimationFrame(ok));
      if (re.test(pane.querySelector('.mv-say')?.textContent ?? '')) return f;
    }
    return -1;
  }, [re.source, from]);
  assert(f >= 0, `no frame narrates ${re}`);
  await seek(page, f);
  return f;
}

const { url, ctx, page, consoleErrors, close } = await openApp(distDir, {
  viewport: { width: 1400, height: 900 },
  profilePrefix: 'escapade-maps-e2e-',
});

const servers = [];
const grow = example('map_grow.go');
const split = example('map_split.go');

try {
  await page.goto(url);
  await page.waitForSelector('.editor-highlight .hl-kw', { timeout: 20000 });

  await check('output: runs on load and after edits; equals real `go run` (go1.27.3 Swiss, go1.23.9 classic)', async () => {
    await page.click('#tab-output');
    // The starter ran by itself after load.
    await page.waitForSelector('#panel-output .mv-output', { timeout: 20000 });
    await setSource(page, grow);
    await page.waitForFunction(() => document.querySelector('#panel-output .mv-output')?.textContent.startsWith('len: 100'),
      null, { timeout: 20000 });
    await page.waitForTimeout(300);
    eq(await page.$eval('#panel-output .mv-output', (p) => p.textContent), example('map_grow.out.go127.txt'),
      'Swiss 1.27 output = go1.27.3 go run');
    await setRuntime(page, 'classic');
    eq(await page.$eval('#panel-output .mv-output', (p) => p.textContent), example('map_grow.out.go123.txt'),
      'classic 1.23 output = go1.23.9 go run');
    await setSource(page, split);
    await run(page);
    eq(await page.$eval('#panel-output .mv-output', (p) => p.textContent), example('map_split.out.go123.txt'), 'split example, 1.23');
    await setRuntime(page, 'swiss');
    eq(await page.$eval('#panel-output .mv-output', (p) => p.textContent), example('map_split.out.go127.txt'), 'split example, 1.27');
    const outcome = await page.$eval('#panel-output .mv-outcome', (p) => p.textContent);
    eq(outcome, 'program exited normally', 'outcome');
  });

  await check('output: each piece links to its printing line; a runtime panic is shown with its exit status', async () => {
    await setSource(page, grow);
    await run(page);
    const chunk = page.locator('#panel-output .mv-linked').nth(1);
    eq(await chunk.getAttribute('data-line'), '15', 'second print is on line 15');
    await chunk.click();
    const line = await page.$eval(EDITOR, (t) => t.value.slice(0, t.selectionStart).split('\n').length);
    eq(line, 15, 'clicking the output selects the printing line in the editor');
    eq(await page.evaluate(() => document.activeElement?.className), 'editor-input', 'editor focused');
    await setSource(page, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("before")\n\tvar m map[string]int\n\tm["x"] = 1\n}\n');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.querySelector('#panel-output .mv-output')?.textContent.includes('panic:'), null, { timeout: 20000 });
    const text = await page.$eval('#panel-output .mv-output', (p) => p.textContent);
    assert(text.startsWith('before\npanic: assignment to entry in nil map\n'), text);
    assert(await page.locator('#panel-output .mv-stderr').count() > 0, 'panic text styled as stderr');
    eq(await page.$eval('#panel-output .mv-outcome', (p) => p.textContent), 'exit status 2', 'exit status');
    await page.screenshot({ path: join(outDir, 'maps-output-panic.png') });
  });

  await check('map: 100 inserts animate through classic growth (B increases, old buckets during evacuation)', async () => {
    await setSource(page, grow);
    await page.click('#tab-map');
    await setRuntime(page, 'classic');
    await run(page);
    const label = await page.$eval('.mv-map-select', (s) => s.selectedOptions[0].textContent);
    assert(label.startsWith('make(map[int]string) · line 9 · map #1'), label);
    await page.click('.mv-start');
    await page.selectOption('.mv-speed', '1000');
    // Sample every painted frame while playing.
    await page.evaluate(() => {
      window.__frames = [];
      const pane = () => document.querySelector('.mv-map-pane');
      const tick = (t) => {
        const p = pane();
        const b = p.querySelector('.mv-header .mv-field[data-name="B"] dd')?.textContent;
        window.__frames.push({ t, frame: Number(p.dataset.frame), b: b ? Number(b.split(' ')[0]) : null,
          old: !!p.querySelector('.mv-old'), op: p.querySelector('.mv-op')?.textContent ?? '' });
        if (window.__sampling) requestAnimationFrame(tick);
      };
      window.__sampling = true;
      requestAnimationFrame(tick);
    });
    await page.click('.mv-play');
    let shot = false;
    for (let i = 0; i < 600; i++) {
      const f = await frameInfo(page);
      if (!shot && f.old && f.evacuated > 0 && f.b >= 3) {
        await page.screenshot({ path: join(outDir, 'maps-classic-evacuating.png') });
        shot = true;
      }
      if (!f.playing && f.frame > 0) break;
      await page.waitForTimeout(50);
    }
    const frames = await page.evaluate(() => { window.__sampling = false; return window.__frames; });
    const bs = frames.map((f) => f.b).filter((b) => b !== null);
    assert(bs.length > 10, `sampled ${bs.length} frames`);
    for (let i = 1; i < bs.length; i++) assert(bs[i] >= bs[i - 1], `B went down at sample ${i}`);
    const distinct = [...new Set(bs)];
    assert(distinct.length >= 4 && Math.max(...bs) === 4, `B values seen: ${distinct}`);
    assert(frames.some((f) => f.old), 'frames with oldbuckets during evacuation');
    const last = await frameInfo(page);
    eq(last.b, 4, 'final B');
    eq(last.old, false, 'growth finished by the end');
    metrics.classicGrowFramesSampled = frames.length;
    // Stop on a frame of the last growth (B 3 → 4) with old buckets, and look at it.
    const growing = frames.filter((f) => f.old && f.b === 4);
    await seek(page, growing[Math.floor(growing.length / 2)].frame);
    const g = await frameInfo(page);
    assert(g.old && g.oldRows === 8, `8 old buckets beside the new 16: ${JSON.stringify(g)}`);
    assert(await page.locator('.mv-new .mv-row').count() === 16, '16 new buckets');
    await page.screenshot({ path: join(outDir, 'maps-classic-growing.png') });
    await page.screenshot({ path: join(outDir, 'maps-classic-end.png') });
  });

  await check('map: an evacuated key travels from its old slot to its slot in the X or Y half (FLIP)', async () => {
    // The growth B 3 → 4: 8 old buckets, 16 new; the first key moved to the Y half. On a
    // desktop-width page (the arrays stacked in the pane) both ends of the flight are in view.
    await page.setViewportSize({ width: 1280, height: 800 });
    const start = await findFrame(page, /grow B 3 → 4/);
    await findFrame(page, /^evacuate old bucket .* → Y \(upper\) half/, start);
    const say = (await frameInfo(page)).say;
    const [, oldB, newB] = say.match(/^evacuate old bucket (\d+).* bucket (\d+)/).map(Number);
    eq(newB, oldB + 8, `Y half = old index + 8 (${say})`);
    eq(await page.$eval('.mv-old .mv-leave', (c) => c.closest('.mv-row').dataset.bucket), String(oldB), 'source slot in the old bucket');
    eq(await page.$eval('.mv-new .mv-arrive', (c) => c.closest('.mv-row').dataset.bucket), String(newB), 'destination in the new bucket');
    eq(await page.locator('.mv-flyer').count(), 1, 'one moving key');
    eq(await page.$eval('.mv-flyer .mv-key', (k) => k.textContent), await page.$eval('.mv-new .mv-arrive .mv-key', (k) => k.textContent), 'it carries the key');
    const src = await rectOf(page, '.mv-old .mv-leave');
    const dst = await rectOf(page, '.mv-new .mv-arrive');
    assert(Math.hypot(dst.x - src.x, dst.y - src.y) > 40, `slots apart: ${JSON.stringify([src, dst])}`);
    const flight = async (shot) => {
      const src = await rectOf(page, '.mv-old .mv-leave');
      const dst = await rectOf(page, '.mv-new .mv-arrive');
      const from = await rectAt(page, '.mv-flyer', 'mv-fly', 0);
      near(from, src, 'starts on the old slot');
      const mid = await rectAt(page, '.mv-flyer', 'mv-fly', 0.4);
      assert(Math.hypot(mid.x - src.x, mid.y - src.y) > 10 && Math.hypot(mid.x - dst.x, mid.y - dst.y) > 10, `moving: ${JSON.stringify(mid)}`);
      await page.screenshot({ path: join(outDir, shot) });
      const to = await rectAt(page, '.mv-flyer', 'mv-fly', 0.85);
      near(to, dst, 'lands on the new slot');
      near(await rectAt(page, '.mv-flyer', 'mv-fly', 1), dst, 'ends on the new slot');
      const size = page.viewportSize();
      assert(await inView(page, '.mv-flyer', from) && await inView(page, '.mv-flyer', to),
        `${size.width}×${size.height}: the flight's ends in view: ${JSON.stringify([from, to])}`);
    };
    await flight('maps-classic-evacuate-flight.png');
    // Phone width (the panes under the editor, the page scrolls): the same frame again.
    const here = (await frameInfo(page)).frame;
    await page.setViewportSize({ width: 390, height: 844 });
    await seek(page, here - 1);
    await seek(page, here);
    await flight('maps-classic-evacuate-flight-phone.png');
    await page.setViewportSize({ width: 1280, height: 800 });
    await seek(page, here);
    // The next frame has no flyer left over.
    await page.click('.mv-step');
    eq(await page.locator('.mv-flyer').count(), (await frameInfo(page)).say.startsWith('evacuate') ? 1 : 0, 'one flyer at most');
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  await check('map: VCR controls, keyboard, narration and the editor marks the current operation', async () => {
    await page.click('.mv-start');
    eq((await frameInfo(page)).frame, 0, 'start');
    await page.click('.mv-step');
    await page.click('.mv-step');
    eq((await frameInfo(page)).frame, 2, 'two steps');
    await page.click('.mv-back');
    eq((await frameInfo(page)).frame, 1, 'step back');
    await page.click('.mv-next-op');
    const f = await frameInfo(page);
    eq(f.op, 2, 'next operation');
    eq(f.line, 11, 'the put is on line 11');
    // The editor's line 11 is marked.
    eq(await page.$$eval('.editor-highlight .code-line[data-mv-op]', (ls) => ls.length), 1, 'one marked line');
    const bg = await page.$eval('.editor-highlight .code-line:nth-child(11)', (el) => getComputedStyle(el).backgroundColor);
    const bg10 = await page.$eval('.editor-highlight .code-line:nth-child(10)', (el) => getComputedStyle(el).backgroundColor);
    assert(bg !== bg10, `line 11 not marked (${bg} vs ${bg10})`);
    await page.focus('.mv-scrub');
    await page.click('.mv-map-pane .mv-narration');
    await page.keyboard.press('End');
    const end = await frameInfo(page);
    assert(end.frame > 100, 'End key');
    await page.keyboard.press('Home');
    eq((await frameInfo(page)).frame, 0, 'Home key');
    await page.keyboard.press('ArrowRight');
    eq((await frameInfo(page)).frame, 1, 'ArrowRight steps');
    // Find the first frame of key 17 and its narration.
    const n = await page.$eval('.mv-scrub', (s) => Number(s.max));
    let lo = 0;
    for (let hi = n; lo < hi;) {
      const mid = (lo + hi) >> 1;
      await seek(page, mid);
      if ((await frameInfo(page)).op < 18) lo = mid + 1; else hi = mid;
    }
    await seek(page, lo);
    const said = [];
    for (let i = 0; i < 4; i++) {
      said.push((await frameInfo(page)).say);
      await page.click('.mv-step');
    }
    assert(said.some((s) => /^key 17 → hash 0x[0-9a-f]{16}/.test(s)), `narration: ${said.join(' | ')}`);
    const sel = said.find((s) => s.includes('pick bucket')) ?? '';
    assert(/bucket \d+; tophash 0x[0-9a-f]{2}/.test(sel) || /pick bucket \d+/.test(sel), `bucket narration: ${sel}`);
    await page.screenshot({ path: join(outDir, 'maps-classic-step.png') });
  });

  await check('map: Swiss table splits at the key the simulator splits (897th insert), directory doubles', async () => {
    await setSource(page, split);
    await setRuntime(page, 'swiss');
    await run(page);
    const n = await page.$eval('.mv-scrub', (s) => Number(s.max));
    await seek(page, n);
    eq((await frameInfo(page)).tables, 2, 'two tables at the end');
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      await seek(page, mid);
      if ((await frameInfo(page)).tables >= 2) hi = mid; else lo = mid + 1;
    }
    await seek(page, lo);
    const f = await frameInfo(page);
    eq(f.op, 897, 'the split happens during the 897th insert');
    assert(f.say.includes('split'), `narration at the split: ${f.say}`);
    const gd = await page.$eval('.mv-header .mv-field[data-name="globalDepth"] dd', (d) => d.textContent);
    eq(gd, '1', 'global depth after the split');
    metrics.swissSplitOp = f.op;
    // The new right half slides out of the left half (where the split table was).
    const right = await page.$eval('.mv-table[data-fly]', (t) => Number(t.dataset.table));
    // (The left half has its own entry animation: measured where it ends.)
    const left = await rectAt(page, `.mv-table[data-table="${right - 1}"]`, 'mv-split', 1);
    // It starts a short way towards the left one (at most 96 px: stacked tables of 1,024 slots
    // are thousands of pixels apart) and its head is in view from start to end.
    const from = await rectAt(page, '.mv-table[data-fly]', 'mv-split-off', 0);
    const own = await rectAt(page, '.mv-table[data-fly]', 'mv-split-off', 1);
    const travel = Math.hypot(own.x - from.x, own.y - from.y);
    assert(travel > 20 && travel <= 97, `a short slide: ${travel.toFixed(1)} px`);
    assert(Math.hypot(left.x - from.x, left.y - from.y) < Math.hypot(left.x - own.x, left.y - own.y), `towards the left half: ${JSON.stringify([left, from, own])}`);
    assert(Math.hypot(own.x - left.x, own.y - left.y) > Math.min(left.w, left.h) / 2, `and ends apart from it: ${JSON.stringify([left, own])}`);
    assert(await inView(page, '.mv-table[data-fly]', from, 120) && await inView(page, '.mv-table[data-fly]', own, 120), `the slide in view: ${JSON.stringify([from, own])}`);
    metrics.swissSplitSlidePx = Math.round(travel);
    await page.screenshot({ path: join(outDir, 'maps-swiss-split.png') });
  });

  await check('map: runtime toggle and seed re-run the same code', async () => {
    await setSource(page, grow);
    await setRuntime(page, 'swiss');
    await run(page);
    const hash1 = await page.$eval('.mv-map-pane .mv-header .mv-field[data-name="seed"] dd', (d) => d.textContent).catch(() => null);
    await page.fill('.mv-map-pane .mv-seed', '42');
    await page.press('.mv-map-pane .mv-seed', 'Enter');
    await page.waitForFunction(() => document.querySelector('.mv-map-pane .mv-seed').value === '42');
    await page.waitForTimeout(300);
    await seek(page, 200);
    const hash2 = await page.$eval('.mv-map-pane .mv-header .mv-field[data-name="seed"] dd', (d) => d.textContent);
    assert(hash2 !== hash1, `seed changed the map's hash seed (${hash1} → ${hash2})`);
    await page.screenshot({ path: join(outDir, 'maps-swiss.png') });
  });

  await check('run: the interpreter runs in a Web Worker: a long run leaves the page responsive, Stop ends it, the next run works', async () => {
    await page.click('#tab-output');
    eq(await page.getAttribute('html', 'data-runner'), 'worker', 'runs happen in a worker');
    const long = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 40000000; i++ {\n\t\tn += i & 3\n\t}\n\tfmt.Println(n)\n}\n';
    await setSource(page, long);
    await page.click('#panel-output .mv-run');
    await page.waitForSelector('#panel-output .mv-status[data-running=true]', { timeout: 5000 });
    await page.waitForTimeout(300);
    eq(await page.$eval('#panel-output .mv-status', (s) => s.textContent), 'Running…', 'status while running');
    // The page's thread is free while the program runs: frames keep coming, typing is handled.
    const frameMs = await page.evaluate(() => new Promise((done) => {
      const t0 = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
    }));
    assert(frameMs < 250, `two frames during the run took ${frameMs} ms`);
    const loads = () => page.evaluate(() => performance.getEntriesByName('runner-load').length);
    const loadsBefore = await loads();
    await page.focus(EDITOR);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n// typed while it runs');
    await page.waitForFunction(() => document.querySelector('.editor-highlight').textContent.includes('typed while it runs'), null, { timeout: 2000 });
    // The edit's debounced run replaces the abandoned one: a new worker starts at once.
    await page.waitForFunction((n) => performance.getEntriesByName('runner-load').length > n, loadsBefore, { timeout: 5000 });
    eq(await page.$eval('#panel-output .mv-status', (s) => s.dataset.running), 'true', 'the edited text runs');
    await page.screenshot({ path: join(outDir, 'maps-running.png') });
    await page.click('#panel-output .mv-stop');
    await page.waitForFunction(() => document.querySelector('#panel-output .mv-status')?.textContent.includes('you pressed Stop'), null, { timeout: 3000 });
    eq(await page.locator('#panel-output .mv-stop').count(), 0, 'no Stop button once stopped');
    // A new worker answers the next run.
    await setSource(page, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("after stop")\n}\n');
    await page.click('#panel-output .mv-run');
    await page.waitForFunction(() => document.querySelector('#panel-output .mv-output')?.textContent.includes('after stop'), null, { timeout: 10000 });
    await page.click('#tab-map');
  });

  await check('map: 1,024 buckets play smoothly; beyond, the view says what it elides', async () => {
    const src = (n) => `package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < ${n}; i++ {\n\t\tm[i] = i\n\t}\n}\n`;
    await setSource(page, src(6000));
    await setRuntime(page, 'classic');
    await run(page);
    metrics.run6000Ms = Number((await page.$eval('.mv-map-pane .mv-status', (s) => s.textContent)).match(/(\d+) ms/)[1]);
    const n = await page.$eval('.mv-scrub', (s) => Number(s.max));
    await seek(page, n - 1000);
    const f = await frameInfo(page);
    eq(f.b, 10, '1,024 buckets');
    eq(await page.locator('.mv-new .mv-row').count(), 1024, 'all 1,024 rows drawn');
    await page.selectOption('.mv-speed', '60');
    const times = await playFrames(page);
    const dts = times.slice(2).map((x) => x.dt);
    metrics.play1024 = {
      frames: dts.length,
      changedFrames: times.filter((x) => x.changed).length,
      p50Ms: Math.round(pct(dts, 0.5) * 10) / 10,
      p95Ms: Math.round(pct(dts, 0.95) * 10) / 10,
      maxMs: Math.round(Math.max(...dts) * 10) / 10,
    };
    // The same playback under a devtools trace: main-thread CPU time (thread clock, so less
    // sensitive to other processes than frame intervals) per frame.
    await seek(page, n - 1000);
    metrics.play1024.mainThreadCpu = await traced(page, () => playFrames(page));
    eq((await frameInfo(page)).b, 10, 'still 1,024 buckets after playing');
    await page.screenshot({ path: join(outDir, 'maps-1024.png') });
    await setSource(page, src(20000));
    await run(page);
    await seek(page, await page.$eval('.mv-scrub', (s) => Number(s.max)));
    const g = await frameInfo(page);
    eq(g.b, 12, '4,096 buckets');
    const elided = await page.$eval('.mv-elided', (e) => e.textContent);
    assert(/not drawn/.test(elided) && elided.includes('4096'), elided);
    assert(await page.locator('.mv-new .mv-row').count() <= 1025, 'at most 1,024 rows (+ the touched one)');
    metrics.run20000Ms = Number((await page.$eval('.mv-map-pane .mv-status', (s) => s.textContent)).match(/(\d+) ms/)[1]);
  });

  await check('map: reduced motion is respected', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await setSource(page, grow);
    await run(page);
    eq(await page.$eval('.mv-map-pane', (p) => p.dataset.motion), 'reduce', 'pane knows');
    await seek(page, await page.$eval('.mv-scrub', (s) => Number(s.max)));
    const tr = await page.$eval('.mv-cell', (c) => getComputedStyle(c).transitionDuration);
    eq(tr, '0s', 'no cell transitions');
    await findFrame(page, /^evacuate old bucket/);
    eq(await page.locator('.mv-flyer').count(), 0, 'no moving key');
    eq(await page.$eval('.mv-new .mv-arrive', (c) => getComputedStyle(c).animationName), 'none', 'no landing animation');
    await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'dark' });
    await page.waitForTimeout(400); // the cells' colour transition
    await page.screenshot({ path: join(outDir, 'maps-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await check('embed: ?embed=1&view=map&readonly=1&step=N opens chrome-less on that frame', async () => {
    const p = await ctx.newPage();
    p.on('pageerror', (e) => consoleErrors.push(`[embed] pageerror: ${e.message}`));
    try {
      await p.goto(`${url}?embed=1&view=map&readonly=1&step=5`);
      await p.waitForSelector('.mv-map-pane .mv-board', { timeout: 20000 });
      await p.waitForFunction(() => document.querySelector('.mv-map-pane')?.dataset.frame === '5', null, { timeout: 20000 });
      eq(await p.getAttribute('#tab-map', 'aria-selected'), 'true', 'map pane shown');
      eq(await p.locator('.topbar').isVisible(), false, 'no page header');
      eq(await p.$eval('textarea.editor-input', (t) => t.readOnly), true, 'read-only editor');
      assert(await p.locator('.mv-open').isVisible(), '"Open in Escapade" shown');
      eq(await p.locator('.mv-embed-copy').count(), 0, 'no "Copy embed code" inside an embed');
      await p.screenshot({ path: join(outDir, 'maps-embed.png') });
    } finally {
      await p.close();
    }
  });

  await check('embed: theme=light|dark|auto forces or follows the colour scheme', async () => {
    const p = await ctx.newPage();
    p.on('pageerror', (e) => consoleErrors.push(`[theme] pageerror: ${e.message}`));
    const bg = () => p.$eval('body', (b) => getComputedStyle(b).backgroundColor);
    try {
      const dark = 'rgb(13, 17, 23)';
      const light = 'rgb(255, 255, 255)';
      for (const [scheme, theme, want] of [['light', 'dark', dark], ['dark', 'light', light], ['dark', 'auto', dark], ['light', 'auto', light]]) {
        await p.emulateMedia({ colorScheme: scheme });
        await p.goto(`${url}?embed=1&view=output&theme=${theme}`);
        await p.waitForSelector('.editor-highlight .hl-kw', { timeout: 20000 });
        eq(await bg(), want, `system ${scheme}, theme=${theme}`);
        const kw = await p.$eval('.editor-highlight .hl-kw', (k) => getComputedStyle(k).color);
        eq(kw, want === dark ? 'rgb(255, 123, 114)' : 'rgb(207, 34, 46)', `keyword colour, system ${scheme}, theme=${theme}`);
      }
      await p.emulateMedia({ colorScheme: 'light' });
      await p.goto(`${url}?embed=1&view=map&theme=dark&runtime=classic`);
      await p.waitForSelector('.mv-map-pane .mv-board', { timeout: 20000 });
      await p.screenshot({ path: join(outDir, 'maps-embed-dark.png') });
    } finally {
      await p.close();
    }
  });

  // The embed's test pages: the built app under a sub-path with a strict CSP (and CORS, which a
  // sandboxed frame's opaque origin needs for module scripts), and a host page on another port.
  const SUB = '/some/sub/path/';
  const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";
  const subLog = [];
  const sub = await serveWith(distDir, { prefix: SUB, log: subLog,
    headers: { 'content-security-policy': CSP, 'access-control-allow-origin': '*' } });
  const subOrigin = `http://127.0.0.1:${sub.address().port}`;
  const hostPage = (src) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="data:,"></head><body>
<p>Some text before the embed.</p>
<iframe id="escapade" src="${src.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" title="Escapade" width="100%" height="150" loading="lazy" sandbox="allow-scripts" style="border:0"></iframe>
<p id="after">Some text after it.</p>
<script>
window.__heights = [];
addEventListener('message', (e) => {
  const frame = document.getElementById('escapade');
  if (e.source !== frame.contentWindow || e.data?.type !== 'escapade:height') return;
  window.__heights.push(e.data.height);
  frame.style.height = e.data.height + 'px';
});
</script></body></html>`;
  const hostPages = {};
  const host = await serveWith(distDir, { prefix: '/no-files/', pages: hostPages });
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  servers.push(sub, host);
  /** A page that records its requests and CSP violations (in every frame). */
  async function watchedPage(tag) {
    const p = await ctx.newPage();
    const requests = [];
    const errors = [];
    p.on('request', (r) => requests.push(r.url()));
    p.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()}`));
    p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    p.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    await p.addInitScript(() => document.addEventListener('securitypolicyviolation',
      (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
    return { p, requests, errors, tag };
  }

  await check('deployment: the same build works under a sub-path with a strict CSP (no violations, no request outside the sub-path)', async () => {
    const { p, requests, errors } = await watchedPage('subpath');
    try {
      subLog.length = 0;
      await p.goto(`${subOrigin}${SUB}?view=output`);
      await p.waitForSelector('.editor-highlight .hl-kw', { timeout: 20000 });
      await p.waitForSelector('#panel-output .mv-output', { timeout: 20000 });
      await p.waitForSelector('.gutter-marker, .mv-output', { timeout: 20000 });
      eq(await p.$eval('link[rel=stylesheet]', (l) => !!l.sheet), true, 'style sheets applied');
      const bad = subLog.filter((path) => !path.startsWith(SUB));
      eq(bad.length, 0, `requests outside ${SUB}: ${bad.join(', ')}`);
      const foreign = requests.filter((u) => !u.startsWith(`${subOrigin}${SUB}`));
      eq(foreign.length, 0, `requests leaving the sub-path: ${foreign.join(', ')}`);
      assert(subLog.some((x) => x.endsWith('.wasm')), `the wasm came from the sub-path: ${subLog.join(', ')}`);
      eq(errors.length, 0, `errors/CSP violations: ${errors.join(' | ')}`);
      // The violation listener works: an inline script (not allowed by the policy) is reported.
      await p.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { textContent: 'window.__inline = 1' })));
      await p.waitForTimeout(300);
      eq(await p.evaluate(() => window.__inline), undefined, 'control: the inline script did not run');
      assert(errors.some((e) => e.includes('CSP violation: script-src')), `control: the inline script was reported (${errors.join(' | ')})`);
      metrics.subPathRequests = subLog.length;
    } finally {
      await p.close();
    }
  });

  await check('embed: "Copy embed code" gives a lazy, titled, sandboxed iframe; in a sandboxed frame (allow-scripts only, another origin, strict CSP, sub-path) it renders, posts its height, honours theme/lines/step, and its "Open in Escapade" link carries the state', async () => {
    // The snippet, from the full page: the grow example on the classic runtime at frame 300.
    await setSource(page, grow);
    await page.click('#tab-map');
    await setRuntime(page, 'classic');
    await run(page);
    await seek(page, 300);
    const seed = await page.$eval('.mv-map-pane .mv-seed', (i) => i.value);
    await page.click('.mv-map-pane .mv-embed-copy');
    await page.waitForSelector('.mv-map-pane .mv-embed-text');
    const snippet = await page.$eval('.mv-map-pane .mv-embed-text', (t) => t.value);
    for (const attr of ['loading="lazy"', 'title="Escapade', 'sandbox="allow-scripts', 'width="100%"']) {
      assert(snippet.includes(attr), `snippet has ${attr}: ${snippet}`);
    }
    assert(!snippet.includes('allow-same-origin'), 'no allow-same-origin');
    const height = Number(snippet.match(/height="(\d+)"/)[1]);
    assert(height >= 300 && height <= 1000, `snippet height ${height}`);
    const src = snippet.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&').replaceAll('&quot;', '"');
    assert(src.startsWith(`${url}?embed=1&view=map&runtime=classic&seed=${seed}&step=300&readonly=1#v`), src);
    assert(/#v\d+\.[A-Za-z0-9_-]+$/.test(src), `a share fragment: ${src}`);
    await page.screenshot({ path: join(outDir, 'maps-embed-code.png') });

    // The embed, from another origin, under the sub-path, with the focus on the loop.
    const embedSrc = src.replace(url, `${subOrigin}${SUB}`).replace('#', '&theme=dark&lines=9-12#');
    hostPages['/post.html'] = hostPage(embedSrc);
    const { p, requests, errors } = await watchedPage('host');
    try {
      await p.goto(`${hostOrigin}/post.html`);
      const frame = p.frameLocator('#escapade');
      await frame.locator('.mv-map-pane .mv-board').waitFor({ timeout: 30000 });
      const f = p.frames().find((x) => x.url().startsWith(subOrigin));
      await f.waitForFunction(() => document.querySelector('.mv-map-pane')?.dataset.frame === '300', null, { timeout: 20000 });
      eq(await f.$eval('.mv-runtime', (s) => s.value), 'classic', 'runtime from the link');
      eq(await f.$eval('textarea.editor-input', (t) => t.readOnly), true, 'read-only');
      eq(await f.$eval('textarea.editor-input', (t) => t.value), grow, 'the code travelled in the fragment');
      metrics.sandboxedRunner = await f.evaluate(() => document.documentElement.dataset.runner);
      // Storage is unavailable (opaque origin) and the app copes.
      eq(await f.evaluate(() => { try { return typeof localStorage.length; } catch (e) { return e.name; } }), 'SecurityError', 'no storage in the sandbox');
      // Auto-height: the host page resized the frame to the posted height, which is the content's.
      await p.waitForFunction(() => window.__heights.length > 0);
      await p.waitForTimeout(500);
      const heights = await p.evaluate(() => window.__heights);
      const last = heights[heights.length - 1];
      const content = await f.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      eq(last, content, `posted height ${JSON.stringify(heights)} = content height`);
      const frameBox = await p.$eval('#escapade', (e) => e.getBoundingClientRect().height);
      eq(Math.round(frameBox), last, 'the host resized the iframe');
      assert(last > 300, `content height ${last}`);
      // What still scrolls inside the frame (absolutely placed pieces outside the body).
      const overflow = await f.evaluate(() => document.scrollingElement.scrollHeight - innerHeight);
      metrics.embedHeights = { posted: heights, overflowPx: overflow };
      // theme=dark and lines=9-12.
      eq(await f.$eval('body', (b) => getComputedStyle(b).backgroundColor), 'rgb(13, 17, 23)', 'dark theme');
      const lines = await f.evaluate(() => {
        const sc = document.querySelector('.editor-scroller');
        const ls = document.querySelectorAll('.editor-highlight > .code-line');
        const lh = ls[0].getBoundingClientRect().height;
        const top = sc.getBoundingClientRect().top;
        const visible = [...ls].map((l, i) => [i + 1, l.getBoundingClientRect()])
          .filter(([, r]) => r.top >= top - 1 && r.bottom <= top + sc.clientHeight + 1).map(([n]) => n);
        return { visible, op1: getComputedStyle(ls[0]).opacity, op9: getComputedStyle(ls[8]).opacity,
          op13: getComputedStyle(ls[12]).opacity, scrollTop: sc.scrollTop, lh };
      });
      eq(lines.scrollTop, 8 * lines.lh, `scrolled to line 9 (${JSON.stringify(lines)})`);
      assert(lines.visible[0] === 9 && lines.visible.includes(12) && lines.visible.length <= 5, `lines 9-12 shown: ${lines.visible}`);
      eq([lines.op1, lines.op9, lines.op13].join(), '0.35,1,0.35', 'scaffolding dimmed, focus lines not');
      await p.screenshot({ path: join(outDir, 'maps-embed-host.png'), fullPage: true });
      // "Open in Escapade": the full page on the same code, runtime, seed, pane and frame.
      const open = f.locator('.mv-open');
      await open.focus();
      const href = await open.getAttribute('href');
      assert(href.startsWith(`${subOrigin}${SUB}?view=map&runtime=classic&seed=${seed}&step=300#v`), href);
      assert(!href.includes('embed='), 'not an embed');
      eq(await open.getAttribute('target'), '_blank', 'opens a new tab');
      // Nothing left the two origins, and nothing was blocked.
      const foreign = requests.filter((u) => !u.startsWith(`${subOrigin}${SUB}`) && !u.startsWith(`${hostOrigin}/`));
      eq(foreign.length, 0, `requests to other origins: ${foreign.join(', ')}`);
      eq(errors.length, 0, `errors/CSP violations: ${errors.join(' | ')}`);
      metrics.embedRequests = requests.length;
      const q = await watchedPage('open');
      try {
        await q.p.goto(href);
        await q.p.waitForSelector('.mv-map-pane .mv-board', { timeout: 20000 });
        await q.p.waitForFunction(() => document.querySelector('.mv-map-pane')?.dataset.frame === '300', null, { timeout: 20000 });
        eq(await q.p.$eval('textarea.editor-input', (t) => t.value), grow, 'same code');
        eq(await q.p.$eval('.mv-map-pane .mv-runtime', (s) => s.value), 'classic', 'same runtime');
        eq(await q.p.$eval('.mv-map-pane .mv-seed', (s) => s.value), seed, 'same seed');
        eq(await q.p.getAttribute('#tab-map', 'aria-selected'), 'true', 'map pane');
        assert(await q.p.locator('.topbar').isVisible(), 'full page');
        eq(q.errors.length, 0, `errors: ${q.errors.join(' | ')}`);
      } finally {
        await q.p.close();
      }
    } finally {
      await p.close();
    }
  });

  await check('memory: wasm linear memory after recording 100,000 map operations (metric)', async () => {
    const p = await ctx.newPage();
    p.on('pageerror', (e) => consoleErrors.push(`[memory] pageerror: ${e.message}`));
    try {
      await p.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
      await p.goto(url);
      await p.waitForSelector('.editor-highlight .hl-kw', { timeout: 20000 });
      await p.click('#tab-map');
      await p.waitForSelector('.mv-map-pane[data-run]');
      await p.waitForTimeout(1000);
      const mem = () => p.evaluate(() => Math.round(window.__wasm.memory.buffer.byteLength / 1048576 * 10) / 10);
      const before = await mem();
      const seq = await p.$eval('.mv-map-pane', (x) => Number(x.dataset.run));
      await p.focus(EDITOR);
      await p.$eval(EDITOR, (t) => {
        t.select();
        document.execCommand('insertText', false, 'package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 100000; i++ {\n\t\tm[i] = i\n\t}\n}\n');
      });
      // Runs by itself after the edit unless a slow earlier run turned that off: then Run.
      const ran = (timeout) => p.waitForFunction((s) => Number(document.querySelector('.mv-map-pane').dataset.run) > s, seq, { timeout });
      await ran(3000).catch(() => p.click('.mv-map-pane .mv-run'));
      await ran(120000);
      // No run still pending (a second one would move the frame under the seeks below).
      await p.waitForSelector('.mv-map-pane .mv-status[data-running=false]');
      await p.waitForTimeout(500);
      const frames = await p.$eval('.mv-scrub', (x) => Number(x.max) + 1);
      assert(frames > 100000, `frames: ${frames}`);
      const status = await p.$eval('.mv-map-pane .mv-status', (x) => x.textContent);
      // Random seeks (from the nearest snapshot) in the 100,000-op timeline: input → next frame.
      const seeks = [];
      for (const f of [Math.floor(frames / 2), Math.floor(frames / 3), frames - 5, 10, Math.floor(frames * 0.77)]) {
        seeks.push(await p.evaluate((f) => new Promise((done) => {
          const el = document.querySelector('.mv-scrub');
          const t0 = performance.now();
          el.value = String(f);
          el.dispatchEvent(new Event('input', { bubbles: true }));
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
        }), f));
        eq(await p.$eval('.mv-map-pane', (x) => Number(x.dataset.frame)), f, 'seeked');
      }
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Performance.enable');
      const { metrics: m } = await cdp.send('Performance.getMetrics');
      const jsHeap = m.find((x) => x.name === 'JSHeapUsedSize').value;
      const runnerMem = await p.evaluate(() => Math.round(window.escapadeRunnerMemoryBytes / 1048576 * 10) / 10);
      metrics.ops100k = { wasmMemoryMiBBefore: before, wasmMemoryMiBAfter: await mem(), interpreterModuleMemoryMiB: runnerMem, frames,
        jsHeapUsedMiB: Math.round(jsHeap / 1048576 * 10) / 10,
        runMs: Number((status.match(/(\d+) ms/) ?? [])[1]),
        seekMs: seeks.map((x) => Math.round(x)) };
    } finally {
      await p.close();
    }
  });

  await check('no console errors', async () => {
    eq(consoleErrors.length, 0, `console errors: ${consoleErrors.join(' | ')}`);
  });
} finally {
  await close();
  for (const s of servers) s.close();
}

finish();
