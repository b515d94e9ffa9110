// The accessibility details of issue 7 that the axe walks do not cover: the skip link, visible
// focus, page titles naming the step, reflow at 200 % zoom, reduced motion, and live regions used
// sparingly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDistServer, openBrowser, loadApp, trafficProblems, onPage, screenshot, titleMatches } from './harness.mjs';
import { answerPage, SINGLE } from './roles.mjs';

const server = useDistServer();

test('skip link, visible focus, titles, 200 % zoom, reduced motion and live regions', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    await loadApp(page, guard, server.origin);
    await page.getByRole('button', { name: 'Simulation starten' }).click();
    await onPage(page, 'Ihr Alter');
    // The page title names the step.
    await titleMatches(page, /^Ihr Alter – Antragssimulator Grundsicherung$/);
    await answerPage(page, SINGLE);
    await page.getByRole('button', { name: 'Weiter' }).click();
    await onPage(page, 'Können Sie arbeiten?');
    const url = page.url();

    // The skip link is the first stop of the keyboard, visible when focused, and leads to the
    // page's content without leaving the step.
    const first = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
        .find((e) => e.tabIndex >= 0 && !e.disabled)?.className,
    );
    assert.equal(first, 'skip-link', 'the skip link comes first');
    await page.focus('.skip-link');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      inView: (() => {
        const r = document.activeElement.getBoundingClientRect();
        return r.left >= 0 && r.top >= 0 && r.width > 0 && r.height > 0;
      })(),
    }));
    assert.deepEqual(skip, { text: 'Zum Inhalt springen', inView: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'inhalt');
    assert.equal(page.url(), url, 'the skip link keeps the step and its address');
    await onPage(page, 'Können Sie arbeiten?');

    // Focus is visible: a 3 px outline on the next control reached with Tab.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return { style: s.outlineStyle, width: s.outlineWidth };
    });
    assert.deepEqual(outline, { style: 'solid', width: '3px' });

    // 200 % zoom of a 1280 px window is a 640 CSS px viewport: nothing scrolls sideways, and the
    // page with errors says so in its title.
    await page.setViewportSize({ width: 640, height: 450 });
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.waitForSelector('.error-summary');
    await titleMatches(page, /^Fehler: Können Sie arbeiten\? – /);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
    await screenshot(page, 'zoom-200-fehler');

    // Live regions used sparingly: the error summary is the one alert (and takes the focus);
    // the status regions of the data actions and the language switch say nothing until used.
    const live = await page.$$eval('[aria-live], [role=status], [role=alert]', (els) =>
      els.map((e) => ({ kind: e.getAttribute('aria-live') ?? e.getAttribute('role'), text: e.textContent.trim(), summary: e.classList.contains('error-summary') })),
    );
    assert.ok(!live.some((l) => l.kind === 'assertive'), 'nothing interrupts on a step page');
    assert.deepEqual(live.filter((l) => l.kind === 'alert').map((l) => l.summary), [true]);
    assert.deepEqual(live.filter((l) => l.kind === 'status' && l.text !== ''), [], 'status regions are quiet');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true);

    // Reduced motion: no transition or animation lasts longer than a moment.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const longest = await page.evaluate(() => {
      const seconds = (v) => Math.max(...v.split(',').map((x) => parseFloat(x) * (x.trim().endsWith('ms') ? 0.001 : 1)));
      let max = 0;
      for (const el of document.querySelectorAll('*')) {
        const s = getComputedStyle(el);
        max = Math.max(max, seconds(s.transitionDuration), seconds(s.animationDuration));
      }
      return max;
    });
    assert.ok(longest <= 0.01, `longest transition or animation with reduced motion: ${longest} s`);
    assert.deepEqual(trafficProblems(guard), []);
    assert.deepEqual(guard.errors, []);
  } finally {
    await browser.close();
  }
});
