// The README's pictures: the open widget on a desktop and on a phone, taken from the real
// demo site on every run into docs/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { BASE, launch, Widget } from './browser.mjs';

const OUT = new URL('../../docs/screenshots/', import.meta.url);

let browser;
before(async () => { browser = await launch(); await mkdir(OUT, { recursive: true }); });
after(async () => { await browser?.close(); });

const SHOTS = [
  ['desktop.png', { viewport: { width: 1280, height: 800 } }],
  ['mobile.png', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
];

for (const [file, options] of SHOTS) {
  test(`screenshot: ${file}`, async () => {
    const context = await browser.newContext({ colorScheme: 'light', locale: 'en-GB', ...options });
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    const widget = new Widget(page);
    await widget.open();
    await widget.say('Hello! Can I book a skin check for next week?');
    await widget.messages('visitor').and(page.locator('[data-delivery="sent"]')).first().waitFor();
    await page.locator('[data-testid="fd-input"]').blur();
    const path = new URL(file, OUT);
    await page.screenshot({ path: path.pathname });
    assert.ok((await stat(path)).size > 10_000, `${file} has content`);
    await context.close();
  });
}
