// Inviting a colleague end to end: an admin invites them on the Team screen, which says
// the link went by email (and never shows it); the new staff member opens the link from
// the email (read from the provider sandbox's outbox), chooses a password and lands in the console; the admin
// then disables the account (the colleague is signed out and can't sign in) and enables
// it again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watch, Console, sandboxUrl } from './browser.mjs';
import { ChoosePasswordPage, TeamScreen } from './pages/team.mjs';

/** The console link in the newest email the sandbox received for `address`. */
async function emailedLink(address) {
  for (let i = 0; i < 100; i += 1) {
    const outbox = await (await fetch(`${sandboxUrl()}/sandbox/outbox`)).json();
    const link = outbox.requests
      .filter((r) => r.channel === 'email')
      .map((r) => JSON.parse(r.body))
      .filter((m) => m.To === address)
      .flatMap((m) => m.TextBody.split('\n'))
      .reverse()
      .find((line) => line.includes('/console/#/invite/'));
    if (link) return link.trim();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no invitation email reached ${address}`);
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('an admin invites a colleague who signs up through the link', async () => {
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  const problems = watch(adminPage, 'admin');
  const adminConsole = new Console(adminPage);
  const team = new TeamScreen(adminPage);
  await adminConsole.signIn('admin@demo.test');
  await adminConsole.navButton('team').click();
  const email = `new.colleague.${Date.now()}@lakeside.example`;
  await team.inviteEmail.fill(email);
  await team.inviteName.fill('Robin Newcomer');
  await team.inviteSend.click();
  await team.linkSent(email).waitFor();
  assert.equal(await team.oneTimeLink.count(), 0, 'the admin never sees the link');
  const link = await emailedLink(email);
  assert.match(link, /\/console\/#\/invite\/[0-9a-f]{64}$/);

  const newContext = await browser.newContext();
  const newPage = await newContext.newPage();
  problems.push(...watch(newPage, 'newcomer'));
  await newPage.goto(link);
  const choose = new ChoosePasswordPage(newPage);
  const newcomer = new Console(newPage);
  await choose.choose('short');
  await choose.error.filter({ hasText: '12 characters' }).waitFor();
  await choose.choose('quiet harbour lights');
  await newcomer.staffName().filter({ hasText: 'Robin Newcomer' }).waitFor({ timeout: 15_000 });
  assert.doesNotMatch(newPage.url(), /invite/, 'the spent link leaves the address bar');

  // The team list shows the new account.
  await adminPage.reload();
  await adminConsole.navButton('team').click();
  await team.member(email).waitFor();

  // Offboarding: the admin disables the account, which signs the newcomer out and keeps
  // them out; enabling it lets them sign in again.
  const member = () => team.member(email);
  await team.disableOf(member()).click();
  await team.disabledMarkOf(member()).waitFor();
  await team.notice('Robin Newcomer is disabled').waitFor();
  await newPage.reload();
  await newcomer.signInEmail().waitFor({ timeout: 15_000 });
  await newcomer.fillSignIn(email, 'quiet harbour lights');
  await newcomer.signInError().filter({ hasText: 'disabled' }).waitFor();
  await team.enableOf(member()).click();
  await team.disableOf(member()).waitFor();
  await newcomer.signInButton().click();
  await newcomer.staffName().filter({ hasText: 'Robin Newcomer' }).waitFor({ timeout: 15_000 });

  // The refused weak password, the disabled account's refused sign-in and the ended
  // session's answers are the expected error responses.
  assert.deepEqual(problems.filter((p) => !/status of (401|403|422)/.test(p)), []);
  await adminContext.close();
  await newContext.close();
});
