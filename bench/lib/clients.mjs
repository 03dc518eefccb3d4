// Clients for the benchmarks: Frontdesk's visitor and staff API, and the floor relay.
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

/** A routine message: no escalation, no automatic reply, the ordinary path. */
export const ROUTINE_TEXT = 'Could I move my appointment to next Tuesday afternoon please?';

/** The n-th distinct fake client address (198.18.0.0/15 is for benchmarks, RFC 2544). */
export function clientIp(n) {
  return `198.18.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`;
}

/**
 * `fetch` that reports a dropped connection as status 0 instead of throwing, so a load
 * generator can retry it the way a real client would (same client_msg_id).
 */
async function send(url, init) {
  try {
    const response = await fetch(url, init);
    return { status: response.status, body: await response.text(), retryAfter: response.headers.get('Retry-After') };
  } catch (error) {
    return { status: 0, body: String(error.cause ?? error), retryAfter: null };
  }
}

/** The JSON body of a call that must succeed; a dropped keep-alive connection is retried. */
async function json(url, init, what) {
  for (let attempt = 1; ; attempt += 1) {
    const { status, body } = await send(url, init);
    if (status === 0 && attempt < 3) continue;
    if (status < 200 || status > 299) throw new Error(`${what}: ${status} ${body.slice(0, 200)}`);
    return JSON.parse(body);
  }
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
  // A permanent handler: a second error (or one after opening) must not crash the run.
  let failed = null;
  ws.on('error', (error) => { failed = error; });
  const opened = new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('close', () => reject(failed ?? new Error('socket closed before opening')));
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
    const { conversation_id: id, visitor_token: token } = await json(`${this.base}/v1/clinics/${this.clinic}/conversations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
      body: '{}',
    }, 'create conversation');
    return { id, token, ip };
  }

  async staffToken(email = 'admin@demo.test') {
    const session = await json(`${this.base}/v1/staff/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'demo-password' }),
    }, 'staff sign-in');
    return session.token;
  }

  /** Sends a visitor message; returns the HTTP status and the parsed body. */
  async visitorSend(conversation, text, clientMsgId = randomUUID()) {
    return send(`${this.base}/v1/conversations/${conversation.id}/messages`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'CF-Connecting-IP': conversation.ip,
        Authorization: `Bearer ${conversation.token}`,
      },
      body: JSON.stringify({ client_msg_id: clientMsgId, text }),
    });
  }

  async staffSend(staffToken, conversationId, text, clientMsgId = randomUUID()) {
    return send(`${this.base}/v1/staff/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${staffToken}` },
      body: JSON.stringify({ client_msg_id: clientMsgId, text }),
    });
  }

  async messages(conversation) {
    const listed = await json(`${this.base}/v1/conversations/${conversation.id}/messages`, {
      headers: { 'CF-Connecting-IP': conversation.ip, Authorization: `Bearer ${conversation.token}` },
    }, 'list messages');
    return listed.messages;
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
    return send(`${this.base}/floor/${id}/messages?author=${author}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_msg_id: clientMsgId, text }),
    });
  }

  socket(id) {
    return liveSocket(`${this.ws}/floor/${id}/live`, []);
  }
}
