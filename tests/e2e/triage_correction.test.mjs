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
  await page.locator('[data-testid="login-email"]').fill('frontdesk@demo.test');
  await page.locator('[data-testid="login-password"]').fill('demo-password');
  await page.locator('[data-testid="login-submit"]').click();
  await page.locator('[data-testid="thread-message"][data-author="visitor"]')
    .filter({ hasText: text }).waitFor({ timeout: 30_000 });

  // A blank reason is refused in the console before any call.
  await page.locator('[data-testid="triage-correct"]').click();
  await page.locator('[data-testid="triage-reason"]').fill('   ');
  await page.locator('[data-testid="triage-save"]').click();
  await page.locator('[data-testid="triage-correction-error"]').filter({ hasText: 'reason' }).waitFor();
  await page.locator('[data-testid="triage-cancel"]').click();

  await console_.correctTriage({
    urgency: 'emergency',
    department: 'clinical',
    reason: 'called: face drooping <b>now</b>',
  });
  await page.locator('[data-testid="triage-correction-status"]')
    .filter({ hasText: 'Now Emergency · Clinical' }).waitFor({ timeout: 15_000 });
  const row = page.locator(`[data-testid="inbox-row"][data-conversation-id="${id}"]`);
  await row.locator('[data-testid="urgency-badge"]').filter({ hasText: 'Emergency' }).waitFor();
  assert.equal(await page.locator('[data-testid="details"] b').count(), 0, 'no HTML from the reason');

  assert.deepEqual(problems, []);
  await context.close();
});
