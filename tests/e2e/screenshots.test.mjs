// The README's pictures, taken on every run into docs/screenshots/: the open widget on a
// desktop and on a phone (the real demo site), and the console with a conversation open
// on a 1280x720 laptop and on a 390x844 phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { BASE, CANARY, inquiry, launch, watch, Console, Widget } from './browser.mjs';

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
    await widget.input.blur();
    const path = new URL(file, OUT);
    await page.screenshot({ path: path.pathname });
    assert.ok((await stat(path)).size > 10_000, `${file} has content`);
    await context.close();
  });
}

const CONSOLE_SHOTS = [
  ['console-inbox.png', { viewport: { width: 1280, height: 720 } }],
  ['console-phone.png', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
];

for (const [file, options] of CONSOLE_SHOTS) {
  test(`screenshot: ${file}`, async () => {
    for (const text of [
      "I'm bleeding still from the extraction this morning, should I be worried?",
      'Can I move my appointment on Friday to next week?',
      'Where do I park when I come for my check-up?',
    ]) {
      await inquiry(`${text} ${CANARY}`);
    }
    const context = await browser.newContext({ colorScheme: 'light', locale: 'en-GB', ...options });
    const page = await context.newPage();
    const problems = watch(page, file);
    const console_ = new Console(page);
    await console_.signIn('admin@demo.test');
    await console_.liveStatus('live').waitFor({ timeout: 15_000 });
    const urgent = console_.row('bleeding still').first();
    await urgent.waitFor({ timeout: 20_000 });
    await urgent.click();
    await console_.threadMessages().first().waitFor();
    // Loaded, whether the details show beside the thread or wait in the phone's drawer.
    await console_.visitorSummary().waitFor({ state: 'attached' });
    const path = new URL(file, OUT);
    await page.screenshot({ path: path.pathname });
    assert.ok((await stat(path)).size > 10_000, `${file} has content`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
