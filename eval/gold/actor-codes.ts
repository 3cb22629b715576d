// Actor codes as the gold writes them -> the 3-letter code the system emits.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { NON_STATE_CODES } from '../../src/types.js';

/**
 * CAMEO/Phoenix codes stack 3-letter parts: "USAGOV", "GUYJUD", "IGOEUREEC". The first part
 * is the country (or the non-state code: IGO, UNO, NGO, IMG...). "---" means "unknown country"
 * and gives no code, so "---REB" expects an actor with no country code.
 */
export function countryPart(code: string): string | null {
  const head = code.trim().toUpperCase().slice(0, 3);
  return /^[A-Z]{3}$/.test(head) ? head : null;
}

// The package's typings declare an ESM default that NodeNext reads as a namespace; require gives the array.
const worldCountries = createRequire(import.meta.url)('world-countries') as Country[];
const KNOWN = new Set<string>([...worldCountries.map((c) => c.cca3), ...NON_STATE_CODES, 'KOS']);

/** Codes that are neither ISO-3166 alpha-3 nor PLOVER non-state (e.g. "JAP" for JPN), kept as is but reported. */
export function isOddCode(code: string): boolean {
  return !KNOWN.has(code);
}
