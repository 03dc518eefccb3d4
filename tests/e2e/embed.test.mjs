// Embedding as webmasters do it: the window.Frontdesk API (queued before the loader runs),
// data attributes, a doubled script tag and a single-page app that re-renders <body>.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, CANARY, launch, watch, Widget } from './browser.mjs';
import { DemoSpa } from './pages/demo_site.mjs';
import { WIDGET_SELECTORS } from './pages/widget.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Serves `body` as an HTML page on the test server's origin (an allowed origin). */
async function pageWith(context, path, body) {
  const page = await context.newPage();
  await page.route(`${BASE}${path}`, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(`${BASE}${path}`);
  return page;
}

const events = (page) => page.evaluate(() => window.__events);

test('API calls made before the loader runs are queued and replayed; events reach listeners', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'api');
  // The documented stub, then calls a page makes before widget.js has loaded.
  await page.addInitScript(() => {
    window.__events = [];
    window.Frontdesk = window.Frontdesk || { q: [] };
    ['open', 'close', 'toggle', 'identify', 'setLanguage', 'on'].forEach((name) => {
      Frontdesk[name] = Frontdesk[name] || ((...args) => Frontdesk.q.push([name, args]));
    });
    Frontdesk.on('open', () => window.__events.push('open'));
    Frontdesk.on('close', () => window.__events.push('close'));
    Frontdesk.on('message', (message) => window.__events.push(`message:${message.author}:${message.seq}`));
    Frontdesk.setLanguage('de');
    Frontdesk.identify({ name: 'Ana Test', email: 'ana@example.test' });
    Frontdesk.open();
  });
  await page.goto(`${BASE}/`);
  const widget = new Widget(page);
  await widget.panel.waitFor({ state: 'visible' });
  assert.equal(await widget.panel.getAttribute('lang'), 'de');
  assert.equal((await widget.send.textContent()).trim(), 'Senden');
  assert.equal(await widget.launcher.getAttribute('aria-expanded'), 'true');
  await page.waitForFunction(() => window.__events.includes('open'));

  await page.evaluate(() => Frontdesk.close());
  await widget.panel.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => window.__events.includes('close'));
  await page.evaluate(() => Frontdesk.toggle());
  await widget.panel.waitFor({ state: 'visible' });

  // setLanguage after load switches every string at once.
  await page.evaluate(() => Frontdesk.setLanguage('fr-CA'));
  await page.waitForFunction((send) => document.querySelector('frontdesk-widget')
    .shadowRoot.querySelector(send).textContent.trim() === 'Envoyer', WIDGET_SELECTORS.send);

  await widget.say(`Wo kann ich parken? ${CANARY}`);
  await page.waitForFunction(() => window.__events.some((event) => event.startsWith('message:visitor:')));
  assert.deepEqual((await events(page)).slice(0, 3), ['open', 'close', 'open']);
  // Each message is reported once.
  const reported = (await events(page)).filter((event) => event.startsWith('message:'));
  assert.equal(new Set(reported).size, reported.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('data attributes set colour, readable text, position, language and open-on-load', async () => {
  const context = await browser.newContext();
  const page = await pageWith(context, '/embed-attributes', `<!doctype html><html lang="en"><body>
    <p>Attributes</p>
    <script src="/widget.js" data-clinic="demo" data-color="#ffeb3b" data-position="left"
      data-language="es" data-open-on-load async></script></body></html>`);
  const widget = new Widget(page);
  await widget.panel.waitFor({ state: 'visible' });
  assert.equal(await widget.panel.getAttribute('lang'), 'es');
  assert.equal((await widget.send.textContent()).trim(), 'Enviar');
  const launcher = await widget.launcher.evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, color: style.color, left: el.getBoundingClientRect().left };
  });
  assert.equal(launcher.background, 'rgb(255, 235, 59)');
  // Yellow needs dark text for 4.5:1 (the server's rule, domain::theme, which the
  // loader follows).
  assert.equal(launcher.color, 'rgb(0, 0, 0)');
  assert.ok(launcher.left < 100, `launcher on the left, at x=${launcher.left}`);
  await context.close();
});

test('a second script tag does not create a second widget', async () => {
  const context = await browser.newContext();
  const page = await pageWith(context, '/embed-twice', `<!doctype html><html lang="en"><body>
    <script src="/widget.js" data-clinic="demo" async></script>
    <script src="/widget.js" data-clinic="demo" async></script>
    <script src="/widget.js?again" data-clinic="demo"></script></body></html>`);
  const widget = new Widget(page);
  await widget.launcher.waitFor({ state: 'visible' });
  await page.waitForLoadState('load');
  assert.equal(await page.locator('frontdesk-widget').count(), 1);
  assert.equal(await widget.launcher.count(), 1);
  await widget.open();
  assert.equal(await widget.panel.count(), 1);
  await context.close();
});

test('the widget survives pushState navigation that re-renders the whole body', async () => {
  // Tall enough that the open panel leaves the app's navigation clickable.
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const problems = watch(page, 'spa');
  await page.goto(`${BASE}/spa`);
  const spa = new DemoSpa(page);
  const widget = new Widget(page);
  await widget.open();
  const text = `Asked from the portal ${CANARY} ${Date.now()}`;
  await widget.say(text);
  await widget.messages('visitor').filter({ hasText: text }).and(page.locator('[data-delivery="sent"]')).waitFor();

  for (const [link, title] of [['Appointments', 'Appointments'], ['Billing', 'Billing']]) {
    await page.locator('nav a', { hasText: link }).click();
    await spa.title(title).waitFor();
    // Each view carried its own script tag; still one widget, still open, same conversation.
    assert.equal(await page.locator('frontdesk-widget').count(), 1);
    await widget.panel.waitFor({ state: 'visible' });
    assert.equal(await widget.messages('visitor').filter({ hasText: text }).count(), 1);
  }
  assert.match(page.url(), /\/spa\/billing$/);
  await page.goBack();
  await spa.title('Appointments').waitFor();
  assert.equal(await page.locator('frontdesk-widget').count(), 1);
  assert.equal(await widget.messages('visitor').filter({ hasText: text }).count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the widget fetches nothing before the host page has painted', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A slow stylesheet holds the page's first paint back while the async loader runs, so a
  // loader that fetched at once would be caught every time.
  await page.route(`${BASE}/site.css`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await page.goto(`${BASE}/`);
  // The prefetch of the panel's code is the loader's last request before any interaction.
  await page.waitForFunction(() => performance.getEntriesByType('resource')
    .some((entry) => entry.name.endsWith('_bg.wasm')));
  const { painted, fetched } = await page.evaluate(() => ({
    painted: performance.getEntriesByName('first-paint')[0]?.startTime,
    fetched: performance.getEntriesByType('resource')
      .filter((entry) => /widget-config|\/widget\//.test(entry.name))
      .map((entry) => [new URL(entry.name).pathname, entry.startTime]),
  }));
  assert.ok(painted > 0, 'the page reports its first paint');
  assert.ok(fetched.some(([path]) => path.endsWith('/widget-config')), 'the config was fetched');
  for (const [path, started] of fetched) {
    assert.ok(started >= painted, `${path} was requested at ${started} ms, before the first paint at ${painted} ms`);
  }
  await context.close();
});
