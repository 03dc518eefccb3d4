// The console in German, in real chromium: after switching with the top bar's picker, the
// inbox and an opened thread show no English word of the console's string table. The table
// is read whole from console-strings.json (a native test in console/src/i18n keeps that file
// equal to the Rust table), so a string added in English only is caught here, with no list
// of words to keep in step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, eventually, inquiry, launch, staffToken, visibleTo, watch, Console } from './browser.mjs';

const TABLE = JSON.parse(readFileSync(new URL('./console-strings.json', import.meta.url), 'utf8'));

// What patients, staff and the server wrote, not the console: left out of the check.
const CONTENT = [
  '.message-text', '.row-preview', '.row-visitor', '.label-chip', '.history-preview',
  '.note-text', '.page-url', '.staff-name', '.channel-address', '.message-author',
  '.template-title', '.template-preview',
].join(',');

/** Every English value of the table that German words differently, as a matcher for a whole
 * text (a `{}` stands for any value) and, for sentences, for any part of one. */
function englishMatchers() {
  const german = new Set(Object.values(TABLE.de));
  return Object.entries(TABLE.en)
    .filter(([key, text]) => TABLE.de[key] !== text && !german.has(text))
    .map(([key, text]) => {
      const pattern = text.split('{}').map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('.+');
      const sentence = !text.includes('{}') && text.split(' ').length >= 3;
      return { key, text, whole: new RegExp(`^${pattern}$`), sentence };
    });
}

/** The page's own words: each visible element's direct text, and the aria-label, title and
 * placeholder of every element, outside patient and staff content. */
async function pageWords(page) {
  return page.evaluate((content) => {
    const words = [];
    const clean = (text) => text.replace(/\s+/g, ' ').trim();
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest(content)) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(attribute);
        if (value && !(attribute === 'title' && element.matches('.inbox-row'))) {
          words.push(clean(value));
        }
      }
      if (!element.checkVisibility()) continue;
      const own = clean([...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent).join(' '));
      if (own) words.push(own);
    }
    return words.filter(Boolean);
  }, CONTENT);
}

function englishIn(words) {
  const found = [];
  for (const matcher of englishMatchers()) {
    const hit = words.find((text) => matcher.whole.test(text) || (matcher.sentence && text.includes(matcher.text)));
    if (hit !== undefined) found.push(`${matcher.key}: ${JSON.stringify(hit)}`);
  }
  return found;
}

/** Stores `email`'s console language (null: none) through the API, as its owner. */
async function setLanguage(email, language) {
  const token = await staffToken(email);
  const answer = await fetch(`${BASE}/v1/staff/me/language`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Origin: BASE },
    body: JSON.stringify({ language }),
  });
  const body = await answer.text();
  assert.equal(answer.status, 200, body);
  return JSON.parse(body);
}

let browser;
before(async () => { browser = await launch(); });
after(async () => {
  // The picker keeps the choice with the account: the tests after these expect English.
  await setLanguage('admin@demo.test', null);
  await browser?.close();
});

test('switched to German, the inbox and an opened thread show no English string of the table', async () => {
  // Written so that no console string appears in it.
  const text = `Guten Tag, ich hätte gern einen Kontrolltermin ${Date.now()}.`;
  const id = await inquiry(text);
  await visibleTo('admin@demo.test', id);

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  const problems = watch(page, 'german console');
  const console_ = new Console(page);
  await console_.signIn('admin@demo.test');
  const row = console_.rowOf(id);
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  await console_.threadMessage(text).waitFor({ timeout: 15_000 });

  // The check finds English where there is English: the same screens before the switch.
  const before = englishIn(await pageWords(page));
  assert.ok(before.length > 40, `only ${before.length} English strings found in English: ${before}`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');

  await console_.languagePicker().selectOption('de');
  await page.locator('#inbox-title', { hasText: TABLE.de.inbox }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  // The open conversation stays open through the switch.
  await console_.threadMessage(text).waitFor({ timeout: 15_000 });
  await console_.liveStatus('live').waitFor({ timeout: 15_000 });
  await console_.claimButton().filter({ hasText: TABLE.de.claim }).waitFor();

  const inThread = await pageWords(page);
  assert.ok(inThread.includes(TABLE.de.internal_notes), 'the details panel is shown in German');
  assert.deepEqual(englishIn(inThread), []);

  // The choice stays for the next visit on this browser.
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.locator('#inbox-title', { hasText: TABLE.de.inbox }).waitFor({ timeout: 15_000 });
  await console_.threadMessage(text).waitFor({ timeout: 15_000 });
  assert.deepEqual(englishIn(await pageWords(page)), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a browser that prefers Spanish opens the sign-in screen in Spanish', async () => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  const problems = watch(page, 'spanish sign-in');
  await page.goto(`${new URL('/console/', process.env.FRONTDESK_BASE_URL)}`, { waitUntil: 'domcontentloaded' });
  const spanish = new Console(page);
  await spanish.signInButton().filter({ hasText: TABLE.es.sign_in }).waitFor({ timeout: 15_000 });
  assert.equal(await spanish.languagePicker().inputValue(), 'es');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a staff member set to Spanish sees the inbox in Spanish after signing in on a new device', async () => {
  const profile = await setLanguage('clinician@demo.test', 'es');
  assert.equal(profile.language, 'es');
  // A browser that prefers English and has never seen this console.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = await context.newPage();
  const problems = watch(page, 'spanish account');
  try {
    await page.goto(`${BASE}/console/`, { waitUntil: 'domcontentloaded' });
    const console_ = new Console(page);
    await console_.signInButton().filter({ hasText: TABLE.en.sign_in }).waitFor({ timeout: 15_000 });
    await console_.signIn('clinician@demo.test');
    await page.locator('#inbox-title', { hasText: TABLE.es.inbox }).waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('html').getAttribute('lang'), 'es');
    assert.equal(await console_.languagePicker().inputValue(), 'es');
    await console_.mineView().filter({ hasText: TABLE.es.view_mine }).waitFor();
    // Picking another language in the console keeps it with the account.
    await console_.languagePicker().selectOption('fr');
    await page.locator('#inbox-title', { hasText: TABLE.fr.inbox }).waitFor();
    const token = await staffToken('clinician@demo.test');
    await eventually('the account to keep French', async () => {
      const me = await (await fetch(`${BASE}/v1/staff/me`, { headers: { Authorization: `Bearer ${token}` } })).json();
      return me.language === 'fr';
    }, 10_000);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await setLanguage('clinician@demo.test', null);
  }
});
