// Ingest throughput and CPU per message: visitor POSTs (Frontdesk: auth, validation,
// rate limits, triage, storage, fan-out, enqueue, and the queue consumer's D1 write) for
// a fixed time at several concurrencies, against the plain-JS floor (a POST into a DO that
// stores, fans out and enqueues). CPU is the workerd process's user+system time from /proc,
// from the first request until its queue has drained. Target: CPU/message ≤ 2x floor.
// The same relay in Rust on the stock `worker` crate (bench/floor-rs) runs too: the
// distance from it to Frontdesk is Frontdesk's own work, not the language boundary.
import { randomUUID } from 'node:crypto';
import { ROUTINE_TEXT, clientIp, Floor, Frontdesk } from './lib/clients.mjs';
import { PORT, STATE, numberFromEnv } from './lib/env.mjs';
import { fmt, progress, ratio, report, table, verdict } from './lib/report.mjs';
import { breakdown } from './lib/breakdown.mjs';
import { DRAIN_MS, timedRun as run, total } from './lib/rounds.mjs';
import { startFloor, startFrontdesk, startRustFloor } from './lib/servers.mjs';

const SECONDS = numberFromEnv('FRONTDESK_BENCH_INGEST_SECONDS', 10);
// The seconds are split into rounds that alternate between the two servers, so a busy
// spell on the shared machine weighs on both rather than on whichever ran then.
const ROUNDS = numberFromEnv('FRONTDESK_BENCH_INGEST_ROUNDS', 3);
const CONCURRENCIES = (process.env.FRONTDESK_BENCH_CONCURRENCIES ?? '1,8,32').split(',').map(Number);
const TARGET = 2;

async function main() {
  const frontdeskServer = await startFrontdesk({ port: PORT, state: STATE });
  const floorServer = await startFloor({ port: PORT + 1, state: STATE });
  const rustFloorServer = await startRustFloor({ port: PORT + 3, state: STATE });
  // Only for the breakdown's row that shows what the local static-assets layer costs.
  const siteServer = await startFrontdesk({ port: PORT + 4, state: STATE, withSite: true });
  const api = new Frontdesk(frontdeskServer.url);
  const floor = new Floor(floorServer.url);
  const rustFloor = new Floor(rustFloorServer.url);
  const rows = [];
  const ratios = [];
  let allMet = true;
  let visitors = 0;
  let profile = '';
  try {
    progress('profile: where one message\'s time goes');
    profile = await breakdown({
      api, pid: frontdeskServer.pid, floor, floorPid: floorServer.pid, rustFloor, rustFloorPid: rustFloorServer.pid,
      site: new Frontdesk(siteServer.url), sitePid: siteServer.pid,
    });
    for (const concurrency of CONCURRENCIES) {
      const rooms = Array.from({ length: concurrency }, () => randomUUID());
      const conversations = await Promise.all(rooms.map(() => api.conversation(clientIp(visitors += 1))));
      const seconds = SECONDS / ROUNDS;
      const floorRounds = [];
      const rustRounds = [];
      const ourRounds = [];
      const runs = [
        async () => floorRounds.push(await run(floorServer.pid, rooms, (room) => floor.send(room, 'visitor', ROUTINE_TEXT), seconds)),
        async () => rustRounds.push(await run(rustFloorServer.pid, rooms, (room) => rustFloor.send(room, 'visitor', ROUTINE_TEXT), seconds)),
        async () => ourRounds.push(await run(frontdeskServer.pid, conversations, (conversation) => api.visitorSend(conversation, ROUTINE_TEXT), seconds)),
      ];
      for (let round = 0; round < ROUNDS; round += 1) {
        progress(`c=${concurrency}, round ${round + 1}/${ROUNDS}: the floors and Frontdesk, ${fmt(seconds, 1)} s each`);
        // Each round starts with a different server.
        for (let n = 0; n < runs.length; n += 1) await runs[(round + n) % runs.length]();
      }
      const base = total(floorRounds);
      const rust = total(rustRounds);
      const ours = total(ourRounds);
      const met = ours.cpuPerMessage <= TARGET * base.cpuPerMessage;
      allMet &&= met;
      ratios.push(`c=${concurrency}: CPU/msg ${ratio(ours.cpuPerMessage, base.cpuPerMessage)}, req/s ${ratio(ours.perSecond, base.perSecond)}`);
      rows.push([`${concurrency}`, 'Frontdesk', fmt(ours.perSecond), fmt(ours.cpuPerMessage, 2), fmt(ours.failed), ratio(ours.cpuPerMessage, base.cpuPerMessage), verdict(met)]);
      rows.push([`${concurrency}`, 'floor (plain JS)', fmt(base.perSecond), fmt(base.cpuPerMessage, 2), fmt(base.failed), '', '']);
      rows.push([`${concurrency}`, 'floor in Rust (worker crate)', fmt(rust.perSecond), fmt(rust.cpuPerMessage, 2), fmt(rust.failed), ratio(rust.cpuPerMessage, base.cpuPerMessage), '']);
    }
  } finally {
    await floorServer.mf.dispose();
    await rustFloorServer.mf.dispose();
    await siteServer.mf.dispose();
    await frontdeskServer.mf.dispose();
  }
  report(
    table(['concurrency', 'server', 'accepted req/s', 'workerd CPU ms/message', 'non-201', `CPU vs floor (target ≤ ${TARGET}x)`, 'target'], rows),
    `${ratios.join('; ')}; target ${verdict(allMet)}.`,
    [
      `Each server sends for ${SECONDS} s per concurrency, in ${ROUNDS} rounds that alternate which server goes first; CPU is counted until ${DRAIN_MS / 1000} s after the last request of each round, so the queue consumers' work is included. The load generator shares the machine's cores with workerd.`,
      '',
      'Where a message\'s time goes (each row adds work to the one above it; the queue consumer\'s later work is not in these rows):',
      '',
      profile,
    ],
  );
}

await main();
