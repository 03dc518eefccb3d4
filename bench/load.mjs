// Load test: many concurrent visitors, each with an open live socket, sending messages
// (some sent twice with the same client_msg_id, as a retrying client would), while staff
// reply to every conversation. Then every conversation is read back: every accepted
// message must be stored exactly once, in gap-free seq order, and delivered exactly once
// on the visitor's socket. Reports latency percentiles, 429s and workerd memory.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { ROUTINE_TEXT, clientIp, Floor, Frontdesk } from './lib/clients.mjs';
import { PORT, STATE, numberFromEnv } from './lib/env.mjs';
import { fmt, median, percentile, progress, ratio, report, table, verdict } from './lib/report.mjs';
import { cpuMs, memoryMiB, openFiles, raiseDescriptorLimit, schedMs, startFloor, startFrontdesk } from './lib/servers.mjs';
import { TRACE, collect, traceRows } from './lib/trace.mjs';
import { devtools, summarize } from './lib/v8profile.mjs';

const VISITORS = numberFromEnv('FRONTDESK_BENCH_VISITORS', 300);
const MESSAGES = numberFromEnv('FRONTDESK_BENCH_VISITOR_MESSAGES', 4);
const RETRY_CHANCE = 0.25;
// A visitor's pause before each message: uniform in 0..THINK_MS.
const THINK_MS = numberFromEnv('FRONTDESK_BENCH_THINK_MS', 3000);
const SETTLE_MS = 3000;
// All visitors behind one address (a waiting room's Wi-Fi, a company's NAT); the bench
// seed's limits are unreachable, so nothing is refused either way.
const ONE_ADDRESS = process.env.FRONTDESK_BENCH_ONE_ADDRESS === '1';
// The V8 profile of Frontdesk's isolate over the send phase (workerd's inspector, which
// slows every call: a tool for finding where the time goes, not a figure to compare).
const PROFILE = process.env.FRONTDESK_BENCH_LOAD_PROFILE === '1';
const INSPECTOR_PORT = PORT + 40;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = (ms) => sleep(Math.random() * ms);

/** Runs `task` over `items` with at most `limit` in flight. */
async function pool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index], index);
    }
  }));
  return results;
}

const counts = { accepted: 0, repeatAnswers: 0, tooMany: 0, errors: 0, dropped: 0, socketRetries: 0, staffAccepted: 0 };
// Why connections dropped, by the client's error (never a message's content).
const dropReasons = new Map();
const postLatencies = [];
const visitorPosts = [];
const staffPosts = [];
const createLatencies = [];
const staffDelivery = [];

/** Sends one message until it is accepted, honouring 429 Retry-After; sometimes twice. */
async function sendReliably(send, latencies) {
  const clientMsgId = randomUUID();
  for (;;) {
    const started = performance.now();
    const attempts = [send(clientMsgId)];
    if (Math.random() < RETRY_CHANCE) attempts.push(jitter(50).then(() => send(clientMsgId)));
    const answers = await Promise.all(attempts);
    postLatencies.push(performance.now() - started);
    latencies.push(performance.now() - started);
    const created = answers.filter((a) => a.status === 201).length;
    const repeated = answers.filter((a) => a.status === 200).length;
    counts.repeatAnswers += repeated;
    const limited = answers.find((a) => a.status === 429);
    if (limited) counts.tooMany += 1;
    for (const drop of answers.filter((a) => a.status === 0)) {
      counts.dropped += 1;
      dropReasons.set(drop.body, (dropReasons.get(drop.body) ?? 0) + 1);
    }
    const failed = answers.filter((a) => ![0, 200, 201, 429].includes(a.status));
    counts.errors += failed.length;
    if (created + repeated > 0) return { clientMsgId, created };
    if (limited) await sleep(1000 * Number(limited.retryAfter ?? 1));
    else await sleep(200);
  }
}

/**
 * The same visitors against the floor relay: a socket per room, then the same number of
 * messages with the same pauses, each sent until answered. Returns its figures.
 */
async function floorLoad() {
  const server = await startFloor({ port: PORT + 1, state: STATE });
  const floor = new Floor(server.url);
  const latencies = [];
  let dropped = 0;
  let peakFiles = 0;
  const sampler = setInterval(() => { peakFiles = Math.max(peakFiles, openFiles(server.pid)); }, 1000);
  try {
    const backlog = listenBacklog(PORT + 1);
    const tcpBefore = tcpCounters();
    const rooms = Array.from({ length: VISITORS }, () => randomUUID());
    const sockets = rooms.map((room) => floor.socket(room));
    await Promise.all(sockets.map((socket) => socket.opened));
    const started = performance.now();
    const cpuStarted = cpuMs(server.pid);
    const schedStarted = schedMs(server.pid);
    await Promise.all(rooms.map(async (room) => {
      for (let m = 0; m <= MESSAGES; m += 1) {
        await jitter(THINK_MS);
        for (;;) {
          const sendStarted = performance.now();
          const sent = await floor.send(room, m === MESSAGES ? 'staff' : 'visitor', ROUTINE_TEXT);
          latencies.push(performance.now() - sendStarted);
          if (sent.status === 201) break;
          dropped += 1;
        }
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    const busy = (cpuMs(server.pid) - cpuStarted) / (seconds * 1000);
    const sched = schedShares(schedStarted, schedMs(server.pid), seconds);
    const memory = memoryMiB(server.pid);
    for (const socket of sockets) socket.close();
    return { seconds, busy, sched, dropped, latencies, rss: memory.peak, peakFiles, nofile: server.nofile, backlog, tcp: tcpGrowth(tcpBefore) };
  } finally {
    clearInterval(sampler);
    await server.mf.dispose();
  }
}

// The kernel's TCP counters that tell why connections reset (machine-wide, so read
// around each server's phase): accept queue overflows, and resets sent by a side that
// closed a connection with a request still unread (a keep-alive race).
const TCP_COUNTERS = ['ListenOverflows', 'ListenDrops', 'TCPAbortOnData', 'TCPAbortOnClose'];

/** The TcpExt counters in TCP_COUNTERS, from /proc/net/netstat. */
function tcpCounters() {
  const lines = fs.readFileSync('/proc/net/netstat', 'utf8').split('\n').filter((line) => line.startsWith('TcpExt:'));
  const names = lines[0].split(' ');
  const values = lines[1].split(' ').map(Number);
  return Object.fromEntries(TCP_COUNTERS.map((name) => [name, values[names.indexOf(name)] ?? NaN]));
}

/** How much each counter grew since `before`, as one line. */
function tcpGrowth(before) {
  const after = tcpCounters();
  return TCP_COUNTERS.map((name) => `${name} ${fmt(after[name] - before[name])}`).join(', ');
}

/** The listening socket's accept queue limit on `port` (`ss`'s Send-Q), or '?'. */
function listenBacklog(port) {
  try {
    const line = execFileSync('ss', ['-ltnH', `sport = :${port}`]).toString().trim().split('\n')[0];
    return line.split(/\s+/)[2] ?? '?';
  } catch {
    return '?';
  }
}

/**
 * Of the phase's wall time, the shares workerd's threads spent on a core and runnable
 * waiting for one (summed over threads, so a share can pass 100%), as one line.
 */
function schedShares(before, after, seconds) {
  const share = (ms) => `${fmt((ms / (seconds * 1000)) * 100)}%`;
  return `on a core ${share(after.cpu - before.cpu)}, waiting for a core ${share(after.waiting - before.waiting)}`;
}

/** Median / p99 / max of `values`, in ms. */
function spread(values) {
  return `${fmt(median(values), 1)} / ${fmt(percentile(values, 99), 1)} / ${fmt(Math.max(...values), 1)}`;
}

async function main() {
  // The load generator holds a socket per visitor too.
  raiseDescriptorLimit(process.pid);
  const extra = PROFILE ? { inspectorPort: INSPECTOR_PORT } : {};
  const server = await startFrontdesk({ port: PORT, state: STATE, extra });
  const api = new Frontdesk(server.url);
  let peakRss = 0;
  let peakFiles = 0;
  let sampled = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, memoryMiB(server.pid).rss);
    // Descriptors once a second: listing thousands of them is not free for the generator.
    sampled += 1;
    if (sampled % 4 === 0) peakFiles = Math.max(peakFiles, openFiles(server.pid));
  }, 250);
  const startRss = memoryMiB(server.pid).rss;
  const backlog = listenBacklog(PORT);
  const tcpBefore = tcpCounters();
  try {
    progress(`${VISITORS} conversations from ${ONE_ADDRESS ? 'one address' : `${VISITORS} addresses`}`);
    const conversations = await pool([...Array(VISITORS).keys()], 50, async (n) => {
      const createStarted = performance.now();
      const conversation = await api.conversation(clientIp(ONE_ADDRESS ? 10_000 : 10_000 + n));
      createLatencies.push(performance.now() - createStarted);
      return conversation;
    });
    const staff = await api.staffToken();
    progress(`${VISITORS} visitor sockets`);
    // Fifty connecting at a time, each retried as the widget would if the upgrade fails.
    const sockets = await pool(conversations, 50, async (conversation) => {
      for (;;) {
        const socket = api.visitorSocket(conversation);
        try {
          await socket.opened;
          return socket;
        } catch {
          counts.socketRetries += 1;
          await sleep(250);
        }
      }
    });
    progress(`each visitor sends ${MESSAGES} messages, 0-${THINK_MS} ms apart (${RETRY_CHANCE * 100}% sent twice), while staff reply`);
    const inspector = PROFILE ? await devtools(INSPECTOR_PORT, 'core:user:frontdesk') : null;
    if (inspector) {
      await inspector.send('Profiler.enable');
      await inspector.send('Profiler.setSamplingInterval', { interval: 200 });
      await inspector.send('Profiler.start');
    }
    const started = performance.now();
    const cpuStarted = cpuMs(server.pid);
    const schedStarted = schedMs(server.pid);
    const nodeSchedStarted = schedMs(process.pid);
    const nodeCpuStarted = process.cpuUsage();
    collect(true);
    const sent = await Promise.all(conversations.map(async (conversation, index) => {
      const visitorIds = [];
      let staffId = null;
      for (let m = 0; m < MESSAGES; m += 1) {
        await jitter(THINK_MS);
        const { clientMsgId, created } = await sendReliably((id) => api.visitorSend(conversation, `${ROUTINE_TEXT} (${m})`, id), visitorPosts);
        visitorIds.push(clientMsgId);
        counts.accepted += created;
        if (m === 0) {
          // Staff answer as soon as the first message is in, while the visitor goes on.
          staffId = (async () => {
            const text = `Staff reply ${index} ${randomUUID().slice(0, 8)}`;
            const arrived = sockets[index].waitFor((event) => event.type === 'message' && event.message.text === text);
            const replyStarted = performance.now();
            const reply = await sendReliably((id) => api.staffSend(staff, conversation.id, text, id), staffPosts);
            counts.staffAccepted += reply.created;
            staffDelivery.push((await arrived) - replyStarted);
            return reply.clientMsgId;
          })();
        }
      }
      return { visitorIds, staffId: await staffId };
    }));
    const sendingS = (performance.now() - started) / 1000;
    collect(false);
    const busy = (cpuMs(server.pid) - cpuStarted) / (sendingS * 1000);
    const sched = schedShares(schedStarted, schedMs(server.pid), sendingS);
    const nodeSched = schedShares(nodeSchedStarted, schedMs(process.pid), sendingS);
    const nodeCpu = process.cpuUsage(nodeCpuStarted);
    const nodeBusy = (nodeCpu.user + nodeCpu.system) / 1000 / (sendingS * 1000);
    if (inspector) {
      const { profile } = await inspector.send('Profiler.stop');
      inspector.close();
      const summary = summarize(profile, 1, { self: 40, inclusive: 80 });
      progress(`V8 profile of the send phase (${fmt(sendingS, 1)} s), ms in all, by function:`);
      progress(`self:\n${summary.self.join('\n')}`);
      progress(`inclusive:\n${summary.inclusive.join('\n')}`);
    }
    const sendsPerSecond = (counts.accepted + counts.staffAccepted + counts.repeatAnswers) / sendingS;
    if (TRACE) {
      // Where the worker's time went in the send phase: each round trip by label, per
      // answered POST (visitor and staff), against what the client measured.
      const posts = visitorPosts.length + staffPosts.length;
      progress(`the worker's own timings in the send phase (${fmt(posts)} POSTs; client: visitor median ${fmt(median(visitorPosts), 1)} ms, staff ${fmt(median(staffPosts), 1)} ms):\n${
        table(['kind and label', 'count', 'per POST', 'median / p99 / max, ms', 'total, s'], traceRows(posts))}`);
    }
    await sleep(SETTLE_MS);
    progress('reading back every conversation');
    let lost = 0;
    let duplicated = 0;
    let gaps = 0;
    let stored = 0;
    let delivered = 0;
    let undelivered = 0;
    let deliveredTwice = 0;
    await pool(conversations, 25, async (conversation, index) => {
      const messages = await api.messages(conversation);
      stored += messages.length;
      messages.forEach((message, position) => { if (message.seq !== position + 1) gaps += 1; });
      const byClientId = new Map();
      for (const message of messages) {
        if (message.client_msg_id) byClientId.set(message.client_msg_id, (byClientId.get(message.client_msg_id) ?? 0) + 1);
      }
      for (const id of [...sent[index].visitorIds, sent[index].staffId]) {
        const times = byClientId.get(id) ?? 0;
        if (times === 0) lost += 1;
        if (times > 1) duplicated += times - 1;
      }
      const seen = new Map();
      for (const event of sockets[index].events) {
        if (event.type === 'message') seen.set(event.message.id, (seen.get(event.message.id) ?? 0) + 1);
      }
      for (const message of messages) {
        const times = seen.get(message.id) ?? 0;
        if (times === 0) undelivered += 1;
        else delivered += 1;
        if (times > 1) deliveredTwice += times - 1;
      }
    });
    for (const socket of sockets) socket.close();
    clearInterval(sampler);
    const tcp = tcpGrowth(tcpBefore);
    const memory = memoryMiB(server.pid);
    await server.mf.dispose();
    progress('the same load on the floor relay');
    const floor = await floorLoad();
    const intended = VISITORS * (MESSAGES + 1);
    const clean = lost === 0 && duplicated === 0 && gaps === 0 && undelivered === 0 && deliveredTwice === 0;
    report(
      table(['measure', 'value'], [
        ['concurrent visitor sockets', `${fmt(VISITORS)}${ONE_ADDRESS ? ', all from one address' : ''}`],
        ['messages intended (visitor + staff)', fmt(intended)],
        ['accepted (201, first sends)', fmt(counts.accepted + counts.staffAccepted)],
        ['repeat sends answered 200 (stored nothing new)', fmt(counts.repeatAnswers)],
        ['stored (read back, incl. automatic replies)', fmt(stored)],
        ['lost / duplicated / seq gaps', `${lost} / ${duplicated} / ${gaps}`],
        ['delivered on the visitor socket / missing / twice', `${fmt(delivered)} / ${undelivered} / ${deliveredTwice}`],
        ['429 responses seen', fmt(counts.tooMany)],
        ['other non-2xx responses', fmt(counts.errors)],
        ['connections dropped before an answer (sent again)', `${fmt(counts.dropped)}${[...dropReasons].map(([why, n]) => `; ${n}: ${why.slice(0, 80)}`).join('')}`],
        ['socket upgrades that failed and were retried', fmt(counts.socketRetries)],
        ['kernel TCP counters over the run (machine-wide); listen backlog', `${tcp}; ${backlog}`],
        ['send phase, s (answered sends per second)', `${fmt(sendingS, 1)} (${fmt(sendsPerSecond)})`],
        ['POST latency median / p99 / max, ms', spread(postLatencies)],
        ['of which visitor messages / staff replies: median / p99, ms', `${fmt(median(visitorPosts), 1)} / ${fmt(percentile(visitorPosts, 99), 1)}; ${fmt(median(staffPosts), 1)} / ${fmt(percentile(staffPosts, 99), 1)}`],
        ['new conversation (before the clock) median / p99, ms', `${fmt(median(createLatencies), 1)} / ${fmt(percentile(createLatencies, 99), 1)}`],
        ['workerd CPU busy in the send phase (of one core); the load generator\'s', `${fmt(busy * 100)}%; ${fmt(nodeBusy * 100)}%`],
        ['workerd\'s threads in the send phase (schedstat, of wall time); the load generator\'s', `${sched}; ${nodeSched}`],
        ['staff reply → visitor socket median / p99 / max, ms', spread(staffDelivery)],
        ['workerd RSS before / peak sampled / at end (VmHWM), MiB', `${fmt(startRss)} / ${fmt(peakRss)} / ${fmt(memory.rss)} (${fmt(memory.peak)})`],
        ['workerd open files, peak sampled (its limit)', `${fmt(peakFiles)} (${fmt(server.nofile)})`],
        ['**floor** (same visitors, sockets and pauses): send phase, s', fmt(floor.seconds, 1)],
        ['**floor**: POST latency median / p99 / max, ms', spread(floor.latencies)],
        ['**floor**: workerd CPU busy in the send phase', `${fmt(floor.busy * 100)}%`],
        ['**floor**: workerd\'s threads in the send phase (schedstat)', floor.sched],
        ['**floor**: connections dropped (sent again); workerd peak RSS, MiB', `${fmt(floor.dropped)}; ${fmt(floor.rss)}`],
        ['**floor**: workerd open files, peak sampled (its limit)', `${fmt(floor.peakFiles)} (${fmt(floor.nofile)})`],
        ['**floor**: kernel TCP counters over its run; listen backlog', `${floor.tcp}; ${floor.backlog}`],
      ]),
      `${fmt(VISITORS)} sockets, ${fmt(counts.accepted + counts.staffAccepted)} accepted, ${lost} lost, ${duplicated} duplicated, ` +
        `${undelivered} undelivered; staff → visitor p99 ${fmt(percentile(staffDelivery, 99))} ms; ` +
        `POST median ${ratio(median(postLatencies), median(floor.latencies))}, p99 ${ratio(percentile(postLatencies, 99), percentile(floor.latencies, 99))} and peak RSS ${ratio(memory.peak, floor.rss)} the floor's; ` +
        `integrity ${verdict(clean)}.`,
    );
    if (!clean) process.exitCode = 1;
  } finally {
    clearInterval(sampler);
    await server.mf.dispose().catch(() => {});
  }
}

await main();
