// One-off: render public/favicon.svg into the PNG icons of the web manifest (maskable: the mark
// inside the 80 % safe zone on the brand colour). Run with node scripts/make_icons.mjs.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
const svg = await readFile('public/favicon.svg', 'utf8');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
for (const size of [192, 512]) {
  const p = await b.newPage({ viewport: { width: size, height: size } });
  // Maskable: the mark inside the safe zone (80 %) on the brand colour.
  await p.setContent(`<body style="margin:0;background:#0b4f71"><div style="width:${size}px;height:${size}px;display:flex;align-items:center;justify-content:center">${svg.replace('<svg ', `<svg width="${Math.round(size * 0.8)}" height="${Math.round(size * 0.8)}" `)}</div></body>`);
  await p.screenshot({ path: `public/icon-${size}.png`, omitBackground: false });
}
await b.close();
