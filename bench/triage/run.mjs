// Times triage compiled to wasm32 in V8, the engine workerd embeds. Not product code.
// Usage: node bench/triage/run.mjs <dir with wasm-bindgen --target web output>
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '../..');
const built = resolve(process.argv[2]);
const { initSync, TriageBench } = await import(
  pathToFileURL(join(built, 'frontdesk_bench_triage.js')).href
);
initSync({ module: readFileSync(join(built, 'frontdesk_bench_triage_bg.wasm')) });

const bench = new TriageBench(
  readFileSync(join(root, 'clinics/demo.toml'), 'utf8'),
  readFileSync(join(root, 'domain/tests/corpus/00-seed.tsv'), 'utf8'),
);
const rounds = 200;

// Warm up until V8 has tiered the wasm up.
bench.triage(20);
bench.knowledge(20);
bench.baseline(20);

let started = performance.now();
const flagged = bench.triage(rounds);
const triageUs = ((performance.now() - started) * 1000) / (rounds * bench.len());

started = performance.now();
const decided = bench.knowledge(rounds);
const knowledgeUs = ((performance.now() - started) * 1000) / (rounds * bench.len());

started = performance.now();
bench.baseline(rounds);
const baselineUs = ((performance.now() - started) * 1000) / (rounds * bench.len());

if (flagged === 0 || decided === 0) throw new Error('triage flagged or the bot answered nothing: the corpus did not load');
console.log(
  `triage: ${triageUs.toFixed(2)} µs/message; knowledge matching: ${knowledgeUs.toFixed(2)} µs/message; baseline lowercase+contains: ${baselineUs.toFixed(2)} µs/message; ` +
    `${bench.len()} messages (mean ${bench.mean_chars().toFixed(0)} chars) x ${rounds} rounds, wasm32 (release profile, wasm-opt -O, as worker-build) in V8 (Node ${process.versions.node})`,
);
