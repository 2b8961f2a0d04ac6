// End-to-end test of the classroom features (issue #10) in headless Chromium: an escape
// exercise answered with some wrong answers (score and reveal), a map prediction checked
// against the animation, a pack loaded from another origin (CORS) and refused ones, teacher
// mode's exercise link, the HTML/SVG exports, and the script-tag widget upgrading two blocks.
//
//   node e2e/classroom.mjs [DIST_DIR] [OUT_DIR]        (defaults: dist, e2e/out)
//
// Right answers for escape questions are read from www/exercises/goldens/ (what the real
// go1.27.3 compiler prints for each starter, scripts/exercise-goldens.sh); map answers are the
// ones the page reveals, checked against the animation frame it shows.

import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assert, check, eq, finish, metrics, openApp } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const distDir = resolve(process.argv[2] ?? join(root, 'dist'));
const outDir = resolve(process.argv[3] ?? join(here, 'out'));
mkdirSync(outDir, { recursive: true });

const pack = JSON.parse(readFileSync(join(root, 'www/exercises/basics.json'), 'utf8'));
const golden = (id, ver = '127') =>
  readFileSync(join(root, `www/exercises/goldens/basics.${id}.m-l.go${ver}.txt`), 'utf8').trim().split('\n');
/** The real compiler's class for the verdict at LINE:COL: 'heap' or 'stack'. */
function realClass(id, at) {
  const line = golden(id).find((l) => l.startsWith(`main.go:${at}: `) && /(escapes to heap$|: moved to heap: |does not escape$)/.test(l));
  assert(line, `${id}: no real verdict at ${at}`);
  return { line, cls: /does not escape$/.test(line) ? 'stack' : 'heap' };
}

/** A second origin: a pack with CORS, one without, a broken one, and a blog page with the widget. */
function otherOrigin(appUrl) {
  const good = JSON.stringify({
    format: 'escapade-pack/1', title: 'Remote pack over CORS',
    exercises: [{ id: 'r1', title: 'Remote: a returned pointer', go: '1.27',
      starter: 'package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() {\n\t_ = f()\n}\n',
      questions: [{ kind: 'escape', at: '4:2', expr: 'x', why: true }] }],
  });
  const blog = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>A blog post</title></head><body>
<h1>Escape analysis, explained</h1><p>First snippet:</p>
<pre class="escapade" data-go="1.27" data-view="escape">
package main

func f() *int {
	x := 1
	return &x
}

func main() {
	_ = f()
}
</pre>
<div style="height:2600px">Lots of text between the two snippets.</div>
<pre class="escapade" data-go="1.23" data-view="escape" data-height="300">
package main

import "fmt"

func main() {
	s := make([]int, 0, 8)
	fmt.Println(len(s))
}
</pre>
<script src="${appUrl}embed.js"></script></body></html>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const send = (status, type, body, extra = {}) => { res.writeHead(status, { 'content-type': type, ...extra }); res.end(body); };
    if (path === '/pack.json') send(200, 'application/json', good, { 'access-control-allow-origin': '*' });
    else if (path === '/nocors.json') send(200, 'application/json', good);
    else if (path === '/bad.json') send(200, 'application/json', '{"format":"escapade-pack/1","title":"x","exercises":[{"title":"t","starter":"package main","questions":[{"kind":"guess"}]}]}', { 'access-control-allow-origin': '*' });
    else if (path === '/blog.html') send(200, 'text/html; charset=utf-8', blog);
    else send(404, 'text/plain', 'not found');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const { url, page, consoleErrors, close } = await openApp(distDir, {
  viewport: { width: 1400, height: 1000 },
  profilePrefix: 'escapade-classroom-e2e-',
});
const other = await otherOrigin(url);
const otherUrl = `http://127.0.0.1:${other.address().port}`;

const exIndex = (id) => pack.exercises.findIndex((e) => e.id === id) + 1;
async function openExercise(id) {
  await page.goto(`${url}?exercises&ex=${exIndex(id)}`);
  await page.waitForSelector(`.cr-exercise[data-exercise="${id}"]`, { timeout: 30000 });
}
const q = (n) => `.cr-question[data-q="${n}"]`;

try {
  await check('escape exercise: keyboard-only answers with one wrong; Check scores it and reveals the real verdicts', async () => {
    const id = 'closures';
    const t0 = Date.now();
    await openExercise(id);
    metrics.exercise_open_ms = Date.now() - t0;
    const ex = pack.exercises.find((e) => e.id === id);
    const real = ex.questions.map((qq) => realClass(id, qq.at));
    eq(await page.locator('.cr-question').count(), ex.questions.length, 'one fieldset per question');
    eq(await page.locator('.cr-code .cr-site').count(), ex.questions.length, 'asked sites marked in the code');
    // Nothing revealed before Check.
    eq(await page.locator('.cr-reveal').count(), 0, 'answers hidden');
    assert(!(await page.textContent('.classroom')).includes('escapes to heap'), 'no verdict text before Check');
    // Q1 wrong, the others right; no reasons chosen (those points are lost). Keyboard only:
    // focus the radio group's first radio, arrows move and select.
    for (let n = 0; n < ex.questions.length; n++) {
      const want = n === 0 ? (real[n].cls === 'heap' ? 'stack' : 'heap') : real[n].cls;
      await page.focus(`${q(n)} input[type=radio][value="stack"]`);
      await page.keyboard.press('Space');
      if (want === 'heap') await page.keyboard.press('ArrowRight');
      eq(await page.$eval(`${q(n)} input[type=radio]:checked`, (r) => r.value), want, `Q${n + 1} selected by keyboard`);
    }
    await page.focus('.cr-check');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.cr-reveal');
    const whyQs = ex.questions.filter((qq, n) => qq.why && real[n].cls === 'heap').length;
    const total = ex.questions.length + whyQs;
    eq(await page.textContent('.cr-score'), `Score: ${ex.questions.length - 1} / ${total}`, 'score');
    for (let n = 0; n < ex.questions.length; n++) {
      const gc = await page.textContent(`${q(n)} .cr-gc code`);
      eq(gc, real[n].line, `Q${n + 1} reveals gc's line (as the real compiler prints it)`);
      const cls = await page.getAttribute(`${q(n)} .cr-reveal`, 'class');
      if (n === 0) assert(cls.includes('cr-wrong'), `Q1 marked wrong: ${cls}`);
    }
    // Heap answers with a reason show the analyzer's -m=2 reason and flow.
    assert(await page.locator('.cr-why-answer').count() === whyQs, 'a reason per heap why-question');
    assert(await page.locator('.cr-flow li').count() > 0, 'the -m=2 flow is listed');
    // Progress is kept (localStorage) and shown in the picker.
    const opt = await page.$eval('.cr-exercise-select', (s) => s.options[s.selectedIndex].textContent);
    assert(opt.includes(`best ${ex.questions.length - 1}/${total}`), `progress in the picker: ${opt}`);
    await page.screenshot({ path: join(outDir, 'classroom-escape-reveal.png'), fullPage: true });
    await page.reload();
    await page.waitForSelector(`.cr-exercise[data-exercise="${id}"]`);
    const opt2 = await page.$eval('.cr-exercise-select', (s) => s.options[s.selectedIndex].textContent);
    assert(opt2.includes('best'), `progress survives a reload: ${opt2}`);
  });

  await check('map exercise: wrong predictions score 0, the revealed answers score full, the animation shows the growth', async () => {
    const id = 'map-growth-classic';
    await openExercise(id);
    const n = pack.exercises.find((e) => e.id === id).questions.length;
    for (let i = 0; i < n; i++) await page.fill(`${q(i)} input.cr-answer`, '999');
    await page.click('.cr-check');
    await page.waitForSelector('.cr-reveal');
    eq(await page.textContent('.cr-score'), `Score: 0 / ${n}`, 'all wrong');
    const answers = await page.$$eval('.cr-reveal > p:first-child', (ps) => ps.map((p) => (p.textContent.match(/answer: (\S+)/) ?? [])[1]));
    eq(answers.length, n, 'every question revealed');
    // Growth answers are increasing insert numbers; each reveal quotes the simulator's event.
    const grow = answers.slice(0, 4).map(Number);
    assert(grow.every((g, i) => i === 0 || g > grow[i - 1]), `growth points increase: ${grow}`);
    const events = await page.$$eval('.cr-gc code', (cs) => cs.map((c) => c.textContent));
    assert(events.slice(0, 4).every((e) => e.startsWith('grow double (load factor) B ')), events.join(' | '));
    // The animation: "Show in the animation" seeks to the op of question 2; its frame is that op.
    await page.click(`${q(1)} .cr-show-op`);
    await page.waitForSelector('.cr-map .mv-board, .cr-map .mv-classic', { timeout: 20000 });
    const op = await page.$eval('.cr-map', (m) => m.querySelector('.mv-op')?.textContent ?? '');
    assert(op.includes(`op ${grow[1]} /`), `animation at insert ${grow[1]}: ${op}`);
    // Stepping through that op's micro-steps reaches its growth event.
    let said = '';
    for (let k = 0; k < 80 && !/grow/.test(said); k++) {
      await page.click('.cr-map button.mv-step');
      said = await page.$eval('.cr-map', (m) => (m.querySelector('.mv-event')?.textContent ?? '') + (m.querySelector('.mv-say')?.textContent ?? ''));
    }
    assert(/grow/.test(said), `stepping reaches the growth: ${said}`);
    await page.screenshot({ path: join(outDir, 'classroom-map-reveal.png'), fullPage: true });
    // The frame can be exported as SVG from here.
    const href = await page.getAttribute('.cr-frame-svg', 'href');
    const svg = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    assert(svg.startsWith('<svg') && svg.includes('class="key"'), 'map frame SVG with keys');
    // Try again with the revealed answers: full score.
    await page.click('.cr-retry');
    for (let i = 0; i < n; i++) await page.fill(`${q(i)} input.cr-answer`, answers[i]);
    await page.click('.cr-check');
    eq(await page.textContent('.cr-score'), `Score: ${n} / ${n}`, 'revealed answers score full');
  });

  await check('map exercise (Swiss split, X/Y halves): predictions graded from the simulator', async () => {
    await openExercise('evacuation-xy');
    await page.fill(`${q(0)} input.cr-answer`, '1');
    for (let i = 1; i < 4; i++) await page.check(`${q(i)} input[value="X"]`);
    await page.click('.cr-check');
    await page.waitForSelector('.cr-reveal');
    const halves = await page.$$eval('.cr-reveal > p:first-child', (ps) => ps.slice(1).map((p) => (p.textContent.match(/answer: (\S+)/) ?? [])[1]));
    assert(halves.every((h) => h === 'X' || h === 'Y'), `halves ${halves}`);
    const evac = await page.$$eval('.cr-gc code', (cs) => cs.slice(1).map((c) => c.textContent));
    evac.forEach((e, i) => assert(e.includes(`-> ${halves[i]} b`), `reveal quotes the evacuation event: ${e}`));
    const want = halves.filter((h) => h === 'X').length;
    eq(await page.textContent('.cr-score'), `Score: ${want} / 4`, 'X answers scored');
    // Output question (iteration order): a multiple choice graded against the interpreter's output.
    await openExercise('iteration-order');
    await page.click('.cr-hint');
    eq(await page.locator('.cr-hints li').count(), 1, 'one hint shown per click');
    await page.check(`${q(0)} input[value="a"]`);
    await page.check(`${q(1)} input[value="stack"]`);
    await page.click('.cr-check');
    const first = await page.$eval(`${q(0)} .cr-reveal > p:first-child`, (p) => (p.textContent.match(/answer: (\S+)/) ?? [])[1]);
    assert(['a', 'b', 'c', 'd'].includes(first), `first key ${first}`);
    const real = realClass('iteration-order', '6:21').cls;
    eq(await page.textContent('.cr-score'), `Score: ${(first === 'a' ? 1 : 0) + (real === 'stack' ? 1 : 0)} / 2`, 'output + escape scored');
    await openExercise('swiss-split');
    await page.fill(`${q(0)} input.cr-answer`, '897');
    await page.click('.cr-check');
    await page.waitForSelector('.cr-reveal');
    const ev = await page.textContent('.cr-gc code');
    assert(ev.includes('splits'), ev);
    metrics.swiss_split_answer = await page.$eval('.cr-reveal > p:first-child', (p) => (p.textContent.match(/answer: (\S+)/) ?? [])[1]);
  });

  await check('packs load from a URL on another origin (CORS); refused ones say why', async () => {
    await page.goto(`${url}?pack=${encodeURIComponent(`${otherUrl}/pack.json`)}`);
    await page.waitForSelector('.cr-exercise[data-exercise="r1"]', { timeout: 20000 });
    eq(await page.textContent('.cr-pack-title'), 'Remote pack over CORS', 'pack title');
    await page.check(`${q(0)} input[value="heap"]`);
    await page.selectOption(`${q(0)} .cr-why-select`, 'returned');
    await page.click('.cr-check');
    eq(await page.textContent('.cr-score'), 'Score: 2 / 2', 'x is moved to heap because it is returned (real gc: moved to heap: x)');
    await page.screenshot({ path: join(outDir, 'classroom-url-pack.png') });
    // Through the form: no CORS header → a clear error; a bad schema → the reason.
    await page.fill('.cr-url-input', `${otherUrl}/nocors.json`);
    await page.click('.cr-url button[type=submit]');
    await page.waitForFunction(() => /Could not load/.test(document.querySelector('.cr-error')?.textContent ?? ''));
    assert((await page.textContent('.cr-error')).includes('CORS'), await page.textContent('.cr-error'));
    await page.fill('.cr-url-input', `${otherUrl}/bad.json`);
    await page.click('.cr-url button[type=submit]');
    await page.waitForFunction(() => /unknown question kind/.test(document.querySelector('.cr-error')?.textContent ?? ''));
    await page.goto(`${url}?pack=javascript:alert(1)`);
    await page.waitForFunction(() => /only http\(s\) or relative/.test(document.querySelector('.cr-error')?.textContent ?? ''));
    // The shipped pack is also served as a static file (trunk copies www/exercises).
    const served = await page.evaluate(async () => (await fetch('exercises/basics.json')).json());
    eq(served.exercises.length, pack.exercises.length, 'exercises/basics.json served');
  });

  await check('teacher mode: chosen verdicts become an exercise link that opens as an exercise', async () => {
    await page.goto(url);
    await page.waitForSelector('.verdict-marker', { timeout: 30000 });
    await page.click('.cr-teacher-button');
    const boxes = page.locator('.cr-pick-verdict input[type=checkbox]');
    assert(await boxes.count() >= 2, 'askable verdicts listed');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.fill('.cr-title-input', 'My starter quiz');
    await page.click('.cr-make-link');
    const link = await page.inputValue('.cr-link');
    assert(link.includes('?exercise=x1.'), link);
    await page.screenshot({ path: join(outDir, 'classroom-teacher.png') });
    await page.goto(link);
    await page.waitForSelector('.cr-exercise[data-exercise="shared"]', { timeout: 30000 });
    eq(await page.textContent('.cr-pack-title'), 'My starter quiz', 'title carried');
    eq(await page.locator('.cr-question').count(), 2, 'two questions');
    await page.click('.cr-check');
    eq(await page.textContent('.cr-score'), 'Score: 0 / ' + (await page.$$eval('.cr-question', (qs) => qs.length + qs.filter((f) => f.querySelector('.cr-why-answer')).length)), 'unanswered scores 0');
    // A damaged link says so.
    await page.goto(`${url}?exercise=x1.AAAA`);
    await page.waitForFunction(() => /exercise link could not be opened/.test(document.querySelector('.cr-error')?.textContent ?? ''));
  });

  await check('export: standalone HTML and SVG carry every verdict of the starter (real go1.27.3 lines), no script', async () => {
    await page.goto(url);
    await page.waitForSelector('.verdict-marker', { timeout: 30000 });
    await page.click('.cr-export-button');
    const read = async (sel) => {
      const href = await page.getAttribute(sel, 'href');
      return decodeURIComponent(href.slice(href.indexOf(',') + 1));
    };
    const [html, svg] = [await read('.cr-export-html'), await read('.cr-export-svg')];
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const real = readFileSync(join(root, 'www/examples/starter.m-l.go127.txt'), 'utf8').trim().split('\n');
    for (const l of real) {
      const v = esc(l.replace(/^main\.go:/, ''));
      assert(svg.includes(v), `SVG lacks ${v}`);
      assert(html.includes(v), `HTML lacks ${v}`);
    }
    assert(!/<script/i.test(svg) && !/<script/i.test(html), 'no script');
    metrics.export_svg_bytes = svg.length;
    // Render the SVG alone: it is a valid image.
    const img = await page.evaluate(async (s) => {
      const i = new Image();
      i.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(s);
      await i.decode();
      return [i.naturalWidth, i.naturalHeight];
    }, svg);
    assert(img[0] > 200 && img[1] > 100, `SVG renders ${img}`);
    // The Map pane's current frame: same code, runtime, seed and frame, as SVG.
    await page.focus('.cr-export-svg');
    await page.keyboard.press('Escape');
    eq(await page.locator('.cr-export').count(), 0, 'Esc closes the export panel');
    await page.click('#tab-map');
    await page.waitForSelector('.mv-map-pane .mv-controls', { timeout: 20000 });
    await page.click('.mv-map-pane button.mv-next-op');
    await page.click('.mv-map-pane button.mv-next-op');
    await page.click('.mv-map-pane button.mv-step');
    const frame = Number(await page.getAttribute('.mv-map-pane', 'data-frame'));
    const say = await page.$eval('.mv-map-pane .mv-op', (e) => e.textContent);
    await page.click('.cr-export-button');
    const map = await read('.cr-export-map');
    assert(map.includes(`Frame ${frame + 1} of `), `map SVG is the frame on screen (${frame})`);
    const opNo = (say.match(/op (\d+) \//) ?? [])[1];
    assert(map.includes(`operation ${opNo} of`), `map SVG at operation ${opNo}`);
    metrics.export_map_svg_bytes = map.length;
    const shot = await page.context().newPage();
    await shot.setContent(`<body style="margin:0">${svg}</body>`);
    await shot.screenshot({ path: join(outDir, 'classroom-export-svg.png'), fullPage: true });
    await shot.close();
  });

  await check('script-tag widget upgrades two <pre class="escapade"> blocks into lazily loaded embeds', async () => {
    const blog = await page.context().newPage();
    const requests = [];
    blog.on('request', (r) => requests.push(r.url()));
    await blog.setViewportSize({ width: 1000, height: 800 });
    await blog.goto(`${otherUrl}/blog.html`);
    await blog.waitForFunction(() => document.querySelectorAll('iframe.escapade-embed').length === 2);
    eq(await blog.locator('pre.escapade:visible').count(), 0, 'the blocks are replaced');
    const srcs = await blog.$$eval('iframe.escapade-embed', (fs) => fs.map((f) => [f.getAttribute('src'), f.dataset.src]));
    assert(srcs[0][0]?.includes('embed=1'), `first embed loaded: ${srcs[0][0]}`);
    assert(!srcs[1][0] && srcs[1][1].includes('embed=1'), 'second embed waits until it nears the viewport');
    assert(srcs[1][1].includes('readonly=1') && srcs[1][1].includes('#v1.'), srcs[1][1]);
    const first = blog.frames().find((f) => f.url().includes('embed=1'));
    await first.waitForSelector('.verdict-marker', { timeout: 30000 });
    eq(await first.$eval('.verdict-marker', (m) => m.dataset.line), '4', 'moved to heap: x marked on line 4 in the embed');
    await blog.locator('iframe.escapade-embed').nth(1).scrollIntoViewIfNeeded();
    await blog.waitForFunction(() => !!document.querySelectorAll('iframe.escapade-embed')[1].getAttribute('src'));
    const second = await (async () => {
      for (let k = 0; k < 100; k++) {
        const f = blog.frames().filter((fr) => fr.url().includes('embed=1'));
        if (f.length === 2) return f[1];
        await blog.waitForTimeout(100);
      }
      throw new Error('second frame never loaded');
    })();
    await second.waitForSelector('textarea.editor-input', { timeout: 30000 });
    const code = await second.$eval('textarea.editor-input', (t) => t.value);
    assert(code.includes('make([]int, 0, 8)'), 'second block\'s code in its embed');
    // Auto-height: the embed reports its height and the widget applies it.
    await blog.waitForFunction(() => [...document.querySelectorAll('iframe.escapade-embed')].every((f) => !['360px', '300px'].includes(f.style.height)), null, { timeout: 20000 });
    metrics.widget_heights = await blog.$$eval('iframe.escapade-embed', (fs) => fs.map((f) => f.style.height));
    await blog.evaluate(() => window.scrollTo(0, 0));
    await blog.screenshot({ path: join(outDir, 'classroom-widget.png') });
    await blog.close();
  });

  await check('no console errors', async () => {
    const unexpected = consoleErrors.filter((e) => !/nocors\.json|CORS|Failed to fetch|ERR_FAILED|access-control|blocked by CORS/i.test(e));
    eq(unexpected.length, 0, `console errors: ${unexpected.join(' | ')}`);
  });
} finally {
  await close();
  other.close();
}
finish();
