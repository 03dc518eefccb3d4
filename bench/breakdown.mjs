// The per-call breakdown of the ingest suite on its own, for quick before/after checks
// while cutting the message path: `node bench/breakdown.mjs [calls]`. Uses the build
// and the seeded state of the last `cargo xtask bench` run (and its bench/floor-rs
// build); prints, records nothing.
import { Floor, Frontdesk } from './lib/clients.mjs';
import { PORT, STATE } from './lib/env.mjs';
import { breakdown } from './lib/breakdown.mjs';
import { startFloor, startFrontdesk, startRustFloor } from './lib/servers.mjs';

const count = Number(process.argv[2] ?? 300);
const frontdeskServer = await startFrontdesk({ port: PORT, state: STATE });
const floorServer = await startFloor({ port: PORT + 1, state: STATE });
const rustFloorServer = await startRustFloor({ port: PORT + 3, state: STATE });
const siteServer = await startFrontdesk({ port: PORT + 4, state: STATE, withSite: true });
try {
  console.log(await breakdown({
    api: new Frontdesk(frontdeskServer.url),
    pid: frontdeskServer.pid,
    floor: new Floor(floorServer.url),
    floorPid: floorServer.pid,
    rustFloor: new Floor(rustFloorServer.url),
    rustFloorPid: rustFloorServer.pid,
    site: new Frontdesk(siteServer.url),
    sitePid: siteServer.pid,
    count,
  }));
} finally {
  await floorServer.mf.dispose();
  await rustFloorServer.mf.dispose();
  await siteServer.mf.dispose();
  await frontdeskServer.mf.dispose();
}
