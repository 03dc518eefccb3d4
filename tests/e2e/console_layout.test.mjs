// The console's layout on a 1280x720 laptop and a 390x844 phone: a ten-message thread
// shows at least six whole bubbles together with the reply box without scrolling the page,
// the details panel opens and closes, and on the phone the thread is full screen with a
// way back (its own button and the browser's) to the inbox.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CANARY, launch, postJson, watch, Console } from './browser.mjs';
import { DetailsPanel } from './pages/details.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A demo conversation holding ten short visitor messages (one line each, even on a
 * phone); every one carries `tag`, so the inbox row shows it whichever came last. They
 * are numbered "line N", not "N/10": the learned second opinion reads a bare "7/10" as
 * a pain score (urgent), and the safety reply that brings takes the thread's room. */
async function tenMessageConversation(tag) {
  const octet = () => Math.floor(Math.random() * 250);
  const ip = { 'CF-Connecting-IP': `198.18.${octet()}.${octet()}` };
  const created = await postJson('/v1/clinics/demo/conversations', {}, ip);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const { conversation_id: id, visitor_token: token } = created.body;
  for (let i = 1; i <= 10; i += 1) {
    const text = i === 1 ? `line ${i} ${tag} ${CANARY}` : `line ${i} ${tag}`;
    const sent = await postJson(`/v1/conversations/${id}/messages`,
      { client_msg_id: randomUUID(), text }, { ...ip, Authorization: `Bearer ${token}` });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
  }
  return id;
}

/** Waits until the open thread holds all ten messages and has scrolled to the newest. */
async function tenMessagesShown(console_, tag) {
  await console_.threadMessage(`line 10 ${tag}`).waitFor({ timeout: 15_000 });
  assert.ok(await console_.threadMessages().count() >= 10);
  await console_.threadScrolledToEnd();
}

/** The details panel's toggle says `expanded`, and the panel shows exactly then. */
async function detailsAre(console_, expanded) {
  const toggle = console_.detailsToggle();
  assert.equal(await toggle.getAttribute('aria-expanded'), String(expanded));
  await console_.details().waitFor({ state: expanded ? 'visible' : 'hidden' });
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
  await tenMessagesShown(console_, tag);

  // The inbox, the thread and the details panel side by side.
  await detailsAre(console_, true);
  const { bubbles, reply, pageScrolls } = await console_.measureThread();
  assert.ok(bubbles >= 6, `${bubbles} whole bubbles on screen`);
  assert.ok(reply, 'the reply box and Send are on screen');
  assert.equal(pageScrolls, false, 'the page itself does not scroll');
  const [inbox, thread, details] = await Promise.all([page.locator('.inbox'), console_.threadMain(), console_.details()]
    .map((part) => part.boundingBox()));
  assert.ok(inbox.x + inbox.width <= thread.x + 1 && thread.x + thread.width <= details.x + 1, 'three columns');
  assert.equal(await console_.threadBack().isVisible(), false, 'no back button beside the inbox');

  // Closing the panel gives the thread its width; opening brings the panel back.
  await console_.detailsToggle().click();
  await detailsAre(console_, false);
  const wider = await console_.threadMain().boundingBox();
  assert.ok(wider.width > thread.width + 200, 'the thread takes the room');
  await console_.detailsToggle().click();
  await detailsAre(console_, true);
  await new DetailsPanel(page).editButton().waitFor();

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
  assert.equal(await console_.anyThread().count(), 0, 'only the inbox at first');

  const open = async () => {
    await row.tap();
    await tenMessagesShown(console_, tag);
    assert.equal(await console_.inboxList().isVisible(), false, 'the thread alone');
    assert.equal(new URL(page.url()).hash, `#/conversations/${id}`);
  };
  const inboxAgain = async () => {
    await console_.anyThread().waitFor({ state: 'hidden' });
    await row.waitFor({ state: 'visible' });
    assert.equal(new URL(page.url()).hash, '');
  };

  await open();
  const box = await console_.anyThread().boundingBox();
  assert.deepEqual([box.x, box.y, box.width, box.height], [0, 0, 390, 844], 'full screen');
  const { bubbles, reply, pageScrolls } = await console_.measureThread();
  assert.ok(bubbles >= 6, `${bubbles} whole bubbles on screen`);
  assert.ok(reply, 'the reply box and Send are on screen');
  assert.equal(pageScrolls, false, 'the page itself does not scroll');

  // The details are a drawer here: closed at first, opened and closed by the toggle.
  await detailsAre(console_, false);
  await console_.detailsToggle().tap();
  await detailsAre(console_, true);
  await console_.detailsToggle().tap();
  await detailsAre(console_, false);

  // The thread's own back button, then the browser's Back.
  await console_.threadBack().tap();
  await inboxAgain();
  await open();
  await page.goBack();
  await inboxAgain();

  assert.deepEqual(problems, []);
  await context.close();
});
