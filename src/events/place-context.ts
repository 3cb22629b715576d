// A place for an act done at home, when its clause, the dateline and the headline gave none: every
// actor of one state and no recipient of another ("Democrats dismissed the bill", "the Kremlin
// denied meddling") puts the event in that state, at country level. The event keeps its evidence
// (placeFrom 'actor-country'), so an analyst can keep only the stronger kinds.
//
// Tried and left out: a place earlier in the sentence or its paragraph whose country is a party's.
// On 20 Reuters events read per variant it was right about half the time: a legislator's home state
// ("Senator Cornyn of Texas dismissed ...") is not where he spoke, and surnames read as towns.
import type { Event } from '../types.js';
import { country } from '../countries/table.js';
import { at } from '../at.js';

/** The actors' one state, when the act is done at home: no recipient of another state. */
function homeCountry(e: Event): string | null {
  const codes = new Set(e.actor.map((a) => a.code));
  if (e.actor.length === 0 || codes.size !== 1) return null;
  const code = at(e.actor, 0).code;
  if (!code || !country(code)) return null; // IGOs, non-state groups, unknown codes: no home
  if (e.recipient.some((r) => r.code !== null && r.code !== code)) return null;
  return code;
}

export function placeByContext(events: Event[]): void {
  for (const e of events) {
    if (e.place || e.modality.background) continue;
    const code = homeCountry(e);
    if (!code) continue;
    const c = country(code)!;
    const ref = at(e.actor, 0);
    // The span is the evidence: the actor whose state it is.
    e.place = { start: ref.start, end: ref.end, text: c.name, name: c.name, country: c.code, lat: c.lat, lon: c.lon, kind: 'country' };
    e.placeFrom = 'actor-country';
  }
}
