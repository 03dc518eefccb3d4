// Files from the widget: a phone photo with GPS in its EXIF reaches the clinic without it,
// a program renamed .jpg is refused with a clear line, and a file goes through the outbox
// like text (queued offline, sent once when back, cancelled before it leaves). Then issue
// 21's whole path: a visitor's photo from the widget shows in the console, staff reply
// with the aftercare PDF, and the visitor opens it from the widget. The upload and open
// code is fetched on first use (/widget/lazy/attach.js), not with the panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE, CANARY, getJson, launch, signedInConsole, staffToken, visibleTo, watch, Widget } from './browser.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)),
  '../../domain/tests/fixtures/attachments');
const GPS_JPG = fs.readFileSync(path.join(FIXTURES, 'gps.jpg'));
// The same image as the edge stores it: no EXIF (domain/tests/fixtures/attachments/make.py).
const PHOTO_JPG = fs.readFileSync(path.join(FIXTURES, 'photo.jpg'));
const AFTERCARE_PDF = fs.readFileSync(path.join(FIXTURES, 'aftercare.pdf'));
// A Windows program's first bytes ('MZ', the DOS stub's message), named like a photo.
const PROGRAM = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
  Buffer.alloc(56), Buffer.from('This program cannot be run in DOS mode.\r\r\n$')]);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The conversation the widget holds: `{ conversation_id, visitor_token }`. */
function saved(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('frontdesk:v1:demo')));
}

/** The visitor's messages in the clinic's copy that carry files. */
async function withFiles(token, id) {
  const listed = await getJson(`/v1/staff/conversations/${id}/messages`, token);
  return listed.messages.filter((message) => message.author === 'visitor' && message.attachments?.length);
}

const photo = (name, buffer = GPS_JPG) => ({ name, mimeType: 'image/jpeg', buffer });

/** A visitor in a new context who opened the widget and sent `words`, once it is sent. */
async function visitorSaid(words) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'widget');
  await page.goto(`${BASE}/`);
  const widget = new Widget(page);
  await widget.open();
  const text = `${words} ${CANARY} ${Date.now()}`;
  await widget.say(text);
  const sent = page.locator('[data-delivery="sent"]');
  await widget.messages('visitor').filter({ hasText: text }).and(sent).waitFor();
  const { conversation_id: id } = await saved(page);
  return { context, page, problems, widget, text, sent, id };
}

test('a photo is sent without its GPS, a disguised program is refused, and files wait offline like text', async () => {
  const { context, page, problems, widget, text, sent, id } = await visitorSaid('Is this healing normally?');
  // The attachment code is not part of the panel: nothing fetched it yet.
  const lazyCode = () => page.evaluate(() => performance.getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/widget/lazy/')).length);
  assert.equal(await lazyCode(), 0);

  // The photo: uploaded, then sent as a message of its own.
  await widget.attachInput().setInputFiles(photo('wound.jpg'));
  const carrying = widget.visitorMessagesWithAttachment();
  await carrying.and(sent).waitFor({ timeout: 20_000 });
  assert.equal(await widget.attachmentOf(carrying).getAttribute('data-type'), 'image/jpeg');
  assert.equal(await lazyCode(), 1, 'fetched once, on first use');

  // The clinic's copy carries it, and its stored bytes have no EXIF (so no GPS).
  await visibleTo('admin@demo.test', id);
  const admin = await staffToken('admin@demo.test');
  const [message] = await withFiles(admin, id);
  assert.equal(message.attachments.length, 1);
  const attachment = message.attachments[0];
  assert.equal(attachment.content_type, 'image/jpeg');
  const link = await getJson(`/v1/staff/conversations/${id}/attachments/${attachment.id}`, admin);
  const stored = Buffer.from(await (await fetch(link.url)).arrayBuffer());
  assert.ok(GPS_JPG.includes(Buffer.from('Exif\0\0')), 'the fixture has EXIF');
  assert.ok(!stored.includes(Buffer.from('Exif\0\0', 'latin1')), 'the stored photo has none');
  assert.ok(stored.equals(PHOTO_JPG), 'the image itself is untouched');

  // The visitor opens it from the bubble: a new tab on the signed link, shown inline.
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    widget.attachmentOf(carrying).click(),
  ]);
  await tab.waitForURL(/\/v1\/attachments\//);
  const shown = await tab.evaluate(() => document.contentType);
  assert.equal(shown, 'image/jpeg');
  await tab.close();
  const audit = await getJson('/v1/admin/audit-log', admin);
  const viewers = audit.entries
    .filter((entry) => entry.action === 'attachment_viewed' && entry.conversation_id === id)
    .map((entry) => entry.actor);
  assert.ok(viewers.includes('visitor'), JSON.stringify(viewers));

  // A program renamed .jpg: the edge refuses it by its bytes and the visitor reads why.
  await widget.attachInput().setInputFiles(photo('photo.jpg', PROGRAM));
  const error = widget.error();
  await error.filter({ hasText: 'only photos (JPEG, PNG, WebP, HEIC) and PDF documents' }).waitFor({ timeout: 20_000 });
  const refused = widget.messages('visitor').and(page.locator('[data-delivery="failed"]'));
  assert.equal(await widget.textOf(refused).textContent(), 'photo.jpg');
  await widget.cancelOf(refused).click();
  await refused.waitFor({ state: 'detached' });

  // Offline: one file waits and goes once the connection is back; one is cancelled first.
  await context.setOffline(true);
  await widget.attachInput().setInputFiles(photo('later.jpg'));
  const waiting = (name) => widget.messages('visitor')
    .and(page.locator('[data-file]')).filter({ hasText: name });
  await waiting('later.jpg').and(page.locator('[data-delivery="queued"]')).waitFor({ timeout: 15_000 });
  // Not in the stored outbox: a reload can't send bytes the page no longer has.
  assert.equal((await saved(page)).outbox, undefined);
  await widget.attachInput().setInputFiles(photo('never.jpg'));
  await waiting('never.jpg').and(page.locator('[data-delivery="queued"]')).waitFor({ timeout: 15_000 });
  await widget.cancelOf(waiting('never.jpg')).click();
  await waiting('never.jpg').waitFor({ state: 'detached' });
  await context.setOffline(false);
  await waiting('later.jpg').waitFor({ state: 'detached', timeout: 30_000 });
  await carrying.nth(1).and(sent).waitFor({ timeout: 20_000 });
  // Let a late retry show itself if there were one.
  await page.waitForTimeout(1_500);
  const files = await withFiles(admin, id);
  assert.equal(files.length, 2, 'the first photo and the one sent after the outage, once each');
  assert.equal(await carrying.count(), 2);

  const unexpected = problems.filter((problem) =>
    !/ERR_INTERNET_DISCONNECTED|WebSocket|Failed to fetch|net::|status of 415/.test(problem));
  assert.deepEqual(unexpected, []);
  await context.close();
});

test('issue 21: a visitor sends a photo from the widget, staff see it and reply with a PDF, the visitor opens it', async () => {
  const { context, page, problems, widget, text, sent, id } = await visitorSaid('Does this look infected?');

  // The visitor's photo, from the widget.
  await widget.attachInput().setInputFiles(photo('wound.jpg'));
  const carrying = widget.visitorMessagesWithAttachment();
  await carrying.and(sent).waitFor({ timeout: 20_000 });

  // Staff see it in the console: the thumbnail is the stored photo, without its EXIF.
  await visibleTo('admin@demo.test', id);
  const staff = await signedInConsole(browser, 'admin@demo.test', 'console');
  await staff.page.goto(`${BASE}/console/#/conversations/${id}`);
  await staff.console_.threadMessage(text).waitFor({ timeout: 20_000 });
  await staff.console_.threadPhotoDrawn({ timeout: 20_000 });
  const src = await staff.console_.threadPhotoImage().getAttribute('src');
  assert.ok(Buffer.from(await (await fetch(src)).arrayBuffer()).equals(PHOTO_JPG));

  // They reply with the aftercare sheet.
  await staff.console_.replyAttach().setInputFiles(
    { name: 'aftercare.pdf', mimeType: 'application/pdf', buffer: AFTERCARE_PDF });
  await staff.console_.replyFile().filter({ hasText: 'aftercare.pdf' }).waitFor({ timeout: 15_000 });
  await staff.console_.replySendButton().click();
  await staff.console_.replyFile().waitFor({ state: 'detached', timeout: 15_000 });

  // The reply reaches the widget live with its document, and the visitor opens it: a new
  // tab on the signed link, which serves the same bytes as a download (chromium reports a
  // download from a `noopener` tab on the page that opened it).
  const document_ = widget.attachmentOf(widget.messages('staff'), 'application/pdf');
  await document_.waitFor({ timeout: 20_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    document_.click(),
  ]);
  assert.ok(fs.readFileSync(await download.path()).equals(AFTERCARE_PDF));
  const admin = await staffToken('admin@demo.test');
  const audit = await getJson('/v1/admin/audit-log', admin);
  assert.ok(audit.entries.some((entry) => entry.action === 'attachment_viewed'
    && entry.conversation_id === id && entry.actor === 'visitor'), 'the visitor\'s view is audited');

  assert.deepEqual(problems, []);
  assert.deepEqual(staff.problems.filter((problem) => !/status of 4\d\d/.test(problem)), []);
  await staff.context.close();
  await context.close();
});
