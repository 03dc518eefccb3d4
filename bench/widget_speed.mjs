// Widget speed in headless Debian chromium on the demo clinic page: navigation → bubble
// visible, click → panel interactive, long tasks and total blocking time before the first
// click, and JS heap; baselines from the same run: the page with no widget and with the
// 20-line plain-JS bubble (bench/floor/bubble.js), and the time to fetch and compile the
// panel's wasm alone. Targets: zero long tasks before the first click, click-to-interactive
// ≤ 2x the wasm's fetch+compile.
import { FLOOR_BUBBLE, FLOOR_PATH, demoPageVariant } from './lib/demo_page.mjs';
import { PORT, STATE, numberFromEnv } from './lib/env.mjs';
import { fmt, median, progress, ratio, report, table, verdict } from './lib/report.mjs';
import { startFrontdesk } from './lib/servers.mjs';

const RUNS = numberFromEnv('FRONTDESK_BENCH_BROWSER_RUNS', 5);
const IDLE_MS = 1500;
// A mid-range phone, as Lighthouse's mobile profile and issue 23's peer table have it.
const PHONE_CPU = 4;

// What each variant's bubble and panel input are (searched through open shadow roots).
const VARIANTS = {
  frontdesk: { bubble: '[data-testid="fd-launcher"]', input: '[data-testid="fd-input"]' },
  floor: { bubble: '[data-testid="floor-bubble"]', input: 'textarea' },
  none: null,
};

// Runs in the page before any of its scripts: records long tasks and when the bubble shows.
function pageProbe(bubbleSelector) {
  const deep = (selector, root = document) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        const inner = deep(selector, element.shadowRoot);
        if (inner) return inner;
      }
    }
    return null;
  };
  const visible = (element) => {
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  window.__bench = { longTasks: [], bubbleMs: null, deep, visible };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  if (bubbleSelector) {
    const poll = () => {
      if (visible(deep(bubbleSelector))) window.__bench.bubbleMs = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }
}

// Runs in the page (breakdown visits only): marks where the click's path goes, from the
// calls the loader and the panel make: the wasm's instantiation, the panel's mount (its
// first DOM call prepends the `.fd-mount` div), its stylesheet, and the panel shown (its
// `hidden` attribute removed); and the requests made after the click.
function breakdownProbe() {
  const marks = {};
  const styles = [];
  window.__bench.marks = marks;
  window.__bench.styles = styles;
  const at = (name) => { marks[name] ??= performance.now(); };
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = function timed(...args) {
    at('instantiateStart');
    const result = instantiate.apply(this, args);
    result.then(() => at('instantiateEnd'), () => {});
    return result;
  };
  const prepend = ShadowRoot.prototype.prepend;
  ShadowRoot.prototype.prepend = function marked(...nodes) {
    if (nodes[0]?.className === 'fd-mount') at('mountStart');
    return prepend.apply(this, nodes);
  };
  const replaceSync = CSSStyleSheet.prototype.replaceSync;
  CSSStyleSheet.prototype.replaceSync = function timed(text) {
    const started = performance.now();
    replaceSync.call(this, text);
    styles.push([started, performance.now()]);
  };
  const removeAttribute = Element.prototype.removeAttribute;
  Element.prototype.removeAttribute = function marked(name) {
    if (name === 'hidden' && this.dataset?.testid === 'fd-panel') at('shown');
    return removeAttribute.call(this, name);
  };
}

// Clicks the bubble and resolves when the panel's input is visible, enabled and painted.
async function clickToInteractive({ bubble, input }) {
  const { deep, visible } = window.__bench;
  performance.mark('bench:click');
  const started = performance.now();
  window.__bench.clickAt = started;
  deep(bubble).click();
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const element = deep(input);
    if (visible(element) && !element.disabled) break;
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  performance.mark('bench:interactive');
  return performance.now() - started;
}

// The trace categories of a DevTools performance recording, and the page's marks.
const TRACE_CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute',
  'blink.user_timing', 'loading',
];

/**
 * The page's main thread between the `bench:click` and `bench:interactive` marks of a
 * trace: milliseconds of self time by event name (script, style, layout, paint, ...),
 * and `idle` for the time no event ran (waiting on the network or another thread).
 */
function mainThreadSelfTimes(traceBuffer) {
  const events = JSON.parse(traceBuffer.toString()).traceEvents;
  const click = events.find((event) => event.name === 'bench:click');
  const done = events.find((event) => event.name === 'bench:interactive');
  if (!click || !done) return {};
  const spans = events
    .filter((event) => event.pid === click.pid && event.tid === click.tid && event.ph === 'X' && event.dur > 0)
    .map((event) => ({ name: event.name, start: Math.max(event.ts, click.ts), end: Math.min(event.ts + event.dur, done.ts) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const self = { idle: done.ts - click.ts };
  const stack = [];
  for (const span of spans) {
    while (stack.length > 0 && stack.at(-1).end <= span.start) stack.pop();
    const parent = stack.at(-1);
    const own = span.end - span.start;
    if (parent) self[parent.name] -= Math.min(span.end, parent.end) - span.start;
    else self.idle -= own;
    self[span.name] = (self[span.name] ?? 0) + own;
    stack.push(span);
  }
  for (const name in self) self[name] /= 1000;
  return self;
}

/**
 * Where one click's time went, in ms from the click: the phases between the marks of
 * `breakdownProbe` (a phase done before the click counts 0), the stylesheet's share, and
 * the requests the click made.
 */
function clickPhases({ clickAt, marks, styles }, resources, total) {
  const after = (value) => Math.max(0, (value ?? clickAt) - clickAt);
  const edges = [0, after(marks.instantiateStart), after(marks.instantiateEnd), after(marks.mountStart), after(marks.shown), total];
  for (let n = 1; n < edges.length; n += 1) edges[n] = Math.max(edges[n], edges[n - 1]);
  return {
    code: edges[1] - edges[0],
    instantiate: edges[2] - edges[1],
    beforeMount: edges[3] - edges[2],
    mount: edges[4] - edges[3],
    frame: edges[5] - edges[4],
    styles: styles.filter(([start]) => start >= clickAt).reduce((sum, [start, end]) => sum + end - start, 0),
    requests: resources.filter((entry) => entry.startTime >= clickAt).map((entry) => new URL(entry.name).pathname),
  };
}

async function heapMiB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value / (1024 * 1024);
}

/**
 * One cold page load of `variant`; clicks after IDLE_MS, or as soon as the bubble shows;
 * with the CPU slowed `cpu` times (DevTools' throttling, as Lighthouse's mobile profile).
 */
async function visit(browser, base, name, clickWhen, cpu = 1, breakdown = false) {
  const variant = VARIANTS[name];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(`${base}/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: demoPageVariant(await response.text(), name) });
  });
  await page.route(`${base}${FLOOR_PATH}`, (route) => route.fulfill({ contentType: 'text/javascript', body: FLOOR_BUBBLE }));
  await page.addInitScript(pageProbe, variant?.bubble ?? null);
  if (breakdown) await page.addInitScript(breakdownProbe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(`${base}/`, { waitUntil: 'load' });
  const result = { loadMs: await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd) };
  if (variant) {
    await page.waitForFunction(() => window.__bench.bubbleMs !== null);
    result.bubbleMs = await page.evaluate(() => window.__bench.bubbleMs);
  }
  if (clickWhen === 'idle') await page.waitForTimeout(IDLE_MS);
  const longTasks = await page.evaluate(() => window.__bench.longTasks);
  result.longTasks = longTasks.length;
  result.longestTask = Math.max(0, ...longTasks);
  result.tbt = longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0);
  // The privacy rules before any interaction: Frontdesk's requests (the network log) and
  // anything stored on the device.
  Object.assign(result, await page.evaluate(() => ({
    requestsBefore: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
      .filter((pathname) => /^\/(widget|v1)\b/.test(pathname)),
    storedBefore: localStorage.length + sessionStorage.length + (document.cookie ? 1 : 0),
  })));
  result.heapBefore = await heapMiB(cdp);
  if (variant) {
    if (breakdown) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    result.clickMs = await page.evaluate(clickToInteractive, variant);
    if (breakdown) {
      result.trace = mainThreadSelfTimes(await browser.stopTracing());
      const resources = await page.evaluate(() => performance.getEntriesByType('resource').map(({ name, startTime }) => ({ name, startTime })));
      const probe = await page.evaluate(() => { const { clickAt, marks, styles } = window.__bench; return { clickAt, marks, styles }; });
      result.phases = clickPhases(probe, resources, result.clickMs);
    }
    result.heapAfter = await heapMiB(cdp);
  }
  await context.close();
  return result;
}

/** Fetch + compile of the panel's wasm alone, in a fresh page with nothing else on it. */
async function wasmAlone(browser, base, cpu = 1) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (cpu !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(`${base}/widget.js`);
  const ms = await page.evaluate(async () => {
    const started = performance.now();
    await WebAssembly.compileStreaming(fetch('/widget/frontdesk_widget_bg.wasm'));
    return performance.now() - started;
  });
  await context.close();
  return ms;
}

async function main() {
  process.env.FRONTDESK_BASE_URL ??= `http://127.0.0.1:${PORT}`;
  const { launch } = await import('../tests/e2e/browser.mjs');
  const server = await startFrontdesk({ port: PORT, state: STATE, withSite: true });
  const browser = await launch();
  const runs = {
    frontdesk: [], floor: [], none: [], frontdeskCold: [], floorCold: [], wasm: [],
    phoneFrontdesk: [], phoneFloor: [], phoneFrontdeskCold: [], phoneFloorCold: [], phoneWasm: [],
  };
  // Traced and instrumented loads, apart from the measured ones above (tracing itself
  // costs time): where the click → interactive time goes.
  const BREAKDOWNS = [
    ['click after idle', 'idle', 1], ['click as soon as visible', 'bubble', 1],
    [`${PHONE_CPU}× CPU: click after idle`, 'idle', PHONE_CPU], [`${PHONE_CPU}× CPU: click as soon as visible`, 'bubble', PHONE_CPU],
  ];
  const traced = BREAKDOWNS.map(() => []);
  try {
    // Interleaved, so drift on a shared machine touches every variant alike.
    for (let n = 0; n < RUNS; n += 1) {
      progress(`round ${n + 1} of ${RUNS}`);
      for (const name of ['none', 'floor', 'frontdesk']) runs[name].push(await visit(browser, server.url, name, 'idle'));
      runs.floorCold.push(await visit(browser, server.url, 'floor', 'bubble'));
      runs.frontdeskCold.push(await visit(browser, server.url, 'frontdesk', 'bubble'));
      runs.wasm.push(await wasmAlone(browser, server.url));
      runs.phoneFloor.push(await visit(browser, server.url, 'floor', 'idle', PHONE_CPU));
      runs.phoneFrontdesk.push(await visit(browser, server.url, 'frontdesk', 'idle', PHONE_CPU));
      runs.phoneFloorCold.push(await visit(browser, server.url, 'floor', 'bubble', PHONE_CPU));
      runs.phoneFrontdeskCold.push(await visit(browser, server.url, 'frontdesk', 'bubble', PHONE_CPU));
      runs.phoneWasm.push(await wasmAlone(browser, server.url, PHONE_CPU));
      for (const [index, [, clickWhen, cpu]] of BREAKDOWNS.entries()) {
        traced[index].push(await visit(browser, server.url, 'frontdesk', clickWhen, cpu, true));
      }
    }
  } finally {
    await browser.close();
    await server.mf.dispose();
  }
  const m = (list, key) => median(list.map((run) => run[key]));
  const row = (label, list) => [
    label, fmt(m(list, 'loadMs'), 1), list[0].bubbleMs === undefined ? '' : fmt(m(list, 'bubbleMs'), 1),
    list[0].clickMs === undefined ? '' : fmt(m(list, 'clickMs'), 1),
    fmt(m(list, 'longTasks')), fmt(m(list, 'tbt'), 1), fmt(m(list, 'heapBefore'), 2),
    list[0].heapAfter === undefined ? '' : fmt(m(list, 'heapAfter'), 2),
  ];
  const wasm = median(runs.wasm);
  const click = m(runs.frontdesk, 'clickMs');
  const clickCold = m(runs.frontdeskCold, 'clickMs');
  const phoneClick = m(runs.phoneFrontdesk, 'clickMs');
  const phoneClickCold = m(runs.phoneFrontdeskCold, 'clickMs');
  const mostLongTasks = (lists) => Math.max(...lists.flat().map((run) => run.longTasks));
  const longTasks = mostLongTasks([runs.frontdesk, runs.frontdeskCold]);
  const phoneLongTasks = mostLongTasks([runs.phoneFrontdesk, runs.phoneFrontdeskCold]);
  const frontdeskRuns = [runs.frontdesk, runs.frontdeskCold, runs.phoneFrontdesk, runs.phoneFrontdeskCold].flat();
  const longest = (lists) => Math.max(...lists.flat().map((run) => run.longestTask));
  const requestsBefore = [...new Set(frontdeskRuns.flatMap((run) => run.requestsBefore))].sort();
  const storedBefore = Math.max(...frontdeskRuns.map((run) => run.storedBefore));
  const bubble = m(runs.frontdesk, 'bubbleMs') / m(runs.floor, 'bubbleMs');
  const phoneFastest = Math.max(phoneClick, phoneClickCold) < 90;
  const results = table(['page (median of ' + RUNS + ' cold loads)', 'load event ms', 'bubble visible ms', 'click → interactive ms', 'long tasks before click', 'TBT ms', 'JS heap before click MiB', 'JS heap open MiB'], [
    row('no widget', runs.none),
    row('floor: 20-line plain-JS bubble', runs.floor),
    row('Frontdesk widget, click after idle', runs.frontdesk),
    row('floor, click as soon as visible', runs.floorCold),
    row('Frontdesk widget, click as soon as visible', runs.frontdeskCold),
    ['panel wasm alone: fetch + compile', '', '', fmt(wasm, 1), '', '', '', ''],
    row(`${PHONE_CPU}× CPU: floor, click after idle`, runs.phoneFloor),
    row(`${PHONE_CPU}× CPU: Frontdesk widget, click after idle`, runs.phoneFrontdesk),
    row(`${PHONE_CPU}× CPU: floor, click as soon as visible`, runs.phoneFloorCold),
    row(`${PHONE_CPU}× CPU: Frontdesk widget, click as soon as visible`, runs.phoneFrontdeskCold),
    [`${PHONE_CPU}× CPU: panel wasm alone: fetch + compile`, '', '', fmt(median(runs.phoneWasm), 1), '', '', '', ''],
  ]);
  report(
    results,
    `bubble visible ${fmt(bubble, 2)}x the floor's (issue 23's target ≤ 1.2x: ${verdict(bubble <= 1.2)}); ` +
      `load event ${ratio(m(runs.frontdesk, 'loadMs'), m(runs.none, 'loadMs'))} the no-widget page's; ` +
      `click → interactive ${fmt(click, 1)} ms after idle (target ≤ 20 ms: ${verdict(click <= 20)}) and ${fmt(clickCold, 1)} ms cold (target ≤ 50 ms: ${verdict(clickCold <= 50)}), ` +
      `${ratio(click, wasm)} and ${ratio(clickCold, wasm)} the wasm's fetch+compile; ` +
      `long tasks before the first click: at most ${longTasks} in any run (target 0: ${verdict(longTasks === 0)}); ` +
      `at ${PHONE_CPU}× CPU: bubble ${ratio(m(runs.phoneFrontdesk, 'bubbleMs'), m(runs.phoneFloor, 'bubbleMs'))} the floor's, ` +
      `click → interactive ${fmt(phoneClick, 1)} ms after idle and ${fmt(phoneClickCold, 1)} ms cold (issue 23's peers: 94-224 ms; target under 90 ms: ${verdict(phoneFastest)}), ` +
      `long tasks before the first click at most ${phoneLongTasks} in any run (target 0: ${verdict(phoneLongTasks === 0)}). ` +
      `Longest task before the first click, any Frontdesk run: ${fmt(longest([runs.frontdesk, runs.frontdeskCold]), 1)} ms, ${fmt(longest([runs.phoneFrontdesk, runs.phoneFrontdeskCold]), 1)} ms at ${PHONE_CPU}× CPU ` +
      `(the floor's page: ${fmt(longest([runs.floor, runs.floorCold]), 1)} / ${fmt(longest([runs.phoneFloor, runs.phoneFloorCold]), 1)} ms; 0 when none reached 50 ms). ` +
      `Before the first click, in any run, Frontdesk requested ${requestsBefore.join(', ') || 'nothing'} and stored ${storedBefore} items (local and session storage, cookies).`,
    [
      `Headless Debian chromium (playwright-core), a fresh browser context (cold cache) per load, served by Miniflare on loopback. "Click after idle" waits ${IDLE_MS} ms after the load event, so the loader's prefetch (started once the page has painted) has run; "as soon as visible" clicks the moment the bubble is painted. The ${PHONE_CPU}× CPU rows slow the page's CPU with DevTools' throttling (\`Emulation.setCPUThrottlingRate\`, as Lighthouse's mobile profile), network unthrottled.`,
      '',
      breakdownTables(BREAKDOWNS.map(([label]) => label), traced),
    ],
  );
}

/**
 * Where the traced loads' click → interactive time went: the phases the page's marks
 * bound, then the main thread's self time by trace event (the ten largest).
 */
function breakdownTables(labels, traced) {
  const med = (list, value) => median(list.map(value));
  const phases = table(
    [`Frontdesk, traced (median of ${traced[0].length})`, 'click → interactive ms', 'waiting for code ms', 'instantiate ms', 'init end, config ms', 'mount + open ms', 'of which stylesheet ms', 'shown → painted ms', 'requests after the click'],
    labels.map((label, index) => {
      const list = traced[index];
      const requests = [...new Set(list.flatMap((run) => run.phases.requests))];
      return [
        label, fmt(med(list, (run) => run.clickMs), 1),
        ...['code', 'instantiate', 'beforeMount', 'mount', 'styles', 'frame'].map((key) => fmt(med(list, (run) => run.phases[key]), 1)),
        requests.join(', ') || 'none',
      ];
    }),
  );
  const selfMs = (list, name) => med(list, (run) => run.trace[name] ?? 0);
  const names = [...new Set(traced.flat().flatMap((run) => Object.keys(run.trace)))];
  const largest = names
    .map((name) => [name, Math.max(...traced.map((list) => selfMs(list, name)))])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name]) => name);
  const selfTable = table(
    ['main thread self time, click → interactive (median ms)', ...labels],
    largest.map((name) => [name, ...traced.map((list) => fmt(selfMs(list, name), 1))]),
  );
  return `${phases}\n\nPhases from the page's own calls: waiting for code (the glue's import and the wasm's compile, unless done before the click), \`WebAssembly.instantiate\`, the rest of init and the config, the mount up to the panel's \`hidden\` removed, then the frames until the input is painted. Traced loads are apart from the measured ones above (a DevTools trace adds its own cost).\n\n${selfTable}`;
}

await main();
