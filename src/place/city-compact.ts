// The city table in a compact binary form (dist/data/cities.bin), with each city's name keys
// already folded: reading and decoding the 1.9 MB JSON table, then folding 32,000 names, was about
// a tenth of start-up. The binary file is one header, one text (a line a city) and one array of
// numbers; it is made from the checked JSON table (city-table.ts) on the first start that finds it
// missing or stale, and trusted after that while its stamp fits: the JSON file's size and mtime
// and the code that folds the names. A file that does not fit its own header is made again.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { dataPath, repoRoot } from '../data.js';
import { readCityTable, type CityRec } from './city-table.js';
import { at } from '../at.js';

/** Bump when the file's layout changes. */
const FORMAT = 1;
/** Numbers per city: geonameid, lat, lon, population (all exact in a float64). */
const NUMBERS = 4;

export interface CompactCities {
  cities: CityRec[];
  /** Per city, the name keys it is filed under. */
  keys: string[][];
}

export function compactPath(): string {
  return join(repoRoot(), 'dist', 'data', 'cities.bin');
}

/** What the file must have been made from: the JSON table as it is now, and the code of the modules given (the key folding). */
function stampOf(codeUrls: readonly string[]): string {
  const source = statSync(dataPath('place', 'vendor', 'cities.json'));
  const h = createHash('sha256').update(`${FORMAT}\n${source.size}\n${source.mtimeMs}\n`);
  for (const url of [import.meta.url, ...codeUrls]) h.update(readFileSync(fileURLToPath(url), 'utf8'));
  return h.digest('hex');
}

/** The file's bytes, or null when a name holds one of the separators (then the JSON table serves every start). */
function encode(data: CompactCities, stamp: string): Buffer | null {
  const fields = (c: CityRec, i: number): string[] => [c.name, c.cc2, c.capital ? 'C' : c.seat ? 'S' : '', c.admin1, ...at(data.keys, i)];
  if (data.cities.some((c, i) => fields(c, i).some((f) => /[\t\n\v]/.test(f)))) return null;
  const lines = data.cities.map((c, i) => [c.name, c.cc2, c.capital ? 'C' : c.seat ? 'S' : '', c.admin1, at(data.keys, i).join('\v')].join('\t'));
  const text = Buffer.from(lines.join('\n'), 'utf8');
  const numbers = new Float64Array(data.cities.length * NUMBERS);
  data.cities.forEach((c, i) => numbers.set([c.geonameid, c.lat, c.lon, c.population], i * NUMBERS));
  const header = Buffer.from(JSON.stringify({ format: FORMAT, stamp, count: data.cities.length, text: text.length }), 'utf8');
  // the numbers start on a multiple of 8, so they can be read in place
  const pad = (8 - ((4 + header.length + text.length) % 8)) % 8;
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length);
  return Buffer.concat([size, header, text, Buffer.alloc(pad), Buffer.from(numbers.buffer)]);
}

/** The file's cities, or null when it is missing, of another stamp, or does not fit its header. */
function decode(buf: Buffer, stamp: string): CompactCities | null {
  if (buf.length < 4) return null;
  const headerEnd = 4 + buf.readUInt32LE(0);
  let header: { format?: unknown; stamp?: unknown; count?: unknown; text?: unknown };
  try {
    header = JSON.parse(buf.toString('utf8', 4, headerEnd)) as typeof header;
  } catch {
    return null;
  }
  if (header.format !== FORMAT || header.stamp !== stamp || typeof header.count !== 'number' || typeof header.text !== 'number') return null;
  const count = header.count;
  const textEnd = headerEnd + header.text;
  const numbersAt = textEnd + ((8 - (textEnd % 8)) % 8);
  if (buf.length !== numbersAt + count * NUMBERS * 8) return null;
  const lines = buf.toString('utf8', headerEnd, textEnd).split('\n');
  if (lines.length !== count) return null;
  const numbers = new Float64Array(buf.buffer.slice(buf.byteOffset + numbersAt, buf.byteOffset + buf.length));
  const cities: CityRec[] = new Array<CityRec>(count);
  const keys: string[][] = new Array<string[]>(count);
  for (let i = 0; i < count; i++) {
    const f = at(lines, i).split('\t');
    if (f.length !== 5) return null;
    const n = i * NUMBERS;
    cities[i] = { geonameid: at(numbers, n), name: at(f, 0), cc2: at(f, 1), lat: at(numbers, n + 1), lon: at(numbers, n + 2), population: at(numbers, n + 3), capital: f[2] === 'C', seat: f[2] === 'S', admin1: at(f, 3) };
    keys[i] = at(f, 4).split('\v');
  }
  return { cities, keys };
}

/**
 * Every city of the table with its keys (`keysOf`, from the module at one of `codeUrls`): from the
 * binary file when it fits, else from the checked JSON table, the file then written again.
 */
export function compactCities(keysOf: (name: string) => string[], codeUrls: readonly string[], path = compactPath()): CompactCities {
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
  const data = { cities, keys: cities.map((c) => keysOf(c.name)) };
  const bytes = encode(data, stamp);
  if (!bytes) return data;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.${threadId}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, path); // a reader never sees half a file
  } catch {
    // a read-only install: this process uses what it computed
  }
  return data;
}
