// BENCHMARK FLOOR, NOT PRODUCT CODE. The smallest plain-JavaScript Durable Object relay
// that does the same shape of work as Frontdesk's message path (a POST into one object
// per conversation, stored in its SQLite storage, pushed to every socket of the
// conversation, one queue message), with no auth, validation, triage or rate limits.
// `cargo xtask bench` runs it under the same workerd, in the same run, as the baseline.
import { DurableObject } from 'cloudflare:workers';

export class FloorRoom extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    ctx.storage.sql.exec(
      'CREATE TABLE IF NOT EXISTS messages (seq INTEGER PRIMARY KEY, client_msg_id TEXT UNIQUE, author TEXT, text TEXT, sent_at TEXT)',
    );
  }

  async fetch(request) {
    if (request.headers.get('Upgrade') === 'websocket') {
      const [client, server] = Object.values(new WebSocketPair());
      this.ctx.acceptWebSocket(server);
      return new Response(null, { status: 101, webSocket: client });
    }
    const { client_msg_id: clientMsgId, text, author } = await request.json();
    const sql = this.ctx.storage.sql;
    const existing = sql.exec('SELECT seq, sent_at FROM messages WHERE client_msg_id = ?', clientMsgId).toArray();
    if (existing.length > 0) {
      return Response.json({ message: { seq: existing[0].seq, client_msg_id: clientMsgId, text, author } });
    }
    const sentAt = new Date().toISOString();
    const { seq } = sql.exec(
      'INSERT INTO messages (client_msg_id, author, text, sent_at) VALUES (?, ?, ?, ?) RETURNING seq',
      clientMsgId, author, text, sentAt,
    ).one();
    const message = { seq, author, text, client_msg_id: clientMsgId, sent_at: sentAt };
    const frame = JSON.stringify({ type: 'message', message });
    for (const socket of this.ctx.getWebSockets()) socket.send(frame);
    return Response.json({ message }, { status: 201 });
  }

  webSocketMessage() {}

  webSocketClose(socket) {
    socket.close(1000, 'closed');
  }
}

// Routes: POST /floor/{id}/messages?author=visitor|staff, GET /floor/{id}/live (WebSocket).
export default {
  async fetch(request, env) {
    const [, prefix, id, action] = new URL(request.url).pathname.split('/');
    if (prefix !== 'floor' || !id) return new Response('not found', { status: 404 });
    const room = env.ROOM.get(env.ROOM.idFromName(id));
    if (action === 'live') return room.fetch(request);
    if (action !== 'messages' || request.method !== 'POST') return new Response('not found', { status: 404 });
    const author = new URL(request.url).searchParams.get('author') ?? 'visitor';
    const body = await request.json();
    const response = await room.fetch('https://room/', {
      method: 'POST',
      body: JSON.stringify({ ...body, author }),
    });
    if (response.status === 201) await env.QUEUE.send({ conversation: id, author });
    return response;
  },

  async queue(batch) {
    batch.ackAll();
  },
};
