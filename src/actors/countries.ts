// Countries, capitals and demonyms from the one country table (src/countries) plus
// data/actors/country-aliases.json.
import { COUNTRY_LIST, stateCode, type Country } from '../countries/table.js';
import { loadJson } from '../data.js';

interface AliasFile {
  names: Record<string, string>;
  capitals: Record<string, string>;
  demonyms: Record<string, string>;
  /** Regions and features: typed LOC, never actors. */
  regions: string[];
  /** Provinces and regions of one country: typed LOC, never actors, but a country clue ("the government of Sindh province"). */
  provinces?: Record<string, string>;
  stopNames: string[];
}

export interface CountryInfo {
  code: string;
  name: string;
}

export type PlaceKind = 'country' | 'capital' | 'demonym' | 'region';

export interface PlaceName {
  kind: PlaceKind;
  /** ISO3 (PLOVER) code; '' for regions, the country for provinces. */
  code: string;
  /** For demonyms: the plural ("Syrians") names the people, not the state. */
  plural?: boolean;
}

const aliases = loadJson<AliasFile>('actors', 'country-aliases.json');

/** ISO3 (PLOVER code) -> country name. */
export const COUNTRIES = new Map<string, CountryInfo>();
/** Alias string -> place name; built with priorities: hand file > independent UN members > the rest. */
export const PLACE_NAMES = new Map<string, PlaceName>();

function rank(c: Country): number {
  return (c.independent ? 2 : 0) + (c.unMember ? 1 : 0);
}

function plural(d: string): string | null {
  if (/(s|sh|ch|x|z|ese)$/i.test(d)) return null;
  return d + 's';
}

(function build(): void {
  const stop = new Set(aliases.stopNames.map((s) => s.toLowerCase()));
  const put = (name: string, p: PlaceName, force = false): void => {
    if (!name || stop.has(name.toLowerCase())) return;
    if (force || !PLACE_NAMES.has(name)) PLACE_NAMES.set(name, p);
  };
  // hand aliases first: they win
  for (const [n, c] of Object.entries(aliases.names)) put(n, { kind: 'country', code: stateCode(c) }, true);
  for (const [n, c] of Object.entries(aliases.capitals)) put(n, { kind: 'capital', code: stateCode(c) }, true);
  for (const [n, c] of Object.entries(aliases.provinces ?? {})) put(n, { kind: 'region', code: stateCode(c) }, true);
  // "Philippine" + s is the country's own name, not its people
  const countryNames = new Set(COUNTRY_LIST.flatMap((c) => [c.name, c.official, ...c.altSpellings]));
  for (const [n, c] of Object.entries(aliases.demonyms)) {
    put(n, { kind: 'demonym', code: stateCode(c) }, true);
    const pl = plural(n);
    if (pl && !countryNames.has(pl)) put(pl, { kind: 'demonym', code: stateCode(c), plural: true }, true);
  }
  const sorted = [...COUNTRY_LIST].sort((a, b) => rank(b) - rank(a));
  for (const c of sorted) {
    const code = c.code;
    if (!COUNTRIES.has(code)) COUNTRIES.set(code, { code, name: c.name });
    put(c.name, { kind: 'country', code });
    put(c.official, { kind: 'country', code });
    for (const a of c.altSpellings) {
      // two- and three-letter codes (FR, IN, IS, TO) are words, not names
      if (a.length <= 3 && a === a.toUpperCase()) continue;
      put(a, { kind: 'country', code });
    }
    if (c.independent) for (const cap of c.capitals) put(cap, { kind: 'capital', code });
    for (const d of c.demonyms) {
      put(d, { kind: 'demonym', code });
      const pl = plural(d);
      if (pl) put(pl, { kind: 'demonym', code, plural: true });
    }
  }
  for (const r of aliases.regions ?? []) put(r, { kind: 'region', code: '' });
  for (const [n, c] of Object.entries(aliases.names)) if (!COUNTRIES.has(stateCode(c))) COUNTRIES.set(stateCode(c), { code: stateCode(c), name: n });
})();

export function countryName(code: string): string {
  return COUNTRIES.get(code)?.name ?? code;
}

/** Is this a state code, not IGO/NGO/...? One list for every stage: data/countries/codes.json `nonState`. */
export { isStateCode } from '../countries/table.js';
