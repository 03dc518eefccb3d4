// The page a notice link opens (issue 18): the notice-sms fixture clinic sends an SMS
// staff reply as "You have a new message from …: <link>"; the link, opened in a real
// browser under the page's strict CSP, shows the conversation as text and takes the
// patient's answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE, CANARY, eventually, launch, watch, sandboxUrl, staffToken, getJson, postJson } from './browser.mjs';

const SANDBOX = sandboxUrl();
const CLINIC = 'notice-sms';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a notice link opens the conversation as text and takes the patient\'s answer', async () => {
  const from = `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const texted = await fetch(`${SANDBOX}/sandbox/patient/sms`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ clinic: CLINIC, from, text: `Is my prescription ready? ${CANARY}` }),
  });
  assert.equal((await texted.json()).edge_status, 200);
  const token = await staffToken('admin@notice.test');
  const id = await eventually('the conversation in the inbox', async () => {
    const inbox = await getJson('/v1/staff/inbox', token);
    return inbox.conversations.find((row) => row.address === from)?.conversation_id;
  });
  const reply = `Yes, <b>ready</b> at the desk. ${randomUUID()}`;
  const sent = await postJson(`/v1/staff/conversations/${id}/messages`,
    { client_msg_id: randomUUID(), text: reply }, { Authorization: `Bearer ${token}`, Origin: BASE });
  assert.equal(sent.status, 201, JSON.stringify(sent.body));
  const link = await eventually('the notice at Twilio', async () => {
    const outbox = await (await fetch(`${SANDBOX}/sandbox/outbox`)).json();
    for (const request of outbox.requests) {
      if (request.channel !== 'sms') continue;
      const form = new URLSearchParams(request.body);
      const body = form.get('Body') ?? '';
      if (form.get('To') === from && body.includes('/notice/#')) return body.split(' ').pop();
    }
    return null;
  });

  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'notice page');
  await page.goto(link);
  const shown = page.locator('#messages li').filter({ hasText: reply });
  await shown.waitFor({ timeout: 10_000 });
  assert.equal(await page.locator('#messages b').count(), 0, 'text is rendered as text');
  assert.match(await page.locator('#title').textContent(), /Notice Test Clinic/);

  const answer = `Thank you, on my way. ${randomUUID()}`;
  await page.locator('#text').fill(answer);
  await page.locator('#reply button[type="submit"]').click();
  await page.locator('#messages li.mine').filter({ hasText: answer }).waitFor({ timeout: 10_000 });
  assert.deepEqual(problems, []);
  await context.close();
});
