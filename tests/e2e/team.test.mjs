// Two staff members at once, in two real browsers: both see an inquiry arrive live, one
// claims it and the other is refused, the reply reaches the visitor's widget, resolving
// clears it from both inboxes, and the visitor's next message brings it back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CANARY, launch, watch, signedInConsole, Widget } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A signed-in console in its own browser context, with the inbox loaded. */
const consoleFor = (email, label) => signedInConsole(browser, email, label);

test('two staff sessions: live arrival, one owner, reply, resolve and reopen', async () => {
  const receptionist = await consoleFor('frontdesk@demo.test', 'front desk');
  const admin = await consoleFor('admin@demo.test', 'admin');

  const visitorContext = await browser.newContext();
  const visitorPage = await visitorContext.newPage();
  const problems = [...receptionist.problems, ...admin.problems, ...watch(visitorPage, 'visitor')];
  await visitorPage.goto(`${BASE}/`);
  const widget = new Widget(visitorPage);
  await widget.open();
  const question = `Where can I park on Saturday? ${CANARY} ${Date.now()}`;
  await widget.say(question);

  // Both consoles see it arrive without a reload.
  const key = question.slice(0, 40);
  await receptionist.console_.row(key).waitFor({ timeout: 20_000 });
  await admin.console_.row(key).waitFor({ timeout: 20_000 });

  // The receptionist claims it; the admin's claim is refused and says so.
  await receptionist.console_.row(key).click();
  await receptionist.console_.claimButton().click();
  await receptionist.console_.claimButton('mine').waitFor();
  await admin.console_.row(key).click();
  await admin.console_.threadMessage(question).waitFor();
  await admin.console_.claimButton().click();
  await admin.console_.claimError().waitFor({ timeout: 10_000 });
  await admin.console_.claimButton('colleague').waitFor();

  // The owner's reply reaches the visitor live.
  const answer = `Saturday parking is free in the courtyard. ${CANARY}`;
  await receptionist.console_.reply(answer);
  await widget.messages('staff').filter({ hasText: answer }).waitFor({ timeout: 15_000 });

  // Resolving takes it out of both inboxes.
  await receptionist.console_.statusButton().click();
  await receptionist.console_.threadStatus('resolved').waitFor();
  await receptionist.console_.row(key).waitFor({ state: 'detached', timeout: 15_000 });
  await admin.console_.row(key).waitFor({ state: 'detached', timeout: 15_000 });

  // The visitor writes again: it is back, open, in both inboxes.
  const followUp = `And is there a charging point? ${CANARY}`;
  await widget.say(followUp);
  await receptionist.console_.row(followUp.slice(0, 30)).waitFor({ timeout: 20_000 });
  await admin.console_.row(followUp.slice(0, 30)).waitFor({ timeout: 20_000 });
  await receptionist.console_.threadStatus('open').waitFor();

  assert.deepEqual(problems, []);
  for (const context of [visitorContext, receptionist.context, admin.context]) await context.close();
});

test('a front-desk session is refused admin calls by the API, not just by hidden buttons', async () => {
  const receptionist = await consoleFor('frontdesk@demo.test', 'front desk');
  // From the console page, with the session the console holds: only the role is in the way.
  const answers = await receptionist.page.evaluate(async () => {
    const { token } = JSON.parse(sessionStorage.getItem('frontdesk.console.session'));
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const read = async (response) => ({ status: response.status, body: await response.json() });
    const log = await fetch('/v1/admin/audit-log', { headers }).then(read);
    const assign = await fetch('/v1/staff/conversations/c_00000000000000000000000000000000/assign', {
      method: 'POST',
      headers,
      body: JSON.stringify({ staff_id: 's_frontdesk' }),
    }).then(read);
    return { log, assign };
  });
  assert.equal(answers.log.status, 403);
  assert.equal(answers.log.body.error.code, 'admins_only');
  assert.equal(answers.assign.status, 403);
  assert.equal(answers.assign.body.error.code, 'admins_only');
  await receptionist.context.close();
});
