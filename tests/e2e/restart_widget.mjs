// Driven by the restart fault step (`xtask/src/fault.rs`), not by `node --test`: a visitor
// opens the widget and sends a message; the script prints `READY <conversation id>` and
// waits. The xtask then kills workerd, restarts it, and posts a staff reply with the text
// in FRONTDESK_REPLY_TEXT. The widget must reconnect by itself and show that reply.
import { BASE, launch, watch, Widget } from './browser.mjs';

const reply = process.env.FRONTDESK_REPLY_TEXT;
const question = process.env.FRONTDESK_QUESTION_TEXT;
if (!reply || !question) throw new Error('set FRONTDESK_REPLY_TEXT and FRONTDESK_QUESTION_TEXT');

// The page below is fulfilled by Playwright, which Chromium's Local Network Access
// checks treat as a public page: they would block its socket to loopback.
const browser = await launch(['--disable-features=LocalNetworkAccessChecks']);
try {
  const page = await browser.newPage();
  const problems = watch(page, 'visitor');
  const created = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().endsWith('/conversations'),
  );
  // A bare clinic page on this server's origin: the built demo site embeds the main test
  // server's origin, which is stopped by now.
  await page.route(`${BASE}/`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><title>Clinic</title><h1>Clinic</h1>
      <script src="${BASE}/widget.js" data-clinic="demo" async></script>`,
  }));
  await page.goto(`${BASE}/`);
  const widget = new Widget(page);
  await widget.launcher.waitFor({ state: 'visible' });
  await widget.open();
  await widget.say(question);
  const { conversation_id: id } = await (await created).json();
  // The socket is open once the panel has its first message back from it or the POST.
  await widget.messages('visitor').filter({ hasText: question }).waitFor();
  console.log(`READY ${id}`);
  // No reload and no click: only the widget's own reconnect can bring this in.
  await widget.messages('staff').filter({ hasText: reply }).waitFor({ timeout: 90_000 })
    .catch((error) => { console.error(problems.join('\n')); throw error; });
  const unexpected = problems.filter((p) => !/WebSocket|ERR_CONNECTION|Failed to load resource/.test(p));
  if (unexpected.length) throw new Error(unexpected.join('\n'));
  console.log('RECONNECTED');
} finally {
  await browser.close();
}
