// The story's other places as context for a city name with namesakes. A local paper's places lie
// together: "Paris" in a story that also names Henry County and Murray is Paris, Tennessee, not the
// capital of France. A pick is changed only when nothing else the story names lies near it (within
// FAR_KM, or in its country), and some namesake lies near another place the story names (NEAR_KM),
// counting each other place's namesakes too, since they are as ambiguous.
import type { Place } from '../types.js';
import type { CityRec } from './cities.js';
import type { CountyRec } from './counties.js';
import { km } from './distance.js';
import { normKey } from './normalize.js';
import { cityReading } from './resolve.js';
import { at } from '../at.js';

const NEAR_KM = 200;
const FAR_KM = 1000;

/** A city place (index into places) and its namesakes, when no stronger rule chose among them. */
export interface Ambiguous { place: number; cities: CityRec[] }

type Point = { lat: number; lon: number };

/** Replaces isolated picks by the namesake that other places of the story stand near. */
export function cohere(places: Place[], ambiguous: Ambiguous[], counties: CountyRec[][]): Place[] {
  const byPlace = new Map(ambiguous.map((a) => [a.place, a.cities]));
  // Every other toponym's possible points, keyed by surface (the same name twice is one witness).
  // A surface's points are added once each: a long story names "Lima" hundreds of times, and
  // copying its list at every mention made this quadratic in the story's length.
  const points = new Map<string, Point[]>();
  const seen = new Set<string>();
  const add = (key: string, ps: readonly Point[]): void => {
    let list = points.get(key);
    if (!list) points.set(key, (list = []));
    for (const q of ps) {
      const id = `${key}|${q.lat}|${q.lon}`;
      if (!seen.has(id)) { seen.add(id); list.push(q); }
    }
  };
  places.forEach((p, i) => {
    const alts = byPlace.get(i);
    if (alts) add(normKey(p.text), alts);
    else if (p.kind !== 'country' && p.lat !== null && p.lon !== null) add(normKey(p.text), [{ lat: p.lat, lon: p.lon }]);
  });
  counties.forEach((cs) => { if (cs[0]) add(normKey(cs[0].name), cs); });
  const out = [...places];
  // the same name read the same way gets the same answer: worked out once per surface and pick
  const decided = new Map<string, CityRec | null>();
  for (const { place, cities } of ambiguous) {
    const p = at(places, place);
    const key = normKey(p.text);
    const once = `${key}|${p.geonameid ?? ''}|${p.lat ?? ''}|${p.lon ?? ''}|${p.country ?? ''}|${cities.map((c) => c.geonameid).join(',')}`;
    let best = decided.get(once);
    if (best === undefined) {
      best = betterNamesake(places, points, p, key, cities);
      decided.set(once, best);
    }
    if (best) out[place] = { ...p, ...cityReading(best) };
  }
  return out;
}

/** The namesake of p that most other places of the story lie near, when nothing the story names lies near p itself. */
function betterNamesake(places: readonly Place[], points: ReadonlyMap<string, Point[]>, p: Place, key: string, cities: readonly CityRec[]): CityRec | null {
  const supported = places.some((q) => normKey(q.text) !== key && (q.kind === 'country' ? q.country === p.country : q.lat !== null && q.lon !== null && p.lat !== null && p.lon !== null && km(q.lat, q.lon, p.lat, p.lon) <= FAR_KM));
  if (supported) return null;
  let best: CityRec | null = null;
  let bestN = 0;
  for (const c of cities) {
    if (c.geonameid === p.geonameid) continue;
    let n = 0;
    for (const [k, ps] of points) if (k !== key && ps.some((q) => km(q.lat, q.lon, c.lat, c.lon) <= NEAR_KM)) n++;
    if (n > bestN) { best = c; bestN = n; }
  }
  return best;
}
