// What the browser keeps beyond the app's reach: document titles and the session history. Titles
// name pages and roles ("Angaben zu Kind 1"), never what was typed; after a wipe the title is the
// start page's; a kiosk keeps one history entry, so the next visitor's Back leads nowhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDistServer, openBrowser, loadApp, appReady, onPage, titleMatches, trafficProblems } from './harness.mjs';
import { SINGLE, SINGLE_PARENT, walkTo } from './roles.mjs';

const server = useDistServer();

const TYPED = /\b(Sabine|Klein|Mia|Ben|Jonas|Becker|Rosengarten|Bahnhofstraße)\b/;
const START_TITLE = /^Antragssimulator Grundsicherung$/;

// Every title the app gives the document, in order.
function recordTitles() {
  window.titles = [];
  const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
  Object.defineProperty(Document.prototype, 'title', {
    ...title,
    set(value) {
      window.titles.push(value);
      title.set.call(this, value);
    },
  });
}

/** The browser's session history of the page: what Back and the history list would show. */
async function history(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { entries, currentIndex } = await cdp.send('Page.getNavigationHistory');
    return { entries: entries.map((e) => ({ url: e.url, title: e.title })), currentIndex };
  } finally {
    await cdp.detach();
  }
}

test('titles and the history name pages and roles, never typed names; a deletion resets the title', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await page.addInitScript(recordTitles);
    await loadApp(page, guard, server.origin);
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await walkTo(page, SINGLE_PARENT, 'bestaetigung');
    await titleMatches(page, /^Übung beendet – kein Antrag gestellt – /);
    const titles = await page.evaluate(() => window.titles);
    assert.ok(titles.length >= 15, `titles seen: ${titles.length}`);
    assert.deepEqual(titles.filter((t) => TYPED.test(t)), [], 'no typed name in any title');
    assert.ok(titles.some((t) => /^Angaben zu Kind 1 – /.test(t)), 'children are named by their role');
    const { entries } = await history(page);
    assert.ok(entries.length >= 15, `history entries: ${entries.length}`);
    assert.deepEqual(entries.filter((e) => TYPED.test(e.title) || TYPED.test(e.url)), [], 'nor in the history');

    await page.getByRole('button', { name: 'Alle Daten löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    await onPage(page, 'Antrag auf Grundsicherung üben');
    await titleMatches(page, START_TITLE);
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});

test('a kiosk keeps one history entry and names no one in its titles; its wipe resets the title', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await page.addInitScript(recordTitles);
    await page.goto(`${server.origin}/?modus=kiosk`, { waitUntil: 'load' });
    await appReady(page, guard);
    const before = await history(page);
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await walkTo(page, SINGLE, 'haushalt');
    // The address follows the page (replaced, not added).
    await page.waitForFunction(() => location.hash === '#/haushalt');
    const after = await history(page);
    assert.equal(after.entries.length, before.entries.length, 'no new history entry per step');
    assert.match(after.entries[after.currentIndex].url, /\?modus=kiosk#\/haushalt$/);
    const titles = await page.evaluate(() => window.titles);
    assert.deepEqual(titles.filter((t) => TYPED.test(t)), []);

    await page.getByRole('button', { name: 'Alle Daten löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    await onPage(page, 'Antrag auf Grundsicherung üben');
    await titleMatches(page, START_TITLE);
    assert.equal((await history(page)).entries.length, before.entries.length);
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});
