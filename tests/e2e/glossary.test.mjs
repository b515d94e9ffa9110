import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useDistServer, openBrowser, loadApp, screenshot, trafficProblems, onPage, fillDate, dateValue, axeViolations, titleMatches,
} from './harness.mjs';

const server = useDistServer();

test('a legal term in a text opens its explanation; Back returns to the form with the answers', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    await fillDate(page, 'antragsteller-geburtsdatum', '14', '5', '1991');

    // "Warum wird das gefragt?" names the Regelaltersgrenze: the word links to its explanation.
    await page.getByText('Warum wird das gefragt?').click();
    const term = page.locator('details.why a.term', { hasText: 'Regelaltersgrenze' });
    assert.equal(await term.getAttribute('href'), '#/begriffe/regelaltersgrenze');
    await term.click();
    await onPage(page, 'Begriffe erklärt');
    assert.equal(new URL(page.url()).hash, '#/begriffe/regelaltersgrenze');
    await page.waitForFunction(() => document.activeElement?.id === 'begriff-regelaltersgrenze');
    const explained = await page.textContent('#begriff-regelaltersgrenze + dd');
    assert.match(explained, /65 bis 67 Jahre/);
    assert.match(explained, /§ 7a SGB II/);
    await titleMatches(page, /^Begriffe erklärt/);
    assert.deepEqual(await axeViolations(page), [], 'accessibility of the glossary');
    await screenshot(page, 'begriffe');

    // The browser's Back button: the form again, the date as typed.
    await page.goBack();
    await onPage(page, 'Ihr Alter');
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['14', '05', '1991']);

    // The footer link opens the glossary at its top; "Zurück zum Antrag" returns to the step.
    await page.getByRole('link', { name: 'Begriffe erklärt' }).click();
    await onPage(page, 'Begriffe erklärt');
    await page.waitForFunction(() => document.activeElement?.id === 'begriffe-titel');
    assert.ok((await page.locator('.glossary dt').count()) >= 15, 'the terms are listed');
    await page.getByRole('button', { name: 'Zurück zum Antrag' }).click();
    await onPage(page, 'Ihr Alter');
    assert.equal(new URL(page.url()).hash, '#/alter');
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['14', '05', '1991']);

    // An address naming no term opens the glossary at its top, never an empty page.
    await page.evaluate(() => { location.hash = '#/begriffe/gibt-es-nicht'; });
    await onPage(page, 'Begriffe erklärt');
    assert.deepEqual(trafficProblems(guard), []);
  } finally {
    await browser.close();
  }
});
