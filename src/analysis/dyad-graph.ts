// The signed actor graph from the store's dyad summaries (one row per actor code, recipient code
// and month) instead of the events: what the alliance graph uses when a period holds too many
// events to read one by one. Nodes are codes (no sector or organisation split) and there are no
// co-actor ties; each month's weight fades from its middle day (months at their mean length).
import { UndirectedGraph } from 'graphology';
import type { DyadMonth, DyadWeight, DyadWeights } from '../store/types.js';
import { periodOf } from '../store/dates.js';
import { monthNumber } from '../store/aggregate.js';
import { addTie, nodeOf, type EdgeAttributes, type NodeAttributes, type SignedGraph, type SignedGraphOptions, type SignedGraphResult } from './signed-graph.js';
import { at } from '../at.js';

export function signedGraphFromDyads(rows: readonly DyadMonth[], opts: SignedGraphOptions = {}): SignedGraphResult {
  const scheme = opts.weight ?? 'plover';
  const half = opts.halfLifeDays ?? 30;
  let end: string | null = null;
  if (opts.end) end = opts.end;
  else if (opts.until) end = periodOf(opts.until)!.end;
  else if (rows.length) end = `${rows.reduce((m, r) => (r.month > m ? r.month : m), at(rows, 0).month)}-15`;
  const pairs = new Map<string, DyadWeight>();
  for (const r of rows) {
    const sum = scheme === 'quad' ? 2 * r.coop - r.n : (scheme === 'goldstein' ? r.goldstein : r.plover) / 10;
    const w = sum * (half > 0 && Number.isFinite(half) && end !== null ? 0.5 ** (Math.max(0, monthAge(end, r.month)) / half) : 1);
    let p = pairs.get(`${r.actor}|${r.recipient}`);
    if (!p) pairs.set(`${r.actor}|${r.recipient}`, (p = { actor: r.actor, recipient: r.recipient, n: 0, zero: 0, pos: 0, neg: 0 }));
    if (sum === 0) p.zero += r.n;
    else {
      p.n += r.n;
      if (sum > 0) p.pos += w; else p.neg += w;
    }
  }
  return signedGraphFromWeights({ end, rows: [...pairs.values()] });
}

/** Days from a month's middle to a day, months at their mean length (as the store's dyadWeights counts them). */
export function monthAge(day: string, month: string): number {
  return (monthNumber(day) - monthNumber(month)) * 30.436875 + (Number(day.slice(8, 10)) - 15);
}

/**
 * The graph of directed dyads whose months are already faded and summed (the store's dyadWeights).
 * With `top`, only the most active actors (by events, then id, as blocsOf ranks them) and the ties
 * between them are built: the same graph blocsOf would cut to, without adding and dropping the rest.
 */
export function signedGraphFromWeights(w: DyadWeights, top?: number): SignedGraphResult {
  const g: SignedGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  const skipped = { undated: 0, noPair: 0, zeroWeight: 0 };
  // sums per node and per pair first, then the graph: a few thousand pairs, not one update per row
  const nodes = new Map<string, number>();
  const pairs = new Map<string, { a: string; b: string; pos: number; neg: number; n: number }>();
  let used = 0;
  for (const r of w.rows) {
    if (r.actor === r.recipient) { skipped.noPair += r.n + r.zero; continue; }
    skipped.zeroWeight += r.zero;
    if (r.n === 0) continue;
    used += r.n;
    for (const k of [r.actor, r.recipient]) nodes.set(k, (nodes.get(k) ?? 0) + r.n);
    const [a, b] = r.actor < r.recipient ? [r.actor, r.recipient] : [r.recipient, r.actor];
    let p = pairs.get(`${a}|${b}`);
    if (!p) pairs.set(`${a}|${b}`, (p = { a, b, pos: 0, neg: 0, n: 0 }));
    p.pos += r.pos;
    p.neg += r.neg;
    p.n += r.n;
  }
  const kept = top !== undefined && nodes.size > top
    ? new Set([...nodes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, top).map(([k]) => k))
    : null;
  for (const [k, n] of [...nodes].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (kept && !kept.has(k)) continue;
    nodeOf(g, k);
    g.setNodeAttribute(k, 'events', n);
  }
  for (const p of pairs.values()) {
    if (kept && !(kept.has(p.a) && kept.has(p.b))) continue;
    if (p.pos) addTie(g, p.a, p.b, p.pos, 0);
    if (p.neg) addTie(g, p.a, p.b, p.neg, 0);
    g.updateEdgeAttribute(`${p.a}|${p.b}`, 'events', (e) => (e ?? 0) + p.n);
  }
  return { graph: g, end: w.end, used, skipped, ...(kept ? { actors: nodes.size } : {}) };
}
