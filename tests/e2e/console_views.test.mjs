// The console's reports screen in real chromium: the fixture clinic's known figures
// appear as numbers and charts, only admins get the button, and the screen is captured
// for the README (docs/screenshots/; the inbox is taken by screenshots.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { launch, watch, Console } from './browser.mjs';
import { ReportsScreen } from './pages/reports.mjs';

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
  const console_ = new Console(page);
  await console_.signIn(email);
  await console_.staffName().waitFor({ timeout: 15_000 });
  return { context, page, console_, problems };
}

test('an admin reads the report: known figures, charts and the CSV link', async () => {
  const { context, page, console_, problems } = await signedIn('admin@reports.test');
  const reports = new ReportsScreen(page);
  // The reports screen is a wasm chunk of its own (`#[lazy]`), fetched on the first open
  // only: the first load carries sign-in, inbox and thread. The page's resource timings
  // list every file it fetched since its navigation.
  const chunks = () => page.evaluate(() => performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.split('/').pop())
    .filter((file) => file.startsWith('split_') && file.endsWith('.wasm')));
  await console_.inboxShown().waitFor({ timeout: 15_000 });
  assert.deepEqual(await chunks(), [], 'no admin chunk before an admin screen opens');
  await console_.navButton('reports').click();
  const clinical = reports.row('clinical');
  await clinical.waitFor({ timeout: 15_000 });
  const loaded = await chunks();
  assert.equal(loaded.filter((file) => file.startsWith('split_reports_screen_')).length, 1,
    `the reports chunk, once: ${loaded.join(', ')}`);
  assert.equal(await reports.medianOf(clinical).textContent(), '10 min');
  assert.match(await reports.sla().textContent(), /67%.*4 of 6/);
  assert.equal(await reports.chartBars('hours').count(), 24);
  assert.equal(await reports.chartBars('weekdays').count(), 7);
  const href = await reports.csvLink().getAttribute('href');
  assert.match(href, /format=csv/);
  await page.screenshot({ path: new URL('console-report.png', SHOTS).pathname, fullPage: true });

  // Back to the inbox with the same button; in again without a second fetch.
  await console_.navButton('reports').click();
  await console_.inboxShown().waitFor();
  await console_.navButton('reports').click();
  await clinical.waitFor();
  assert.deepEqual(await chunks(), loaded, 'no second fetch');
  await console_.navButton('reports').click();
  await console_.inboxShown().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('front-desk staff get no reports button', async () => {
  const { context, console_, problems } = await signedIn('frontdesk@demo.test');
  assert.equal(await console_.navButton('reports').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
