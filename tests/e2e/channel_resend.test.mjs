// A failed channel delivery in the console: the sandbox refuses the next SMS send, the
// thread shows the reply as not delivered with the provider's reason in plain words, and
// Resend sends it once more until the patient's page shows it delivered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CANARY, launch, sandboxUrl, signedInConsole, watch } from './browser.mjs';

const SANDBOX = sandboxUrl();

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function failNextSms(to, text) {
  const answer = await fetch(`${SANDBOX}/sandbox/fail-next`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel: 'sms', mode: 'reject', to, text }),
  });
  assert.equal(answer.status, 200);
}

async function sendsOf(text) {
  const outbox = await (await fetch(`${SANDBOX}/sandbox/outbox`)).json();
  return outbox.requests.filter(
    (r) => r.channel === 'sms' && new URLSearchParams(r.body).get('Body') === text,
  ).length;
}

test('a refused SMS reply shows why in the thread, and Resend delivers it once more', async () => {
  const patient = await browser.newPage();
  const patientProblems = watch(patient, 'sandbox page');
  await patient.goto(`${SANDBOX}/`, { waitUntil: 'domcontentloaded' });
  const number = `+1555${String(Math.floor(1_000_000 + Math.random() * 8_999_999))}`;
  await patient.locator('#from').fill(number);
  const question = `Can I bring my own crutches? ${CANARY} ${randomUUID()}`;
  await patient.locator('#text').fill(question);
  await patient.locator('button[type="submit"]').click();
  await patient.locator('#thread li.in').filter({ hasText: question }).waitFor();

  const { context, page, console_, problems } = await signedInConsole(browser, 'admin@demo.test', 'console');
  await console_.row(question).first().click();
  await console_.visitorMessage(question).waitFor();
  const answer = `Yes, bring them along. ${CANARY} ${randomUUID()}`;
  await failNextSms(number, answer);
  await console_.reply(answer);

  const mine = console_.staffMessage(answer);
  const failed = console_.deliveryOf(mine, { status: 'failed' });
  await failed.waitFor({ timeout: 20_000 });
  const reason = await console_.deliveryReasonOf(mine).textContent();
  assert.match(reason, /^The patient's number or account is not valid on this channel\./);
  assert.match(reason, /\(Twilio 21614: /);
  assert.equal(await sendsOf(answer), 1);

  await console_.resendButtonOf(mine).click();
  await console_.deliveryOf(mine, { attempt: 2 }).waitFor();
  await console_.deliveryOf(mine, { status: 'delivered' }).waitFor({ timeout: 20_000 });
  assert.equal(await console_.resendButtonOf(mine).count(), 0, 'no Resend once delivered');
  const reply = patient.locator('#thread li.out').filter({ hasText: answer });
  await reply.and(patient.locator('[data-status="delivered"]')).waitFor({ timeout: 20_000 });
  assert.equal(await sendsOf(answer), 2, 'the refused send and one resend');
  assert.deepEqual([...patientProblems, ...problems], []);
  await context.close();
});
