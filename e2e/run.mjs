// End-to-end test of the Escapade playground in headless Chromium.
//
//   node e2e/run.mjs [DIST_DIR] [OUT_DIR]        (defaults: dist, e2e/out)
//
// Serves DIST_DIR on a free loopback port (e2e/lib.mjs), drives the page with
// playwright-core + the system Chromium, saves screenshots to OUT_DIR and prints measurements.
// The last line is always `N passed, N failed`; the exit code is non-zero on any failure.
// Expected diagnostics below were produced by the real Go toolchain (`go build`, go1.24.11).

import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, check, EDITOR, eq, finish, median, metrics, openApp, pct } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const distDir = resolve(process.argv[2] ?? join(root, 'dist'));
const outDir = resolve(process.argv[3] ?? join(here, 'out'));
mkdirSync(outDir, { recursive: true });

// Transfer size (issue #7 target: 1 MB): the wasm and its JS loader as a server sends them with
// gzip (level 9). The page loads the app's module; the interpreter's module (Map and Output
// panes) is fetched on the first run only (checked below: the workbench never requests it).
{
  const { gzipSync } = await import('node:zlib');
  const gz = (f) => gzipSync(readFileSync(join(distDir, f)), { level: 9 }).length;
  const [wasm, js] = [gz('escapade_web_bg.wasm'), gz('escapade_web.js')];
  const [rwasm, rjs] = [gz('escapade_runner_bg.wasm'), gz('escapade_runner.js')];
  metrics.transferGzipBytes = { wasm, js, total: wasm + js, target: 1000000, targetMet: wasm + js <= 1000000,
    interpreterOnFirstRun: { wasm: rwasm, js: rjs, total: rwasm + rjs } };
}

// ---------------------------------------------------------------- page helpers

async function editorValue(page) {
  return page.$eval(EDITOR, (t) => t.value);
}

/** Text of the highlight layer, line by line (what the user sees). */
async function highlightText(page) {
  return page.$$eval('.editor-highlight .code-line', (ls) => ls.map((l) => l.textContent).join('\n'));
}

/** Replace the whole text the way a user would (select all, type over it with one paste). */
async function setSource(page, text) {
  await page.focus(EDITOR);
  await page.$eval(EDITOR, (t, text) => {
    t.select();
    document.execCommand('insertText', false, text);
  }, text);
  await page.waitForFunction(
    (want) => [...document.querySelectorAll('.editor-highlight .code-line')]
      .map((l) => l.textContent).join('\n') === want, text);
}

/** Puts the caret / selection at UTF-16 offsets. */
async function select(page, start, end = start) {
  await page.focus(EDITOR);
  await page.$eval(EDITOR, (t, [a, b]) => t.setSelectionRange(a, b), [start, end]);
}

async function problems(page) {
  return page.$$eval('.problems-list .problem', (ps) => ps.map((p) => ({
    text: p.textContent, line: Number(p.dataset.line), col: Number(p.dataset.col),
  })));
}

/** Byte column (1-based, like gc) where the first diagnostic mark on `line` starts. */
async function markColumn(page, line) {
  return page.$eval(`.editor-highlight .code-line:nth-child(${line})`, (el) => {
    const mark = el.querySelector('[data-diag]');
    if (!mark) return null;
    const range = document.createRange();
    range.setStart(el, 0);
    range.setEndBefore(mark);
    return new TextEncoder().encode(range.toString()).length + 1;
  });
}

/** The highlight-layer line holding the caret lies inside the editor's scroll viewport. */
async function caretLineVisible(page, what) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  const r = await page.evaluate(() => {
    const t = document.querySelector('textarea.editor-input');
    const line = t.value.slice(0, t.selectionEnd).split('\n').length;
    const el = document.querySelector(`.editor-highlight .code-line:nth-child(${line})`);
    const box = el.getBoundingClientRect();
    const view = document.querySelector('.editor-scroller').getBoundingClientRect();
    return { line, top: box.top, bottom: box.bottom, vtop: view.top, vbottom: view.bottom };
  });
  assert(r.top >= r.vtop - 1 && r.bottom <= r.vbottom + 1, `${what}: caret line not visible ${JSON.stringify(r)}`);
}

/** The caret (measured in the highlight layer) is inside the code area, not under the gutter. */
async function caretXVisible(page, what) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  const r = await page.evaluate(() => {
    const t = document.querySelector('textarea.editor-input');
    const before = t.value.slice(0, t.selectionEnd);
    const line = before.split('\n').length;
    let col = before.length - (before.lastIndexOf('\n') + 1);
    const el = document.querySelector(`.editor-highlight .code-line:nth-child(${line})`);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    range.setStart(el, 0);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (col <= n.length) { range.setStart(n, col); break; }
      col -= n.length;
    }
    const x = range.getBoundingClientRect().left;
    const gutter = document.querySelector('.gutter').getBoundingClientRect().right;
    const sc = document.querySelector('.editor-scroller');
    const right = sc.getBoundingClientRect().left + sc.clientWidth;
    return { x, gutter, right };
  });
  assert(r.x >= r.gutter && r.x <= r.right, `${what}: caret x outside the code area ${JSON.stringify(r)}`);
}

async function noHorizontalOverflow(page, what) {
  const { sw, iw } = await page.evaluate(() => ({
    sw: document.documentElement.scrollWidth, iw: window.innerWidth,
  }));
  assert(sw <= iw, `${what}: page is ${sw}px wide in a ${iw}px viewport`);
}

// ---------------------------------------------------------------- the run
const { url, ctx, page, consoleErrors, close } = await openApp(distDir, {
  viewport: { width: 1280, height: 800 },
  profilePrefix: 'escapade-e2e-',
});

const starter = readFileSync(join(root, 'www/examples/starter.go'), 'utf8');

try {
  await check('app loads and renders the starter snippet', async () => {
    await page.goto(url);
    await page.waitForSelector('.editor-highlight .hl-kw', { timeout: 20000 });
    const mark = await page.evaluate(() => {
      const m = performance.getEntriesByName('escapade:first-render')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      return { render: m?.startTime, dcl: nav?.domContentLoadedEventEnd };
    });
    assert(typeof mark.render === 'number', 'no escapade:first-render performance mark');
    metrics.firstRenderMs = Math.round(mark.render);
    eq(await editorValue(page), starter, 'textarea holds the starter');
    eq(await highlightText(page), starter, 'highlight layer mirrors the textarea');
  });

  await check('performance: navigation → first verdicts on the default example (5 fresh tabs)', async () => {
    const inserted = [];
    const painted = [];
    const runnerRequests = [];
    for (let i = 0; i < 5; i++) {
      const p = await ctx.newPage();
      p.on('pageerror', (e) => consoleErrors.push(`[perf tab] pageerror: ${e.message}`));
      p.on('request', (r) => { if (r.url().includes('escapade_runner')) runnerRequests.push(r.url()); });
      await p.addInitScript(() => {
        new MutationObserver((_, obs) => {
          if (!document.querySelector('.verdict-marker')) return;
          obs.disconnect();
          window.__verdictsInDom = performance.now();
          requestAnimationFrame(() => setTimeout(() => { window.__verdictsPainted = performance.now(); }, 0));
        }).observe(document, { childList: true, subtree: true });
      });
      await p.goto(url);
      await p.waitForFunction(() => window.__verdictsPainted !== undefined, null, { timeout: 20000 });
      const t = await p.evaluate(() => [window.__verdictsInDom, window.__verdictsPainted]);
      inserted.push(t[0]);
      painted.push(t[1]);
      if (i === 0) await p.waitForTimeout(1000); // idle: still no interpreter fetched
      await p.close();
    }
    eq(runnerRequests.join(' '), '', 'the Escape workbench fetches no interpreter module');
    const r = (xs) => ({ runs: xs.map(Math.round), median: Math.round(median(xs)), max: Math.round(Math.max(...xs)) });
    const load = (await import('node:os')).loadavg()[0];
    metrics.navigationToFirstVerdictsMs = { inDom: r(inserted), nextFrame: r(painted), targetMs: 1000,
      targetMet: median(painted) <= 1000, hostLoadAvg1m: +load.toFixed(1) };
    // The 1 s target is reported above (it depends on the host); a guard catches regressions.
    assert(median(painted) <= 3000, `first verdicts after ${median(painted)} ms`);
  });

  await check('starter is syntax-highlighted by tree-sitter classes', async () => {
    const byClass = await page.evaluate(() => {
      const out = {};
      for (const c of ['hl-kw', 'hl-com', 'hl-str', 'hl-fn', 'hl-num', 'hl-builtin', 'hl-ty']) {
        out[c] = [...document.querySelectorAll(`.editor-highlight .${c}`)].map((e) => e.textContent);
      }
      return out;
    });
    for (const kw of ['package', 'import', 'func', 'return', 'for', 'range', 'map']) {
      assert(byClass['hl-kw'].includes(kw), `keyword ${kw} not highlighted`);
    }
    assert(byClass['hl-fn'].includes('newPoint'), 'function name newPoint not highlighted');
    assert(byClass['hl-builtin'].includes('make'), 'builtin make not highlighted');
    assert(byClass['hl-str'].includes('"fmt"'), 'import path not highlighted as a string');
    assert(byClass['hl-com'].some((c) => c.startsWith('// Escapade starter')), 'comment');
    assert(byClass['hl-num'].includes('4'), 'number literal');
    // Highlighted text is visibly colored differently from plain text.
    const colors = await page.evaluate(() => {
      const kw = document.querySelector('.editor-highlight .hl-kw');
      const pre = document.querySelector('.editor-highlight');
      return [getComputedStyle(kw).color, getComputedStyle(pre).color];
    });
    assert(colors[0] !== colors[1], `keyword color ${colors[0]} equals text color`);
    const ta = await page.$eval(EDITOR, (t) => {
      const s = getComputedStyle(t);
      return { tab: s.tabSize, font: s.fontFamily, label: t.getAttribute('aria-label') };
    });
    eq(ta.tab, '4', 'tab-size');
    assert(/mono/i.test(ta.font), `monospace font, got ${ta.font}`);
    eq(ta.label, 'Go source code', 'textarea accessible name');
    eq(await page.locator('.problems-count').textContent(), '0', 'problem count');
    assert(await page.locator('.problems-empty').isVisible(), 'empty Problems state');
    await page.screenshot({ path: join(outDir, 'desktop-light-starter.png') });
  });

  // A real error typed key by key. go1.24.11 `go build` says:
  //   x.go:4:20: syntax error: unexpected name i, expected semicolon or newline
  const typed = 'package main\n\nfunc main() {\n\tfor i := 0; i < 3 i++ {\n\t}\n}\n';
  await check('typing key by key: auto-indent, electric brace, inline error', async () => {
    await page.focus(EDITOR);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // No tabs typed: Enter keeps/adds indentation and `}` outdents itself.
    await page.locator(EDITOR).pressSequentially(
      'package main\n\nfunc main() {\nfor i := 0; i < 3 i++ {\n}\n}\n', { delay: 8 });
    eq(await editorValue(page), typed, 'typed text');
    await page.waitForSelector('.gutter-marker');
    eq(await highlightText(page), typed, 'highlight layer follows typing');
    const ps = await problems(page);
    assert(ps.length >= 1, 'a problem is listed');
    eq(ps[0].line, 4, 'problem line');
    eq(ps[0].col, 20, 'problem column');
    assert(ps[0].text.startsWith('4:20: syntax error: unexpected name i'), `problem text: ${ps[0].text}`);
    const marker = page.locator('.gutter-marker').first();
    eq(await marker.getAttribute('data-line'), '4', 'gutter marker line');
    const label = await marker.getAttribute('aria-label');
    assert(label.startsWith('Line 4: 4:20: syntax error:'), `marker label: ${label}`);
    eq(await markColumn(page, 4), 20, 'underline starts at byte column 20');
    const underlined = await page.$eval('.editor-highlight .code-line:nth-child(4) [data-diag]',
      (e) => ({ text: e.textContent, deco: getComputedStyle(e).textDecorationStyle }));
    eq(underlined.text, 'i', 'underlined text');
    eq(underlined.deco, 'wavy', 'underline style');
    eq(await page.getAttribute(EDITOR, 'aria-invalid'), 'true', 'aria-invalid');
  });

  await check('hovering the underline shows the message; layers are aligned', async () => {
    const [hl, hit] = await page.evaluate(() => [
      document.querySelector('.editor-highlight [data-diag]').getBoundingClientRect().toJSON(),
      document.querySelector('.editor-diagnostics [data-diag-mark]').getBoundingClientRect().toJSON(),
    ]);
    assert(Math.abs(hl.left - hit.left) < 1 && Math.abs(hl.top - hit.top) < 1,
      `hit layer misaligned: ${JSON.stringify(hl)} vs ${JSON.stringify(hit)}`);
    await page.mouse.move(hit.left + hit.width / 2, hit.top + hit.height / 2);
    const tip = page.locator('[role=tooltip]');
    await tip.waitFor({ state: 'visible', timeout: 3000 });
    const ps = await problems(page);
    eq(await tip.textContent(), ps[0].text, 'tooltip text');
    const tipBox = await tip.boundingBox();
    const below = tipBox.y >= hit.bottom - 1 && tipBox.y <= hit.bottom + 12;
    const above = tipBox.y + tipBox.height <= hit.top + 1 && tipBox.y + tipBox.height >= hit.top - 12;
    assert(below || above, `tooltip not next to the mark: ${JSON.stringify(tipBox)} vs ${JSON.stringify(hit)}`);
    assert(Math.abs(tipBox.x - hit.left) < 4, `tooltip not aligned with the mark: ${tipBox.x} vs ${hit.left}`);
    await page.screenshot({ path: join(outDir, 'desktop-error-hover.png') });
    await page.mouse.move(5, 5);
    await tip.waitFor({ state: 'detached', timeout: 3000 });
  });

  await check('keyboard focus on the gutter marker shows the message', async () => {
    await page.focus('.gutter-marker');
    const tip = page.locator('[role=tooltip]');
    await tip.waitFor({ state: 'visible', timeout: 3000 });
    assert((await tip.textContent()).startsWith('4:20: syntax error:'), 'tooltip on focus');
    const [tipBox, markerBox] = [await tip.boundingBox(), await page.locator('.gutter-marker').boundingBox()];
    assert(Math.abs(tipBox.y - (markerBox.y + markerBox.height)) < 12, 'tooltip below the gutter marker');
    await page.focus(EDITOR);
    await tip.waitFor({ state: 'detached', timeout: 3000 });
  });

  await check('many errors add one Tab stop; arrows move between gutter markers', async () => {
    const before = await editorValue(page);
    // go1.24.11: 4:17 unexpected newline in composite literal…; 6:1 unexpected EOF, expected }
    const src = 'package main\n\nfunc main() {\n\tx := []int{1, 2\n}\n';
    try {
      await setSource(page, src);
      const markers = page.locator('.gutter-marker');
      const lines = await markers.evaluateAll((ms) => ms.map((m) => m.dataset.line));
      eq(lines.join(','), '4,6', 'marker lines');
      const tabbable = await markers.evaluateAll((ms) => ms.filter((m) => m.tabIndex >= 0).length);
      eq(tabbable, 1, 'markers in the Tab order');
      await markers.first().focus();
      await page.keyboard.press('ArrowDown');
      eq(await page.evaluate(() => document.activeElement?.dataset.line), '6', 'ArrowDown moves on');
      await page.keyboard.press('ArrowUp');
      eq(await page.evaluate(() => document.activeElement?.dataset.line), '4', 'ArrowUp moves back');
      await page.keyboard.press('Enter');
      eq(await page.evaluate(() => document.activeElement?.className), 'editor-input',
        'Enter on a marker goes to the error');
      await page.waitForFunction(() => document.querySelector('.status-pos')?.textContent === 'Ln 4, Col 17');
    } finally {
      await setSource(page, before);
    }
  });

  await check('clicking a problem moves the caret there and focuses the editor', async () => {
    await select(page, 0);
    await page.locator('.problems-list .problem').first().click();
    const st = await page.evaluate(() => ({
      active: document.activeElement?.classList.contains('editor-input'),
      caret: document.activeElement?.selectionStart,
    }));
    assert(st.active, 'editor focused');
    eq(st.caret, typed.split('\n').slice(0, 3).join('\n').length + 1 + 19, 'caret offset');
    await page.waitForFunction(() => document.querySelector('.status-pos')?.textContent === 'Ln 4, Col 20');
    const ps = await problems(page);
    eq(await page.locator('.status-diagnostic').textContent(), ps[0].text, 'status bar names the error at the caret');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.querySelector('.status-diagnostic')?.textContent === '');
  });

  // go1.24.11: x.go:4:16: syntax error: unexpected literal 1 at end of statement
  // (gc counts bytes: "é" is two, so the column is 16, not 15.)
  await check('columns are byte columns like gc (UTF-8 before the error)', async () => {
    const src = 'package main\n\nfunc main() {\n\ts := "héllo" 1\n\t_ = s\n}\n';
    await setSource(page, src);
    const ps = await problems(page);
    eq(ps[0]?.text, '4:16: syntax error: unexpected literal 1 at end of statement', 'gc message');
    eq(await markColumn(page, 4), 16, 'underline byte column');
    // The mark (an underline, or a wedge for a zero-width span) sits right before the `1`.
    const after = await page.$eval('.editor-highlight .code-line:nth-child(4)', (el) => {
      const range = document.createRange();
      range.setStartBefore(el.querySelector('[data-diag]'));
      range.setEnd(el, el.childNodes.length);
      return range.toString();
    });
    eq(after, '1', 'text at the mark');
  });

  // go1.24.11: x.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }
  await check('an error at a line end still gets a visible marker', async () => {
    const src = 'package main\n\nfunc main() {\n\tx := []int{1, 2\n}\n';
    await setSource(page, src);
    const ps = await problems(page);
    eq(ps[0]?.text,
      '4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }',
      'gc message');
    eq(await markColumn(page, 4), 17, 'marker byte column');
    const box = await page.$eval('.editor-highlight .code-line:nth-child(4) [data-diag]', (e) => {
      const after = getComputedStyle(e, e.classList.contains('diag-point') ? '::after' : null);
      const r = e.getBoundingClientRect();
      return { w: r.width, after: after.borderBottomWidth, deco: getComputedStyle(e).textDecorationLine };
    });
    assert(box.w > 0 || parseFloat(box.after) > 0, `marker not visible: ${JSON.stringify(box)}`);
    await page.screenshot({ path: join(outDir, 'desktop-line-end-marker.png') });
  });

  await check('Tab inserts a tab; undo and redo work and the view follows', async () => {
    const src = 'package main\n\nfunc f() {\n}\n';
    await setSource(page, src);
    const at = src.indexOf('func');
    await select(page, at);
    await page.keyboard.press('Tab');
    const tabbed = src.slice(0, at) + '\t' + src.slice(at);
    eq(await editorValue(page), tabbed, 'after Tab');
    eq(await page.evaluate(() => document.activeElement?.className), 'editor-input', 'focus kept');
    await page.keyboard.press('Control+Z');
    eq(await editorValue(page), src, 'after undo');
    await page.waitForFunction((s) => [...document.querySelectorAll('.editor-highlight .code-line')]
      .map((l) => l.textContent).join('\n') === s, src);
    await page.keyboard.press('Control+Shift+Z');
    eq(await editorValue(page), tabbed, 'after redo');
    // Typing after undo stays one coherent history: two undos return to the start.
    await page.keyboard.press('Control+Z');
    eq(await editorValue(page), src, 'undo again');
  });

  await check('Tab/Shift-Tab indent and outdent a multi-line selection, one undo step each', async () => {
    const src = 'package main\n\nfunc f() {\nx := 1\ny := 2\n}\n';
    await setSource(page, src);
    const a = src.indexOf('x :=');
    const b = src.indexOf('y :=') + 3;
    await select(page, a, b);
    await page.keyboard.press('Tab');
    const indented = src.replace('x :=', '\tx :=').replace('y :=', '\ty :=');
    eq(await editorValue(page), indented, 'indented');
    const sel = await page.$eval(EDITOR, (t) => t.value.slice(t.selectionStart, t.selectionEnd));
    await page.screenshot({ path: join(outDir, 'desktop-selection.png'), clip: { x: 0, y: 40, width: 500, height: 200 } });
    eq(sel, '\tx := 1\n\ty :', 'selection grows with the inserted tabs');
    await page.keyboard.press('Shift+Tab');
    eq(await editorValue(page), src, 'outdented');
    await page.keyboard.press('Control+Z');
    eq(await editorValue(page), indented, 'undo outdent');
    await page.keyboard.press('Control+Z');
    eq(await editorValue(page), src, 'undo indent');
  });

  await check('Enter keeps indentation and indents after {', async () => {
    const src = 'package main\n\nfunc f() {}\n';
    await setSource(page, src);
    await select(page, src.indexOf('{}') + 1);
    await page.keyboard.press('Enter');
    eq(await editorValue(page), 'package main\n\nfunc f() {\n\t\n}\n', 'split braces');
    await page.keyboard.type('if true {');
    await page.keyboard.press('Enter');
    eq(await editorValue(page), 'package main\n\nfunc f() {\n\tif true {\n\t\t\n}\n', 'nested indent');
  });

  await check('long lines scroll sideways; the caret stays clear of the gutter', async () => {
    const long = `package main\n\nvar s = "${'x'.repeat(300)}"\n`;
    await setSource(page, long);
    await select(page, long.indexOf('var'));
    await page.keyboard.press('End');
    await caretXVisible(page, 'after End');
    const scrolled = await page.$eval('.editor-scroller', (e) => e.scrollLeft);
    assert(scrolled > 0, 'editor scrolled sideways');
    await page.keyboard.press('Home');
    await caretXVisible(page, 'after Home');
    await noHorizontalOverflow(page, 'long line');
  });

  await check('Escape leaves the editor (to the panel), then Tab moves on without inserting a tab', async () => {
    const before = await editorValue(page);
    await page.focus(EDITOR);
    await page.keyboard.press('Escape');
    eq(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'tabpanel', 'focus on the panel');
    await page.keyboard.press('Tab');
    eq(await editorValue(page), before, 'no tab inserted');
    const active = await page.evaluate(() => document.activeElement?.className ?? '');
    assert(active !== 'editor-input', 'focus moved on');
  });

  await check('panes: tabs, the Map and Output panes run the program (details in e2e/maps.mjs), keyboard navigation', async () => {
    const tabs = page.locator('[role=tablist] [role=tab]');
    eq(await tabs.count(), 3, 'tab count');
    eq((await tabs.allTextContents()).join(','), 'Escape,Map,Output', 'tab labels');
    const expect = {
      map: ['Run', 'Map runtime', 'Seed'],
      output: ['Run', 'Map runtime', 'Seed'],
    };
    for (const [slug, phrases] of Object.entries(expect)) {
      await page.click(`#tab-${slug}`);
      if (slug === 'map') {
        // The first shown run pane fetches the interpreter's module, then runs.
        await page.waitForFunction(() => performance.getEntriesByName('runner-load').length === 1,
          null, { timeout: 20000 });
        metrics.interpreterLoadMs = Math.round(await page.evaluate(
          () => performance.getEntriesByName('runner-load')[0].duration));
        await page.waitForFunction(() => document.querySelector('.mv-map-pane')?.getAttribute('data-run') !== '0');
      }
      eq(await page.getAttribute(`#tab-${slug}`, 'aria-selected'), 'true', `${slug} selected`);
      const panel = page.locator(`#panel-${slug}`);
      assert(await panel.isVisible(), `${slug} panel visible`);
      const text = await panel.textContent();
      for (const p of phrases) assert(text.includes(p), `${slug} panel lacks "${p}"`);
      assert(await panel.locator('.mv-run').isVisible(), `${slug} panel has a Run button`);
    }
    await page.focus('#tab-output');
    await page.keyboard.press('ArrowRight');
    eq(await page.evaluate(() => document.activeElement?.id), 'tab-escape', 'arrow wraps to Escape');
    eq(await page.getAttribute('#tab-escape', 'aria-selected'), 'true', 'arrow selects');
    eq(await page.locator('#panel-output').isVisible(), false, 'other panels hidden');
    // The Escape pane is live (checked in detail below, with the Inlining switch): it says which
    // go build flags its verdicts are for.
    const note = await page.locator('#panel-escape .escape-note').textContent();
    assert(/go build -gcflags='-m( -l)?'/.test(note), note);
  });

  await check('loading an example replaces the text and can be undone', async () => {
    const before = await editorValue(page);
    await page.selectOption('.example-picker select', 'escape');
    const escapeGo = readFileSync(join(root, 'www/examples/escape.go'), 'utf8');
    await page.waitForFunction((s) => document.querySelector('textarea.editor-input').value === s, escapeGo);
    eq(await highlightText(page), escapeGo, 'view follows the example');
    eq(await page.locator('.problems-count').textContent(), '0', 'example has no problems');
    await page.focus(EDITOR);
    await page.keyboard.press('Control+Z');
    eq(await editorValue(page), before, 'undo restores the user text');
  });

  // ------------------------------------------------------------ escape workbench
  // Expected lines come from the real compiler: go1.27.3 `go build -gcflags='-m=2 -l' main.go`
  // prints for LEAK (gc writes ./main.go; the playground names the file main.go):
  //   ./main.go:4:2: x escapes to heap in f:
  //   ./main.go:4:2:   flow: ~r0 ← &x:
  //   ./main.go:4:2:     from &x (address-of) at ./main.go:5:9
  //   ./main.go:4:2:     from return &x (return) at ./main.go:5:2
  //   ./main.go:4:2: moved to heap: x
  const LEAK = 'package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() {\n\t_ = f()\n}\n';
  const fresh = (page) => page.waitForSelector('.escape-pane[data-fresh="true"]');
  const golden = (name, v = '127') => readFileSync(join(root, `www/examples/${name}.m-l.go${v}.txt`), 'utf8').trimEnd();
  const rows = (page) => page.$$eval('#panel-escape .verdict-row', (rs) => rs.map((r) => ({
    line: Number(r.dataset.line), col: Number(r.dataset.col), kind: r.className,
    msg: r.querySelector('.verdict-msg').textContent, badge: r.querySelector('.change-badge')?.textContent ?? null,
  })));

  // go1.27.3 `go build -gcflags=-m main.go` for LEAK (inlining on; gc writes ./main.go):
  //   ./main.go:3:6: can inline f
  //   ./main.go:8:6: can inline main
  //   ./main.go:9:7: inlining call to f
  //   ./main.go:4:2: moved to heap: x
  const LEAK_M = ['main.go:3:6: can inline f', 'main.go:8:6: can inline main', 'main.go:9:7: inlining call to f',
    'main.go:4:2: moved to heap: x'].join('\n');
  const raw = async (p) => {
    await p.click('.escape-tab[data-tab="raw"]');
    const t = await p.locator('pre[data-raw="m1"]').textContent();
    await p.click('.escape-tab[data-tab="verdicts"]');
    return t;
  };
  await check('escape: the Inlining switch (on by default, like go build); its decisions are their own kind', async () => {
    await page.click('#tab-escape');
    eq(await page.isChecked('.inline-toggle input'), true, 'on by default');
    await setSource(page, LEAK);
    await fresh(page);
    eq(await raw(page), LEAK_M, 'raw output = go build -gcflags=-m');
    eq(await page.locator('.inline-note').count(), 0, 'no -l note when inlining is modelled');
    const marker = page.locator('.verdict-marker[data-line="3"]');
    eq(await marker.getAttribute('data-kind'), 'inline', 'inlining marker kind');
    eq(await marker.textContent(), 'I', 'inlining marker letter');
    assert((await marker.getAttribute('aria-label')).includes('inlining decision: 3:6: can inline f'), 'marker label');
    await page.click('.filter[data-filter="inlining"]');
    eq((await rows(page)).map((x) => `${x.line}:${x.col}: ${x.msg}`).join('|'),
      '3:6: can inline f|8:6: can inline main|9:7: inlining call to f', 'inlining filter');
    await page.screenshot({ path: join(outDir, 'escape-inlining.png') });
    await page.click('.filter[data-filter="all"]');
    // The why chain with inlining: opening a heap verdict computes the inlined -m=2 flow
    // (go1.27.3 -gcflags=-m=2 prints this chain for LEAK, with `can inline f with cost 8 as: …`
    // lines above it); each step selects its span.
    await page.click('.verdict-marker[data-line="4"]');
    await page.waitForSelector('.why[data-flows="inlined"] .flow-step');
    assert((await page.locator('.why h4').textContent()).includes("go build -gcflags=-m=2"), 'why header: -m=2 (no -l)');
    eq((await page.$$eval('.flow-step', (bs) => bs.map((b) => b.textContent))).join('|'),
      'from &x (address-of) at 5:9|from return &x (return) at 5:2', 'inlined flow steps');
    await page.click('.flow-step[data-step="0"]');
    eq(await page.$eval(EDITOR, (t) => t.value.slice(t.selectionStart, t.selectionEnd)), '&x', 'inlined step selection');
    await page.screenshot({ path: join(outDir, 'escape-why-inlined.png') });
    // A file whose inlined -m=2 text is not modelled (gc prints the generic function's
    // inlinable body): the -m verdicts stay, and the flow shown is -m=2 -l's, saying so.
    const generic = 'package main\n\nvar sink *int\n\nfunc first[T any](xs []T) T {\n\treturn xs[0]\n}\n\n' +
      'func main() {\n\tx := 1\n\tsink = &x\n\t_ = first([]int{1})\n}\n';
    await setSource(page, generic);
    await fresh(page);
    eq(await page.locator('.inline-note').count(), 0, 'inlining modelled (-m)');
    await page.click('.verdict-marker[data-line="10"]');
    await page.waitForSelector('.why[data-flows="from-l"] .flow-step');
    const fromL = await page.locator('.detail-no-flow[data-flows="from-l"]').textContent();
    assert(fromL.includes('not modelled for this file') && fromL.includes('-m=2 -l'), fromL);
    assert((await page.locator('.why h4').textContent()).includes("-gcflags='-m=2 -l'"), 'why header: -m=2 -l');
    await page.screenshot({ path: join(outDir, 'escape-why-inlined-from-l.png') });
    await setSource(page, LEAK);
    await fresh(page);
    // Off: -l, exactly go build -gcflags='-m -l' (see LEAK above); no inlining kind, no note.
    await page.click('.inline-toggle input');
    await fresh(page);
    eq(await raw(page), 'main.go:4:2: moved to heap: x', 'raw output = go build -gcflags=\'-m -l\'');
    eq(await page.locator('.verdict-marker.kind-inline').count(), 0, 'no inlining markers');
    eq(await page.locator('.filter[data-filter="inlining"]').count(), 0, 'no inlining filter');
    eq(await page.locator('.inline-note').count(), 0, 'no note with inlining off');
    // On again with a program the inliner model refuses (gc inlines sync.(*Mutex).Lock, whose
    // std body is not modelled): -l results and why.
    await page.click('.inline-toggle input');
    await setSource(page, readFileSync(join(root, 'www/examples/esc_goroutines.go'), 'utf8'));
    await fresh(page);
    const note = await page.locator('.inline-note').textContent();
    assert(note.includes('Results are for -l: inlining is not modelled yet') && note.includes('sync.(*Mutex).Lock'), note);
    eq(await raw(page), golden('esc_goroutines'), 'the -l output');
    await page.screenshot({ path: join(outDir, 'escape-inlining-refused.png') });
    // Their -m=2 -l flow is computed when a verdict is opened.
    await page.click('.verdict-marker[data-line="13"]');
    await page.waitForSelector('.why[data-flows="l"] .flow-step');
    assert((await page.locator('.why h4').textContent()).includes("-gcflags='-m=2 -l'"), 'why header: -m=2 -l');
    // The checks below are about -m=2 -l (the flow): inlining off from here on.
    await page.click('.inline-toggle input');
    await fresh(page);
  });

  await check('escape: typing shows the verdict at gc line:col with a kind marker', async () => {
    await page.click('#tab-escape');
    await setSource(page, LEAK.replace('\treturn &x\n', '\treturn nil\n'));
    await fresh(page);
    // Type the escaping return key by key, then wait for the debounced analysis.
    await select(page, LEAK.indexOf('\treturn') + 1, LEAK.indexOf('\treturn') + 'return nil'.length + 1);
    await page.keyboard.press('Delete');
    await page.locator(EDITOR).pressSequentially('return &x', { delay: 20 });
    eq(await editorValue(page), LEAK, 'typed text');
    await fresh(page);
    const marker = page.locator('.verdict-marker[data-line="4"]');
    eq(await marker.getAttribute('data-kind'), 'heap', 'gutter marker kind');
    eq(await marker.textContent(), 'H', 'marker letter (not colour only)');
    const mark = page.locator('.verdict-mark.kind-heap').first();
    eq(await mark.textContent(), 'x', 'underlined expression');
    // The underline sits over line 4, byte column 2 (after one tab), where the visible text is.
    const m = await mark.boundingBox();
    const want = await page.$eval('.editor-highlight .code-line:nth-child(4)', (el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let left = 1;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (left <= n.length) {
          const r = document.createRange();
          r.setStart(n, left);
          r.setEnd(n, left + 1);
          return r.getBoundingClientRect().toJSON();
        }
        left -= n.length;
      }
      return null;
    });
    assert(Math.abs(m.x - want.x) < 1.5, `mark x ${m.x} vs text x ${want.x}`);
    assert(Math.abs((m.y + m.height / 2) - (want.y + want.height / 2)) < 2, `mark y ${m.y} vs text ${want.y}`);
    const r = await rows(page);
    eq(r.map((x) => `${x.line}:${x.col}: ${x.msg}`).join('|'), '4:2: moved to heap: x', 'panel rows');
    // A keystroke keeps the markers (faded as outdated) until the new verdicts arrive: no
    // blinking. Typing a line above moves them down with their code.
    await select(page, 0);
    const seen = await page.evaluate(async () => {
      document.execCommand('insertText', false, '// x\n');
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const m = document.querySelector('.verdict-marker');
      return { line: m?.dataset.line, stale: !!document.querySelector('.gutter.stale .verdict-marker'),
        mark: document.querySelector('.editor-verdicts.stale .verdict-mark')?.textContent,
        fresh: document.querySelector('.escape-pane').dataset.fresh };
    });
    eq(JSON.stringify(seen), JSON.stringify({ line: '5', stale: true, mark: 'x', fresh: 'false' }), 'right after the keystroke');
    await fresh(page);
    eq(await page.locator('.gutter.stale').count(), 0, 'fresh again');
    eq(await page.getAttribute('.verdict-marker', 'data-line'), '5', 'new verdicts, same place');
    await page.keyboard.press('Control+Z');
    await page.waitForFunction((v) => document.querySelector('textarea.editor-input').value === v, LEAK);
    await fresh(page);
  });

  await check('escape: hover card has gc text, meaning and a fix', async () => {
    await page.locator('.verdict-mark.kind-heap').first().hover();
    const card = page.locator('.verdict-card');
    await card.waitFor();
    const t = await card.textContent();
    assert(t.includes('main.go:4:2: moved to heap: x'), t);
    assert(t.includes('outlive') || t.includes('after the function returns'), t);
    assert(t.includes('Returning &x moves x to the heap'), t);
    const [c, mk] = [await card.boundingBox(), await page.locator('.verdict-mark.kind-heap').first().boundingBox()];
    assert(Math.abs(c.x - mk.x) < 60 && c.y >= mk.y, `card next to the mark: ${JSON.stringify([c, mk])}`);
    await page.screenshot({ path: join(outDir, 'escape-hover-card.png') });
    await page.mouse.move(5, 5);
    await page.focus('.verdict-marker[data-line="4"]');
    await card.waitFor();
    await page.mouse.move(5, 5);
  });

  await check('escape: the -m=2 why chain selects each step in the editor; raw -m=2 text', async () => {
    await page.click('.verdict-marker[data-line="4"]');
    await page.waitForSelector('.flow-step');
    const steps = await page.$$eval('.flow-step', (bs) => bs.map((b) => b.textContent));
    eq(steps.join('|'), 'from &x (address-of) at 5:9|from return &x (return) at 5:2', 'steps');
    const heads = await page.$$eval('.flow-head', (hs) => hs.map((h) => h.textContent));
    eq(heads.join('|'), 'flow: ~r0 ← &x', 'flow header');
    for (const [i, want] of [[0, '&x'], [1, 'return &x']]) {
      await page.click(`.flow-step[data-step="${i}"]`);
      const sel = await page.$eval(EDITOR, (t) => [document.activeElement === t, t.value.slice(t.selectionStart, t.selectionEnd)]);
      eq(sel[0], true, 'editor focused');
      eq(sel[1], want, `step ${i} selection`);
    }
    await page.screenshot({ path: join(outDir, 'escape-why.png') });
    await page.click('.toggle-m2');
    eq(await page.locator('pre[data-raw="m2"]').textContent(), [
      'main.go:4:2: x escapes to heap in f:',
      'main.go:4:2:   flow: ~r0 ← &x:',
      'main.go:4:2:     from &x (address-of) at main.go:5:9',
      'main.go:4:2:     from return &x (return) at main.go:5:2',
      'main.go:4:2: moved to heap: x'].join('\n'), 'raw -m=2 text');
    await page.click('.toggle-m2');
  });

  await check('escape: a changed verdict is badged until the next edit', async () => {
    // Returning the address of a copy instead: go1.27.3 now prints
    //   ./main.go:5:2: moved to heap: y       (and nothing for x)
    const at = LEAK.indexOf('return &x');
    await select(page, at, at + 'return &x'.length);
    await page.keyboard.press('Delete');
    await page.locator(EDITOR).pressSequentially('y := x', { delay: 10 });
    await page.keyboard.press('Enter');
    await page.locator(EDITOR).pressSequentially('return &y', { delay: 10 });
    eq(await editorValue(page), LEAK.replace('return &x', 'y := x\n\treturn &y'), 'edited text');
    await fresh(page);
    const gone = await page.locator('.gone').textContent();
    assert(gone.includes('moved to heap: x (in f)'), gone);
    const r = await rows(page);
    eq(r.map((x) => `${x.line}:${x.col}: ${x.msg} [${x.badge}]`).join('|'), '5:2: moved to heap: y [new]', 'rows');
    await page.screenshot({ path: join(outDir, 'escape-change.png') });
    // The next edit clears the badges: back to the original text, x is badged new, y gone.
    await setSource(page, LEAK);
    await fresh(page);
    eq((await rows(page)).map((x) => x.badge).join('|'), 'new', 'badge after the next edit');
    await page.locator(EDITOR).press('End');
    await page.keyboard.type('\n');
    await fresh(page);
    eq(await page.locator('.change-badge').count(), 0, 'an edit that changes no verdict leaves no badge');
  });

  await check('escape: every escape example loads with exactly the real go1.27.3 output', async () => {
    const files = readdirSync(join(root, 'www/examples')).filter((f) => /^esc_\w+\.go$/.test(f)).map((f) => f.slice(0, -3));
    const options = await page.$$eval('.example-picker option', (os) => os.filter((o) => o.value).map((o) => o.value));
    assert(options.length >= 12, `gallery has ${options.length} examples`);
    assert(files.length >= 12, `${files.length} escape examples`);
    metrics.examples = { gallery: options.length, escape: files.length };
    for (const file of files) {
      const id = file.replaceAll('_', '-');
      assert(options.includes(id), `${id} is in the picker`);
      await page.selectOption('.example-picker select', id);
      const src = readFileSync(join(root, `www/examples/${file}.go`), 'utf8');
      await page.waitForFunction((s) => document.querySelector('textarea.editor-input').value === s, src);
      await fresh(page);
      const want = golden(file).split('\n');
      const got = (await rows(page)).map((x) => `main.go:${x.line}:${x.col}: ${x.msg}`);
      eq([...got].sort().join('\n'), [...want].sort().join('\n'), `${id} verdicts`);
      assert(await page.locator('.example-claims').count() === 1, `${id} shows its checked claims`);
    }
  });

  await check('escape: filters, per-function counts and the raw output tab', async () => {
    await page.selectOption('.example-picker select', 'esc-maps');
    await fresh(page);
    const all = await rows(page);
    await page.click('.filter[data-filter="heap"]');
    const heap = await rows(page);
    assert(heap.length > 0 && heap.every((x) => x.kind.includes('kind-heap')), JSON.stringify(heap));
    eq(heap.length, all.filter((x) => x.kind.includes('kind-heap')).length, 'heap count');
    await page.click('.filter[data-filter="params"]');
    const params = await rows(page);
    eq(params.map((x) => x.msg).join('|'), 'leaking param content: words|leaking param content: words|k does not escape', 'params');
    await page.click('.filter[data-filter="all"]');
    eq((await rows(page)).length, all.length, 'all again');
    const counts = await page.$$eval('.func-group', (gs) => gs.map((g) => `${g.dataset.func}: ${g.querySelector('.func-counts').textContent}`));
    assert(counts.includes('countAll: 1 heap / 2 verdicts'), counts.join('|'));
    await page.screenshot({ path: join(outDir, 'escape-pane.png') });
    await page.click('.escape-tab[data-tab="raw"]');
    eq(await page.locator('pre[data-raw="m1"]').textContent(), golden('esc_maps'), 'raw = real go -m -l');
    await page.click('.escape-tab[data-tab="verdicts"]');
  });

  await check('escape: switching to Go 1.23 re-analyses (make with a run-time size)', async () => {
    await page.selectOption('.example-picker select', 'esc-make');
    await fresh(page);
    await page.selectOption('.version-picker select', '1.23');
    await fresh(page);
    const r = await rows(page);
    const mk = r.find((x) => x.line === 13);
    eq(mk.msg, 'make([]int, n) escapes to heap', 'go1.23 verdict');
    eq(mk.badge, 'make([]int, n): stack → heap', 'change badge');
    eq(r.map((x) => `main.go:${x.line}:${x.col}: ${x.msg}`).sort().join('\n'), golden('esc_make', '123').split('\n').sort().join('\n'), 'go1.23.9 output');
    await page.screenshot({ path: join(outDir, 'escape-go123.png') });
    await page.selectOption('.version-picker select', '1.27');
    await fresh(page);
    eq((await rows(page)).find((x) => x.line === 13).msg, 'make([]int, n) does not escape', 'back to 1.27');
  });

  // Verdicts in source order (gc's lines de-duplicated, ties in gc's order), as F8 visits them.
  const inSourceOrder = (lines) => {
    const seen = new Set();
    return lines.map((l) => l.match(/^main\.go:(\d+):(\d+): (.*)$/)).map((m, i) => ({ line: +m[1], col: +m[2], msg: m[3], i }))
      .filter((v) => { const k = `${v.line}:${v.col}: ${v.msg}`; const dup = seen.has(k); seen.add(k); return !dup; })
      .sort((a, b) => a.line - b.line || a.col - b.col || a.i - b.i);
  };
  const selectedPaneId = (p) => p.$eval('[role=tab][aria-selected=true]', (t) => t.id);
  const selectedRow = (p) => p.$eval('.verdict-row[aria-pressed="true"]',
    (r) => `${r.dataset.line}:${r.dataset.col}: ${r.querySelector('.verdict-msg').textContent}`).catch(() => null);

  await check('keyboard: F8 / Shift+F8 and Alt+↓/↑ move the selection and the caret through the verdicts', async () => {
    await page.selectOption('.example-picker select', 'esc-maps');
    await fresh(page);
    await page.click('.filter[data-filter="all"]');
    const order = inSourceOrder(golden('esc_maps').split('\n'));
    await select(page, 0);
    const steps = [[0, 'F8'], [1, 'F8'], [2, 'Alt+ArrowDown'], [1, 'Shift+F8'], [0, 'Alt+ArrowUp'],
      [order.length - 1, 'Shift+F8'], [0, 'F8']];
    for (const [n, key] of steps) {
      await page.keyboard.press(key);
      const v = order[n];
      const want = `${v.line}:${v.col}: ${v.msg}`;
      await page.waitForFunction((w) => {
        const r = document.querySelector('.verdict-row[aria-pressed="true"]');
        return r && `${r.dataset.line}:${r.dataset.col}: ${r.querySelector('.verdict-msg').textContent}` === w;
      }, want, { timeout: 3000 }).catch(() => {});
      eq(await selectedRow(page), want, `${key} → verdict ${n}`);
      eq(await page.evaluate(() => document.activeElement?.className), 'editor-input', `${key}: editor keeps focus`);
      // The editor selection is the verdict's expression: it starts on gc's line and holds gc's
      // byte column (gc places a call at its parenthesis; the selection is the whole call).
      const sel = await page.$eval(EDITOR, (t) => [t.selectionStart, t.selectionEnd].map((o) => {
        const before = t.value.slice(0, o).split('\n');
        return [before.length, new TextEncoder().encode(before[before.length - 1]).length + 1];
      }));
      const le = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);
      assert(sel[0][0] === v.line && le(sel[0], [v.line, v.col]) && le([v.line, v.col], sel[1]),
        `${key}: selection ${JSON.stringify(sel)} does not hold ${v.line}:${v.col}`);
      const live = await page.locator('.verdict-announce').textContent();
      assert(live.includes(`main.go:${want}`), `screen-reader announcement: ${live}`);
    }
    // From another pane, F8 brings the Escape pane back.
    await page.click('#tab-output');
    await page.keyboard.press('F8');
    await page.waitForSelector('#panel-escape:not([hidden])');
    eq(await selectedRow(page), `${order[1].line}:${order[1].col}: ${order[1].msg}`, 'F8 from the Output pane');
    // Alt+↓ with the focus on the pane tabs moves to the next verdict; it does not switch tabs.
    await page.focus('#tab-escape');
    await page.keyboard.press('Alt+ArrowDown');
    const next = `${order[2].line}:${order[2].col}: ${order[2].msg}`;
    await page.waitForFunction((w) => {
      const r = document.querySelector('.verdict-row[aria-pressed="true"]');
      return r && `${r.dataset.line}:${r.dataset.col}: ${r.querySelector('.verdict-msg').textContent}` === w;
    }, next, { timeout: 3000 }).catch(() => {});
    eq(await selectedPaneId(page), 'tab-escape', 'Alt+↓ on the tabs keeps the Escape pane');
    eq(await selectedRow(page), next, 'Alt+↓ on the tabs selects the next verdict');
    await page.keyboard.press('Shift+F8');
    await page.screenshot({ path: join(outDir, 'keyboard-f8.png') });
    // With the heap filter, only heap verdicts are visited.
    await page.click('.filter[data-filter="heap"]');
    await select(page, 0);
    await page.keyboard.press('F8');
    const heap = order.find((v) => /escapes to heap|moved to heap/.test(v.msg));
    await page.waitForFunction(() => document.querySelector('.verdict-row[aria-pressed="true"]'));
    eq(await selectedRow(page), `${heap.line}:${heap.col}: ${heap.msg}`, 'F8 with the heap filter');
    await page.click('.filter[data-filter="all"]');
  });

  await check('keyboard: Esc leaves the editor for the panel; Tab/Enter reach and pick a verdict; markers are labelled', async () => {
    await page.focus(EDITOR);
    await page.keyboard.press('Escape');
    eq(await page.evaluate(() => document.activeElement?.id), 'panel-escape', 'Esc moves focus to the analysis panel');
    eq(await editorValue(page), readFileSync(join(root, 'www/examples/esc_maps.go'), 'utf8'), 'nothing typed');
    let row = null;
    for (let i = 0; i < 40 && !row; i++) {
      await page.keyboard.press('Tab');
      row = await page.evaluate(() => document.activeElement?.classList.contains('verdict-row')
        ? `${document.activeElement.dataset.line}:${document.activeElement.dataset.col}` : null);
    }
    assert(row, 'Tab reaches a verdict row');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.className === 'editor-input');
    const sel = await selectedRow(page);
    assert(sel.startsWith(`${row}: `), `Enter selected ${sel}, focused ${row}`);
    const labels = await page.$$eval('.verdict-marker', (ms) => ms.map((m) => m.getAttribute('aria-label')));
    assert(labels.length > 0, 'verdict markers');
    for (const l of labels) {
      assert(/^Line \d+, (heap|leaking parameter|parameter does not escape|stack|note): \d+:\d+: /.test(l), `marker label: ${l}`);
    }
    const heapLabel = await page.getAttribute('.verdict-marker[data-kind="heap"]', 'aria-label');
    assert(/^Line (\d+), heap: \1:\d+: .*(escapes to heap|moved to heap)/.test(heapLabel), heapLabel);
  });

  await check('keyboard: ? (outside the editor) and the Shortcuts button open the shortcuts list; Esc closes it', async () => {
    await page.focus('#panel-escape');
    await page.keyboard.press('Shift+Slash');
    const dialog = page.locator('.shortcuts[role=dialog]');
    await dialog.waitFor();
    eq(await page.evaluate(() => document.activeElement?.className), 'shortcuts-close', 'Close button focused');
    const text = await dialog.textContent();
    for (const k of ['F8', 'Shift+F8', 'Alt+↓', 'Alt+↑', 'Esc', '?']) assert(text.includes(k), `lists ${k}`);
    await page.keyboard.press('Tab');
    eq(await page.evaluate(() => document.activeElement?.className), 'shortcuts-close', 'Tab stays in the dialog');
    await page.screenshot({ path: join(outDir, 'keyboard-shortcuts.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    eq(await page.evaluate(() => document.activeElement?.id), 'panel-escape', 'focus returns where it was');
    await page.click('.shortcuts-button');
    await dialog.waitFor();
    await page.click('.shortcuts-close');
    await dialog.waitFor({ state: 'detached' });
    // In the editor `?` is just typed.
    await select(page, 0);
    await page.keyboard.press('Shift+Slash');
    eq(await page.locator('.shortcuts').count(), 0, 'no dialog from the editor');
    assert((await editorValue(page)).startsWith('?'), 'typed a ?');
    await page.keyboard.press('Control+Z');
  });

  await check('escape: type errors show like syntax errors, with no verdicts', async () => {
    // go1.27.3: ./main.go:4:14: cannot use "s" (untyped string constant) as int value in variable declaration
    await setSource(page, 'package main\n\nfunc main() {\n\tvar x int = "s"\n\t_ = x\n}\n');
    await fresh(page);
    const p = await problems(page);
    eq(p.map((x) => x.text).join('|'), '4:14: cannot use "s" (untyped string constant) as int value in variable declaration', 'problems');
    eq(await page.locator('#panel-escape [data-state="type-errors"]').count(), 1, 'pane state');
    eq(await page.locator('.verdict-row').count(), 0, 'no verdicts');
    eq(await page.locator('.diag-underline').count() > 0, true, 'underlined like a syntax error');
  });

  await check('escape: analysis time in the browser (starter, 300 lines)', async () => {
    const parts = ['package main\n\nimport "fmt"\n\ntype point struct{ x, y int }\n'];
    for (let i = 0; parts.join('').split('\n').length < 295; i++) {
      parts.push(`\nfunc newPoint${i}(x, y int) *point {\n\tp := point{x, y}\n\treturn &p\n}\n\nfunc count${i}(words []string) int {\n\tm := make(map[string]int)\n\tfor _, w := range words {\n\t\tm[w]++\n\t}\n\treturn len(m)\n}\n\nfunc show${i}(x int) {\n\tfmt.Println(x, newPoint${i}(x, x).y, count${i}(nil))\n}\n`);
    }
    parts.push('\nfunc main() {\n\tshow0(1)\n}\n');
    const big = parts.join('');
    const lines = big.split('\n').length;
    const timings = await page.evaluate(([s, b]) => ({
      starter: window.wasmBindings.bench_escape(s, 20, false), big: window.wasmBindings.bench_escape(b, 10, false),
      bigInline: window.wasmBindings.bench_escape(b, 10, true),
    }), [starter, big]);
    // In the page: keystroke → fresh verdicts (includes the 150 ms debounce).
    await setSource(page, big);
    await fresh(page);
    const n = await page.locator('.verdict-row').count();
    assert(n > 50, `300-line file has verdicts (${n})`);
    const t0 = await page.evaluate(() => performance.now());
    await page.focus(EDITOR);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ');
    await page.waitForSelector('.escape-pane[data-fresh="false"]', { timeout: 2000 }).catch(() => {});
    await fresh(page);
    const t1 = await page.evaluate(() => performance.now());
    const paneMs = Number(await page.getAttribute('.escape-timing', 'data-escape-ms'));
    metrics.escape = { starterMs: { median: median(timings.starter), p90: pct(timings.starter, 0.9) },
      big: { lines, verdicts: n, medianMs: median(timings.big), p90: pct(timings.big, 0.9) },
      bigInliningOn: { medianMs: median(timings.bigInline), p90: pct(timings.bigInline, 0.9) },
      keystrokeToVerdictsMs: Math.round(t1 - t0), lastRunMs: paneMs };
    assert(median(timings.big) < 150, `escape analysis of ${lines} lines too slow: ${median(timings.big)} ms`);
    await page.keyboard.press('Backspace');
    // Re-analysis latency while typing in the middle of the 300 lines (in a comment, so every
    // run is a full analysis with verdicts): keystroke → next frame, and the debounced escape
    // run → rendered verdicts (`escapade:escape`) → next frame (`escapade:escape-frame`).
    await fresh(page);
    await select(page, big.indexOf('func show10'));
    await page.keyboard.type('// note\n');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await fresh(page);
    const st = (xs) => ({ n: xs.length, median: +median(xs).toFixed(1), p95: +pct(xs, 0.95).toFixed(1), max: +Math.max(...xs).toFixed(1) });
    // The floor: a frame with nothing to do (rAF, then a task), as the keystroke is measured.
    const floor = [];
    for (let i = 0; i < 20; i++) {
      floor.push(await page.evaluate(async () => {
        const t0 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      }));
    }
    metrics.reanalysis300 = { lines, frameFloorMs: st(floor), targetP95Ms: 16 };
    // Inlining off (-l, as the checks above left it), then on (the default; the inliner model
    // refuses this file today: an inlined call's result in a printed line, so each run is one
    // type check, the -l analysis with -m=2 that is shown, and the inliner's attempt).
    for (const mode of ['inliningOff', 'inliningOn']) {
      await page.evaluate(() => performance.clearMeasures());
      const keyFrame = [];
      const markers = [];
      for (let i = 0; i < 60; i++) {
        const before = await page.evaluate(() => performance.getEntriesByName('escapade:escape-frame').length);
        const k = await page.evaluate(async () => {
          const t0 = performance.now();
          document.execCommand('insertText', false, 'x');
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return { ms: performance.now() - t0, markers: document.querySelectorAll('.verdict-marker').length };
        });
        keyFrame.push(k.ms);
        markers.push(k.markers);
        await page.waitForFunction((n) => performance.getEntriesByName('escapade:escape-frame').length > n, before);
      }
      const [run, frame] = await page.evaluate(() => ['escapade:escape', 'escapade:escape-frame']
        .map((n) => performance.getEntriesByName(n).map((e) => e.duration)));
      metrics.reanalysis300[mode] = { keystrokeToNextFrameMs: st(keyFrame), escapeRunToRenderedMs: st(run),
        escapeRunToNextFrameMs: st(frame), hostLoadAvg1m: +(await import('node:os')).loadavg()[0].toFixed(1) };
      assert(run.length >= 60 && frame.length >= 60, `measures: ${run.length} / ${frame.length}`);
      // Markers stay while the new verdicts are computed (no blinking while typing).
      assert(Math.min(...markers) > 50, `verdict markers right after a keystroke: ${Math.min(...markers)}`);
      // Targets are reported above; the guard catches regressions on a busy host.
      assert(median(keyFrame) <= 250, `keystroke → frame median ${median(keyFrame)} ms`);
      if (mode === 'inliningOff') {
        await page.click('.inline-toggle input');
        await fresh(page);
        await page.focus(EDITOR);
      }
    }
  });

  await check('typing behind the Escape pane runs no program; the Output pane runs it when shown', async () => {
    await page.click('#tab-output');
    const prog = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("shown", 1)\n}\n';
    await setSource(page, prog);
    await page.waitForFunction(() => document.querySelector('.mv-output-pane')?.textContent.includes('shown 1'));
    await page.click('#tab-escape');
    const seq = await page.getAttribute('.mv-output-pane', 'data-run');
    await setSource(page, prog.replace('"shown", 1', '"shown", 2'));
    await fresh(page);
    await page.waitForTimeout(900); // past the run's 400 ms debounce
    eq(await page.getAttribute('.mv-output-pane', 'data-run'), seq, 'no run while the Output and Map panes are hidden');
    await page.click('#tab-output');
    await page.waitForFunction(() => document.querySelector('.mv-output-pane')?.textContent.includes('shown 2'),
      null, { timeout: 3000 });
    await page.click('#tab-escape');
  });

  await check('dark mode follows prefers-color-scheme', async () => {
    await setSource(page, starter.replace('func sum(', 'func sum(('));
    await page.emulateMedia({ colorScheme: 'dark' });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lum = bg.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / (3 * 255);
    assert(lum < 0.2, `dark background expected, got ${bg}`);
    await noHorizontalOverflow(page, 'desktop dark');
    await page.screenshot({ path: join(outDir, 'desktop-dark-error.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await check('phone width: panes stack under a usable editor, no horizontal overflow', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await noHorizontalOverflow(page, 'phone light');
    const [ed, panes] = await page.evaluate(() => [
      document.querySelector('.editor').getBoundingClientRect().toJSON(),
      document.querySelector('.panes').getBoundingClientRect().toJSON(),
    ]);
    assert(ed.width >= 380 && ed.height >= 300, `editor too small: ${JSON.stringify(ed)}`);
    assert(panes.top >= ed.bottom, 'panes should be below the editor');
    // Still editable at this width.
    await page.focus(EDITOR);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('// phone');
    assert((await editorValue(page)).endsWith('// phone'), 'typing on phone width');
    await page.screenshot({ path: join(outDir, 'phone-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await noHorizontalOverflow(page, 'phone dark');
    await page.screenshot({ path: join(outDir, 'phone-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await check('1,000-line file: per-keystroke analysis time', async () => {
    const parts = ['package main\n\nimport "fmt"\n\ntype point struct{ x, y int }\n'];
    let n = 0;
    while (parts.join('').split('\n').length < 1000) {
      parts.push(`
// f${n} returns a pointer to a local when n is large.
func f${n}(n int) *point {
	p := point{n, n * ${n + 2}}
	if n > ${n % 10} {
		return &p
	}
	m := make(map[string]int, ${n % 8})
	m["k${n}"] = n
	fmt.Println(len(m), "é${n}")
	return nil
}
`);
      n++;
    }
    parts.push('\nfunc main() {\n\t_ = f0(1)\n}\n');
    const big = parts.join('');
    const lines = big.split('\n').length;
    assert(lines >= 1000 && lines < 1020, `generated ${lines} lines`);
    await setSource(page, big);
    eq(await page.locator('.problems-count').textContent(), '0', 'generated file parses');
    // Real keystrokes in the middle of the file; timings come from the app's status bar.
    await select(page, big.indexOf('func f40'));
    const analyse = [];
    const analyzeOnly = [];
    const viewOnly = [];
    const syncMs = [];
    const keyToFrame = [];
    for (let i = 0; i < 30; i++) {
      const t = await page.evaluate(async (i) => {
        const ta = document.querySelector('textarea.editor-input');
        const t0 = performance.now();
        document.execCommand('insertText', false, i % 2 ? ' ' : '/');
        const t1 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const s = document.querySelector('.status-timing').dataset;
        return { sync: t1 - t0, frame: performance.now() - t0, analyze: Number(s.analyzeMs),
          view: Number(s.viewMs), analyse: Number(s.analyzeMs) + Number(s.viewMs) };
      }, i);
      analyse.push(t.analyse);
      analyzeOnly.push(t.analyze);
      viewOnly.push(t.view);
      syncMs.push(t.sync);
      keyToFrame.push(t.frame);
    }
    const bench = await page.evaluate((s) => Array.from(window.wasmBindings.bench_analyze(s, 30)), big);
    metrics.bigFile = { lines, bytes: Buffer.byteLength(big) };
    metrics.keystrokeAnalysisMs = { median: median(analyse), p90: pct(analyse, 0.9), max: Math.max(...analyse) };
    metrics.keystrokeSplitMs = { analyze: median(analyzeOnly), viewModel: median(viewOnly),
      inputHandler: median(syncMs) };
    metrics.keystrokeToNextFrameMs = { median: median(keyToFrame), p90: pct(keyToFrame, 0.9) };
    metrics.benchAnalyzeMs = { median: median(bench), min: Math.min(...bench), p90: pct(bench, 0.9) };
    // The view follows the caret: Ctrl+End then Enter must show the caret's line.
    await page.focus(EDITOR);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('var z = 1');
    await caretLineVisible(page, 'after Ctrl+End and typing');
    await page.keyboard.press('Control+Home');
    await caretLineVisible(page, 'after Ctrl+Home');
    // A problem far down the file: clicking it scrolls the editor to it.
    const far = (await problems(page)).find((p) => p.line > 100);
    assert(far, 'a problem far down the file');
    await page.locator(`.problems-list .problem[data-line="${far.line}"]`).first().click();
    await caretLineVisible(page, `after clicking the problem on line ${far.line}`);
    await page.screenshot({ path: join(outDir, 'large-file.png') });
    assert(median(analyse) < 50, `analysis too slow: ${median(analyse)} ms`);
  });

  await check('odd input never breaks the page', async () => {
    const inputs = [
      '\u0000\u0001 package 😀 main\r\n\t}}}{{{ "unterminated',
      'package p\nfunc (((((((((((((((((((((',
      'package p\nvar s = `raw\n string',
      `package p\n// ${'世'.repeat(5000)}\nvar x = 'é`,
      '',
      '\n\n\n',
    ];
    for (const src of inputs) {
      await page.focus(EDITOR);
      await page.$eval(EDITOR, (t, text) => {
        t.select();
        if (text) document.execCommand('insertText', false, text);
        else document.execCommand('delete');
      }, src);
      const value = await editorValue(page);
      await page.waitForFunction((v) => [...document.querySelectorAll('.editor-highlight .code-line')]
        .map((l) => l.textContent).join('\n') === v, value);
      eq(Number(await page.locator('.problems-count').textContent()),
        await page.locator('.problems-list .problem').count(), 'problem count matches the list');
    }
    await page.keyboard.press('Control+Z');
  });

  // ------------------------------------------------------------ share links and saved sessions
  const origin = url.replace(/\/$/, '');
  const shareCode = 'package main\n\nfunc leak() *int {\n\tx := 42 // shared 世界\n\treturn &x\n}\n\nfunc main() { _ = leak() }\n';
  /** A fresh tab in the same profile, with its own console-error tracking. */
  async function openPage(address, init) {
    const p = await ctx.newPage();
    p.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`[tab] ${m.text()}`); });
    p.on('pageerror', (e) => consoleErrors.push(`[tab] pageerror: ${e.message}`));
    if (init) await p.addInitScript(init);
    await p.goto(address);
    await p.waitForSelector('.editor-highlight .code-line', { timeout: 20000 });
    return p;
  }
  const selectedPane = (p) => p.$eval('[role=tab][aria-selected=true]', (t) => t.textContent.trim());

  await check('share: Copy link → a new page restores the code, Go version and pane', async () => {
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await setSource(page, shareCode);
    await page.selectOption('.version-picker select', '1.23');
    await page.click('[role=tab]:has-text("Output")');
    await page.click('.share-button');
    await page.waitForSelector('.share-status:has-text("copied")');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    eq(await page.$eval('.share-link', (i) => i.value), link, 'the field shows the copied link');
    assert(link.startsWith(`${url}#v2.`), `link format: ${link.slice(0, 60)}`);
    assert(/^[A-Za-z0-9_-]+$/.test(link.split('#v2.')[1]), 'base64url body');
    await page.screenshot({ path: join(outDir, 'share-copied.png') });
    metrics.shareLink = { chars: link.length, sourceBytes: Buffer.byteLength(shareCode) };
    const p2 = await openPage(link);
    try {
      eq(await editorValue(p2), shareCode, 'restored code');
      eq(await p2.$eval('.version-picker select', (s) => s.value), '1.23', 'restored Go version');
      eq(await selectedPane(p2), 'Output', 'restored pane');
      eq(await p2.evaluate(() => location.hash), '', 'the fragment is dropped after loading');
      eq(await p2.locator('.notice').count(), 0, 'no error notice');
    } finally {
      await p2.close();
    }
    await page.click('.share-close');
    eq(await page.locator('.share-panel').count(), 0, 'share panel closes');
  });

  await check('share: a link made before the inlining switch (v1) still opens, with inlining off', async () => {
    const { deflateRawSync } = await import('node:zlib');
    const payload = `go=1.27\npane=escape\nfilter=heap\ntab=verdicts\n\n${shareCode}`;
    const body = deflateRawSync(Buffer.from(payload)).toString('base64url');
    const p = await openPage(`${url}#v1.${body}`);
    try {
      eq(await editorValue(p), shareCode, 'restored code');
      eq(await p.isChecked('.inline-toggle input'), false, 'inlining off, as the page was then');
      eq(await p.getAttribute('.filter[data-filter="heap"]', 'aria-pressed'), 'true', 'filter restored');
      eq(await p.locator('.notice').count(), 0, 'no error notice');
    } finally {
      await p.close();
    }
  });

  await check('share: a corrupted or unknown link shows a dismissable message over the default example', async () => {
    const saved = await page.evaluate(() => localStorage.getItem('escapade:session'));
    assert(saved, 'a saved session exists before');
    for (const frag of ['#v1.AAAAnot-deflate', '#v9.abc', `#v1.${'A'.repeat(70000)}`]) {
      const p = await openPage(url + frag);
      try {
        const msg = await p.locator('.notice[role=alert]').textContent();
        assert(msg.includes('could not be opened'), `message for ${frag.slice(0, 12)}: ${msg}`);
        eq(await editorValue(p), starter, 'default example loaded');
        if (frag === '#v1.AAAAnot-deflate') await p.screenshot({ path: join(outDir, 'share-bad-link.png') });
        await p.click('.notice-dismiss');
        eq(await p.locator('.notice').count(), 0, 'dismissed');
        await p.waitForTimeout(400);
        eq(await p.evaluate(() => localStorage.getItem('escapade:session')), saved,
          'a bad link does not overwrite the saved session');
      } finally {
        await p.close();
      }
    }
  });

  await check('share: pasting a link into an open page (hashchange) restores it; a bad one keeps the code', async () => {
    const link = `#${await page.evaluate(() => localStorage.getItem('escapade:session'))}`;
    const p = await openPage(url);
    try {
      const before = 'package main\n\nfunc main() {}\n';
      await setSource(p, before);
      await p.evaluate(() => { location.hash = '#v1.broken'; });
      await p.waitForSelector('.notice:has-text("Your code is unchanged")');
      eq(await editorValue(p), before, 'code kept after a bad link');
      await p.evaluate((h) => { location.hash = h; }, `#${link.split('#')[1]}`);
      await p.waitForFunction((v) => document.querySelector('textarea.editor-input')?.value === v, shareCode);
      eq(await p.locator('.notice').count(), 0, 'notice cleared by a good link');
      eq(await p.evaluate(() => location.hash), '', 'fragment dropped');
    } finally {
      await p.close();
    }
  });

  await check('session: a reload keeps the edited code and choices', async () => {
    const edited = shareCode.replace('42', '43');
    await setSource(page, edited);
    await page.waitForFunction(() => {
      try { return (localStorage.getItem('escapade:session') ?? '').length > 0; } catch { return false; }
    });
    await page.waitForTimeout(400); // the save debounce (300 ms) after the last change
    await page.reload();
    await page.waitForFunction((v) => document.querySelector('textarea.editor-input')?.value === v, edited,
      { timeout: 20000 });
    eq(await page.$eval('.version-picker select', (s) => s.value), '1.23', 'version kept');
    eq(await selectedPane(page), 'Output', 'pane kept');
  });

  await check('share: works without storage (throwing localStorage) and without a clipboard', async () => {
    const p = await openPage(`${url}#${(await page.evaluate(() => localStorage.getItem('escapade:session')))}`, () => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
      Object.defineProperty(Navigator.prototype, 'clipboard', { get() { return undefined; } });
    });
    try {
      eq(await editorValue(p), shareCode.replace('42', '43'), 'link restored without storage');
      await p.click('.share-button');
      await p.waitForSelector('.share-status:has-text("unavailable")');
      const field = await p.$eval('.share-link', (i) => i.value);
      assert(field.startsWith(`${url}#v2.`), 'the link is shown to copy by hand');
      await p.focus('.share-link');
      eq(await p.evaluate(() => { const i = document.querySelector('.share-link'); return i.selectionEnd - i.selectionStart; }),
        field.length, 'focusing the field selects the whole link');
      await p.screenshot({ path: join(outDir, 'share-no-clipboard.png') });
    } finally {
      await p.close();
    }
  });

  await check('no console errors', async () => {
    eq(consoleErrors.length, 0, `console errors: ${consoleErrors.join(' | ')}`);
  });
} finally {
  await close();
}

finish();
