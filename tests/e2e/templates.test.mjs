// Saved replies in a real browser: a staff member types /park in the reply box, picks the
// parking template with the keyboard, edits the rendered text and sends it to the
// visitor's widget; an admin adds a template in the Templates screen and it is offered
// in the reply box's picker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CANARY, launch, watch, inquiry, signedInConsole, Widget } from './browser.mjs';
import { TemplatePicker, TemplatesScreen } from './pages/templates.mjs';

const DEMO_PHONE = '+49 30 555 0142';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const consoleFor = (email, label) => signedInConsole(browser, email, label);

test('a staff member answers with /park: rendered, edited, sent, seen by the visitor', async () => {
  const staff = await consoleFor('frontdesk@demo.test', 'front desk');
  const visitorContext = await browser.newContext();
  const visitorPage = await visitorContext.newPage();
  const problems = [...staff.problems, ...watch(visitorPage, 'visitor')];
  await visitorPage.goto(`${BASE}/`);
  const widget = new Widget(visitorPage);
  await widget.open();
  // No canary in this question: the learned second opinion reads its "private" as
  // billing (private fees), and a billing row never reaches the front desk's inbox. The
  // canary still travels in the staff reply below and in the other tests' messages.
  const question = `Car ${Date.now()}: is there somewhere to leave it?`;
  await widget.say(question);

  const row = staff.console_.row(question.slice(0, 30));
  await row.waitFor({ timeout: 20_000 });
  await row.click();
  const thread = staff.console_.anyThread();
  const openId = await thread.getAttribute('data-conversation-id');

  // Typing /park opens the picker, filtered; 'k' in the text must not move the inbox.
  const input = staff.console_.replyInput();
  await input.click();
  await staff.page.keyboard.type('/park');
  const templates = new TemplatePicker(staff.page);
  const picker = templates.picker;
  await picker.waitFor();
  const parking = templates.optionInPicker('parking');
  await parking.waitFor();
  assert.equal(await parking.getAttribute('aria-selected'), 'true', 'the best match is active');
  assert.equal(await templates.optionInPicker('cancellation').count(), 0);
  assert.equal(await input.getAttribute('aria-activedescendant'), await parking.getAttribute('id'));
  assert.equal(await thread.getAttribute('data-conversation-id'), openId);

  // Enter picks it: the reply box holds the rendered text, phone number filled in.
  await staff.page.keyboard.press('Enter');
  await picker.waitFor({ state: 'detached' });
  const rendered = await input.inputValue();
  assert.match(rendered, /^Free parking is in the courtyard/);
  assert.ok(rendered.includes(`Call ${DEMO_PHONE}`), rendered);
  assert.ok(!rendered.includes('{{'), rendered);
  assert.ok(!rendered.includes('/park'), rendered);

  // Edit before sending: the reply box has the focus, the caret at the end of the text.
  await staff.console_.replyCaretAtEnd();
  const edit = ` See you Saturday! ${CANARY}`;
  await staff.page.keyboard.type(edit);
  assert.equal(await input.inputValue(), rendered + edit);
  await staff.console_.replySendButton().click();

  const delivered = widget.messages('staff').filter({ hasText: DEMO_PHONE });
  await delivered.waitFor({ timeout: 15_000 });
  const shown = await delivered.first().innerText();
  assert.ok(shown.includes('See you Saturday!'), shown);
  assert.ok(!shown.includes('{{'), shown);

  assert.deepEqual(problems, []);
  await visitorContext.close();
  await staff.context.close();
});

test('an admin adds a template in the Templates screen and picks it from the reply box', async () => {
  const admin = await consoleFor('admin@demo.test', 'admin');
  const shortcut = `e2e-${Date.now().toString(36)}`;
  const page = admin.page;

  const templates = new TemplatesScreen(page);
  await admin.console_.navButton('templates').click();
  const screen = templates.screen;
  await screen.waitFor();
  await templates.row('parking').waitFor();
  // The help names every variable a template may use, the appointment reminder's too.
  const hint = await screen.locator('p.hint').first().textContent();
  for (const variable of ['{{visitor.name}}', '{{clinic.next_opening}}', '{{appointment.time}}']) {
    assert.ok(hint.includes(variable), `${variable} in: ${hint}`);
  }

  // A typo in a variable is refused with the server's reason.
  await templates.shortcut.fill(shortcut);
  await templates.title.fill('E2E greeting');
  await templates.body.fill('Hi {{visitor.nmae}}');
  await templates.save.click();
  await templates.formError.filter({ hasText: 'unknown variable' }).waitFor();

  const body = 'Hi {{visitor.name|there}}, {{staff.first_name}} here. Call {{clinic.phone}}. <b>not bold</b>';
  await templates.body.fill(body);
  await templates.save.click();
  const row = templates.row(shortcut);
  await row.waitFor();
  assert.ok((await row.innerText()).includes('<b>not bold</b>'), 'shown as text');
  assert.equal(await row.locator('b').count(), 0);

  // Back in the inbox, the Templates button opens the same picker with a search field.
  const question = `Van ${Date.now()}: do you have parking for vans? ${CANARY}`;
  await inquiry(question);
  await admin.console_.navButton('templates').click();
  const inboxRow = admin.console_.row(question.slice(0, 30));
  await inboxRow.waitFor({ timeout: 20_000 });
  await inboxRow.click();
  const picker = new TemplatePicker(page);
  await picker.openButton.click();
  const search = picker.search;
  await search.waitFor();
  await search.pressSequentially('E2E greet');
  const option = picker.option(shortcut);
  await option.waitFor();
  await option.click();
  const input = admin.console_.replyInput();
  assert.equal(
    await input.inputValue(),
    `Hi there, Morgan here. Call ${DEMO_PHONE}. <b>not bold</b>`,
  );

  // Clean up through the screen, which takes it off the list.
  await admin.console_.navButton('templates').click();
  await templates.deleteButtonOf(row).click();
  await row.waitFor({ state: 'detached' });

  // The refused save is the only failed request, and the browser reports it.
  const unexpected = admin.problems.filter((p) => !p.includes('status of 422'));
  assert.deepEqual(unexpected, []);
  await admin.context.close();
});
