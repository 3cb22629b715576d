// The country a story is set in, read off its places: "police in ahmedabad and vadodara" serve India
// even when no sentence names India. A generic agent the actors stage could not place (its sentence
// and the story name no state, only cities) takes that country. Only when one country clearly leads:
// a story of two countries' cities says nothing of whose police acted.
import type { ActorRef, Doc } from '../types.js';
import { nationalSector } from '../actors/national-sectors.js';
import { isStateCode } from '../actors/countries.js';

/** Places with a country that a story needs before it counts as set somewhere, and that country's share. */
const MIN_PLACES = 2;
const MIN_SHARE = 0.6;

/** The code most of `codes` share, with its count and the number of codes. */
function leader(codes: Iterable<string | null>): { code: string | null; count: number; all: number } {
  const n = new Map<string, number>();
  let all = 0;
  for (const c of codes) {
    if (!c) continue;
    n.set(c, (n.get(c) ?? 0) + 1);
    all++;
  }
  let code: string | null = null, count = 0;
  for (const [c, m] of n) if (m > count) { code = c; count = m; }
  return { code, count, all };
}

export function storyCountry(doc: Doc): string | null {
  const places = leader(doc.places.map((p) => p.country));
  if (!places.code || places.count < MIN_PLACES || places.count / places.all < MIN_SHARE) return null;
  // the people and bodies the story names outvote its places: a Washington story about a lobbyist's
  // work in Ukraine names Ukrainian places, but its judge is American
  const actors = leader(doc.actors.map((a) => (isStateCode(a.actor.code) ? a.actor.code : null)));
  return actors.code === null || actors.code === places.code ? places.code : null;
}

/** A generic agent with no country ("police", "troops") as an agent of the story's country `home`. */
export function atHome(ref: ActorRef, generic: boolean, home: string | null): ActorRef {
  if (!home || ref.code !== null || !generic || !ref.sector) return ref;
  const sector = nationalSector(home, ref.sector, ref.text) ?? ref.sector;
  return { ...ref, code: home, sector, actorId: `${home}-${sector}` };
}
