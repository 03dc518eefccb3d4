// Continuity after the visitor leaves (issue 20): a visitor of the continuity fixture
// clinic verifies a phone in the widget and closes the page; staff reply in the console;
// seconds later the sandbox's Twilio receives a notice without the reply's text, and its
// link, opened in a new browser, shows the reply only after the code texted to that phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CANARY, eventually, launch, sandboxUrl, signedInConsole, visibleTo, watch, Widget } from './browser.mjs';

const SANDBOX = sandboxUrl();
const CLINIC = 'continuity';

let browser;
// The clinic page below is fulfilled by Playwright, which Chromium's Local Network
// Access checks treat as a public page: they would block the widget's socket to loopback.
before(async () => { browser = await launch(['--disable-features=LocalNetworkAccessChecks']); });
after(async () => { await browser?.close(); });

/** The bodies of the texts the sandbox's Twilio received for `to`, oldest first. */
async function textsTo(to) {
  const outbox = await (await fetch(`${SANDBOX}/sandbox/outbox`)).json();
  return outbox.requests
    .filter((request) => request.channel === 'sms')
    .map((request) => new URLSearchParams(request.body))
    .filter((form) => form.get('To') === to)
    .map((form) => form.get('Body') ?? '');
}

/** The code in the newest text to `to` after its first `skip` texts. */
async function codeTo(to, skip) {
  return eventually('the code at Twilio', async () => {
    const body = (await textsTo(to)).slice(skip).filter((text) => /^\d{6} /.test(text)).at(-1);
    return body ? body.slice(0, 6) : null;
  });
}

test('a visitor who verified a phone and left gets a notice whose link opens the reply after a code', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'widget');
  await page.route(`${BASE}/continuity-clinic`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><title>Clinic</title><h1>Clinic</h1>
      <script src="${BASE}/widget.js" data-clinic="${CLINIC}" async></script>`,
  }));
  // The conversation's creation waits until the test has seen the footer before it.
  let createConversation;
  const created = new Promise((resolve) => { createConversation = resolve; });
  await page.route('**/v1/clinics/*/conversations', async (route) => {
    await created;
    await route.continue();
  });
  await page.goto(`${BASE}/continuity-clinic`);
  const widget = new Widget(page);
  await widget.open();
  const question = `Are my blood test results in? ${CANARY} ${Date.now()}`;
  await widget.input.fill(question);
  await widget.send.click();
  // Shown with the first message, but not usable until the conversation exists.
  const verifyButton = widget.verifyButton();
  await verifyButton.waitFor();
  assert.equal(await verifyButton.isDisabled(), true);
  createConversation();
  await widget.messages('visitor').filter({ hasText: question }).and(page.locator('[data-delivery="sent"]')).waitFor();
  assert.equal(await verifyButton.isDisabled(), false);
  const { conversation_id: id } = await page.evaluate(
    (clinic) => JSON.parse(localStorage.getItem(`frontdesk:v1:${clinic}`)), CLINIC);

  // The visitor verifies a phone.
  await verifyButton.click();
  const digits = String(Math.floor(Math.random() * 1e7)).padStart(7, '0');
  const e164 = `+1555${digits}`;
  await page.getByLabel('Mobile number, with country code').fill(e164);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  const codeInput = page.getByLabel('The 6-digit code');
  await codeInput.waitFor();
  await codeInput.fill(await codeTo(e164, 0));
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await widget.verifiedLine().filter({ hasText: 'is verified' }).waitFor();
  assert.deepEqual(problems, []);
  // ...and leaves: the page closes, and its socket with it.
  await context.close();

  // Staff reply in the console.
  await visibleTo('admin@continuity.test', id);
  const staff = await signedInConsole(browser, 'admin@continuity.test', 'console');
  await staff.page.goto(`${BASE}/console/#/conversations/${id}`);
  await staff.console_.threadMessage(question).waitFor({ timeout: 20_000 });
  const reply = `Yes, they are normal. ${CANARY} ${Date.now()}`;
  await staff.console_.reply(reply);
  await staff.console_.threadMessage(reply).waitFor();

  // The notice: the clinic's name and a link on the Frontdesk origin, not the reply.
  const notice = await eventually('the notice at Twilio', async () =>
    (await textsTo(e164)).find((body) => body.includes('/notice/#')) ?? null);
  assert.match(notice, /^You have a new message from Continuity Test Clinic/);
  for (const body of await textsTo(e164)) {
    assert.ok(!body.includes(reply) && !body.includes(CANARY), body);
  }
  const link = notice.split(' ').pop();
  assert.ok(link.startsWith(`${BASE}/notice/#fdn_`), link);

  // The link opens a page that asks for a code first, and shows the reply after it.
  const patient = await browser.newContext();
  const notePage = await patient.newPage();
  const noteProblems = watch(notePage, 'notice page');
  await notePage.goto(link);
  const sendCode = notePage.getByRole('button', { name: 'Send me a code' });
  await sendCode.waitFor();
  assert.equal(await notePage.locator('#messages').isVisible(), false);
  const before = (await textsTo(e164)).length;
  await sendCode.click();
  const field = notePage.getByLabel('The 6-digit code');
  await field.waitFor();
  await field.fill(await codeTo(e164, before));
  await notePage.getByRole('button', { name: 'Open my messages' }).click();
  await notePage.locator('#messages li').filter({ hasText: reply }).waitFor({ timeout: 10_000 });
  assert.match(await notePage.locator('#title').textContent(), /Continuity Test Clinic/);
  // The opened link's secret is kept in memory only: the address bar still holds the
  // link that was texted, which is spent now.
  assert.equal(notePage.url(), link);
  // The page's first read is refused (401 `notice_code_required`, which the browser logs
  // as a failed resource); nothing else.
  const refused = noteProblems.filter((line) => /status of 401/.test(line));
  assert.equal(refused.length, 1, noteProblems.join('\n'));
  assert.deepEqual([...noteProblems.filter((line) => !refused.includes(line)), ...staff.problems], []);
  await patient.close();
  await staff.context.close();
});
