// Languages: the switch keeps every answer and the page, Arabic mirrors the layout, the choice is
// remembered on this device, language files come from the service worker's cache (no request
// after the first load), every page of a walk in Arabic passes axe, and the pages after sending
// (Bescheid, Nachweise, report) and the glossary come from the catalogue too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useDistServer, openBrowser, loadApp, appReady, screenshot, trafficProblems, onPage, fillDate, dateValue, withoutIsolates,
  axeViolations, submitPage, germanLeftovers,
} from './harness.mjs';
import { answerPage, SINGLE, SINGLE_PARENT, stepShown, walkTo } from './roles.mjs';

const server = useDistServer();

const root = (page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

async function choose(page, name, lang) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  // The focus stays on the switch, at the chosen language.
  await page.waitForFunction((n) => document.activeElement?.textContent === n, name);
}

test('switching the language keeps the answers and the page; Arabic mirrors the layout', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    assert.deepEqual(await root(page), { lang: 'de', dir: 'ltr' });
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    await fillDate(page, 'antragsteller-geburtsdatum', '14', '5', '1991');

    await choose(page, 'English', 'en');
    assert.equal(await page.getAttribute('.lang-switch__button[aria-current]', 'lang'), 'en');
    assert.equal(await page.textContent('main form button[type=submit]'), 'Continue');
    assert.match(await page.textContent('.banner'), /Simulation – not a real application/);
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['14', '05', '1991']);
    await page.waitForFunction(() => location.hash === '#/alter');

    await choose(page, 'العربية', 'ar');
    assert.deepEqual(await root(page), { lang: 'ar', dir: 'rtl' });
    assert.equal(await page.textContent('main form button[type=submit]'), 'متابعة');
    // Mirrored: the form starts at the right edge of its column, the back link too.
    const box = await page.locator('.back-link').boundingBox();
    const main = await page.locator('main').boundingBox();
    assert.ok(box.x + box.width > main.x + main.width - 4, 'the back link sits at the right');
    assert.ok(box.x > main.x + main.width / 2, 'and not at the left');
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['14', '05', '1991']);
    assert.deepEqual(await axeViolations(page), [], 'accessibility in Arabic');
    await screenshot(page, 'sprache-ar-alter');
    await page.setViewportSize({ width: 320, height: 800 });
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      'no horizontal scrolling at 320 px in Arabic',
    );
    await screenshot(page, 'sprache-ar-alter-320');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Remembered on this device: a reload comes back in Arabic, on the same page, with the date.
    guard.loaded = false;
    await page.reload();
    await appReady(page, guard);
    assert.deepEqual(await root(page), { lang: 'ar', dir: 'rtl' });
    assert.equal(await page.textContent('main form button[type=submit]'), 'متابعة');
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['14', '05', '1991']);

    await choose(page, 'Leichte Sprache', 'de');
    assert.deepEqual(await root(page), { lang: 'de', dir: 'ltr' });
    assert.equal(await page.textContent('.lang-switch__button[aria-current]'), 'Leichte Sprache');
    assert.match(await page.textContent('.banner'), /Das ist nur eine Übung\./);
    assert.deepEqual(await axeViolations(page), [], 'accessibility in Leichte Sprache');
    await screenshot(page, 'sprache-leichte-sprache-alter');
    await page.getByRole('button', { name: 'Zurück', exact: true }).click();
    await onPage(page, 'Einen Antrag auf Grund-Sicherung üben');
    await screenshot(page, 'sprache-leichte-sprache-start');

    await choose(page, 'Deutsch', 'de');
    await onPage(page, 'Antrag auf Grundsicherung üben');
    // German is remembered too (a Jobcenter may start in another language); "Alle Daten löschen"
    // forgets the choice with the answers.
    assert.equal(await page.evaluate(() => localStorage.getItem('antragssimulator-sprache')), 'de');
    await page.getByRole('button', { name: 'Alle Daten löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing of the app is left');

    // Every language came from the worker's cache: nothing was requested after the first load.
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});

test('a whole walk in Arabic: every page passes axe and the answers reach the check page', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await choose(page, 'العربية', 'ar');
    await onPage(page, 'التدرّب على طلب Grundsicherung');
    assert.deepEqual(await axeViolations(page), [], 'start page in Arabic');
    await screenshot(page, 'sprache-ar-start');
    await page.getByRole('button', { name: 'ابدأ المحاكاة' }).click();
    const seen = [];
    for (let i = 0; i < 40; i++) {
      await page.waitForSelector('main h1');
      const title = await page.textContent('main h1');
      if ((await stepShown(page)) === 'pruefen') break;
      seen.push(title);
      await answerPage(page, SINGLE);
      assert.deepEqual(await axeViolations(page), [], `accessibility of "${title}" in Arabic`);
      await submitPage(page);
    }
    assert.ok(seen.length >= 10, `pages: ${seen.join(' | ')}`);
    // The questions are Arabic too, with the German legal terms beside them.
    assert.equal(seen[0], 'عمرك');
    assert.equal(await page.textContent('main h1'), 'راجع إجاباتك');
    assert.match(withoutIsolates(await page.textContent('main')), /Hauptantrag \(الطلب الرئيسي\)/);
    assert.deepEqual(await axeViolations(page), [], 'check page in Arabic');
    assert.deepEqual(await root(page), { lang: 'ar', dir: 'rtl' });
    await screenshot(page, 'sprache-ar-pruefen');
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
    console.log(`Arabic walk: ${seen.length + 2} pages checked with axe, 0 violations`);
  } finally {
    await browser.close();
  }
});

test('the pages after sending and the glossary in English, then the Bescheid in Arabic', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await choose(page, 'English', 'en');
    await page.locator('main button.button--start').click();
    await walkTo(page, SINGLE_PARENT, 'bestaetigung');
    const checked = [];
    for (const slug of ['bestaetigung', 'bescheid', 'nachweise', 'bericht']) {
      if (slug !== 'bestaetigung') await page.locator(`.after-nav__link[href="#/${slug}"]`).click();
      await page.waitForFunction((s) => location.hash === `#/${s}`, slug);
      await page.waitForSelector('main h1');
      const text = await page.textContent('main');
      assert.deepEqual(germanLeftovers(text), [], `German left on #/${slug}`);
      assert.deepEqual(await axeViolations(page), [], `accessibility of #/${slug} in English`);
      checked.push(slug);
    }
    // The letter names the German terms beside the English ones, and amounts the English way.
    await page.locator('.after-nav__link[href="#/bescheid"]').click();
    await page.waitForFunction(() => location.hash === '#/bescheid');
    const letter = await page.textContent('main');
    assert.match(letter, /Decision letter \(Bescheid\) on Bürgergeld|Decision letter \(Bescheid\) on Grundsicherungsgeld/);
    assert.match(letter, /Additional need \(Mehrbedarf\) for single parents/);
    assert.match(letter, /Total per month: €\d{1,3}(,\d{3})*\.\d{2}/);
    await screenshot(page, 'sprache-en-bescheid');

    await page.locator('.site-footer a[href="#/begriffe"]').click();
    await page.waitForFunction(() => location.hash === '#/begriffe');
    const glossary = await page.textContent('main');
    // The German terms themselves are marked lang="de" (for screen readers) and are left out.
    const translated = await page.evaluate(() => {
      const copy = document.querySelector('main').cloneNode(true);
      for (const german of copy.querySelectorAll('[lang="de"]')) german.remove();
      return copy.textContent;
    });
    assert.deepEqual(germanLeftovers(translated), [], 'German left in the glossary');
    assert.match(glossary, /Bedarfsgemeinschaft \(household for the benefit\)/);
    assert.deepEqual(await axeViolations(page), [], 'glossary in English');
    checked.push('begriffe');

    // The same letter in Arabic: mirrored, the German terms kept, no errors in axe.
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/bescheid');
    await choose(page, 'العربية', 'ar');
    const arabic = withoutIsolates(await page.textContent('main'));
    assert.match(arabic, /\(Bescheid\)/);
    assert.match(arabic, /\(Mehrbedarf\)/);
    assert.deepEqual(await root(page), { lang: 'ar', dir: 'rtl' });
    assert.deepEqual(await axeViolations(page), [], 'Bescheid in Arabic');
    await screenshot(page, 'sprache-ar-bescheid');
    checked.push('bescheid (ar)');
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
    console.log(`pages after sending: ${checked.length} pages checked for German leftovers and with axe, 0 violations`);
  } finally {
    await browser.close();
  }
});
