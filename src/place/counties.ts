// US counties (data/place/vendor/us-counties.json, converted from us-atlas by
// scripts/vendor/import-counties.ts), keyed by normalised name ("laurel county"). Built on first use.
import { z } from 'zod';
import { loadJson } from '../data.js';
import { normKey } from './normalize.js';
import { WORDS } from './words.js';
import type { Doc, Sentence } from '../types.js';
import { tok } from '../doc.js';

export interface CountyRec { name: string; /** state postal code, the GeoNames admin1 code of US places */ admin1: string; lat: number; lon: number }

export const COUNTY_COLUMNS = ['name', 'admin1', 'lat', 'lon'] as const;

/** The word news writes after a county's name in this state. */
export function countyWord(state: string): string {
  return state === 'LA' ? 'Parish' : state === 'AK' ? 'Borough' : 'County';
}

const Row = z.tuple([z.string().min(1), z.string().length(2), z.number(), z.number()]);
const Table = z.object({ about: z.string(), columns: z.tuple(COUNTY_COLUMNS.map((c) => z.literal(c)) as never), counties: z.array(z.unknown()) });

let index: Map<string, CountyRec[]> | null = null;

/** Name key -> the counties of that name (Washington County is in 30 states). */
export function countyIndex(): Map<string, CountyRec[]> {
  if (index) return index;
  const map = new Map<string, CountyRec[]>();
  Table.parse(loadJson('place', 'vendor', 'us-counties.json')).counties.forEach((row, i) => {
    const r = Row.safeParse(row);
    if (!r.success) throw new Error(`data/place/vendor/us-counties.json: county ${i + 1}: ${r.error.issues[0]?.message ?? 'malformed'}`);
    const [name, admin1, lat, lon] = r.data;
    const key = normKey(name);
    map.set(key, [...(map.get(key) ?? []), { name, admin1, lat, lon }]);
  });
  index = map;
  return map;
}

/** The county named by tokens [first..k] (k its "County"), dropping leading words the name lacks ("Six Clayton County"). */
export function countyAt(doc: Doc, first: number, k: number): { first: number; counties: CountyRec[] } | null {
  for (let f = first; f < k; f++) {
    const counties = countyIndex().get(normKey(doc.text.slice(tok(doc, f).start, tok(doc, k).end)));
    if (counties) return { first: f, counties };
  }
  return null;
}

/** Every county name in the sentences, with its namesakes: context for the cities around it. */
export function countyMentions(doc: Doc, sentences: Sentence[], maxWords: number): CountyRec[][] {
  const out: CountyRec[][] = [];
  for (const s of sentences) {
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      if (!WORDS.countyWords.has(tok(doc, k).text)) continue;
      const hit = countyAt(doc, Math.max(s.tokenStart, k - maxWords), k);
      if (hit) out.push(hit.counties);
    }
  }
  return out;
}
