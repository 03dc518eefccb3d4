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
  await new Console(page).signIn('admin@demo.test');
  await page.locator('[data-testid="inbox-row"]').filter({ hasText: `Keyboard two ${tag}` })
    .waitFor({ timeout: 20_000 });
  await page.locator('body').click({ position: { x: 5, y: 5 } });

  const rows = page.locator('[data-testid="inbox-row"]');
  const ids = await rows.evaluateAll((all) => all.map((row) => row.dataset.conversationId));
  const current = () => page.locator('[data-testid="inbox-row"][aria-current="true"]')
    .getAttribute('data-conversation-id');
  await page.keyboard.press('j');
  assert.equal(await current(), ids[0]);
  await page.keyboard.press('j');
  assert.equal(await current(), ids[1]);
  await page.keyboard.press('k');
  assert.equal(await current(), ids[0]);

  // Open the first of ours, reply by keyboard only.
  const oursId = await page.locator('[data-testid="inbox-row"]').filter({ hasText: `Keyboard one ${tag}` })
    .getAttribute('data-conversation-id');
  // The row's preview becomes the reply, so find it by id from here on.
  const ours = page.locator(`[data-testid="inbox-row"][data-conversation-id="${oursId}"]`);
  while ((await current()) !== oursId) await page.keyboard.press('j');
  await page.keyboard.press('r');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'reply-input');
  const answer = `Yes, 9 to 13. ${CANARY}`;
  await page.keyboard.type(answer);
  await page.keyboard.press('Control+Enter');
  await page.locator('[data-testid="thread-message"][data-author="staff"]').filter({ hasText: answer })
    .waitFor({ timeout: 15_000 });

  // Replying made it ours: Mine shows it, Unassigned doesn't.
  await page.locator('[data-testid="view-mine"]').click();
  await ours.waitFor();
  assert.equal(await page.locator('[data-testid="inbox-row"]').filter({ hasText: `Keyboard two ${tag}` }).count(), 0);
  await page.locator('[data-testid="view-unassigned"]').click();
  await page.locator('[data-testid="inbox-row"]').filter({ hasText: `Keyboard two ${tag}` }).waitFor();
  assert.equal(await ours.count(), 0);
  await page.locator('[data-testid="view-all"]').click();

  // e resolves the open conversation once the focus has left the reply box.
  await page.locator('[data-testid="thread-status"]').click();
  await page.keyboard.press('e');
  await page.locator('[data-testid="thread-status"]').filter({ hasText: 'resolved' }).waitFor();
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
  const focused = () => page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName);

  // Sign in by typing: Tab to the password, Enter submits.
  await page.goto(`${BASE}/console/`, { waitUntil: 'domcontentloaded' });
  await page.locator('[data-testid="login-email"]').focus();
  await page.keyboard.type('admin@demo.test');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'login-password');
  await page.keyboard.type('demo-password');
  await page.keyboard.press('Enter');
  const ours = page.locator(`[data-testid="inbox-row"][data-conversation-id="${id}"]`);
  await ours.waitFor({ timeout: 20_000 });

  // j down to it (which opens it), a claims, r replies, Ctrl+Enter sends.
  const current = () => page.locator('[data-testid="inbox-row"][aria-current="true"]')
    .getAttribute('data-conversation-id', { timeout: 5_000 });
  await page.keyboard.press('j');
  for (let steps = 0; (await current()) !== id; steps += 1) {
    assert.ok(steps < 200, 'j reaches the conversation');
    await page.keyboard.press('j');
  }
  await page.locator(`[data-testid="thread"][data-conversation-id="${id}"]`).waitFor();
  await page.keyboard.press('a');
  await page.locator('[data-testid="claim-button"][data-ownership="mine"]').waitFor({ timeout: 10_000 });
  await page.keyboard.press('r');
  assert.equal(await focused(), 'reply-input');
  const answer = `Of course, guide dogs are welcome. ${CANARY}`;
  await page.keyboard.type(answer);
  await page.keyboard.press('Control+Enter');
  await page.locator('[data-testid="thread-message"][data-author="staff"]').filter({ hasText: answer })
    .waitFor({ timeout: 15_000 });

  // Out of the reply box, ? shows the keys; Escape closes and gives the focus back.
  await page.keyboard.press('Tab');
  const before = await focused();
  assert.notEqual(before, 'reply-input');
  await page.keyboard.press('?');
  const help = page.locator('[data-testid="key-help"]');
  await help.waitFor();
  for (const key of ['j', 'k', 'Enter', 'r', 'a', 'e', '/', '?']) {
    assert.ok(await help.locator('kbd', { hasText: new RegExp(`^${key.replace(/[?/]/, '\\$&')}$`) }).count(), `${key} is listed`);
  }
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'key-help-close');
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
