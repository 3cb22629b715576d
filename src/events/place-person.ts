// A place for the act of a person whose home no dictionary gives ("Okafor, 58, has denied the
// charges", "Reyes said he had spoken with the mayor"), when its clause, the dateline rule and the
// actors' own state gave none: such a person has no code, so the actor-country rule cannot place
// the act. A story filed from one country (its dateline, else a headline's "in X"; with neither, the
// one state nearly all its places and coded actors belong to) is about that country's people unless
// the text says otherwise; so when every other party of the act is of the story's country (or of
// none), the act is placed in that country, at country level, with placeFrom 'story-country'. A party
// of another state ("Lindqvist met the Russian envoy") or an uncoded party that is no person ("Gulf
// governments urged the president") leaves the act unplaced.
import type { ActorRef, Doc, Event } from '../types.js';
import { country } from '../countries/table.js';
import type { Locale } from './locale.js';
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

/** A story's state by weight of mentions: at least this many places and coded actors of states... */
const MIN_MENTIONS = 5;
/** ...of which this share names one state; a story of two states' dealings has no one focus. */
const DOMINANT_SHARE = 0.9;

/** With no dateline or headline place: the one state nearly all the story's places and coded actors belong to. */
function dominantCountry(doc: Doc): { code: string; start: number; end: number } | null {
  const seen = new Map<string, { n: number; start: number; end: number }>();
  let total = 0;
  const count = (code: string | null, start: number, end: number): void => {
    if (!code || !country(code)) return;
    total++;
    const c = seen.get(code);
    if (c) c.n++;
    else seen.set(code, { n: 1, start, end });
  };
  for (const p of doc.places) count(p.country, p.start, p.end);
  for (const a of doc.actors) count(a.actor.code, a.start, a.end);
  const top = [...seen.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  return top && total >= MIN_MENTIONS && top[1].n >= DOMINANT_SHARE * total ? { code: top[0], start: top[1].start, end: top[1].end } : null;
}

/** An unplaced, non-background act whose uncoded actors are all persons the name tagger reads as such. */
function unknownPersonAct(doc: Doc, e: Event): boolean {
  if (e.place || e.modality.background) return false;
  const unknown = e.actor.filter((a) => a.code === null);
  return unknown.length > 0 && unknown.every((a) => person(doc, a));
}

/**
 * Gives the story's country (from `locale`, storyLocale's reading of the dateline or headline, else
 * the dominant state) to the unplaced acts of persons no dictionary places whose other parties are all of it.
 */
export function placeByStoryCountry(doc: Doc, events: Event[], locale: Locale | null): void {
  const acts = events.filter((e) => unknownPersonAct(doc, e));
  if (acts.length === 0) return;
  const where = locale?.place.country ? { code: locale.place.country, start: locale.place.start, end: locale.place.end } : dominantCountry(doc);
  const c = where ? country(where.code) : undefined;
  if (!where || !c) return;
  for (const e of acts) {
    if (!e.actor.every((a) => a.code === null || a.code === c.code)) continue;
    if (!e.recipient.every((r) => r.code === null || r.code === c.code)) continue;
    // The span is the evidence: the story's place.
    e.place = { start: where.start, end: where.end, text: c.name, name: c.name, country: c.code, lat: c.lat, lon: c.lon, kind: 'country' };
    e.placeFrom = 'story-country';
  }
}
