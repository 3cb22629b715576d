// Fills a fresh SQLite store with N events drawn from real coded stories: some bench corpus
// stories are coded with the pipeline, then their events are replicated with dates spread over
// five years (articles in date order, more lately and around a few bursts; events a day or two
// before their article, some dated only to the month or year, a few decades back), actors and places drawn from those the stories named (a few actors and places much more
// often than the rest), and written through the store's bulk path.
import { createHash } from 'node:crypto';
import { annotate } from '../src/pipeline.js';
import type { Store } from '../src/store/index.js';
import type { Doc, Event, RawInput } from '../src/types.js';
import { uniform } from '../src/prng.js';

/** Deterministic floats in [0, 1) (src/prng.ts), so two runs fill the same store. */
export const rng = uniform;

const DAY = 86_400_000;
const FROM = Date.UTC(2019, 0, 1);
const SPAN_DAYS = 1826;
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface Pools {
  docs: Doc[];
  actors: Event['actor'][number][];
  names: Map<string, Doc['actors'][number]['actor']>;
  places: NonNullable<Event['place']>[];
}

/** Codes the stories; keeps those with factual events, and the actors and places they name. */
export function codeStories(inputs: readonly RawInput[]): Pools {
  const docs: Doc[] = [];
  const actors = new Map<string, Event['actor'][number]>();
  const names = new Map<string, Doc['actors'][number]['actor']>();
  const places = new Map<string, NonNullable<Event['place']>>();
  for (const input of inputs) {
    const doc = annotate(input);
    if (!doc.events.length) continue;
    docs.push(doc);
    for (const m of doc.actors) names.set(m.actor.id, m.actor);
    for (const e of doc.events) {
      for (const p of [...e.actor, ...e.recipient]) if (p.code && !actors.has(p.actorId)) actors.set(p.actorId, p);
      if (e.place?.country && !places.has(e.place.name)) places.set(e.place.name, e.place);
    }
  }
  return { docs, actors: [...actors.values()].sort((a, b) => (a.actorId < b.actorId ? -1 : 1)), names, places: [...places.values()].sort((a, b) => (a.name < b.name ? -1 : 1)) };
}

/**
 * The days news is about, as a cumulative share: more lately (a slow trend) and around a few
 * bursts. Articles come in date order, as news does, so each takes its day from its place in the run.
 */
export function dayShares(bursts: readonly number[]): Float64Array {
  const w = Float64Array.from({ length: SPAN_DAYS }, (_, d) => 1 + 2 * (d / SPAN_DAYS) + bursts.reduce((t, c) => t + 6 * Math.exp(-(((d - c) / 8) ** 2)), 0));
  let t = 0;
  for (let d = 0; d < w.length; d++) w[d] = t += w[d]!;
  for (let d = 0; d < w.length; d++) w[d]! /= t;
  return w;
}

function dayAt(shares: Float64Array, u: number): number {
  let lo = 0, hi = shares.length - 1;
  while (lo < hi) { const m = (lo + hi) >> 1; if (shares[m]! < u) lo = m + 1; else hi = m; }
  return lo;
}

/** An event's date: a day or two before its article's, some known only to the month or year, a few decades back (background). */
function dateOf(r: () => number, articleDay: number): { date: string; granularity: 'day' | 'month' | 'year' } {
  const u = r();
  if (u < 0.005) return { date: ymd(Date.UTC(1950 + Math.floor(r() * 60), Math.floor(r() * 12), 1 + Math.floor(r() * 28))), granularity: 'day' };
  const ms = FROM + Math.max(0, articleDay - Math.floor(r() * 3)) * DAY;
  if (u < 0.035) return { date: ymd(ms).slice(0, 7), granularity: 'month' };
  if (u < 0.045) return { date: ymd(ms).slice(0, 4), granularity: 'year' };
  return { date: ymd(ms), granularity: 'day' };
}

/** Top-heavy pick: the first items of a list come up far more often than the last. */
const skewed = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(list.length * r() ** 2.5)]!;

/** The i-th generated article: a coded story's text with `perDoc` of its events, re-dated and re-cast. */
export function makeDoc(p: Pools, i: number, perDoc: number, r: () => number, articleDay: number): Doc {
  const src = p.docs[i % p.docs.length]!;
  const id = createHash('sha256').update(`bench-${i}`).digest('hex').slice(0, 16);
  const events: Event[] = [];
  const used = new Map<string, Doc['actors'][number]>();
  const cast = (list: Event['actor'], at: number): Event['actor'] => list.map(() => {
    const a = skewed(r, p.actors);
    const actor = p.names.get(a.actorId) ?? { id: a.actorId, name: a.text, code: a.code, sector: a.sector, wikidata: null };
    if (!used.has(a.actorId)) used.set(a.actorId, { start: at, end: at, text: a.text, via: 'dictionary', actor } as Doc['actors'][number]);
    return { ...a };
  });
  for (let j = 0; j < perDoc; j++) {
    const e = src.events[j % src.events.length]!;
    const d = dateOf(r, articleDay);
    const place = r() < 0.7 && p.places.length ? skewed(r, p.places) : null;
    events.push({
      ...e, id: `b${j}`, date: d.date, dateFrom: 'sentence', dateGranularity: d.granularity,
      actor: cast(e.actor, e.sentence.start), recipient: cast(e.recipient, e.sentence.start),
      place, placeFrom: place ? 'clause' : undefined,
      modality: { ...e.modality, negated: false, hypothetical: false, background: false },
    } as Event);
  }
  const published = events.find((e) => e.dateGranularity === 'day')?.date ?? '2021-01-01';
  return {
    ...src, id, events, nonFactual: [], times: [], places: [], quotes: [], actors: [...used.values()],
    article: { ...src.article, id, url: `https://bench.invalid/${id}`, published, publishedFrom: 'caller', source: 'bench' },
  } as Doc;
}

export interface FillResult { events: number; articles: number; seconds: number; stories: number }

/** Writes N events (rounded up to whole articles) in batches through store.ingestBulk. */
export async function fill(store: Store, p: Pools, n: number, perDoc = 32, seed = 19): Promise<FillResult> {
  const r = rng(seed);
  const shares = dayShares(Array.from({ length: 6 }, () => Math.floor(r() * SPAN_DAYS)));
  const t0 = Date.now();
  const docs = Math.ceil(n / perDoc);
  const BATCH = 250;
  for (let i = 0; i < docs; i += BATCH) {
    const batch: Doc[] = [];
    for (let k = i; k < Math.min(docs, i + BATCH); k++) batch.push(makeDoc(p, k, Math.min(perDoc, n - k * perDoc), r, dayAt(shares, (k + 0.5) / docs)));
    await store.ingestBulk(batch);
    if ((i / BATCH) % 40 === 0) process.stderr.write(`fill: ${Math.min(n, (i + BATCH) * perDoc)} / ${n} events, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  }
  return { events: n, articles: docs, seconds: (Date.now() - t0) / 1000, stories: p.docs.length };
}
