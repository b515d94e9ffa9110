// Offline and installable: after one visit the app loads and works with the network off, the
// service worker's cache list is derived from the build output, and the manifest is served.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  serveDist, openBrowser, loadApp, appReady, screenshot, trafficProblems, fillDate, onPage, workerActivated, DIST,
} from './harness.mjs';

async function filesIn(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(DIST, join(entry.parentPath ?? entry.path, entry.name)));
  }
  return out.sort();
}

test("the service worker's cache list is every file of the build, and nothing else", async () => {
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  const listed = JSON.parse(/const FILES = (\[.*?\]);/s.exec(worker)?.[1] ?? 'null');
  assert.ok(Array.isArray(listed), 'sw.js carries a file list');
  const built = (await filesIn(DIST)).filter((f) => f !== 'sw.js');
  assert.deepEqual(listed.filter((f) => f !== './').sort(), built);
  assert.ok(listed.includes('./') && listed.includes('config.json') && listed.some((f) => f.endsWith('.wasm')));
  assert.match(worker, /const VERSION = '[0-9a-f]{16}'/);
  // No address of another origin anywhere in the worker.
  assert.doesNotMatch(worker, /https?:\/\//);
});

test('after one visit the app loads and works with the network off, config included', async () => {
  const server = await serveDist({ '/config.json': JSON.stringify({ name: 'Jobcenter Offline-Test' }) });
  const browser = await openBrowser(server.origin);
  try {
    const { page, context, guard } = browser;
    await loadApp(page, guard, server.origin);
    assert.equal(await page.getAttribute('link[rel=manifest]', 'href'), 'manifest.webmanifest');
    const manifest = JSON.parse(await readFile(join(DIST, 'manifest.webmanifest'), 'utf8'));
    assert.equal(manifest.name, 'Antragssimulator Grundsicherung');
    assert.deepEqual(manifest.icons.map((i) => i.sizes), ['192x192', '512x512']);
    // The worker is active once every file is cached.
    assert.equal(await workerActivated(page), 'activated');

    await context.setOffline(true);
    guard.loaded = false;
    await page.reload({ waitUntil: 'load' });
    await appReady(page, guard);
    assert.equal(await page.textContent('.site-header__jobcenter'), 'Jobcenter Offline-Test');
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'served by the worker');
    // A short walk, offline: to the end of the Vorprüfung for a child under 15.
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    await fillDate(page, 'antragsteller-geburtsdatum', '1', '1', '2016');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.waitForFunction(() => location.hash === '#/ausstieg-unter-15');
    assert.match(await page.textContent('main'), /§ 7 Abs. 1/);
    await screenshot(page, 'offline-ausstieg');
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), []);
  } finally {
    await browser.close();
    await server.close();
  }
});
