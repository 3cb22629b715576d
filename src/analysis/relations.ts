// Relations per dyad: how often each side cooperated or clashed with the other, per calendar window,
// and whether the relation is warming or cooling. Pure: events in, JSON-friendly rows out.
import type { DyadQuads, StoredEvent } from '../store/types.js';
import { eventWindow, overlaps, type Window, type WindowKind } from './dates.js';
import { partyKeys, type KeyMode } from './keys.js';
import { at } from '../at.js';

export interface RelationsOptions {
  /** Calendar window the series is counted in (default 'month'). */
  window?: WindowKind;
  /** Directed dyads actor -> recipient (default true); false merges A->B and B->A under "A~B" (sorted). */
  directed?: boolean;
  /** Keep only dyads with this key on either side (e.g. FRA). */
  actor?: string;
  /** Date bounds (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, inclusive); events whose period overlaps are kept. */
  since?: string;
  until?: string;
  /** How participants become dyad sides (default 'code': FRA, RUS, IMG). See keys.ts. */
  key?: KeyMode;
  /** Also count negated and hypothetical readings (default false). */
  includeNonFactual?: boolean;
}

/** Event counts by quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export interface QuadCounts {
  verbalCoop: number;
  materialCoop: number;
  verbalConflict: number;
  materialConflict: number;
}

export interface RelationStats {
  events: number;
  quad: QuadCounts;
  /** Mean Goldstein scale (-10..10) of the events. */
  goldstein: number;
  /** Mean PLOVER conflict-cooperation score (-10..10). */
  plover: number;
}

export interface RelationWindow extends RelationStats {
  window: string;
  start: string;
  end: string;
}

export interface RelationTrend {
  /** Least-squares slope of the window means against calendar position, per window (null with < 2 windows). */
  goldsteinSlope: number | null;
  ploverSlope: number | null;
  /** Mean PLOVER score of the last window minus the mean over all earlier events (null with < 2 windows). */
  lastVsEarlier: number | null;
  /** 'warming' / 'cooling' when the PLOVER slope exceeds ±0.5 per window; 'steady' otherwise; 'n/a' with < 2 windows. */
  direction: 'warming' | 'cooling' | 'steady' | 'n/a';
}

export interface Dyad extends RelationStats {
  /** "FRA->RUS" when directed, "FRA~RUS" when not. */
  id: string;
  source: string;
  target: string;
  directed: boolean;
  /** Events whose date is too coarse (a month or year for weekly windows, a year for monthly) or missing: in the totals, not in the series. */
  unplaced: number;
  windows: RelationWindow[];
  trend: RelationTrend;
}

export interface RelationsResult {
  window: WindowKind;
  directed: boolean;
  /** Events read (after filters), and those left out for lacking a coded actor or recipient. */
  events: number;
  withoutDyad: number;
  dyads: Dyad[];
}

interface Acc {
  n: number;
  quad: [number, number, number, number];
  goldstein: number;
  plover: number;
}

const newAcc = (): Acc => ({ n: 0, quad: [0, 0, 0, 0], goldstein: 0, plover: 0 });

/** Adds n events of one quad class, with their Goldstein and PLOVER sums. */
function add(a: Acc, quad: number, n: number, goldstein: number, plover: number): void {
  a.n += n;
  a.quad[quad - 1]! += n;
  a.goldstein += goldstein;
  a.plover += plover;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function stats(a: Acc): RelationStats {
  return {
    events: a.n,
    quad: { verbalCoop: a.quad[0], materialCoop: a.quad[1], verbalConflict: a.quad[2], materialConflict: a.quad[3] },
    goldstein: a.n ? round(a.goldstein / a.n) : 0,
    plover: a.n ? round(a.plover / a.n) : 0,
  };
}

/** Least-squares slope of y against x, or null with fewer than two distinct x. */
export function slope(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const mx = xs.reduce((s, x) => s + x, 0) / n, my = ys.reduce((s, y) => s + y, 0) / n;
  let num = 0, den = 0;
  for (let i = 0; i < n; i++) {
    num += (at(xs, i) - mx) * (at(ys, i) - my);
    den += (at(xs, i) - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}

function trend(windows: { index: number; acc: Acc }[]): RelationTrend {
  if (windows.length < 2) return { goldsteinSlope: null, ploverSlope: null, lastVsEarlier: null, direction: 'n/a' };
  const xs = windows.map((w) => w.index);
  const g = slope(xs, windows.map((w) => w.acc.goldstein / w.acc.n));
  const p = slope(xs, windows.map((w) => w.acc.plover / w.acc.n));
  const last = at(windows, windows.length - 1).acc;
  const earlier = windows.slice(0, -1).reduce((s, w) => ({ n: s.n + w.acc.n, sum: s.sum + w.acc.plover }), { n: 0, sum: 0 });
  const lastVsEarlier = last.plover / last.n - earlier.sum / earlier.n;
  const direction = p === null ? 'n/a' : p > 0.5 ? 'warming' : p < -0.5 ? 'cooling' : 'steady';
  return { goldsteinSlope: g === null ? null : round(g), ploverSlope: p === null ? null : round(p), lastVsEarlier: round(lastVsEarlier), direction };
}

type Tally = Map<string, { source: string; target: string; all: Acc; unplaced: number; windows: Map<string, Window & { acc: Acc }> }>;

/** Counts n events of one quad class (and their score sums) to a dyad, in its window or as unplaced. */
function count(dyads: Tally, id: string, source: string, target: string, win: Window | null, quad: number, n: number, goldstein: number, plover: number): void {
  let d = dyads.get(id);
  if (!d) dyads.set(id, (d = { source, target, all: newAcc(), unplaced: 0, windows: new Map() }));
  add(d.all, quad, n, goldstein, plover);
  if (!win) {
    d.unplaced += n;
    return;
  }
  let w = d.windows.get(win.label);
  if (!w) d.windows.set(win.label, (w = { ...win, acc: newAcc() }));
  add(w.acc, quad, n, goldstein, plover);
}

/** The dyads of a tally, most active first, then by id. */
function dyadsOf(dyads: Tally, directed: boolean): Dyad[] {
  const out: Dyad[] = [...dyads.entries()].map(([id, d]) => {
    const ws = [...d.windows.values()].sort((x, y) => x.index - y.index);
    return {
      id, source: d.source, target: d.target, directed, ...stats(d.all), unplaced: d.unplaced,
      windows: ws.map((w) => ({ window: w.label, start: w.start, end: w.end, ...stats(w.acc) })),
      trend: trend(ws),
    };
  });
  out.sort((x, y) => y.events - x.events || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return out;
}

/** A dyad's id and sides, folded when undirected; null when the focus is on neither side. */
function sides(a: string, b: string, directed: boolean, focus: string | undefined): { id: string; source: string; target: string } | null {
  const [source, target] = directed || a <= b ? [a, b] : [b, a];
  if (focus && source !== focus && target !== focus) return null;
  return { id: `${source}${directed ? '->' : '~'}${target}`, source, target };
}

/**
 * Per dyad and window: counts by quad class, mean Goldstein and PLOVER score, and the trend.
 * An event with several actors or recipients counts once in each of their dyads; a side acting on
 * itself (BEL -> BEL) is a dyad too. Dyads come most active first, then by id.
 */
export function relations(events: readonly StoredEvent[], opts: RelationsOptions = {}): RelationsResult {
  const kind = opts.window ?? 'month';
  const directed = opts.directed ?? true;
  const mode = opts.key ?? 'code';
  const focus = opts.actor?.toUpperCase();
  const dyads: Tally = new Map();
  let read = 0, withoutDyad = 0;
  for (const e of events) {
    if (!opts.includeNonFactual && (e.modality.negated || e.modality.hypothetical || e.modality.background === true)) continue;
    if (!overlaps(e, opts.since, opts.until)) continue;
    read++;
    const from = partyKeys(e.actor, mode), to = partyKeys(e.recipient, mode);
    if (!from.length || !to.length) {
      withoutDyad++;
      continue;
    }
    const win = eventWindow(e, kind);
    const seen = new Set<string>();
    for (const a of from) {
      for (const b of to) {
        const s = sides(a, b, directed, focus);
        if (!s || seen.has(s.id)) continue; // one event counts once per dyad, even when undirected pairs fold together
        seen.add(s.id);
        count(dyads, s.id, s.source, s.target, win, e.quad_code, 1, e.goldstein, e.plover_score);
      }
    }
  }
  return { window: kind, directed, events: read, withoutDyad, dyads: dyadsOf(dyads, directed) };
}

/**
 * relations() from counts per dyad of codes, date and quad class (the store's dyadQuads): the same
 * dyads, windows and trends for code keys and factual events. Counts cannot tell which events had
 * no dyad, so withoutDyad is null; undirected, an event with A and B on both sides counts twice in A~B.
 */
export function relationsOfCounts(counted: DyadQuads, opts: Pick<RelationsOptions, 'window' | 'directed' | 'actor'> = {}): Omit<RelationsResult, 'withoutDyad'> & { withoutDyad: null } {
  const kind = opts.window ?? 'month';
  const directed = opts.directed ?? true;
  const focus = opts.actor?.toUpperCase();
  const dyads: Tally = new Map();
  // rows share a few hundred dates (months, over a long period): each date's window found once
  const windows = new Map<string, Window | null>();
  const pairs = new Map<string, ReturnType<typeof sides>>();
  for (const r of counted.rows) {
    const pair = `${r.actor}\u0000${r.recipient}`;
    let s = pairs.get(pair);
    if (s === undefined) pairs.set(pair, (s = sides(r.actor, r.recipient, directed, focus)));
    if (!s) continue;
    let win = windows.get(r.date);
    if (win === undefined) windows.set(r.date, (win = eventWindow({ date: r.date || null }, kind)));
    count(dyads, s.id, s.source, s.target, win, r.quad, r.n, r.goldstein, r.plover);
  }
  return { window: kind, directed, events: counted.events, withoutDyad: null, dyads: dyadsOf(dyads, directed) };
}
