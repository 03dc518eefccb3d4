// Times an upload's CPU (`attachment::inspect`) compiled to wasm32 in V8, the engine
// workerd embeds, over the attachment fixtures and 10 MiB files made from them. Not
// product code. Usage: node bench/triage/inspect.mjs <dir with wasm-bindgen --target web
// output> (the triage harness's build: `cargo xtask bench-triage` makes it).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';

const root = resolve(import.meta.dirname, '../..');
const built = resolve(process.argv[2]);
const { initSync, inspect_rounds } = await import(
  pathToFileURL(join(built, 'frontdesk_bench_triage.js')).href
);
initSync({ module: readFileSync(join(built, 'frontdesk_bench_triage_bg.wasm')) });

const fixture = (name) => readFileSync(join(root, 'domain/tests/fixtures/attachments', name));
const MIB = 1024 * 1024;

/** A 10 MiB JPEG: the fixture's headers up to its scan, then random entropy-coded data
 * (each 0xFF stuffed with 0x00, as in a real scan) and EOI. */
function bigJpeg(photo) {
  let sos = -1;
  for (let i = 2; i + 1 < photo.length; i++) {
    if (photo[i] === 0xff && photo[i + 1] === 0xda) { sos = i; break; }
  }
  if (sos < 0) throw new Error('no SOS in the fixture');
  const length = (photo[sos + 2] << 8) | photo[sos + 3];
  const header = photo.subarray(0, sos + 2 + length);
  const scan = randomBytes(10 * MIB - header.length - 4);
  for (let i = 0; i < scan.length - 1; i++) if (scan[i] === 0xff) scan[i + 1] = 0x00;
  scan[scan.length - 1] = 0x00;
  return Buffer.concat([header, scan, Buffer.from([0xff, 0xd9])]);
}

function time(name, bytes, rounds) {
  inspect_rounds(bytes, 2); // warm up until V8 has tiered the wasm up
  const started = performance.now();
  const stored = inspect_rounds(bytes, rounds);
  const ms = (performance.now() - started) / rounds;
  if (stored === 0) throw new Error(`${name} was refused`);
  const rate = bytes.length / MIB / (ms / 1000);
  return `${name} (${bytes.length.toLocaleString('en')} B): ${ms.toFixed(ms < 1 ? 3 : 1)} ms (${rate.toFixed(0)} MiB/s)`;
}

const photo = fixture('gps.jpg');
console.log(
  [
    time('phone-like JPEG with EXIF/GPS/XMP', photo, 2000),
    time('10 MiB JPEG', bigJpeg(photo), 5),
    time('PDF', fixture('aftercare.pdf'), 2000),
  ].join('; ') + `; wasm32 (release profile, wasm-opt -O, as worker-build) in V8 (Node ${process.versions.node})`,
);
