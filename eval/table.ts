// Plain-text tables for the terminal.
import { isCount, isScore } from './scorers.js';

/** Columns padded to their widest cell; numbers right-aligned. */
export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const HALF_PREFIX = /^(dev|test)\./;

/**
 * A set scored by halves (`dev.<key>`, `test.<key>` beside the plain keys, eval/split.ts): one row per
 * key with the whole set, dev and test side by side; n as whole/dev/test.
 */
function halvesTable(scores: Record<string, number>): string {
  const val = (k: string) => scores[k];
  const fmt = (k: string, v: number | undefined) => (v === undefined ? '' : isScore(k, v) ? v.toFixed(3) : Number.isInteger(v) ? String(v) : v.toFixed(3));
  const rows: (string | number)[][] = [];
  const used = new Set<string>();
  const base = Object.keys(scores).filter((k) => !HALF_PREFIX.test(k));
  for (const k of base) {
    const v = scores[k]!;
    if (!isScore(k, v)) continue;
    const nKey = `n_${k}` in scores ? `n_${k}` : null;
    if (nKey) used.add(nKey);
    const n = nKey ? [nKey, `dev.${nKey}`, `test.${nKey}`].map((x) => fmt(x, val(x))).join('/') : '';
    rows.push([k, fmt(k, v), fmt(k, val(`dev.${k}`)), fmt(k, val(`test.${k}`)), n]);
  }
  for (const k of base) {
    const v = scores[k]!;
    if (isScore(k, v) || used.has(k)) continue;
    rows.push([isCount(k) ? k.replace(/(^|\.)n_?/, '$1') || 'n' : k, '', '', '', [k, `dev.${k}`, `test.${k}`].map((x) => fmt(x, val(x))).join('/')]);
  }
  return formatTable(['metric', 'all', 'dev', 'test', 'n all/dev/test'], rows);
}

/** One set's scores: score rows (value, n from `n_<metric>` or `n`), then the remaining counts. */
export function scoresTable(scores: Record<string, number>): string {
  if (Object.keys(scores).some((k) => HALF_PREFIX.test(k))) return halvesTable(scores);
  const rows: (string | number)[][] = [];
  const used = new Set<string>();
  for (const [k, v] of Object.entries(scores)) {
    if (!isScore(k, v)) continue;
    const nKey = `n_${k}` in scores ? `n_${k}` : 'n' in scores ? 'n' : null;
    if (nKey) used.add(nKey);
    rows.push([k, v.toFixed(3), nKey ? String(scores[nKey]) : '']);
  }
  const count = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3));
  for (const [k, v] of Object.entries(scores)) {
    if (isScore(k, v) || used.has(k)) continue;
    rows.push([isCount(k) ? k.replace(/(^|\.)n_?/, '$1') || 'n' : k, '', count(v)]);
  }
  return formatTable(['metric', 'value', 'n'], rows);
}
