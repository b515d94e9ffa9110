// Role cards for the end-to-end tests: what a participant answers on each page, by field id,
// and a generic "person" that answers whatever page is shown from such a card (by mouse and
// typing). The cards match personas in src/domain/personas.rs, whose figures are asserted natively.
import { fillDate, submitPage } from './harness.mjs';

// What every role answers unless its card says otherwise, by the question's key.
export const DEFAULTS = {
  erwerbsfaehigkeit: 'ja', 'wohnsitz-deutschland': 'ja', staatsangehoerigkeit: 'deutsch', ausbildung: 'keine',
  leistungsbeginn: 'sofort', 'getrennt-seit': '01.03.2023',
  erwerbsfaehig: 'ja', krankenversicherung: 'gesetzlich', krankenkasse: 'AOK', 'anzahl-kinder': '0',
  'anzahl-weitere': '0', iban: 'DE89 3704 0044 0532 0130 00', 'erklaerung-richtigkeit': 'ja',
  'erklaerung-aenderungen': 'ja', 'erklaerung-datenschutz': 'ja',
};
export const keyOf = (field) => field.replace(/^(antragsteller|partner|kind-\d+|weitere-\d+)-/, '');

/** A card's answer to `field`: the card's own, else the default, else "nein" to a yes/no question
 * (as the personas do). A field the card sets to `undefined` is left unanswered. */
export const answerOf = (card, field, yesNo) =>
  field in card ? card[field] : DEFAULTS[keyOf(field)] ?? (yesNo ? 'nein' : undefined);

/** Whether the radio group `name` is a yes/no question (exactly the answers "ja" and "nein"). */
export const isYesNo = (page, name) =>
  page.$$eval(`main form input[type=radio][name="${name}"]`, (rs) =>
    rs.length === 2 && rs.map((r) => r.value).sort().join() === 'ja,nein');

/** The step on screen (the URL follows it only after the paint). */
export const stepShown = (page) => page.getAttribute('main', 'data-schritt');

/** Answer and send pages with the card until the step `until` is on screen (at most 60 pages). */
export async function walkTo(page, card, until) {
  // After "Simulation starten" the start page may stay a moment, saying "loading", while the
  // walk's code arrives (LaterCode in ui/state.rs): the walk begins on the first question's page.
  await page.waitForFunction(() => document.querySelector('main')?.dataset.schritt !== 'start');
  for (let i = 0; i < 60 && (await stepShown(page)) !== until; i++) {
    await answerPage(page, card);
    await submitPage(page);
  }
  if ((await stepShown(page)) !== until) throw new Error(`the walk did not reach "${until}"`);
}

/** Answer every question on the page that the card (or the defaults) has an answer for. */
export async function answerPage(page, card) {
  const answered = new Set();
  for (let round = 0; round < 5; round++) {
    const fields = await page.$$eval('main form input', (els) => [
      ...new Set(els.map((e) => (e.type === 'radio' ? e.name : e.id)).filter((id) => !/-(monat|jahr)$/.test(id))),
    ]);
    // Yes/no questions: radio groups with exactly the answers "ja" and "nein".
    const yesNo = new Set(await page.$$eval('main form fieldset', (sets) => sets
      .map((s) => [...s.querySelectorAll('input[type=radio]')])
      .filter((r) => r.length === 2 && r.map((e) => e.value).sort().join() === 'ja,nein')
      .map((r) => r[0].name)));
    const answerFor = (f) => answerOf(card, f, yesNo.has(f));
    const todo = fields.filter((f) => !answered.has(f) && answerFor(f) !== undefined);
    if (todo.length === 0) return;
    for (const field of todo) {
      answered.add(field);
      const value = answerFor(field);
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


export const SINGLE = {
  'antragsteller-geburtsdatum': '14.05.1991', 'antragsteller-vorname': 'Jonas', 'antragsteller-nachname': 'Becker',
  'antragsteller-geschlecht': 'maennlich', strasse: 'Bahnhofstraße 12', plz: '55218', wohnort: 'Ingelheim am Rhein',
  familienstand: 'ledig', wohnkosten: 'ja', wohnform: 'miete', wohnflaeche: '45', warmwasser: 'zentral',
  grundmiete: '400', nebenkosten: '80', heizkosten: '60',
  'antragsteller-einkommen-keine': 'ja', 'antragsteller-vermoegen-keine': 'ja', kontoinhaber: 'Jonas Becker',
};

export const SINGLE_PARENT = {
  'antragsteller-geburtsdatum': '02.09.1992', 'antragsteller-vorname': 'Sabine', 'antragsteller-nachname': 'Klein',
  'antragsteller-geschlecht': 'weiblich', strasse: 'Am Rosengarten 3', plz: '55411', wohnort: 'Bingen am Rhein',
  familienstand: 'ledig', alleinerziehend: 'ja', 'anzahl-kinder': '2',
  'kind-1-vorname': 'Mia', 'kind-1-nachname': 'Klein', 'kind-1-geburtsdatum': '11.06.2018', 'kind-1-geschlecht': 'weiblich',
  'kind-1-verhaeltnis-kind': 'leiblich', 'kind-1-elternteil-ausserhalb': 'ja',
  'kind-2-vorname': 'Ben', 'kind-2-nachname': 'Klein', 'kind-2-geburtsdatum': '03.03.2022', 'kind-2-geschlecht': 'maennlich',
  'kind-2-verhaeltnis-kind': 'leiblich', 'kind-2-elternteil-ausserhalb': 'ja',
  wohnkosten: 'ja', wohnform: 'miete', wohnflaeche: '68', warmwasser: 'dezentral',
  grundmiete: '520', nebenkosten: '120', heizkosten: '90',
  'antragsteller-einkommen-art-erwerb': 'ja', 'antragsteller-einkommen-betrag-erwerb-brutto': '556',
  'antragsteller-einkommen-betrag-erwerb-netto': '556',
  // Where the money arrives: the Kindergeld for both children on the mother's own page.
  'antragsteller-einkommen-art-kindergeld': 'ja', 'antragsteller-einkommen-betrag-kindergeld': '518',
  'kind-1-einkommen-art-unterhaltsvorschuss': 'ja', 'kind-1-einkommen-betrag-unterhaltsvorschuss': '299',
  'kind-2-einkommen-art-unterhaltsvorschuss': 'ja', 'kind-2-einkommen-betrag-unterhaltsvorschuss': '227',
  'antragsteller-vermoegen-art-konten': 'ja', 'antragsteller-vermoegen-betrag-konten': '300',
  'kind-1-vermoegen-keine': 'ja', 'kind-2-vermoegen-keine': 'ja', kontoinhaber: 'Sabine Klein',
};

export const COUPLE_WITH_CHILD = {
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

