import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fillDate, dateValue, onPage } from './harness.mjs';
import { SINGLE, walkTo } from './roles.mjs';
import { useDistServer, openBrowser, loadApp, appReady, screenshot, trafficProblems } from './harness.mjs';

const server = useDistServer();

const heading = (page) => page.textContent('main h1');
const appKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('antragssimulator')));

test('answers stay on this device: reload resumes, Back works, export and import, "Alle Daten löschen" leaves nothing', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    assert.deepEqual(await appKeys(page), [], 'nothing is stored before the first answer');

    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    // The address follows the page once it is painted.
    await page.waitForFunction(() => location.hash === '#/alter');
    await fillDate(page, 'antragsteller-geburtsdatum', '14', '5', '1991');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await onPage(page, 'Können Sie arbeiten?');
    await page.check('#erwerbsfaehigkeit');

    // Reload half way: the walkthrough resumes where it was, with the answers.
    guard.loaded = false;
    await page.reload();
    await appReady(page, guard);
    assert.equal(await heading(page), 'Können Sie arbeiten?');
    assert.equal(await page.isChecked('#erwerbsfaehigkeit'), true);
    await screenshot(page, 'storage-resumed');

    // The browser's Back button goes to the previous step, answers intact.
    await page.goBack();
    await onPage(page, 'Ihr Alter');
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['14', '05', '1991']);
    await page.goForward();
    await onPage(page, 'Können Sie arbeiten?');

    // Saving waits until the change is painted, but a change followed at once by leaving the
    // page (here: in the same task, so no frame or timer can run in between) is still written.
    guard.loaded = false;
    await page.evaluate(() => {
      document.querySelector('input[name="erwerbsfaehigkeit"][value="nein"]').click();
      location.reload();
    });
    await appReady(page, guard);
    assert.equal(await heading(page), 'Können Sie arbeiten?');
    assert.equal(await page.isChecked('input[name="erwerbsfaehigkeit"][value="nein"]'), true, 'the last change survived leaving');
    await page.check('#erwerbsfaehigkeit');

    // A step not reached yet cannot be opened by URL.
    await page.evaluate(() => { location.hash = '#/bankverbindung'; });
    await page.waitForFunction(() => location.hash === '#/erwerbsfaehigkeit');
    assert.equal(await heading(page), 'Können Sie arbeiten?');

    assert.deepEqual(await appKeys(page), ['antragssimulator']);

    // Export the answers to a file …
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Angaben exportieren' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'antragssimulator-angaben.json');
    const exported = await download.path();
    const text = await readFile(exported, 'utf8');
    assert.equal(JSON.parse(text).schema, 3);
    assert.match(text, /"1991"|1991/);

    // … a file that is not an export changes nothing and says why …
    await page.setInputFiles('#import-datei', {
      name: 'falsch.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hallo": "welt"}'),
    });
    await page.waitForFunction(() => document.querySelector('footer')?.textContent.includes('keine Export-Datei'));
    assert.equal(await heading(page), 'Können Sie arbeiten?');

    await page.getByRole('button', { name: 'Alle Daten löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    await onPage(page, 'Antrag auf Grundsicherung üben');
    assert.deepEqual(await appKeys(page), [], 'browser storage holds nothing of the app');
    assert.match(await page.textContent('footer'), /Alle Angaben wurden von diesem Gerät gelöscht/);
    await screenshot(page, 'storage-deleted');

    // … and the exported file brings everything back, after asking.
    await page.setInputFiles('#import-datei', exported);
    await page.getByRole('button', { name: 'Ja, übernehmen' }).click();
    await onPage(page, 'Können Sie arbeiten?');
    await page.getByRole('button', { name: 'Zurück' }).click();
    await onPage(page, 'Ihr Alter');
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['14', '05', '1991']);
    await page.getByRole('button', { name: 'Alle Daten löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    assert.deepEqual(await appKeys(page), []);

    assert.deepEqual(trafficProblems(guard), [], 'no foreign request, none after each load');
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});

test('a name typed and not yet left is kept when the page is reloaded', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await walkTo(page, SINGLE, 'personalien');
    // Typed, the focus still in the field: no change event has been sent yet.
    await page.fill('#antragsteller-vorname', 'Jonas');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'antragsteller-vorname');
    guard.loaded = false;
    await page.reload();
    await appReady(page, guard);
    await onPage(page, 'Ihre persönlichen Daten');
    assert.equal(await page.inputValue('#antragsteller-vorname'), 'Jonas');
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});
