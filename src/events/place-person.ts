// A place for the act of a person whose home no dictionary gives ("Okafor, 58, has denied the
// charges", "Reyes said he had spoken with the mayor"), when its clause, the dateline rule and the
// actors' own state gave none: such a person has no code, so the actor-country rule cannot place
// the act. A story filed from one country (its dateline, else a headline's "in X") is about that
// country's people unless the text says otherwise; so when every other party of the act is of the
// story's country (or of none), the act is placed in that country, at country level, with placeFrom
// 'story-country'. A party of another state ("Lindqvist met the Russian envoy") or an
// uncoded party that is no person ("Gulf governments urged the president") leaves the act unplaced.
import type { ActorRef, Doc, Event } from '../types.js';
import { country } from '../countries/table.js';
import { storyLocale } from './locale.js';
import { ORG_HEAD, ORG_SUFFIX } from '../actors/names.js';

/**
 * The name tagger reads the party as a person, and its last word is no organisation's ("a member of
 * the Finance Committee" can leave a bare "Committee" read as a name).
 */
function person(doc: Doc, r: ActorRef): boolean {
  const last = r.text.toLowerCase().split(/\s+/).at(-1) ?? '';
  if (ORG_SUFFIX.has(last) || ORG_HEAD.has(last)) return false;
  return doc.mentions.some((m) => m.type === 'PER' && m.start < r.end && r.start < m.end);
}

/** Gives the story's country to the unplaced acts of persons no dictionary places whose other parties are all of it. */
export function placeByStoryCountry(doc: Doc, events: Event[]): void {
  const locale = storyLocale(doc);
  const code = locale?.place.country;
  const c = code ? country(code) : undefined;
  if (!locale || !c) return;
  for (const e of events) {
    if (e.place || e.modality.background) continue;
    const unknown = e.actor.filter((a) => a.code === null);
    if (unknown.length === 0 || !unknown.every((a) => person(doc, a))) continue;
    if (!e.actor.every((a) => a.code === null || a.code === c.code)) continue;
    if (!e.recipient.every((r) => r.code === null || r.code === c.code)) continue;
    // The span is the evidence: the story's place.
    e.place = { start: locale.place.start, end: locale.place.end, text: c.name, name: c.name, country: c.code, lat: c.lat, lon: c.lon, kind: 'country' };
    e.placeFrom = 'story-country';
  }
}
