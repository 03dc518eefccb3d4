// workerd's inspector, as the profiling tools use it: a minimal Chrome DevTools Protocol
// client for one worker's isolate, and a V8 CPU profile summed by function name.
import WebSocket from 'ws';

/** A DevTools client for the inspector target whose title ends with `title`. */
export async function devtools(inspectorPort, title) {
  const targets = await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json();
  const target = targets.find((t) => t.title.endsWith(title));
  if (!target) throw new Error(`no inspector target ${title}: ${targets.map((t) => t.title).join(', ')}`);
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  let id = 0;
  const pending = new Map();
  ws.on('message', (data) => {
    const message = JSON.parse(data);
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  });
  const send = (method, params = {}) => new Promise((resolve) => {
    id += 1;
    pending.set(id, resolve);
    ws.send(JSON.stringify({ id, method, params }));
  });
  return { send, close: () => ws.close() };
}

/**
 * A profile's time by function name, self and inclusive, divided by `per` (calls, or 1
 * for totals): the `top` names of each as printable lines, and the sampled milliseconds.
 */
export function summarize(profile, per = 1, top = { self: 30, inclusive: 50 }) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const hits = new Map();
  for (const sample of profile.samples) hits.set(sample, (hits.get(sample) ?? 0) + 1);
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
  const self = new Map();
  const inclusive = new Map();
  const add = (map, key, count) => map.set(key, (map.get(key) ?? 0) + count);
  for (const [id, count] of hits) {
    add(self, nodes.get(id).callFrame.functionName || '(anonymous)', count);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = nodes.get(at).callFrame.functionName || '(anonymous)';
      if (!seen.has(name)) add(inclusive, name, count);
      seen.add(name);
    }
  }
  const lines = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([name, count]) => `${((count * msPerSample) / per).toFixed(3).padStart(9)}  ${name.slice(0, 150)}`);
  return {
    msPerSample,
    self: lines(self, top.self),
    inclusive: lines(inclusive, top.inclusive),
    selfMs: (name) => ((self.get(name) ?? 0) * msPerSample) / per,
    inclusiveMs: (name) => ((inclusive.get(name) ?? 0) * msPerSample) / per,
  };
}
