// The faded dyad weights of a period up to a day, kept between requests by whole-month prefix.
// Moving the graph's slider (or asking for another month's graph) changes the end day: every
// month's weight then fades by the same factor (ages all grow by the same days), so the months
// summed for an earlier end are rescaled, and only the months after it are read. A period's graph
// reads its cut days and the new months, not every dyad and month of the store (64,000 rows at 1M
// events). Kept per reader, per store version (any write empties it), and bounded.
import { monthNumber, nextMonth, prevMonth } from '../store/aggregate.js';
import { periodOf } from '../store/dates.js';
import type { DyadWeight, DyadWeightQuery, DyadWeights, Store } from '../store/index.js';

/** Whole months summed up to `to` (YYYY-MM), faded to its last day `end`. */
interface Prefix { to: string; end: string; rows: Map<string, DyadWeight> }

const MAX_KEYS = 16;
const MAX_PREFIXES = 96;
const kept = new Map<string, { version: number; prefixes: Prefix[] }>();

const monthEnd = (m: string) => periodOf(m)!.end;

/** Days the ages grow by from one end day to a later one, as the store counts ages (aggregate.ts fade()). */
const ageGap = (from: string, to: string) => (monthNumber(to) - monthNumber(from)) * 30.436875 + (Number(to.slice(8, 10)) - Number(from.slice(8, 10)));

function add(into: Map<string, DyadWeight>, rows: Iterable<DyadWeight>, scale = 1): void {
  for (const r of rows) {
    const k = `${r.actor}|${r.recipient}`;
    const acc = into.get(k) ?? { actor: r.actor, recipient: r.recipient, n: 0, zero: 0, pos: 0, neg: 0 };
    acc.n += r.n; acc.zero += r.zero; acc.pos += r.pos * scale; acc.neg += r.neg * scale;
    into.set(k, acc);
  }
}

async function prefix(store: Store, from: string | undefined, to: string, half: number, weight: DyadWeightQuery['weight']): Promise<Prefix> {
  const key = `${from ?? ''}|${half}|${weight ?? 'plover'}`;
  const version = await store.version();
  let entry = kept.get(key);
  if (!entry || entry.version !== version) {
    if (entry) kept.delete(key);
    entry = { version, prefixes: [] };
    kept.set(key, entry);
    for (const k of kept.keys()) { if (kept.size <= MAX_KEYS) break; kept.delete(k); }
  }
  const hit = entry.prefixes.find((p) => p.to === to);
  if (hit) return hit;
  const end = monthEnd(to);
  const before = entry.prefixes.filter((p) => p.to < to).sort((a, b) => (a.to < b.to ? 1 : -1))[0];
  const rows = new Map<string, DyadWeight>();
  if (before) {
    add(rows, before.rows.values(), 0.5 ** (ageGap(before.end, end) / half));
    add(rows, (await store.dyadWeights({ since: `${nextMonth(before.to)}-01`, until: end, end, halfLifeDays: half, weight })).rows);
  } else {
    add(rows, (await store.dyadWeights({ since: from ? `${from}-01` : undefined, until: end, end, halfLifeDays: half, weight })).rows);
  }
  const made = { to, end, rows };
  entry.prefixes.push(made);
  if (entry.prefixes.length > MAX_PREFIXES) entry.prefixes.shift();
  return made;
}

/** store.dyadWeights(q), from kept month prefixes when the period has an until day and fades. */
export async function fadedDyads(store: Store, q: DyadWeightQuery): Promise<DyadWeights> {
  const half = q.halfLifeDays ?? 0;
  if (q.until === undefined || q.end !== undefined || !(half > 0 && Number.isFinite(half))) return store.dyadWeights(q);
  const start = q.since === undefined ? undefined : periodOf(q.since)!.start;
  const end = periodOf(q.until)!.end;
  const firstWhole = start === undefined ? undefined : start.endsWith('-01') ? start.slice(0, 7) : nextMonth(start.slice(0, 7));
  const lastWhole = monthEnd(end.slice(0, 7)) === end ? end.slice(0, 7) : prevMonth(end.slice(0, 7));
  if (firstWhole !== undefined && firstWhole > lastWhole) return store.dyadWeights(q);
  const p = await prefix(store, firstWhole, lastWhole, half, q.weight);
  // the prefix's rows faded to the end day, under the keys they have
  const scale = 0.5 ** (ageGap(p.end, end) / half);
  const rows = new Map<string, DyadWeight>();
  for (const [k, r] of p.rows) rows.set(k, { actor: r.actor, recipient: r.recipient, n: r.n, zero: r.zero, pos: r.pos * scale, neg: r.neg * scale });
  // the days of the months the period cuts, faded to the end day
  const cuts: [string, string][] = [];
  if (start !== undefined && !start.endsWith('-01')) cuts.push([start, monthEnd(start.slice(0, 7))]);
  if (lastWhole !== end.slice(0, 7)) cuts.push([`${end.slice(0, 7)}-01`, end]);
  for (const [a, b] of cuts) add(rows, (await store.dyadWeights({ since: a, until: b, end, halfLifeDays: half, weight: q.weight })).rows);
  return { end, rows: [...rows.values()].sort((x, y) => (x.actor < y.actor ? -1 : x.actor > y.actor ? 1 : x.recipient < y.recipient ? -1 : 1)) };
}

/**
 * Builds the month prefixes of every month from `first` to `last` (YYYY-MM), oldest first, each
 * from the one before: what a reader does when it starts, for the page's default memory, so the
 * first graphs asked for do not each sum every dyad and month of the store. The latest
 * MAX_PREFIXES stay (it stopped after the first MAX_PREFIXES: at 1M events over 15 years, the
 * graphs of the last 7 years each summed every month after 2016 again).
 */
export async function warmFadedDyads(store: Store, first: string, last: string, half: number): Promise<number> {
  let n = 0;
  for (let m = first; m <= last; m = nextMonth(m), n++) {
    await prefix(store, undefined, m, half, undefined);
    // a turn of the event loop between months: a reader answers requests while it warms
    await new Promise((resolve) => setImmediate(resolve));
  }
  return n;
}
