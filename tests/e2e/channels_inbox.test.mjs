// Channels in the console: a patient writes on WeChat and on X through the provider
// sandbox; the inbox shows each row's channel mark and the patient's address there,
// filters by channel, and the thread header names both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CANARY, launch, sandboxUrl, signedInConsole } from './browser.mjs';

const SANDBOX = sandboxUrl();

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The patient writes to the demo clinic on `channel`, as the provider's signed webhook. */
async function patientWrites(channel, from, text) {
  const response = await fetch(`${SANDBOX}/sandbox/patient/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ clinic: 'demo', from, text }),
  });
  const answer = await response.json();
  assert.equal(answer.edge_status, 200, JSON.stringify(answer));
}

test('inbox rows and the thread show the channel and address, and the inbox filters by channel', async () => {
  const id = randomUUID();
  const openId = `o${id.replaceAll('-', '').slice(0, 27)}`;
  const xUser = `9${String(Math.floor(Math.random() * 1e11)).padStart(11, '0')}`;
  const wechatText = `Do you have parking nearby? ${CANARY} ${id} wechat`;
  const xText = `Are you open on Saturday? ${CANARY} ${id} x`;
  await patientWrites('wechat', openId, wechatText);
  await patientWrites('x', xUser, xText);

  const { context, page, console_, problems } = await signedInConsole(browser, 'admin@demo.test', 'console');
  const wechatRow = console_.row(wechatText);
  const xRow = console_.row(xText);
  await wechatRow.waitFor();
  await xRow.waitFor();
  const tag = console_.channelTagOf(wechatRow);
  assert.equal(await tag.getAttribute('data-channel'), 'wechat');
  assert.equal(await tag.locator('[role="img"]').getAttribute('aria-label'), 'WeChat');
  assert.equal(await tag.locator('.channel-address').textContent(), openId);

  // Only X conversations: the WeChat row goes, and so does every web one.
  await console_.channelFilter().selectOption('x');
  await wechatRow.waitFor({ state: 'detached' });
  assert.equal(await xRow.count(), 1);
  const shown = await console_.rowChannels();
  assert.ok(shown.length > 0 && shown.every((channel) => channel === 'x'), `rows shown: ${shown}`);

  await xRow.click();
  const header = console_.threadChannel();
  await header.waitFor();
  assert.equal(await header.getAttribute('data-channel'), 'x');
  assert.equal(await header.locator('.channel-address').textContent(), xUser);

  await console_.channelFilter().selectOption('');
  await wechatRow.waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
