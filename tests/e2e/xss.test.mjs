// An XSS corpus sent as visitor and as staff text, then opened in the widget (demo site)
// and in the console, in real chromium: no payload runs, every one shows literally.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE, CANARY, launch, watch, Widget, Console } from './browser.mjs';

// Each payload that ran would set window.__pwned (or open a dialog).
const CORPUS = [
  `<script>window.__pwned = 'script'</script>`,
  `<img src=x onerror="window.__pwned = 'img'">`,
  `<svg onload="window.__pwned = 'svg'"><circle r="5"/></svg>`,
  `<a href="javascript:window.__pwned = 'link'">open me</a>`,
  `javascript:window.__pwned = 'bare'`,
  `"><img src=x onerror=window.__pwned='attribute'>`,
  `<iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>`,
  `<details open ontoggle="window.__pwned = 'details'">x</details>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = 'mxss'">`,
  `{{constructor.constructor('window.__pwned = "template"')()}}`,
  `\u202Egnp.exe <b onmouseover="window.__pwned = 'rtl'">right to left</b>`,
  `<scr\u200Bipt>window.__pwned = 'zero-width'</scr\u200Bipt> pa\u200Bypal.com`,
  `<style>*{display:none}</style><p style="color:red">styled</p> alert(1)`,
];

// Elements or attributes only a payload could have put in the page.
// The console's own folds (triage reason, escalations) are `details.fold`; any other
// `details` came from the corpus.
const INJECTED = [
  '[onerror]', '[onload]', '[ontoggle]', '[onmouseover]', 'a[href^="javascript"]',
  'iframe', 'details:not(.fold)', 'math', 'script:not([src])', 'img[src="x"]',
].join(', ');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function api(method, path, { token, body, headers = {} } = {}) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: {
      ...(body ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.json() };
}

/** A demo conversation holding the corpus as visitor and as staff messages. */
async function conversationWithCorpus() {
  const visitorIp = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const created = await api('POST', '/v1/clinics/demo/conversations', {
    body: {}, headers: { 'CF-Connecting-IP': visitorIp },
  });
  assert.equal(created.status, 201);
  const { conversation_id: id, visitor_token: token } = created.body;
  for (const text of CORPUS) {
    const sent = await api('POST', `/v1/conversations/${id}/messages`, {
      token, body: { client_msg_id: randomUUID(), text: `${text} ${CANARY}` },
      headers: { 'CF-Connecting-IP': visitorIp },
    });
    assert.equal(sent.status, 201, `visitor send: ${JSON.stringify(sent.body)}`);
  }
  const signedIn = await api('POST', '/v1/staff/sessions', {
    body: { email: 'admin@demo.test', password: 'demo-password' },
  });
  const staff = signedIn.body.token;
  for (const text of CORPUS) {
    const sent = await api('POST', `/v1/staff/conversations/${id}/messages`, {
      token: staff, body: { client_msg_id: randomUUID(), text: `${text} ${CANARY}` },
    });
    assert.equal(sent.status, 201, `staff send: ${JSON.stringify(sent.body)}`);
  }
  return { id, token };
}

/** Records anything a payload could do on `page`. */
function trap(page, label) {
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${label}: ${dialog.type()} ${dialog.message()}`);
    await dialog.dismiss();
  });
  return dialogs;
}

/** The text as stored: the server drops bidirectional controls (U+202A–U+202E,
 * U+2066–U+2069), which could show a message in another order than it was written. */
const stored = (text) => text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');

/** Asserts that `messages` (a page object's locator of `author`'s messages) show every
 * corpus text literally and no bidirectional control. */
async function assertLiteral(messages, author, label) {
  const shown = await messages.allTextContents();
  assert.ok(
    !shown.some((content) => /[\u202A-\u202E\u2066-\u2069]/.test(content)),
    `${label}: a bidirectional control reached the page`,
  );
  for (const text of CORPUS.map(stored)) {
    assert.ok(
      shown.some((content) => content.includes(text)),
      `${label}: ${author} text not shown literally: ${JSON.stringify(text)}`,
    );
  }
}

test('the XSS corpus stays text in the widget and in the console', async () => {
  const { id, token } = await conversationWithCorpus();

  // The visitor's widget, resuming the conversation from localStorage.
  const visitorContext = await browser.newContext();
  const visitorPage = await visitorContext.newPage();
  const visitorProblems = watch(visitorPage, 'widget');
  const visitorDialogs = trap(visitorPage, 'widget');
  await visitorPage.addInitScript(([conversation, visitorToken]) => {
    localStorage.setItem('frontdesk:v1:demo', JSON.stringify({
      conversation_id: conversation, visitor_token: visitorToken,
    }));
  }, [id, token]);
  await visitorPage.goto(`${BASE}/`);
  const widget = new Widget(visitorPage);
  await widget.launcher.waitFor({ state: 'visible' });
  if (!(await widget.panel.isVisible())) await widget.open();
  await widget.messages('staff').nth(CORPUS.length - 1).waitFor({ timeout: 20_000 });
  await assertLiteral(widget.messages('visitor'), 'visitor', 'widget');
  await assertLiteral(widget.messages('staff'), 'staff', 'widget');
  await widget.panel.hover();
  await widget.messages('visitor').first().hover();
  assert.equal(
    await widget.allMessageTexts().locator('*').count(),
    0,
    'message text in the widget is a text node, with no elements inside',
  );
  assert.equal(await visitorPage.locator(INJECTED).count(), 0, 'nothing injected in the widget');

  // The staff console, opening the same conversation.
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  const staffProblems = watch(staffPage, 'console');
  const staffDialogs = trap(staffPage, 'console');
  const console_ = new Console(staffPage);
  await console_.signIn('admin@demo.test');
  // Opened by its link rather than its row: in a full run, rows that other suites raise
  // (escalations, emergencies, survey answers) can push this routine row out of the list.
  await staffPage.goto(`${BASE}/console/#/conversations/${id}`);
  const threadMessages = console_.threadMessages();
  await threadMessages.filter({ hasText: CORPUS[CORPUS.length - 1] }).nth(1)
    .waitFor({ timeout: 20_000 });
  await assertLiteral(console_.threadMessages('visitor'), 'visitor', 'console');
  await assertLiteral(console_.threadMessages('staff'), 'staff', 'console');
  await threadMessages.first().hover();
  assert.equal(
    await threadMessages.locator('.message-text *').count(),
    0,
    'message text in the console is a text node, with no elements inside',
  );
  assert.equal(await staffPage.locator(INJECTED).count(), 0, 'nothing injected in the console');

  // Give any deferred handler (onerror, ontoggle, onload) a moment to fire.
  await visitorPage.waitForTimeout(500);
  for (const page of [visitorPage, staffPage]) {
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.evaluate(() => window.parent.__pwned), undefined);
  }
  assert.deepEqual([...visitorDialogs, ...staffDialogs], []);
  // Chromium asks for /favicon.ico on its own schedule; the demo site has none.
  const problems = [...visitorProblems, ...staffProblems]
    .filter((problem) => !problem.includes('404 (Not Found)'));
  assert.deepEqual(problems, []);
  await visitorContext.close();
  await staffContext.close();
});
