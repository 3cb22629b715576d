// The built-in people (data/actors/people.json, then the converted vendor/people.json), each entry
// parsed when first asked for. The trie needs every name at start-up but only the entries a text
// names: parsing the 4 MB vendor file whole was a tenth of start-up, in every worker.
//
// A precompiled file, dist/data/people-names.json (npm run build:data, or rewritten at load when
// missing or stale), holds each person's names and the byte range of its entry in its file. It is
// used only when its hash, over the bytes of both files and this module's code, fits: an edited
// data file makes it stale and it is computed again from the parsed files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { dataPath, repoRoot } from '../data.js';
import { writeAtomic } from '../atomic-file.js';
import { at } from '../at.js';
import type { PersonEntry } from './dictionary.js';
import { itemSpans, packHash, readPackFile } from '../json-spans.js';

const FILES: readonly (readonly string[])[] = [['actors', 'people.json'], ['actors', 'vendor', 'people.json']];
/** Bump when the file's meaning changes. */
const FORMAT = 1;

export interface People {
  readonly length: number;
  /** Person i's name and aliases, each once, name first. */
  names(i: number): readonly string[];
  /** Person i's entry, parsed on first use; the same object on every call. */
  entry(i: number): PersonEntry;
  /** Every entry (parses them all). */
  all(): PersonEntry[];
}

interface Pack {
  /** Per person: how many names it has in `names`. */
  counts: number[];
  names: string[];
  /** Per person: file number, start and end byte of its entry. */
  spans: number[];
}

export function peoplePath(): string {
  return join(repoRoot(), 'dist', 'data', 'people-names.json');
}

function namesOf(p: PersonEntry): string[] {
  return p.aliases?.length ? [...new Set([p.name, ...p.aliases])] : [p.name];
}

/**
 * Byte ranges of the objects in the array under the top-level key "people" of a JSON text (a
 * string scanner: keys are the last string before a '[' at depth 1; braces in strings ignored).
 */
export function entrySpans(buf: Uint8Array): [number, number][] {
  return itemSpans(buf).filter(([key]) => key === 'people').map(([, start, end]): [number, number] => [start, end]);
}

const hashOf = (bufs: readonly Buffer[]): string => packHash(FORMAT, [import.meta.url], bufs);

/** The pack computed from the parsed files; each span checked to parse to its entry. */
function computePack(bufs: readonly Buffer[], files: readonly PersonEntry[][]): Pack {
  const pack: Pack = { counts: [], names: [], spans: [] };
  files.forEach((people, f) => {
    const spans = entrySpans(at(bufs, f));
    const ok = spans.length === people.length && people.every((p, i) => isDeepStrictEqual(JSON.parse(at(bufs, f).toString('utf8', ...at(spans, i))), p));
    if (!ok) throw new Error(`entente: data/${at(FILES, f).join('/')}: the entries of "people" could not be located in the text`);
    people.forEach((p, i) => {
      const names = namesOf(p);
      pack.counts.push(names.length);
      pack.names.push(...names);
      pack.spans.push(f, ...at(spans, i));
    });
  });
  return pack;
}

/** The file's pack when its hash fits and its shape is sound, else null. */
function readPack(path: string, hash: string, bufs: readonly Buffer[]): Pack | null {
  const raw = readPackFile<Pack>(path, FORMAT, hash);
  if (!raw) return null;
  const { counts, names, spans } = raw;
  if (!Array.isArray(counts) || !Array.isArray(names) || !Array.isArray(spans) || spans.length !== 3 * counts.length) return null;
  let total = 0;
  for (const n of counts) total += n;
  if (total !== names.length) return null;
  for (let i = 0; i < spans.length; i += 3) {
    const buf = bufs[spans[i]!];
    if (!buf || !(spans[i + 1]! >= 0 && spans[i + 1]! < spans[i + 2]! && spans[i + 2]! <= buf.length)) return null;
  }
  return { counts, names, spans };
}

function writePack(path: string, hash: string, pack: Pack): void {
  try {
    const about = 'Generated from data/actors/people.json and vendor/people.json by src/actors/people.ts. Not to be edited.';
    writeAtomic(path, JSON.stringify({ about, format: FORMAT, hash, ...pack }));
  } catch {
    // a read-only install: this process computed it, the next one will again
  }
}

/** The built-in people, from the precompiled names when they fit the files (else computed and written again). */
export function loadPeople(path = peoplePath()): People & { from: 'file' | 'computed' } {
  const bufs = FILES.map((parts) => readFileSync(dataPath(...parts)));
  const hash = hashOf(bufs);
  let pack = readPack(path, hash, bufs);
  let from: 'file' | 'computed' = 'file';
  const parsed: PersonEntry[] = [];
  if (!pack) {
    const files = bufs.map((b) => (JSON.parse(b.toString('utf8')) as { people: PersonEntry[] }).people);
    pack = computePack(bufs, files);
    writePack(path, hash, pack);
    parsed.push(...files.flat());
    from = 'computed';
  }
  const { counts, names, spans } = pack;
  const firstName: number[] = [];
  let k = 0;
  for (const n of counts) {
    firstName.push(k);
    k += n;
  }
  const entry = (i: number): PersonEntry => {
    let p = parsed[i];
    if (p === undefined) {
      p = JSON.parse(at(bufs, at(spans, 3 * i)).toString('utf8', at(spans, 3 * i + 1), at(spans, 3 * i + 2))) as PersonEntry;
      parsed[i] = p;
    }
    return p;
  };
  return {
    from,
    length: counts.length,
    names: (i) => names.slice(at(firstName, i), at(firstName, i) + at(counts, i)),
    entry,
    all: () => counts.map((_, i) => entry(i)),
  };
}
