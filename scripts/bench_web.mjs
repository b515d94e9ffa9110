// Web benchmark (make bench-web): the release app against a minimal Leptos counter built the same
// way (benches/baseline), both served brotli-compressed from 127.0.0.1, measured in headless
// Chromium over N fresh page loads each. Prints a table with the ratios app/baseline.
// Not a test: it prints figures and fails only if it cannot measure.
import { createServer } from 'node:http';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import { answerPage, SINGLE_PARENT } from '../tests/e2e/roles.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const STEPS = 30;
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

async function serve(dir) {
  // Every file is compressed before the first request: brotli at quality 11 takes seconds for the
  // WebAssembly, which would otherwise be the first load's (and Lighthouse's) server time.
  const cache = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    cache.set(file, brotliCompressSync(await readFile(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  const server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url, 'http://127.0.0.1').pathname;
      const file = normalize(join(dir, path === '/' ? 'index.html' : decodeURIComponent(path)));
      if (!file.startsWith(dir) || !cache.has(file)) throw new Error('not a file of the build');
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Encoding': 'br',
        'Cache-Control': 'no-store',
      });
      res.end(cache.get(file));
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

// In the page: when the first button appears (the app is mounted and its handlers attached), when a
// frame first puts it on screen (Element Timing: the frame's presentation, like the first
// contentful paint), and for every click, when the resulting DOM change has been painted. "Painted"
// is a timer set in the first frame after the change: it runs once that frame's paint is done. The
// frame callback is asked for at the click itself, so it comes before any the page asks for while
// it changes: a timer the page sets for its own after-paint work (saving, the history entry) then
// runs after the measurement instead of being counted as painting. For comparison, `late` is the
// same measurement with the frame callback asked for only when the change is seen, which queues it
// behind the page's own (the figure earlier versions of this benchmark reported).
const PROBE = () => {
  window.bench = { interactive: null, onScreen: null, changes: [], late: [] };
  let click = null;
  document.addEventListener('click', (event) => {
    // Buttons only: "Weiter", "Zurück" (and the counter's); choosing an answer is not a step.
    if (!event.target.closest('button')) return;
    const c = { at: performance.now(), changed: false };
    click = c;
    requestAnimationFrame(() => {
      // The change came before this frame: the frame paints it.
      if (c.changed) setTimeout(() => window.bench.changes.push(performance.now() - c.at), 0);
      else c.waiting = true;
    });
  }, true);
  new MutationObserver(() => {
    const button = window.bench.interactive === null && document.querySelector('main button');
    if (button) {
      window.bench.interactive = performance.now();
      // Marked before any frame can paint it (this runs in the microtask after the change), so
      // Element Timing reports the frame that first put the button on screen.
      button.setAttribute('elementtiming', 'bench-first-button');
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.identifier === 'bench-first-button' && window.bench.onScreen === null) {
            window.bench.onScreen = entry.renderTime || entry.loadTime;
          }
        }
      }).observe({ type: 'element', buffered: true });
    }
    const c = click;
    if (c !== null && !c.changed) {
      c.changed = true;
      requestAnimationFrame(() => setTimeout(() => {
        const t = performance.now() - c.at;
        window.bench.late.push(t);
        // A change after the click's first frame (none in this app) is painted in this one.
        if (c.waiting) window.bench.changes.push(t);
      }, 0));
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
};

async function measureLoad(page, origin) {
  await page.goto(origin + '/', { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench?.interactive !== null && window.bench.onScreen !== null);
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return {
      transfer: nav.transferSize + resources.reduce((s, r) => s + r.transferSize, 0),
      fcp,
      interactive: window.bench.interactive,
      onScreen: window.bench.onScreen,
    };
  });
}

/** Click, and return the time from the click to the resulting change painted (and `late`). */
async function stepChange(page, click) {
  const before = await page.evaluate(() => [window.bench.changes.length, window.bench.late.length]);
  await click();
  await page.waitForFunction(([n, m]) => window.bench.changes.length > n && window.bench.late.length > m, before);
  return page.evaluate(([n, m]) => ({ paint: window.bench.changes[n], late: window.bench.late[m] }), before);
}

async function appWalk(page, out) {
  await stepChange(page, () => page.getByRole('button', { name: 'Simulation starten' }).click());
  // The first click may first show "loading" while the walk's code arrives (LaterCode in ui/state.rs;
  // not counted as a step change): the walk begins once the first question's page is drawn.
  await page.waitForFunction(() => !['start', undefined].includes(document.querySelector('main')?.dataset.schritt));
  let steps = 0;
  const weiter = () => page.locator('main form button[type="submit"]').click();
  while (steps < STEPS) {
    const title = await page.textContent('main h1');
    if (title === 'Ihr Erfahrungsbericht') break;
    if (!['Antrag gesendet (Simulation)', 'Ihr Bescheid (Simulation)', 'Diese Nachweise brauchen Sie'].includes(title)) {
      await answerPage(page, SINGLE_PARENT);
    }
    out.push(await stepChange(page, weiter));
    steps += 1;
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent !== t, title);
  }
  while (steps < STEPS) {
    // Back and forward among the pages after sending until 30 step changes are measured.
    const back = () => page.getByRole('button', { name: 'Zurück' }).click();
    out.push(await stepChange(page, steps % 2 ? weiter : back));
    steps += 1;
  }
}

/** A new browser context (nothing stored, nothing cached) whose requests leave only for `origin`. */
async function freshPage(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
  await context.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort());
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  return { context, page };
}

/**
 * Fresh loads of every target, interleaved: load i of the app, then load i of the baseline (the
 * order swapped every other load), in one browser. Measured as two blocks one after the other,
 * the two saw different machines: one that got busier or quieter in between moved one target's
 * figures and not the other's.
 */
async function run(targets) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const rows = targets.map(() => ({ transfer: [], fcp: [], interactive: [], onScreen: [], change: [], late: [], heap: [] }));
  try {
    // One load of each, not counted: the browser's own first-use costs would otherwise fall on
    // whichever target comes first.
    for (const { origin } of targets) {
      const { context, page } = await freshPage(browser, origin);
      await measureLoad(page, origin);
      await context.close();
    }
    for (let i = 0; i < RUNS; i++) {
      const order = targets.map((_, k) => k);
      if (i % 2) order.reverse();
      for (const k of order) {
        const { label, origin, walk } = targets[k];
        const row = rows[k];
        const { context, page } = await freshPage(browser, origin);
        const load = await measureLoad(page, origin);
        row.transfer.push(load.transfer);
        row.fcp.push(load.fcp);
        row.interactive.push(load.interactive);
        row.onScreen.push(load.onScreen);
        const changes = [];
        await walk(page, changes);
        if (changes.length !== STEPS) throw new Error(`${label}: ${changes.length} step changes measured`);
        row.change.push(...changes.map((c) => c.paint));
        row.late.push(...changes.map((c) => c.late));
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        row.heap.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
        await context.close();
      }
      process.stderr.write(`load ${i + 1}/${RUNS}\r`);
    }
  } finally {
    await browser.close();
  }
  return rows;
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};

/**
 * Lighthouse (default mobile settings: simulated slow 4G and a 4× slower CPU) on the start page
 * and on a step page. The step page needs a walkthrough in storage, so the browser is seeded
 * first and Lighthouse told to keep storage.
 */
async function lighthouseScores(origin) {
  const profile = await mkdtemp(join(tmpdir(), 'antragssimulator-lh-'));
  const port = 9300 + Math.floor(Math.random() * 500);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [`--remote-debugging-port=${port}`, '--disable-gpu', '--no-first-run'],
  });
  const scores = {};
  try {
    const flags = {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    };
    // Lighthouse's own advice is to take the median of several runs: one run varies by several
    // points with what else the machine is doing. Every run's score is printed too.
    // The start page is audited as a first visit (Lighthouse clears storage, caches and the
    // service worker before each run); the step page needs the walkthrough in storage, so it is
    // audited with storage kept, as a returning visit.
    const audit = async (name, url, keepStorage) => {
      const runs = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        const result = await lighthouse(url, { ...flags, disableStorageReset: keepStorage });
        runs.push(result.lhr);
      }
      runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const lhr = runs[Math.floor(runs.length / 2)];
      const score = (l, id) => Math.round(l.categories[id].score * 100);
      scores[name] = {
        performance: score(lhr, 'performance'),
        accessibility: score(lhr, 'accessibility'),
        'best-practices': score(lhr, 'best-practices'),
        runs: runs.map((l) => score(l, 'performance')).join('/'),
        metrics: ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
          .map((id) => `${id.split('-').map((w) => w[0].toUpperCase()).join('')} ${lhr.audits[id].displayValue}`)
          .join(', '),
      };
    };
    await audit('start page', origin + '/', false);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(origin + '/');
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await page.waitForFunction(() => location.hash === '#/alter');
    await audit('step page (#/alter)', origin + '/#/alter', true);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
  return scores;
}

async function main() {
  const app = await serve(join(ROOT, 'dist'));
  const base = await serve(join(ROOT, 'benches', 'baseline', 'dist'));
  try {
    const baselineWalk = async (page, out) => {
      for (let i = 0; i < STEPS; i++) out.push(await stepChange(page, () => page.locator('main button').click()));
    };
    const [appRows, baseRows] = await run([
      { label: 'app', origin: app.origin, walk: appWalk },
      { label: 'baseline', origin: base.origin, walk: baselineWalk },
    ]);
    print(appRows, baseRows);
    const scores = await lighthouseScores(app.origin);
    console.log(`\nLighthouse 12.2.3 (mobile, simulated slow 4G, 4× CPU slowdown), median of ${LIGHTHOUSE_RUNS} runs (performance of each run after the metrics)`);
    console.log(`${'page'.padEnd(24)}${'performance'.padStart(13)}${'accessibility'.padStart(15)}${'best practices'.padStart(16)}`);
    for (const [name, s] of Object.entries(scores)) {
      console.log(`${name.padEnd(24)}${String(s.performance).padStart(13)}${String(s.accessibility).padStart(15)}${String(s['best-practices']).padStart(16)}   ${s.metrics}; runs ${s.runs}`);
    }
  } finally {
    await app.close();
    await base.close();
  }
}

function print(a, b) {
  const kb = (x) => `${(x / 1024).toFixed(1)} KiB`;
  const ms = (x) => `${x.toFixed(1)} ms`;
  const mb = (x) => `${(x / 1048576).toFixed(2)} MiB`;
  const lines = [
    ['transfer size (brotli), median', quantile(a.transfer, 0.5), quantile(b.transfer, 0.5), kb],
    ['first contentful paint, median', quantile(a.fcp, 0.5), quantile(b.fcp, 0.5), ms],
    ['first contentful paint, p95', quantile(a.fcp, 0.95), quantile(b.fcp, 0.95), ms],
    ['interactive (first button works), median', quantile(a.interactive, 0.5), quantile(b.interactive, 0.5), ms],
    ['  the same, p25', quantile(a.interactive, 0.25), quantile(b.interactive, 0.25), ms],
    ['  the same, p75', quantile(a.interactive, 0.75), quantile(b.interactive, 0.75), ms],
    ['first button on screen, median', quantile(a.onScreen, 0.5), quantile(b.onScreen, 0.5), ms],
    ['step change to paint, median', quantile(a.change, 0.5), quantile(b.change, 0.5), ms],
    ['step change to paint, p95', quantile(a.change, 0.95), quantile(b.change, 0.95), ms],
    ['  the same, timer queued late, median', quantile(a.late, 0.5), quantile(b.late, 0.5), ms],
    ['JS heap after the walk, median', quantile(a.heap, 0.5), quantile(b.heap, 0.5), mb],
  ];
  console.log(`\nweb benchmark: ${RUNS} fresh loads each, interleaved, ${STEPS} step changes per load (${a.change.length} and ${b.change.length} measured)`);
  console.log(`${'metric'.padEnd(42)}${'app'.padStart(14)}${'baseline'.padStart(14)}${'app/baseline'.padStart(14)}`);
  for (const [name, x, y, fmt] of lines) {
    console.log(`${name.padEnd(42)}${fmt(x).padStart(14)}${fmt(y).padStart(14)}${(x / y).toFixed(2).padStart(14)}`);
  }
}

await main();
