// The bot in the real widget: the demo clinic's parking question is answered at once,
// a clinical question gets no bot answer and reaches staff, and the panel says how long
// a person usually takes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CANARY, launch, watch, Widget, Console } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function openWidget() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'visitor');
  await page.goto(`${BASE}/`);
  const widget = new Widget(page);
  await widget.launcher.waitFor({ state: 'visible' });
  await widget.open();
  return { context, page, widget, problems };
}

test('the parking question gets the instant answer in the widget', async () => {
  const { context, page, widget, problems } = await openWidget();
  // Before the first message the panel promises a realistic wait.
  await widget.status().filter({ hasText: /usually replies within about \d+ (minutes|hours)/ })
    .waitFor({ timeout: 10_000 });
  await widget.say('Where can I park?');
  const answer = widget.messages('bot').filter({ hasText: 'Free parking for patients' });
  await answer.waitFor({ timeout: 15_000 });
  assert.match(await answer.textContent(), /Automatic answer/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a clinical question gets no bot answer and goes to a person', async () => {
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  const console_ = new Console(staffPage);
  await console_.signIn('clinician@demo.test');

  const { context, widget, problems } = await openWidget();
  const question = `Can I take ibuprofen after my filling? ${CANARY} ${Date.now()}`;
  await widget.say(question);
  await widget.messages('bot').filter({ hasText: 'A member of our team will reply here' })
    .waitFor({ timeout: 15_000 });
  assert.equal(await widget.messages('bot').filter({ hasText: 'Free parking' }).count(), 0);

  // The clinical team sees it, waiting for them.
  const row = console_.row(question.slice(0, 40));
  await row.waitFor({ timeout: 20_000 });
  assert.match(await row.textContent(), /clinical/i);
  assert.deepEqual(problems, []);
  await context.close();
  await staffContext.close();
});
