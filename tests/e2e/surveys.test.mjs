// An after-treatment survey end to end: staff send it from the console, the visitor
// answers it in the widget, and a red-flag answer becomes an urgent conversation for the
// clinical team.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CANARY, launch, watch, Widget, Console } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a survey is sent, answered in the widget, and a red flag turns urgent', async () => {
  const visitorContext = await browser.newContext();
  const staffContext = await browser.newContext();
  const visitorPage = await visitorContext.newPage();
  const staffPage = await staffContext.newPage();
  const problems = [...watch(visitorPage, 'visitor'), ...watch(staffPage, 'console')];

  await visitorPage.goto(`${BASE}/`);
  const widget = new Widget(visitorPage);
  await widget.launcher.waitFor({ state: 'visible' });
  await widget.open();
  const first = `Thanks for the extraction yesterday ${CANARY} ${Date.now()}`;
  await widget.say(first);

  // The conversation is found by its id, not by its inbox row: in a full run the API suite
  // leaves hundreds of older open routine conversations, and the inbox lists the oldest 200
  // of a level first, so a new routine row can be out of the list.
  // The bubble shows at once, from the outbox; the id is kept once the server has answered.
  const conversationId = await (await visitorPage.waitForFunction(
    () => JSON.parse(localStorage.getItem('frontdesk:v1:demo') ?? '{}').conversation_id,
    null,
    { timeout: 15_000 },
  )).jsonValue();
  assert.ok(conversationId, 'the widget keeps its conversation id');

  const console_ = new Console(staffPage);
  await console_.signIn('clinician@demo.test');
  await console_.liveStatus().waitFor({ timeout: 15_000 });
  await staffPage.goto(`${BASE}/console/#/conversations/${conversationId}`);
  // A clinician may open it once the inbox queue has routed it to the clinical team (a
  // moment after the message); until then the link shows the thread's error, so reload.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await console_.threadMessage(first).first().waitFor({ timeout: 3_000 });
      break;
    } catch (error) {
      if (attempt >= 7) throw error;
      await staffPage.reload();
    }
  }
  const reason = console_.threadReason();
  await reason.waitFor();
  assert.doesNotMatch(await reason.textContent(), /urgent|emergency/i);
  await console_.surveyButton().click();

  // The invitation reaches the open widget live, with its form.
  const survey = widget.survey();
  await survey.waitFor({ timeout: 15_000 });
  await widget.surveySubmit().click();
  await survey.getByText('Please choose a rating from 1 to 5.').waitFor();
  await widget.surveyRating(2).check();
  await widget.surveyProblemsYes().check();
  await widget.surveyComment().fill('still swelling and now a fever');
  await widget.surveySubmit().click();
  await widget.surveyDone().waitFor({ timeout: 15_000 });
  await widget.messages('visitor').filter({ hasText: 'Survey answer: rated 2/5' }).waitFor();

  // The staff inbox now shows it as urgent, for the clinical team (this conversation's row:
  // other suites answer surveys with red flags too).
  await console_.rowOf(conversationId)
    .filter({ hasText: 'Survey answer' }).filter({ hasText: 'Urgent' }).waitFor({ timeout: 20_000 });

  // After a reload the survey stays answered.
  await visitorPage.reload();
  await widget.launcher.waitFor({ state: 'visible' });
  if (!(await widget.panel.isVisible())) await widget.open();
  await widget.surveyDone().waitFor({ timeout: 15_000 });
  assert.equal(await widget.survey().count(), 0);

  assert.deepEqual(problems, []);
  await visitorContext.close();
  await staffContext.close();
});
