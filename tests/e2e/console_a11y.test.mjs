// Accessibility of the staff console: axe-core (WCAG 2.2 A/AA rules, as for the widget)
// finds nothing on any screen (sign-in, inbox, thread, reports, templates, team) in the
// light theme and in the dark one that follows the system setting.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { BASE, CANARY, inquiry, launch, watch, Console } from './browser.mjs';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** axe's violations on the whole page, each with the elements it names. */
async function axeViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
    }));
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violations on any console screen (${colorScheme})`, async () => {
    const tag = randomUUID().slice(0, 8);
    await inquiry(`Accessible ${tag}: can I book a hearing test? ${CANARY}`);
    // bypassCSP lets the test add axe's script to the page; the console's own CSP is tested
    // by csp.test.mjs.
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 720 }, bypassCSP: true });
    const page = await context.newPage();
    const problems = watch(page, 'console');
    const screens = {};

    const console_ = new Console(page);
    await page.goto(`${BASE}/console/`, { waitUntil: 'domcontentloaded' });
    await console_.signInEmail().waitFor();
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), colorScheme === 'dark');
    screens['sign-in'] = await axeViolations(page);

    await console_.signIn('admin@demo.test');
    await console_.liveStatus('live').waitFor({ timeout: 15_000 });
    const row = console_.row(`Accessible ${tag}`);
    await row.waitFor({ timeout: 20_000 });
    screens.inbox = await axeViolations(page);

    await row.click();
    await console_.threadMessage(`Accessible ${tag}`).waitFor({ timeout: 15_000 });
    await console_.visitorSummary().waitFor();
    screens.thread = await axeViolations(page);

    for (const screen of ['reports', 'templates', 'team', 'integrations']) {
      await console_.navButton(screen).click();
      await console_.screenReady(screen).waitFor({ state: 'attached', timeout: 15_000 });
      screens[screen] = await axeViolations(page);
    }

    // Every screen's findings at once, so one run shows all there is to fix.
    assert.deepEqual(Object.entries(screens).filter(([, violations]) => violations.length), [], colorScheme);
    assert.deepEqual(Object.keys(screens), ['sign-in', 'inbox', 'thread', 'reports', 'templates', 'team', 'integrations']);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
