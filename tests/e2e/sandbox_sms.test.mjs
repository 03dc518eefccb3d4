// SMS end to end in two browsers: a patient texts from the provider sandbox's page, the
// clinic answers from the console, and the page shows the reply with its delivery ticks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CANARY, launch, sandboxUrl, signedInConsole, watch } from './browser.mjs';

const SANDBOX = sandboxUrl();

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a patient texts from the sandbox page, staff answer in the console, the page shows it delivered', async () => {
  const patient = await browser.newPage();
  const patientProblems = watch(patient, 'sandbox page');
  await patient.goto(`${SANDBOX}/`, { waitUntil: 'domcontentloaded' });
  const number = `+1555${String(Math.floor(1_000_000 + Math.random() * 8_999_999))}`;
  await patient.locator('#from').fill(number);
  // Markup typed by the patient stays text on both sides.
  const question = `Is there <b>parking</b> for a van? ${CANARY} ${randomUUID()}`;
  await patient.locator('#text').fill(question);
  await patient.locator('button[type="submit"]').click();
  const sent = patient.locator('#thread li.in').filter({ hasText: question });
  await sent.waitFor();
  assert.equal(await patient.locator('#thread b').count(), 0, 'rendered as text');

  const { context, page, console_, problems } = await signedInConsole(browser, 'admin@demo.test', 'console');
  await console_.row(question).first().click();
  await console_.visitorMessage(question).waitFor();
  const answer = `Yes, in the courtyard. ${CANARY} ${randomUUID()}`;
  // The reply box counts the draft as an SMS while it is typed.
  const hint = console_.replyChannelHint();
  await console_.replyInput().fill(answer);
  await hint.and(page.locator('[data-kind="sms"]')).waitFor();
  assert.equal(await hint.textContent(), `${answer.length} characters · 1 SMS · GSM-7`);
  await console_.replyInput().fill(`${answer} 🙂`);
  await hint.filter({ hasText: 'UCS-2' }).waitFor();
  assert.equal(await hint.textContent(), `${answer.length + 3} characters · 2 SMS · UCS-2`);
  await console_.reply(answer);

  const reply = patient.locator('#thread li.out').filter({ hasText: answer });
  await reply.and(patient.locator('[data-status="delivered"]')).waitFor({ timeout: 20_000 });
  assert.match(await reply.locator('.meta').textContent(), /✓✓ delivered/);
  assert.deepEqual([...patientProblems, ...problems], []);
  await context.close();
});
