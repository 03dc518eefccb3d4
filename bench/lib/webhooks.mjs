// Inbound channel webhooks as the providers send them, signed the way each documents
// (CONTRACT.md, "Channels"): Twilio's SMS webhook (form-encoded, X-Twilio-Signature) and
// Meta's WhatsApp Cloud API `messages` webhook (JSON, X-Hub-Signature-256). The bodies
// have the shape the provider sandbox sends (sandbox/src/twilio.rs, sandbox/src/meta.rs);
// the signatures are computed here, with node:crypto, from the secrets the worker reads.
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './root.mjs';

/** The demo clinic's public channel ids (CONTRACT.md's dev seed, clinics/demo.toml). */
const TWILIO_ACCOUNT_SID = 'ACdev00000000000000000000000000000';
const CLINIC_NUMBER = '+15550100100';
const WHATSAPP_PHONE_NUMBER_ID = '100200300';
const WHATSAPP_BUSINESS_ACCOUNT_ID = '102290129340398';

/** A secret from edge/.dev.vars: the value the worker verifies with in dev. */
function devSecret(name) {
  const vars = fs.readFileSync(path.join(ROOT, 'edge/.dev.vars'), 'utf8');
  const line = vars.split('\n').find((candidate) => candidate.startsWith(`${name}=`));
  if (!line) throw new Error(`edge/.dev.vars has no ${name}`);
  return line.slice(name.length + 1).trim().replace(/^"(.*)"$/, '$1');
}

/** The n-th distinct patient number (+1 555 2xx xxxx: fictional, not the clinic's own). */
export function patientNumber(n) {
  return `+1555${2_000_000 + (n % 1_000_000)}`;
}

/**
 * Twilio's request signature: base64 HMAC-SHA1, keyed with the auth token, of the full
 * URL followed by each POST parameter's name and value, sorted by name.
 */
export function twilioSignature(authToken, url, params) {
  const data = [...params]
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : (a < b ? -1 : 1)))
    .reduce((text, [name, value]) => text + name + value, url);
  return createHmac('sha1', authToken).update(data).digest('base64');
}

/** Meta's `X-Hub-Signature-256`: hex HMAC-SHA256 of the raw body, keyed with the app secret. */
export function metaSignature(appSecret, body) {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/** POSTs and reports a dropped connection as status 0, like clients.mjs's `send`. */
export async function post({ url, init }) {
  try {
    const response = await fetch(url, init);
    return { status: response.status, body: await response.text() };
  } catch (error) {
    return { status: 0, body: String(error.cause ?? error) };
  }
}

/** The same request with its signature header replaced by a wrong one (the 403 path). */
export function wronglySigned({ url, init }, header) {
  return { url, init: { ...init, headers: { ...init.headers, [header]: 'sha256=00' } } };
}

/** Signed Twilio SMS webhooks to the demo clinic at `base`. */
export class TwilioSms {
  static SIGNATURE_HEADER = 'X-Twilio-Signature';

  constructor(base, clinic = 'demo') {
    this.url = `${base}/v1/channels/${clinic}/twilio`;
    this.authToken = devSecret('TWILIO_AUTH_TOKEN');
  }

  signed(params) {
    return {
      url: this.url,
      init: {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          [TwilioSms.SIGNATURE_HEADER]: twilioSignature(this.authToken, this.url, params),
        },
        body: new URLSearchParams(params).toString(),
      },
    };
  }

  /** The patient at `from` texts `text` (a new MessageSid: a new message, not a redelivery). */
  message(from, text) {
    const sid = `SM${randomBytes(16).toString('hex')}`;
    return this.signed([
      ['ToCountry', 'US'], ['SmsMessageSid', sid], ['NumMedia', '0'], ['SmsSid', sid],
      ['SmsStatus', 'received'], ['Body', text], ['To', CLINIC_NUMBER], ['NumSegments', '1'],
      ['MessageSid', sid], ['AccountSid', TWILIO_ACCOUNT_SID], ['From', from],
      ['ApiVersion', '2010-04-01'],
    ]);
  }

  /** A `delivered` status callback that names no message of ours (nothing to update). */
  status(to) {
    const sid = `SM${randomBytes(16).toString('hex')}`;
    return this.signed([
      ['SmsSid', sid], ['SmsStatus', 'delivered'], ['MessageStatus', 'delivered'], ['To', to],
      ['MessageSid', sid], ['AccountSid', TWILIO_ACCOUNT_SID], ['From', CLINIC_NUMBER],
      ['ApiVersion', '2010-04-01'],
    ]);
  }

  send(from, text) {
    return post(this.message(from, text));
  }
}

/** Signed WhatsApp Cloud API webhooks to the demo clinic at `base`. */
export class WhatsApp {
  static SIGNATURE_HEADER = 'X-Hub-Signature-256';

  constructor(base, clinic = 'demo') {
    this.url = `${base}/v1/channels/${clinic}/whatsapp`;
    this.appSecret = devSecret('META_APP_SECRET');
  }

  /** The documented envelope around one change's `value`, signed. */
  signed(value) {
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ id: WHATSAPP_BUSINESS_ACCOUNT_ID, changes: [{ field: 'messages', value }] }],
    });
    return {
      url: this.url,
      init: {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          [WhatsApp.SIGNATURE_HEADER]: metaSignature(this.appSecret, body),
        },
        body,
      },
    };
  }

  static metadata() {
    return { display_phone_number: CLINIC_NUMBER.slice(1), phone_number_id: WHATSAPP_PHONE_NUMBER_ID };
  }

  /** The patient at `from` (E.164; WhatsApp ids drop the `+`) writes `text`. */
  message(from, text) {
    const waId = from.replace(/^\+/, '');
    return this.signed({
      messaging_product: 'whatsapp',
      metadata: WhatsApp.metadata(),
      contacts: [{ profile: { name: 'Bench patient' }, wa_id: waId }],
      messages: [{
        from: waId,
        id: `wamid.${randomBytes(24).toString('base64url')}`,
        timestamp: String(Math.floor(Date.now() / 1000)),
        text: { body: text },
        type: 'text',
      }],
    });
  }

  /** A `delivered` status of a message id we never sent (one lookup, nothing to update). */
  status(to) {
    return this.signed({
      messaging_product: 'whatsapp',
      metadata: WhatsApp.metadata(),
      statuses: [{
        id: `wamid.${randomBytes(24).toString('base64url')}`,
        status: 'delivered',
        timestamp: String(Math.floor(Date.now() / 1000)),
        recipient_id: to.replace(/^\+/, ''),
      }],
    });
  }

  send(from, text) {
    return post(this.message(from, text));
  }
}
