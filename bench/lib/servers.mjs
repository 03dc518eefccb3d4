// Starts Frontdesk's built edge bundle and the two floors (plain JS, and Rust) under the Miniflare API
// (real workerd, no inspector), and the provider sandbox; reads a workerd process's CPU and memory from /proc.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Log, LogLevel, Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { ROOT } from './root.mjs';
import { TRACE, handleRuntimeStdio } from './trace.mjs';

export { ROOT };

/** workerd processes that are children of this Node process. */
function childWorkerdPids() {
  const pids = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && comm.startsWith('workerd')) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** CPU milliseconds (user + system) a process has used so far. */
export function cpuMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux.
}

/**
 * A process's scheduler times in ms, summed over its threads (/proc/<pid>/task/<tid>/schedstat):
 * `cpu` on a core, and `waiting` runnable on a run queue for a core. What a busy thread
 * spends neither running nor waiting for a core, it spends asleep: waiting for I/O or
 * for work.
 */
export function schedMs(pid) {
  let cpu = 0;
  let waiting = 0;
  try {
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      const [onCpu, onQueue] = fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
      cpu += onCpu / 1e6;
      waiting += onQueue / 1e6;
    }
  } catch {
    // The process (or a thread) ended while we looked.
  }
  return { cpu, waiting };
}

/** How many files (sockets included) a process holds open. */
export function openFiles(pid) {
  try {
    return fs.readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return 0; // The process ended.
  }
}

/** Resident memory of a process in MiB (current, and the peak). */
export function memoryMiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name) => Number((status.match(new RegExp(`${name}:\\s+(\\d+)`)) ?? [0, 0])[1]);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

// Open files a bench process may hold (`FRONTDESK_BENCH_NOFILE`). Each visitor holds a
// socket and its POSTs' connections, and each open conversation object three SQLite files
// (database, WAL, shared memory): about four per visitor on one workerd, so 5,000 visitors
// pass the usual 20,000 ("Load, session 19" in BENCHMARKS.md). Raised for every server
// alike, and for the load generator.
const NOFILE = Number(process.env.FRONTDESK_BENCH_NOFILE ?? 262_144);

/**
 * Raises `pid`'s descriptor limit (soft and hard) to NOFILE with util-linux `prlimit`.
 * Raising a hard limit needs CAP_SYS_RESOURCE; without it the soft limit goes up to the
 * hard one. Returns the soft limit now in force.
 */
export function raiseDescriptorLimit(pid) {
  const limit = () => Number(execFileSync('prlimit', ['--pid', String(pid), '--nofile', '--noheadings', '--output', 'SOFT']).toString().trim());
  for (const range of [`${NOFILE}:${NOFILE}`, `${NOFILE}:`]) {
    try {
      execFileSync('prlimit', ['--pid', String(pid), `--nofile=${range}`], { stdio: 'ignore' });
      return limit();
    } catch {
      // Not allowed (the hard limit, without CAP_SYS_RESOURCE): try the soft limit alone.
    }
  }
  try {
    return limit();
  } catch {
    return NaN; // No prlimit here: the limit stays as inherited.
  }
}

async function start(options) {
  const before = new Set(childWorkerdPids());
  const started = performance.now();
  // Warnings and errors only; FRONTDESK_BENCH_LOG=debug shows every request.
  const level = process.env.FRONTDESK_BENCH_LOG === 'debug' ? LogLevel.DEBUG : LogLevel.WARN;
  // `cf: false`: a placeholder `request.cf`, never a download (the machine is offline).
  const mf = new Miniflare({ host: '127.0.0.1', cf: false, log: new Log(level), ...options });
  const url = await mf.ready;
  const readyMs = performance.now() - started;
  const pid = childWorkerdPids().find((candidate) => !before.has(candidate));
  const nofile = pid ? raiseDescriptorLimit(pid) : NaN;
  return { mf, url: url.origin, pid, started, readyMs, nofile };
}

/** Waits until `url` answers `status`; returns milliseconds since `since`. */
async function firstAnswer(url, status, since) {
  for (;;) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === status) return performance.now() - since;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Frontdesk's edge worker as built by `cargo xtask build` (edge/build, dist/site), with
 * the bindings of edge/wrangler.toml and the D1 and Durable Object state that
 * `cargo xtask seed` wrote to `state` (wrangler's `--persist-to` layout).
 *
 * `withSite` serves dist/site too, through Miniflare's static-assets layer: two more JS
 * workers in the same workerd process that every request passes first (about 0.8 ms of
 * CPU each, see BENCHMARKS.md). On Cloudflare that layer runs before the worker and is
 * not the worker's CPU, and the floors have none, so the API suites leave it out.
 */
export async function startFrontdesk({ port, state, withSite = false, extra = {} }) {
  // The edge's debug timings (bench/lib/trace.mjs): a variable wrangler.toml never sets.
  const trace = TRACE ? { bindings: { FRONTDESK_TRACE: '1' }, handleRuntimeStdio } : {};
  const server = await startWorkerBuild('edge', 'frontdesk', {
    port,
    defaultPersistRoot: path.join(state, 'v3'),
    ...(withSite ? {} : { assets: undefined }),
    ...trace,
    ...extra,
  });
  server.firstMs = await firstAnswer(`${server.url}/v1/health`, 200, server.started);
  return server;
}

/**
 * The floor relay in Rust (bench/floor-rs, built by `cargo xtask bench`): the JS floor's
 * routes and storage on the stock `worker` crate. Its storage persists under `state`.
 */
export async function startRustFloor({ port, state, extra = {} }) {
  const server = await startWorkerBuild('bench/floor-rs', 'floor-rs', {
    port,
    defaultPersistRoot: path.join(state, 'floor-rs'),
    ...extra,
  });
  server.firstMs = await firstAnswer(`${server.url}/`, 404, server.started);
  return server;
}

/** A worker-build output in `dir` (relative to the root), with its wrangler.toml's bindings. */
async function startWorkerBuild(dir, name, options) {
  const config = path.join(ROOT, dir, 'wrangler.toml');
  const { workerOptions, main } = unstable_getMiniflareWorkerOptions(config);
  // worker-build emits ES modules with a plain `.js` name.
  const modulesRules = [{ type: 'ESModule', include: ['**/*.js'] }, ...workerOptions.modulesRules];
  return start({
    ...workerOptions,
    modulesRules,
    name,
    modules: true,
    scriptPath: path.resolve(ROOT, dir, main),
    modulesRoot: path.join(ROOT, dir),
    ...options,
    // The config's variables and `.dev.vars` secrets, with any the caller adds.
    bindings: { ...workerOptions.bindings, ...options.bindings },
  });
}

/**
 * The plain-JS floor relay (bench/floor/worker.js): one DO class, SQLite, one queue. Its
 * storage persists under `state` too, so both servers write to the same disk (Miniflare's
 * default, in-memory storage, would make the floor's durable writes free).
 */
export async function startFloor({ port, state, extra = {} }) {
  const server = await start({
    name: 'floor',
    port,
    defaultPersistRoot: path.join(state, 'floor'),
    compatibilityDate: '2026-04-01',
    modules: true,
    scriptPath: path.join(ROOT, 'bench/floor/worker.js'),
    durableObjects: { ROOM: { className: 'FloorRoom', useSQLite: true } },
    queueProducers: { QUEUE: 'floor-queue' },
    queueConsumers: { 'floor-queue': { maxBatchSize: 50, maxBatchTimeout: 1 } },
    ...extra,
  });
  server.firstMs = await firstAnswer(`${server.url}/`, 404, server.started);
  return server;
}

/**
 * The provider sandbox (`target/debug/frontdesk-sandbox`, built by `cargo xtask bench`) on
 * `port`, sending its webhooks to `edge`: the clinic's provider APIs, which the seed
 * points at it, so the automatic replies to channel messages are really sent. Stop it
 * with `stop()`.
 */
export async function startSandbox({ port, edge }) {
  const url = `http://127.0.0.1:${port}`;
  const health = async () => {
    try {
      return (await fetch(`${url}/sandbox/health`)).status === 200;
    } catch {
      return false;
    }
  };
  if (await health()) throw new Error(`port ${port} already answers: stop what runs there (the bench's provider sandbox port)`);
  const binary = path.join(ROOT, 'target/debug/frontdesk-sandbox');
  if (!fs.existsSync(binary)) throw new Error(`${binary} is missing: cargo build -p frontdesk-sandbox`);
  const child = spawn(binary, ['--port', String(port), '--edge', edge], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  for (const started = performance.now(); !(await health());) {
    if (child.exitCode !== null || performance.now() - started > 10_000) {
      child.kill();
      throw new Error(`the provider sandbox did not answer on port ${port}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: async () => {
      child.kill();
      await exited;
    },
  };
}
