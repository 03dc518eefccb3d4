// A rate-limited visitor loses nothing: the widget holds the message on 429, waits for
// Retry-After, sends it again, and the server stores it exactly once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE, CANARY, launch, watch, Widget } from './browser.mjs';

// The demo clinic's default: a burst of 20 messages per conversation, then 20 a minute
// (one every 3 s), so the widget's next send is refused with Retry-After.
const BURST = 20;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the widget honours 429 Retry-After and delivers the message once', async () => {
  const ip = `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const headers = { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip };
  const created = await fetch(`${BASE}/v1/clinics/demo/conversations`, {
    method: 'POST', headers, body: '{}',
  });
  assert.equal(created.status, 201);
  const { conversation_id: id, visitor_token: token } = await created.json();
  const auth = { ...headers, Authorization: `Bearer ${token}` };

  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'widget');
  await page.addInitScript(([conversation, visitorToken]) => {
    localStorage.setItem('frontdesk:v1:demo', JSON.stringify({
      conversation_id: conversation, visitor_token: visitorToken,
    }));
  }, [id, token]);
  await page.goto(`${BASE}/`);
  const widget = new Widget(page);
  await widget.launcher.waitFor({ state: 'visible' });
  if (!(await widget.panel.isVisible())) await widget.open();

  // Spend the conversation's whole burst from elsewhere, until the server says 429.
  let refused = 0;
  for (let n = 0; n <= BURST + 5 && refused === 0; n += 1) {
    const sent = await fetch(`${BASE}/v1/conversations/${id}/messages`, {
      method: 'POST', headers: auth,
      body: JSON.stringify({ client_msg_id: randomUUID(), text: `earlier ${n}` }),
    });
    if (sent.status === 429) refused += 1;
    else assert.equal(sent.status, 201);
  }
  assert.equal(refused, 1, 'the burst ran out');

  const text = `Sent while rate limited ${CANARY} ${Date.now()}`;
  await widget.input.fill(text);
  await widget.send.click();
  const mine = widget.messages('visitor').filter({ hasText: text });
  // Held back by the 429 …
  await mine.and(page.locator('[data-delivery="queued"]')).waitFor({ timeout: 10_000 });
  // … then delivered by itself after Retry-After, with its seq from the server.
  await mine.and(page.locator('[data-delivery="sent"]'))
    .waitFor({ timeout: 20_000 });

  const listed = await fetch(`${BASE}/v1/conversations/${id}/messages`, { headers: auth });
  const { messages } = await listed.json();
  assert.equal(messages.filter((message) => message.text === text).length, 1, 'stored exactly once');
  // The browser logs the refused request itself; anything else is a real problem.
  assert.deepEqual(problems.filter((problem) => !/status of (404|429)/.test(problem)), []);
  await context.close();
});
