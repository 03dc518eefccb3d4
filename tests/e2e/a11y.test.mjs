// Accessibility: axe-core (WCAG 2.2 A/AA rules) finds nothing in the open widget, nor in
// its verification form, in light mode, dark mode and on a phone; the whole flow works by
// keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { BASE, CANARY, launch, Widget } from './browser.mjs';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Runs axe on the widget's host element (axe walks into its open shadow root). */
async function axeViolations(page) {
  if (!await page.evaluate(() => 'axe' in window)) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await window.axe.run(
      { include: [['frontdesk-widget']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    );
    return result.violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
    }));
  });
}

const SETTINGS = [
  ['light, desktop', { colorScheme: 'light', viewport: { width: 1280, height: 800 } }],
  ['dark, desktop', { colorScheme: 'dark', viewport: { width: 1280, height: 800 } }],
  ['phone', { colorScheme: 'light', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
];

for (const [label, options] of SETTINGS) {
  test(`axe finds no violations in the open widget (${label})`, async () => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    const widget = new Widget(page);
    await widget.open();
    // Every kind of bubble: the greeting, a sent message and the clinic's automatic reply.
    await widget.say(`I have chest pain and can't breathe ${CANARY}`);
    await widget.messages('bot').first().waitFor({ timeout: 15_000 });
    assert.deepEqual(await axeViolations(page), []);
    // The verification form (fetched on first use), with a refusal showing.
    await widget.verifyButton().click();
    await widget.verifyPhoneInput().fill('12');
    await widget.verifyAskButton().click();
    await widget.verifyError().filter({ hasText: /\S/ }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Escape');
    if (options.isMobile) {
      // Full screen below 640 px, and a 16 px input so iOS does not zoom.
      const box = await widget.panel.boundingBox();
      assert.deepEqual([box.x, box.y, box.width, box.height], [0, 0, 390, 844]);
      assert.equal(await widget.input.evaluate((el) => getComputedStyle(el).fontSize), '16px');
      assert.ok((await widget.send.boundingBox()).y + 42 <= 844, 'the send button is on screen');
    }
    await context.close();
  });
}

test('keyboard only: open, send, close, with focus where it belongs', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  const widget = new Widget(page);
  await widget.launcher.waitFor({ state: 'visible' });
  const focused = () => widget.focusedTestId();
  // Tab through the page until the launcher has focus.
  let steps = 0;
  while ((await focused()) !== 'fd-launcher') {
    await page.keyboard.press('Tab');
    steps += 1;
    assert.ok(steps < 40, 'the launcher is reachable with Tab');
  }
  assert.equal(await widget.launcher.evaluate((el) => getComputedStyle(el).outlineStyle), 'solid', 'visible focus');
  await page.keyboard.press('Enter');
  await widget.panel.waitFor({ state: 'visible' });
  await widget.inputFocused();
  const text = `Typed without a mouse ${CANARY} ${Date.now()}`;
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await widget.messages('visitor').filter({ hasText: text })
    .and(page.locator('[data-delivery="sent"]')).waitFor();
  // The new message is inside the polite live region.
  assert.equal(await widget.messagesRegion().getAttribute('aria-live'), 'polite');
  await page.keyboard.press('Escape');
  await widget.panel.waitFor({ state: 'hidden' });
  assert.equal(await focused(), 'fd-launcher');
  assert.equal(await widget.launcher.getAttribute('aria-expanded'), 'false');
  await context.close();
});
