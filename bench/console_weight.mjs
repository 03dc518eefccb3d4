// Console weight: bytes (raw, gzip, brotli) of what the staff console's page fetches to
// open (wasm, JS glue, the split loader, boot script, style, service worker), against
// issue 19's target, and apart from it the admin screens' wasm chunks, fetched on first use
// (`#[lazy]`, BENCHMARKS.md "Console size, round 6").
// `node bench/console_weight.mjs` prints the report; `--check` only enforces the ceiling
// (the test run, after `cargo xtask build`).
import fs from 'node:fs';
import path from 'node:path';
import { sizes } from './lib/compressed.mjs';
import { ROOT } from './lib/root.mjs';
import { fmt, ratio, report, table, verdict } from './lib/report.mjs';

// Decimal kilobytes, the stricter reading: 150 KB = 150,000 B brotli (issue 19).
export const TARGET = 150_000;
// What `--check` refuses: the first load reached in "Console size, round 6" (BENCHMARKS.md,
// 237,149 B: the admin screens on demand) with about 1% of room, so the console can't grow
// unnoticed while it is still over the target. The on-demand chunks are reported, not capped.
export const CHECK_CEILING = 240_000;

const CONSOLE = path.join(ROOT, 'dist/site/console');

/** The console's code and style: every wasm, JS and CSS file of dist/site/console. */
function codeFiles() {
  if (!fs.existsSync(path.join(CONSOLE, 'frontdesk_console_bg.wasm'))) {
    throw new Error('dist/site/console is missing its wasm: run `cargo xtask build` first');
  }
  return fs.readdirSync(CONSOLE, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(wasm|js|mjs|css)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/** A wasm chunk wasm-split cut out: any wasm but the main module, loaded on demand. */
const onDemand = (file) => file.endsWith('.wasm') && file !== 'frontdesk_console_bg.wasm';

function sum(parts) {
  return parts.reduce((acc, part) => ({
    raw: acc.raw + part.raw, gzip: acc.gzip + part.gzip, brotli: acc.brotli + part.brotli,
  }), { raw: 0, gzip: 0, brotli: 0 });
}

/** `total` is the first load (what the target is about); `lazy` the on-demand chunks. */
export function measure() {
  const parts = codeFiles().map((file) => ({ file: path.relative(CONSOLE, file), ...sizes(file) }));
  const total = sum(parts.filter((part) => !onDemand(part.file)));
  const lazy = sum(parts.filter((part) => onDemand(part.file)));
  return { parts, total, lazy };
}

function main() {
  const { parts, total, lazy } = measure();
  const met = total.brotli <= TARGET;
  if (process.argv.includes('--check')) {
    console.log(`    console first load ${fmt(total.brotli)} B brotli, on demand ${fmt(lazy.brotli)} B (target ${fmt(TARGET)} B: ${verdict(met)}); the check refuses more than ${fmt(CHECK_CEILING)} B`);
    if (total.brotli > CHECK_CEILING) {
      console.error('console first-load ceiling exceeded (see BENCHMARKS.md, "Console size, round 6")');
      process.exit(1);
    }
    return;
  }
  const rows = [
    ...parts.map((part) => [`\`/console/${part.file}\`${onDemand(part.file) ? ' (on demand)' : ''}`, fmt(part.raw), fmt(part.gzip), fmt(part.brotli), '', '']),
    ['**first load**', fmt(total.raw), fmt(total.gzip), fmt(total.brotli), `${fmt(TARGET)} B`, verdict(met)],
    ['on demand (admin screens)', fmt(lazy.raw), fmt(lazy.gzip), fmt(lazy.brotli), '', ''],
  ];
  report(
    table(['file', 'raw B', 'gzip B', 'brotli B', 'target (brotli)', 'target'], rows),
    `console first load ${ratio(total.brotli, TARGET)} of the target (${fmt(lazy.brotli)} B more on demand); ${verdict(met)}; the check refuses more than ${fmt(CHECK_CEILING)} B.`,
  );
}

main();
