// Shared browser setup for the end-to-end tests: Debian's chromium, never a download.
import { chromium } from 'playwright-core';

import { BASE } from './env.mjs';
import { Console } from './pages/console.mjs';

// The page objects own the selectors; tests import them from here or from pages/.
export { Console } from './pages/console.mjs';
export { Widget } from './pages/widget.mjs';

export { BASE, CANARY, sandboxUrl } from './env.mjs';

// Flags for headless chromium as root on an offline machine.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(extraFlags = []) {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...FLAGS, ...extraFlags],
  });
}

/** Fails the test on any uncaught page error, and records console errors. */
export function watch(page, label) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`${label} page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${label} console error: ${message.text()}`);
  });
  return problems;
}

/** A signed-in console in its own context of `browser`, live: `{ context, page, console_, problems }`. */
export async function signedInConsole(browser, email, label) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, label);
  const console_ = new Console(page);
  await console_.signIn(email);
  await console_.liveStatus('live').waitFor({ timeout: 15_000 });
  return { context, page, console_, problems };
}

/** POSTs JSON to the API from Node (no browser, no Origin): `{ status, body }`. */
export async function postJson(path, body, headers = {}) {
  const response = await fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** A staff session token for a dev account (password `demo-password`). */
export async function staffToken(email) {
  const session = await postJson('/v1/staff/sessions', { email, password: 'demo-password' }, { Origin: BASE });
  if (session.status !== 201) throw new Error(`sign-in: ${JSON.stringify(session.body)}`);
  return session.body.token;
}

/** GETs a JSON answer with a bearer token (staff or visitor); anything but 200 throws. */
export async function getJson(path, token) {
  const answer = await fetch(`${BASE}${path}`, { headers: { Authorization: `Bearer ${token}`, Origin: BASE } });
  if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status}`);
  return answer.json();
}

/** Waits until `email` (a dev account, password `demo-password`) may read conversation `id`. */
export async function visibleTo(email, id, timeoutMs = 20_000) {
  const session = await postJson('/v1/staff/sessions', { email, password: 'demo-password' }, { Origin: BASE });
  if (session.status !== 201) throw new Error(`sign-in: ${JSON.stringify(session.body)}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await fetch(`${BASE}/v1/staff/conversations/${id}/messages`, {
      headers: { Authorization: `Bearer ${session.body.token}`, Origin: BASE },
    });
    if (answer.status === 200) return;
    if (Date.now() > deadline) throw new Error(`${email} still gets ${answer.status} for ${id}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A new demo conversation, from its own address, holding one visitor message: its id. */
export async function inquiry(text) {
  const octet = () => Math.floor(Math.random() * 250);
  const ip = { 'CF-Connecting-IP': `198.19.${octet()}.${octet()}` };
  const created = await postJson('/v1/clinics/demo/conversations', {}, ip);
  if (created.status !== 201) throw new Error(`create: ${JSON.stringify(created.body)}`);
  const { conversation_id: id, visitor_token: token } = created.body;
  const sent = await postJson(`/v1/conversations/${id}/messages`,
    { client_msg_id: crypto.randomUUID(), text }, { ...ip, Authorization: `Bearer ${token}` });
  if (sent.status !== 201) throw new Error(`send: ${JSON.stringify(sent.body)}`);
  return id;
}

/** Polls `check` until it returns something truthy (its value), for state that arrives
 * through the queue or another page; throws after `timeoutMs`. */
export async function eventually(what, check, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
