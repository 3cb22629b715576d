import { at } from '../at.js';
// Table, CSV and JSONL renderings for the CLI. Tables are for eyes; CSV and JSONL for tools.

export { csv, jsonl } from '../output/text-formats.js';

export function table(header: string[], rows: readonly unknown[][], maxWidth = 48): string {
  const cells = [header, ...rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))))];
  const clipped = cells.map((r) => r.map((c) => (c.length > maxWidth ? c.slice(0, maxWidth - 1) + '…' : c)));
  const widths = header.map((_, i) => Math.max(...clipped.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(at(widths, i))).join('  ').trimEnd();
  return [line(at(clipped, 0)), widths.map((w) => '-'.repeat(w)).join('  '), ...clipped.slice(1).map(line)].join('\n') + '\n';
}

/** "FRA GOV, USA GOV" for an actor list. */
export function parties(list: readonly { code: string | null; sector: string | null }[]): string {
  return list.map((a) => [a.code ?? '???', a.sector].filter(Boolean).join(' ')).join(', ');
}
