// The city index in a compact binary form (dist/data/cities.bin): the finished index (each name
// key with its cities, largest first) and the city records, each record decoded when a lookup
// first returns it. Reading the 1.9 MB JSON table, folding 32,000 names and filing them was about
// a tenth of start-up; decoding every record and building the index from them, 0.1 s more of every
// process and worker. The file is one header, the records' text (a line a city), the index's text
// (a line a key) and the records' numbers; it is made from the checked JSON table (city-table.ts)
// on the first start that finds it missing or stale, and trusted after that while its stamp fits:
// the JSON file's size and mtime and the code that folds and files the names. A file that does
// not fit its own header is made again.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath, repoRoot } from '../data.js';
import { writeAtomic } from '../atomic-file.js';
import { mainCity, readCityTable, type CityRec } from './city-table.js';
import { at } from '../at.js';

/** Bump when the file's layout changes. */
const FORMAT = 2;
/** Numbers per city: geonameid, lat, lon, population (all exact in a float64). */
const NUMBERS = 4;
/** The module with mainCity, which decides the keys kept. */
const TABLE_URL = new URL('./city-table.js', import.meta.url).href;

/** Name key -> cities with that name, largest first. */
export interface CityIndex {
  get(key: string): CityRec[] | undefined;
  has(key: string): boolean;
  keys(): IterableIterator<string>;
  readonly size: number;
}

export function compactPath(): string {
  return join(repoRoot(), 'dist', 'data', 'cities.bin');
}

/**
 * The index as the cities give it: each key with the numbers of the cities filed under it,
 * largest first (ties in table order); a key only when a sizeable city bears it.
 */
export function indexLists(cities: readonly CityRec[], keys: readonly (readonly string[])[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  cities.forEach((_, i) => {
    for (const k of at(keys, i)) {
      const list = map.get(k);
      if (list) list.push(i);
      else map.set(k, [i]);
    }
  });
  // A name is read only when a sizeable city bears it; its small namesakes are candidates beside it.
  for (const [k, list] of map) {
    if (!list.some((i) => mainCity(at(cities, i)))) map.delete(k);
    else list.sort((a, b) => at(cities, b).population - at(cities, a).population);
  }
  return map;
}

/** What the file must have been made from: the JSON table as it is now, and the code of the modules given (the key folding). */
function stampOf(codeUrls: readonly string[]): string {
  const source = statSync(dataPath('place', 'vendor', 'cities.json'));
  const h = createHash('sha256').update(`${FORMAT}\n${source.size}\n${source.mtimeMs}\n`);
  for (const url of [import.meta.url, TABLE_URL, ...codeUrls]) h.update(readFileSync(fileURLToPath(url), 'utf8'));
  return h.digest('hex');
}

/** The file's bytes, or null when a name or key holds a separator (then the index is built from the JSON table at every start). */
function encode(cities: readonly CityRec[], lists: ReadonlyMap<string, number[]>, stamp: string): Buffer | null {
  const fields = (c: CityRec): string[] => [c.name, c.cc2, c.capital ? 'C' : c.seat ? 'S' : '', c.admin1];
  if (cities.some((c) => fields(c).some((f) => /[\t\n]/.test(f))) || [...lists.keys()].some((k) => /[\t\n]/.test(k))) return null;
  const text = Buffer.from(cities.map((c) => fields(c).join('\t')).join('\n'), 'utf8');
  const index = Buffer.from([...lists].map(([k, list]) => `${k}\t${list.join(',')}`).join('\n'), 'utf8');
  const numbers = new Float64Array(cities.length * NUMBERS);
  cities.forEach((c, i) => numbers.set([c.geonameid, c.lat, c.lon, c.population], i * NUMBERS));
  const header = Buffer.from(JSON.stringify({ format: FORMAT, stamp, count: cities.length, text: text.length, index: index.length, keys: lists.size }), 'utf8');
  // the numbers start on a multiple of 8, so they can be read in place
  const pad = (8 - ((4 + header.length + text.length + index.length) % 8)) % 8;
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  return Buffer.concat([size, header, text, index, Buffer.alloc(pad), Buffer.from(numbers.buffer)]);
}

/** An index over the file's records, each decoded on first use. */
class LazyIndex implements CityIndex {
  private readonly recs: (CityRec | undefined)[];
  constructor(private readonly lines: string[], private readonly numbers: Float64Array, private readonly slots: Map<string, string | CityRec[]>) {
    this.recs = new Array<CityRec | undefined>(lines.length);
  }
  get size(): number {
    return this.slots.size;
  }
  has(key: string): boolean {
    return this.slots.has(key);
  }
  keys(): IterableIterator<string> {
    return this.slots.keys();
  }
  get(key: string): CityRec[] | undefined {
    const slot = this.slots.get(key);
    if (slot === undefined || typeof slot !== 'string') return slot;
    const list = slot.split(',').map((n) => this.rec(Number(n)));
    this.slots.set(key, list);
    return list;
  }
  private rec(i: number): CityRec {
    let r = this.recs[i];
    if (r === undefined) {
      const f = at(this.lines, i).split('\t');
      const n = i * NUMBERS;
      r = { geonameid: at(this.numbers, n), name: at(f, 0), cc2: at(f, 1), lat: at(this.numbers, n + 1), lon: at(this.numbers, n + 2), population: at(this.numbers, n + 3), capital: f[2] === 'C', seat: f[2] === 'S', admin1: at(f, 3) };
      this.recs[i] = r;
    }
    return r;
  }
}

/** The file's index, or null when it is missing, of another stamp, or does not fit its header. */
function decode(buf: Buffer, stamp: string): CityIndex | null {
  if (buf.length < 4) return null;
  const headerEnd = 4 + buf.readUInt32LE(0);
  let header: { format?: unknown; stamp?: unknown; count?: unknown; text?: unknown; index?: unknown; keys?: unknown };
  try {
    header = JSON.parse(buf.toString('utf8', 4, headerEnd)) as typeof header;
  } catch {
    return null;
  }
  const { count, text, index, keys } = header;
  if (header.format !== FORMAT || header.stamp !== stamp || typeof count !== 'number' || typeof text !== 'number' || typeof index !== 'number' || typeof keys !== 'number') return null;
  const textEnd = headerEnd + text;
  const indexEnd = textEnd + index;
  const numbersAt = indexEnd + ((8 - (indexEnd % 8)) % 8);
  if (buf.length !== numbersAt + count * NUMBERS * 8) return null;
  const lines = buf.toString('utf8', headerEnd, textEnd).split('\n');
  const keyLines = buf.toString('utf8', textEnd, indexEnd).split('\n');
  if (lines.length !== count || keyLines.length !== keys) return null;
  const slots = new Map<string, string>();
  // the stamp says this code wrote the lists; a city number out of range still throws at lookup (at())
  for (const line of keyLines) {
    const tab = line.indexOf('\t');
    if (tab < 0) return null;
    slots.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const numbers = new Float64Array(buf.buffer.slice(buf.byteOffset + numbersAt, buf.byteOffset + buf.length));
  return new LazyIndex(lines, numbers, slots);
}

/**
 * The city index with each city's keys from `keysOf` (the module at one of `codeUrls`): from the
 * binary file when it fits, else from the checked JSON table, the file then written again.
 */
export function compactIndex(keysOf: (name: string) => string[], codeUrls: readonly string[], path = compactPath()): CityIndex {
  const stamp = stampOf(codeUrls);
  let buf: Buffer | null = null;
  try {
    buf = readFileSync(path);
  } catch {
    // missing: made below
  }
  const read = buf ? decode(buf, stamp) : null;
  if (read) return read;
  const cities = readCityTable();
  const lists = indexLists(cities, cities.map((c) => keysOf(c.name)));
  const bytes = encode(cities, lists, stamp);
  if (!bytes) return new Map([...lists].map(([k, list]) => [k, list.map((i) => at(cities, i))]));
  try {
    writeAtomic(path, bytes);
  } catch {
    // a read-only install: this process uses what it computed
  }
  return decode(bytes, stamp) ?? new Map([...lists].map(([k, list]) => [k, list.map((i) => at(cities, i))]));
}
