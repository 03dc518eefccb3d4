// Shipped widget sizes against the budgets: the loader at most 1,500 B brotli, everything
// fetched to open the panel (wasm + JS glue; its CSS is inside the wasm) at most 100 KB.
// Usage: node widget/size.mjs [dist/site]   (run by `cargo xtask test` after the build)
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const site = process.argv[2] ?? 'dist/site';
const LOADER_BUDGET = 1_500;
const PANEL_BUDGET = 100_000;

function measure(file) {
  const bytes = readFileSync(`${site}/${file}`);
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
}

const loader = measure('widget.js');
const panel = [measure('widget/frontdesk_widget_bg.wasm'), measure('widget/frontdesk_widget.js')];
for (const { file, raw, gzip, brotli } of [loader, ...panel]) {
  console.log(`    ${file}: ${raw} B raw, ${gzip} B gzip, ${brotli} B brotli`);
}
const panelBrotli = panel.reduce((sum, { brotli }) => sum + brotli, 0);
console.log(`    loader ${loader.brotli} B brotli (budget ${LOADER_BUDGET}); panel ${panelBrotli} B brotli (budget ${PANEL_BUDGET})`);
if (loader.brotli > LOADER_BUDGET || panelBrotli > PANEL_BUDGET) {
  console.error('    the widget is over its size budget');
  process.exit(1);
}
