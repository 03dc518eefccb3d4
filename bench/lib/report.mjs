// Figures and the markdown a suite prints: a table plus one summary line of ratios.
// The report goes to stdout and, when `cargo xtask bench` runs the suite, to the file
// named by FRONTDESK_BENCH_REPORT (stdout also carries the servers' own chatter).
import fs from 'node:fs';

/** The p-th percentile (0..100) of `values`, nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function median(values) {
  return percentile(values, 50);
}

/** A number with thousands separators and `digits` decimals. */
export function fmt(value, digits = 0) {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function ratio(value, base) {
  return base > 0 ? `${fmt(value / base, 2)}x` : 'n/a';
}

/** A target verdict: `met` or `MISSED`. */
export function verdict(ok) {
  return ok ? 'met' : 'MISSED';
}

export function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

export function progress(text) {
  process.stderr.write(`    ${text}\n`);
}

/** Prints the report: the table, a blank line, then the summary line. */
export function report(tableText, summary, notes = []) {
  const parts = [tableText, '', `**Summary:** ${summary}`];
  if (notes.length > 0) parts.push('', ...notes);
  const text = `${parts.join('\n')}\n`;
  process.stdout.write(text);
  if (process.env.FRONTDESK_BENCH_REPORT) fs.writeFileSync(process.env.FRONTDESK_BENCH_REPORT, text);
}
