// The installable console: its manifest (standalone, starting at the console, with icons
// that load) and a service worker that keeps the shell and never an API answer: after a
// conversation was read through the controlled page, no cache holds a /v1/ URL or the
// conversation's words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BASE, CANARY, inquiry, launch, watch, Console } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the console installs: manifest, icons, and a shell-only service worker', async () => {
  const tag = randomUUID().slice(0, 8);
  const id = await inquiry(`Installed console ${tag}: is the clinic open on Monday? ${CANARY}`);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const problems = watch(page, 'console');
  const console_ = new Console(page);
  await console_.signIn('admin@demo.test');
  await console_.liveStatus('live').waitFor({ timeout: 15_000 });

  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    const response = await fetch(link.href);
    const body = await response.json();
    const icons = await Promise.all(body.icons.map(async (icon) => {
      const answer = await fetch(new URL(icon.src, link.href));
      return { status: answer.status, type: answer.headers.get('content-type'), declared: icon.type };
    }));
    return { body, icons, start: new URL(body.start_url, link.href).pathname };
  });
  assert.equal(manifest.body.display, 'standalone');
  assert.equal(manifest.start, '/console/');
  assert.ok(manifest.icons.some((icon) => icon.declared === 'image/png'), 'a PNG icon');
  for (const icon of manifest.icons) {
    assert.equal(icon.status, 200);
    assert.ok(icon.type.startsWith(icon.declared), `${icon.type} is ${icon.declared}`);
  }

  // The worker controls the page before the conversation is read.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Opened by its link rather than its row: in a full run, rows that other suites' work
  // raises (escalations, emergencies) can push this routine row out of the list.
  await page.goto(`${BASE}/console/#/conversations/${id}`);
  await console_.threadMessage(`Installed console ${tag}`).waitFor({ timeout: 15_000 });
  await console_.visitorSummary().waitFor();

  const cached = await page.evaluate(async () => {
    const entries = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const type = response.headers.get('content-type') ?? '';
        const text = type.startsWith('image/') || type.includes('wasm') ? '' : await response.text();
        entries.push({ url: request.url, text });
      }
    }
    return entries;
  });
  const paths = cached.map((entry) => new URL(entry.url).pathname);
  for (const shell of ['/console/', '/console/frontdesk_console_bg.wasm', '/console/console.css']) {
    assert.ok(paths.includes(shell), `the shell's ${shell} is kept: ${paths.join(', ')}`);
  }
  assert.deepEqual(paths.filter((path) => !path.startsWith('/console/') || path.includes('/v1/')), [],
    'nothing outside the console shell');
  assert.deepEqual(cached.filter((entry) => entry.text.includes(tag) || entry.text.includes(CANARY))
    .map((entry) => entry.url), [], 'no patient words in any cache');

  assert.deepEqual(problems, []);
  await context.close();
});
