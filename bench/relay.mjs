// Relay latency over WebSockets: a message POSTed by one side until it arrives on the other
// side's live socket, visitor → staff and staff → visitor, one at a time, for Frontdesk
// (auth, validation, triage, rate limits, storage, fan-out, queue) and for the plain-JS
// floor relay under the same workerd in the same run. Target: median and p99 ≤ 1.5x floor.
// The same relay in Rust on the stock `worker` crate (bench/floor-rs) runs too, as a
// second baseline: what the relay costs once it is Rust compiled to wasm.
import { randomUUID } from 'node:crypto';
import { ROUTINE_TEXT, clientIp, Floor, Frontdesk } from './lib/clients.mjs';
import { PORT, STATE, numberFromEnv } from './lib/env.mjs';
import { fmt, median, percentile, progress, ratio, report, table, verdict } from './lib/report.mjs';
import { startFloor, startFrontdesk, startRustFloor } from './lib/servers.mjs';

const MESSAGES = numberFromEnv('FRONTDESK_BENCH_MESSAGES', 2000);
const WARMUP = 20;
const ROUNDS = numberFromEnv('FRONTDESK_BENCH_RELAY_ROUNDS', 4);
const TARGET = 1.5;

/** Sends `count` messages with `send(n)`, timing each until `socket` sees it. */
async function timeRelay(count, socket, send) {
  const latencies = [];
  for (let n = 0; n < count; n += 1) {
    const text = `${ROUTINE_TEXT} #${n}-${randomUUID().slice(0, 8)}`;
    const arrived = socket.waitFor((event) => event.type === 'message' && event.message.text === text);
    const started = performance.now();
    const sent = await send(text);
    if (sent.status !== 201) throw new Error(`send failed: ${sent.status} ${sent.body.slice(0, 200)}`);
    latencies.push((await arrived) - started);
  }
  return latencies;
}

/** Opens both sockets and warms both directions up; returns the relay to time. */
async function ready(label, { visitorSocket, staffSocket, toStaff, toVisitor }) {
  await Promise.all([visitorSocket.opened, staffSocket.opened]);
  await timeRelay(WARMUP, staffSocket, toStaff);
  await timeRelay(WARMUP, visitorSocket, toVisitor);
  return {
    label,
    visitorToStaff: [],
    staffToVisitor: [],
    round: async (count) => ({
      visitorToStaff: await timeRelay(count, staffSocket, toStaff),
      staffToVisitor: await timeRelay(count, visitorSocket, toVisitor),
    }),
    close: () => {
      visitorSocket.close();
      staffSocket.close();
    },
  };
}

async function frontdeskRelay(base) {
  const api = new Frontdesk(base);
  const conversation = await api.conversation(clientIp(1));
  const staff = await api.staffToken();
  return ready('frontdesk', {
    visitorSocket: api.visitorSocket(conversation),
    staffSocket: api.staffSocket(staff, conversation.id),
    toStaff: (text) => api.visitorSend(conversation, text),
    toVisitor: (text) => api.staffSend(staff, conversation.id, text),
  });
}

async function floorRelay(base, label) {
  const floor = new Floor(base);
  const id = randomUUID();
  return ready(label, {
    visitorSocket: floor.socket(id),
    staffSocket: floor.socket(id),
    toStaff: (text) => floor.send(id, 'visitor', text),
    toVisitor: (text) => floor.send(id, 'staff', text),
  });
}

/**
 * Times every relay in ROUNDS rounds, each starting with a different one, so a busy
 * spell on the shared machine weighs on all of them rather than on whichever ran then.
 */
async function timeAll(relays) {
  const perRound = Math.ceil(MESSAGES / ROUNDS);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let n = 0; n < relays.length; n += 1) {
      const relay = relays[(round + n) % relays.length];
      progress(`round ${round + 1}/${ROUNDS}: ${relay.label}, ${perRound} messages each way`);
      const times = await relay.round(perRound);
      relay.visitorToStaff.push(...times.visitorToStaff);
      relay.staffToVisitor.push(...times.staffToVisitor);
    }
  }
  for (const relay of relays) relay.close();
}

const stats = (values) => ({ p50: median(values), p99: percentile(values, 99), max: Math.max(...values) });

async function main() {
  const frontdeskServer = await startFrontdesk({ port: PORT, state: STATE });
  const floorServer = await startFloor({ port: PORT + 1, state: STATE });
  const rustFloorServer = await startRustFloor({ port: PORT + 3, state: STATE });
  try {
    const floor = await floorRelay(floorServer.url, 'floor');
    const rustFloor = await floorRelay(rustFloorServer.url, 'floor in Rust');
    const frontdesk = await frontdeskRelay(frontdeskServer.url);
    await timeAll([floor, rustFloor, frontdesk]);
    const rows = [];
    const summary = [];
    let allMet = true;
    for (const [key, label] of [['visitorToStaff', 'visitor → staff'], ['staffToVisitor', 'staff → visitor']]) {
      const ours = stats(frontdesk[key]);
      const base = stats(floor[key]);
      const met = ours.p50 <= TARGET * base.p50 && ours.p99 <= TARGET * base.p99;
      allMet &&= met;
      rows.push([`${label}: Frontdesk`, fmt(ours.p50, 2), fmt(ours.p99, 2), fmt(ours.max, 2), `${ratio(ours.p50, base.p50)} / ${ratio(ours.p99, base.p99)}`, verdict(met)]);
      rows.push([`${label}: floor (plain JS)`, fmt(base.p50, 2), fmt(base.p99, 2), fmt(base.max, 2), '', '']);
      const rust = stats(rustFloor[key]);
      rows.push([`${label}: floor in Rust (worker crate)`, fmt(rust.p50, 2), fmt(rust.p99, 2), fmt(rust.max, 2), `${ratio(rust.p50, base.p50)} / ${ratio(rust.p99, base.p99)}`, '']);
      summary.push(`${label} median ${ratio(ours.p50, base.p50)}, p99 ${ratio(ours.p99, base.p99)} the floor (the Rust floor's: ${ratio(rust.p50, base.p50)}, ${ratio(rust.p99, base.p99)})`);
    }
    report(
      table(['path (' + fmt(MESSAGES) + ' messages, one at a time)', 'median ms', 'p99 ms', 'max ms', 'vs floor (median / p99)', `target ≤ ${TARGET}x`], rows),
      `${summary.join('; ')}; target ${verdict(allMet)}.`,
      [`Latency is from the start of the sender's POST until the frame arrives on the other side's socket, measured by one Node client on the same machine, in ${ROUNDS} rounds that rotate which server goes first; all three servers run under Miniflare (plain workerd, no inspector; Frontdesk without the static-assets layer, which Cloudflare runs before the worker).`],
    );
  } finally {
    await floorServer.mf.dispose();
    await rustFloorServer.mf.dispose();
    await frontdeskServer.mf.dispose();
  }
}

await main();
