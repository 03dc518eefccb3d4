// The console's inbox past its first page (200 rows): a conversation beyond it is
// reached by scrolling the list to its end, and the "load more" button at the end works
// from the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signedInConsole, staffToken, getJson, BASE, inquiry, eventually } from './browser.mjs';

const ROUTINE = 'Can I move my appointment to next week?';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Every open row of the admin's inbox, through all its pages, in order. */
async function openRows(token) {
  const rows = [];
  let cursor = null;
  for (;;) {
    const page = await getJson(`/v1/staff/inbox${cursor ? `?cursor=${cursor}` : ''}`, token);
    rows.push(...page.conversations);
    if (!page.next) return rows;
    cursor = page.next;
  }
}

test('a conversation beyond the first page is reached by scrolling the inbox', async () => {
  const token = await staffToken('admin@demo.test');
  // Enough older open work that a new routine conversation sorts past the first page
  // (a full run already leaves that many; run alone, this adds them and resolves them after).
  const fillers = [];
  const missing = Math.max(0, 205 - (await openRows(token)).length);
  for (let i = 0; i < missing; i++) fillers.push(await inquiry(ROUTINE));
  const id = await inquiry(`${ROUTINE} (paging)`);
  const place = await eventually('the new row indexed', async () => {
    const rows = await openRows(token);
    const index = rows.findIndex((row) => row.conversation_id === id);
    return index >= 0 && fillers.every((filler) => rows.some((row) => row.conversation_id === filler))
      ? index + 1 : 0;
  });
  assert.ok(place > 200, `the new row is number ${place}, on the first page`);

  const { context, page, console_, problems } = await signedInConsole(browser, 'admin@demo.test', 'paging');
  const rows = console_.inboxRows();
  await eventually('the first page', async () => (await rows.count()) >= 200);
  const row = console_.rowOf(id);
  assert.equal(await row.count(), 0, 'the row beyond the first page shows before paging');
  assert.match(await console_.inboxCount().textContent(), /\+$/);

  // The first further page comes from the keyboard: the button at the list's end is a
  // real button, focusable and pressed with Enter.
  const more = console_.inboxMore();
  await more.focus();
  await page.keyboard.press('Enter');
  await eventually('the second page', async () => (await rows.count()) > 200);

  // Scrolling the list to its end brings the pages after it, up to the new row.
  const list = console_.inboxList();
  await eventually('the row beyond the first page', async () => {
    await list.evaluate((element) => { element.scrollTop = element.scrollHeight; });
    return (await row.count()) === 1;
  }, 60_000);
  // It sits where the inbox order puts it: after the first page's rows.
  const ids = await rows.evaluateAll((all) => all.map((element) => element.dataset.conversationId));
  const before = ids.indexOf(id);
  assert.ok(before >= 200, `the row is number ${before + 1} in the console`);
  await row.click();
  await console_.threadMessage('(paging)').waitFor({ timeout: 15_000 });
  assert.deepEqual(problems, []);
  await context.close();

  // Resolved, they leave the open inbox to the tests that follow.
  for (const resolved of [...fillers, id]) {
    const answer = await fetch(`${BASE}/v1/staff/conversations/${resolved}/status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Origin: BASE },
      body: JSON.stringify({ status: 'resolved' }),
    });
    assert.equal(answer.status, 200);
  }
});
