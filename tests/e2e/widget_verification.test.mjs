// Verifying a phone from the widget (issue 20): the footer's "Verify my phone or email"
// fetches the form on first use (/widget/lazy/verify.js, not part of the panel); the
// visitor types a number, the clinic's Twilio adapter sends the code (read here from the
// provider sandbox's outbox, as the API tests do), a wrong code reads as the visitor's
// words, the right one shows "verified", and the console marks the phone "verified (SMS)".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CANARY, eventually, launch, sandboxUrl, signedInConsole, visibleTo, watch, Widget } from './browser.mjs';

const SANDBOX = sandboxUrl();

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Splits the page's console errors: the browser logs each refused call (the 422s the test
 * asked for) as a failed resource; anything else is a problem. */
function refusedAnd(problems) {
  const refused = problems.filter((line) => /status of 422/.test(line));
  return [refused.length, problems.filter((line) => !refused.includes(line))];
}

/** A visitor in a new context (`options`: its locale) with the widget open. */
async function openWidget(options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = watch(page, 'widget');
  await page.goto(`${BASE}/`);
  return { context, page, problems, widget: new Widget(page) };
}

/** The six digits of the last text the sandbox's Twilio received for `to`. */
async function codeSentTo(to) {
  return eventually('the code at Twilio', async () => {
    const outbox = await (await fetch(`${SANDBOX}/sandbox/outbox`)).json();
    const texts = outbox.requests
      .filter((request) => request.channel === 'sms')
      .map((request) => new URLSearchParams(request.body))
      .filter((form) => form.get('To') === to);
    const body = texts.at(-1)?.get('Body') ?? '';
    return /^\d{6}/.test(body) ? body.slice(0, 6) : null;
  });
}

test('a visitor verifies a phone in the widget and the console shows it verified (SMS)', async () => {
  const { context, page, problems, widget } = await openWidget();
  await widget.open();
  // No conversation yet: nothing to verify, so no button.
  const verifyButton = widget.verifyButton();
  assert.equal(await verifyButton.count(), 0);
  const question = `Are my blood test results in? ${CANARY} ${Date.now()}`;
  await widget.say(question);
  await widget.messages('visitor').filter({ hasText: question }).and(page.locator('[data-delivery="sent"]')).waitFor();
  const { conversation_id: id } = await page.evaluate(() => JSON.parse(localStorage.getItem('frontdesk:v1:demo')));

  const lazyCode = () => page.evaluate(() => performance.getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/widget/lazy/verify.js')).length);
  assert.equal(await lazyCode(), 0, 'the form is not part of the panel');
  await verifyButton.click();
  const form = widget.verifyForm();
  await form.waitFor();
  assert.equal(await lazyCode(), 1, 'fetched on first use');
  assert.match(await form.getAttribute('aria-labelledby'), /^fd-verify-title-/);
  // Labelled fields, and the focus in the first one.
  const number = page.getByLabel('Mobile number, with country code');
  assert.equal(await number.evaluate((input) => input.getRootNode().activeElement === input), true);

  // A number without its country code: the edge's refusal in the visitor's words.
  await number.fill('600 111');
  await page.getByRole('button', { name: 'Send me a code' }).click();
  const error = widget.verifyError();
  await error.filter({ hasText: 'country code' }).waitFor();
  assert.equal(await error.getAttribute('role'), 'alert');

  const digits = String(Math.floor(Math.random() * 1e7)).padStart(7, '0');
  const e164 = `+1555${digits}`;
  await number.fill(`+1 555 ${digits}`);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  const codeInput = page.getByLabel('The 6-digit code');
  await codeInput.waitFor();
  await widget.verifyStatus().filter({ hasText: 'It works for 10 minutes' }).waitFor();
  assert.equal(await error.textContent(), '');
  const code = await codeSentTo(e164);

  // A wrong code first.
  const wrong = `${(Number(code[0]) + 1) % 10}${code.slice(1)}`;
  await codeInput.fill(wrong);
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await error.filter({ hasText: 'That code is not right' }).waitFor();
  assert.equal(await codeInput.evaluate((input) => input.getRootNode().activeElement === input), true);

  await codeInput.fill(code);
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  const done = widget.verifiedLine();
  await done.filter({ hasText: 'is verified' }).waitFor();
  assert.match(await done.textContent(), new RegExp(`\\${e164}`));
  // Closing the form gives the focus back to the footer's button.
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  assert.equal(await form.count(), 0);
  assert.equal(await verifyButton.evaluate((button) => button.getRootNode().activeElement === button), true);

  // The console marks the phone as verified by SMS.
  await visibleTo('admin@demo.test', id);
  const staff = await signedInConsole(browser, 'admin@demo.test', 'console');
  await staff.page.goto(`${BASE}/console/#/conversations/${id}`);
  await staff.console_.identityField('verified (SMS)').waitFor({ timeout: 20_000 });
  // The two refusals asked for (the number, the wrong code), nothing else.
  assert.deepEqual(refusedAnd([...problems, ...staff.problems]), [2, []]);
  await staff.context.close();
  await context.close();
});

test('the form speaks the widget\'s language', async () => {
  const { context, page, problems, widget } = await openWidget({ locale: 'de-DE' });
  await page.evaluate(() => window.Frontdesk.setLanguage?.('de'));
  await widget.open();
  const question = `Wann habe ich meinen Termin? ${CANARY} ${Date.now()}`;
  await widget.say(question);
  // The conversation exists once the first message is stored: then there is one to verify.
  await widget.messages('visitor').filter({ hasText: question }).and(page.locator('[data-delivery="sent"]')).waitFor();
  await widget.verifyButton().filter({ hasText: 'Telefon oder E-Mail bestätigen' }).click();
  await widget.verifyTitle().filter({ hasText: 'Telefon oder E-Mail bestätigen' }).waitFor();
  await page.getByLabel('Handynummer mit Ländervorwahl').waitFor();
  // Email instead: the field changes its label and type.
  await page.getByLabel('E-Mail', { exact: true }).check();
  const email = page.getByLabel('E-Mail-Adresse');
  assert.equal(await email.getAttribute('type'), 'email');
  await email.fill('not an address');
  await page.getByRole('button', { name: 'Code senden' }).click();
  await widget.verifyError().filter({ hasText: 'Geben Sie eine E-Mail-Adresse ein' }).waitFor();
  // Escape closes the form, not the panel.
  await page.keyboard.press('Escape');
  assert.equal(await widget.verifyForm().count(), 0);
  assert.equal(await widget.panel.isVisible(), true);
  assert.deepEqual(refusedAnd(problems), [1, []]);
  await context.close();
});

test('the form has every word in every language, with the same placeholders', async () => {
  const { WORDS } = await import('../../widget/lazy/verify.js');
  const english = Object.keys(WORDS.en).sort();
  const holes = (text) => text.split('{}').length;
  for (const lang of ['es', 'fr', 'de']) {
    assert.deepEqual(Object.keys(WORDS[lang]).sort(), english, lang);
    for (const key of english) {
      assert.equal(holes(WORDS[lang][key]), holes(WORDS.en[key]), `${lang}.${key}`);
      assert.notEqual(WORDS[lang][key], '', `${lang}.${key}`);
    }
  }
});
