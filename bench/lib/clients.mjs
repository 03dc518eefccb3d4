// Clients for the benchmarks: Frontdesk's visitor and staff API, and the floor relay.
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

/** A routine message: no escalation, no automatic reply, the ordinary path. */
export const ROUTINE_TEXT = 'Could I move my appointment to next Tuesday afternoon please?';

/** The n-th distinct fake client address (198.18.0.0/15 is for benchmarks, RFC 2544). */
export function clientIp(n) {
  return `198.18.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
}

async function json(response, what) {
  const body = await response.text();
  if (!response.ok) throw new Error(`${what}: ${response.status} ${body.slice(0, 200)}`);
  return JSON.parse(body);
}

/**
 * A live socket; `waitFor(predicate)` resolves with the arrival time (performance.now())
 * of the first later event it accepts.
 */
export function liveSocket(url, protocols) {
  const ws = new WebSocket(url, protocols);
  const waiters = new Set();
  const events = [];
  ws.on('message', (data) => {
    const at = performance.now();
    const event = JSON.parse(data.toString());
    events.push(event);
    for (const waiter of waiters) {
      if (waiter.predicate(event)) {
        waiters.delete(waiter);
        waiter.resolve(at);
      }
    }
  });
  const opened = new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return {
    ws,
    events,
    opened,
    waitFor(predicate) {
      return new Promise((resolve) => waiters.add({ predicate, resolve }));
    },
    close() {
      ws.close(1000);
    },
  };
}

/** Frontdesk's visitor and staff calls against `base`. */
export class Frontdesk {
  constructor(base, clinic = 'demo') {
    this.base = base;
    this.ws = base.replace(/^http/, 'ws');
    this.clinic = clinic;
  }

  async conversation(ip) {
    const response = await fetch(`${this.base}/v1/clinics/${this.clinic}/conversations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
      body: '{}',
    });
    const { conversation_id: id, visitor_token: token } = await json(response, 'create conversation');
    return { id, token, ip };
  }

  async staffToken(email = 'admin@demo.test') {
    const response = await fetch(`${this.base}/v1/staff/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'demo-password' }),
    });
    return (await json(response, 'staff sign-in')).token;
  }

  /** Sends a visitor message; returns the HTTP status and the parsed body. */
  async visitorSend(conversation, text, clientMsgId = randomUUID()) {
    const response = await fetch(`${this.base}/v1/conversations/${conversation.id}/messages`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'CF-Connecting-IP': conversation.ip,
        Authorization: `Bearer ${conversation.token}`,
      },
      body: JSON.stringify({ client_msg_id: clientMsgId, text }),
    });
    const body = await response.text();
    return { status: response.status, body, retryAfter: response.headers.get('Retry-After') };
  }

  async staffSend(staffToken, conversationId, text, clientMsgId = randomUUID()) {
    const response = await fetch(`${this.base}/v1/staff/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${staffToken}` },
      body: JSON.stringify({ client_msg_id: clientMsgId, text }),
    });
    const body = await response.text();
    return { status: response.status, body };
  }

  async messages(conversation) {
    const response = await fetch(`${this.base}/v1/conversations/${conversation.id}/messages`, {
      headers: { 'CF-Connecting-IP': conversation.ip, Authorization: `Bearer ${conversation.token}` },
    });
    return (await json(response, 'list messages')).messages;
  }

  visitorSocket(conversation) {
    return liveSocket(`${this.ws}/v1/conversations/${conversation.id}/live`, [
      'frontdesk', `bearer.${conversation.token}`,
    ]);
  }

  staffSocket(staffToken, conversationId) {
    return liveSocket(`${this.ws}/v1/staff/conversations/${conversationId}/live`, [
      'frontdesk', `bearer.${staffToken}`,
    ]);
  }
}

/** The floor relay (bench/floor/worker.js): same shape of calls, none of the work. */
export class Floor {
  constructor(base) {
    this.base = base;
    this.ws = base.replace(/^http/, 'ws');
  }

  async send(id, author, text, clientMsgId = randomUUID()) {
    const response = await fetch(`${this.base}/floor/${id}/messages?author=${author}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_msg_id: clientMsgId, text }),
    });
    const body = await response.text();
    return { status: response.status, body };
  }

  socket(id) {
    return liveSocket(`${this.ws}/floor/${id}/live`, []);
  }
}
