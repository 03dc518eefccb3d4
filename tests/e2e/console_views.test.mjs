// The console's reports screen in real chromium: the fixture clinic's known figures
// appear as numbers and charts, only admins get the button, and the screen is captured
// for the README (docs/screenshots/; the inbox is taken by screenshots.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { launch, watch, Console } from './browser.mjs';

const SHOTS = new URL('../../docs/screenshots/', import.meta.url);

let browser;
before(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => { await browser?.close(); });

async function signedIn(email) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = watch(page, email);
  await new Console(page).signIn(email);
  await page.locator('[data-testid="staff-name"]').waitFor({ timeout: 15_000 });
  return { context, page, problems };
}

test('an admin reads the report: known figures, charts and the CSV link', async () => {
  const { context, page, problems } = await signedIn('admin@reports.test');
  await page.locator('[data-testid="nav-reports"]').click();
  const clinical = page.locator('[data-testid="report-row"][data-department="clinical"]');
  await clinical.waitFor({ timeout: 15_000 });
  assert.equal(await clinical.locator('[data-testid="report-median"]').textContent(), '10 min');
  assert.match(await page.locator('[data-testid="report-sla"]').textContent(), /67%.*4 of 6/);
  assert.equal(await page.locator('[data-testid="chart-hours"] rect').count(), 24);
  assert.equal(await page.locator('[data-testid="chart-weekdays"] rect').count(), 7);
  const href = await page.locator('[data-testid="reports-csv"]').getAttribute('href');
  assert.match(href, /format=csv/);
  await page.screenshot({ path: new URL('console-report.png', SHOTS).pathname, fullPage: true });

  // Back to the inbox with the same button.
  await page.locator('[data-testid="nav-reports"]').click();
  await page.locator('[data-testid="inbox-list"], [data-testid="inbox-empty"]').first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('front-desk staff get no reports button', async () => {
  const { context, page, problems } = await signedIn('frontdesk@demo.test');
  assert.equal(await page.locator('[data-testid="nav-reports"]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
