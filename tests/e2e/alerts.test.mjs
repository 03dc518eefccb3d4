// Opt-in urgent alerts in the console: off until the staff member turns them on, then a
// desktop notification (urgency and team only, never what the patient wrote) when an
// urgent conversation arrives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CANARY, launch, watch, Console, inquiry } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Records every notification the page creates, then lets the browser show it.
const RECORD_NOTIFICATIONS = () => {
  window.__alerts = [];
  const Native = window.Notification;
  window.Notification = class extends Native {
    constructor(title, options) {
      window.__alerts.push({ title, body: options?.body ?? '' });
      super(title, options);
    }
  };
};

test('urgent alerts are opt-in and never carry the message', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['notifications'], { origin: new URL(BASE).origin });
  await context.addInitScript(RECORD_NOTIFICATIONS);
  const page = await context.newPage();
  const problems = watch(page, 'console');
  const console_ = new Console(page);
  await console_.signIn('clinician@demo.test');
  await console_.liveStatus('live').waitFor({ timeout: 15_000 });
  const toggle = console_.alertsToggle();
  await toggle.waitFor();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');

  // Off: an urgent inquiry arrives silently.
  const quiet = `still bleeding after the extraction, quiet ${CANARY} ${Date.now()}`;
  await inquiry(quiet);
  await console_.row(quiet.slice(0, 40)).waitFor({ timeout: 20_000 });
  assert.equal(await page.evaluate(() => window.__alerts.length), 0);

  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const loud = `still bleeding after the extraction, loud ${CANARY} ${Date.now()}`;
  await inquiry(loud);
  await page.waitForFunction(() => window.__alerts.length > 0, null, { timeout: 20_000 });
  const [alert] = await page.evaluate(() => window.__alerts);
  assert.match(alert.body, /Urgent · Clinical/);
  assert.doesNotMatch(`${alert.title} ${alert.body}`, /bleeding|extraction/);

  // The choice is remembered on this browser.
  await page.reload();
  await toggle.waitFor();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});
