// The console's layout on a 1280x720 laptop and a 390x844 phone: a ten-message thread
// shows at least six whole bubbles together with the reply box without scrolling the page,
// the details panel opens and closes, and on the phone the thread is full screen with a
// way back (its own button and the browser's) to the inbox.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CANARY, launch, postJson, watch, Console } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A demo conversation holding ten short visitor messages (one line each, even on a
 * phone); every one carries `tag`, so the inbox row shows it whichever came last. */
async function tenMessageConversation(tag) {
  const octet = () => Math.floor(Math.random() * 250);
  const ip = { 'CF-Connecting-IP': `198.18.${octet()}.${octet()}` };
  const created = await postJson('/v1/clinics/demo/conversations', {}, ip);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const { conversation_id: id, visitor_token: token } = created.body;
  for (let i = 1; i <= 10; i += 1) {
    const text = i === 1 ? `${i}/10 ${tag} ${CANARY}` : `${i}/10 ${tag}`;
    const sent = await postJson(`/v1/conversations/${id}/messages`,
      { client_msg_id: randomUUID(), text }, { ...ip, Authorization: `Bearer ${token}` });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
  }
  return id;
}

/** What the open thread shows without scrolling the page: how many message bubbles lie
 * wholly inside both the viewport and the message list's visible box, whether the reply
 * box and its Send button are wholly in the viewport, and whether the page itself scrolls. */
function measure(page) {
  return page.evaluate(() => {
    const inside = (rect, box) => rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5
      && rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5;
    const viewport = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
    const list = document.querySelector('[data-testid="thread"] .messages').getBoundingClientRect();
    const bubbles = [...document.querySelectorAll('[data-testid="thread-message"]')]
      .map((bubble) => bubble.getBoundingClientRect())
      .filter((rect) => inside(rect, viewport) && inside(rect, list)).length;
    const onScreen = (testid) => inside(
      document.querySelector(`[data-testid="${testid}"]`).getBoundingClientRect(), viewport);
    const root = document.scrollingElement;
    return {
      bubbles,
      reply: onScreen('reply-input') && onScreen('reply-send'),
      pageScrolls: root.scrollHeight > window.innerHeight || window.scrollY !== 0,
    };
  });
}

/** Waits until the open thread holds all ten messages and has scrolled to the newest. */
async function tenMessagesShown(page, tag) {
  await page.locator('[data-testid="thread-message"]').filter({ hasText: `10/10 ${tag}` }).waitFor({ timeout: 15_000 });
  assert.ok(await page.locator('[data-testid="thread-message"]').count() >= 10);
  await page.waitForFunction(() => {
    const list = document.querySelector('[data-testid="thread"] .messages');
    return list && list.scrollTop + list.clientHeight >= list.scrollHeight - 1;
  });
}

/** The details panel's toggle says `expanded`, and the panel shows exactly then. */
async function detailsAre(page, expanded) {
  const toggle = page.locator('[data-testid="details-toggle"]');
  assert.equal(await toggle.getAttribute('aria-expanded'), String(expanded));
  await page.locator('[data-testid="details"]').waitFor({ state: expanded ? 'visible' : 'hidden' });
}

test('1280x720: six whole bubbles and the reply box without scrolling; details open and close', async () => {
  const tag = randomUUID().slice(0, 8);
  await tenMessageConversation(tag);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const problems = watch(page, 'console');
  const console_ = new Console(page);
  await console_.signIn('admin@demo.test');
  await console_.row(tag).waitFor({ timeout: 20_000 });
  await console_.row(tag).click();
  await tenMessagesShown(page, tag);

  // The inbox, the thread and the details panel side by side.
  await detailsAre(page, true);
  const { bubbles, reply, pageScrolls } = await measure(page);
  assert.ok(bubbles >= 6, `${bubbles} whole bubbles on screen`);
  assert.ok(reply, 'the reply box and Send are on screen');
  assert.equal(pageScrolls, false, 'the page itself does not scroll');
  const [inbox, thread, details] = await Promise.all(['.inbox', '[data-testid="thread"] .thread-main', '[data-testid="details"]']
    .map((selector) => page.locator(selector).boundingBox()));
  assert.ok(inbox.x + inbox.width <= thread.x + 1 && thread.x + thread.width <= details.x + 1, 'three columns');
  assert.equal(await page.locator('[data-testid="thread-back"]').isVisible(), false, 'no back button beside the inbox');

  // Closing the panel gives the thread its width; opening brings the panel back.
  await page.locator('[data-testid="details-toggle"]').click();
  await detailsAre(page, false);
  const wider = await page.locator('[data-testid="thread"] .thread-main').boundingBox();
  assert.ok(wider.width > thread.width + 200, 'the thread takes the room');
  await page.locator('[data-testid="details-toggle"]').click();
  await detailsAre(page, true);
  await page.locator('[data-testid="visitor-edit"]').waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});

test('390x844: inbox, then the thread full screen with six whole bubbles, and back both ways', async () => {
  const tag = randomUUID().slice(0, 8);
  const id = await tenMessageConversation(tag);
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
  });
  const page = await context.newPage();
  const problems = watch(page, 'console');
  const console_ = new Console(page);
  await console_.signIn('admin@demo.test');
  const row = console_.row(tag);
  await row.waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('[data-testid="thread"]').count(), 0, 'only the inbox at first');

  const open = async () => {
    await row.tap();
    await tenMessagesShown(page, tag);
    assert.equal(await page.locator('[data-testid="inbox-list"]').isVisible(), false, 'the thread alone');
    assert.equal(new URL(page.url()).hash, `#/conversations/${id}`);
  };
  const inboxAgain = async () => {
    await page.locator('[data-testid="thread"]').waitFor({ state: 'hidden' });
    await row.waitFor({ state: 'visible' });
    assert.equal(new URL(page.url()).hash, '');
  };

  await open();
  const box = await page.locator('[data-testid="thread"]').boundingBox();
  assert.deepEqual([box.x, box.y, box.width, box.height], [0, 0, 390, 844], 'full screen');
  const { bubbles, reply, pageScrolls } = await measure(page);
  assert.ok(bubbles >= 6, `${bubbles} whole bubbles on screen`);
  assert.ok(reply, 'the reply box and Send are on screen');
  assert.equal(pageScrolls, false, 'the page itself does not scroll');

  // The details are a drawer here: closed at first, opened and closed by the toggle.
  await detailsAre(page, false);
  await page.locator('[data-testid="details-toggle"]').tap();
  await detailsAre(page, true);
  await page.locator('[data-testid="details-toggle"]').tap();
  await detailsAre(page, false);

  // The thread's own back button, then the browser's Back.
  await page.locator('[data-testid="thread-back"]').tap();
  await inboxAgain();
  await open();
  await page.goBack();
  await inboxAgain();

  assert.deepEqual(problems, []);
  await context.close();
});
