// The country a story is set in, read off its places: "police in ahmedabad and vadodara" serve India
// even when no sentence names India. A generic agent the actors stage could not place (its sentence
// and the story name no state, only cities) takes that country. Only when one country clearly leads:
// a story of two countries' cities says nothing of whose police acted.
import type { ActorRef, Doc } from '../types.js';
import { nationalSector } from '../actors/national-sectors.js';

/** Places with a country that a story needs before it counts as set somewhere, and that country's share. */
const MIN_PLACES = 2;
const MIN_SHARE = 0.6;

export function storyCountry(doc: Doc): string | null {
  const n = new Map<string, number>();
  let all = 0;
  for (const p of doc.places) {
    if (!p.country) continue;
    n.set(p.country, (n.get(p.country) ?? 0) + 1);
    all++;
  }
  let best: string | null = null, k = 0;
  for (const [c, m] of n) if (m > k) { best = c; k = m; }
  return best && k >= MIN_PLACES && k / all >= MIN_SHARE ? best : null;
}

/** A generic agent with no country ("police", "troops") as an agent of the story's country `home`. */
export function atHome(ref: ActorRef, generic: boolean, home: string | null): ActorRef {
  if (!home || ref.code !== null || !generic || !ref.sector) return ref;
  const sector = nationalSector(home, ref.sector, ref.text) ?? ref.sector;
  return { ...ref, code: home, sector, actorId: `${home}-${sector}` };
}
