// Compiles data/events/verbs.json into token patterns, indexed by the forms of their
// first word. Pattern syntax (see data/events/README.md):
//   word|word   literal alternatives      ~lemma|lemma  a verb: all its inflections
//   a_b         a two-token alternative   *             a gap of up to `gap` tokens (default 3)
import { z } from 'zod';
import { loadJson } from '../data.js';
import { PLOVER_TYPES, type PloverType } from '../types.js';
import { inflections } from './inflect.js';
import { ACTOR_WORD_CLASSES, type ActorWordClass } from './words.js';

import { FRAME_NAMES, type FrameName } from './frames/index.js';

export type Frame = FrameName;

export interface LexEntry {
  type: PloverType;
  pattern: string;
  cameo: string;
  mode: string | null;
  frame: Frame;
  gap: number;
  needsRecipient: boolean;
  /** The text never names an agent ("protests erupted", "a bomb exploded"): the place stands in. */
  agentless: boolean;
  context: string[];
  /** What the event becomes when its actor is several countries together (war games by two navies are joint). */
  compound: { type: PloverType; cameo: string; mode: string | null } | null;
  /** Which lexicon file the entry came from: entente's own, or converted from a vendor dictionary. */
  source: 'own' | 'vendor';
  /** Only an event when the actor is of one of these sectors ("rushed to the area" moves a force only when police or troops are rushed). */
  actorSectors: string[] | null;
  /** Only an event when the actor's head word is in this class of data/events/word-classes.json ("protesters rallied"). */
  actorWords: ActorWordClass | null;
}

/** A word slot's alternatives, also indexed by their first token so matching is one lookup per position. */
export type Slot = { kind: 'gap'; max: number } | { kind: 'alt'; options: string[][]; byFirst: ReadonlyMap<string, string[][]>; verb: boolean };

export interface CompiledPattern {
  entry: LexEntry;
  slots: Slot[];
}

/** One entry as an analyst writes it; checked, so a typo stops start-up with the entry named. */
const RawEntry = z.object({
  p: z.string().min(1),
  cameo: z.string().regex(/^\d{2,4}$/, 'a CAMEO code as a string of 2-4 digits'),
  mode: z.string().optional(),
  frame: z.enum(FRAME_NAMES).optional(),
  gap: z.number().int().min(0).max(12).optional(),
  needsRecipient: z.boolean().optional(),
  agentless: z.boolean().optional(),
  context: z.array(z.string()).optional(),
  compound: z.object({ type: z.enum(PLOVER_TYPES), cameo: z.string(), mode: z.string().nullable() }).optional(),
  /** Where a converted entry came from (vendor files): file and line. */
  from: z.string().optional(),
  actorSectors: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1).optional(),
  actorWords: z.enum(ACTOR_WORD_CLASSES).optional(),
}).strict();
type RawEntry = z.infer<typeof RawEntry>;

/** Compiled word slots by their spelling: the converted lexicon repeats the same verb and noun lists thousands of times. */
const SLOT_CACHE = new Map<string, Slot>();

/** The slots of a pattern written in the lexicon's syntax (also used by idioms.json). */
export function compilePattern(p: string, gap: number): Slot[] {
  return p.trim().split(/\s+/).map((spec) => compileSlot(spec, gap));
}

function compileSlot(spec: string, gap: number): Slot {
  if (spec === '*') return { kind: 'gap', max: gap };
  const cached = SLOT_CACHE.get(spec);
  if (cached) return cached;
  const slot = compileWords(spec);
  SLOT_CACHE.set(spec, slot);
  return slot;
}

function compileWords(spec: string): Slot {
  const verb = spec.startsWith('~');
  const alts = (verb ? spec.slice(1) : spec).split('|').map((a) => a.toLowerCase().split('_'));
  const options: string[][] = [];
  for (const alt of alts) {
    if (!verb) options.push(alt);
    else for (const form of inflections(alt[0]!)) options.push([form, ...alt.slice(1)]);
  }
  const byFirst = new Map<string, string[][]>();
  for (const o of options) {
    const list = byFirst.get(o[0]!);
    if (list) list.push(o);
    else byFirst.set(o[0]!, [o]);
  }
  return { kind: 'alt', options, byFirst, verb };
}

/** A verbs.json entry, checked; the error names the type, the index and the field. */
export function checkEntry(type: string, k: number, item: unknown, file = 'verbs.json'): RawEntry {
  const parsed = RawEntry.safeParse(item);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`data/events/${file}: ${type}[${k}]${issue?.path.length ? `.${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid entry'}`);
}

/**
 * The lexicon files, in order of precedence: entente's own patterns, then those converted from the
 * PETRARCH-2 CAMEO dictionary (data/events/vendor, see its SOURCE.json), then verbs derived from
 * entente's own through WordNet (vendor/wordnet-verbs.json). Among overlapping matches
 * the most specific wins; on a tie the earlier file's entry does, so hand-written patterns win.
 */
const LEXICON_FILES: readonly string[][] = [['verbs.json'], ['vendor', 'cameo-verbs.json'], ['vendor', 'wordnet-verbs.json']];

function compile(): Map<string, CompiledPattern[]> {
  const index = new Map<string, CompiledPattern[]>();
  for (const file of LEXICON_FILES) compileFile(file, index);
  return index;
}

function compileFile(file: string[], index: Map<string, CompiledPattern[]>): void {
  const name = file.join('/');
  const raw = loadJson<Record<string, unknown>>('events', ...file);
  for (const [type, entries] of Object.entries(raw)) {
    if (!Array.isArray(entries)) continue; // "_doc" and other notes
    if (!(PLOVER_TYPES as readonly string[]).includes(type)) throw new Error(`${name}: unknown PLOVER type ${type}`);
    for (const [k, item] of (entries as unknown[]).entries()) {
      const e = checkEntry(type, k, item, name);
      const entry: LexEntry = {
        type: type as PloverType,
        pattern: e.p,
        cameo: e.cameo,
        mode: e.mode ?? null,
        frame: e.frame ?? 'verb',
        gap: e.gap ?? 3,
        needsRecipient: e.needsRecipient ?? false,
        agentless: e.agentless ?? false,
        context: e.context ?? [],
        compound: e.compound ?? null,
        source: file.length > 1 ? 'vendor' : 'own',
        actorSectors: e.actorSectors ?? null,
        actorWords: e.actorWords ?? null,
      };
      const slots = e.p.trim().split(/\s+/).map((s) => compileSlot(s, entry.gap));
      const first = slots[0];
      if (!first || first.kind !== 'alt') throw new Error(`${name}: pattern must start with a word: ${e.p}`);
      const compiled = { entry, slots };
      for (const opt of first.options) {
        const key = opt[0]!;
        const list = index.get(key) ?? [];
        list.push(compiled);
        index.set(key, list);
      }
    }
  }
}

let INDEX: { own: Map<string, CompiledPattern[]>; vendor: Map<string, CompiledPattern[]> } | null = null;

/** Patterns of one lexicon source whose first word can be this (lower-cased) token. */
export function patternsFor(norm: string, source: LexEntry['source'] = 'own'): readonly CompiledPattern[] {
  INDEX ??= bySource(compile());
  return INDEX[source].get(norm) ?? [];
}

/** The one index split by source, so the vendor patterns are only matched when they are needed. */
function bySource(all: Map<string, CompiledPattern[]>): { own: Map<string, CompiledPattern[]>; vendor: Map<string, CompiledPattern[]> } {
  const own = new Map<string, CompiledPattern[]>();
  const vendor = new Map<string, CompiledPattern[]>();
  for (const [key, list] of all) {
    const o = list.filter((p) => p.entry.source === 'own');
    const v = list.filter((p) => p.entry.source === 'vendor');
    if (o.length) own.set(key, o);
    if (v.length) vendor.set(key, v);
  }
  return { own, vendor };
}
