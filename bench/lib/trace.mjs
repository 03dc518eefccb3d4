// The edge's debug timings (`edge/src/trace.rs`): with FRONTDESK_BENCH_TRACE=1 (or
// FRONTDESK_BENCH_LOG=debug) Frontdesk's worker gets the FRONTDESK_TRACE variable and logs
// each request's call and time in the worker, and each round trip (a D1 statement or
// batch, an object call, a queue send) with its wait. Lines carry labels and milliseconds,
// never a body, an id or a contact. This collects them from workerd's output and
// summarises them by kind and label.
import readline from 'node:readline';
import { fmt, median, percentile } from './report.mjs';

export const TRACE = process.env.FRONTDESK_BENCH_TRACE === '1' || process.env.FRONTDESK_BENCH_LOG === 'debug';

/** Collected timings: `${kind} ${label}` -> milliseconds, in arrival order. */
export const traced = new Map();
let collecting = false;

/** Starts (or stops) counting lines; lines before the send phase are not counted. */
export function collect(on) {
  collecting = on;
}

/**
 * Miniflare's `handleRuntimeStdio`: trace lines are collected, everything else passes
 * through to this process's output as Miniflare would print it.
 */
export function handleRuntimeStdio(stdout, stderr) {
  for (const [stream, out] of [[stdout, process.stdout], [stderr, process.stderr]]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      const at = line.indexOf('trace ');
      if (at < 0) {
        out.write(`${line}\n`);
        return;
      }
      if (!collecting) return;
      const words = line.slice(at + 'trace '.length).trim().split(' ');
      const ms = Number(words.pop());
      const key = words.join(' ');
      if (!traced.has(key)) traced.set(key, []);
      traced.get(key).push(ms);
    });
  }
}

/**
 * Rows for a table: each kind and label, how many, how many per `per` (the requests of
 * the send phase), median / p99 / max ms and the total seconds waited.
 */
export function traceRows(per) {
  return [...traced]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, values]) => [
      key,
      fmt(values.length),
      fmt(values.length / per, 2),
      `${fmt(median(values), 1)} / ${fmt(percentile(values, 99), 1)} / ${fmt(Math.max(...values), 1)}`,
      fmt(values.reduce((sum, v) => sum + v, 0) / 1000, 1),
    ]);
}
