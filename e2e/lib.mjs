// Shared pieces of the browser tests (e2e/run.mjs, e2e/maps.mjs): a tiny static server, a tiny
// test runner, and Debian chromium launched headless with the options this machine needs.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';

// ---------------------------------------------------------------- static server
const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.go': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` on a free loopback port; resolves to the listening server. */
export function serve(dir) {
  return serveWith(dir);
}

/**
 * Like `serve`, with options: `prefix` (the files are served under this path, e.g.
 * `/some/sub/path/`; other paths are 404), `headers` (added to every file response, e.g. a
 * Content-Security-Policy), `pages` (path → HTML text served instead of files, e.g. a host
 * page for an iframe) and `log` (an array receiving every requested path).
 */
export function serveWith(dir, { prefix = '/', headers = {}, pages = {}, log = null } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      log?.push(path);
      if (Object.hasOwn(pages, path)) {
        res.writeHead(200, { 'content-type': MIME['.html'], 'cache-control': 'no-store' });
        res.end(pages[path]);
        return;
      }
      if (!path.startsWith(prefix)) throw new Error('outside the prefix');
      let file = normalize(join(dir, path.slice(prefix.length - 1)));
      if (file !== dir && !file.startsWith(dir + sep)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---------------------------------------------------------------- tiny test runner
export const results = { passed: 0, failed: 0 };
export const metrics = {};

export async function check(name, fn) {
  try {
    await fn();
    results.passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    results.failed++;
    console.log(`FAIL ${name}\n     ${String(e?.stack ?? e).split('\n').slice(0, 4).join('\n     ')}`);
  }
}
export function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
export function eq(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** Prints the metrics and the `N passed, N failed` line, and exits (non-zero on a failure). */
export function finish() {
  console.log(`metrics ${JSON.stringify(metrics)}`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exit(results.failed ? 1 : 0);
}

// ---------------------------------------------------------------- browser
export const EDITOR = 'textarea.editor-input';

/**
 * Serves `distDir` and opens it in Debian's chromium (headless, fresh profile). Returns the
 * page, its URL, the console errors seen so far (a live array) and `close()`.
 */
export async function openApp(distDir, { viewport, profilePrefix }) {
  const server = await serve(distDir);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const executablePath = execFileSync('which', ['chromium']).toString().trim();
  const profile = mkdtempSync(join(tmpdir(), profilePrefix));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport,
    colorScheme: 'light',
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => consoleErrors.push(`requestfailed: ${r.url()}`));
  const close = async () => {
    await ctx.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { server, url, ctx, page, consoleErrors, close };
}
