import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillDate, dateValue, onPage, submitPage, titleMatches, framesLater } from './harness.mjs';
import { useDistServer, openBrowser, loadApp, screenshot, trafficProblems, axeViolations } from './harness.mjs';

const server = useDistServer();

/** Wait until the page heading reads `title`. */

async function next(page, label = 'Weiter') {
  await page.getByRole('button', { name: label }).click();
}

test('a single person files the whole mock application with the keyboard and mouse, offline after load', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.getByRole('button', { name: 'Simulation starten' }).click();

    await onPage(page, 'Ihr Alter');
    // A wrong date first: the error summary takes focus, the typed text stays.
    await fillDate(page, 'antragsteller-geburtsdatum', '31', '2', '1991');
    await next(page);
    await page.waitForSelector('.error-summary');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
    await titleMatches(page, /^Fehler: /);
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['31', '2', '1991']);
    await screenshot(page, 'walk-error');
    assert.deepEqual(await axeViolations(page), [], 'page with errors');
    await fillDate(page, 'antragsteller-geburtsdatum', '14', '5', '1991');
    await next(page);

    await onPage(page, 'Können Sie arbeiten?');
    await page.check('#erwerbsfaehigkeit');
    await next(page);

    await onPage(page, 'Ihr Aufenthalt in Deutschland');
    await page.check('#wohnsitz-deutschland');
    await page.check('#staatsangehoerigkeit');
    await next(page);

    await onPage(page, 'Schule, Ausbildung oder Studium');
    await page.check('#ausbildung');
    await next(page);

    await onPage(page, 'Einrichtung und Rente');
    await page.check('#stationaer-nein');
    await page.check('#altersrente-nein');
    await next(page);

    await onPage(page, 'Ihre persönlichen Daten');
    await page.fill('#antragsteller-vorname', 'Jonas');
    await page.fill('#antragsteller-nachname', 'Becker');
    await page.check('#antragsteller-geschlecht-maennlich');
    await page.fill('#strasse', 'Bahnhofstraße 12');
    await page.fill('#plz', '55218');
    await page.fill('#wohnort', 'Ingelheim am Rhein');
    await page.check('#antragsteller-krankenversicherung');
    await page.fill('#antragsteller-krankenkasse', 'AOK');
    await next(page);

    await onPage(page, 'Ihre Lebenssituation');
    // As on the Hauptantrag: from when (C), the situation now (D), until now (E).
    await page.check('#leistungsbeginn');
    await page.check('#familienstand');
    await page.check('#alleinerziehend-nein');
    await page.check('#sgb2-bezug-drei-jahre-nein');
    await page.check('#ansprueche-dritte-nein');
    for (const q of ['behinderung', 'ernaehrung', 'besonderer-bedarf', 'unfall']) {
      await page.check(`#antragsteller-${q}-nein`);
    }
    await next(page);

    await onPage(page, 'Wer lebt mit Ihnen zusammen?');
    await page.check('#hat-partner-nein');
    await page.fill('#anzahl-kinder', '0');
    await page.fill('#anzahl-weitere', '0');
    await next(page);

    await onPage(page, 'Ihre Wohnung');
    await page.check('#wohnkosten');
    await page.waitForSelector('#wohnflaeche');
    await page.check('#wohnform');
    await page.fill('#wohnflaeche', '45');
    await page.check('#warmwasser');
    await next(page);

    await onPage(page, 'Kosten für Wohnung und Heizung');
    await page.fill('#grundmiete', '400');
    await page.fill('#nebenkosten', '80');
    await page.fill('#heizkosten', '60');
    await page.check('#direktzahlung-nein');
    await next(page);

    await onPage(page, 'Ihr Einkommen');
    await page.check('#antragsteller-einkommen-keine');
    await next(page);

    await onPage(page, 'Ihr Vermögen');
    await page.check('#antragsteller-vermoegen-keine');
    await page.check('#schenkung-nein');
    await next(page);

    await onPage(page, 'Ihre Bankverbindung');
    await page.fill('#iban', 'DE89 3704 0044 0532 0130 00');
    await page.fill('#kontoinhaber', 'Jonas Becker');
    await next(page);

    await onPage(page, 'Prüfen Sie Ihre Angaben');
    const forms = await page.textContent('main');
    for (const form of ['Hauptantrag', 'Anlage KDU', 'Anlage VM', 'Anlage EK']) assert.ok(forms.includes(form), form);
    assert.match(forms, /Heizkosten im Monat\s*60,00\s€/);
    await screenshot(page, 'walk-check-answers');
    // Change an answer from the check page: "Weiter" comes back here.
    await page.getByRole('button', { name: /^Ändern\W+Kosten für Wohnung und Heizung$/ }).click();
    await onPage(page, 'Kosten für Wohnung und Heizung');
    assert.equal(await page.inputValue('#heizkosten'), '60,00');
    await page.fill('#heizkosten', '75');
    await next(page);
    await onPage(page, 'Prüfen Sie Ihre Angaben');
    assert.match(await page.textContent('main'), /Heizkosten im Monat\s*75,00\s€/);
    await next(page);

    await onPage(page, 'Erklärungen und Absenden');
    await page.check('#erklaerung-richtigkeit');
    await page.check('#erklaerung-aenderungen');
    await page.check('#erklaerung-datenschutz');
    await next(page, 'Antrag absenden (Simulation)');

    await onPage(page, 'Übung beendet – kein Antrag gestellt');
    const done = await page.textContent('main');
    assert.match(done, /SIM-\d{4}-[0-9A-F]{4}-[0-9A-F]{4}/);
    assert.match(done, /Wie geht es weiter\?/);
    await screenshot(page, 'walk-confirmation');
    await next(page, 'Weiter zum Bescheid');
    await onPage(page, 'Ihr Bescheid (Simulation)');
    const bescheid = await page.textContent('main');
    // 563 € Regelbedarf + 555 € Unterkunft und Heizung, no income.
    assert.match(bescheid, /Zusammen im Monat: 1\.118,00\s€/);
    assert.match(bescheid, /Diese Zahlen sind noch nicht sicher/);
    // The amount comes first, above the switch; the switch says where the law stands.
    assert.match(await page.textContent('.bescheid-summary'), /Nach dieser Simulation: 1\.118,00\s€ im Monat/);
    assert.match(await page.textContent('.rechtsstand-status'), /Vom Bundestag am 05\.03\.2026 beschlossen/);
    assert.ok(await page.evaluate(() => Boolean(document.querySelector('.bescheid-summary')
      .compareDocumentPosition(document.querySelector('#rechtsstand')) & Node.DOCUMENT_POSITION_FOLLOWING)), 'the amount before the switch');
    // Each line opens to its explanation and §.
    await page.click('.line summary >> nth=0');
    assert.match(await page.textContent('.line[open] p'), /§/);
    // The same household under the law of 2019: 424 € Regelbedarf, and back.
    await page.selectOption('#rechtsstand', '2019');
    await page.waitForFunction(() => document.querySelector('main').textContent.includes('Zusammen im Monat: 979,00\u00a0€'));
    assert.match(await page.textContent('main'), /Arbeitslosengeld II/);
    assert.match(await page.textContent('.bescheid-summary'), /979,00\s€/);
    assert.match(await page.textContent('.rechtsstand-status'), /Geltendes Recht seit 01\.07\.2019/);
    await screenshot(page, 'walk-bescheid-2019');
    // The print button opens the browser's print dialogue.
    await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
    await page.getByRole('button', { name: 'Bescheid drucken' }).click();
    assert.equal(await page.evaluate(() => window.printed), 1);
    await next(page, 'Weiter zu den Nachweisen');
    await onPage(page, 'Diese Nachweise brauchen Sie');
    assert.match(await page.textContent('main'), /Mietvertrag und Nachweis der aktuellen Miete/);

    assert.deepEqual(trafficProblems(guard), [], 'the whole walk made no request after the first load');
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});

test('Submit with an answer missing on an earlier page goes there, and the focus goes to its error summary', async () => {
  const { answerPage, SINGLE } = await import('./roles.mjs');
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    // The first question's page, once the walk's code is here (the start page may stay a moment).
    await onPage(page, 'Ihr Alter');
    for (let i = 0; i < 40; i++) {
      const title = await page.textContent('main h1');
      if (title === 'Erklärungen und Absenden') break;
      await answerPage(page, SINGLE);
      await submitPage(page);
    }
    await onPage(page, 'Erklärungen und Absenden');
    await answerPage(page, SINGLE);
    // Back to the housing costs by address, the rent taken out, then forward by address again.
    await page.evaluate(() => { location.hash = '#/wohnkosten'; });
    await onPage(page, 'Kosten für Wohnung und Heizung');
    await page.fill('#grundmiete', '');
    await page.locator('#grundmiete').blur();
    await page.evaluate(() => { location.hash = '#/erklaerungen'; });
    await onPage(page, 'Erklärungen und Absenden');

    await page.getByRole('button', { name: 'Antrag absenden (Simulation)' }).click();
    await onPage(page, 'Kosten für Wohnung und Heizung');
    await page.waitForFunction(() => location.hash === '#/wohnkosten');
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    assert.match(await page.textContent('.error-summary'), /Kaltmiete/);
    await titleMatches(page, /^Fehler: /);
    // The focus stays there after the frame in which the heading would otherwise take it.
    await framesLater(page);
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
    assert.deepEqual(await axeViolations(page), [], 'page reached with errors');
    assert.deepEqual(trafficProblems(guard), []);
  } finally {
    await browser.close();
  }
});
