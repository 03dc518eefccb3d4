// Differential profile of one visitor message: calls that each do a little more of the
// message path, timed one at a time with the workerd process's CPU from /proc, so the
// differences show where a message's time and CPU go.
import { randomUUID } from 'node:crypto';
import { ROUTINE_TEXT, clientIp } from './clients.mjs';
import { cpuMs } from './servers.mjs';
import { fmt, median, table } from './report.mjs';

/** Median latency and workerd CPU per call of `count` calls of `call`, one at a time. */
export async function measure(pid, count, call) {
  const latencies = [];
  const cpuBefore = cpuMs(pid);
  for (let n = 0; n < count; n += 1) {
    const started = performance.now();
    const response = await call();
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
  }
  return { ms: median(latencies), cpu: (cpuMs(pid) - cpuBefore) / count };
}

/** The breakdown table for Frontdesk at `api` (workerd `pid`) and the floor. */
export async function breakdown({
  api, pid, floor, floorPid, rustFloor, rustFloorPid, site, sitePid, count = 200,
}) {
  const conversation = await api.conversation(clientIp(9_999));
  const auth = { 'CF-Connecting-IP': conversation.ip, Authorization: `Bearer ${conversation.token}` };
  const messagesUrl = `${api.base}/v1/conversations/${conversation.id}/messages`;
  const floorRoom = randomUUID();
  const staff = { Authorization: `Bearer ${await api.staffToken()}`, 'Content-Type': 'application/json' };
  const replyUrl = `${api.base}/v1/staff/conversations/${conversation.id}/messages`;
  const steps = [
    ['floor: POST into the DO (store, fan-out, enqueue)', floorPid, () => fetch(`${floor.base}/floor/${floorRoom}/messages?author=visitor`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_msg_id: randomUUID(), text: ROUTINE_TEXT }),
    })],
    ['floor: 404 from the router (no DO)', floorPid, () => fetch(`${floor.base}/nothing`)],
    ...(rustFloor ? [
      ['floor in Rust: POST into the DO (store, fan-out, enqueue)', rustFloorPid, () => fetch(`${rustFloor.base}/floor/${floorRoom}/messages?author=visitor`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ client_msg_id: randomUUID(), text: ROUTINE_TEXT }),
      })],
      ['floor in Rust: 404 from the router (no DO)', rustFloorPid, () => fetch(`${rustFloor.base}/nothing`)],
    ] : []),
    ['`GET /v1/health` (wasm entry, router)', pid, () => fetch(`${api.base}/v1/health`)],
    ...(site ? [
      ['`GET /v1/health` through the local static-assets layer (as `cargo xtask dev` serves it)', sitePid, () => fetch(`${site.base}/v1/health`)],
    ] : []),
    ['`GET widget-config` (+ cached clinic config, JSON)', pid, () => fetch(`${api.base}/v1/clinics/demo/widget-config`)],
    ['`GET messages` (+ token HMAC, one DO read)', pid, () => fetch(messagesUrl, { headers: auth })],
    ['`POST message`, malformed body (+ the per-IP token: a leased one, or the rate-limit DO call)', pid, () => fetch(messagesUrl, {
      method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{',
    })],
    ['`POST message` (+ triage, knowledge, append DO with its bucket, enqueue)', pid, () => fetch(messagesUrl, {
      method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_msg_id: randomUUID(), text: ROUTINE_TEXT }),
    })],
    ['staff reply (session and owner check, append DO, inbox entry)', pid, () => fetch(replyUrl, {
      method: 'POST', headers: staff,
      body: JSON.stringify({ client_msg_id: randomUUID(), text: ROUTINE_TEXT }),
    })],
  ];
  // V8 first runs wasm with its baseline compiler and optimises hot functions on
  // background threads, which the process's CPU counts: warm every path up first, so
  // the first row measured doesn't pay for the compiler.
  for (let round = 0; round < 15; round += 1) {
    for (const [, processId, call] of steps) await measure(processId, 1, call);
  }
  const rows = [];
  for (const [label, processId, call] of steps) {
    await measure(processId, 20, call);
    const result = await measure(processId, count, call);
    rows.push([label, fmt(result.ms, 2), fmt(result.cpu, 2)]);
  }
  return table([`call (${count} one at a time)`, 'median ms', 'workerd CPU ms/call'], rows);
}
