// Correcting triage in a real browser: staff raise a routine question to an emergency for
// the clinical team with the keyboard, the reason stays text, and the inbox row follows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE, CANARY, Console, inquiry, launch, visibleTo, watch } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('staff correct urgency and team with a reason, and the inbox row follows', async () => {
  const text = `Can I park my bike at the clinic? ${CANARY} ${randomUUID()}`;
  const id = await inquiry(text);
  // Front desk may open a conversation once the inbox queue has filed it under its team
  // (about a second): a deep link opened before that gets 403, which this test is not about.
  await visibleTo('frontdesk@demo.test', id);
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'console');
  const console_ = new Console(page);

  await page.goto(`${BASE}/console/#/conversations/${id}`, { waitUntil: 'domcontentloaded' });
  await console_.fillSignIn('frontdesk@demo.test');
  await console_.visitorMessage(text).waitFor({ timeout: 30_000 });

  // A blank reason is refused in the console before any call.
  await console_.triageCorrectButton().click();
  await console_.triageReason().fill('   ');
  await console_.triageSave().click();
  await console_.triageError().filter({ hasText: 'reason' }).waitFor();
  await console_.triageCancel().click();

  await console_.correctTriage({
    urgency: 'emergency',
    department: 'clinical',
    reason: 'called: face drooping <b>now</b>',
  });
  await console_.triageStatus()
    .filter({ hasText: 'Now Emergency · Clinical' }).waitFor({ timeout: 15_000 });
  const row = console_.rowOf(id);
  await console_.urgencyBadgeOf(row).filter({ hasText: 'Emergency' }).waitFor();
  assert.equal(await console_.details().locator('b').count(), 0, 'no HTML from the reason');

  assert.deepEqual(problems, []);
  await context.close();
});
