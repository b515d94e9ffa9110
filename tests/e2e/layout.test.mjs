import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDistServer, openBrowser, loadApp, screenshot, trafficProblems, onPage } from './harness.mjs';

const server = useDistServer();

/** Width of the content beyond the viewport, in CSS pixels (0 when nothing scrolls sideways). */
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('from a 320 px phone to a 1920 px projector, nothing scrolls sideways', async () => {
  const browser = await openBrowser(server.origin);
  try {
    const { page, guard } = browser;
    for (const width of [320, 768, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await loadApp(page, guard, server.origin);
      assert.equal(await overflow(page), 0, `start page at ${width} px`);
      await screenshot(page, `layout-${width}-start`);
      await page.getByRole('button', { name: 'Simulation starten' }).click();
      await onPage(page, 'Ihr Alter');
      await page.getByRole('button', { name: 'Weiter' }).click();
      await page.waitForSelector('.error-summary');
      assert.equal(await overflow(page), 0, `step with errors at ${width} px`);
      await screenshot(page, `layout-${width}-fehler`);
      await page.getByRole('button', { name: 'Alle Daten löschen' }).click();
      await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
      await onPage(page, 'Antrag auf Grundsicherung üben');
      guard.loaded = false;
    }
    assert.deepEqual(trafficProblems(guard), []);
  } finally {
    await browser.close();
  }
});
