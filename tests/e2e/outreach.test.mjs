// Staff start a conversation with a patient from the console (issue 20): the inbox's
// "New conversation" dialog is reached and left with the keyboard (Escape returns the
// focus to its button), sends an SMS to a typed number, opens the new conversation by
// its id, and the provider sandbox receives the message in Twilio's form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CANARY, eventually, launch, sandboxUrl, signedInConsole } from './browser.mjs';
import { StartDialog } from './pages/start_dialog.mjs';

const SANDBOX = sandboxUrl();

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The Twilio sends the sandbox received for `number`, as form fields. */
async function smsTo(number) {
  const outbox = await (await fetch(`${SANDBOX}/sandbox/outbox`)).json();
  return outbox.requests
    .filter((request) => request.channel === 'sms')
    .map((request) => new URLSearchParams(request.body))
    .filter((form) => form.get('To') === number);
}

test('staff start an SMS conversation from the console and the sandbox receives it', async () => {
  const { context, page, console_, problems } = await signedInConsole(browser, 'admin@demo.test', 'console');
  const start = new StartDialog(page);
  const open = start.openButton;
  const dialog = start.dialog;

  // Keyboard: the button opens the dialog with the focus on its first field; Escape
  // closes it and gives the focus back.
  await open.focus();
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await start.channelOption('sms').waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'start-channel');
  assert.equal(await dialog.getAttribute('aria-modal'), 'true');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await start.openButtonHasFocus(), true, 'the focus is back on the button');

  // Every field has its label.
  await open.click();
  for (const id of ['start-channel', 'start-number', 'start-text']) {
    assert.equal(await page.locator(`label[for="${id}"]`).count(), 1, id);
  }
  const number = `+1555${String(Math.floor(1_000_000 + Math.random() * 8_999_999))}`;
  const text = `Your new glasses are ready to collect. ${CANARY} ${randomUUID()}`;
  await start.channel.selectOption('sms');
  // A number that isn't E.164: the server's words, nothing sent.
  await start.number.fill('555 0100');
  await start.text.fill(text);
  await start.send.click();
  await start.error.filter({ hasText: /E\.164/ }).waitFor();
  await start.number.fill(number);
  await start.send.click();
  await dialog.waitFor({ state: 'detached' });

  // The new conversation opens by its id, with the message; the provider has it.
  const thread = console_.thread();
  await thread.waitFor();
  const id = await thread.getAttribute('data-conversation-id');
  assert.ok(id);
  await console_.staffMessage(text).waitFor();
  const [form] = await eventually('the SMS at Twilio', async () => {
    const sent = await smsTo(number);
    return sent.length ? sent : null;
  });
  assert.equal(form.get('Body'), text);
  assert.equal(form.get('From'), '+15550100100');
  assert.ok(!form.get('StatusCallback')?.includes(number), 'no number in the callback URL');
  // The refused number's 422 is the one failed load the browser reports.
  assert.deepEqual(problems.filter((problem) => !problem.includes('status of 422')), []);
  await context.close();
});
