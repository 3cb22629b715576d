// Compiles data/events/verbs.json into token patterns, indexed by the forms of their
// first word. Pattern syntax (see data/events/README.md):
//   word|word   literal alternatives      ~lemma|lemma  a verb: all its inflections
//   a_b         a two-token alternative   *             a gap of up to `gap` tokens (default 3)
import { loadJson } from '../data.js';
import { PLOVER_TYPES, type PloverType } from '../types.js';
import { inflections } from './inflect.js';

export type Frame = 'verb' | 'intent' | 'speech-demand' | 'noun' | 'noun-possessor' | 'receive-from' | 'lost-vote' | 'desirable' | 'undergo';

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
}

export type Slot = { kind: 'gap'; max: number } | { kind: 'alt'; options: string[][]; verb: boolean };

export interface CompiledPattern {
  entry: LexEntry;
  slots: Slot[];
}

interface RawEntry {
  p: string;
  cameo: string;
  mode?: string;
  frame?: Frame;
  gap?: number;
  needsRecipient?: boolean;
  agentless?: boolean;
  context?: string[];
  compound?: { type: PloverType; cameo: string; mode: string | null };
}

function compileSlot(spec: string, gap: number): Slot {
  if (spec === '*') return { kind: 'gap', max: gap };
  const verb = spec.startsWith('~');
  const alts = (verb ? spec.slice(1) : spec).split('|').map((a) => a.toLowerCase().split('_'));
  const options: string[][] = [];
  for (const alt of alts) {
    if (!verb) options.push(alt);
    else for (const form of inflections(alt[0]!)) options.push([form, ...alt.slice(1)]);
  }
  return { kind: 'alt', options, verb };
}

function compile(): Map<string, CompiledPattern[]> {
  const raw = loadJson<Record<string, RawEntry[] | string>>('events', 'verbs.json');
  const index = new Map<string, CompiledPattern[]>();
  for (const [type, entries] of Object.entries(raw)) {
    if (!Array.isArray(entries)) continue; // "_doc" and other notes
    if (!(PLOVER_TYPES as readonly string[]).includes(type)) throw new Error(`verbs.json: unknown PLOVER type ${type}`);
    for (const e of entries) {
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
      };
      const slots = e.p.trim().split(/\s+/).map((s) => compileSlot(s, entry.gap));
      const first = slots[0];
      if (!first || first.kind !== 'alt') throw new Error(`verbs.json: pattern must start with a word: ${e.p}`);
      const compiled = { entry, slots };
      for (const opt of first.options) {
        const key = opt[0]!;
        const list = index.get(key) ?? [];
        list.push(compiled);
        index.set(key, list);
      }
    }
  }
  return index;
}

let INDEX: Map<string, CompiledPattern[]> | null = null;

/** Patterns whose first word can be this (lower-cased) token. */
export function patternsFor(norm: string): readonly CompiledPattern[] {
  INDEX ??= compile();
  return INDEX.get(norm) ?? [];
}
