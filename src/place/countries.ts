// Places read the one country table (src/countries): names, points and demonyms under entente's
// state codes, plus the hand alias table of news names.
import { COUNTRY_LIST, country, stateCode, stateOfIso2 } from '../countries/table.js';
import { loadJson } from '../data.js';

export interface CountryRec {
  /** entente's state code (ISO-3166 alpha-3 but for the states data/countries/codes.json lists). */
  cca3: string;
  cca2: string;
  name: string;
  lat: number;
  lon: number;
}

export const COUNTRIES = new Map<string, CountryRec>();
/** Lower-cased English demonyms ("french", "syrian"): never places, but useful context. */
export const DEMONYMS = new Set<string>();
/** Lower-cased demonym -> state code, independent countries first ("british" is GBR, not the Virgin Islands). */
export const DEMONYM_COUNTRY = new Map<string, string>();
for (const c of [...COUNTRY_LIST].sort((a, b) => Number(b.independent) - Number(a.independent))) {
  for (const d of c.demonyms) {
    DEMONYMS.add(d.toLowerCase());
    if (!DEMONYM_COUNTRY.has(d.toLowerCase())) DEMONYM_COUNTRY.set(d.toLowerCase(), c.code);
  }
  COUNTRIES.set(c.code, { cca3: c.code, cca2: c.iso2, name: c.name, lat: c.lat, lon: c.lon });
}

/** The country record for a code from any source (KOS, XKX and UNK are all Kosovo). */
export function countryRec(code: string): CountryRec | undefined {
  return COUNTRIES.get(stateCode(code));
}

/** Every surface that names a country, with its state code. */
export function countrySurfaces(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const c of COUNTRY_LIST) {
    out.push([c.name, c.code], [c.official, c.code]);
    // Skip short all-caps codes ("IT", "IN", "AS", "ME"): they collide with words; aliases add US/UK/UAE.
    for (const alt of c.altSpellings) if (!/^[A-Z]{1,3}$/.test(alt)) out.push([alt, c.code]);
  }
  const { aliases } = loadJson<{ aliases: Record<string, string> }>('place', 'country-aliases.json');
  for (const [surface, code] of Object.entries(aliases)) out.push([surface, stateCode(code)]);
  return out;
}

export { country, stateOfIso2 };
