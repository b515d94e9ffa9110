import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useDistServer, openBrowser, loadApp, screenshot, trafficProblems, DIST, framesLater } from './harness.mjs';

const server = useDistServer();

test('start page renders, stays on its origin, and makes no request after loading', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);

    assert.equal(await page.textContent('main h1'), 'Antrag auf Grundsicherung üben');
    // The banner says it once; the page says what that means for the data, with the Hinweise.
    assert.match(await page.textContent('.banner'), /Simulation – kein echter Antrag; Ihre Angaben bleiben auf diesem Gerät\./);
    assert.match(await page.textContent('main'), /Was Sie eingeben, wird nicht gesendet und verlässt dieses Gerät nicht\./);
    assert.equal(await page.getAttribute('main a[href="#/datenschutz"]', 'href'), '#/datenschutz');
    const button = page.getByRole('button', { name: 'Simulation starten' });
    assert.equal(await button.count(), 1);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    await screenshot(page, 'start-page');

    // The button is live: it leads to the first question of the Vorprüfung.
    await button.click();
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Ihr Alter');
    assert.match(await page.textContent('main'), /Wann sind Sie geboren\?/);
    await screenshot(page, 'first-step');

    assert.ok(guard.requests.length >= 3, 'the page, its script and its wasm were requested');
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, [], 'no console errors (a CSP violation would show here)');
  } finally {
    await browser.close();
  }
});

test('the network guard blocks and reports a request to another origin', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    // A page without our CSP, so the request reaches the guard; the host name cannot resolve.
    await page.setContent('<img src="http://tracker.invalid/pixel.png" alt="">');
    // The image's request is reported when the guard sees it; wait for that, not for a time.
    for (let i = 0; i < 100 && guard.foreign.length === 0; i++) await framesLater(page);
    assert.equal(guard.foreign.length, 1);
    assert.equal(guard.foreign[0].url, 'http://tracker.invalid/pixel.png');
    assert.deepEqual(trafficProblems(guard), ['request to another origin: GET http://tracker.invalid/pixel.png']);
  } finally {
    await browser.close();
  }
});

test('the loading shell in index.html shows the same heading and opening text as the start page', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  // The release build's HTML is minified: attribute quotes are optional.
  const shellTitle = /<p class="?shell-title"?>(.*?)<\/p>/s.exec(html)?.[1];
  const shellLead = /<div id="?shell"?>.*?<p class="?lead"?>(.*?)<\/p>/s.exec(html)?.[1];
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    assert.equal(await page.$('#shell'), null, 'the shell is gone once the app runs');
    assert.equal(shellTitle, await page.textContent('main h1'));
    assert.equal(shellLead.replace(/\s+/g, ' '), (await page.textContent('main .lead')).replace(/\s+/g, ' '));
  } finally {
    await browser.close();
  }
});
