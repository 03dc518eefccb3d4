// Console weight: bytes (raw, gzip, brotli) of what the staff console's page fetches to
// open (wasm, JS glue, boot script, style, service worker), against issue 19's target.
// `node bench/console_weight.mjs` prints the report; `--check` only enforces the ceiling
// (the test run, after `cargo xtask build`).
import fs from 'node:fs';
import path from 'node:path';
import { sizes } from './lib/compressed.mjs';
import { ROOT } from './lib/root.mjs';
import { fmt, ratio, report, table, verdict } from './lib/report.mjs';

// Decimal kilobytes, the stricter reading: 150 KB = 150,000 B brotli (issue 19).
export const TARGET = 150_000;
// What `--check` refuses: the size reached in "Console size, round 3" (BENCHMARKS.md,
// 274,387 B: the JSON through the browser, no float printing) with about 1% of room, so
// the console can't grow unnoticed while it is still over the target.
export const CHECK_CEILING = 277_000;

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

export function measure() {
  const parts = codeFiles().map((file) => ({ file: path.relative(CONSOLE, file), ...sizes(file) }));
  const total = parts.reduce((sum, part) => ({
    raw: sum.raw + part.raw, gzip: sum.gzip + part.gzip, brotli: sum.brotli + part.brotli,
  }), { raw: 0, gzip: 0, brotli: 0 });
  return { parts, total };
}

function main() {
  const { parts, total } = measure();
  const met = total.brotli <= TARGET;
  if (process.argv.includes('--check')) {
    console.log(`    console ${fmt(total.brotli)} B brotli (target ${fmt(TARGET)} B: ${verdict(met)}); the check refuses more than ${fmt(CHECK_CEILING)} B`);
    if (total.brotli > CHECK_CEILING) {
      console.error('console size ceiling exceeded (see BENCHMARKS.md, "Console size, round 3")');
      process.exit(1);
    }
    return;
  }
  const rows = [
    ...parts.map((part) => [`\`/console/${part.file}\``, fmt(part.raw), fmt(part.gzip), fmt(part.brotli), '', '']),
    ['**total**', fmt(total.raw), fmt(total.gzip), fmt(total.brotli), `${fmt(TARGET)} B`, verdict(met)],
  ];
  report(
    table(['file', 'raw B', 'gzip B', 'brotli B', 'target (brotli)', 'target'], rows),
    `console ${ratio(total.brotli, TARGET)} of the target; ${verdict(met)}; the check refuses more than ${fmt(CHECK_CEILING)} B.`,
  );
}

main();
