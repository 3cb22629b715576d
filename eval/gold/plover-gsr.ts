// PLOVER gold-standard records (CAMEO manual examples, PLOVER 0.5b1). Read from ../shared at run time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PLOVER_TYPES, type PloverType } from '../../src/types.js';
import type { GoldEvent, GoldSentence } from './types.js';

/** PLOVER 0.5 names that the current manual renamed or merged. */
export const OLD_PLOVER_NAMES: Readonly<Record<string, PloverType>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

const Entity = z.object({ actorText: z.string().optional(), code: z.string(), sector: z.string().optional() });
/** `target` is a list, "" or absent; `source` is absent once (an actor-less ASSAULT). */
const GsrRecord = z.object({
  id: z.string(),
  date: z.string().optional(),
  event: z.string(),
  text: z.string(),
  source: z.array(Entity).optional(),
  target: z.union([z.array(Entity), z.literal('')]).optional(),
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
  const codes = (xs: PloverGsrRecord['source'] | '' | undefined) => (Array.isArray(xs) ? xs.map((e) => e.code.trim()).filter((c) => c !== '') : []);
  const type = currentPloverType(rec.event);
  if (type === null) throw new Error(`${rec.id}: unknown PLOVER type ${rec.event}`);
  const contexts = goldContexts(rec.context);
  return { type, raw: rec.event, actors: codes(rec.source), recipients: codes(rec.target), ...(contexts.length ? { contexts } : {}) };
}

/** Records sharing a text (the origin codes some sentences twice) become one sentence with several gold events. */
export function ploverGsrSentences(json: unknown): GoldSentence[] {
  if (!Array.isArray(json)) throw new Error('PLOVER GSR: expected a JSON array');
  const byText = new Map<string, GoldSentence>();
  for (const raw of json) {
    if ((raw as { event?: unknown } | null)?.event === 'DOCUMENT') continue;
    const rec = GsrRecord.parse(raw);
    const key = rec.text.replace(/\s+/g, ' ').trim().toLowerCase();
    const ev = goldEventOf(rec);
    const seen = byText.get(key);
    if (seen) {
      seen.id += `+${rec.id}`;
      seen.events.push(ev);
    } else {
      byText.set(key, { id: rec.id, text: rec.text, ...(rec.date ? { published: rec.date } : {}), events: [ev], noEvents: false });
    }
  }
  return [...byText.values()];
}

export function loadPloverGsr(sharedDir: string): GoldSentence[] {
  const file = join(sharedDir, 'eval/plover-gsr/PLOVER_GSR_CAMEO.json');
  return ploverGsrSentences(JSON.parse(readFileSync(file, 'utf8')));
}
