// Offline and installable: after one visit the app loads and works with the network off, the
// service worker's cache list is derived from the build output, and the manifest is served.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  serveDist, openBrowser, loadApp, appReady, screenshot, trafficProblems, fillDate, dateValue, onPage, submitPage, workerActivated, axeViolations, DIST,
} from './harness.mjs';

async function filesIn(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(DIST, join(entry.parentPath ?? entry.path, entry.name)));
  }
  return out.sort();
}

test("the service worker's cache list is every file of the build but config.json, and nothing else", async () => {
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  const listed = JSON.parse(/const FILES = (\[.*?\]);/s.exec(worker)?.[1] ?? 'null');
  assert.ok(Array.isArray(listed), 'sw.js carries a file list');
  // config.json is the Jobcenter's: the worker fetches it itself and keeps it only if it is usable.
  const built = (await filesIn(DIST)).filter((f) => f !== 'sw.js' && f !== 'config.json');
  assert.deepEqual(listed.filter((f) => f !== './').sort(), built);
  assert.ok(listed.includes('./') && !listed.includes('config.json') && listed.some((f) => f.endsWith('.wasm')));
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

test('a new version deployed while the app is open: offered, then taken over with the answers kept', async () => {
  const overrides = {};
  const server = await serveDist(overrides);
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    await fillDate(page, 'antragsteller-geburtsdatum', '1', '1', '1990');
    await submitPage(page);
    const title = await page.textContent('main h1');
    await page.waitForFunction(() => localStorage.getItem('antragssimulator')?.includes('1990'));
    // The first visit installs the first worker: no new version to offer.
    assert.equal(await page.locator('.update-notice').count(), 0);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 1);

    // Deploy: the same files under another version.
    const next = 'ffffffffffffffff';
    const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
    overrides['/sw.js'] = worker.replace(/const VERSION = '[0-9a-f]{16}'/, `const VERSION = '${next}'`);
    assert.notEqual(overrides['/sw.js'], worker);
    guard.loaded = false;
    await page.reload({ waitUntil: 'load' });
    // This page is still the old version; the new one installs beside it and waits.
    const offer = page.getByRole('button', { name: 'Neue Version laden' });
    await offer.waitFor({ timeout: 20000 });
    assert.match(await page.textContent('.update-notice'), /Ihre Angaben bleiben beim Wechsel erhalten/);
    assert.deepEqual((await page.evaluate(() => caches.keys())).sort(), [...before, `antragssimulator-${next}`].sort());
    await screenshot(page, 'update-offered');
    assert.deepEqual(await axeViolations(page), [], 'the offer of a new version');

    await Promise.all([page.waitForEvent('load'), offer.click()]);
    await page.waitForSelector('main h1');
    assert.equal(await workerActivated(page), 'activated');
    // Only the new version's files are kept (the reload's request waited for the new worker to
    // finish activating, which deletes the old cache), and the page is served by that worker.
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`antragssimulator-${next}`]);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
    await onPage(page, title);
    await page.getByRole('button', { name: 'Zurück' }).click();
    await onPage(page, 'Ihr Alter');
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['01', '01', '1990']);
    assert.equal(await page.locator('.update-notice').count(), 0);
    assert.deepEqual(guard.foreign, []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a kiosk does not offer the new version mid-walk: it switches when it wipes the answers', async () => {
  const overrides = { '/config.json': JSON.stringify({ name: 'Jobcenter Kiosk-Test', kiosk_timeout_sekunden: 10 }) };
  const server = await serveDist(overrides);
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await page.goto(server.origin + '/?modus=kiosk', { waitUntil: 'load' });
    await appReady(page, guard);
    const next = 'eeeeeeeeeeeeeeee';
    const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
    overrides['/sw.js'] = worker.replace(/const VERSION = '[0-9a-f]{16}'/, `const VERSION = '${next}'`);
    guard.loaded = false;
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state === 'installed', null, { timeout: 20000 });
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    await fillDate(page, 'antragsteller-geburtsdatum', '1', '1', '1990');
    assert.equal(await page.locator('.update-notice').count(), 0, 'no offer that would wipe the answers');
    // Idle: the countdown, the wipe, and with it the switch to the new version (a reload).
    const reloaded = page.waitForEvent('load', { timeout: 25000 });
    await page.waitForSelector('.overlay--countdown', { timeout: 12000 });
    await reloaded;
    await onPage(page, 'Antrag auf Grundsicherung üben');
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`antragssimulator-${next}`]);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
    assert.match(page.url(), /modus=kiosk/);
    // No answer stays: only the kiosk's anonymous tally of walks, with no typed value in it.
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['antragssimulator-auswertung']);
    assert.ok(!(await page.evaluate(() => localStorage.getItem('antragssimulator-auswertung'))).includes('1990'));
    assert.deepEqual(guard.foreign, []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
