// The signed actor graph from the store's dyad summaries (one row per actor code, recipient code
// and month) instead of the events: what the alliance graph uses when a period holds too many
// events to read one by one. Nodes are codes (no sector or organisation split) and there are no
// co-actor ties; each month's weight fades from its middle day.
import { UndirectedGraph } from 'graphology';
import type { DyadMonth } from '../store/types.js';
import { dayNumber, dayString } from './dates.js';
import { periodOf } from '../store/dates.js';
import { addTie, nodeOf, type EdgeAttributes, type NodeAttributes, type SignedGraph, type SignedGraphOptions, type SignedGraphResult } from './signed-graph.js';

export function signedGraphFromDyads(rows: readonly DyadMonth[], opts: SignedGraphOptions = {}): SignedGraphResult {
  const scheme = opts.weight ?? 'plover';
  const half = opts.halfLifeDays ?? 30;
  const g: SignedGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  const skipped = { undated: 0, noPair: 0, zeroWeight: 0 };
  const mid = (month: string) => dayNumber(`${month}-15`);
  let endDay: number | null = null;
  if (opts.end) endDay = dayNumber(opts.end);
  else if (opts.until) endDay = dayNumber(periodOf(opts.until)!.end);
  else if (rows.length) endDay = rows.reduce((m, r) => Math.max(m, mid(r.month)), -Infinity);
  let used = 0;
  for (const r of rows) {
    if (r.actor === r.recipient) { skipped.noPair += r.n; continue; }
    const sum = scheme === 'quad' ? 2 * r.coop - r.n : (scheme === 'goldstein' ? r.goldstein : r.plover) / 10;
    const age = Math.max(0, (endDay ?? mid(r.month)) - mid(r.month));
    const w = sum * (half > 0 && Number.isFinite(half) ? 0.5 ** (age / half) : 1);
    if (w === 0) { skipped.zeroWeight += r.n; continue; }
    used += r.n;
    for (const k of [r.actor, r.recipient]) {
      nodeOf(g, k);
      g.updateNodeAttribute(k, 'events', (n) => (n ?? 0) + r.n);
    }
    addTie(g, r.actor, r.recipient, w, r.n);
  }
  return { graph: g, end: endDay === null ? null : dayString(endDay), used, skipped };
}
