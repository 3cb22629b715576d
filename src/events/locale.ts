// Where the story is set: "France's Hollande, in Moscow, calls for ..." (a headline's "in X") or a
// dateline ("MOSCOW (Reuters) -"). Same-day events of the people the headline names, which their
// own clause does not place, happened there: what Hollande told Putin on the day, he told him in Moscow.
import type { Doc, Event, Place } from '../types.js';
import { CUES } from './cues.js';
import { ploverInfo } from './codes.js';
import { firstTokenAtOrAfter } from './view.js';
import { datelinePlace } from '../place/dateline.js';
import { tok } from '../doc.js';

/** Event dates the text gives (its own sentence, or the reporting verb's day), not a fallback. */
const DATED_BY_TEXT: ReadonlySet<Event['dateFrom']> = new Set(['sentence', 'reporting']);

export interface Locale {
  place: Place;
  /** Actor ids the headline names; empty for a dateline, which places the reporting, not a person. */
  people: Set<string>;
}

/** The story's focus place: its dateline, else a headline's "in X"; with the people the headline names. */
export function storyLocale(doc: Doc): Locale | null {
  for (const z of doc.zones) {
    if (z.kind !== 'dateline' && z.kind !== 'title') continue;
    const places = doc.places.filter((p) => p.start >= z.start && p.end <= z.end);
    const place = z.kind === 'dateline' ? places[0] ?? datelinePlace(doc, z) ?? undefined : places.find((p) => {
      const k = firstTokenAtOrAfter(doc, p.start) - 1;
      return k >= 0 && CUES.locativePreps.has(tok(doc, k).norm);
    });
    if (!place) continue;
    const people = z.kind === 'title'
      ? new Set(doc.actors.filter((a) => a.start >= z.start && a.end <= z.end && !(a.start === place.start)).map((a) => a.actor.id))
      : new Set<string>();
    return { place, people };
  }
  return null;
}

/** Gives the story's locale (storyLocale) to same-day verbal events of its people that have no place of their own. */
export function placeByLocale(doc: Doc, events: Event[], locale: Locale | null): void {
  const day = doc.article.published?.slice(0, 10);
  if (!locale || !day) return;
  for (const e of events) {
    if (e.place || e.date !== day || ploverInfo(e.type).quad % 2 === 0) continue;
    const parties = [...e.actor, ...e.recipient];
    if (locale.people.size > 0 && !parties.some((r) => locale.people.has(r.actorId))) continue;
    // a dateline places only what the text dates to the day ("said on Thursday"): an undated
    // "Trump has denied the allegations" is background, said anywhere
    if (locale.people.size === 0 && !DATED_BY_TEXT.has(e.dateFrom)) continue;
    // every actor must be there: a headline person or someone of the place's own country
    // ("Obama and Hollande insisted" was not said in Moscow)
    if (!e.actor.every((a) => locale.people.has(a.actorId) || a.code === locale.place.country)) continue;
    e.place = locale.place;
    e.placeFrom = locale.people.size === 0 ? 'dateline' : 'story';
  }
}
