// WhatsApp's 24-hour window in the console (issue 18): a patient's last message is older
// than 24 hours (the provider's own timestamp, backdated by the sandbox), so the reply box
// refuses free text and offers the clinic's approved templates. Staff pick one with the
// keyboard, fill its parameter, read the preview, send, and Meta's send API (the sandbox
// outbox) gets a template message with that name and parameter, no free text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { CANARY, Console, launch, sandboxUrl, watch } from './browser.mjs';

const SANDBOX = sandboxUrl();
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's WCAG 2.2 A/AA violations inside the reply box, as the console's a11y test runs them. */
async function composerViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await window.axe.run({ include: [['.composer']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function templatesTo(waId) {
  const outbox = await (await fetch(`${SANDBOX}/sandbox/outbox`)).json();
  return outbox.requests
    .filter((r) => r.channel === 'whatsapp')
    .map((r) => JSON.parse(r.body))
    .filter((body) => body.to === waId && body.type === 'template');
}

test('after the window closes, staff send an approved WhatsApp template from the reply box', async () => {
  const waId = `1555${String(Math.floor(1_000_000 + Math.random() * 8_999_999))}`;
  const question = `Are my test results back? ${CANARY} ${randomUUID()}`;
  const wrote = await fetch(`${SANDBOX}/sandbox/patient/whatsapp`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      clinic: 'demo',
      from: waId,
      text: question,
      timestamp: Math.floor(Date.now() / 1000) - 25 * 3600,
    }),
  });
  const answer = await wrote.json();
  assert.equal(answer.edge_status, 200, JSON.stringify(answer));

  // bypassCSP lets the test add axe's script; the console's own CSP is tested elsewhere.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const problems = watch(page, 'console');
  const console_ = new Console(page);
  await console_.signIn('admin@demo.test');
  await console_.liveStatus('live').waitFor({ timeout: 15_000 });
  await console_.row(question).first().click();
  await console_.visitorMessage(question).waitFor();
  // Free text is refused; the picker offers the clinic's templates instead.
  await console_.replyChannelHint().and(page.locator('[data-kind="window-closed"]')).waitFor();
  assert.equal(await console_.replySendButton().isDisabled(), true);
  const picker = console_.templatePicker();
  await picker.waitFor();
  const select = page.getByLabel('Template', { exact: true });
  assert.deepEqual(
    await select.locator('option').allTextContents(),
    ['follow_up (en_US)', 'appointment_reminder (en_US)'],
  );
  const send = console_.templateSendButton();

  // With the keyboard: choose the template, type its parameter, Enter sends.
  await select.focus();
  await select.selectOption({ label: 'follow_up (en_US)' });
  const preview = console_.templatePreview();
  assert.equal(await preview.textContent(), 'Hello, {{1}} has news for you: please reply to this message.');
  assert.equal(await send.isDisabled(), true, 'nothing to send until the parameter is filled');
  const parameter = page.getByLabel('Parameter 1');
  assert.equal(await parameter.count(), 1, 'one field for the one parameter');
  // Rendered as text: markup in a parameter is shown, not parsed.
  const clinic = `Lakeside <b>Family</b> Clinic ${randomUUID().slice(0, 8)}`;
  await parameter.focus();
  await page.keyboard.type(clinic);
  const filled = `Hello, ${clinic} has news for you: please reply to this message.`;
  assert.equal(await preview.textContent(), filled);
  assert.equal(await preview.locator('b').count(), 0);
  assert.equal(await send.isDisabled(), false);
  assert.deepEqual(await composerViolations(page), [], 'the picker is labelled and readable');
  await page.keyboard.press('Enter');

  // The thread shows the filled text as the staff message, and Meta got the template.
  await console_.staffMessage(filled).waitFor();
  let sent = [];
  for (let i = 0; i < 40 && sent.length === 0; i += 1) {
    sent = await templatesTo(waId);
    if (sent.length === 0) await new Promise((r) => setTimeout(r, 250));
  }
  assert.equal(sent.length, 1, 'one template went out');
  assert.equal(sent[0].messaging_product, 'whatsapp');
  assert.equal(sent[0].template.name, 'follow_up');
  assert.equal(sent[0].template.language.code, 'en_US');
  assert.deepEqual(sent[0].template.components[0].parameters, [{ type: 'text', text: clinic }]);
  assert.equal(sent[0].text, undefined, 'no free text');
  // The fields are cleared for the next one.
  assert.equal(await parameter.inputValue(), '');
  assert.deepEqual(problems, []);
  await context.close();
});
