// The event's own place (src/events/attach-place.ts) on Halterman's event-location gold: the
// re-labelled records (source RELABEL), each one sentence with a target event verb and the
// span(s) of the place where that event happened, or none. The sentence runs through the text,
// actors and place stages; attachPlace gets the gold verb as trigger. A prediction is right when
// it overlaps a gold LOCATION span. precision = right / predicted, recall = right / records with
// a location, accuracy also counts a correct "no place" on records without one.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { z } from 'zod';
import { bodyDoc } from '../src/doc.js';
import { textStage } from '../src/text/tokenize.js';
import { actorsStage } from '../src/actors/index.js';
import { placeStage } from '../src/place/index.js';
import { attachPlace } from '../src/events/attach-place.js';
import { scoreByHalves } from './split.js';

const Span = z.object({ start: z.number(), end: z.number(), label: z.string(), token_start: z.number().optional(), token_end: z.number().optional() });
const Tok = z.object({ start: z.number(), end: z.number() });
const Rec = z.object({ text: z.string(), source: z.string().optional(), spans: z.array(Span).optional(), tokens: z.array(Tok).optional() });

/** Character span of a gold span. Its token range (inclusive) is the reliable part: some records
 * carry token indices in start/end, a few multi-word ones a shifted character range. */
function charSpan(s: z.infer<typeof Span>, tokens: Array<z.infer<typeof Tok>>): { start: number; end: number } {
  const a = s.token_start === undefined ? undefined : tokens[s.token_start];
  const b = s.token_end === undefined ? undefined : tokens[s.token_end];
  return a && b ? { start: a.start, end: b.end } : { start: s.start, end: s.end };
}

export interface EventLocationScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  n_records: number;
  n_withLocation: number;
  n_predicted: number;
}

/** Whole set under plain keys, and the dev / test halves (split by a hash of the record's text: records carry no id). */
export function scoreEventLocation(sharedDir: string, source = 'RELABEL'): Record<string, number> {
  const raw = JSON.parse(gunzipSync(readFileSync(join(sharedDir, 'eval', 'event-location', 'labeled_text.json.gz'))).toString('utf8')) as unknown[];
  const recs: Array<z.infer<typeof Rec>> = [];
  for (const r of raw) {
    const rec = Rec.safeParse(r);
    if (rec.success && rec.data.source === source) recs.push(rec.data);
  }
  return scoreByHalves(recs, (r) => r.text, (subset, half) => ({ ...scoreRecords(subset, half === 'dev') }));
}

/** `debug`: the dev half, whose misses EVLOC_DEBUG=1 prints (never the test half's). */
function scoreRecords(recs: ReadonlyArray<z.infer<typeof Rec>>, debug: boolean): EventLocationScore {
  let n = 0, withLoc = 0, predicted = 0, right = 0, correct = 0;
  for (const data of recs) {
    const rec = { data };
    const spans = (rec.data.spans ?? []).map((s) => ({ label: s.label, ...charSpan(s, rec.data.tokens ?? []) }));
    const verb = spans.find((s) => s.label === 'VERB' && s.end > s.start);
    if (!verb) continue;
    const gold = spans.filter((s) => s.label === 'LOCATION' && s.end > s.start);
    const doc = placeStage(actorsStage(textStage(bodyDoc(rec.data.text, null))));
    const sent = doc.sentences.find((s) => s.start <= verb.start && verb.start < s.end);
    const p = sent ? attachPlace(doc, sent, verb.start, []) : null;
    n++;
    if (gold.length > 0) withLoc++;
    if (p) predicted++;
    const hit = p !== null && gold.some((g) => p.start < g.end && g.start < p.end);
    if (hit) right++;
    if (hit || (p === null && gold.length === 0)) correct++;
    if (debug && process.env.EVLOC_DEBUG && !hit && (p || gold.length)) console.error(`${p?.text ?? '-'} | ${gold.map((g) => rec.data.text.slice(g.start, g.end)).join(',') || '-'} | ${rec.data.text.slice(verb.start, verb.end)} | ${rec.data.text.slice(0, 220)}`);
  }
  const precision = predicted ? right / predicted : 0;
  const recall = withLoc ? right / withLoc : 0;
  return {
    precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: n ? correct / n : 0, n_records: n, n_withLocation: withLoc, n_predicted: predicted,
  };
}
