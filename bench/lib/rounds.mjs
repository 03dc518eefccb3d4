// Timed rounds of load for the throughput suites (ingest, channels): `workers` loops of
// one call each for a fixed time, with the workerd process's CPU counted until its queue
// has drained, and the totals of several rounds.
import { cpuMs } from './servers.mjs';

/** The queue consumer batches for up to 1 s; its CPU belongs to the messages. */
export const DRAIN_MS = 2500;

/**
 * Runs `workers` loops of `send(worker)` for `seconds`; a call counts as accepted when
 * `accepted(status)` holds. Returns the counts, the first refusal seen, and the CPU.
 */
export async function timedRun(pid, workers, send, seconds, accepted = (status) => status === 201) {
  let ok = 0;
  let failed = 0;
  let firstFailure = null;
  const cpuBefore = cpuMs(pid);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(workers.map(async (worker) => {
    while (performance.now() < deadline) {
      const sent = await send(worker);
      if (accepted(sent.status)) {
        ok += 1;
      } else {
        failed += 1;
        firstFailure ??= sent;
      }
    }
  }));
  const wallS = (performance.now() - started) / 1000;
  await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));
  const cpu = cpuMs(pid) - cpuBefore;
  return { accepted: ok, failed, firstFailure, wallS, cpu };
}

/** Totals of several rounds: req/s over the sending time, CPU over every message. */
export function total(rounds) {
  const sum = (key) => rounds.reduce((acc, round) => acc + round[key], 0);
  const accepted = sum('accepted');
  return {
    accepted,
    failed: sum('failed'),
    firstFailure: rounds.find((round) => round.firstFailure)?.firstFailure ?? null,
    perSecond: accepted / sum('wallS'),
    cpuPerMessage: sum('cpu') / Math.max(1, accepted),
  };
}
