// Notification links open the conversation they name: `/console/#/conversations/{id}`
// survives the sign-in screen, and the address bar follows the open thread.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE, CANARY, launch, watch } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function post(path, body, headers = {}) {
  const response = await fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** A new demo conversation holding one visitor message; returns its id and text. */
async function conversation(label) {
  const ip = { 'CF-Connecting-IP': `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
  const created = await post('/v1/clinics/demo/conversations', {}, ip);
  assert.equal(created.status, 201);
  const { conversation_id: id, visitor_token: token } = created.body;
  const text = `Do you have parking for ${label}? ${CANARY} ${randomUUID()}`;
  const sent = await post(`/v1/conversations/${id}/messages`, { client_msg_id: randomUUID(), text },
    { ...ip, Authorization: `Bearer ${token}` });
  assert.equal(sent.status, 201);
  return { id, text };
}

test('a notification link opens its conversation after sign-in and follows the open thread', async () => {
  const first = await conversation('a bicycle');
  const second = await conversation('a van');
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'console');
  const visitorLine = (text) =>
    page.locator('[data-testid="thread-message"][data-author="visitor"]').filter({ hasText: text });

  await page.goto(`${BASE}/console/#/conversations/${first.id}`);
  await page.locator('[data-testid="login-email"]').fill('admin@demo.test');
  await page.locator('[data-testid="login-password"]').fill('demo-password');
  await page.locator('[data-testid="login-submit"]').click();
  await visitorLine(first.text).waitFor({ timeout: 15_000 });

  // Following another link in the same tab switches the thread.
  await page.evaluate((id) => { location.hash = `#/conversations/${id}`; }, second.id);
  await visitorLine(second.text).waitFor({ timeout: 15_000 });
  assert.equal(await visitorLine(first.text).count(), 0);

  // Picking a row puts its link in the address bar.
  await page.locator(`[data-testid="inbox-row"][data-conversation-id="${first.id}"]`).click();
  await visitorLine(first.text).waitFor({ timeout: 15_000 });
  assert.equal(new URL(page.url()).hash, `#/conversations/${first.id}`);

  // A malformed link is ignored rather than sent to the server.
  await page.evaluate(() => { location.hash = '#/conversations/not-an-id'; });
  await visitorLine(first.text).waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});
