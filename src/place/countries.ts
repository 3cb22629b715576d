// Country names from world-countries (ODbL) plus the hand alias table.
import { createRequire } from 'node:module';
import { loadJson } from '../data.js';

export interface CountryRec {
  cca3: string;
  cca2: string;
  name: string;
  lat: number;
  lon: number;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  latlng: number[];
  independent: boolean | null;
  demonyms?: { eng?: { m: string; f: string } };
}

// Its default-import types are wrong under NodeNext, so load the JSON through require.
const require = createRequire(import.meta.url);
const world = require('world-countries') as WorldCountry[];

export const COUNTRIES = new Map<string, CountryRec>();
export const ISO2_TO_ISO3 = new Map<string, string>();
/** Lower-cased English demonyms ("french", "syrian"): never places, but useful context. */
export const DEMONYMS = new Set<string>();
/** Lower-cased demonym -> alpha-3, independent countries first ("british" is GBR, not the Virgin Islands). */
export const DEMONYM_COUNTRY = new Map<string, string>();
for (const c of [...world].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false))) {
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (!d) continue;
    DEMONYMS.add(d.toLowerCase());
    if (!DEMONYM_COUNTRY.has(d.toLowerCase())) DEMONYM_COUNTRY.set(d.toLowerCase(), c.cca3);
  }
  COUNTRIES.set(c.cca3, { cca3: c.cca3, cca2: c.cca2, name: c.name.common, lat: c.latlng[0] ?? 0, lon: c.latlng[1] ?? 0 });
}
for (const c of world) ISO2_TO_ISO3.set(c.cca2, c.cca3);
for (const [cca3, [lat, lon]] of Object.entries(loadJson<{ points: Record<string, [number, number]> }>('place', 'country-points.json').points)) {
  const c = COUNTRIES.get(cca3);
  if (c) COUNTRIES.set(cca3, { ...c, lat, lon });
}

/** Every surface that names a country, with its alpha-3 code. */
export function countrySurfaces(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const c of world) {
    out.push([c.name.common, c.cca3], [c.name.official, c.cca3]);
    // Skip short all-caps codes ("IT", "IN", "AS", "ME"): they collide with words; aliases add US/UK/UAE.
    for (const alt of c.altSpellings) if (!/^[A-Z]{1,3}$/.test(alt)) out.push([alt, c.cca3]);
  }
  const { aliases } = loadJson<{ aliases: Record<string, string> }>('place', 'country-aliases.json');
  for (const [surface, code] of Object.entries(aliases)) out.push([surface, code]);
  return out;
}
