// Lighthouse performance score of the demo clinic page with the Frontdesk widget against
// the same page without it (and with the 20-line plain-JS floor bubble), in the same run:
// Lighthouse's default config (mobile, simulated throttling), performance category only,
// in Debian chromium launched here, on loopback only. Target: the median score with the
// widget within 1 point of the median without it.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDemoVariants } from './lib/demo_page.mjs';
import { PORT, STATE, numberFromEnv } from './lib/env.mjs';
import { fmt, median, progress, report, table, verdict } from './lib/report.mjs';
import { startFrontdesk } from './lib/servers.mjs';

const RUNS = numberFromEnv('FRONTDESK_BENCH_LIGHTHOUSE_RUNS', 5);
const PAGES = [
  ['none', 'no widget'],
  ['frontdesk', 'Frontdesk widget'],
  ['floor', 'floor: 20-line plain-JS bubble'],
];
const METRICS = [
  ['first-contentful-paint', 'FCP ms', 0],
  ['largest-contentful-paint', 'LCP ms', 0],
  ['total-blocking-time', 'TBT ms', 0],
  ['cumulative-layout-shift', 'CLS', 3],
  ['speed-index', 'Speed Index ms', 0],
];
// Headless Debian chromium that cannot reach past loopback: every host name fails to
// resolve, and the background services that phone home are off (chrome-launcher's
// defaults add more).
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Fails the run if a page fetched anything beyond this machine. */
function loopbackOnly(lhr) {
  for (const item of lhr.audits['network-requests'].details?.items ?? []) {
    const { protocol, hostname } = new URL(item.url);
    if (!['data:', 'blob:'].includes(protocol) && hostname !== '127.0.0.1') {
      throw new Error(`${lhr.requestedUrl} fetched ${item.url}: the suite must stay on loopback`);
    }
  }
}

function summarise(lhr) {
  loopbackOnly(lhr);
  const requests = lhr.audits['network-requests'].details?.items ?? [];
  const run = {
    score: Math.round(lhr.categories.performance.score * 100),
    requests: requests.map((item) => ({ path: new URL(item.url).pathname, bytes: item.transferSize ?? 0 })),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    warnings: lhr.runWarnings,
  };
  for (const [id] of METRICS) run[id] = lhr.audits[id].numericValue;
  return run;
}

async function audit(port, url) {
  // The full-page screenshot is for the HTML report only; skipping it saves a second a run.
  const result = await lighthouse(url, {
    port, logLevel: 'error', output: 'json', onlyCategories: ['performance'], disableFullPageScreenshot: true,
  });
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

async function main() {
  const server = await startFrontdesk({ port: PORT, state: STATE, withSite: true });
  const front = await serveDemoVariants({ upstream: server.url, port: PORT + 2 });
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const runs = Object.fromEntries(PAGES.map(([name]) => [name, []]));
  let settings;
  let lighthouseVersion;
  let chromeVersion;
  try {
    // Alternating, and the order rotates each round, so drift on a shared machine and any
    // first-in-round effect touch every page alike.
    for (let n = 0; n < RUNS; n += 1) {
      progress(`round ${n + 1} of ${RUNS}`);
      for (let k = 0; k < PAGES.length; k += 1) {
        const [name] = PAGES[(n + k) % PAGES.length];
        const lhr = await audit(chrome.port, front.url(name));
        runs[name].push(summarise(lhr));
        settings = lhr.configSettings;
        lighthouseVersion = lhr.lighthouseVersion;
        chromeVersion = lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0];
      }
    }
  } finally {
    await chrome.kill();
    await front.close();
    await server.mf.dispose();
  }

  const m = (name, key) => median(runs[name].map((run) => run[key]));
  const rows = PAGES.map(([name, label]) => {
    const scores = runs[name].map((run) => run.score);
    return [
      label, `**${fmt(m(name, 'score'))}** (${Math.min(...scores)}-${Math.max(...scores)})`,
      ...METRICS.map(([id, , digits]) => fmt(m(name, id), digits)),
    ];
  });
  const without = m('none', 'score');
  const withWidget = m('frontdesk', 'score');
  const cost = without - withWidget;
  const met = cost <= 1;
  // What the widget adds to the page load, from Lighthouse's own request list.
  const baseline = new Set(runs.none[0].requests.map((request) => request.path));
  const added = runs.frontdesk[0].requests.filter((request) => !baseline.has(request.path));
  const throttling = settings.throttling;
  const warnings = [...new Set(PAGES.flatMap(([name]) => runs[name].flatMap((run) => run.warnings)))];
  const deltas = METRICS.map(([id, label, digits]) => {
    const delta = m('frontdesk', id) - m('none', id);
    return `${label.replace(' ms', '')} ${delta >= 0 ? '+' : ''}${fmt(delta, digits)}${label.endsWith(' ms') ? ' ms' : ''}`;
  });
  report(
    table([`page (median of ${RUNS} Lighthouse runs)`, 'performance score (min-max)', ...METRICS.map(([, label]) => label)], rows),
    `with the widget ${fmt(withWidget)} against ${fmt(without)} without it ` +
      `(${cost > 0 ? `${fmt(cost)} point${cost === 1 ? '' : 's'} lower` : cost < 0 ? `${fmt(-cost)} higher` : 'the same'}; ` +
      `target: within 1 point: ${verdict(met)}); the floor bubble scores ${fmt(m('floor', 'score'))}; ` +
      `the widget's cost in the simulated metrics (medians): ${deltas.join(', ')}.`,
    [
      `Lighthouse ${lighthouseVersion}, default config: ${settings.formFactor} (${settings.screenEmulation.width}x${settings.screenEmulation.height} at ${settings.screenEmulation.deviceScaleFactor}x), ` +
        `throttling "${settings.throttlingMethod}" (RTT ${throttling.rttMs} ms, ${fmt(throttling.throughputKbps)} kbit/s, CPU slowdown ${throttling.cpuSlowdownMultiplier}x), ` +
        `performance category only, in headless Debian chromium (${chromeVersion}, host names resolve nowhere). ` +
        `The pages are the demo clinic page as the worker serves it (Miniflare on loopback), through a loopback front that swaps only its widget tag (bench/lib/demo_page.mjs). ` +
        `Pages alternate in a rotating order; Lighthouse's benchmark index for this machine: median ${fmt(median(PAGES.flatMap(([name]) => runs[name].map((run) => run.benchmarkIndex))))}.`,
      `Requests the widget adds before any interaction (transfer bytes): ${added.map((request) => `\`${request.path}\` ${fmt(request.bytes)}`).join(', ') || 'none'}.`,
      ...warnings.map((warning) => `Lighthouse warned: ${warning}`),
    ],
  );
}

await main();
