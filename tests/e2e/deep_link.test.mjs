// Notification links open the conversation they name: `/console/#/conversations/{id}`
// survives the sign-in screen, and the address bar follows the open thread.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE, CANARY, inquiry, launch, watch, Console } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A new demo conversation holding one visitor message; returns its id and text. */
async function conversation(label) {
  const text = `Do you have parking for ${label}? ${CANARY} ${randomUUID()}`;
  return { id: await inquiry(text), text };
}

test('a notification link opens its conversation after sign-in and follows the open thread', async () => {
  const first = await conversation('a bicycle');
  const second = await conversation('a van');
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'console');
  const console_ = new Console(page);
  const visitorLine = (text) => console_.visitorMessage(text);

  await page.goto(`${BASE}/console/#/conversations/${first.id}`, { waitUntil: 'domcontentloaded' });
  await console_.fillSignIn('admin@demo.test');
  await visitorLine(first.text).waitFor({ timeout: 15_000 });

  // Following another link in the same tab switches the thread.
  await page.evaluate((id) => { location.hash = `#/conversations/${id}`; }, second.id);
  await visitorLine(second.text).waitFor({ timeout: 15_000 });
  assert.equal(await visitorLine(first.text).count(), 0);

  // Picking a row puts its link in the address bar.
  await console_.rowOf(first.id).click();
  await visitorLine(first.text).waitFor({ timeout: 15_000 });
  assert.equal(new URL(page.url()).hash, `#/conversations/${first.id}`);

  // A malformed link is ignored rather than sent to the server.
  await page.evaluate(() => { location.hash = '#/conversations/not-an-id'; });
  await visitorLine(first.text).waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});
