// Two more households filed to the confirmation by a generic "person" that answers each page from
// a role card, as a trainer's participant would. The figures are checked against the calculation
// (the same households are asserted natively in tests/personas.rs and tests/bescheid.rs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, openBrowser, loadApp, screenshot, trafficProblems, fillDate } from './harness.mjs';

let server;
before(async () => {
  server = await serveDist();
});
after(async () => {
  await server?.close();
});

// What every role answers unless its card says otherwise, by the question's key.
const DEFAULTS = {
  erwerbsfaehigkeit: 'ja', 'wohnsitz-deutschland': 'ja', staatsangehoerigkeit: 'deutsch', ausbildung: 'keine',
  stationaer: 'nein', altersrente: 'nein', schwanger: 'nein', behinderung: 'nein', ernaehrung: 'nein',
  'besonderer-bedarf': 'nein', unfall: 'nein', 'elternteil-ausserhalb': 'nein', erwerbsfaehig: 'ja', schule: 'nein',
  krankenversicherung: 'gesetzlich', krankenkasse: 'AOK', 'hat-partner': 'nein', 'anzahl-kinder': '0',
  'anzahl-weitere': '0', iban: 'DE89 3704 0044 0532 0130 00', 'erklaerung-richtigkeit': 'ja',
  'erklaerung-aenderungen': 'ja', 'erklaerung-datenschutz': 'ja',
};
const keyOf = (field) => field.replace(/^(antragsteller|partner|kind-\d+|weitere-\d+)-/, '');

/** Answer every question on the page that the card (or the defaults) has an answer for. */
async function answerPage(page, card) {
  const answered = new Set();
  for (let round = 0; round < 5; round++) {
    const fields = await page.$$eval('main form input', (els) => [
      ...new Set(els.map((e) => (e.type === 'radio' ? e.name : e.id)).filter((id) => !/-(monat|jahr)$/.test(id))),
    ]);
    const todo = fields.filter((f) => !answered.has(f) && (card[f] ?? DEFAULTS[keyOf(f)]) !== undefined);
    if (todo.length === 0) return;
    for (const field of todo) {
      answered.add(field);
      const value = card[field] ?? DEFAULTS[keyOf(field)];
      // An earlier answer on this page may have removed the question (no pregnancy question for a man).
      const input = await page.$(`main form input[id="${field}"], main form input[name="${field}"]`);
      if (!input) continue;
      const kind = await input.evaluate((e) => e.type);
      if (kind === 'radio') {
        await page.check(`main form input[name="${field}"][value="${value}"]`);
      } else if (kind === 'checkbox') {
        if (value === 'ja') await page.check(`#${field}`);
      } else if (await page.$(`#${field}-monat`)) {
        const [d, m, y] = value.split('.');
        await fillDate(page, field, d, m, y);
      } else {
        await page.fill(`#${field}`, value);
      }
    }
  }
}

/** Play a card from the start page to the confirmation; returns the pages seen. */
async function fileApplication(page, card, name) {
  await page.getByRole('button', { name: 'Simulation starten' }).click();
  const seen = [];
  for (let i = 0; i < 60; i++) {
    await page.waitForSelector('main h1');
    const title = await page.textContent('main h1');
    if (title === 'Antrag gesendet (Simulation)') break;
    seen.push(title);
    await screenshot(page, `${name}-${String(seen.length).padStart(2, '0')}`);
    await answerPage(page, card);
    const submit = title === 'Erklärungen und Absenden' ? 'Antrag absenden (Simulation)' : 'Weiter';
    await page.getByRole('button', { name: submit }).click();
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent !== t, title, { timeout: 5000 });
    assert.equal(await page.$('.error-summary'), null, `no errors after "${title}"`);
  }
  await screenshot(page, `${name}-bestaetigung`);
  return seen;
}

const SINGLE_PARENT = {
  'antragsteller-geburtsdatum': '02.09.1992', 'antragsteller-vorname': 'Sabine', 'antragsteller-nachname': 'Klein',
  'antragsteller-geschlecht': 'weiblich', strasse: 'Am Rosengarten 3', plz: '55411', wohnort: 'Bingen am Rhein',
  familienstand: 'ledig', 'anzahl-kinder': '2',
  'kind-1-vorname': 'Mia', 'kind-1-nachname': 'Klein', 'kind-1-geburtsdatum': '11.06.2018', 'kind-1-geschlecht': 'weiblich',
  'kind-1-verhaeltnis-kind': 'leiblich', 'kind-1-elternteil-ausserhalb': 'ja',
  'kind-2-vorname': 'Ben', 'kind-2-nachname': 'Klein', 'kind-2-geburtsdatum': '03.03.2022', 'kind-2-geschlecht': 'maennlich',
  'kind-2-verhaeltnis-kind': 'leiblich', 'kind-2-elternteil-ausserhalb': 'ja',
  wohnkosten: 'ja', wohnform: 'miete', wohnflaeche: '68', warmwasser: 'dezentral',
  grundmiete: '520', nebenkosten: '120', heizkosten: '90',
  'antragsteller-einkommen-art-erwerb': 'ja', 'antragsteller-einkommen-betrag-erwerb-brutto': '556',
  'antragsteller-einkommen-betrag-erwerb-netto': '556',
  'kind-1-einkommen-art-kindergeld': 'ja', 'kind-1-einkommen-betrag-kindergeld': '259',
  'kind-1-einkommen-art-unterhaltsvorschuss': 'ja', 'kind-1-einkommen-betrag-unterhaltsvorschuss': '299',
  'kind-2-einkommen-art-kindergeld': 'ja', 'kind-2-einkommen-betrag-kindergeld': '259',
  'kind-2-einkommen-art-unterhaltsvorschuss': 'ja', 'kind-2-einkommen-betrag-unterhaltsvorschuss': '227',
  'antragsteller-vermoegen-art-konten': 'ja', 'antragsteller-vermoegen-betrag-konten': '300',
  'kind-1-vermoegen-keine': 'ja', 'kind-2-vermoegen-keine': 'ja', kontoinhaber: 'Sabine Klein',
};

const COUPLE_WITH_CHILD = {
  'antragsteller-geburtsdatum': '19.11.1985', staatsangehoerigkeit: 'andere', 'aufenthalt-dauer': 'bis-5-jahre',
  aufenthaltsgrund: 'ukraine', 'antragsteller-vorname': 'Olena', 'antragsteller-nachname': 'Kovalenko',
  'antragsteller-geschlecht': 'weiblich', strasse: 'Binger Straße 77', plz: '55218', wohnort: 'Ingelheim am Rhein',
  familienstand: 'verheiratet', 'hat-partner': 'ja', partnerschaft: 'ehe', 'anzahl-kinder': '1',
  'partner-vorname': 'Andrii', 'partner-nachname': 'Kovalenko', 'partner-geburtsdatum': '02.02.1983',
  'partner-geschlecht': 'maennlich',
  'kind-1-vorname': 'Sofiia', 'kind-1-nachname': 'Kovalenko', 'kind-1-geburtsdatum': '25.05.2016',
  'kind-1-geschlecht': 'weiblich', 'kind-1-verhaeltnis-kind': 'gemeinsam',
  wohnkosten: 'ja', wohnform: 'miete', wohnflaeche: '58', warmwasser: 'zentral',
  grundmiete: '560', nebenkosten: '140', heizkosten: '95',
  'antragsteller-einkommen-keine': 'ja',
  'partner-einkommen-art-erwerb': 'ja', 'partner-einkommen-betrag-erwerb-brutto': '603',
  'partner-einkommen-betrag-erwerb-netto': '603',
  'kind-1-einkommen-art-kindergeld': 'ja', 'kind-1-einkommen-betrag-kindergeld': '259',
  'antragsteller-vermoegen-keine': 'ja', 'partner-vermoegen-keine': 'ja', 'kind-1-vermoegen-keine': 'ja',
  kontoinhaber: 'Olena Kovalenko',
};

for (const [name, card, pages, total, perPerson, documents] of [
  ['alleinerziehend', SINGLE_PARENT, 21, '907,97 €', ['731,12 €', '75,13 €', '101,72 €'], ['Bescheid über Unterhaltsvorschuss', 'Geburtsurkunde', 'Arbeitsvertrag und Lohnabrechnungen']],
  ['paar-mit-kind', COUPLE_WITH_CHILD, 21, '1.568,90 €', ['616,21 €', '616,21 €', '336,48 €'], ['Aufenthaltstitel oder Freizügigkeitsnachweis', 'Kindergeldbescheid']],
]) {
  test(`household "${name}" files the mock application and gets the calculated Bescheid`, async () => {
    const browser = await openBrowser(server.origin);
    try {
      const { page, guard } = browser;
      await loadApp(page, guard, server.origin);
      const seen = await fileApplication(page, card, name);
      assert.equal(seen.length, pages, `pages: ${seen.join(' | ')}`);
      const done = await page.textContent('main');
      assert.ok(done.includes(`Zusammen im Monat: ${total}`), `total ${total}`);
      const claims = await page.$$eval('.person-result__claim strong', (els) => els.map((e) => e.textContent));
      assert.deepEqual(claims, perPerson);
      for (const doc of documents) assert.ok(done.includes(doc), doc);
      assert.deepEqual(trafficProblems(guard), []);
      assert.deepEqual(guard.errors, []);
    } finally {
      await browser.close();
    }
  });
}
