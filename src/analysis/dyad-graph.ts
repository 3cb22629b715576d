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
  // sums per node and per pair first, then the graph: a few thousand pairs, not one update per row
  const nodes = new Map<string, number>();
  const pairs = new Map<string, { a: string; b: string; pos: number; neg: number; n: number }>();
  let used = 0;
  for (const r of rows) {
    if (r.actor === r.recipient) { skipped.noPair += r.n; continue; }
    const sum = scheme === 'quad' ? 2 * r.coop - r.n : (scheme === 'goldstein' ? r.goldstein : r.plover) / 10;
    const age = Math.max(0, (endDay ?? mid(r.month)) - mid(r.month));
    const w = sum * (half > 0 && Number.isFinite(half) ? 0.5 ** (age / half) : 1);
    if (w === 0) { skipped.zeroWeight += r.n; continue; }
    used += r.n;
    for (const k of [r.actor, r.recipient]) nodes.set(k, (nodes.get(k) ?? 0) + r.n);
    const [a, b] = r.actor < r.recipient ? [r.actor, r.recipient] : [r.recipient, r.actor];
    let p = pairs.get(`${a}|${b}`);
    if (!p) pairs.set(`${a}|${b}`, (p = { a, b, pos: 0, neg: 0, n: 0 }));
    if (w > 0) p.pos += w; else p.neg += w;
    p.n += r.n;
  }
  for (const [k, n] of [...nodes].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    nodeOf(g, k);
    g.setNodeAttribute(k, 'events', n);
  }
  for (const p of pairs.values()) {
    if (p.pos) addTie(g, p.a, p.b, p.pos, 0);
    if (p.neg) addTie(g, p.a, p.b, p.neg, 0);
    g.updateEdgeAttribute(`${p.a}|${p.b}`, 'events', (e) => (e ?? 0) + p.n);
  }
  return { graph: g, end: endDay === null ? null : dayString(endDay), used, skipped };
}
