// Where the CPU of one call goes: the V8 sampling profiler of workerd's inspector, over
// many identical calls to Frontdesk (or the floor), printed as milliseconds per call by
// function (self time, then inclusive time). A tool for finding what to cut, not a suite:
// profiling slows every call, so compare the shares, not the totals, with the bench.
//
//   node bench/profile.mjs message 1000   # a routine visitor message (the ingest path)
//   node bench/profile.mjs reply 1000     # a staff reply (the staff → visitor path)
//   node bench/profile.mjs health 1000    # GET /v1/health (the wasm entry alone)
//   node bench/profile.mjs floor 1000     # the floor's POST, for comparison
//   node bench/profile.mjs sms 500        # a signed Twilio SMS webhook, continuing a conversation
//   node bench/profile.mjs whatsapp 500   # a signed WhatsApp Cloud API webhook, the same
//
// It uses the build and the seeded state of the last `cargo xtask bench` run.
import { Floor, Frontdesk, ROUTINE_TEXT, clientIp } from './lib/clients.mjs';
import { PORT, STATE } from './lib/env.mjs';
import { startFloor, startFrontdesk, startSandbox } from './lib/servers.mjs';
import { devtools, summarize } from './lib/v8profile.mjs';
import { TwilioSms, WhatsApp, patientNumber } from './lib/webhooks.mjs';

const INSPECTOR_PORT = PORT + 40;
const WARM_UP = 50;
const [what = 'message', callsArg = '500'] = process.argv.slice(2);
const CALLS = Number(callsArg);
const floorMode = what === 'floor';
const channelMode = what === 'sms' || what === 'whatsapp';

const server = floorMode
  ? await startFloor({ port: PORT + 1, state: STATE, extra: { inspectorPort: INSPECTOR_PORT } })
  : await startFrontdesk({ port: PORT, state: STATE, extra: { inspectorPort: INSPECTOR_PORT } });
// The first channel message's automatic reply goes to the provider sandbox (as in the
// channels suite, ten ports above; the bench seed points the provider APIs there).
const sandbox = channelMode ? await startSandbox({ port: PORT + 10, edge: server.url }) : null;

/** One call of the kind asked for; throws unless it succeeds. */
async function makeCall() {
  if (floorMode) {
    const floor = new Floor(server.url);
    const room = `profile-${Date.now()}`;
    return async () => expectStatus(await floor.send(room, 'visitor', ROUTINE_TEXT), 201);
  }
  const api = new Frontdesk(server.url);
  if (what === 'message') {
    const conversation = await api.conversation(clientIp(1));
    return async () => expectStatus(await api.visitorSend(conversation, ROUTINE_TEXT), 201);
  }
  if (channelMode) {
    const provider = what === 'sms' ? new TwilioSms(server.url) : new WhatsApp(server.url);
    const patient = patientNumber(1);
    return async () => expectStatus(await provider.send(patient, ROUTINE_TEXT), 200);
  }
  if (what === 'reply') {
    const conversation = await api.conversation(clientIp(1));
    const staff = await api.staffToken();
    return async () => expectStatus(await api.staffSend(staff, conversation.id, ROUTINE_TEXT), 201);
  }
  return async () => {
    const response = await fetch(`${server.url}/v1/${what}`);
    await response.arrayBuffer();
    expectStatus(response, 200);
  };
}

function expectStatus(reply, status) {
  if (reply.status !== status) throw new Error(`expected ${status}, got ${reply.status}`);
}

try {
  const call = await makeCall();
  for (let i = 0; i < WARM_UP; i += 1) await call();
  // The same calls unprofiled first: the wall time the profile's shares are of.
  const plainStarted = performance.now();
  for (let i = 0; i < CALLS; i += 1) await call();
  const plainMs = (performance.now() - plainStarted) / CALLS;
  const inspector = await devtools(INSPECTOR_PORT, floorMode ? 'core:user:floor' : 'core:user:frontdesk');
  await inspector.send('Profiler.enable');
  await inspector.send('Profiler.setSamplingInterval', { interval: 100 });
  await inspector.send('Profiler.start');
  const started = performance.now();
  for (let i = 0; i < CALLS; i += 1) await call();
  const wallMs = performance.now() - started;
  const { profile } = await inspector.send('Profiler.stop');
  inspector.close();
  const summary = summarize(profile, CALLS);
  console.log(`${CALLS} x ${what}: ${plainMs.toFixed(2)} ms a call unprofiled, ${(wallMs / CALLS).toFixed(2)} ms while profiled; ${profile.samples.length} samples, ${summary.msPerSample.toFixed(2)} ms apart`);
  console.log('\nself time, ms per call:');
  console.log(summary.self.join('\n'));
  console.log('\ninclusive time, ms per call:');
  console.log(summary.inclusive.join('\n'));
} finally {
  await sandbox?.stop();
  await server.mf.dispose();
}
