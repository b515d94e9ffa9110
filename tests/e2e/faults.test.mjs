// Nothing lost, nothing crashes: storage that throws, storage that is full, data corrupted between
// reloads, another window changing the same data, malformed import files, and hostile input typed
// into the fields. Each case checks that what the person typed is still there (or downloadable).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  useDistServer, openBrowser, loadApp, appReady, screenshot, trafficProblems, fillDate, dateValue, onPage,
  axeViolations, ROOT,
} from './harness.mjs';
import { SINGLE, walkTo } from './roles.mjs';

const server = useDistServer();

const KEY = 'antragssimulator';
const heading = (page) => page.textContent('main h1');

async function withBrowser(run, initScript) {
  const browser = await openBrowser(server.origin);
  try {
    if (initScript) await browser.page.addInitScript(initScript);
    await loadApp(browser.page, browser.guard, server.origin);
    await run(browser);
    assert.deepEqual(trafficProblems(browser.guard), []);
    assert.deepEqual(browser.guard.errors, []);
  } finally {
    await browser.close();
  }
}

/** Start and answer the first page; returns on "Können Sie arbeiten?". */
async function firstPage(page, date = ['14', '5', '1991']) {
  await page.getByRole('button', { name: 'Simulation starten' }).click();
  await onPage(page, 'Ihr Alter');
  await fillDate(page, 'antragsteller-geburtsdatum', ...date);
  await page.getByRole('button', { name: 'Weiter' }).click();
  await onPage(page, 'Können Sie arbeiten?');
}

async function downloadText(page, buttonName, scope = 'main, .storage-status') {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(scope).getByRole('button', { name: buttonName }).first().click(),
  ]);
  return readFile(await download.path(), 'utf8');
}

test('storage that throws on every access: the app works in memory, says so, and offers the export', async () => {
  await withBrowser(async ({ page }) => {
    await page.waitForSelector('.storage-problem');
    assert.match(await page.textContent('.storage-problem'), /nicht gespeichert werden/);
    await firstPage(page);
    await page.check('#erwerbsfaehigkeit');
    await page.getByRole('button', { name: 'Zurück' }).click();
    await onPage(page, 'Ihr Alter');
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['14', '05', '1991']);
    const exported = await downloadText(page, 'Angaben exportieren', '.storage-problem');
    assert.equal(JSON.parse(exported).walkthrough.antrag.antragsteller.geburtsdatum.year, 1991);
    await screenshot(page, 'fehler-speicher-gesperrt');
  }, () => {
    for (const name of ['getItem', 'setItem', 'removeItem', 'key', 'clear']) {
      Storage.prototype[name] = () => {
        throw new DOMException('Der Zugriff ist verboten.', 'SecurityError');
      };
    }
  });
});

test('storage filled to the quota: saving fails plainly, answers stay in memory and can be exported', async () => {
  await withBrowser(async ({ page }) => {
    assert.ok(await page.evaluate(() => window.filled > 0), 'storage was filled');
    await firstPage(page);
    await page.waitForSelector('.storage-problem');
    assert.match(await page.textContent('.storage-problem'), /Speicher dieses Browsers ist voll/);
    await page.check('#erwerbsfaehigkeit');
    await page.getByRole('button', { name: 'Zurück' }).click();
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['14', '05', '1991']);
    const exported = await downloadText(page, 'Angaben exportieren', '.storage-problem');
    assert.equal(JSON.parse(exported).walkthrough.antrag.antragsteller.geburtsdatum.year, 1991);
  }, () => {
    // Fill localStorage completely, in ever smaller pieces.
    window.filled = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) {
          localStorage.setItem(`fuellung-${window.filled}`, chunk);
          window.filled += 1;
        }
      } catch {
        // full at this size: try smaller pieces
      }
    }
  });
});

test('data corrupted between reloads is kept for download, never silently discarded', async () => {
  await withBrowser(async ({ page, guard }) => {
    await firstPage(page);
    const corrupt = '{"schema": 2, "walkthrough": {"antrag": kaputt';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, corrupt]);
    guard.loaded = false;
    await page.reload();
    await appReady(page, guard);
    await page.waitForSelector('.storage-unreadable');
    assert.match(await page.textContent('.storage-unreadable'), /nicht gelesen werden/);
    await screenshot(page, 'fehler-daten-beschaedigt');
    // Working on does not overwrite the stored text until the person decides.
    await firstPage(page, ['2', '3', '1980']);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), corrupt);
    assert.equal(await downloadText(page, 'Gespeicherte Daten herunterladen', '.storage-unreadable'), corrupt);
    await page.getByRole('button', { name: 'Verwerfen und neu speichern' }).click();
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
    assert.equal(stored.schema, 3);
    assert.equal(stored.walkthrough.antrag.antragsteller.geburtsdatum.year, 1980);
  });
});

test('another window changing the same answers: noticed, nothing overwritten until the person chooses', async () => {
  await withBrowser(async ({ page, context, guard }) => {
    await firstPage(page);
    // A second window of the same app changes the birth date (its own first load).
    guard.loaded = false;
    const other = await context.newPage();
    await other.goto(server.origin + '/', { waitUntil: 'load' });
    await other.waitForSelector('main h1');
    await other.waitForLoadState('networkidle');
    guard.loaded = true;
    await onPage(other, 'Können Sie arbeiten?');
    await other.getByRole('button', { name: 'Zurück' }).click();
    await onPage(other, 'Ihr Alter');
    await fillDate(other, 'antragsteller-geburtsdatum', '1', '1', '1970');
    await other.getByRole('button', { name: 'Weiter' }).click();
    await onPage(other, 'Können Sie arbeiten?');
    // That window saves after its paint: wait until its copy holds the new date.
    await other.waitForFunction(
      (k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.walkthrough?.antrag?.antragsteller?.geburtsdatum?.year === 1970,
      KEY,
    );
    const theirs = await other.evaluate((k) => localStorage.getItem(k), KEY);
    await other.close();

    await page.waitForSelector('.other-window');
    assert.match(await page.textContent('.other-window'), /in einem anderen Fenster geändert/);
    await screenshot(page, 'fehler-anderes-fenster');
    // This window goes on, but does not overwrite the other's answers.
    await page.check('#erwerbsfaehigkeit');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), theirs);
    await page.getByRole('button', { name: 'Angaben aus dem anderen Fenster übernehmen' }).click();
    await page.getByRole('button', { name: 'Zurück' }).click();
    await onPage(page, 'Ihr Alter');
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['01', '01', '1970']);
  });
});

test('malformed import files change nothing and say why; an export of the old format is migrated', async () => {
  await withBrowser(async ({ page }) => {
    await firstPage(page);
    const valid = await downloadText(page, 'Angaben exportieren', 'footer');
    const withExtra = valid.replace('"current"', '"versteckt": true, "current"');
    const cases = [
      ['kaputt.json', 'das ist kein JSON', /keine Export-Datei/],
      ['fremd.json', '{"name": "etwas anderes"}', /keine Export-Datei/],
      ['zukunft.json', JSON.stringify({ ...JSON.parse(valid), schema: 99 }), /anderen Version .*99/],
      ['extra.json', withExtra, /unbekannte Feld „versteckt“/],
      ['halb.json', valid.slice(0, valid.length / 2), /keine Export-Datei/],
      ['riesig.json', `{"schema": 2, "x": "${'a'.repeat(600 * 1024)}"}`, /zu groß/],
      // Values the form would refuse, named; a key given twice.
      ['jahr.json', valid.replace('"year":1991', '"year":2147483647'), /„antragsteller-geburtsdatum“/],
      ['tag.json', valid.replace('"day":14', '"day":45'), /„antragsteller-geburtsdatum“/],
      ['doppelt.json', valid.replace('{"schema":3,', '{"schema":99,"schema":3,'), /„schema“ mehrmals/],
      ['getippt.json', valid.replace('"pending":{}', `"pending":{"antragsteller-vorname":"${'ü'.repeat(20_000)}"}`), /pending/],
      ['kinder.json', valid.replace('"anzahl_kinder":null', '"anzahl_kinder":65535'), /„anzahl-kinder“/],
    ];
    for (const [name, text] of cases.slice(6)) assert.notEqual(text, valid, `${name} changes the export`);
    for (const [name, text, message] of cases) {
      await page.setInputFiles('#import-datei', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.waitForFunction((m) => new RegExp(m).test(document.querySelector('footer').textContent), message.source);
      assert.equal(await page.$('text=Ja, übernehmen'), null, `${name}: nothing offered to take over`);
      assert.equal(await heading(page), 'Können Sie arbeiten?', name);
    }
    await page.getByRole('button', { name: 'Zurück' }).click();
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['14', '05', '1991']);
    // A file saved by the first version of the app is read after migration, and asked for.
    await page.setInputFiles('#import-datei', join(ROOT, 'tests', 'fixtures', 'storage-v1-halb.json'));
    await page.getByRole('button', { name: 'Ja, übernehmen' }).click();
    await page.waitForFunction(() => location.hash === '#/person-partner');
    assert.deepEqual(await dateValue(page, 'partner-geburtsdatum'), ['31', '02', '1990']);
  });
});

test('hostile input in the fields is kept as typed, reported, and shown as text, never as markup', async () => {
  await withBrowser(async ({ page }) => {
    await firstPage(page);
    await page.check('#erwerbsfaehigkeit');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.check('#wohnsitz-deutschland');
    await page.check('#staatsangehoerigkeit');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.check('#ausbildung');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.check('#stationaer-nein');
    await page.check('#altersrente-nein');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await onPage(page, 'Ihre persönlichen Daten');
    const long = 'x'.repeat(10_000);
    const markup = '<img src=x onerror="window.pwned=1">';
    await page.fill('#antragsteller-vorname', markup);
    await page.fill('#antragsteller-nachname', long);
    await page.fill('#strasse', 'Straße\u202E 1');
    await page.fill('#plz', '٥٥٢١٨');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.waitForSelector('.error-summary');
    const summary = await page.textContent('.error-summary');
    assert.match(summary, /zu lang/);
    assert.match(summary, /Steuerzeichen/);
    assert.equal(await page.inputValue('#antragsteller-nachname'), long, 'the long text is kept as typed');
    assert.equal(await page.inputValue('#antragsteller-vorname'), markup);
    assert.equal(await page.$('main img'), null, 'markup is not rendered');
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    await screenshot(page, 'fehler-eingaben');
  });
});

const appKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('antragssimulator')));

test('a deletion the browser refuses: said in words, nothing crashes, the next try deletes', async () => {
  await withBrowser(async ({ page }) => {
    await firstPage(page);
    await page.getByRole('button', { name: 'Alle Daten löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    // The answers leave the screen; the refusal is told at the top and beside the button.
    await onPage(page, 'Antrag auf Grundsicherung üben');
    await page.waitForSelector('.storage-problem');
    assert.match(await page.textContent('.storage-problem'), /das Löschen der gespeicherten Kopie abgelehnt/);
    assert.match(await page.textContent('footer'), /Das Löschen ist nicht ganz gelungen/);
    assert.ok(await page.evaluate(() => window.refusals) >= 1);
    assert.ok((await appKeys(page)).includes('antragssimulator'), 'the copy is still there');
    assert.deepEqual(await axeViolations(page), [], 'the refused deletion');
    await screenshot(page, 'fehler-loeschen-abgelehnt');
    // Once the browser allows it again, the next try deletes and says so.
    await page.evaluate(() => { window.refuse = false; });
    await page.getByRole('button', { name: 'Alle Daten löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    await page.waitForFunction(() => document.querySelector('footer').textContent.includes('Alle Angaben wurden von diesem Gerät gelöscht'));
    assert.equal(await page.$('.storage-problem'), null);
    assert.deepEqual(await appKeys(page), []);
  }, () => {
    // Removing the answers is refused (as a locked-down browser may do) until the test lifts it.
    window.refusals = 0;
    window.refuse = true;
    const remove = Storage.prototype.removeItem;
    Storage.prototype.removeItem = function (key) {
      if (key === 'antragssimulator' && window.refuse) {
        window.refusals += 1;
        throw new DOMException('Der Zugriff ist verboten.', 'SecurityError');
      }
      return remove.call(this, key);
    };
  });
});

test('after a save that failed, the next start says these are not the latest answers', async () => {
  await withBrowser(async ({ page, guard }) => {
    await firstPage(page);
    await page.waitForFunction((k) => localStorage.getItem(k)?.includes('"year":1991'), KEY);
    // The storage fills up (another site of the same origin, say); the next change cannot be saved.
    await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 1; size >>= 1) {
        const chunk = 'x'.repeat(size);
        try {
          for (;;) localStorage.setItem(`fuellung-${n++}`, chunk);
        } catch {
          // full at this size: try smaller pieces
        }
      }
    });
    // Going back grows the copy (the report counts it): it no longer fits.
    await page.getByRole('button', { name: 'Zurück' }).click();
    await onPage(page, 'Ihr Alter');
    await page.waitForSelector('.storage-problem');
    assert.match(await page.textContent('.storage-problem'), /Speicher dieses Browsers ist voll/);
    guard.loaded = false;
    await page.reload();
    await appReady(page, guard);
    // The stored copy is the one from before going back, and the page says it is older.
    await onPage(page, 'Können Sie arbeiten?');
    await page.waitForSelector('.storage-problem');
    assert.match(await page.textContent('.storage-problem'), /nicht Ihre neuesten Angaben/);
    assert.deepEqual(await axeViolations(page), [], 'the older copy');
  });
});

test('300,000 characters pasted into a name: kept up to 10,000, saved, and readable after a reload', async () => {
  await withBrowser(async ({ page, guard }) => {
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await walkTo(page, SINGLE, 'personalien');
    await page.fill('#antragsteller-vorname', 'ü'.repeat(300_000));
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.waitForSelector('.error-summary');
    assert.match(await page.textContent('.error-summary'), /höchstens 100 Zeichen/);
    await page.waitForFunction((k) => (localStorage.getItem(k)?.length ?? 0) > 10_000, KEY);
    guard.loaded = false;
    await page.reload();
    await appReady(page, guard);
    await onPage(page, 'Ihre persönlichen Daten');
    assert.equal(await page.$('.storage-unreadable'), null, 'the saved copy reads back');
    assert.equal((await page.inputValue('#antragsteller-vorname')).length, 10_000);
    // And the export of it can be imported again.
    const exported = await downloadText(page, 'Angaben exportieren', 'footer');
    assert.ok(exported.length < 512 * 1024, `export of ${exported.length} bytes`);
  });
});
