// The console by keyboard: j/k walk the inbox, r jumps to the reply box, Ctrl+Enter
// sends, e resolves; and the Mine / Unassigned views follow who owns what.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE, CANARY, eventually, getJson, inquiry, launch, staffToken, watch, Console } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('j/k, r, Ctrl+Enter and e work the inbox without a mouse; views filter by owner', async () => {
  const tag = randomUUID().slice(0, 8);
  await inquiry(`Keyboard one ${tag}: do you open on Saturdays? ${CANARY}`);
  await inquiry(`Keyboard two ${tag}: is there step-free access? ${CANARY}`);
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'console');
  const console_ = new Console(page);
  await console_.signIn('admin@demo.test');
  await console_.row(`Keyboard two ${tag}`).waitFor({ timeout: 20_000 });
  await page.locator('body').click({ position: { x: 5, y: 5 } });

  const rows = console_.inboxRows();
  const ids = await rows.evaluateAll((all) => all.map((row) => row.dataset.conversationId));
  const current = () => console_.currentRow().getAttribute('data-conversation-id');
  await page.keyboard.press('j');
  assert.equal(await current(), ids[0]);
  await page.keyboard.press('j');
  assert.equal(await current(), ids[1]);
  await page.keyboard.press('k');
  assert.equal(await current(), ids[0]);

  // Open the first of ours, reply by keyboard only.
  const oursId = await console_.row(`Keyboard one ${tag}`).getAttribute('data-conversation-id');
  // The row's preview becomes the reply, so find it by id from here on.
  const ours = console_.rowOf(oursId);
  while ((await current()) !== oursId) await page.keyboard.press('j');
  await page.keyboard.press('r');
  assert.equal(await console_.focusedControl(), 'reply-input');
  const answer = `Yes, 9 to 13. ${CANARY}`;
  await page.keyboard.type(answer);
  await page.keyboard.press('Control+Enter');
  await console_.staffMessage(answer).waitFor({ timeout: 15_000 });

  // Replying made it ours: Mine shows it, Unassigned doesn't.
  await console_.viewTab('mine').click();
  await ours.waitFor();
  assert.equal(await console_.row(`Keyboard two ${tag}`).count(), 0);
  await console_.viewTab('unassigned').click();
  await console_.row(`Keyboard two ${tag}`).waitFor();
  assert.equal(await ours.count(), 0);
  await console_.viewTab('all').click();

  // e resolves the open conversation once the focus has left the reply box.
  await console_.threadStatus().click();
  await page.keyboard.press('e');
  await console_.threadStatus('resolved').waitFor();
  await ours.waitFor({ state: 'detached' });

  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only, sign-in to sent reply: j, a, r, Ctrl+Enter; / searches; ? lists the keys', async () => {
  const tag = randomUUID().slice(0, 8);
  const id = await inquiry(`Keys only ${tag}: may I bring my guide dog? ${CANARY}`);
  // The queue indexes the inquiry first, so the console's first inbox holds it: this test
  // is about the keys, not about a live row arriving while the console loads (a run
  // waited 20 s for that row; the live path has tests of its own).
  const token = await staffToken('admin@demo.test');
  await eventually('the inquiry in the inbox index', async () =>
    (await getJson('/v1/staff/inbox', token)).conversations.some((c) => c.conversation_id === id));
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'console');
  const console_ = new Console(page);
  const focused = () => console_.focusedControl();

  // Sign in by typing: Tab to the password, Enter submits.
  await page.goto(`${BASE}/console/`, { waitUntil: 'domcontentloaded' });
  await console_.signInEmail().focus();
  await page.keyboard.type('admin@demo.test');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'login-password');
  await page.keyboard.type('demo-password');
  await page.keyboard.press('Enter');
  const ours = console_.rowOf(id);
  await ours.waitFor({ timeout: 20_000 });

  // j down to it (which opens it), a claims, r replies, Ctrl+Enter sends.
  const current = () => console_.currentRow().getAttribute('data-conversation-id', { timeout: 5_000 });
  await page.keyboard.press('j');
  for (let steps = 0; (await current()) !== id; steps += 1) {
    assert.ok(steps < 200, 'j reaches the conversation');
    await page.keyboard.press('j');
  }
  await console_.threadOf(id).waitFor();
  await page.keyboard.press('a');
  await console_.claimButton('mine').waitFor({ timeout: 10_000 });
  await page.keyboard.press('r');
  assert.equal(await focused(), 'reply-input');
  const answer = `Of course, guide dogs are welcome. ${CANARY}`;
  await page.keyboard.type(answer);
  await page.keyboard.press('Control+Enter');
  await console_.staffMessage(answer).waitFor({ timeout: 15_000 });

  // Out of the reply box, ? shows the keys; Escape closes and gives the focus back.
  await page.keyboard.press('Tab');
  const before = await focused();
  assert.notEqual(before, 'reply-input');
  await page.keyboard.press('?');
  const help = console_.keyHelp();
  await help.waitFor();
  for (const key of ['j', 'k', 'Enter', 'r', 'a', 'e', '/', '?']) {
    assert.ok(await help.locator('kbd', { hasText: new RegExp(`^${key.replace(/[?/]/, '\\$&')}$`) }).count(), `${key} is listed`);
  }
  await console_.controlFocused('key-help-close');
  await page.keyboard.press('j');
  assert.equal(await current(), id, 'keys wait while the help shows');
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'detached' });
  assert.equal(await focused(), before, 'the focus is back where it was');

  // / jumps to the search.
  await page.keyboard.press('/');
  assert.equal(await focused(), 'inbox-search');

  assert.deepEqual(problems, []);
  await context.close();
});
