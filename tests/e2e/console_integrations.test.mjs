// The integrations screen (issue 22) in a real browser, by keyboard where an admin would
// use it: an admin makes an API key with one scope, sees its secret once, copies it with
// the Copy button, uses it against the API, revokes it after the confirmation and the
// next call is refused; and subscribes a webhook receiver (a Node server on the tests'
// receiver port) to message.created, sees the signed delivery arrive, its row in the
// delivery log (delivered, one attempt, status 204) and a manual redelivery under the
// same webhook-id.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { BASE, CANARY, getJson, launch, inquiry, signedInConsole, staffToken } from './browser.mjs';
import { IntegrationsScreen } from './pages/integrations.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The admin's console with the integrations screen open. */
async function integrations() {
  const admin = await signedInConsole(browser, 'admin@demo.test', 'admin');
  await admin.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
  await admin.console_.navButton('integrations').click();
  const screen = new IntegrationsScreen(admin.page);
  await screen.screen.waitFor();
  return { ...admin, screen };
}

const focused = (screen) => screen.focusedControl();

/** `GET /v1/staff/inbox` with an API key, from outside the browser. */
async function inboxWith(secret) {
  const answer = await fetch(`${BASE}/v1/staff/inbox`, { headers: { Authorization: `Bearer ${secret}` } });
  return { status: answer.status, body: await answer.json() };
}

test('an API key is made with a scope, shown once, copied, used, revoked after asking, then refused', async () => {
  const { page, context, problems, screen } = await integrations();
  const name = `Practice sync ${Date.now()}`;
  await screen.keyName.fill(name);
  await screen.keyScope('conversations:read').check();
  // Submitting with Enter from the name field, as a keyboard user would.
  await screen.keyName.press('Enter');

  const shown = screen.keySecret;
  await shown.waitFor();
  const secret = await shown.inputValue();
  assert.match(secret, /^fdk_[0-9a-f]{64}$/);
  // The panel takes the focus; Enter on Copy puts the secret on the clipboard.
  assert.equal(await focused(screen), 'api-key-secret-copy');
  await page.keyboard.press('Enter');
  await screen.keyCopied().filter({ hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), secret);

  // The key works with its scope only.
  const allowed = await inboxWith(secret);
  assert.equal(allowed.status, 200, JSON.stringify(allowed.body));
  const reports = await fetch(`${BASE}/v1/admin/reports`, { headers: { Authorization: `Bearer ${secret}` } });
  assert.equal(reports.status, 403);

  // Once dismissed, the secret is nowhere on the page; the row shows only its prefix.
  await screen.keySecretDone.click();
  await shown.waitFor({ state: 'detached' });
  assert.equal(await focused(screen), 'api-key-name');
  assert.ok(!(await page.content()).includes(secret.slice(12)), 'the secret stays off the page');
  const row = screen.keyRow(name);
  await row.waitFor();
  assert.equal(await row.getAttribute('data-revoked'), 'false');
  assert.ok((await row.textContent()).includes(secret.slice(0, 12)), 'the prefix tells keys apart');

  // Revoke asks first; Escape takes the question back and refuses nothing.
  await screen.revokeOf(row).click();
  await screen.confirmOf(row).waitFor();
  assert.equal(await focused(screen), 'api-key-revoke-yes');
  await page.keyboard.press('Escape');
  await screen.confirmOf(row).waitFor({ state: 'detached' });
  assert.equal(await focused(screen), 'api-key-revoke');
  assert.equal((await inboxWith(secret)).status, 200, 'not revoked by the cancelled question');

  // Asked again and confirmed with Enter: revoked, and the very next call is refused.
  await page.keyboard.press('Enter');
  await screen.confirmOf(row).waitFor();
  await page.keyboard.press('Enter');
  await screen.keyRow(name, true).waitFor();
  await screen.keysNotice().filter({ hasText: name }).waitFor();
  const refused = await inboxWith(secret);
  assert.equal(refused.status, 401);
  assert.equal(refused.body.error.code, 'unknown_api_key');

  assert.deepEqual(problems, []);
  await context.close();
});

test('a subscription to the webhook receiver shows its delivery in the log and redelivers it', async () => {
  const port = Number(process.env.FRONTDESK_WEBHOOK_PORT);
  assert.ok(port, 'FRONTDESK_WEBHOOK_PORT is set (cargo xtask test passes it)');
  const path = `/console-events/${crypto.randomUUID()}`;
  const received = [];
  const receiver = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      if (request.url === path) received.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve, reject) => {
    receiver.once('error', reject);
    receiver.listen(port, '127.0.0.1', resolve);
  });
  try {
    const { page, context, problems, screen } = await integrations();
    const url = `http://127.0.0.1:${port}${path}`;
    await screen.subscriptionUrl.fill(url);
    // Message text may go only to https: the opt-in is not offered for this URL.
    assert.equal(await screen.includeText.isDisabled(), true);
    await screen.subscriptionEvent('message.created').check();
    await screen.createSubscription.click();
    const secret = await screen.subscriptionSecret.inputValue();
    assert.match(secret, /^whsec_/);
    await screen.subscriptionSecretDone.click();
    const row = screen.subscriptionRow(url);
    await row.waitFor();

    // A patient writes: the event reaches the receiver, signed, without the text.
    const text = `Is the practice open on Monday? ${CANARY} ${Date.now()}`;
    const conversation = await inquiry(text);
    const deadline = Date.now() + 30_000;
    const mine = () => received.filter((r) => r.body.includes(conversation));
    while (mine().length === 0) {
      assert.ok(Date.now() < deadline, 'the event reached the receiver');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const [first] = mine();
    const webhookId = first.headers['webhook-id'];
    assert.ok(webhookId && first.headers['webhook-signature']?.startsWith('v1,'));
    assert.ok(!first.body.includes(CANARY), 'no message text without the https opt-in');

    // Its row in the delivery log: delivered at the first attempt with the receiver's 204.
    const toggle = screen.logToggleOf(row);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const delivery = screen.deliveryOf(row, webhookId);
    for (;;) {
      if (await delivery.count() && (await delivery.getAttribute('data-state')) === 'delivered') break;
      assert.ok(Date.now() < deadline + 15_000, 'the delivery is logged as delivered');
      await screen.logRefreshOf(row).click();
      await page.waitForTimeout(500);
    }
    assert.equal((await screen.attemptsOf(delivery).textContent()).trim(), '1');
    assert.equal((await screen.statusOf(delivery).textContent()).trim(), '204');

    // Redelivered by hand: the same webhook-id and body arrive once more.
    await screen.redeliverOf(delivery).click();
    await screen.logNoticeOf(row).filter({ hasText: /\S/ }).waitFor();
    while (mine().length < 2) {
      assert.ok(Date.now() < deadline + 30_000, 'the redelivery reached the receiver');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.equal(mine()[1].headers['webhook-id'], webhookId);
    assert.equal(mine()[1].body, first.body);

    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await new Promise((resolve) => receiver.close(resolve));
    // The subscription goes with the test: left behind, it would post every later
    // message.created to this port, where the API suite's escalation receiver listens.
    await unsubscribe((s) => s.url.includes(path));
  }
});

/** Deletes the demo clinic's subscriptions that `which` picks, through the admin API. */
async function unsubscribe(which) {
  const token = await staffToken('admin@demo.test');
  const { subscriptions } = await getJson('/v1/admin/event-subscriptions', token);
  for (const subscription of subscriptions.filter(which)) {
    const answer = await fetch(`${BASE}/v1/admin/event-subscriptions/${subscription.id}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${token}`, Origin: BASE },
    });
    assert.equal(answer.status, 200, `deleting subscription ${subscription.id}`);
  }
}
