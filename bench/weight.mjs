// Widget weight: bytes (raw, gzip, brotli) of the loader and of everything fetched to open
// the panel, against the budgets, with the 20-line plain-JS bubble as the floor.
// `node bench/weight.mjs` prints the report; `--check` only enforces the budgets (CI).
import fs from 'node:fs';
import path from 'node:path';
import { sizes } from './lib/compressed.mjs';
import { ROOT } from './lib/root.mjs';
import { fmt, ratio, report, table, verdict } from './lib/report.mjs';

// Budgets in decimal kilobytes, the stricter reading: 1.5 KB = 1,500 B, 100 KB = 100,000 B.
export const LOADER_BUDGET = 1_536;
export const PANEL_BUDGET = 102_400;

const SITE = path.join(ROOT, 'dist/site');

/** Code fetched on first use, not on open: dist/site/widget/lazy (the attachment code). */
const LAZY = path.join(SITE, 'widget/lazy');

/**
 * Files under `dir` (wasm, JS, CSS). With `skip`, not that folder: the panel is every file
 * of dist/site/widget (wasm, glue, its snippets) but the lazily loaded ones.
 */
function codeFiles(dir, skip) {
  const files = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) { if (full !== skip) walk(full); }
      else if (/\.(wasm|js|mjs|css)$/.test(entry.name)) files.push(full);
    }
  };
  walk(dir);
  return files.sort();
}

function sum(list) {
  return list.reduce((total, s) => ({
    raw: total.raw + s.raw, gzip: total.gzip + s.gzip, brotli: total.brotli + s.brotli,
  }), { raw: 0, gzip: 0, brotli: 0 });
}

export function measure() {
  const loaderFile = path.join(SITE, 'widget.js');
  if (!fs.existsSync(loaderFile)) {
    throw new Error('dist/site/widget.js is missing: run `cargo xtask build` first');
  }
  const loader = sizes(loaderFile);
  const part = (file) => ({ file: path.relative(SITE, file), ...sizes(file) });
  const panelParts = codeFiles(path.join(SITE, 'widget'), LAZY).map(part);
  const panel = sum(panelParts);
  const lazyParts = codeFiles(LAZY).map(part);
  const floor = sizes(path.join(ROOT, 'bench/floor/bubble.js'));
  return { loader, panel, panelParts, lazyParts, floor };
}

function main() {
  const { loader, panel, panelParts, lazyParts, floor } = measure();
  const loaderOk = loader.brotli <= LOADER_BUDGET;
  const panelOk = panel.brotli <= PANEL_BUDGET;
  if (process.argv.includes('--check')) {
    console.log(`    loader ${fmt(loader.brotli)} B brotli (budget ${fmt(LOADER_BUDGET)} B): ${verdict(loaderOk)}`);
    console.log(`    panel ${fmt(panel.brotli)} B brotli (budget ${fmt(PANEL_BUDGET)} B): ${verdict(panelOk)}`);
    if (!loaderOk || !panelOk) {
      console.error('widget size budget exceeded (see BENCHMARKS.md, "Widget weight")');
      process.exit(1);
    }
    return;
  }
  const row = (name, s, budget) => [
    name, fmt(s.raw), fmt(s.gzip), fmt(s.brotli),
    budget ? `${fmt(budget)} B` : '', budget ? verdict(s.brotli <= budget) : '',
  ];
  const rows = [
    row('`/widget.js` (loader)', loader, LOADER_BUDGET),
    ...panelParts.map((part) => row(`\`/${part.file}\``, part)),
    row('**panel total** (fetched on open)', panel, PANEL_BUDGET),
    ...lazyParts.map((part) => row(`\`/${part.file}\` (fetched on first use, not in the panel)`, part)),
    row('floor: 20-line plain-JS bubble (`bench/floor/bubble.js`)', floor),
  ];
  report(
    table(['file', 'raw B', 'gzip B', 'brotli B', 'budget (brotli)', 'target'], rows),
    `loader ${ratio(loader.brotli, LOADER_BUDGET)} of budget, ${ratio(loader.brotli, floor.brotli)} the floor bubble; ` +
      `panel ${ratio(panel.brotli, PANEL_BUDGET)} of budget (${fmt(PANEL_BUDGET - panel.brotli)} B headroom); ` +
      `loader ${verdict(loaderOk)}, panel ${verdict(panelOk)}.`,
  );
}

main();
