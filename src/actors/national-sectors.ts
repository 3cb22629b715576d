// Role words whose sector depends on the country they serve (data/actors/national-sectors.json):
// India's "paramilitary forces" are its central armed police, not its army.
import { z } from 'zod';
import { loadJson } from '../data.js';
import { SECTORS, type Sector } from '../types.js';
import { PARSE_ONCE } from '../parse-once.js';

const Entry = z.strictObject({
  code: z.string().regex(/^[A-Z]{3}$/),
  why: z.string().min(1),
  from: z.enum(SECTORS),
  sector: z.enum(SECTORS),
  words: z.array(z.string().min(1)).min(1),
});
const File = z.strictObject({ about: z.string(), countries: z.array(Entry) });

const file = File.parse(loadJson<unknown>('actors', 'national-sectors.json'), PARSE_ONCE);
/** code -> its entries, words lower-cased. */
const BY_CODE = new Map<string, { from: Sector; sector: Sector; words: readonly string[] }[]>();
for (const e of file.countries) {
  const list = BY_CODE.get(e.code) ?? [];
  list.push({ from: e.from, sector: e.sector, words: e.words.map((w) => w.toLowerCase()) });
  BY_CODE.set(e.code, list);
}

/** The sector a role phrase `text` of `sector` has in the service of `code`, when it differs; else null. */
export function nationalSector(code: string | null, sector: Sector | null, text: string): Sector | null {
  const entries = code && sector ? BY_CODE.get(code) : undefined;
  if (!entries) return null; // most countries have none: no text work for them
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  for (const e of entries) if (e.from === sector && e.words.some((w) => t === w || t.endsWith(` ${w}`))) return e.sector;
  return null;
}
