// A clinic site with a strict Content-Security-Policy: the widget works fully and causes
// no violation (no inline script or style, styles through constructed stylesheets).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CANARY, launch, Widget, Console } from './browser.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the strict-CSP page: a full round trip with zero policy violations', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  await page.exposeFunction('__reportViolation', (text) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportViolation(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });

  const response = await page.goto(`${BASE}/strict`);
  assert.equal(response.headers()['content-security-policy'], POLICY);
  const widget = new Widget(page);
  await widget.open();
  // The panel's CSS applied (it lives only in an adopted stylesheet).
  const position = await widget.panel.evaluate((el) => getComputedStyle(el).position);
  assert.equal(position, 'fixed');

  const question = `Which forms do I bring? ${CANARY} ${Date.now()}`;
  await widget.say(question);
  await widget.messages('visitor').filter({ hasText: question })
    .and(page.locator('[data-delivery="sent"]')).waitFor();

  // A staff reply arrives over the live socket, which the policy's connect-src allows.
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  const console_ = new Console(staffPage);
  await console_.signIn('frontdesk@demo.test');
  const row = console_.row(question.slice(0, 30));
  await row.waitFor({ timeout: 20_000 });
  // Open it by its link rather than a click: in a full run, rows that other suites' work
  // raises (escalations, emergencies) can push a routine row out of the list meanwhile.
  const id = await row.first().getAttribute('data-conversation-id');
  await staffPage.goto(`${BASE}/console/#/conversations/${id}`);
  await console_.visitorMessage(question).waitFor({ timeout: 20_000 });
  const answer = `Your insurance card is enough. ${CANARY}`;
  await console_.reply(answer);
  await widget.messages('staff').filter({ hasText: answer }).waitFor({ timeout: 15_000 });

  await page.keyboard.press('Escape');
  await widget.panel.waitFor({ state: 'hidden' });
  assert.deepEqual(violations, []);
  await staffContext.close();
  await context.close();
});
