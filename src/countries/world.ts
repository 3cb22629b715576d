// world-countries' records with only the fields the country table reads. The package is 1.4 MB
// of JSON (translations, currencies, borders...) that every process and worker parsed at start-up
// for a few per cent of it; the slim copy, dist/data/world-countries.json (npm run build:data, or written on
// the first start that finds it missing), is used while it names the installed package version.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from '../data.js';
import { writeAtomic } from '../atomic-file.js';

export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings?: string[];
  capital?: string[];
  latlng: number[];
  independent: boolean | null;
  unMember: boolean;
  demonyms?: { eng?: { m?: string; f?: string } };
}

/** Bump when the fields kept change. */
const FORMAT = 1;
const require = createRequire(import.meta.url);

export function worldPath(): string {
  return join(repoRoot(), 'dist', 'data', 'world-countries.json');
}

function slim(c: WorldCountry): WorldCountry {
  const { name, cca2, cca3, altSpellings, capital, latlng, independent, unMember, demonyms } = c;
  const eng = demonyms?.eng;
  return { name: { common: name.common, official: name.official }, cca2, cca3, altSpellings, capital, latlng, independent, unMember, demonyms: eng ? { eng: { m: eng.m, f: eng.f } } : undefined };
}

/** The records, from the slim copy when it was made from the installed version, else from the package (the copy then written again). */
export function worldCountries(path = worldPath()): WorldCountry[] {
  const { version } = require('world-countries/package.json') as { version: string };
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { format?: unknown; version?: unknown; countries?: unknown };
    if (raw.format === FORMAT && raw.version === version && Array.isArray(raw.countries)) return raw.countries as WorldCountry[];
  } catch {
    // missing or unreadable: made below
  }
  const countries = (require('world-countries') as WorldCountry[]).map(slim);
  try {
    writeAtomic(path, JSON.stringify({ about: 'Made from world-countries by src/countries/world.ts. Not to be edited.', format: FORMAT, version, countries }));
  } catch {
    // a read-only install: the next start reads the package again
  }
  return countries;
}
