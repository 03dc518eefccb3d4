// The whole loop in a real browser: a visitor asks on the demo site, staff answer in the
// console, the reply arrives live, and the conversation survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CANARY, launch, watch, Widget, Console } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('visitor asks, staff reply live, conversation survives a reload', async () => {
  const visitorContext = await browser.newContext();
  const staffContext = await browser.newContext();
  const visitorPage = await visitorContext.newPage();
  const staffPage = await staffContext.newPage();
  const problems = [...watch(visitorPage, 'visitor'), ...watch(staffPage, 'console')];

  // Staff are already looking at the inbox when the inquiry arrives.
  const console_ = new Console(staffPage);
  await console_.signIn('frontdesk@demo.test');
  await console_.inboxLoaded().waitFor({ timeout: 15_000 }).catch(() => {});

  await visitorPage.goto(`${BASE}/`);
  const widget = new Widget(visitorPage);
  await widget.launcher.waitFor({ state: 'visible' });
  // Nothing is stored before the visitor interacts.
  assert.equal(await visitorPage.evaluate(() => localStorage.length), 0);
  assert.equal(await visitorPage.evaluate(() => document.cookie), '');

  await widget.open();
  const question = `Is there parking near the clinic? ${CANARY} ${Date.now()}`;
  await widget.say(question);

  // The inquiry shows up in the already-open console without a reload.
  const row = console_.row(question.slice(0, 40));
  await row.waitFor({ timeout: 20_000 });
  await row.click();
  await console_.visitorMessage(question).waitFor();

  const answer = `Yes, in our courtyard; the first hour is free. ${CANARY}`;
  await console_.reply(answer);

  // The reply arrives in the visitor's open panel, live.
  await widget.messages('staff').filter({ hasText: answer }).waitFor({ timeout: 15_000 });

  // After a reload the conversation is still there.
  await visitorPage.reload();
  await widget.launcher.waitFor({ state: 'visible' });
  if (!(await widget.panel.isVisible())) await widget.open();
  await widget.messages('visitor').filter({ hasText: question }).waitFor({ timeout: 15_000 });
  await widget.messages('staff').filter({ hasText: answer }).waitFor({ timeout: 15_000 });

  assert.deepEqual(problems, []);
  await visitorContext.close();
  await staffContext.close();
});

test('message text renders as text, never as HTML', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  const widget = new Widget(page);
  await widget.open();
  const hostile = `<img src=x onerror="window.__pwned=1"><b>bold</b> ${CANARY}`;
  await widget.say(hostile);
  const shown = widget.messages('visitor').filter({ hasText: '<img src=x' });
  assert.equal(await shown.count(), 1, 'the markup is shown literally');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await widget.panel.locator('img, b').count(), 0);
  await context.close();
});

test('host page CSS stays out of the widget and widget CSS stays out of the page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  const widget = new Widget(page);
  await widget.launcher.waitFor({ state: 'visible' });
  // The demo site styles every button with a 30px yellow-on-red !important rule.
  const launcherFont = await widget.launcher.evaluate((el) => getComputedStyle(el).fontSize);
  assert.notEqual(launcherFont, '30px');
  await widget.open();
  const sendFont = await widget.send.evaluate((el) => getComputedStyle(el).fontSize);
  assert.notEqual(sendFont, '30px');
  // The host's own button keeps the host's style.
  const hostFont = await page.locator('main button').evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(hostFont, '30px');
  // The widget adds no stylesheet or style element to the host document.
  assert.equal(await page.evaluate(() => document.styleSheets.length), 1);
  await context.close();
});
