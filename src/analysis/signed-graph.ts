// The signed actor graph behind blocs: one node per actor (keys.ts), one undirected edge per pair
// that dealt with each other, weighted by the events' cooperation (+) or conflict (-), each event
// fading with its age before the end of the window.
import { UndirectedGraph } from 'graphology';
import type { StoredEvent } from '../store/types.js';
import { dayNumber, dayString, eventDays, overlaps } from './dates.js';
import { partyKeys, type KeyMode } from './keys.js';
import { periodOf } from '../store/dates.js';
import { at } from '../at.js';

/**
 * How much one event weighs before decay, in -1..1:
 * - 'plover' (default): its PLOVER score / 10 (REQUEST scores 0 and so adds nothing);
 * - 'goldstein': its Goldstein scale / 10;
 * - 'quad': +1 for quad classes 1-2 (cooperation), -1 for 3-4 (conflict).
 */
export type WeightScheme = 'plover' | 'goldstein' | 'quad';

export interface SignedGraphOptions {
  since?: string;
  until?: string;
  /** Half-life of an event's weight in days (default 30). 0 or Infinity: no decay. */
  halfLifeDays?: number;
  /** Reference day for ages (YYYY-MM-DD). Default: the end of `until`, else the latest event day. */
  end?: string;
  weight?: WeightScheme;
  /**
   * Actors named together as the subject of one event ("Obama and Hollande urged ...") act as one
   * side: each pair of them gets a positive tie of this fraction of the event's |weight| (default 0.5; 0 turns it off).
   */
  coActor?: number;
  key?: KeyMode;
  includeNonFactual?: boolean;
}

export interface NodeAttributes {
  /** CAMEO-style code (FRA, IMG) and, for split nodes, the sector or dictionary actor. */
  code: string;
  label: string;
  /** Events the node takes part in (after filters). */
  events: number;
}

export interface EdgeAttributes {
  /** Net decayed weight: positive part minus negative part. */
  weight: number;
  positive: number;
  negative: number;
  /** Events behind the tie. */
  events: number;
}

export type SignedGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

export interface SignedGraphResult {
  graph: SignedGraph;
  /** Reference day the ages are counted back from (null when no event is dated). */
  end: string | null;
  used: number;
  skipped: { undated: number; noPair: number; zeroWeight: number };
  /** Actors before a cut to the most active (signedGraphFromWeights with top); absent: the graph holds them all. */
  actors?: number;
}

function baseWeight(e: StoredEvent, scheme: WeightScheme): number {
  if (scheme === 'quad') return e.quad_code <= 2 ? 1 : -1;
  return (scheme === 'goldstein' ? e.goldstein : e.plover_score) / 10;
}

export function nodeOf(g: SignedGraph, key: string): void {
  if (g.hasNode(key)) return;
  const code = key.split(/[-:]/)[0]!;
  g.addNode(key, { code, label: key, events: 0 });
}

export function addTie(g: SignedGraph, a: string, b: string, w: number, events = 1): void {
  const [u, v] = a < b ? [a, b] : [b, a];
  const key = `${u}|${v}`;
  if (!g.hasEdge(key)) g.addUndirectedEdgeWithKey(key, u, v, { weight: 0, positive: 0, negative: 0, events: 0 });
  const at = g.getEdgeAttributes(key);
  if (w > 0) at.positive += w;
  else at.negative -= w;
  at.weight = at.positive - at.negative;
  at.events += events;
}

/** Builds the signed, decayed actor graph from events. */
export function signedGraph(events: readonly StoredEvent[], opts: SignedGraphOptions = {}): SignedGraphResult {
  const mode = opts.key ?? 'split';
  const scheme = opts.weight ?? 'plover';
  const half = opts.halfLifeDays ?? 30;
  const coActor = opts.coActor ?? 0.5;
  const g: SignedGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  const skipped = { undated: 0, noPair: 0, zeroWeight: 0 };
  const kept: { e: StoredEvent; mid: number }[] = [];
  for (const e of events) {
    if (!opts.includeNonFactual && (e.modality.negated || e.modality.hypothetical || e.modality.background === true)) continue;
    if (!overlaps(e, opts.since, opts.until)) continue;
    const d = eventDays(e);
    if (!d) {
      skipped.undated++;
      continue;
    }
    kept.push({ e, mid: Math.floor((d.start + d.end) / 2) });
  }
  let endDay: number | null = null;
  if (opts.end) endDay = dayNumber(opts.end);
  else if (opts.until) endDay = dayNumber(periodOf(opts.until)!.end);
  else if (kept.length) endDay = kept.reduce((m, k) => Math.max(m, k.mid), -Infinity);
  let used = 0;
  for (const { e, mid } of kept) {
    const from = partyKeys(e.actor, mode), to = partyKeys(e.recipient, mode);
    const age = Math.max(0, (endDay ?? mid) - mid);
    const decay = half > 0 && Number.isFinite(half) ? 0.5 ** (age / half) : 1;
    const w = baseWeight(e, scheme) * decay;
    const pairs: [string, string, number][] = [];
    for (const a of from) for (const b of to) if (a !== b) pairs.push([a, b, w]);
    if (coActor > 0) for (let i = 0; i < from.length; i++) for (let j = i + 1; j < from.length; j++) pairs.push([at(from, i), at(from, j), Math.abs(w) * coActor]);
    if (!pairs.length) {
      skipped.noPair++;
      continue;
    }
    if (w === 0) {
      skipped.zeroWeight++;
      continue;
    }
    used++;
    for (const k of new Set([...from, ...to])) {
      nodeOf(g, k);
      g.updateNodeAttribute(k, 'events', (n) => (n ?? 0) + 1);
    }
    for (const [a, b, x] of pairs) addTie(g, a, b, x);
  }
  return { graph: g, end: endDay === null ? null : dayString(endDay), used, skipped };
}
