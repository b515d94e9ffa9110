// End-to-end harness: serves the release build (dist/) on 127.0.0.1, starts Debian's Chromium
// through playwright-core, and guards the network. Every request is recorded; a request to
// another origin is aborted (so nothing ever leaves the machine) and makes the test fail.
import { createServer } from 'node:http';
import { readFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, extname, normalize, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'target', 'e2e-screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The built app served for every test of one file: started before them, closed after them. */
export function useDistServer() {
  const served = {};
  before(async () => {
    Object.assign(served, await serveDist());
  });
  after(async () => {
    await served.close?.();
  });
  return served;
}

/**
 * Serve dist/ on 127.0.0.1 at a free port. Resolves to { origin, close }. `overrides` maps a
 * path ("/config.json") to the text to serve instead, to null for a 404, or to a function
 * (req, res) that answers the request itself.
 */
export async function serveDist(overrides = {}) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `make build` first');
  }
  const server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url, 'http://127.0.0.1').pathname;
      if (path in overrides) {
        if (overrides[path] === null) throw new Error('removed for this test');
        if (typeof overrides[path] === 'function') return overrides[path](req, res);
        res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'text/plain', 'Cache-Control': 'no-store' });
        res.end(overrides[path]);
        return;
      }
      const file = normalize(join(DIST, path === '/' ? 'index.html' : decodeURIComponent(path)));
      if (!file.startsWith(DIST)) throw new Error('outside dist');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('nicht gefunden');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Start Chromium with a fresh profile and a network guard for `origin`.
 * Returns { context, page, guard, close }; guard.requests lists every request seen,
 * guard.foreign those to another origin (all aborted), guard.errors console errors and
 * uncaught page errors.
 */
export async function openBrowser(origin) {
  const profile = await mkdtemp(join(tmpdir(), 'antragssimulator-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'de-DE',
  });
  const guard = { requests: [], foreign: [], errors: [], loaded: false };
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = request.url();
    const sameOrigin = url.startsWith(origin + '/') || url === origin;
    const entry = { url, method: request.method(), afterLoad: guard.loaded };
    guard.requests.push(entry);
    if (!sameOrigin && !url.startsWith('data:') && !url.startsWith('blob:')) {
      guard.foreign.push(entry);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (msg) => {
    if (msg.type() === 'error') guard.errors.push(msg.text());
  });
  page.on('pageerror', (err) => guard.errors.push(String(err)));
  return {
    context,
    page,
    guard,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Load the app and wait until it has rendered; marks the end of the first load in the guard. */
export async function loadApp(page, guard, origin) {
  await page.goto(origin + '/', { waitUntil: 'load' });
  await appReady(page, guard);
}

/**
 * Wait until the app has rendered, its service worker has cached every file and is active, and the
 * network is quiet; from then on no request may happen. (The worker's caching belongs to the first
 * load: on a slow machine it can outlast a quiet network moment.)
 */
export async function appReady(page, guard) {
  await page.waitForSelector('main h1', { timeout: 15000 });
  await workerActivated(page);
  await page.waitForLoadState('networkidle');
  guard.loaded = true;
}

/** Resolves to the service worker's state once it is active (or after 15 s, with the state then). */
export async function workerActivated(page) {
  return page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return 'unsupported';
    const timeout = new Promise((resolve) => setTimeout(resolve, 15000));
    const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
    const worker = registration?.active;
    if (!worker) return 'none';
    if (worker.state !== 'activated') {
      const activated = new Promise((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
      await Promise.race([activated, timeout]);
    }
    return worker.state;
  });
}

export async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Problems with the recorded traffic: foreign origins, non-GET methods, requests after load. */
export function trafficProblems(guard) {
  const problems = [];
  for (const r of guard.foreign) problems.push(`request to another origin: ${r.method} ${r.url}`);
  for (const r of guard.requests) {
    if (r.method !== 'GET') problems.push(`non-GET request: ${r.method} ${r.url}`);
    if (r.afterLoad) problems.push(`request after the first load: ${r.method} ${r.url}`);
  }
  return problems;
}

/** Type a date into the day, month and year fields of the date question `id`. */
export async function fillDate(page, id, day, month, year) {
  await page.fill(`#${id}`, day);
  await page.fill(`#${id}-monat`, month);
  await page.fill(`#${id}-jahr`, year);
}

/** The three fields of the date question `id`, as shown. */
export async function dateValue(page, id) {
  return Promise.all([`#${id}`, `#${id}-monat`, `#${id}-jahr`].map((s) => page.inputValue(s)));
}

/** Send the page's form ("Weiter") and wait for the next page; fails, saying where, if the app
 *  answers with errors instead. */
export async function submitPage(page) {
  const title = await page.textContent('main h1');
  await page.locator('main form button[type=submit]').click();
  await page.waitForFunction(
    (t) => document.querySelector('main h1')?.textContent !== t || document.querySelector('.error-summary'),
    title,
  );
  if (await page.$('.error-summary')) throw new Error(`errors after "${title}": ${await page.textContent('.error-summary')}`);
}

/** Wait until the document title matches `pattern` (the app sets it after the page's paint);
 *  says which title it found instead. */
export async function titleMatches(page, pattern) {
  try {
    await page.waitForFunction((source) => new RegExp(source).test(document.title), pattern.source, { timeout: 5000 });
  } catch {
    throw new Error(`expected a title matching ${pattern}, found "${await page.title()}"`);
  }
}

/** Resolves after the page has drawn two more frames: for checking that something does not
 *  change in the frame after an action. */
export function framesLater(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Text without the marks that isolate left-to-right runs in right-to-left text (they are
 *  invisible; a test compares what the words say). */
export const withoutIsolates = (s) => s.replace(/[\u2066-\u2069]/g, '');

/** Wait until the page heading reads `title`; says which page it found instead. */
export async function onPage(page, title) {
  try {
    await page.waitForFunction(
      (t) => document.querySelector('main h1')?.textContent.replace(/[\u2066-\u2069]/g, '') === t,
      title,
      { timeout: 5000 },
    );
  } catch {
    const found = await page.textContent('main h1').catch(() => '?');
    throw new Error(`expected the page "${title}", found "${found}" at ${page.url()}`);
  }
}

let axeSource;
/**
 * Accessibility check of the page as it is now with axe-core (WCAG 2.0/2.1 A and AA rules).
 * axe is evaluated through the DevTools protocol, which the page's CSP does not govern, so the
 * app's policy stays as strict as in production. Returns one line per violation.
 */
export async function axeViolations(page) {
  axeSource ??= await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  axeStats.pages += 1;
  axeStats.rules = Math.max(axeStats.rules, result.passes.length + result.violations.length);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
/** How many pages were checked in this test file, for the report at the end. */
export const axeStats = { pages: 0, rules: 0 };

/** German words left in a translated page: outside parentheses and quotes, where the German legal
 *  terms, names and addresses stand, no German function word may remain. */
export function germanLeftovers(text) {
  let plain = text;
  for (let i = 0; i < 3; i++) plain = plain.replace(/\([^()]*\)/g, ' ');
  plain = plain.replace(/„[^“]*“/g, ' ').replace(/“[^”]*”/g, ' ');
  return [...plain.matchAll(/(?<![\p{L}-])(und|oder|der|die|das|nicht|Sie|ist|für|mit|wird|werden|dem|den|eine?)(?![\p{L}-])/gu)].map(
    (m) => plain.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' '),
  );
}
