// Channel webhooks against the web message path, in the same run and the same workerd:
// workerd CPU per inbound message for (a) the visitor's POST (the ingest suite's path),
// (b) signed Twilio SMS webhooks and (c) signed WhatsApp Cloud API webhooks, at 1 and 8
// concurrent senders, in rounds that alternate which path goes first. Every sender is
// its own patient (a web conversation, a phone number): one message opens its
// conversation before the clock starts (and gets the "a person will reply" message,
// which on a channel goes out through the provider sandbox), then every measured message
// continues it, so all three paths store the same kind of message. CPU counts the queue
// consumer until the queue has drained. Any refusal fails the run.
// Target (issue 23): CPU per channel message at most 1.2x a web message's.
import { randomUUID } from 'node:crypto';
import { ROUTINE_TEXT, clientIp, Frontdesk } from './lib/clients.mjs';
import { PORT, STATE, numberFromEnv } from './lib/env.mjs';
import { measure } from './lib/breakdown.mjs';
import { fmt, progress, ratio, report, table, verdict } from './lib/report.mjs';
import { DRAIN_MS, timedRun, total } from './lib/rounds.mjs';
import { startFrontdesk, startSandbox } from './lib/servers.mjs';
import { TwilioSms, WhatsApp, patientNumber, wronglySigned } from './lib/webhooks.mjs';

// Sending seconds per path and concurrency, split into alternating rounds.
const SECONDS = numberFromEnv('FRONTDESK_BENCH_CHANNELS_SECONDS', 6);
const ROUNDS = numberFromEnv('FRONTDESK_BENCH_CHANNELS_ROUNDS', 3);
const CONCURRENCIES = (process.env.FRONTDESK_BENCH_CHANNELS_CONCURRENCIES ?? '1,8').split(',').map(Number);
const BREAKDOWN_CALLS = numberFromEnv('FRONTDESK_BENCH_CHANNELS_CALLS', 100);
const TARGET = 1.2;
/** The sandbox, as in `cargo xtask test`: ten ports above the edge. */
const SANDBOX_PORT = PORT + 10;

const ok2xx = (status) => status >= 200 && status <= 299;

/** The three paths: how a sender is made, how it sends, and the answer that accepts. */
function paths(api, sms, whatsapp) {
  let patients = 0;
  return [
    {
      name: 'web (visitor POST)',
      senders: (count) => Promise.all(Array.from({ length: count }, () => api.conversation(clientIp(patients += 1)))),
      send: (conversation) => api.visitorSend(conversation, ROUTINE_TEXT),
      accepted: (status) => status === 201,
    },
    {
      name: 'SMS (Twilio webhook)',
      channel: 'sms',
      senders: async (count) => Array.from({ length: count }, () => patientNumber(patients += 1)),
      send: (number) => sms.send(number, ROUTINE_TEXT),
      accepted: (status) => status === 200,
    },
    {
      name: 'WhatsApp (Cloud API webhook)',
      channel: 'whatsapp',
      senders: async (count) => Array.from({ length: count }, () => patientNumber(patients += 1)),
      send: (number) => whatsapp.send(number, ROUTINE_TEXT),
      accepted: (status) => status === 200,
    },
  ];
}

/** A refusal, for the report: the status and the error code, never a body's text. */
function describeFailure(failure) {
  if (!failure) return '';
  let code = '';
  try {
    code = JSON.parse(failure.body)?.error?.code ?? '';
  } catch {
    // Not the JSON error shape (a dropped connection, TwiML).
  }
  return `${failure.status}${code ? ` ${code}` : ''}`;
}

/** The provider sandbox's outbound calls on `channel` so far. */
async function sandboxSends(sandbox, channel) {
  const { requests } = await (await fetch(`${sandbox.url}/sandbox/outbox`)).json();
  return requests.filter((request) => request.channel === channel && request.method === 'POST').length;
}

/**
 * Opens each sender's conversation with one message (outside the clock), then waits
 * until each channel's automatic replies have reached the sandbox and their status
 * callbacks have come back, so none of that lands in a measured round.
 */
async function openConversations(path, senders, sandbox) {
  const before = path.channel ? await sandboxSends(sandbox, path.channel) : 0;
  const answers = await Promise.all(senders.map((sender) => path.send(sender)));
  const refused = answers.filter((answer) => !path.accepted(answer.status));
  if (refused.length > 0) throw new Error(`${path.name}: opening message refused: ${describeFailure(refused[0])}`);
  if (!path.channel) return;
  const deadline = performance.now() + 15_000;
  while (await sandboxSends(sandbox, path.channel) < before + senders.length) {
    if (performance.now() > deadline) {
      throw new Error(`${path.name}: the automatic replies did not reach the sandbox at ${sandbox.url}; `
        + 'seed the bench state with the sandbox there (`cargo xtask bench channels` does)');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Where one message's CPU goes on each path: calls that each do a little more. */
async function breakdown(api, sms, whatsapp, pid) {
  const conversation = await api.conversation(clientIp(9_999));
  const smsNumber = patientNumber(9_998);
  const waNumber = patientNumber(9_997);
  for (const answer of [
    await api.visitorSend(conversation, ROUTINE_TEXT),
    await sms.send(smsNumber, ROUTINE_TEXT),
    await whatsapp.send(waNumber, ROUTINE_TEXT),
  ]) {
    if (!ok2xx(answer.status)) throw new Error(`breakdown: opening message refused: ${describeFailure(answer)}`);
  }
  const call = ({ url, init }) => fetch(url, init);
  const steps = [
    ['`GET /v1/health` (wasm entry, router)', () => fetch(`${api.base}/v1/health`)],
    ['web: `POST message`, continuing (token, rate limit, triage, append DO, enqueue)', () => fetch(`${api.base}/v1/conversations/${conversation.id}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': conversation.ip, Authorization: `Bearer ${conversation.token}` },
      body: JSON.stringify({ client_msg_id: randomUUID(), text: ROUTINE_TEXT }),
    })],
    ['SMS: wrong signature, 403 (clinic config, form, HMAC-SHA1)', () => call(wronglySigned(sms.message(smsNumber, ROUTINE_TEXT), TwilioSms.SIGNATURE_HEADER))],
    ['SMS: signed status callback naming no message (+ verify, parse; no storage)', () => call(sms.status(smsNumber))],
    ['SMS: signed message, continuing (+ D1 dedup and thread lookups, D1 insert, the web path from triage on)', () => call(sms.message(smsNumber, ROUTINE_TEXT))],
    ['WhatsApp: wrong signature, 403 (clinic config, HMAC-SHA256)', () => call(wronglySigned(whatsapp.message(waNumber, ROUTINE_TEXT), WhatsApp.SIGNATURE_HEADER))],
    ['WhatsApp: signed status of an unknown message id (+ verify, JSON parse, one D1 lookup)', () => call(whatsapp.status(waNumber))],
    ['WhatsApp: signed message, continuing (as SMS)', () => call(whatsapp.message(waNumber, ROUTINE_TEXT))],
  ];
  // Warm every path up first, so V8's optimising compiler isn't billed to one row.
  for (let round = 0; round < 15; round += 1) {
    for (const [, run] of steps) await measure(pid, 1, run);
  }
  const rows = [];
  for (const [label, run] of steps) {
    await measure(pid, 10, run);
    const result = await measure(pid, BREAKDOWN_CALLS, run);
    rows.push([label, fmt(result.ms, 2), fmt(result.cpu, 2)]);
  }
  return table([`call (${BREAKDOWN_CALLS} one at a time)`, 'median ms', 'workerd CPU ms/call'], rows);
}

async function main() {
  const server = await startFrontdesk({ port: PORT, state: STATE });
  const sandbox = await startSandbox({ port: SANDBOX_PORT, edge: server.url });
  const api = new Frontdesk(server.url);
  const sms = new TwilioSms(server.url);
  const whatsapp = new WhatsApp(server.url);
  const rows = [];
  const ratios = [];
  let allMet = true;
  let failures = 0;
  let profile = '';
  try {
    progress('breakdown: where one message\'s CPU goes on each path');
    profile = await breakdown(api, sms, whatsapp, server.pid);
    const all = paths(api, sms, whatsapp);
    for (const concurrency of CONCURRENCIES) {
      const seconds = SECONDS / ROUNDS;
      const runs = [];
      for (const path of all) {
        const senders = await path.senders(concurrency);
        await openConversations(path, senders, sandbox);
        runs.push({ path, senders, rounds: [] });
      }
      await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));
      for (let round = 0; round < ROUNDS; round += 1) {
        progress(`c=${concurrency}, round ${round + 1}/${ROUNDS}: web, SMS and WhatsApp, ${fmt(seconds, 1)} s each`);
        // Each round starts with a different path.
        for (let n = 0; n < runs.length; n += 1) {
          const { path, senders, rounds } = runs[(round + n) % runs.length];
          rounds.push(await timedRun(server.pid, senders, path.send, seconds, path.accepted));
        }
      }
      const [web, ...channels] = runs.map(({ path, rounds }) => ({ path, ...total(rounds) }));
      failures += web.failed;
      rows.push([`${concurrency}`, web.path.name, fmt(web.accepted), fmt(web.failed), describeFailure(web.firstFailure),
        fmt(web.perSecond), fmt(web.cpuPerMessage, 2), '', '']);
      const parts = [];
      for (const channel of channels) {
        const met = channel.cpuPerMessage <= TARGET * web.cpuPerMessage;
        allMet &&= met;
        failures += channel.failed;
        parts.push(`${channel.path.channel} ${ratio(channel.cpuPerMessage, web.cpuPerMessage)}`);
        rows.push([`${concurrency}`, channel.path.name, fmt(channel.accepted), fmt(channel.failed), describeFailure(channel.firstFailure),
          fmt(channel.perSecond), fmt(channel.cpuPerMessage, 2), ratio(channel.cpuPerMessage, web.cpuPerMessage), verdict(met)]);
      }
      ratios.push(`c=${concurrency}: CPU/msg vs web ${parts.join(', ')}`);
    }
  } finally {
    await sandbox.stop();
    await server.mf.dispose();
  }
  const refused = failures > 0 ? `; ${fmt(failures)} refused: the run FAILED` : '';
  report(
    table(['concurrency', 'path', 'accepted', 'refused', 'first refusal', 'accepted msg/s', 'workerd CPU ms/message',
      `CPU vs web (target ≤ ${TARGET}x)`, 'target'], rows),
    `${ratios.join('; ')}; target ${verdict(allMet)}${refused}.`,
    [
      `Each path sends for ${SECONDS} s per concurrency, in ${ROUNDS} rounds that alternate which path goes first, all against one workerd; CPU is counted until ${DRAIN_MS / 1000} s after the last request of each round, so the queue consumer's work is included. Senders are distinct patients (a web conversation or a phone number each), whose conversations one message opened before the clock started. The load generator (which also signs the webhooks) shares the machine's cores with workerd.`,
      '',
      'Where a message\'s CPU goes (one call at a time; the queue consumer\'s later work is not in these rows):',
      '',
      profile,
    ],
  );
  if (failures > 0) process.exitCode = 1;
}

await main();
