// Locates the repo's data/ folder from compiled code (dist/src/...) or sources alike,
// so knowledge files stay plain JSON beside the code, editable without a rebuild.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function repoRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('entente: cannot find the repository root (package.json)');
    dir = up;
  }
  root = dir;
  return dir;
}

export function dataPath(...parts: string[]): string {
  return join(repoRoot(), 'data', ...parts);
}

/**
 * Objects of a data file, down to `depth` levels (lists are not entered), without a prototype: the
 * word-keyed tables in them ("pronouns", "words", irregular verbs) are looked up with words of the
 * text, and a story's "constructor" or "toString" must find nothing there, not Object's methods.
 * Only the first levels: the large files are lists of entries, left as parsed.
 */
function withoutPrototype(value: unknown, depth: number): unknown {
  if (depth === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) out[k] = withoutPrototype(v, depth - 1);
  return out;
}
const TABLE_DEPTH = 3;

export function loadJson<T>(...parts: string[]): T {
  return withoutPrototype(JSON.parse(readFileSync(dataPath(...parts), 'utf8')), TABLE_DEPTH) as T;
}

/**
 * Named word lists of one data file, each a non-empty list of strings, as sets. A list that is
 * missing, empty or not a list of strings stops start-up with the file and the list named.
 */
export function loadWordSets<K extends string>(keys: readonly K[], ...parts: string[]): Record<K, ReadonlySet<string>> {
  const raw = loadJson<Record<string, unknown>>(...parts);
  const out = {} as Record<K, ReadonlySet<string>>;
  for (const key of keys) out[key] = new Set(wordList(raw, key, ...parts));
  return out;
}

/** The list `key` of a data file's parsed object: a non-empty list of words, or start-up stops with the file and the list named. */
export function wordList(raw: Record<string, unknown>, key: string, ...parts: string[]): readonly string[] {
  const list = raw[key];
  if (!Array.isArray(list) || list.length === 0 || !list.every((w) => typeof w === 'string' && w.length > 0)) {
    throw new Error(`data/${parts.join('/')}: "${key}" must be a non-empty list of words`);
  }
  return list as string[];
}
