// The details that decide whether a room trusts the app: a trainer's projector at 1920×1080, the
// process map in Arabic, right-to-left text, a phone, a screen reader, the confirmation's words
// and the printed page. Each check measures what a person sees (geometry, the rendered order of
// characters, attributes a screen reader reads) and waits for states the app exposes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  useDistServer, openBrowser, loadApp, appReady, submitPage, onPage, axeViolations, trafficProblems,
  fillDate, SCREENSHOTS,
} from './harness.mjs';
import { answerPage, walkTo, stepShown, SINGLE, SINGLE_PARENT } from './roles.mjs';

const server = useDistServer();

/** A screenshot of what is on the screen (not the whole page), for the closing note. */
async function shot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Open the app at `query` (e.g. "?modus=praesentation") in a window of the given size. */
async function openAt(query, width, height) {
  const browser = await openBrowser(server.origin);
  await browser.page.setViewportSize({ width, height });
  await browser.page.goto(server.origin + '/' + query, { waitUntil: 'load' });
  await appReady(browser.page, browser.guard);
  return browser;
}

/** Wait until the current step's box lies inside the map's scroll box and inside the window. */
async function currentStepInView(page, where) {
  try {
    await page.waitForFunction(() => {
      const node = document.querySelector('.map-aside .map__node--aktuell');
      const map = document.querySelector('.map-aside .map');
      if (!node || !map) return false;
      const n = node.getBoundingClientRect();
      const m = map.getBoundingClientRect();
      return n.height > 0 && n.top >= Math.max(0, m.top) - 1 && n.bottom <= Math.min(innerHeight, m.bottom) + 1;
    }, null, { timeout: 5000 });
  } catch {
    const box = await page.$eval('.map-aside .map__node--aktuell', (n) => JSON.stringify(n.getBoundingClientRect())).catch(() => 'none');
    throw new Error(`the current step is not in view on "${where}": ${box}`);
  }
}

/** Every box of the map beside the form: its rectangle, its label's rectangle and text. */
const mapBoxes = (page) =>
  page.$$eval('.map-aside .map__node', (nodes) => nodes.map((n) => {
    const rect = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
    const label = n.querySelector('.map__label');
    return {
      step: n.dataset.step, exit: n.classList.contains('map__node--exit'), box: rect(n), label: rect(label),
      text: label.textContent, clipped: label.scrollWidth > label.clientWidth + 1,
    };
  }));

const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
const overlap = (a, b) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

test('presenter at 1920×1080: larger type, one alignment, start on the first screen, and the current step in view on the map at each of 15 pages', async () => {
  const browser = await openAt('?modus=praesentation', 1920, 1080);
  try {
    const { page, guard } = browser;
    const start = await page.locator('main button.button--start').boundingBox();
    assert.ok(start.y + start.height <= 1080, `start button at ${start.y + start.height} px`);
    const left = (selector) => page.$eval(selector, (e) => Math.round(e.getBoundingClientRect().left));
    assert.ok(Math.abs((await left('.site-header__name')) - (await left('main h1'))) <= 2, 'header and content share one left edge');
    const bodyPx = await page.$eval('main p', (p) => parseFloat(getComputedStyle(p).fontSize));
    assert.ok(bodyPx >= 28, `body text ${bodyPx} px (a laptop shows 19 px)`);
    assert.equal(await page.$eval('.map-aside .map', (m) => getComputedStyle(m).scrollBehavior), 'smooth');
    await shot(page, 'praesentation-1920-start');

    await page.locator('main button.button--start').click();
    const seen = [];
    for (let i = 0; i < 15; i++) {
      await page.waitForSelector('main h1');
      const step = await stepShown(page);
      seen.push(step);
      await currentStepInView(page, step);
      const boxes = await mapBoxes(page);
      assert.deepEqual(boxes.filter((b) => b.clipped || b.text.includes('…')).map((b) => b.text), [], 'labels wrap, none is cut');
      assert.equal(boxes.filter((b) => b.step === step).length, 1);
      if (i === 8) await shot(page, 'praesentation-1920-schritt-9');
      await answerPage(page, SINGLE_PARENT);
      await submitPage(page);
    }
    assert.equal(seen.length, 15);
    assert.ok(await page.$eval('.map-aside .map', (m) => m.scrollTop > 0), 'the map scrolled to follow the walk');
    assert.deepEqual(await axeViolations(page), [], 'presenter page with the map');
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
    console.log(`presenter 1920×1080: ${seen.length} pages, current step in view on each; body text ${bodyPx} px`);
  } finally {
    await browser.close();
  }
});

test('without motion the map still follows the walk, at once', async () => {
  const browser = await openAt('?modus=praesentation', 1920, 1080);
  try {
    const { page } = browser;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.equal(await page.$eval('.map-aside .map', (m) => getComputedStyle(m).scrollBehavior), 'auto');
    await page.locator('main button.button--start').click();
    await walkTo(page, SINGLE_PARENT, 'wohnung');
    await currentStepInView(page, 'wohnung');
  } finally {
    await browser.close();
  }
});

test('the Arabic map mirrors: labels inside their boxes, no box over another, exits on the left; the QR hand-over keeps role and language', async () => {
  const browser = await openAt('?modus=praesentation&sprache=ar', 1920, 1080);
  try {
    const { page, guard } = browser;
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    // A role chosen on the start page, then six pages of the walk.
    await page.locator('.persona button').first().click();
    await page.waitForSelector('aside.role');
    for (let i = 0; i < 6; i++) {
      await answerPage(page, SINGLE_PARENT);
      await submitPage(page);
    }
    await currentStepInView(page, await stepShown(page));
    const boxes = await mapBoxes(page);
    assert.ok(boxes.length > 20);
    for (const b of boxes) {
      assert.ok(b.text.trim().length > 0, `${b.step} has a label`);
      assert.ok(inside(b.label, b.box), `the label of ${b.step} lies inside its box`);
      assert.ok(!b.clipped, `the label of ${b.step} is whole`);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        assert.equal(overlap(boxes[i].box, boxes[j].box), 0, `${boxes[i].step} and ${boxes[j].step} overlap`);
      }
    }
    // Mirrored: the main line on the right, its exits to its left.
    const mainLeft = Math.min(...boxes.filter((b) => !b.exit).map((b) => b.box.left));
    const exitRight = Math.max(...boxes.filter((b) => b.exit).map((b) => b.box.right));
    assert.ok(exitRight < mainLeft, `exits (right edge ${exitRight}) left of the main line (${mainLeft})`);
    assert.ok((await page.textContent('.map-aside .map__node--aktuell .map__label')).trim().length > 0, 'the current box has its label');
    await shot(page, 'praesentation-ar-karte');
    assert.deepEqual(await axeViolations(page), [], 'Arabic presenter page with the map');

    // The presenter's help offers the QR code with the role and the language.
    await page.locator('main h1').focus();
    await page.keyboard.press('?');
    await page.waitForSelector('.overlay .handover[open] .qr__url');
    const url = await page.textContent('.overlay .qr__url');
    assert.match(url, /\?rolle=[a-z-]+&sprache=ar$/);
    assert.ok(url.startsWith(server.origin + '/?'), url);
    await page.keyboard.press('Escape');
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
    console.log(`Arabic map: ${boxes.length} boxes, every label inside its box, none overlapping; QR address ${url.replace(server.origin, '')}`);
  } finally {
    await browser.close();
  }
});

test('beside a role being played, the hand-over carries that role', async () => {
  const browser = await openBrowser(server.origin);
  let url;
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.locator('.persona button').first().click();
    await page.waitForSelector('aside.role .handover');
    await page.locator('aside.role .handover summary').click();
    await page.waitForSelector('aside.role .qr__url');
    url = await page.textContent('aside.role .qr__url');
    assert.match(url, /\?rolle=[a-z-]+$/);
    assert.deepEqual(trafficProblems(guard), []);
  } finally {
    await browser.close();
  }
  // Opened from that address on another device, the app offers the same role.
  const phone = await openBrowser(server.origin);
  try {
    await phone.page.goto(url, { waitUntil: 'load' });
    await appReady(phone.page, phone.guard);
    assert.match(await phone.page.textContent('.role-offer'), /Rolle/);
    assert.deepEqual(trafficProblems(phone.guard), []);
  } finally {
    await phone.close();
  }
});

/** The x position of each of `tokens` where `phrase` stands in the main region, in reading order. */
const renderedPositions = (page, phrase, tokens) =>
  page.evaluate(([phrase, tokens]) => {
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // The phrase as it reads, without the invisible isolating marks between its words.
      const plain = node.data;
      if (!plain.replace(/[\u2066-\u2069]/g, '').includes(phrase)) continue;
      let from = plain.indexOf(tokens[0]);
      return tokens.map((t) => {
        const i = plain.indexOf(t, from);
        from = i + t.length;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + t.length);
        const r = range.getBoundingClientRect();
        return { token: t, left: Math.round(r.left), top: Math.round(r.top) };
      });
    }
    return null;
  }, [phrase, tokens]);

const readsLeftToRight = (positions) =>
  positions.every((p, i) => i === 0 || (p.top === positions[i - 1].top ? p.left > positions[i - 1].left : p.top > positions[i - 1].top));

test('Arabic letter: a § reference, a postcode and an amount read as written inside right-to-left text', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.locator('main button.button--start').click();
    await walkTo(page, SINGLE_PARENT, 'bestaetigung');
    await page.locator('main form button[type=submit]').click();
    await page.waitForSelector('.letter');
    // A second load, by address: its own requests belong to it.
    guard.loaded = false;
    await page.goto(server.origin + '/?sprache=ar#/bescheid', { waitUntil: 'load' });
    await appReady(page, guard);
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.querySelector('.letter'));
    // A form's name next to its code, with the code filled in: "Anlage KI", not "KI Anlage".
    await page.locator('.after-nav__link[href="#/bestaetigung"]').click();
    await page.waitForSelector('main .panel');
    const anlage = await renderedPositions(page, 'Anlage KI', ['Anlage', 'KI']);
    assert.ok(anlage && readsLeftToRight(anlage), `form name: ${JSON.stringify(anlage)}`);
    await page.locator('.after-nav__link[href="#/bescheid"]').click();
    await page.waitForSelector('.letter');
    const paragraph = await renderedPositions(page, '§ 41 Abs. 3 SGB II', ['§', '41', 'Abs.', '3', 'SGB', 'II']);
    assert.ok(paragraph, 'the letter names § 41 Abs. 3 SGB II');
    assert.ok(readsLeftToRight(paragraph), `rendered order: ${JSON.stringify(paragraph)}`);
    const address = await renderedPositions(page, '55411 Bingen am Rhein', ['55411', 'Bingen', 'Rhein']);
    assert.ok(address && readsLeftToRight(address), `postcode and town: ${JSON.stringify(address)}`);
    const law = await renderedPositions(page, '§ 20 SGB II', ['§', '20', 'SGB', 'II']);
    assert.ok(law && readsLeftToRight(law), `line's rule: ${JSON.stringify(law)}`);
    const deducted = await renderedPositions(page, '− 361.20', ['−', '361.20']);
    assert.ok(deducted && readsLeftToRight(deducted), `a deducted amount with its sign: ${JSON.stringify(deducted)}`);
    assert.deepEqual(await axeViolations(page), [], 'Bescheid in Arabic');
    await page.locator('.letter').scrollIntoViewIfNeeded();
    await page.locator('.letter').screenshot({ path: join(SCREENSHOTS, 'bescheid-ar.png') });
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
    console.log(`Arabic letter: "§ 41 Abs. 3 SGB II" at x = ${paragraph.map((p) => p.left).join(' < ')}`);
  } finally {
    await browser.close();
  }
});

/** Every field with an error, with what a screen reader gets: aria-invalid on its inputs and the
 *  message its aria-describedby points at. */
const errorFields = (page) =>
  page.$$eval('main .field--error', (fields) => fields.map((f) => {
    const inputs = [...f.querySelectorAll('input')];
    const described = [f, ...inputs].map((e) => e.getAttribute('aria-describedby')).filter(Boolean).join(' ').split(' ').filter(Boolean);
    const message = f.querySelector('.field__error');
    return {
      id: inputs[0]?.id,
      label: (f.querySelector('legend, label')?.textContent ?? '').trim(),
      invalid: inputs.map((i) => [i.id, i.getAttribute('aria-invalid')]),
      describesMessage: described.some((id) => document.getElementById(id) === message),
      message: message?.textContent.trim(),
    };
  }));

test('errors: aria-invalid and aria-describedby on each field, the date part named and marked alone, the summary in page order naming each field', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.locator('main button.button--start').click();
    // The date of birth with the month left out: only the month is wrong.
    await fillDate(page, 'antragsteller-geburtsdatum', '27', '', '1990');
    await page.locator('main form button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    const [date] = await errorFields(page);
    assert.match(date.message, /Monat/);
    assert.deepEqual(date.invalid, [
      ['antragsteller-geburtsdatum', null], ['antragsteller-geburtsdatum-monat', 'true'], ['antragsteller-geburtsdatum-jahr', null],
    ]);
    assert.ok(date.describesMessage);
    await fillDate(page, 'antragsteller-geburtsdatum', '27', '3', '1990');
    await submitPage(page);

    await walkTo(page, SINGLE, 'personalien');
    await page.locator('main form button[type=submit]').click();
    await page.waitForSelector('.error-summary');
    const fields = await errorFields(page);
    assert.ok(fields.length >= 4, `errors on ${fields.length} fields`);
    for (const f of fields) {
      assert.ok(f.invalid.some(([, v]) => v === 'true'), `${f.id}: aria-invalid`);
      if (!f.invalid.some(([id]) => /-(monat|jahr)$/.test(id))) {
        assert.ok(f.invalid.every(([, v]) => v === 'true'), `${f.id}: every input of the field is marked`);
      }
      assert.ok(f.describesMessage, `${f.id}: aria-describedby points at its message`);
    }
    const summary = await page.$$eval('.error-summary__list a', (as) => as.map((a) => ({ href: a.getAttribute('href').slice(1), text: a.textContent })));
    assert.deepEqual(summary.map((s) => s.href), fields.map((f) => f.id), 'the summary follows the page');
    summary.forEach((s, i) => {
      const label = fields[i].label.replace(/\s*\(.*\)$/, '');
      assert.ok(s.text.startsWith(label), `"${s.text}" names its field "${label}"`);
    });
    assert.deepEqual(await axeViolations(page), [], 'page with errors');
    assert.deepEqual(guard.errors, []);
    console.log(`errors: ${fields.length} fields with aria-invalid and aria-describedby; summary in page order`);
  } finally {
    await browser.close();
  }
});

test('on a phone: touch targets of at least 44 × 44 px, the start button on the first screen, the disclaimer once', async () => {
  for (const lang of ['de', 'ar']) {
    const browser = await openAt(lang === 'de' ? '' : '?sprache=ar', 390, 844);
    try {
      const { page, guard } = browser;
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      const button = await page.locator('main button.button--start').boundingBox();
      assert.ok(button.y + button.height <= 844, `${lang}: start button ends at ${Math.round(button.y + button.height)} px`);
      const banner = (await page.textContent('.banner strong')).trim();
      const count = await page.evaluate((b) => document.body.innerText.split(b).length - 1, banner);
      assert.equal(count, 1, `${lang}: the disclaimer "${banner}" appears once`);
      await shot(page, `handy-start-${lang}`);
      assert.deepEqual(await axeViolations(page), [], `start page on a phone (${lang})`);
      if (lang === 'ar') continue;

      let smallest = { size: Infinity };
      const measure = async (where) => {
        const targets = await page.$$eval(
          'main input[type=radio], main input[type=checkbox], main button, header button, main summary, main .input',
          (els) => els.filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
            .map((e) => { const r = e.getBoundingClientRect(); return { what: e.id || e.className || e.tagName, w: r.width, h: r.height }; }),
        );
        for (const t of targets) {
          const size = Math.min(t.w, t.h);
          if (size < smallest.size) smallest = { size, what: `${t.what} on ${where}` };
          assert.ok(t.w >= 43.5 && t.h >= 43.5, `${where}: ${t.what} is ${Math.round(t.w)} × ${Math.round(t.h)} px`);
        }
        return targets.length;
      };
      await page.locator('main button.button--start').click();
      let measured = await measure('alter');
      await walkTo(page, SINGLE_PARENT, 'lebenssituation');
      measured += await measure('lebenssituation');
      await walkTo(page, SINGLE_PARENT, 'erklaerungen');
      measured += await measure('erklaerungen');
      await walkTo(page, SINGLE_PARENT, 'bestaetigung');
      await page.locator('main form button[type=submit]').click();
      await page.waitForSelector('.line summary');
      measured += await measure('bescheid');
      assert.deepEqual(trafficProblems(guard), []);
      console.log(`touch targets: ${measured} measured on 4 pages at 390 px, the smallest ${Math.round(smallest.size)} px (${smallest.what})`);
    } finally {
      await browser.close();
    }
  }
});

/** The "expanded" state the browser gives assistive technology for the first `selector`. */
async function expandedState(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const expanded = nodes[0]?.properties?.find((p) => p.name === 'expanded');
    return expanded?.value?.value;
  } finally {
    await cdp.detach();
  }
}

test('the Bescheid shows and announces that each line opens', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.locator('main button.button--start').click();
    await walkTo(page, SINGLE, 'bestaetigung');
    await page.locator('main form button[type=submit]').click();
    const line = page.locator('.line').first();
    const marker = line.locator('.line__marker');
    const box = await marker.boundingBox();
    assert.ok(box && box.width >= 6 && box.height >= 6, 'a visible marker');
    const closed = await marker.evaluate((m) => getComputedStyle(m).transform);
    assert.equal(await expandedState(page, '.line summary'), false, 'announced as closed');
    await line.locator('summary').click();
    await page.waitForFunction(() => document.querySelector('.line').open);
    assert.equal(await expandedState(page, '.line summary'), true, 'announced as open');
    await page.waitForFunction((t) => getComputedStyle(document.querySelector('.line__marker')).transform !== t, closed);
    assert.deepEqual(await axeViolations(page), [], 'Bescheid with an open line');
  } finally {
    await browser.close();
  }
});

test('the Hinweise zum Datenschutz exist, are linked where they must be ticked, and leave the answers as they were', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.locator('main button.button--start').click();
    await walkTo(page, SINGLE, 'erklaerungen');
    await page.check('#erklaerung-richtigkeit');
    await page.locator('main .checkbox__more a[href="#/datenschutz"]').click();
    await onPage(page, 'Hinweise zum Datenschutz');
    const text = await page.textContent('main');
    for (const needed of ['localStorage', 'Alle Daten löschen', 'Kiosk', 'Nichts davon wird gesendet']) {
      assert.ok(text.includes(needed), `the notice says "${needed}"`);
    }
    assert.deepEqual(await axeViolations(page), [], 'Datenschutz page');
    await page.locator('main .back-link').click();
    await page.waitForFunction(() => document.querySelector('main')?.dataset.schritt === 'erklaerungen' && document.querySelector('#erklaerung-richtigkeit'));
    assert.ok(await page.isChecked('#erklaerung-richtigkeit'), 'the box ticked before stays ticked');
    assert.ok(await page.$('.site-footer a[href="#/datenschutz"]'), 'linked from every page');
    assert.deepEqual(trafficProblems(guard), []);
  } finally {
    await browser.close();
  }
});

test('units people type, the warm rent alone, a child asked what fits a child, the count that grows said aloud, the confirmation called what it is', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.locator('main button.button--start').click();
    // "von etwa": the number can change; when it grows the page says by what.
    await walkTo(page, SINGLE_PARENT, 'haushalt');
    const total = async () => Number((await page.textContent('main .caption')).match(/von etwa (\d+)/)[1]);
    const before = await total();
    await answerPage(page, SINGLE_PARENT);
    await page.locator('#anzahl-kinder').blur();
    await page.waitForFunction((n) => Number(document.querySelector('main .caption').textContent.match(/von etwa (\d+)/)[1]) > n, before);
    assert.equal(await page.$('main .growth'), null, 'nothing moves while answering');
    await submitPage(page);
    // On the next page, what the answers added.
    const growth = await page.textContent('main .growth');
    assert.match(growth, /Durch Ihre Antworten kommen \d+ Seiten dazu\. Neu dabei: .*Anlage KI/);
    assert.ok(await page.$eval('main h1', (h) => h.nextElementSibling?.classList.contains('growth')), 'read right after the heading');

    // The children's pages: nothing about wages, commuting or cars for an 8-year-old.
    await walkTo(page, SINGLE_PARENT, 'einkommen-kind-1');
    assert.ok(await page.$('#kind-1-einkommen-art-kindergeld'));
    assert.equal(await page.$('#kind-1-einkommen-art-erwerb'), null, 'no wages at 8');
    assert.doesNotMatch(await page.textContent('main'), /Fahrtkosten|Riester/);
    await walkTo(page, SINGLE_PARENT, 'vermoegen-kind-1');
    assert.equal(await page.$('#kind-1-vermoegen-art-kfz'), null, 'no car at 8');
    assert.doesNotMatch(await page.textContent('main'), /Auto|Riester/);
  } finally {
    await browser.close();
  }

  const second = await openBrowser(server.origin);
  try {
    const { page, guard } = second;
    await loadApp(page, guard, server.origin);
    await page.locator('main button.button--start').click();
    // "68 qm" is a living space, and a wrong one gets the living space's message.
    await walkTo(page, SINGLE, 'wohnung');
    await answerPage(page, SINGLE);
    await page.fill('#wohnflaeche', 'groß');
    await page.locator('main form button[type=submit]').click();
    await page.waitForSelector('#wohnflaeche-fehler');
    const message = await page.textContent('#wohnflaeche-fehler');
    assert.match(message, /Wohnfläche/);
    assert.doesNotMatch(message, /Anzahl/);
    await page.fill('#wohnflaeche', '68 qm');
    await submitPage(page);
    // Only the warm rent known: the split gives way to one amount.
    assert.equal(await stepShown(page), 'wohnkosten');
    assert.ok(await page.$('#grundmiete'));
    await page.check('#nur-gesamtmiete');
    await page.waitForSelector('#gesamtmiete');
    assert.equal(await page.$('#grundmiete'), null);
    assert.equal(await page.$('#heizkosten'), null);
    const warm = { ...SINGLE, 'nur-gesamtmiete': 'ja', gesamtmiete: '650 €', grundmiete: undefined, nebenkosten: undefined, heizkosten: undefined };
    await walkTo(page, warm, 'bestaetigung');

    // The confirmation: an exercise ended, and the real routes as plain links.
    await onPage(page, 'Übung beendet – kein Antrag gestellt');
    const panel = await page.$eval('main .panel', (p) => getComputedStyle(p).backgroundColor);
    assert.notEqual(panel, 'rgb(0, 112, 60)', 'no green success panel');
    const links = await page.$$eval('main .real-routes a', (as) => as.map((a) => [a.href, a.rel]));
    assert.deepEqual(links, [['https://www.jobcenter.digital/', 'noreferrer'], ['https://www.arbeitsagentur.de/', 'noreferrer']]);
    const routes = await page.textContent('main .real-routes');
    for (const way of ['persönlich', 'per Post', 'telefonisch', 'online']) assert.ok(routes.includes(way), way);
    assert.deepEqual(await axeViolations(page), [], 'confirmation');

    await page.locator('main form button[type=submit]').click();
    await page.waitForSelector('.letter');
    const letter = await page.textContent('main');
    assert.match(letter, /nur die Gesamtmiete angegeben/);
    assert.match(letter, /Unterkunft und Heizung[^€]*650,00\s€/);
    assert.deepEqual(trafficProblems(guard), [], 'the links were not requested');
    assert.deepEqual(guard.errors, []);
  } finally {
    await second.close();
  }
});

test('printed, the letter uses the width of the page, in the presenter mode too', async () => {
  for (const query of ['', '?modus=praesentation']) {
    const browser = await openAt(query, 1920, 1080);
    try {
      const { page } = browser;
      await page.locator('main button.button--start').click();
      await walkTo(page, SINGLE, 'bestaetigung');
      await page.locator('main form button[type=submit]').click();
      await page.waitForSelector('.letter');
      // The printable width of A4 with the app's page margins (210 mm − 2 × 16 mm) at 96 dpi.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 673, height: 950 });
      const layout = await page.evaluate(() => {
        const main = document.querySelector('main').getBoundingClientRect().width;
        const blocks = [...document.querySelectorAll('.letter > p, .letter section, .letter > ul, .letter h2')]
          .filter((e) => e.getClientRects().length && getComputedStyle(e).display === 'block')
          .map((e) => ({ what: e.className || e.tagName, width: e.getBoundingClientRect().width }))
          .sort((a, b) => a.width - b.width);
        return { main, narrowest: blocks[0].width, what: blocks[0].what, root: getComputedStyle(document.documentElement).fontSize };
      });
      assert.equal(layout.root, '16px', `${query || 'normal'}: print type`);
      assert.ok(layout.main >= 0.98 * 673, `${query || 'normal'}: main is ${layout.main} px of 673`);
      assert.ok(layout.narrowest >= 0.95 * layout.main, `${query || 'normal'}: ${layout.what} is ${layout.narrowest} px of ${layout.main}`);
      console.log(`print ${query || '(normal)'}: main ${Math.round(layout.main)} of 673 px, narrowest block of the letter ${Math.round(layout.narrowest)} px (${layout.what})`);
    } finally {
      await browser.close();
    }
  }
});
