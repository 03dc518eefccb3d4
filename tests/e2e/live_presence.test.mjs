// The live extras between a real console and a real widget: the staff member's typing
// shows in the widget ("Sam is typing…") and the visitor's in the console, the console
// reading the thread puts "Read" under the visitor's message, the visitor reading the
// reply puts "Seen" on it in the console, and a reply that arrives while the panel is
// closed badges the launcher until the panel opens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CANARY, launch, watch, postJson, Widget, Console } from './browser.mjs';

let browser;
// The sound test's page is served by `page.route`; chromium's local-network checks would
// then block its socket to the (local) test server.
before(async () => { browser = await launch(['--disable-features=LocalNetworkAccessChecks']); });
after(async () => { await browser?.close(); });

test('typing both ways, Read in the widget and Seen in the console', async () => {
  const visitorContext = await browser.newContext();
  const visitorPage = await visitorContext.newPage();
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  const problems = [...watch(visitorPage, 'visitor'), ...watch(staffPage, 'console')];

  await visitorPage.goto(`${BASE}/`);
  const widget = new Widget(visitorPage);
  await widget.open();
  const question = `Can I bring my dog to the waiting room? ${CANARY} ${Date.now()}`;
  await widget.say(question);

  const desk = new Console(staffPage);
  await desk.signIn('frontdesk@demo.test');
  await desk.row(question.slice(0, 40)).click();
  await desk.threadMessage(question).waitFor();

  // The open thread counts as read: the visitor's message says so.
  await widget.visitorMessageMeta().filter({ hasText: /· Read$/ }).waitFor({ timeout: 15_000 });

  // Staff typing shows in the widget, with the first name and never the draft.
  const typing = widget.typing();
  const draft = 'Dogs are welcome';
  await desk.replyInput().pressSequentially(draft, { delay: 15 });
  await typing.filter({ hasText: 'Sam is typing…' }).waitFor({ timeout: 15_000 });
  assert.ok(!(await visitorPage.content()).includes(draft), 'the draft never reaches the widget');

  // Sending ends the line; the visitor, with the panel open, reads the reply: "Seen".
  await desk.replyInput().fill(`${draft} on a lead. ${CANARY}`);
  await desk.replySendButton().click();
  await widget.messages('staff').filter({ hasText: draft }).waitFor({ timeout: 15_000 });
  await widget.typingEnded();
  const seen = desk.seenMarks();
  await seen.waitFor({ timeout: 15_000 });

  // And the visitor's typing shows in the console.
  await widget.input.pressSequentially('Thank', { delay: 15 });
  await desk.visitorTyping().filter({ hasText: 'Visitor is typing…' })
    .waitFor({ timeout: 15_000 });

  assert.deepEqual(problems, []);
  await visitorContext.close();
  await staffContext.close();
});

/** Counts the AudioContexts a page makes and the tones it starts. */
function countTones(page) {
  return page.addInitScript(() => {
    window.__audio = { contexts: 0, tones: 0 };
    const Real = window.AudioContext;
    window.AudioContext = class extends Real {
      constructor(...args) { super(...args); window.__audio.contexts += 1; }
      createOscillator() { window.__audio.tones += 1; return super.createOscillator(); }
    };
  });
}

/** Opens the widget on `page`, sends a message, waits for its answer and closes the panel. */
async function askThenClose(page, question) {
  const widget = new Widget(page);
  await widget.open();
  await widget.say(question);
  // The automatic answer arrives while the panel is open: it is not unread.
  await widget.repliesToVisitor().last().waitFor();
  await widget.closeButton().click();
  await widget.panel.waitFor({ state: 'hidden' });
  return widget;
}

/** A staff reply, through the API, to the conversation the widget on `page` holds. */
async function staffReply(page, text) {
  const id = await page.evaluate(
    () => JSON.parse(localStorage.getItem('frontdesk:v1:demo')).conversation_id);
  const session = await postJson('/v1/staff/sessions', { email: 'frontdesk@demo.test', password: 'demo-password' });
  // Staff reach a conversation once the inbox has routed it to their team (until then
  // it is no team's).
  const auth = { Authorization: `Bearer ${session.body.token}` };
  for (let tries = 0; ; tries++) {
    const inbox = await (await fetch(`${BASE}/v1/staff/inbox`, { headers: auth })).json();
    if (inbox.conversations.some((row) => row.conversation_id === id)) break;
    assert.ok(tries < 100, 'the conversation never reached the inbox');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const reply = await postJson(`/v1/staff/conversations/${id}/messages`,
    { client_msg_id: crypto.randomUUID(), text }, { Authorization: `Bearer ${session.body.token}` });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
}

test('a reply while the panel is closed badges the launcher until it opens, silently by default', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'visitor');
  await countTones(page);
  await page.goto(`${BASE}/`);
  const widget = await askThenClose(page, `Is there step-free access to the waiting room today? ${CANARY} ${Date.now()}`);
  const plain = await widget.launcher.getAttribute('aria-label');
  assert.equal(await widget.launcher.getAttribute('data-unread'), null);

  await staffReply(page, `Yes, it is. ${CANARY}`);
  await widget.launcherWithUnread(1).waitFor({ timeout: 15_000 });
  assert.equal(await widget.launcher.getAttribute('aria-label'), `${plain} (1 unread message)`);

  await widget.open();
  await widget.launcherWithUnread(0).waitFor();
  assert.equal(await widget.launcher.getAttribute('aria-label'), plain);
  // Without data-sound="on" the widget never touches audio.
  assert.deepEqual(await page.evaluate(() => window.__audio), { contexts: 0, tones: 0 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('data-sound="on" plays a tone for a staff reply while closed, only after the visitor typed', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'visitor');
  await countTones(page);
  await page.route(`${BASE}/sound`, (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en"><body><p>Sound</p>'
      + '<script src="/widget.js" data-clinic="demo" data-sound="on" async></script></body></html>',
  }));
  await page.goto(`${BASE}/sound`);
  await new Widget(page).launcher.waitFor();
  // Nothing before the visitor acts: no audio context at all.
  assert.deepEqual(await page.evaluate(() => window.__audio), { contexts: 0, tones: 0 });

  await askThenClose(page, `Is there parking near the clinic? ${CANARY} ${Date.now()}`);
  await staffReply(page, `We do, until noon. ${CANARY}`);
  await new Widget(page).launcherWithUnread(1).waitFor({ timeout: 15_000 });
  assert.deepEqual(await page.evaluate(() => window.__audio), { contexts: 1, tones: 1 });
  assert.deepEqual(problems, []);
  await context.close();
});
