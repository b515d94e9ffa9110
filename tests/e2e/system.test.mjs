// Behind one Bescheid: the same household under every Rechtsstand side by side, and "Was bleibt
// vom Lohn?" with its chart driven by the keyboard. Each check reads what a person sees or what a
// screen reader is given, and waits for states the app exposes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  useDistServer, openBrowser, loadApp, appReady, onPage, axeViolations, trafficProblems, screenshot, withoutIsolates, fillDate,
  germanLeftovers, SCREENSHOTS,
} from './harness.mjs';
import { walkTo, answerPage, SINGLE, SINGLE_PARENT } from './roles.mjs';

const server = useDistServer();

/** "1.118,00 €" → 111800 (cents). */
const cents = (s) => Number(s.replace(/[^\d,]/g, '').replace(',', ''));
const euro = (c) => `${Math.floor(c / 100).toLocaleString('de-DE')},${String(c % 100).padStart(2, '0')}`;

/** Walk Jonas (single, no income) to the Bescheid and return his monthly claim in cents. */
async function jonasBescheid(page) {
  await page.getByRole('button', { name: 'Simulation starten' }).click();
  await walkTo(page, SINGLE, 'bestaetigung');
  await page.locator('.after-nav__link[href="#/bescheid"]').click();
  await page.waitForFunction(() => location.hash === '#/bescheid' && document.querySelector('.bescheid-summary strong'));
  return cents(await page.textContent('.bescheid-summary strong'));
}

/** The slider's value and what it reads out. */
const slider = (page) => page.$eval('.chart[role=slider]', (s) => ({
  now: Number(s.getAttribute('aria-valuenow')), text: s.getAttribute('aria-valuetext'),
}));

async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Wait until the slider stands at `euros` and return what it says. */
async function sliderAt(page, euros) {
  await page.waitForFunction((v) => document.querySelector('.chart[role=slider]')?.getAttribute('aria-valuenow') === String(v), euros);
  return slider(page);
}

test('the Bescheid under every Rechtsstand: the cells that changed are marked and each change is named', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await jonasBescheid(page);
    await page.getByRole('link', { name: 'Der Bescheid nach jedem Rechtsstand' }).click();
    await onPage(page, 'Der Bescheid nach jedem Rechtsstand');
    await page.waitForSelector('table.vergleich tbody tr');
    const heads = await page.$$eval('table.vergleich thead th', (ths) => ths.map((t) => t.textContent.trim()));
    assert.equal(heads.length, 8, heads.join(' | '));
    assert.match(heads[1], /^2019/);
    assert.match(heads[7], /Grundsicherungsgeld/);

    // Jonas's Regelbedarf: 424 € (2019), 502 € (2023), 563 € from 2024 — marked in 2023 and 2024 only.
    const row = await page.$$eval('table.vergleich tbody tr', (rows) => {
      const r = rows.find((tr) => tr.querySelector('th[scope=row]')?.textContent.startsWith('Regelbedarf'));
      return [...r.querySelectorAll('td')].map((td) => ({
        text: td.textContent.trim(), marked: td.classList.contains('vergleich__zelle--geaendert'),
      }));
    });
    assert.deepEqual(row.map((c) => c.text.replace(/\s+/g, ' ')), [
      '424,00 €', '502,00 € (geändert)', '502,00 €', '563,00 € (geändert)', '563,00 €', '563,00 €', '563,00 €',
    ]);
    assert.deepEqual(row.map((c) => c.marked), [false, true, false, true, false, false, false]);
    // The mark is more than colour: the cell says so in words a screen reader reads.
    const hidden = await page.$eval('.vergleich__zelle--geaendert .visually-hidden', (s) => s.textContent.trim());
    assert.equal(hidden, '(geändert)');
    // The household's claim changed between the laws, and its row is marked where it did.
    const total = await page.$$eval('table.vergleich tbody:last-of-type tr:last-child td', (tds) =>
      tds.map((td) => td.classList.contains('vergleich__zelle--geaendert')));
    assert.ok(total.filter(Boolean).length >= 2, `the total changed in ${total}`);

    const changes = await page.textContent('.vergleich__aenderungen');
    for (const law of ['§ 20 SGB II', '§ 11b Abs. 3 SGB II', '§ 12 SGB II', 'Bürgergeld-Gesetz', '13. SGB II-Änderungsgesetz']) {
      assert.ok(changes.includes(law), `the changes name ${law}`);
    }
    assert.deepEqual(await axeViolations(page), [], 'comparison page');
    await screenshot(page, 'vergleich-rechtsstaende');
    // Printed, the comparison fits one landscape page (the page's own @page size).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    assert.equal(pages.length, 1, `printed on ${pages.length} pages`);
    assert.ok(box && Number(box[1]) > Number(box[2]), `landscape: ${box?.[0]}`);
    await writeFile(join(SCREENSHOTS, 'vergleich-rechtsstaende.pdf'), pdf);

    // The same page in English: no German left outside the legal terms, axe finds nothing.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await onPage(page, 'The decision letter (Bescheid) under every version of the law');
    assert.match(await page.textContent('table.vergleich'), /standard need \(Regelbedarf\)/);
    assert.deepEqual(await axeViolations(page), [], 'comparison page in English');
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});

test('"Was bleibt vom Lohn?": the keyboard moves the marker, the values match the Bescheid, a table carries them', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    const claim = await jonasBescheid(page);
    await page.getByRole('link', { name: 'Was bleibt vom Lohn?' }).click();
    await onPage(page, 'Was bleibt vom Lohn?');
    await page.waitForSelector('.chart[role=slider] polyline');

    const chart = page.locator('.chart[role=slider]');
    await chart.focus();
    await press(page, 'Home');
    let at = await sliderAt(page, 0);
    // Without wage Jonas has what the Bescheid grants.
    assert.match(at.text, new RegExp(`Bei 0,00\\s€ brutto: 0,00\\s€ netto, ${euro(claim)}\\s€ vom Jobcenter`));
    // 300 € gross: 100 € stay free and 20 % of the 200 € above (§ 11b Abs. 2 and 3), so the
    // household has the claim plus 140 €.
    await press(page, 'ArrowRight', 30);
    at = await sliderAt(page, 300);
    assert.match(at.text, new RegExp(`zusammen ${euro(claim + 14000)}\\s€ im Monat`));
    assert.equal(withoutIsolates(await page.textContent('.chart__readout')), at.text);
    await press(page, 'PageUp');
    await sliderAt(page, 400);
    await press(page, 'End');
    at = await sliderAt(page, 3000);
    await press(page, 'PageDown');
    await sliderAt(page, 2900);
    await press(page, 'ArrowLeft');
    await sliderAt(page, 2890);
    // The second law drawn over the first is read out beside it.
    assert.match(at.text, /Nach dem Recht von 2019: /);

    // The bands and the end of the claim.
    const bands = await page.$$eval('.lohn-baender li', (lis) => lis.map((li) => li.textContent));
    assert.ok(bands.some((b) => /von 100,00\s€ bis [\d.]+,00\s€ brutto: 20,00\s€/.test(b)), bands.join(' | '));
    assert.match(await page.textContent('.lohn-ende'), /Der Anspruch endet bei [\d.]+,\d\d\s€ brutto im Monat\./);

    // The table: one row per 100 €, the same figures as the marker.
    await page.locator('.lohn-tabelle-box summary').click();
    const rows = await page.$$eval('.lohn-tabelle tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.equal(rows.length, 31);
    const r300 = rows.find((r) => r[0].startsWith('300,00'));
    assert.equal(cents(r300[3]), claim + 14000);

    // Choosing no comparison removes the second line and its readout.
    await page.selectOption('#lohn-vergleich', '');
    await page.waitForFunction(() => !document.querySelector('.chart__line--b'));
    await chart.focus();
    await press(page, 'ArrowRight');
    at = await sliderAt(page, 2900);
    assert.doesNotMatch(at.text, /Nach dem Recht von/);
    assert.deepEqual(await axeViolations(page), [], 'wage page');
    await screenshot(page, 'was-bleibt-vom-lohn');

    // In Arabic the page mirrors and the slider still reads out amounts.
    await page.getByRole('button', { name: 'العربية', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.waitForSelector('.chart[role=slider] polyline');
    await page.locator('.chart[role=slider]').focus();
    await press(page, 'Home');
    at = await sliderAt(page, 0);
    assert.match(withoutIsolates(at.text), /Jobcenter/);
    assert.deepEqual(await axeViolations(page), [], 'wage page in Arabic');
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});

test('opened without a sent application, both pages say what they need instead of showing nothing', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    for (const [hash, title] of [['#/vergleich', 'Der Bescheid nach jedem Rechtsstand'], ['#/lohn', 'Was bleibt vom Lohn?']]) {
      await page.evaluate((h) => { location.hash = h; }, hash);
      await onPage(page, title);
      assert.match(await page.textContent('main .notice'), /abgeschickten Antrag/);
      assert.deepEqual(await axeViolations(page), [], hash);
    }
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});

test('the report names the hurdles of the real process, and its end offers another role', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    // "Weiter" with nothing answered: an error this walk will remember.
    await page.locator('main form button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    await walkTo(page, SINGLE, 'bestaetigung');
    await page.locator('.after-nav__link[href="#/bericht"]').click();
    await onPage(page, 'Ihr Erfahrungsbericht');
    const hurdles = await page.$$eval('.stolpersteine li', (lis) => lis.map((li) => li.textContent));
    assert.equal(hurdles.length, 4);
    assert.match(hurdles[0], /^Seitenzahl des Hauptantrags: amtlicher Vordruck „Jobcenter-HA“ \(8 Seiten, 2023–2026\)\. Seitenzahl der Anlagen: nicht bekannt\.$/);
    assert.match(hurdles[1], /^Unterlagen von \d+ Stellen besorgen: .*Bank.*Vermieterin oder Vermieter/);
    assert.match(hurdles[2], /Benutzerkonto bei der Bundesagentur für Arbeit.*Online-Ausweis/);
    assert.match(hurdles[3], /§ 88 SGG/);
    const helps = await page.$$eval('.hilfen li', (lis) => lis.map((li) => li.textContent));
    assert.ok(helps.some((h) => h.startsWith('Beispiele direkt an den Feldern')), helps.join(' | '));
    assert.ok(helps.some((h) => h.includes('kostenlose Beratung')), helps.join(' | '));
    // The statement repeats the counts of the report above it.
    const answered = await page.$eval('.report .report__row dd', (dd) => dd.textContent.trim());
    assert.match(await page.textContent('.report__statement'), new RegExp(`brauchte dieser Antrag ${answered} Antworten`));
    assert.deepEqual(await axeViolations(page), [], 'report');
    await screenshot(page, 'bericht-stolpersteine');

    // "Andere Rolle wählen" asks first, with the focus on the answer that deletes.
    await page.getByRole('button', { name: 'Andere Rolle wählen' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Ja, alles löschen');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'rollen');
    assert.equal(await page.textContent('#rollen'), 'Eine Rolle übernehmen');
    // Nothing of the walk is left: the first page is empty again.
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    assert.equal(await page.inputValue('#antragsteller-geburtsdatum-jahr'), '');
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});

test('an exit of the Vorprüfung says where to go and what that office does, and is no dead end', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    await fillDate(page, 'antragsteller-geburtsdatum', '1', '1', '2016');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.waitForFunction(() => location.hash === '#/ausstieg-unter-15');
    assert.match(await page.textContent('.exit-office'), /über den Antrag ihrer Eltern beim Jobcenter/);
    assert.deepEqual(await axeViolations(page), [], 'exit page');
    // Asked, then cancelled: the page stays as it was.
    await page.getByRole('button', { name: 'Neu beginnen' }).click();
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await page.waitForSelector('.restart__neu');
    assert.equal(await stepShownNow(page), 'ausstieg-unter-15');
    await page.getByRole('button', { name: 'Neu beginnen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    await page.waitForSelector('main button.button--start');
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});

const stepShownNow = (page) => page.getAttribute('main', 'data-schritt');

test('the kiosk tally over three walks: counted, free of typed values, shown to trainers, deleted', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await page.goto(server.origin + '/?modus=kiosk', { waitUntil: 'load' });
    await appReady(page, guard);
    // 1: Jonas sends his application.
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await walkTo(page, SINGLE, 'bestaetigung');
    await page.getByRole('button', { name: 'Fertig — alles löschen' }).click();
    await onPage(page, 'Antrag auf Grundsicherung üben');
    // 2: an error on the first page, then the exit for a child under 15.
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    await page.locator('main form button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    await fillDate(page, 'antragsteller-geburtsdatum', '1', '1', '2016');
    await page.locator('main form button[type=submit]').click();
    await page.waitForFunction(() => location.hash === '#/ausstieg-unter-15');
    await page.getByRole('button', { name: 'Fertig — alles löschen' }).click();
    await onPage(page, 'Antrag auf Grundsicherung üben');
    // 3: a role chosen, then left.
    await page.locator('.persona button').first().click();
    await onPage(page, 'Ihr Alter');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('antragssimulator-auswertung') ?? '{}').begonnen === 3);

    const stored = await page.evaluate(() => localStorage.getItem('antragssimulator-auswertung'));
    for (const typed of ['Jonas', 'Becker', 'Bahnhof', '1991', '2016', 'DE89', 'Ingelheim']) {
      assert.ok(!stored.includes(typed), `${typed} reached the tally: ${stored}`);
    }

    await page.evaluate(() => { location.hash = '#/auswertung'; });
    await onPage(page, 'Auswertung dieses Geräts');
    const rows = await page.$$eval('.report .report__row', (rs) => rs.map((r) => [r.querySelector('dt').textContent, r.querySelector('dd').textContent]));
    assert.deepEqual(rows.slice(0, 4), [
      ['Durchgänge begonnen', '3'], ['bis zum Absenden', '1'],
      ['an einem Ausstieg der Vorprüfung beendet', '1'], ['vorher verlassen', '1'],
    ]);
    assert.match(rows[5][1], /^Median \d+, von \d+ bis \d+$/);
    // Each chart under its heading: the rows' texts, or what stands there instead.
    const chart = (title) => page.$$eval('main h2', (hs, t) => {
      const next = hs.find((h) => h.textContent === t)?.nextElementSibling;
      return next?.matches('.bars') ? [...next.querySelectorAll('.bars__row')].map((r) => r.textContent) : [next?.textContent];
    }, title);
    const roles = await chart('Gewählte Rollen');
    assert.equal(roles.length, 2, roles.join(' | '));
    assert.equal(roles[0], 'Eigene Angaben (keine Rolle)2');
    assert.match(roles[1], /1$/);
    assert.deepEqual(await chart('Hier gab es am häufigsten Fehlermeldungen'), ['Ihr Alter1']);
    assert.deepEqual(await chart('Hier ging es am häufigsten zurück'), ['noch keine']);
    assert.deepEqual(await axeViolations(page), [], 'tally page');
    await screenshot(page, 'auswertung');
    // The handout for the guests: one A4 page.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, 'the handout is one page');
    await writeFile(join(SCREENSHOTS, 'auswertung.pdf'), pdf);

    await page.getByRole('button', { name: 'Auswertung löschen' }).click();
    await page.getByRole('button', { name: 'Ja, Auswertung löschen' }).click();
    await page.waitForFunction(() => document.querySelector('.auswertung__status')?.textContent === 'Die Auswertung ist gelöscht.');
    assert.equal(await page.evaluate(() => localStorage.getItem('antragssimulator-auswertung')), null);
    assert.equal(await page.textContent('.auswertung__leer'), 'Noch nichts gezählt.');

    // The trainer reaches the page from the presenter's help.
    guard.loaded = false;
    await page.goto(server.origin + '/?modus=praesentation', { waitUntil: 'load' });
    await appReady(page, guard);
    await page.keyboard.press('?');
    await page.getByRole('link', { name: 'Auswertung dieses Geräts (Zählung im Kiosk-Modus)' }).click();
    await onPage(page, 'Auswertung dieses Geräts');
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});

test('the pages behind the Bescheid, the report and the tally in every language: translated, axe-clean', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await jonasBescheid(page);
    const languages = [['Leichte Sprache', 'de'], ['English', 'en'], ['Українська', 'uk'], ['العربية', 'ar'], ['Türkçe', 'tr']];
    let checked = 0;
    for (const [name, lang] of languages) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.waitForFunction(([l, n]) => document.documentElement.lang === l
        && document.querySelector('.lang-switch__button[aria-current]')?.textContent === n, [lang, name]);
      for (const hash of ['#/vergleich', '#/lohn', '#/bericht', '#/auswertung']) {
        await page.evaluate((h) => { location.hash = h; }, hash);
        await page.waitForFunction((h) => location.hash === h && document.querySelector('main h1'), hash);
        if (hash === '#/lohn') await page.waitForSelector('.chart[role=slider] polyline');
        if (hash === '#/vergleich') await page.waitForSelector('table.vergleich tbody tr');
        const text = withoutIsolates(await page.textContent('main'));
        if (lang !== 'de') assert.deepEqual(germanLeftovers(text), [], `German left on ${hash} in ${lang}`);
        assert.deepEqual(await axeViolations(page), [], `${hash} in ${lang}`);
        checked += 1;
      }
    }
    assert.equal(checked, 20);
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});

test('the income page offers the net wage for a gross wage, and never overwrites a typed one', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    // Sabine has only her gross wage at hand: 1,500 € (the net field left empty).
    const card = {
      ...SINGLE_PARENT,
      'antragsteller-einkommen-betrag-erwerb-brutto': '1500',
      'antragsteller-einkommen-betrag-erwerb-netto': undefined,
    };
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await walkTo(page, card, 'einkommen-antragsteller');
    await answerPage(page, card);
    const net = page.locator('#antragsteller-einkommen-betrag-erwerb-netto');
    // The gross wage counts once its field is left.
    await net.focus();
    await page.waitForSelector('.netto-offer');
    // Steuerklasse II, Übergangsbereich: 1,500 € less 271.61 € of contributions, no Lohnsteuer
    // (computed by hand in tests/was_bleibt.rs).
    assert.match(await page.textContent('.netto-offer'), /etwa 1\.228,39\s€ \(Steuerklasse II, Recht von/);
    assert.deepEqual(await axeViolations(page), [], 'income page with the offer');
    await page.getByRole('button', { name: 'Diesen Nettolohn eintragen' }).click();
    await page.waitForFunction(() => !document.querySelector('.netto-offer'));
    assert.equal(await net.inputValue(), '1228,39');
    // A figure typed by the person stays, and no offer returns beside it.
    await net.fill('1200');
    await page.locator('#antragsteller-einkommen-betrag-erwerb-brutto').focus();
    await page.locator('main form button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('main')?.dataset.schritt !== 'einkommen-antragsteller');
    await page.locator('main .back-link').click();
    await page.waitForFunction(() => document.querySelector('main')?.dataset.schritt === 'einkommen-antragsteller');
    assert.equal(await net.inputValue(), '1200,00');
    assert.equal(await page.$('.netto-offer'), null);
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});
