// For events and trainers: a persona walk in presenter mode driven only by the keyboard, the
// process map and the experience report, kiosk mode (nothing stored, wiped after the timeout),
// the QR hand-over (decoded), and the Jobcenter configuration (custom, missing, invalid).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { serveDist, openBrowser, appReady, screenshot, trafficProblems, onPage, dateValue, axeViolations } from './harness.mjs';
import { answerOf, answerPage, isYesNo, SINGLE } from './roles.mjs';

const servers = [];
async function serve(overrides) {
  const server = await serveDist(overrides);
  servers.push(server);
  return server;
}
after(async () => {
  for (const s of servers) await s.close();
});

async function open(server, query = '') {
  const browser = await openBrowser(server.origin);
  const { page, guard } = browser;
  // Count every write to browser storage, whoever makes it.
  await page.addInitScript(() => {
    window.storageWrites = 0;
    window.storageKeys = [];
    for (const name of ['setItem', 'removeItem', 'clear']) {
      const original = Storage.prototype[name];
      Storage.prototype[name] = function (...args) {
        window.storageWrites += 1;
        window.storageKeys.push(name === 'clear' ? '(clear)' : args[0]);
        return original.apply(this, args);
      };
    }
  });
  await page.goto(`${server.origin}/${query}`, { waitUntil: 'load' });
  await appReady(page, guard);
  return browser;
}

const heading = (page) => page.textContent('main h1');

/** The role "Allein, ohne Einkommen" as the persona in src/domain/personas.rs answers it. */
const ROLE = {
  ...SINGLE,
  'antragsteller-vermoegen-keine': undefined,
  'antragsteller-vermoegen-art-konten': 'ja',
  'antragsteller-vermoegen-betrag-konten': '800',
};


const focused = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return {
      tag: e?.tagName, type: e?.type, id: e?.id, name: e?.name, value: e?.value, checked: e?.checked,
      text: e?.textContent?.trim(), inForm: Boolean(e?.closest('main form')),
    };
  });

/** Answer the page with the keyboard alone: Tab through it, type, arrow through radios, Space. */
async function answerWithKeyboard(page, card) {
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press('Tab');
    let el = await focused(page);
    if (!el.inForm) continue;
    if (el.tag === 'BUTTON' && el.type === 'submit') return;
    if (el.tag !== 'INPUT') continue;
    if (el.type === 'radio') {
      const wanted = answerOf(card, el.name, await isYesNo(page, el.name));
      if (wanted === undefined) continue;
      for (let n = 0; n < 12 && el.value !== wanted; n++) {
        await page.keyboard.press('ArrowDown');
        el = await focused(page);
      }
      if (!el.checked) await page.keyboard.press('Space');
    } else if (el.type === 'checkbox') {
      if (answerOf(card, el.id, false) === 'ja' && !el.checked) await page.keyboard.press('Space');
    } else {
      const part = /^(.*)-(monat|jahr)$/.exec(el.id);
      const field = part ? part[1] : el.id;
      let value = answerOf(card, field, false);
      if (value === undefined) continue;
      if (await page.$(`[id="${field}-monat"]`)) {
        value = value.split('.')[{ undefined: 0, monat: 1, jahr: 2 }[part?.[2]]];
      }
      if (el.value !== value) {
        await page.keyboard.press('Control+A');
        await page.keyboard.type(value);
      }
    }
  }
  throw new Error(`never reached the submit button on "${await heading(page)}"`);
}

async function pressUntilNewPage(page, key) {
  const before = await heading(page);
  await page.keyboard.press(key);
  await page.waitForFunction((t) => document.querySelector('main h1')?.textContent !== t, before, { timeout: 5000 });
  assert.equal(await page.$('.error-summary'), null, `no errors after "${before}"`);
}

test('presenter mode: a persona walk with the keyboard alone, the map beside the form, shortcuts, and the report', async () => {
  const server = await serve();
  const browser = await open(server, '?modus=praesentation');
  try {
    const { page, guard } = browser;
    // Choose the role with the keyboard.
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if ((await focused(page)).text?.includes('Als diese Person starten: Allein, ohne Einkommen')) break;
    }
    await pressUntilNewPage(page, 'Enter');
    await onPage(page, 'Ihr Alter');
    assert.match(await page.textContent('.role'), /Ihre Rolle: Allein, ohne Einkommen/);
    assert.match(await page.textContent('.role'), /Kündigungsschreiben/);

    let pages = 0;
    for (let i = 0; i < 40; i++) {
      const title = await heading(page);
      if (title === 'Übung beendet – kein Antrag gestellt') break;
      pages += 1;
      await answerWithKeyboard(page, ROLE);
      if (title === 'Kosten für Wohnung und Heizung') {
        // The map beside the form marks this step; completed ones are ticked.
        assert.ok(await page.isVisible('.map-aside'));
        assert.equal(await page.getAttribute('.map__node--aktuell', 'data-step'), 'wohnkosten');
        assert.ok((await page.$$('.map__node--erledigt')).length >= 9);
        assert.ok((await page.$$('.map__node--entfaellt')).length >= 10, 'exits not taken are greyed');
        await page.click('.role__hints summary');
        assert.match(await page.textContent('.role__answers'), /Heizkosten im Monat\s*60,00\s€/);
        await page.keyboard.press('Tab'); // leave the role panel's summary for the page again
        await screenshot(page, 'praesentation-karte');
        assert.deepEqual(await axeViolations(page), [], 'presenter with map and role');
        // Shortcuts: help, map off and on, back and forward.
        await page.keyboard.press('?');
        await page.waitForSelector('.overlay >> text=Tastenkürzel');
        await screenshot(page, 'praesentation-hilfe');
        assert.deepEqual(await axeViolations(page), [], 'help overlay');
        await page.keyboard.press('Escape');
        await page.waitForSelector('.overlay', { state: 'detached' });
        await page.keyboard.press('k');
        await page.waitForSelector('.map-aside', { state: 'detached' });
        await page.keyboard.press('k');
        await page.waitForSelector('.map-aside');
        await page.keyboard.press('z');
        await onPage(page, 'Ihre Wohnung');
        await pressUntilNewPage(page, 'w');
        await onPage(page, title);
        await answerWithKeyboard(page, ROLE);
      }
      await pressUntilNewPage(page, pages % 2 ? 'w' : 'Enter');
    }
    assert.equal(pages, 15);
    await onPage(page, 'Übung beendet – kein Antrag gestellt');
    for (const next of ['Ihr Bescheid (Simulation)', 'Diese Nachweise brauchen Sie', 'Ihr Erfahrungsbericht']) {
      await pressUntilNewPage(page, 'w');
      await onPage(page, next);
    }
    const report = await page.textContent('main');
    assert.match(report, /Seiten im Simulator\s*15/);
    assert.match(report, /Formulare\s*4: Hauptantrag 8 Seiten auf Papier, dazu 3 Anlagen/);
    assert.match(report, /Hier ging es zurück\s*Kosten für Wohnung und Heizung/);
    assert.match(report, /Keine Fehlermeldung/);
    const answered = Number(/Beantwortete Fragen\s*(\d+)/.exec(report)?.[1]);
    assert.ok(answered > 30, `${answered} questions`);
    await screenshot(page, 'erfahrungsbericht');
        assert.deepEqual(await axeViolations(page), [], 'report');
    // The map as a page of its own.
    await page.evaluate(() => { location.hash = '#/ablauf'; });
    await onPage(page, 'Ablauf des Antrags');
    await screenshot(page, 'ablaufkarte');
        assert.deepEqual(await axeViolations(page), [], 'map page');
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});

test('kiosk mode: nothing is written to storage, a countdown warns, then everything is wiped', async () => {
  const server = await serve({
    '/config.json': JSON.stringify({ name: 'Jobcenter Kiosk-Test', kiosk_timeout_sekunden: 10 }),
  });
  const browser = await open(server, '?modus=kiosk');
  try {
    const { page, guard } = browser;
    assert.match(await page.textContent('.kiosk-notice'), /Ihre Angaben werden hier nicht gespeichert/);
    assert.equal(await page.$('#import-datei'), null, 'no export or import on a shared device');
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    await answerPage(page, SINGLE);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await onPage(page, 'Können Sie arbeiten?');
    // Back, and a year changed and left in its field: the wipe takes that answer too.
    await page.getByRole('button', { name: 'Zurück' }).click();
    await onPage(page, 'Ihr Alter');
    await page.fill('#antragsteller-geburtsdatum-jahr', '1985');
    // Wait without touching anything: the warning comes first, then the wipe.
    await page.waitForSelector('.overlay--countdown', { timeout: 12000 });
    assert.match(await page.textContent('.overlay--countdown'), /In \d+ Sekunden wird alles gelöscht/);
    await screenshot(page, 'kiosk-countdown');
        assert.deepEqual(await axeViolations(page), [], 'kiosk countdown');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Antrag auf Grundsicherung üben', null, { timeout: 8000 });
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    assert.deepEqual(await dateValue(page, 'antragsteller-geburtsdatum'), ['', '', ''], 'the earlier answers are gone');

    // "Fertig — alles löschen" at the end of a walk (here: an exit for a child under 15).
    await answerPage(page, { 'antragsteller-geburtsdatum': '01.01.2016' });
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.getByRole('button', { name: 'Fertig — alles löschen' }).click();
    await onPage(page, 'Antrag auf Grundsicherung üben');

    // The only thing written is the anonymous tally of walks, and none of the answers is in it.
    const keys = await page.evaluate(() => [...new Set(window.storageKeys)]);
    assert.deepEqual(keys, ['antragssimulator-auswertung'], 'only the tally is written');
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['antragssimulator-auswertung']);
    assert.equal(await page.evaluate(() => sessionStorage.length), 0);
    const tally = await page.evaluate(() => localStorage.getItem('antragssimulator-auswertung'));
    for (const typed of ['1985', '1991', '2016', 'Jonas', 'Becker']) assert.ok(!tally.includes(typed), `${typed} in ${tally}`);
    assert.equal(JSON.parse(tally).begonnen, 2, tally);
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});

test('the QR code hands over the address with the chosen role, and nothing else', async () => {
  const server = await serve();
  const browser = await open(server, '?rolle=studentin');
  try {
    const { page, guard } = browser;
    assert.match(await page.textContent('.role-offer'), /Ihre Rolle: Studentin/);
    await page.click('.handover summary');
    const png = PNG.sync.read(await page.locator('.qr__code').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.equal(code?.data, `${server.origin}/?rolle=studentin`);
    await screenshot(page, 'qr-uebergabe');
        assert.deepEqual(await axeViolations(page), [], 'QR hand-over');
    // Choosing the offered role starts the walk with it.
    await page.getByRole('button', { name: 'Mit dieser Rolle starten' }).click();
    await onPage(page, 'Ihr Alter');
    assert.match(await page.textContent('.role'), /Immatrikulationsbescheinigung/);
    assert.deepEqual(trafficProblems(guard), []);
  } finally {
    await browser.close();
  }
});

test('a Jobcenter config sets the name, contact and KdU limits; a missing or invalid one says why', async () => {
  const custom = await serve({
    '/config.json': JSON.stringify({
      name: 'Jobcenter Testkreis',
      anschrift: 'Teststraße 5, 55218 Ingelheim',
      kdu_grenzen: { 1: 500, je_weitere_person: 100 },
      heizkosten_grenzen: { 1: 50 },
    }),
  });
  let browser = await open(custom);
  try {
    const { page, guard } = browser;
    assert.equal(await page.textContent('.site-header__jobcenter'), 'Jobcenter Testkreis');
    assert.match(await page.textContent('footer'), /Jobcenter Testkreis: Teststraße 5, 55218 Ingelheim/);
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    // The first question's page, once the walk's code is here (the start page may stay a moment).
    await onPage(page, 'Ihr Alter');
    for (let i = 0; i < 30; i++) {
      const title = await heading(page);
      if (title === 'Übung beendet – kein Antrag gestellt') break;
      if (title === 'Kosten für Wohnung und Heizung') {
        assert.match(await page.textContent('.kdu-limit'), /Jobcenter Testkreis hält für eine Person .* bis 500,00\s€ im Monat/);
        assert.match(await page.textContent('.kdu-limit'), /Für die Heizkosten allein gelten bis 50,00\s€ im Monat als angemessen/);
        await screenshot(page, 'konfiguration-kdu');
        assert.deepEqual(await axeViolations(page), [], 'KdU limit');
      }
      await answerPage(page, SINGLE);
      const label = title === 'Erklärungen und Absenden' ? 'Antrag absenden (Simulation)' : 'Weiter';
      await page.getByRole('button', { name: label }).click();
      await page.waitForFunction((t) => document.querySelector('main h1')?.textContent !== t, title);
    }
    assert.match(await page.textContent('main'), /Den echten Antrag stellen Sie bei: Jobcenter Testkreis/);
    await page.getByRole('button', { name: 'Weiter zum Bescheid' }).click();
    await onPage(page, 'Ihr Bescheid (Simulation)');
    // In the first year the actual 540 € are paid (up to 1.5 × 500 €) …
    assert.match(await page.textContent('main'), /Zusammen im Monat: 1\.103,00\s€/);
    // … but the Karenzzeit does not protect heating: 60 € is above the 50 € for heating alone, so
    // from the 7th month 480 € + 50 € (§ 22 Abs. 1 Satz 2 and 7).
    assert.match(await page.textContent('main'), /über der Grenze für Heizkosten \(50,00\s€\)/);
    assert.match(await page.textContent('main'), /Ab dem 7\. Monat des Bezugs[^.]*: 1\.093,00\s€ im Monat/);
    // … under the law of 2019 (no Karenzzeit) the full 540 € while the costs cannot be lowered,
    // as a rule six months, then only the local limit: 424 € + 500 € (§ 22 Abs. 1 Satz 7).
    await page.selectOption('#rechtsstand', '2019');
    await page.waitForFunction(() => document.querySelector('main').textContent.includes('Zusammen im Monat: 964,00\u00a0€'));
    assert.match(await page.textContent('main'), /Ab dem 7\. Monat des Bezugs[^.]*: 924,00\s€ im Monat/);
    assert.match(await page.textContent('main'), /über der Grenze \(500,00\s€\)/);
    assert.deepEqual(trafficProblems(guard), []);
  } finally {
    await browser.close();
  }

  for (const [body, problem] of [
    [null, /nicht gefunden \(HTTP 404\)/],
    ['{"name": "Jobcenter X", "kdu_grenzen": {"1": -3}}', /kdu_grenzen\.1/],
    ['{"name": "Jobcenter X", "farbe": "rot"}', /farbe/],
    ['nicht einmal JSON', /kein gültiges JSON/],
  ]) {
    const server = await serve({ '/config.json': body });
    browser = await open(server);
    try {
      const { page } = browser;
      await page.waitForSelector('.config-notice');
      const notice = await page.textContent('.config-notice');
      assert.match(notice, problem);
      assert.match(notice, /neutrale Voreinstellungen/);
      assert.equal(await page.textContent('.site-header__jobcenter'), 'Ihr Jobcenter');
      if (body === null) await screenshot(page, 'konfiguration-fehlt');
    } finally {
      await browser.close();
    }
  }
});

test('config.json: a huge file is given up after 64 KB and never kept; invisible characters and an endless address are handled', async () => {
  // 100 MB of spaces, sent as it is read (no length announced, as a compressing server sends it).
  const sent = { bytes: 0, requests: 0 };
  const huge = (req, res) => {
    sent.requests += 1;
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (sent.bytes < 100 * 1024 * 1024 * sent.requests && !res.destroyed) {
        sent.bytes += chunk.length;
        if (!res.write(chunk)) return res.once('drain', pump);
      }
      res.end();
    };
    pump();
  };
  let server = await serve({ '/config.json': huge });
  let browser = await open(server);
  try {
    const { page, guard } = browser;
    await page.waitForSelector('.config-notice');
    assert.match(await page.textContent('.config-notice'), /größer als 64 KB/);
    // The second load goes through the service worker, which must not keep the file either.
    guard.loaded = false;
    await page.reload();
    await appReady(page, guard);
    await page.waitForSelector('.config-notice');
    const kept = await page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls.filter((u) => u.endsWith('/config.json'));
    });
    assert.deepEqual(kept, [], 'no oversized config.json in Cache Storage');
    // Three requests (the first load, the worker's install, the reload) each read at most 64 KB;
    // what left the server besides is what the socket buffers held when the reader gave up, far
    // from the 100 MB each would have sent to be read in full.
    assert.equal(sent.requests, 3);
    assert.ok(sent.bytes < 20 * 1024 * 1024 * sent.requests, `${sent.bytes} bytes sent`);
    console.log(`huge config.json: ${sent.requests} requests, ${(sent.bytes / 1024 / 1024).toFixed(1)} MB sent of ${100 * sent.requests} MB`);
  } finally {
    await browser.close();
  }

  // A bidi override turns the name around on every page: refused like in the form's fields.
  for (const name of ['Jobcenter \u202Emusterstadt', 'Jobcenter\u200BMusterstadt']) {
    server = await serve({ '/config.json': JSON.stringify({ name }) });
    browser = await open(server);
    try {
      const { page } = browser;
      await page.waitForSelector('.config-notice');
      assert.match(await page.textContent('.config-notice'), /„name“: enthält Steuerzeichen oder unsichtbare Zeichen/);
      assert.equal(await page.textContent('.site-header__jobcenter'), 'Ihr Jobcenter');
    } finally {
      await browser.close();
    }
  }

  // 300 characters without a space in the address: wrapped, the page does not scroll sideways.
  server = await serve({
    '/config.json': JSON.stringify({ name: 'Jobcenter Langstadt', anschrift: 'Musterstraße'.repeat(25) }),
  });
  browser = await open(server);
  try {
    const { page } = browser;
    await page.waitForFunction(() => document.querySelector('footer')?.textContent.includes('Jobcenter Langstadt'));
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `no sideways scrolling at ${width} px`);
    }
    await screenshot(page, 'konfiguration-lange-anschrift-320');
  } finally {
    await browser.close();
  }
});

test('contradicting mode flags give the safer mode: kiosk wins over presentation', async () => {
  const server = await serve();
  for (const query of ['?modus=praesentation&modus=kiosk', '?modus=kiosk&modus=praesentation']) {
    const browser = await open(server, query);
    try {
      const { page } = browser;
      await page.waitForSelector('.kiosk-notice');
      assert.equal(await page.$('.app--presenter'), null, query);
      assert.equal(await page.evaluate(() => window.storageWrites), 0);
    } finally {
      await browser.close();
    }
  }
});
