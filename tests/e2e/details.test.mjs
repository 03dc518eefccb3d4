// The visitor's identity and the team's own notes in a real browser: the host page's
// Frontdesk.identify() reaches the console marked as stated, staff verify it, label the conversation and leave a
// private note, search finds the visitor, and the widget never shows the note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CANARY, launch, watch, Widget, Console } from './browser.mjs';
import { DetailsPanel } from './pages/details.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('identity (stated, then verified by staff), labels, notes and search', async () => {
  const visitorContext = await browser.newContext();
  const staffContext = await browser.newContext();
  const visitorPage = await visitorContext.newPage();
  const staffPage = await staffContext.newPage();
  const problems = [...watch(visitorPage, 'visitor'), ...watch(staffPage, 'console')];
  const stamp = Date.now();
  const email = `ines.${stamp}@example.org`;

  await visitorPage.goto(`${BASE}/`);
  const widget = new Widget(visitorPage);
  await widget.launcher.waitFor({ state: 'visible' });
  // The host page knows its signed-in patient; nothing is sent until the first message.
  await visitorPage.evaluate((email) => window.Frontdesk.identify({ name: 'Inés Navarro', email }), email);
  await widget.open();
  const question = `Can I get a copy of my invoice? ${CANARY} ${stamp}`;
  await widget.say(question);

  const console_ = new Console(staffPage);
  // An invoice question goes to the billing team; the front desk account reads only its
  // own team's conversations, an admin reads every team's.
  await console_.signIn('admin@demo.test');
  // Found by searching its email, not by its place in the inbox: test files running at
  // the same time can leave more open conversations than the first page holds
  // (console_paging adds 230), and a new routine one sorts last. The search is asked
  // again until the queue has indexed the conversation.
  const search = console_.inboxSearch();
  const details = new DetailsPanel(staffPage);
  const row = console_.row('Inés Navarro').filter({ hasText: String(stamp) });
  for (let tries = 1; ; tries += 1) {
    await search.fill(`ines.${stamp}`);
    try {
      await row.waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      if (tries === 4) throw error;
      await search.fill('');
    }
  }
  await row.click();
  // Back to the live inbox, whose rows follow the labels added below.
  await search.fill('');
  await details.summary().filter({ hasText: email }).waitFor();
  // What the host page said is only stated: the console says so beside every field.
  const emailField = details.identityField(email);
  assert.equal(await details.markOf(emailField).textContent(), 'stated by visitor');
  // Staff check the details with the patient and say so: the fields become verified.
  await details.editButton().click();
  await details.verifiedCheckbox().check();
  await details.saveButton().click();
  await details.markOf(emailField).filter({ hasText: 'verified (staff)' }).waitFor();

  await details.labelInput().fill('Invoice copy');
  await details.addLabelButton().click();
  await details.labelChip('invoice copy').waitFor();
  await console_.labelOf(row).filter({ hasText: 'invoice copy' }).waitFor();

  const note = `Sent by post last week <b>not bold</b> ${CANARY}`;
  await details.noteInput().fill(note);
  await details.addNoteButton().click();
  const shown = details.note('Sent by post last week');
  await shown.waitFor();
  assert.match(await shown.textContent(), /<b>not bold<\/b>/, 'a note is text, never HTML');

  // Search by part of the email finds the conversation.
  await search.fill(`ines.${stamp}`);
  await console_.row('Inés Navarro').waitFor();
  await search.fill(`nobody-${stamp}`);
  await console_.inboxEmpty().waitFor();

  // The visitor never sees the note.
  await visitorPage.reload();
  await widget.launcher.waitFor({ state: 'visible' });
  if (!(await widget.panel.isVisible())) await widget.open();
  await widget.messages('visitor').filter({ hasText: question }).waitFor({ timeout: 15_000 });
  assert.doesNotMatch(await widget.panel.textContent(), /Sent by post/);

  assert.deepEqual(problems, []);
  await visitorContext.close();
  await staffContext.close();
});
