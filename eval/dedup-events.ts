// Cross-article event deduplication, measured on the shared Reuters politics articles (read at run
// time). Every article is annotated and ingested into a throwaway SQLite store, then event pairs
// are checked against two kinds of labels (eval/README.md, "dedup-events"):
//  - automatic "same event" pairs: two coded events of one type in different stored articles whose
//    evidence sentences are near-identical (the wire re-running a sentence), so they report one event;
//  - hand-judged pairs (eval/gold/dedup-events.json, ids only): pairs the store merged or might
//    merge, each judged same or different event by reading both sentences.
// Scores: 1 - the rate of duplicates left (same-event pairs in different groups) and 1 - the rate
// of wrong merges (different-event pairs in one group), with counts.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { annotate } from '../src/pipeline.js';
import { openStore, type StoredEvent } from '../src/store/index.js';
import { csvRecords } from '../test/dedup/csv.js';
import { repoRoot } from './paths.js';
import { halfOf } from './split.js';
import { placeSampleNote } from './place-sample.js';
import { measureGuardian } from './dedup-guardian.js';

const FILE = ['eval', 'isot-reuters-politicsnews', 'True_politicsNews_prefix.csv'];
const LABELS = join(repoRoot(), 'eval', 'gold', 'dedup-events.json');
const MORE_LABELS = join(repoRoot(), 'eval', 'gold', 'dedup-events-more.json');

/** Near-identical evidence: Jaccard of word 3-shingles at or above this. */
const SAME_SENTENCE = 0.6;
/**
 * ...in articles published at most this many days apart. A sentence the wire re-runs weeks later
 * is background ("Russia has denied meddling"), often a new act of the same kind ("a spokesman
 * declined to comment"): not labelled either way.
 */
const SAME_CYCLE_DAYS = 2;

const Label = z.object({ a: z.string(), b: z.string(), same: z.boolean(), reason: z.string().optional() });
const Labels = z.object({ note: z.string(), pairs: z.array(Label) });

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
export function shingles(s: string): Set<string> {
  const w = words(s);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3).join(' '));
  if (w.length < 3 && w.length) out.add(w.join(' '));
  return out;
}
export function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return a.size + b.size === 0 ? 0 : inter / (a.size + b.size - inter);
}

/** An event's label id: CSV row, a hash of its normalised evidence sentence, its type and parties (code, else actor id). */
export function eventKey(row: number, e: StoredEvent): string {
  const h = createHash('sha1').update(words(e.event_text).join(' ')).digest('hex').slice(0, 12);
  const who = (ps: StoredEvent['actor']) => ps.map((p) => p.code ?? p.actor_id).join('+');
  return `${row}:${h}:${e.event}:${who(e.actor)}>${who(e.recipient)}`;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "December 31, 2017 " -> 2017-12-31. */
export function isoDate(s: string): string | undefined {
  const m = /^\s*([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})\s*$/.exec(s);
  const mo = m ? MONTHS.indexOf(m[1]!.toLowerCase()) + 1 : 0;
  return m && mo ? `${m[3]}-${String(mo).padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : undefined;
}

export interface DedupEventsResult {
  n_articles: number;
  n_events: number;
  n_groups: number;
  n_merged_pairs: number;
  n_same_pairs: number;
  n_judged: number;
  n_judged_merged: number;
  /** 1 - the rate of duplicates left apart, and 1 - the rate of wrong merges: higher is better (floors). */
  recall: number;
  precision: number;
  /** Share of the hand-judged same-event pairs the store keeps in one group. */
  judged_same_kept: number;
  /** The same two rates on the second judged set (eval/gold/dedup-events-more.json). */
  more_precision: number;
  more_same_kept: number;
  n_more_judged: number;
  n_more_merged: number;
  /** Share of stored events that carry a place (issue 17's coverage figure), whole and per half of the articles. */
  placed: number;
  'dev.placed': number;
  'test.placed': number;
  n_placed: number;
  /** The same two rates on the Guardian judged set (eval/gold/dedup-events-guardian.json), when the sample is there. */
  guardian_precision?: number;
  guardian_same_kept?: number;
  n_guardian_judged?: number;
  n_guardian_merged?: number;
}

interface Keyed { e: StoredEvent; row: number; key: string; sh: Set<string> }

interface JudgedCounts { judged: number; judgedMerged: number; wrong: number; judgedSame: number; judgedSameLeft: number }

/** A label id without its parties: `<row>:<sentence hash>:<type>`. */
const sentencePart = (key: string): string => key.split(':').slice(0, 3).join(':');

/**
 * A labels file's pairs against the store's groups (a pair whose events are no longer coded is skipped).
 * The judges judged the events of two sentences: when the coder now reads other parties in a sentence
 * (a recipient found or dropped), its event of the same type is still the one judged, so an id
 * missing from the store is looked up by row, sentence and type alone.
 */
function judgedPairs(file: string | null, byKey: Map<string, Keyed[]>): JudgedCounts {
  const c: JudgedCounts = { judged: 0, judgedMerged: 0, wrong: 0, judgedSame: 0, judgedSameLeft: 0 };
  if (!file) return c;
  const bySentence = new Map<string, Keyed[]>();
  for (const [key, ks] of byKey) bySentence.set(sentencePart(key), [...(bySentence.get(sentencePart(key)) ?? []), ...ks]);
  const find = (id: string): Keyed[] | undefined => byKey.get(id) ?? bySentence.get(sentencePart(id));
  for (const p of Labels.parse(JSON.parse(readFileSync(file, 'utf8'))).pairs) {
    const a = find(p.a), b = find(p.b);
    if (!a || !b) continue;
    c.judged++;
    const together = a.some((x) => b.some((y) => x.e.group_id === y.e.group_id));
    if (together) c.judgedMerged++;
    if (together && !p.same) c.wrong++;
    if (p.same) { c.judgedSame++; if (!together) c.judgedSameLeft++; }
  }
  return c;
}

/** The runner calls optional scorers without a notes list: then the notes are printed here. */
export async function scoreDedupEvents(sharedDir: string, notesTo?: string[]): Promise<DedupEventsResult | Record<string, never>> {
  const notes = notesTo ?? [];
  try {
    return await measure(sharedDir, notes);
  } finally {
    if (!notesTo) for (const line of notes) console.log(line);
  }
}

async function measure(sharedDir: string, notes: string[]): Promise<DedupEventsResult | Record<string, never>> {
  const file = join(sharedDir, ...FILE);
  if (!existsSync(file)) { notes.push(`dedup-events: not found: ${file}`); return {}; }
  const rows = csvRecords(readFileSync(file, 'utf8'), ['title', 'text', 'date'] as const);
  const dir = mkdtempSync(join(tmpdir(), 'entente-dedup-eval-'));
  const store = await openStore(join(dir, 'eval.db'));
  try {
    const rowOfDoc = new Map<string, number>();
    for (const [i, r] of rows.entries()) {
      const id = `isot:${i}`;
      rowOfDoc.set(id, i);
      await store.ingest(annotate({ id, title: r.title, text: r.text, published: isoDate(r.date) }), { source: 'reuters' });
    }
    const events: Keyed[] = (await store.events()).map((e) => {
      const row = rowOfDoc.get(e.doc_id) ?? -1;
      return { e, row, key: eventKey(row, e), sh: shingles(e.event_text) };
    });
    // Two events of one sentence can share a key (rare): a pair is together when any of them are.
    const byKey = new Map<string, Keyed[]>();
    for (const k of events) byKey.set(k.key, [...(byKey.get(k.key) ?? []), k]);
    const pub = rows.map((r) => Date.parse(`${isoDate(r.date) ?? '1970-01-01'}T00:00:00Z`) / 86_400_000);
    const daysApart = (i: number, j: number) => Math.abs(pub[i]! - pub[j]!);

    // Automatic same-event pairs, and every pair the store merged.
    let same = 0, sameLeft = 0, merged = 0;
    // ENTENTE_DEDUP_DUMP=FILE writes the pairs to judge (outside the repo: they quote the articles).
    const dumpFile = process.env['ENTENTE_DEDUP_DUMP'];
    const dump: string[] | null = dumpFile ? [] : null;
    const byType = new Map<string, Keyed[]>();
    for (const k of events) byType.set(k.e.event, [...(byType.get(k.e.event) ?? []), k]);
    for (const list of byType.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const [a, b] = [list[i]!, list[j]!];
          const together = a.e.group_id === b.e.group_id;
          if (together) merged++;
          const near = a.row !== b.row && daysApart(a.row, b.row) <= SAME_CYCLE_DAYS && jaccard(a.sh, b.sh) >= SAME_SENTENCE;
          if (near) {
            same++;
            if (!together) sameLeft++;
          }
          // Also pairs a dedup rule might join: one type, dates a day apart at most, a party in common.
          const party = (k: Keyed) => new Set([...k.e.actor, ...k.e.recipient].map((x) => x.code ?? x.actor_id));
          const candidate = dump !== null && a.row !== b.row && a.e.date !== null && b.e.date !== null &&
            Math.abs(Date.parse(a.e.date) - Date.parse(b.e.date)) <= 86_400_000 && [...party(a)].some((x) => x !== null && party(b).has(x));
          if (dump && (together || near || candidate)) dump.push(JSON.stringify({ a: a.key, b: b.key, together, near, sa: a.e.event_text, sb: b.e.event_text,
            da: a.e.date, db: b.e.date, pa: a.e.event_loc?.country ?? null, pb: b.e.event_loc?.country ?? null,
            aa: a.e.actor.map((x) => x.code ?? x.actor_id), ra: a.e.recipient.map((x) => x.code ?? x.actor_id),
            ab: b.e.actor.map((x) => x.code ?? x.actor_id), rb: b.e.recipient.map((x) => x.code ?? x.actor_id) }));
        }
      }
    }

    // Hand-judged pairs, where both events are still coded: the first set, and the one drawn from
    // candidate pairs (one type, a day apart, a party in common) that a rule might join.
    const first = existsSync(LABELS) ? judgedPairs(LABELS, byKey) : null;
    if (!first) notes.push(`dedup-events: no hand labels at ${LABELS}`);
    const { judged, judgedMerged, wrong, judgedSame, judgedSameLeft } = first ?? judgedPairs(null, byKey);
    const more = existsSync(MORE_LABELS) ? judgedPairs(MORE_LABELS, byKey) : judgedPairs(null, byKey);

    if (dump && dumpFile) writeFileSync(dumpFile, dump.join('\n') + '\n');
    const groups = new Set(events.map((k) => k.e.group_id)).size;
    const placedShare = (ks: Keyed[]): number => (ks.length ? ks.filter((k) => k.e.event_loc !== null).length / ks.length : 0);
    const placedIn = (h: 'dev' | 'test'): number => placedShare(events.filter((k) => halfOf(k.e.doc_id) === h));
    const nPlaced = events.filter((k) => k.e.event_loc !== null).length;
    notes.push(`dedup-events: ${nPlaced} of ${events.length} events carry a place (${(100 * placedShare(events)).toFixed(1)}%)`);
    notes.push(placeSampleNote(events.map((k) => k.e)));
    // Recall from the automatic pairs only: the judged pairs were drawn from merged ones.
    const duplicatesLeft = same ? sameLeft / same : 0;
    const wrongMerges = judgedMerged ? wrong / judgedMerged : 0;
    notes.push(`dedup-events: duplicates left ${(100 * duplicatesLeft).toFixed(1)}%, wrongly merged ${(100 * wrongMerges).toFixed(1)}%`);
    notes.push(`dedup-events: second judged set: ${more.judged} pairs found (${more.judgedMerged} merged, ${more.wrong} of them wrongly; ${more.judgedSameLeft} of ${more.judgedSame} same-event pairs left apart)`);
    notes.push(`dedup-events: ${events.length} events in ${groups} groups; ${same} automatic same-event pairs (${sameLeft} left apart); ` +
      `${judged} judged pairs found (${judgedMerged} merged, ${wrong} of them wrongly; ${judgedSameLeft} of ${judgedSame} same-event pairs left apart)`);
    // The Guardian sample's judged pairs, in a store of their own (eval/dedup-guardian.ts).
    const g = await measureGuardian(sharedDir);
    if (g) notes.push(`dedup-events: Guardian judged set: ${g.guardian_judged} pairs found (${g.guardian_merged} merged, ${g.guardian_wrong} of them wrongly; ${g.guardian_same_left} of ${g.guardian_same} same-event pairs left apart)`);
    return {
      ...(g ? {
        guardian_precision: g.guardian_merged ? 1 - g.guardian_wrong / g.guardian_merged : 1,
        guardian_same_kept: g.guardian_same ? 1 - g.guardian_same_left / g.guardian_same : 0,
        n_guardian_judged: g.guardian_judged, n_guardian_merged: g.guardian_merged,
      } : {}),
      n_articles: rows.length, n_events: events.length, n_groups: groups, n_merged_pairs: merged,
      n_same_pairs: same, n_judged: judged, n_judged_merged: judgedMerged,
      recall: 1 - duplicatesLeft, precision: 1 - wrongMerges,
      // the hand-judged same-event pairs kept together (they were drawn from merged pairs, so this
      // says what a stricter rule gives up, not the recall of the store at large)
      judged_same_kept: judgedSame ? 1 - judgedSameLeft / judgedSame : 0,
      more_precision: more.judgedMerged ? 1 - more.wrong / more.judgedMerged : 1,
      more_same_kept: more.judgedSame ? 1 - more.judgedSameLeft / more.judgedSame : 0,
      n_more_judged: more.judged, n_more_merged: more.judgedMerged,
      placed: placedShare(events), 'dev.placed': placedIn('dev'), 'test.placed': placedIn('test'), n_placed: nPlaced,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
