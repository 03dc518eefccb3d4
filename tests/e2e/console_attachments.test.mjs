// Files in the console: a visitor's photo shows as a thumbnail drawn through a signed link
// on the console's own origin (its CSP's img-src 'self'), a click opens the full image,
// each view is audited; staff reply with a PDF that downloads, and the visitor gets the
// same bytes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE, CANARY, getJson, launch, postJson, signedInConsole, staffToken, visibleTo } from './browser.mjs';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)),
  '../../domain/tests/fixtures/attachments');
const GPS_JPG = fs.readFileSync(path.join(FIXTURES, 'gps.jpg'));
// The same image as the edge stores it: no EXIF (domain/tests/fixtures/attachments/make.py).
const PHOTO_JPG = fs.readFileSync(path.join(FIXTURES, 'photo.jpg'));
const AFTERCARE_PDF = fs.readFileSync(path.join(FIXTURES, 'aftercare.pdf'));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A new conversation whose visitor sent `text`, then a photo with GPS in its EXIF. */
async function visitorWithPhoto(text) {
  const octet = () => Math.floor(Math.random() * 250);
  const ip = { 'CF-Connecting-IP': `198.19.${octet()}.${octet()}` };
  const created = await postJson('/v1/clinics/demo/conversations', {}, ip);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const { conversation_id: id, visitor_token: token } = created.body;
  const auth = { ...ip, Authorization: `Bearer ${token}` };
  const first = await postJson(`/v1/conversations/${id}/messages`, { client_msg_id: crypto.randomUUID(), text }, auth);
  assert.equal(first.status, 201, JSON.stringify(first.body));
  const uploaded = await fetch(`${BASE}/v1/conversations/${id}/attachments`, {
    method: 'POST', headers: { ...auth, 'Content-Type': 'image/jpeg' }, body: GPS_JPG,
  });
  assert.equal(uploaded.status, 201);
  const attachment = (await uploaded.json()).attachment.id;
  const photo = await postJson(`/v1/conversations/${id}/messages`,
    { client_msg_id: crypto.randomUUID(), text: '', attachment_ids: [attachment] }, auth);
  assert.equal(photo.status, 201, JSON.stringify(photo.body));
  return { id, token };
}

test('staff see the photo in the thread, open it, and reply with a PDF the visitor downloads', async () => {
  const text = `Here is the photo of the wound ${CANARY} ${Date.now()}`;
  const { id, token } = await visitorWithPhoto(text);
  await visibleTo('admin@demo.test', id);
  const admin = await staffToken('admin@demo.test');
  const me = await getJson('/v1/staff/me', admin);
  const adminId = me.id ?? me.staff?.id;
  const viewsBy = async (actor) => (await getJson('/v1/admin/audit-log', admin)).entries
    .filter((entry) => entry.action === 'attachment_viewed' && entry.conversation_id === id
      && entry.actor === actor).length;

  const staff = await signedInConsole(browser, 'admin@demo.test', 'console');
  await staff.page.goto(`${BASE}/console/#/conversations/${id}`);
  await staff.console_.threadMessage(text).waitFor({ timeout: 20_000 });
  // The thumbnail is the stored photo, drawn (the console's CSP allows it).
  const thumb = staff.console_.threadPhotoImage();
  await thumb.waitFor({ timeout: 20_000 });
  await staff.console_.threadPhotoDrawn();
  const src = await thumb.getAttribute('src');
  assert.match(src, /\/v1\/attachments\/demo\/.+viewer=staff\./);
  const stored = Buffer.from(await (await fetch(src)).arrayBuffer());
  assert.ok(stored.equals(PHOTO_JPG), 'the photo without its EXIF');
  const afterThumb = await viewsBy(adminId);
  assert.ok(afterThumb >= 2, 'the thumbnail and the fetch above are audited');

  // A click opens the full image in a new tab, through a fresh link: one more view.
  const [tab] = await Promise.all([
    staff.context.waitForEvent('page'),
    staff.console_.threadPhoto().click(),
  ]);
  await tab.waitForURL(/\/v1\/attachments\//);
  assert.equal(await tab.evaluate(() => document.contentType), 'image/jpeg');
  await tab.close();
  assert.equal(await viewsBy(adminId), afterThumb + 1);

  // A program renamed .pdf is refused with the edge's words; nothing is staged.
  await staff.console_.replyAttach().setInputFiles(
    { name: 'form.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 not a document', 'latin1') });
  await staff.console_.replyAttachError().filter({ hasText: /\S/ }).waitFor({ timeout: 15_000 });
  assert.equal(await staff.console_.replyFile().count(), 0);

  // The reply carries the aftercare sheet, without words.
  await staff.console_.replyAttach().setInputFiles(
    { name: 'aftercare.pdf', mimeType: 'application/pdf', buffer: AFTERCARE_PDF });
  await staff.console_.replyFile().filter({ hasText: 'aftercare.pdf' }).waitFor({ timeout: 15_000 });
  await staff.console_.replySendButton().click();
  await staff.console_.replyFile().waitFor({ state: 'detached', timeout: 15_000 });
  const download = staff.console_.staffDocuments();
  await download.waitFor({ timeout: 15_000 });
  const [saved] = await Promise.all([staff.page.waitForEvent('download'), download.click()]);
  assert.ok(fs.readFileSync(await saved.path()).equals(AFTERCARE_PDF));

  // The visitor's copy carries it, and their link serves the same bytes as a download.
  const listed = await getJson(`/v1/conversations/${id}/messages?after=0`, token);
  const reply = listed.messages.find((message) => message.author === 'staff');
  assert.equal(reply.attachments[0].content_type, 'application/pdf');
  const link = await getJson(`/v1/conversations/${id}/attachments/${reply.attachments[0].id}`, token);
  const served = await fetch(link.url);
  assert.match(served.headers.get('content-disposition'), /^attachment/);
  assert.ok(Buffer.from(await served.arrayBuffer()).equals(AFTERCARE_PDF));
  assert.equal(await viewsBy('visitor'), 1);

  assert.deepEqual(staff.problems.filter((problem) => !/status of 4\d\d/.test(problem)), []);
  await staff.context.close();
});
