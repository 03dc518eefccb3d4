// Never lose a message: typed offline, kept in the stored outbox, sent in order exactly once
// when the connection is back; the conversation survives a reload; and nothing is stored
// on the device before the visitor's first interaction.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CANARY, launch, watch, Widget } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Every kind of storage a page can write, from inside the page. */
function storageInPage() {
  return (async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }))();
}

test('no cookies or storage before the first interaction', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  const widget = new Widget(page);
  await widget.launcher.waitFor({ state: 'visible' });
  // Let the prefetch of the panel's code happen first.
  await page.waitForFunction(() => performance.getEntriesByType('resource')
    .some((entry) => entry.name.endsWith('_bg.wasm')));
  await page.waitForLoadState('networkidle');
  const empty = { local: 0, session: 0, cookie: '', indexedDB: 0, caches: 0 };
  assert.deepEqual(await page.evaluate(storageInPage), empty);
  assert.deepEqual(await context.cookies(), []);
  // Opening and closing is not yet a reason to store anything either.
  await widget.open();
  await page.keyboard.press('Escape');
  await widget.panel.waitFor({ state: 'hidden' });
  assert.deepEqual(await page.evaluate(storageInPage), empty);
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});

test('messages typed offline are sent once, in order, when the connection is back', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'offline');
  await page.goto(`${BASE}/`);
  const widget = new Widget(page);
  await widget.open();
  const stamp = Date.now();
  const first = `Online first ${CANARY} ${stamp}`;
  await widget.say(first);
  const sent = page.locator('[data-delivery="sent"]');
  await widget.messages('visitor').filter({ hasText: first }).and(sent).waitFor();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('frontdesk:v1:demo')));
  assert.ok(saved.conversation_id && saved.visitor_token);

  await context.setOffline(true);
  const texts = [`Offline one ${CANARY} ${stamp}`, `Offline two ${CANARY} ${stamp}`];
  for (const text of texts) {
    await widget.input.fill(text);
    await widget.input.press('Enter');
    // Kept, visibly waiting.
    await widget.messages('visitor').filter({ hasText: text })
      .and(page.locator('[data-delivery="queued"]')).waitFor({ timeout: 10_000 });
  }
  // Both are in the stored outbox, so even closing the tab now would not lose them.
  const outbox = await page.evaluate(() => JSON.parse(localStorage.getItem('frontdesk:v1:demo')).outbox);
  assert.deepEqual(outbox.map((item) => item.text), texts);

  await context.setOffline(false);
  for (const text of texts) {
    await widget.messages('visitor').filter({ hasText: text }).and(sent).waitFor({ timeout: 20_000 });
  }
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('frontdesk:v1:demo')));
  assert.equal(after.outbox, undefined, 'the outbox is empty once delivered');

  // The server holds each exactly once, in the order typed.
  const listed = await fetch(`${BASE}/v1/conversations/${saved.conversation_id}/messages?after=0`, {
    headers: { Authorization: `Bearer ${saved.visitor_token}` },
  });
  const visitorTexts = (await listed.json()).messages
    .filter((message) => message.author === 'visitor').map((message) => message.text);
  assert.deepEqual(visitorTexts, [first, ...texts]);

  // A reload keeps the conversation, in the same order.
  await page.reload();
  await widget.launcher.waitFor({ state: 'visible' });
  if (!(await widget.panel.isVisible())) await widget.open();
  for (const text of [first, ...texts]) {
    await widget.messages('visitor').filter({ hasText: text }).waitFor({ timeout: 15_000 });
  }
  const shown = await widget.messageTexts('visitor').allTextContents();
  assert.deepEqual(shown, [first, ...texts]);
  // The browser reports the failed requests and sockets while offline; nothing else.
  const unexpected = problems.filter((problem) => !/ERR_INTERNET_DISCONNECTED|WebSocket|Failed to fetch|net::/.test(problem));
  assert.deepEqual(unexpected, []);
  await context.close();
});

test('a message the server refuses shows as failed with a retry that delivers it once', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  const widget = new Widget(page);
  await widget.open();
  // The server refuses the first attempt with a 4xx that retrying on its own would not fix.
  let refused = 0;
  await page.route('**/v1/conversations/*/messages', async (route) => {
    if (route.request().method() === 'POST' && refused === 0) {
      refused += 1;
      return route.fulfill({
        status: 422, contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'invalid_text', message: 'Refused for the test.' } }),
      });
    }
    return route.continue();
  });
  const text = `Refused once ${CANARY} ${Date.now()}`;
  await widget.input.fill(text);
  await widget.input.press('Enter');
  const mine = widget.messages('visitor').filter({ hasText: text });
  await mine.and(page.locator('[data-delivery="failed"]')).waitFor();
  await widget.error('Refused for the test.').waitFor();
  await widget.retryOf(mine).click();
  await mine.and(page.locator('[data-delivery="sent"]')).waitFor();
  assert.equal(refused, 1);

  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('frontdesk:v1:demo')));
  const listed = await fetch(`${BASE}/v1/conversations/${saved.conversation_id}/messages?after=0`, {
    headers: { Authorization: `Bearer ${saved.visitor_token}` },
  });
  const stored = (await listed.json()).messages.filter((message) => message.text === text);
  assert.equal(stored.length, 1);
  await context.close();
});

test('"forget this conversation" clears it from the device', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  const widget = new Widget(page);
  await widget.open();
  const forget = widget.forgetButton();
  assert.equal(await forget.count(), 0, 'nothing to forget yet');
  const text = `Please forget me ${CANARY} ${Date.now()}`;
  await widget.say(text);
  await widget.messages('visitor').filter({ hasText: text }).and(page.locator('[data-delivery="sent"]')).waitFor();
  await forget.click();
  await forget.waitFor({ state: 'detached' });
  assert.equal(await widget.messages('visitor').count(), 0);
  assert.deepEqual(await page.evaluate(storageInPage), { local: 0, session: 0, cookie: '', indexedDB: 0, caches: 0 });
  await page.reload();
  await widget.open();
  assert.equal(await widget.messages('visitor').count(), 0, 'a reload does not bring it back');
  await context.close();
});
