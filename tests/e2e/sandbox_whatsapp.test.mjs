// WhatsApp end to end in two browsers: a patient writes from the provider sandbox's page
// as a WhatsApp user, the clinic answers from the console, and the page shows the reply
// with its delivery ticks: sent, delivered and read, each a status callback the clinic's
// edge acknowledged. The console's mark on the reply follows live, without a reload:
// delivered, then read, as each callback arrives (the conversation socket's `delivery`
// frames).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CANARY, launch, sandboxUrl, signedInConsole, watch } from './browser.mjs';
import { CONSOLE_SELECTORS } from './pages/console.mjs';

const SANDBOX = sandboxUrl();

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a WhatsApp patient on the sandbox page sees the console reply sent, delivered and read', async () => {
  const patient = await browser.newPage();
  const patientProblems = watch(patient, 'sandbox page');
  await patient.goto(`${SANDBOX}/`, { waitUntil: 'domcontentloaded' });
  await patient.locator('#channel').selectOption('whatsapp');
  const number = `+1555${String(Math.floor(1_000_000 + Math.random() * 8_999_999))}`;
  await patient.locator('#from').fill(number);
  const question = `Can I move my appointment to Friday? ${CANARY} ${randomUUID()}`;
  await patient.locator('#text').fill(question);
  await patient.locator('button[type="submit"]').click();
  const sent = patient.locator('#thread li.in').filter({ hasText: question });
  await sent.waitFor();
  assert.equal(await patient.locator('#error').textContent(), '');

  const { context, page, console_, problems } = await signedInConsole(browser, 'admin@demo.test', 'console');
  const row = console_.row(question).first();
  await row.waitFor();
  assert.equal(await console_.channelTagOf(row).getAttribute('data-channel'), 'whatsapp');
  // The WhatsApp id is the number's digits, without "+".
  assert.equal(await row.locator('.channel-address').textContent(), number.slice(1));
  await row.click();
  await console_.visitorMessage(question).waitFor();
  // The patient just wrote: the reply box shows WhatsApp's window with almost 24 hours left.
  const hint = console_.replyChannelHint();
  await hint.and(page.locator('[data-kind="window-open"]')).waitFor();
  assert.match(await hint.textContent(), /^WhatsApp reply window: 23 h 5\d min left$/);
  const answer = `Yes, Friday at 10:00 is free. ${CANARY} ${randomUUID()}`;
  // Every state the console's mark on the reply shows, in order, from before it is sent.
  await page.evaluate(({ text, selectors }) => {
    window.__marks = [];
    const record = () => {
      const mine = [...document.querySelectorAll(selectors.staffMessage)]
        .find((message) => message.textContent.includes(text));
      const status = mine?.querySelector(selectors.delivery)?.dataset.status;
      if (status && window.__marks.at(-1) !== status) window.__marks.push(status);
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'],
    });
  }, { text: answer, selectors: CONSOLE_SELECTORS });
  await console_.reply(answer);

  // The page shows the reply once Meta's send API took it, then each tick as the clinic
  // acknowledges its status callback, in order.
  const reply = patient.locator('#thread li.out').filter({ hasText: answer });
  await reply.and(patient.locator('[data-acknowledged="sent delivered read"]')).waitFor({ timeout: 20_000 });
  assert.equal(await reply.getAttribute('data-status'), 'read');
  assert.match(await reply.locator('.meta').textContent(), /^✓✓ read$/);
  assert.equal(
    await reply.locator('.told').textContent(),
    'clinic told: ✓ sent, ✓✓ delivered, ✓✓ read',
  );
  assert.equal(await patient.locator('#thread li.out').filter({ hasText: answer }).count(), 1, 'sent once');

  // The console's mark followed without a reload: delivered, then read.
  const mine = console_.staffMessage(answer);
  await console_.deliveryOf(mine, { status: 'read' }).waitFor({ timeout: 20_000 });
  const marks = await page.evaluate(() => window.__marks);
  assert.equal(marks.at(-1), 'read', marks.join(' → '));
  assert.ok(marks.indexOf('delivered') >= 0 && marks.indexOf('delivered') < marks.indexOf('read'), marks.join(' → '));
  assert.equal(marks.indexOf('failed'), -1, marks.join(' → '));
  // And a thread opened afresh reads the same state.
  await page.reload();
  await console_.deliveryOf(mine, { status: 'read' }).waitFor({ timeout: 20_000 });
  assert.deepEqual([...patientProblems, ...problems], []);
  await context.close();
});
