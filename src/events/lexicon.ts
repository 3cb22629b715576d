// Compiles data/events/verbs.json into token patterns, indexed by the forms of their
// first word. Pattern syntax (see data/events/README.md):
//   word|word   literal alternatives      ~lemma|lemma  a verb: all its inflections
//   a_b         a two-token alternative   *             a gap of up to `gap` tokens (default 3)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { loadCheckedJson } from '../data-stamp.js';
import { dataPath, repoRoot } from '../data.js';
import { writeAtomic } from '../atomic-file.js';
import { itemSpans, packHash, readPackFile } from '../json-spans.js';
import { PLOVER_TYPES, type PloverType } from '../types.js';
import { inflections } from './inflect.js';
import { ACTOR_WORD_CLASSES, type ActorWordClass } from './words.js';

import { FRAME_NAMES, type FrameName } from './frames/index.js';
import { at } from '../at.js';

export type Frame = FrameName;

export interface LexEntry {
  type: PloverType;
  pattern: string;
  cameo: string;
  mode: string | null;
  frame: Frame;
  gap: number;
  needsRecipient: boolean;
  /** The verb's direct object, when it has one, must be a party: "released the hostages", not "released a statement". */
  objectIsParty: boolean;
  /** The pattern's gap may not skip a party: "fired rockets at" is fire, "fired Comey on May 9" a dismissal. */
  gapNoParty: boolean;
  /**
   * The gap stands for the words before a noun ("launched a ground and air offensive"), so it may
   * not skip a preposition: "launched an investigation into the attack" is no attack.
   */
  gapNoPrep: boolean;
  /** The gap may not cross a comma: "homes were burned" is the homes' fate, "shelled villages, burned homes" lists acts. */
  gapNoComma: boolean;
  /** By a political actor on someone unarmed, the act is words (frames.json verbalAttack). */
  verbalWhenPolitical: boolean;
  /** The text never names an agent ("protests erupted", "a bomb exploded"): the place stands in. */
  agentless: boolean;
  context: string[];
  /** What the event becomes when its actor is several countries together (war games by two navies are joint). */
  compound: { type: PloverType; cameo: string; mode: string | null } | null;
  /** Which lexicon file the entry came from: entente's own, or converted from a vendor dictionary. */
  source: 'own' | 'vendor';
  /** Only an event when the actor is of one of these sectors ("rushed to the area" moves a force only when police or troops are rushed). */
  actorSectors: string[] | null;
  /** Only an event when a recipient is of one of these sectors ("received the president": a host receives officials, not "calls from residents"). */
  recipientSectors: string[] | null;
  /** Only an event when the actor's head word is in this class of data/events/word-classes.json ("protesters rallied"). */
  actorWords: ActorWordClass | null;
  /**
   * The recipient is only a party these prepositions introduce: "discussed Syria with Putin" meets
   * Putin; what is discussed ("discussed Syria", "discussed Russia's violation of the treaty") is the
   * topic, never the recipient.
   */
  recipientPreps: string[] | null;
  /**
   * Derived, not written: the passive of a verb + object entry ("~impose * curfew" read as "a curfew
   * was imposed"), matched only where auxiliaries alone stand between the object and the participle.
   */
  passive: boolean;
}

/** A word slot's alternatives, also indexed by their first token so matching is one lookup per position. */
/** `noPrep`, `noComma`: the gap may not skip a preposition, a comma (LexEntry.gapNoPrep, gapNoComma). */
export type Slot = { kind: 'gap'; max: number; noPrep?: boolean; noComma?: boolean } | AltSlot;
/** `id`: a small number of its own, so a per-sentence cache can be an array instead of a map. */
export type AltSlot = { kind: 'alt'; options: string[][]; byFirst: ReadonlyMap<string, string[][]>; verb: boolean; id: number };

export interface CompiledPattern {
  entry: LexEntry;
  slots: Slot[];
  /** The word slots after the first, for the check that each has a word in the sentence. */
  later: AltSlot[];
}

/** One entry as an analyst writes it; checked, so a typo stops start-up with the entry named. */
const RawEntry = z.object({
  p: z.string().min(1),
  cameo: z.string().regex(/^\d{2,4}$/, 'a CAMEO code as a string of 2-4 digits'),
  mode: z.string().optional(),
  frame: z.enum(FRAME_NAMES).optional(),
  gap: z.number().int().min(0).max(12).optional(),
  needsRecipient: z.boolean().optional(),
  objectIsParty: z.boolean().optional(),
  gapNoParty: z.boolean().optional(),
  gapNoPrep: z.boolean().optional(),
  gapNoComma: z.boolean().optional(),
  verbalWhenPolitical: z.boolean().optional(),
  agentless: z.boolean().optional(),
  context: z.array(z.string()).optional(),
  compound: z.object({ type: z.enum(PLOVER_TYPES), cameo: z.string(), mode: z.string().nullable() }).optional(),
  /** Where a converted entry came from (vendor files): file and line. */
  from: z.string().optional(),
  actorSectors: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1).optional(),
  recipientSectors: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1).optional(),
  actorWords: z.enum(ACTOR_WORD_CLASSES).optional(),
  recipientPreps: z.array(z.string().regex(/^[a-z]+$/)).min(1).optional(),
}).strict();
type RawEntry = z.infer<typeof RawEntry>;

/** Compiled word slots by their spelling: the converted lexicon repeats the same verb and noun lists thousands of times. */
const SLOT_CACHE = new Map<string, Slot>();

/** The slots of a pattern written in the lexicon's syntax (also used by idioms.json). */
export function compilePattern(p: string, gap: number, noPrep = false, noComma = false): Slot[] {
  return p.trim().split(/\s+/).map((spec) => compileSlot(spec, gap, noPrep, noComma));
}

function compileSlot(spec: string, gap: number, noPrep = false, noComma = false): Slot {
  if (spec === '*') return { kind: 'gap', max: gap, ...(noPrep ? { noPrep } : {}), ...(noComma ? { noComma } : {}) };
  const cached = SLOT_CACHE.get(spec);
  if (cached) return cached;
  const slot = compileWords(spec);
  SLOT_CACHE.set(spec, slot);
  return slot;
}

/** Ids of the word slots compiled so far. */
let slotCount = 0;
const NO_SLOTS: readonly number[] = [];

/**
 * A word that starts a pattern or a compiled word slot -> its record (WordInfo): one lookup gives a
 * token both its patterns and the ids of the slots it can open, where a second map of slot ids cost
 * a second lookup in a large table for every token (issue 16). Bounded by the lexicon: the words of
 * the text that start nothing get a fresh record each time (wordInfo).
 */
const RECORDS = new Map<string, WordInfo>();

/** The record of a word that starts a pattern or a slot, made on first need. */
function record(word: string): WordInfo {
  let r = RECORDS.get(word);
  if (!r) RECORDS.set(word, (r = { norm: word, own: null, vendor: null, slots: NO_SLOTS, slotsAt: Infinity, ownGates: null, vendorGates: null }));
  return r;
}

/** How many word slots have been compiled: every id so far is below this. */
export const compiledSlots = (): number => slotCount;

/** Ids of the compiled word slots with an option that starts with this word. */
export const slotsStartingWith = (word: string): readonly number[] => RECORDS.get(word)?.slots ?? NO_SLOTS;

function compileWords(spec: string): AltSlot {
  const verb = spec.startsWith('~');
  const alts = (verb ? spec.slice(1) : spec).split('|').map((a) => a.toLowerCase().split('_'));
  const options: string[][] = [];
  for (const alt of alts) {
    if (!verb) options.push(alt);
    else for (const form of inflections(at(alt, 0))) options.push([form, ...alt.slice(1)]);
  }
  const byFirst = new Map<string, string[][]>();
  for (const o of options) {
    const list = byFirst.get(at(o, 0));
    if (list) list.push(o);
    else byFirst.set(at(o, 0), [o]);
  }
  const id = slotCount++;
  // a new array each time (slots are compiled once each): a sentence's records may share the old one
  for (const w of byFirst.keys()) { const r = record(w); r.slots = [...r.slots, id]; }
  return { kind: 'alt', options, byFirst, verb, id };
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
const LEXICON_FILES: readonly string[][] = [['verbs.json'], ['vendor', 'cameo-verbs.json'], ['vendor', 'wordnet-verbs.json'], ['vendor', 'wordnet-event-nouns.json']];

/** One checked entry of a lexicon file, its pattern not yet compiled. */
interface Loaded {
  entry: LexEntry;
  /** The first word slot as written ("~appear|look|seem"). */
  first: string;
}

interface Lexicon {
  /** Every entry of every file, in precedence order; from a pack, each made on first need (entryAt). */
  entries: (Loaded | undefined)[];
  /** The precompiled file's entries and the lexicon files' bytes they point into, when loaded from it. */
  pack: { entries: Int32Array; types: string[]; bufs: readonly Buffer[] } | null;
  compiled: (CompiledPattern | undefined)[];
  /** Per source: first-slot spelling -> its entries' indices, in order. */
  bySpec: Record<LexEntry['source'], Map<string, number[]>>;
  /** Per source: a first word -> the first slots that can start with it, each with how many of its options do. */
  byWord: Record<LexEntry['source'], Map<string, Map<string, number>>> | null;
}

/**
 * What the matcher needs of one (lower-cased) word, found with one Map lookup: a sentence's tokens
 * are fresh strings, each hashed anew by every lookup, and the matcher used to look each one up
 * six times (patterns of each source, then the slot filter's word set and slot ids, per source).
 */
export interface WordInfo {
  readonly norm: string;
  /** patternsFor(norm, source), null until first asked. */
  own: readonly CompiledPattern[] | null;
  vendor: readonly CompiledPattern[] | null;
  /**
   * slotsStartingWith(norm) when `slotsAt` slots had been compiled (a word may start a slot compiled
   * later); Infinity in a word's own record, which compiling a slot keeps up to date.
   */
  slots: readonly number[];
  slotsAt: number;
  /** gatesOf(own) and gatesOf(vendor), null until first asked. */
  ownGates: Int32Array | null;
  vendorGates: Int32Array | null;
}

/** A checked entry as the matcher reads it, its omitted fields given their defaults. */
function toEntry(type: PloverType, e: RawEntry, source: LexEntry['source']): LexEntry {
  return {
    type,
    pattern: e.p,
    cameo: e.cameo,
    mode: e.mode ?? null,
    frame: e.frame ?? 'verb',
    gap: e.gap ?? 3,
    needsRecipient: e.needsRecipient ?? false,
    objectIsParty: e.objectIsParty ?? false,
    gapNoParty: e.gapNoParty ?? false,
    gapNoPrep: e.gapNoPrep ?? false,
    gapNoComma: e.gapNoComma ?? false,
    verbalWhenPolitical: e.verbalWhenPolitical ?? false,
    agentless: e.agentless ?? false,
    context: e.context ?? [],
    compound: e.compound ?? null,
    source,
    actorSectors: e.actorSectors ?? null,
    recipientSectors: e.recipientSectors ?? null,
    actorWords: e.actorWords ?? null,
    recipientPreps: e.recipientPreps ?? null,
    passive: false,
  };
}

/** Where each entry came from, for the pack: file, type, position in its type's list, whether the derived passive. */
type Origin = [file: number, type: string, k: number, passive: boolean];

/**
 * Reads and checks every file (a bad entry stops start-up, naming it). Patterns are compiled and
 * indexed by first word only when a text asks for that word. Used when the precompiled file
 * (packPath) is missing or stale; `origins` and `raws` are filled for writing it again.
 */
function loadFiles(origins: Origin[], raws: Record<string, unknown>[]): Lexicon {
  const entries: Loaded[] = [];
  const bySpec: Lexicon['bySpec'] = { own: new Map(), vendor: new Map() };
  const add = (entry: LexEntry, first: string): void => {
    const at = bySpec[entry.source].get(first);
    if (at) at.push(entries.length);
    else bySpec[entry.source].set(first, [entries.length]);
    entries.push({ entry, first });
  };
  LEXICON_FILES.forEach((file, f) => {
    const name = file.join('/');
    const raw = loadCheckedJson<Record<string, unknown>>(['events', ...file], import.meta.url, (data) => {
      for (const [type, list] of Object.entries(data as Record<string, unknown>)) {
        if (Array.isArray(list)) list.forEach((item, k) => checkEntry(type, k, item, name));
      }
    });
    raws.push(raw);
    for (const [type, list] of Object.entries(raw)) {
      if (!Array.isArray(list)) continue; // "_doc" and other notes
      if (!(PLOVER_TYPES as readonly string[]).includes(type)) throw new Error(`${name}: unknown PLOVER type ${type}`);
      (list as RawEntry[]).forEach((e, k) => {
        const entry = toEntry(type as PloverType, e, file.length > 1 ? 'vendor' : 'own');
        const first = e.p.trim().split(/\s+/, 1)[0]!;
        if (first === '*') throw new Error(`${name}: pattern must start with a word: ${e.p}`);
        origins.push([f, type, k, false]);
        add(entry, first);
        const passive = entry.source === 'own' ? passiveOf(entry) : null;
        if (passive) {
          origins.push([f, type, k, true]);
          add(passive, passive.pattern.split(' ', 1)[0]!);
        }
      });
    }
  });
  return { entries, pack: null, compiled: [], bySpec, byWord: null };
}

/*
 * The precompiled lexicon, dist/data/event-lexicon.json (npm run build:data, or written again at
 * load when missing or stale): the first-word index (which word can start which first slot, a
 * compile of every first slot's inflections) and, per entry, its type and the byte range of its
 * object in its file, parsed only when a text asks for its pattern. Used only when its hash, over
 * the bytes of the lexicon files, the irregular verbs and the code that checks and compiles them,
 * fits: an edited file is read, checked and indexed again, as before.
 */
/** Bump when the file's meaning changes. */
const PACK_FORMAT = 1;

interface Pack {
  types: string[];
  /**
   * Per entry: file number, start and end byte of its object, type number, 1 when the derived
   * passive; as 32-bit little-endian integers in base64 (a list of 68,000 numbers cost 30-60 ms to parse).
   */
  entries: string;
  /** Per source: [first-slot spelling, entry indices]. */
  bySpec: Record<LexEntry['source'], [string, number[]][]>;
  /** Per source: [word, [first slot's number in bySpec, how many of its options start with the word, ...]]. */
  byWord: Record<LexEntry['source'], [string, number[]][]>;
}

export function lexiconPackPath(): string {
  return join(repoRoot(), 'dist', 'data', 'event-lexicon.json');
}

const lexiconHash = (bufs: readonly Buffer[]): string =>
  packHash(PACK_FORMAT, [import.meta.url, new URL('./inflect.js', import.meta.url).href], [...bufs, readFileSync(dataPath('events', 'irregular-verbs.json'))]);

/** The pack of a lexicon loaded from its files; each entry's range checked to parse to the entry. */
function computePack(lex: Lexicon, origins: readonly Origin[], raws: readonly Record<string, unknown>[], bufs: readonly Buffer[]): Pack {
  const located = bufs.map((buf, f) => {
    const byType = new Map<string, [number, number][]>();
    for (const [type, s, e] of itemSpans(buf)) {
      const list = byType.get(type) ?? [];
      list.push([s, e]);
      byType.set(type, list);
    }
    for (const [type, list] of byType) {
      const items = raws[f]![type];
      const ok = Array.isArray(items) && items.length === list.length && list.every(([s, e], k) => isDeepStrictEqual(JSON.parse(buf.toString('utf8', s, e)), items[k]));
      if (!ok) throw new Error(`entente: data/events/${LEXICON_FILES[f]!.join('/')}: the entries of ${type} could not be located in the text`);
    }
    return byType;
  });
  const types = [...PLOVER_TYPES] as string[];
  const entries = Buffer.alloc(origins.length * 5 * 4);
  origins.forEach(([f, type, k, passive], i) => {
    const [s, e] = located[f]!.get(type)![k]!;
    [f, s, e, types.indexOf(type), passive ? 1 : 0].forEach((v, j) => entries.writeInt32LE(v, 4 * (5 * i + j)));
  });
  const byWord = lex.byWord ??= wordIndex(lex);
  const out: Pack = { types, entries: entries.toString('base64'), bySpec: { own: [], vendor: [] }, byWord: { own: [], vendor: [] } };
  for (const source of ['own', 'vendor'] as const) {
    out.bySpec[source] = [...lex.bySpec[source]];
    const number = new Map(out.bySpec[source].map(([spec], n) => [spec, n]));
    out.byWord[source] = [...byWord[source]].map(([w, specs]) => [w, [...specs].flatMap(([spec, times]) => [number.get(spec)!, times])]);
  }
  return out;
}

/** The lexicon from the pack at `path` when its hash fits and its shape is sound, else null. */
function readPack(path: string, hash: string, bufs: readonly Buffer[]): Lexicon | null {
  const raw = readPackFile<Pack>(path, PACK_FORMAT, hash);
  if (!raw) return null;
  const { types, bySpec, byWord } = raw;
  if (!Array.isArray(types) || typeof raw.entries !== 'string' || !bySpec || !byWord) return null;
  const bytes = Buffer.from(raw.entries, 'base64');
  if (bytes.length % 20 !== 0) return null;
  const entries = new Int32Array(bytes.length / 4);
  for (let i = 0; i < entries.length; i++) entries[i] = bytes.readInt32LE(4 * i);
  const n = entries.length / 5;
  for (let i = 0; i < entries.length; i += 5) {
    const buf = bufs[entries[i]!];
    if (!buf || !(entries[i + 1]! >= 0 && entries[i + 1]! < entries[i + 2]! && entries[i + 2]! <= buf.length) || types[entries[i + 3]!] === undefined) return null;
  }
  const lex: Lexicon = { entries: new Array<Loaded | undefined>(n), pack: { entries, types, bufs }, compiled: [], bySpec: { own: new Map(), vendor: new Map() }, byWord: { own: new Map(), vendor: new Map() } };
  for (const source of ['own', 'vendor'] as const) {
    if (!Array.isArray(bySpec[source]) || !Array.isArray(byWord[source])) return null;
    const specList = bySpec[source];
    for (const [spec, at] of specList) {
      if (!at.every((i) => i >= 0 && i < n)) return null;
      lex.bySpec[source].set(spec, at);
    }
    for (const [word, flat] of byWord[source]) {
      const specs = new Map<string, number>();
      for (let j = 0; j < flat.length; j += 2) {
        const spec = specList[flat[j]!];
        if (!spec) return null;
        specs.set(spec[0], flat[j + 1]!);
      }
      lex.byWord![source].set(word, specs);
      record(word); // wordInfo's promise: a word that starts a pattern has its own record

    }
  }
  return lex;
}

function writePack(path: string, hash: string, pack: Pack): void {
  try {
    const about = 'Generated from data/events/verbs.json and vendor/*.json by src/events/lexicon.ts. Not to be edited.';
    writeAtomic(path, JSON.stringify({ about, format: PACK_FORMAT, hash, ...pack }));
  } catch {
    // a read-only install: this process computed it, the next one will again
  }
}

/** The lexicon, from the precompiled file when it fits the files, else from the files (and the precompiled file written again). */
export function loadLexicon(path = lexiconPackPath()): { from: 'file' | 'computed' } {
  const bufs = LEXICON_FILES.map((file) => readFileSync(dataPath('events', ...file)));
  const hash = lexiconHash(bufs);
  const packed = readPack(path, hash, bufs);
  if (packed) {
    LEX = packed;
    return { from: 'file' };
  }
  const origins: Origin[] = [];
  const raws: Record<string, unknown>[] = [];
  const lex = loadFiles(origins, raws);
  writePack(path, hash, computePack(lex, origins, raws, bufs));
  LEX = lex;
  return { from: 'computed' };
}

function load(): Lexicon {
  loadLexicon();
  return LEX!;
}

/** Entry i, made from the pack on first need. */
function entryAt(lex: Lexicon, i: number): LexEntry {
  const loaded = lex.entries[i];
  if (loaded) return loaded.entry;
  const p = lex.pack!.entries;
  const [f, s, e, t, passive] = [p[5 * i]!, p[5 * i + 1]!, p[5 * i + 2]!, p[5 * i + 3]!, p[5 * i + 4]!];
  const raw = JSON.parse(lex.pack!.bufs[f]!.toString('utf8', s, e)) as RawEntry;
  let entry = toEntry(lex.pack!.types[t] as PloverType, raw, LEXICON_FILES[f]!.length > 1 ? 'vendor' : 'own');
  if (passive) entry = passiveOf(entry)!;
  lex.entries[i] = { entry, first: '' };
  return entry;
}

/** How many auxiliaries and adverbs may stand between a passive's object and its participle ("has also been imposed"). */
const PASSIVE_GAP = 4;

/**
 * The passive reading of a verb + object entry: "~impose * curfew|curfews" also matches "a curfew
 * was imposed", and "~impose * sanctions on" matches "sanctions were imposed on Iran". Only entries
 * read as a plain verb whose object is a word list (not a verb, not a second gap); the matcher
 * accepts the match only when the words between are auxiliaries (match.ts passiveGap).
 */
function passiveOf(e: LexEntry): LexEntry | null {
  if (e.frame !== 'verb' || e.agentless) return null;
  const parts = e.pattern.trim().split(/\s+/);
  const [verb, gap, object, ...rest] = parts;
  if (!verb?.startsWith('~') || gap !== '*' || !object || object.startsWith('~') || object === '*') return null;
  if (rest.length > 1 || rest.some((r) => r === '*' || r.startsWith('~'))) return null;
  // Longest alternative first: the gap after the noun may hold only auxiliaries, so "tear-gas shells
  // were lobbed" must take "tear_-_gas_shells", not stop at "tear_-_gas".
  const nouns = object.split('|').sort((a, b) => b.split('_').length - a.split('_').length).join('|');
  return { ...e, pattern: [nouns, '*', verb, ...rest].join(' '), gap: PASSIVE_GAP, passive: true };
}

function compiledAt(lex: Lexicon, i: number): CompiledPattern {
  let c = lex.compiled[i];
  if (!c) {
    const entry = entryAt(lex, i);
    const slots = compilePattern(entry.pattern, entry.gap, entry.gapNoPrep, entry.gapNoComma);
    c = { entry, slots, later: slots.slice(1).filter((x): x is AltSlot => x.kind === 'alt') };
    lex.compiled[i] = c;
  }
  return c;
}

function wordIndex(lex: Lexicon): NonNullable<Lexicon['byWord']> {
  const out: NonNullable<Lexicon['byWord']> = { own: new Map(), vendor: new Map() };
  for (const source of ['own', 'vendor'] as const) {
    for (const spec of lex.bySpec[source].keys()) {
      const slot = compileSlot(spec, 3);
      if (slot.kind !== 'alt') continue;
      for (const o of slot.options) {
        let specs = out[source].get(at(o, 0));
        if (!specs) out[source].set(at(o, 0), (specs = new Map()));
        specs.set(spec, (specs.get(spec) ?? 0) + 1);
      }
    }
  }
  return out;
}

let LEX: Lexicon | null = null;
const NO_PATTERNS: readonly CompiledPattern[] = [];
const NO_GATES = new Int32Array(0);

/**
 * The matcher's record of a (lower-cased) word: the same object each time for a word that starts a
 * pattern or a compiled slot (the word index compiles every first slot, so each pattern's first
 * word has one), a fresh one, with no patterns and no slots so far, for any other.
 */
export function wordInfo(norm: string): WordInfo {
  const lex = LEX ??= load();
  lex.byWord ??= wordIndex(lex);
  return RECORDS.get(norm) ?? { norm, own: NO_PATTERNS, vendor: NO_PATTERNS, slots: NO_SLOTS, slotsAt: slotCount, ownGates: NO_GATES, vendorGates: NO_GATES };
}

/** slotsStartingWith(info.norm), looked up again only when slots were compiled since a fresh record was made. */
export function slotsOf(info: WordInfo): readonly number[] {
  if (info.slotsAt < slotCount) {
    info.slots = slotsStartingWith(info.norm);
    info.slotsAt = slotCount;
  }
  return info.slots;
}

/** Patterns of one lexicon source whose first word can be this (lower-cased) token: in file order, a pattern once per option of its first slot that is this word. */
export function patternsFor(norm: string, source: LexEntry['source'] = 'own'): readonly CompiledPattern[] {
  return patternsOf(wordInfo(norm), source);
}

/** patternsFor for a word's record. */
export function patternsOf(info: WordInfo, source: LexEntry['source']): readonly CompiledPattern[] {
  const cached = info[source];
  if (cached) return cached;
  const lex = LEX!;
  lex.byWord ??= wordIndex(lex);
  const specs = lex.byWord[source].get(info.norm);
  // most words start no pattern: they share one empty list rather than each holding its own
  let list: readonly CompiledPattern[] = NO_PATTERNS;
  if (specs) {
    const at: number[] = [];
    for (const [spec, times] of specs) for (const i of lex.bySpec[source].get(spec)!) for (let t = 0; t < times; t++) at.push(i);
    at.sort((a, b) => a - b);
    list = at.map((i) => compiledAt(lex, i));
  }
  info[source] = list;
  return list;
}

/**
 * For each of patternsOf(info, source): the id of its first word slot after the first, -1 when it
 * has none. The matcher's slot filter turns away most patterns (93% on the bench corpus) on this
 * slot alone; reading it from one typed array spares a walk through each pattern's objects.
 */
export function gatesOf(info: WordInfo, source: LexEntry['source']): Int32Array {
  const key = source === 'own' ? 'ownGates' : 'vendorGates';
  const cached = info[key];
  if (cached) return cached;
  const patterns = patternsOf(info, source);
  const gates = patterns.length === 0 ? NO_GATES : Int32Array.from(patterns, (p) => p.later[0]?.id ?? -1);
  info[key] = gates;
  return gates;
}

/** Every entry and both indexes of the loaded lexicon, entries made from the pack where needed (tests compare the two loads). */
export function lexiconSnapshot(): { entries: LexEntry[]; bySpec: Lexicon['bySpec']; byWord: Lexicon['byWord'] } {
  const lex = LEX ??= load();
  return { entries: Array.from(lex.entries, (_, i) => entryAt(lex, i)), bySpec: lex.bySpec, byWord: lex.byWord ??= wordIndex(lex) };
}
