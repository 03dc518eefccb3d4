// The console by keyboard: j/k walk the inbox, r jumps to the reply box, Ctrl+Enter
// sends, e resolves; and the Mine / Unassigned views follow who owns what.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CANARY, inquiry, launch, watch, Console } from './browser.mjs';

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
