// The precompiled index of the actor trie (lexicon.ts): for every built-in name, in the order the
// trie takes them, the first match unit it is filed under and, for a person, whether the name is
// a part of the full name (a surname). With it the trie is filled at load by one Map lookup per
// name and each branch is built on first use; without it every name is split, normalised and
// walked into the trie at start-up, which was most of the pipeline's import time.
//
// `npm run build` writes it to dist/data/actors-index.json (scripts/build-actor-index.ts). At load
// the file is checked, by a hash over the names and the normalisation it was built with, against
// the names the data files give now: data/actors/** can be edited without a rebuild, and a stale
// or missing file is computed again and rewritten (quietly; a read-only install only pays the
// time). A file of the wrong shape stops start-up with its path named.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataPath, repoRoot } from '../data.js';
import { writeAtomic } from '../atomic-file.js';
import { ORGS, PEOPLE, type OrgEntry, type PersonEntry } from './dictionary.js';
import { PLACE_NAMES, type PlaceName } from './countries.js';
import { ROLES, type RoleEntry } from './roles.js';
import { aliasUnits, firstKey, normUnit } from './trie.js';
import { at } from '../at.js';
import { PARSE_ONCE } from '../parse-once.js';

/** One built-in name as the trie takes it. */
export type IndexItem =
  | { kind: 'person'; alias: string; /** the person's full name */ name: string; readonly person: PersonEntry }
  | { kind: 'org'; alias: string; org: OrgEntry }
  | { kind: 'place'; alias: string; place: PlaceName }
  | { kind: 'role'; alias: string; role: RoleEntry };

/** An entry's name and aliases, each once, name first (most of the 17,000 converted people have no alias: no set built for them). */
function namesOf(e: { name: string; aliases?: string[] }): Iterable<string> {
  return e.aliases?.length ? new Set([e.name, ...e.aliases]) : [e.name];
}

/** A person's name whose entry is parsed when first asked for (people.ts). */
class PersonItem {
  readonly kind = 'person';
  readonly #n: number;
  constructor(readonly alias: string, readonly name: string, n: number) {
    this.#n = n;
  }
  get person(): PersonEntry {
    return PEOPLE.entry(this.#n);
  }
}

/** Every built-in name, in the trie's order: people, organisations, places, role words (each entry's names once). */
export function builtInItems(): IndexItem[] {
  const items: IndexItem[] = [];
  for (let i = 0; i < PEOPLE.length; i++) {
    const names = PEOPLE.names(i);
    for (const alias of names) items.push(new PersonItem(alias, at(names, 0), i));
  }
  for (const o of ORGS) for (const alias of namesOf(o)) items.push({ kind: 'org', alias, org: o });
  for (const [alias, place] of PLACE_NAMES) items.push({ kind: 'place', alias, place });
  for (const r of ROLES) for (const alias of r.words) items.push({ kind: 'role', alias, role: r });
  return items;
}

/** Bump when the file's meaning changes. */
const FORMAT = 1;

export interface ActorIndex {
  /** The first keys, each once. */
  keys: string[];
  /** Per item: its first key's index in keys, or -1 for a name with no unit (never matched). */
  first: number[];
  /** Items (person names) that are a part of the person's full name. */
  short: number[];
}

// The long lists are checked by the loops in readIndex: zod took a tenth of start-up over 40,000 numbers.
const IndexFile = z.strictObject({
  about: z.string(),
  format: z.literal(FORMAT),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  // z.array walks every element: the loops below check them once
  keys: z.custom<unknown[]>(Array.isArray, 'expected an array'),
  first: z.custom<unknown[]>(Array.isArray, 'expected an array'),
  short: z.custom<unknown[]>(Array.isArray, 'expected an array'),
});

/** The first list entry that is not a string, or -1. */
function badString(list: readonly unknown[]): number {
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== 'string') return i;
  return -1;
}

/** The first list entry that is not an integer >= min, or -1. */
function badInt(list: readonly unknown[], min: number): number {
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) return i;
  }
  return -1;
}

/** The hash a file must carry to fit these items: the names, the person names and the normalisation code and data. */
export function indexHash(items: readonly IndexItem[]): string {
  const h = createHash('sha256');
  h.update(`${FORMAT}\n${normUnit.toString()}\n${aliasUnits.toString()}\n${readFileSync(dataPath('text', 'latin-fallbacks.json'), 'utf8')}\n`);
  const parts: string[] = [];
  for (const it of items) parts.push(`${it.kind[0]}\t${it.alias}\t${it.kind === 'person' ? it.name : ''}`);
  h.update(parts.join('\n'));
  return h.digest('hex');
}

/** The index computed from the items (what the build writes, and what a stale file is replaced by). */
export function computeIndex(items: readonly IndexItem[]): ActorIndex {
  const keys: string[] = [];
  const at = new Map<string, number>();
  const first: number[] = [];
  const short: number[] = [];
  const fullLength = new Map<string, number>();
  items.forEach((it, i) => {
    const k = firstKey(it.alias);
    if (k === null) first.push(-1);
    else {
      let n = at.get(k);
      if (n === undefined) {
        n = keys.length;
        keys.push(k);
        at.set(k, n);
      }
      first.push(n);
    }
    if (it.kind === 'person') {
      let full = fullLength.get(it.name);
      if (full === undefined) fullLength.set(it.name, (full = aliasUnits(it.name).length));
      if (aliasUnits(it.alias).length < full) short.push(i);
    }
  });
  return { keys, first, short };
}

export function indexPath(): string {
  return join(repoRoot(), 'dist', 'data', 'actors-index.json');
}

/** Write the index (through a temporary file and a rename, so a reader never sees half of it). */
export function writeIndex(index: ActorIndex, hash: string, path = indexPath()): void {
  const about = 'Generated by scripts/build-actor-index.ts (npm run build) from data/actors/**; see src/actors/lexicon-index.ts. Not to be edited.';
  writeAtomic(path, JSON.stringify({ about, format: FORMAT, hash, ...index }));
}

/** The file's index, or why it cannot be used: 'missing', 'stale'. A file of the wrong shape throws. */
export function readIndex(items: readonly IndexItem[], hash: string, path = indexPath()): ActorIndex | 'missing' | 'stale' {
  let src: string;
  try {
    src = readFileSync(path, 'utf8');
  } catch {
    return 'missing';
  }
  let raw: unknown;
  try {
    raw = JSON.parse(src);
  } catch (e) {
    throw new Error(`entente: ${path}: not valid JSON (${(e as Error).message}); delete it or run npm run build`);
  }
  // an older format is stale, not broken
  if (raw && typeof raw === 'object' && (raw as { format?: unknown }).format !== FORMAT) return 'stale';
  const r = IndexFile.safeParse(raw, PARSE_ONCE);
  if (!r.success) {
    const i = at(r.error.issues, 0);
    throw new Error(`entente: ${path}: ${i.path.join('.')}: ${i.message}; delete it or run npm run build`);
  }
  const bad: [string, number, string][] = [['keys', badString(r.data.keys), 'a string'], ['first', badInt(r.data.first, -1), 'an integer >= -1'], ['short', badInt(r.data.short, 0), 'an integer >= 0']];
  for (const [field, at, what] of bad) if (at >= 0) throw new Error(`entente: ${path}: ${field}.${at}: must be ${what}; delete it or run npm run build`);
  const f = r.data as { hash: string; keys: string[]; first: number[]; short: number[] };
  if (f.hash !== hash) return 'stale';
  if (f.first.length !== items.length || f.first.some((k) => k >= f.keys.length) || f.short.some((i) => i >= items.length || at(items, i).kind !== 'person')) {
    throw new Error(`entente: ${path}: does not fit the names it was built from; delete it or run npm run build`);
  }
  return { keys: f.keys, first: f.first, short: f.short };
}

/** The index for the built-in names: the precompiled file when it fits them, else computed and written again. */
export function loadIndex(items: readonly IndexItem[], path = indexPath()): { index: ActorIndex; from: 'file' | 'missing' | 'stale' } {
  const hash = indexHash(items);
  const read = readIndex(items, hash, path);
  if (typeof read !== 'string') return { index: read, from: 'file' };
  const index = computeIndex(items);
  try {
    writeIndex(index, hash, path);
  } catch {
    // a read-only install: the computed index serves this process
  }
  return { index, from: read };
}
