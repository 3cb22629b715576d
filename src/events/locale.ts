// Where the story is set: "France's Hollande, in Moscow, calls for ..." (a headline's "in X") or a
// dateline ("MOSCOW (Reuters) -"). Same-day events of the people the headline names, which their
// own clause does not place, happened there: what Hollande told Putin on the day, he told him in Moscow.
import type { Doc, Event, Place } from '../types.js';
import { CUES } from './cues.js';
import { ploverInfo } from './codes.js';
import { firstTokenAtOrAfter } from './view.js';
import { loadJson } from '../data.js';

/** How many days before publication a dateline still places an event (data/events/locale.json). */
const LOCALE = loadJson<{ datelineDays: number }>('events', 'locale.json');

interface Locale {
  place: Place;
  /** Actor ids the headline names; empty for a dateline, which places the reporting, not a person. */
  people: Set<string>;
}

function storyLocale(doc: Doc): Locale | null {
  for (const z of doc.zones) {
    if (z.kind !== 'dateline' && z.kind !== 'title') continue;
    const places = doc.places.filter((p) => p.start >= z.start && p.end <= z.end);
    const place = z.kind === 'dateline' ? places[0] : places.find((p) => {
      const k = firstTokenAtOrAfter(doc, p.start) - 1;
      return k >= 0 && CUES.locativePreps.has(doc.tokens[k]!.norm);
    });
    if (!place) continue;
    const people = z.kind === 'title'
      ? new Set(doc.actors.filter((a) => a.start >= z.start && a.end <= z.end && !(a.start === place.start)).map((a) => a.actor.id))
      : new Set<string>();
    return { place, people };
  }
  return null;
}

/** Whether the event's date falls on the publication day or within the few days before it (a wire story's "on Sunday"). */
function recent(e: Event, day: string): boolean {
  if (!e.date || e.date.length < 10) return false;
  const d = Date.parse(e.date.slice(0, 10));
  const p = Date.parse(day);
  return d <= p && p - d <= LOCALE.datelineDays * 86_400_000;
}

/**
 * Gives the story's locale to verbal events of its people that have no place of their own: from a
 * headline, events of the publication day (placeFrom 'story'); from a dateline, events of the
 * last few days whose actors are of the dateline's country, since what they said or did was said
 * or done where the reporter files from (placeFrom 'dateline').
 */
export function placeByLocale(doc: Doc, events: Event[]): void {
  const locale = storyLocale(doc);
  const day = doc.article.published?.slice(0, 10);
  if (!locale || !day) return;
  const fromDateline = locale.people.size === 0;
  for (const e of events) {
    if (e.place || ploverInfo(e.type).quad % 2 === 0) continue;
    if (fromDateline ? !recent(e, day) : e.date !== day) continue;
    const parties = [...e.actor, ...e.recipient];
    if (locale.people.size > 0 && !parties.some((r) => locale.people.has(r.actorId))) continue;
    // every actor must be there: a headline person or someone of the place's own country
    // ("Obama and Hollande insisted" was not said in Moscow)
    if (!e.actor.every((a) => locale.people.has(a.actorId) || a.code === locale.place.country)) continue;
    e.place = locale.place;
    e.placeFrom = fromDateline ? 'dateline' : 'story';
  }
}
