// The release WebAssembly in parts (scripts/split_wasm.py): the start page loads only the first
// module; a later page's code arrives when first needed, from the service worker's cache on a
// first visit too; and should it fail to arrive, the page says so and can try again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, openBrowser, loadApp, onPage, trafficProblems, axeViolations, DIST } from './harness.mjs';

const built = readdirSync(DIST);
const chunkOf = (prefix) => built.find((f) => f.startsWith(prefix) && f.endsWith('.wasm'));
const PAGES = chunkOf('split_later_pages-');
/** The German texts only the later pages show (build.rs leaves them out of the first module). */
const GERMAN = readdirSync(join(DIST, 'locales')).find((f) => /^de-[0-9a-f]+\.txt$/.test(f));
/** What the page itself fetched (the service worker's own requests are not the page's). */
const fetched = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()));

/** A server of the build whose file `path` fails (503) until `arrive()`; the service worker then
 *  cannot keep every file, so it never takes charge and the page asks the server itself. */
async function serveFailing(path, type) {
  let failing = true;
  const body = readFileSync(join(DIST, path));
  const server = await serveDist({
    [`/${path}`]: (req, res) => {
      if (failing) {
        res.writeHead(503);
        res.end();
        return;
      }
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    },
  });
  return { server, arrive: () => { failing = false; } };
}

/** Open the start page, click "Simulation starten", and return the alert that says the code or
 *  its texts did not arrive; the start page stays. */
async function startWithoutIt(page, origin) {
  await page.goto(origin + '/', { waitUntil: 'load' });
  await page.waitForSelector('main h1');
  await page.getByRole('button', { name: 'Simulation starten' }).click();
  const alert = page.locator('main [role=alert]');
  await alert.waitFor();
  assert.equal(await page.getAttribute('main', 'data-schritt'), 'start');
  return alert;
}

test('the start page loads the first module only; the walk brings its chunk from the worker', async () => {
  assert.ok(PAGES, 'the build has the later pages as a chunk of their own');
  const server = await serveDist();
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    const first = await fetched(page);
    assert.ok(first.some((f) => /^antragssimulator-[0-9a-f]+_bg\.wasm$/.test(f)), `first module among ${first}`);
    assert.deepEqual(first.filter((f) => /^(split|chunk)_/.test(f) || f === GERMAN), [], 'no chunk or German file for the start page');
    assert.equal(await page.getAttribute('main', 'data-schritt'), 'start');

    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    assert.equal(await page.getAttribute('main', 'data-schritt'), 'alter');
    assert.ok((await fetched(page)).includes(PAGES), 'the chunk came when the walk began');
    // Served by the worker that took charge of this first visit: nothing reached the network.
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('a chunk that does not arrive: the page says so, and "Noch einmal versuchen" brings it', async () => {
  const { server, arrive } = await serveFailing(PAGES, 'application/wasm');
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    const alert = await startWithoutIt(page, server.origin);
    assert.match(await alert.textContent(), /konnte nicht geladen werden.*Ihre Angaben sind noch da/);
    // The start page stays, with the message under its button.
    assert.equal(await page.textContent('main h1'), 'Antrag auf Grundsicherung üben');
    assert.deepEqual(await axeViolations(page), []);

    // A second click meanwhile is not a second step.
    await page.getByRole('button', { name: 'Simulation starten' }).click();

    arrive();
    await page.getByRole('button', { name: 'Noch einmal versuchen' }).click();
    await onPage(page, 'Ihr Alter');
    assert.equal(await page.locator('.error-summary').count(), 0, 'the first page, without errors');
    assert.equal(await page.getAttribute('main', 'data-schritt'), 'alter');
    assert.equal(await page.locator('main [role=alert]').count(), 0);
    assert.deepEqual(guard.foreign, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('the German texts of the later pages do not arrive: the page says so, and trying again brings them', async () => {
  assert.ok(GERMAN, 'the build writes the German language file');
  const { server, arrive } = await serveFailing(`locales/${GERMAN}`, 'text/plain; charset=utf-8');
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    const alert = await startWithoutIt(page, server.origin);
    assert.match(await alert.textContent(), /konnte nicht geladen werden/);

    arrive();
    await page.getByRole('button', { name: 'Noch einmal versuchen' }).click();
    // The first question's texts are among those only the file has.
    await onPage(page, 'Ihr Alter');
    assert.match(await page.textContent('main'), /Wann sind Sie geboren\?/);
    assert.ok((await fetched(page)).includes(GERMAN), 'the page fetched the German file itself');
    assert.deepEqual(guard.foreign, []);
    // A text asked for before its file arrived would have been reported in the console.
    assert.deepEqual(guard.errors.filter((e) => !/503/.test(e)), []);
  } finally {
    await browser.close();
    await server.close();
  }
});
