// PLOVER gold-standard records (CAMEO manual examples, PLOVER 0.5b1). Read from ../shared at run time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PLOVER_TYPES, type PloverType } from '../../src/types.js';
import type { GoldEvent, GoldSentence } from './types.js';
import { isoDay, readRecord } from './tolerant.js';

/** PLOVER 0.5 names that the current manual renamed or merged. */
export const OLD_PLOVER_NAMES: Readonly<Record<string, PloverType>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

const Entity = z.object({ actorText: z.string().nullish(), code: z.string(), sector: z.string().nullish() });
/**
 * Actors as the origin writes them: a list of entities, "" or absent (no actor; `source` is absent once,
 * an actor-less ASSAULT). Also read: one entity object, a list of bare codes, a code string ("USA",
 * "USA,RUS"), null.
 */
const Entities = z.union([
  z.array(z.union([Entity, z.string()])),
  Entity,
  z.string(),
  z.null(),
]).optional().transform((v): { code: string }[] => {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return v.split(/[,;|\s]+/).filter((c) => c !== '').map((code) => ({ code }));
  return (Array.isArray(v) ? v : [v]).map((e) => (typeof e === 'string' ? { code: e } : e));
});
const GsrRecord = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  date: z.unknown().optional(),
  event: z.string(),
  text: z.string().min(1),
  source: Entities,
  target: Entities,
  context: z.union([z.string(), z.array(z.string()), z.null()]).optional(),
});

/**
 * PLOVER 0.5 context names -> the current manual's 37. Names with no current equivalent
 * ("historical", "foreign", "unknown", "assets") are dropped from the gold.
 */
export const OLD_CONTEXT_NAMES: Readonly<Record<string, string>> = {
  political: 'political_institutions', politics: 'political_institutions', government: 'executive',
  refugee: 'migration', refugees: 'migration', resource: 'natural_resource', resources: 'natural_resource',
  rights: 'human_rights', discrimination: 'inequality',
};
const CURRENT_CONTEXTS = new Set(['military', 'intelligence', 'executive', 'legislative', 'election', 'political_institutions',
  'pro_democracy', 'pro_autocracy', 'economic', 'legal', 'reparations', 'human_rights', 'rights_freedoms', 'repression',
  'human_security', 'gender', 'lgbt', 'religion_ethnicity', 'inequality', 'diplomatic', 'territory', 'peacekeeping', 'health',
  'asylum', 'migration', 'disasters', 'natural_resource', 'environment', 'technology', 'terrorism', 'cbrn', 'cyber',
  'misinformation', 'crime', 'corruption', 'illegal_drugs', 'trafficking']);

function goldContexts(raw: PloverGsrRecord['context']): string[] {
  const names = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : raw.split(',');
  const out = new Set<string>();
  for (const n of names) {
    const k = n.trim().toLowerCase();
    const cur = OLD_CONTEXT_NAMES[k] ?? k;
    if (CURRENT_CONTEXTS.has(cur)) out.add(cur);
  }
  return [...out];
}
export type PloverGsrRecord = z.infer<typeof GsrRecord>;

export function currentPloverType(name: string): PloverType | null {
  const upper = name.trim().toUpperCase();
  if ((PLOVER_TYPES as readonly string[]).includes(upper)) return upper as PloverType;
  return OLD_PLOVER_NAMES[upper] ?? null;
}

/** One gold event per record. Codes are kept exactly as written (odd ones like "JAP" included). */
export function goldEventOf(rec: PloverGsrRecord): GoldEvent {
  const codes = (xs: PloverGsrRecord['source']) => xs.map((e) => e.code.trim()).filter((c) => c !== '');
  const type = currentPloverType(rec.event);
  if (type === null) throw new Error(`${rec.id}: unknown PLOVER type ${rec.event}`);
  const contexts = goldContexts(rec.context);
  return { type, raw: rec.event, actors: codes(rec.source), recipients: codes(rec.target), ...(contexts.length ? { contexts } : {}) };
}

/** Records sharing a text (the origin codes some sentences twice) become one sentence with several gold events. */
/**
 * Records sharing a text (the origin codes some sentences twice) become one sentence with several gold
 * events. With `skipped`, a record that cannot be read is noted there and left out (tolerant.ts).
 */
export function ploverGsrSentences(json: unknown, skipped?: string[]): GoldSentence[] {
  if (!Array.isArray(json)) throw new Error('PLOVER GSR: expected a JSON array');
  const byText = new Map<string, GoldSentence>();
  json.forEach((raw, i) => {
    if ((raw as { event?: unknown } | null)?.event === 'DOCUMENT') return;
    const what = `record ${i} (${String((raw as { id?: unknown } | null)?.id ?? 'no id')})`;
    const read = readRecord(what, () => {
      const rec = GsrRecord.parse(raw);
      return { rec, ev: goldEventOf(rec) };
    }, skipped);
    if (!read) return;
    const { rec, ev } = read;
    const key = rec.text.replace(/\s+/g, ' ').trim().toLowerCase();
    const seen = byText.get(key);
    if (seen) {
      seen.id += `+${rec.id}`;
      seen.events.push(ev);
      return;
    }
    // The origin's dates are a placeholder; another shape is normalised, an unreadable one dropped.
    const published = isoDay(rec.date);
    if (rec.date !== undefined && rec.date !== null && rec.date !== '' && !published) skipped?.push(`${what}: date ${JSON.stringify(rec.date)} not read, scored undated`);
    byText.set(key, { id: rec.id, text: rec.text, ...(published ? { published } : {}), events: [ev], noEvents: false });
  });
  return [...byText.values()];
}

export function loadPloverGsr(sharedDir: string, skipped?: string[]): GoldSentence[] {
  const file = join(sharedDir, 'eval/plover-gsr/PLOVER_GSR_CAMEO.json');
  return ploverGsrSentences(JSON.parse(readFileSync(file, 'utf8')), skipped);
}
