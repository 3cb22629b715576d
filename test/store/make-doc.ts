// Builds small valid Docs by hand so store tests don't depend on the NLP stages.
import { createHash } from 'node:crypto';
import type { ActorRef, Doc, Event, PloverType } from '../../src/types.js';

export interface EventSpec {
  id?: string;
  type: PloverType;
  /** Sentence to put in the body; the event points at it. */
  sentence: string;
  trigger: string;
  actor: { id: string; code: string | null; text: string };
  recipient?: { id: string; code: string | null; text: string };
  date: string | null;
  dead?: number;
}

/** A Doc whose text is a title line then one sentence per event, then `tail` (more body without events). */
export function makeDoc(title: string, events: EventSpec[], published: string | null = '2015-11-26', tail = ''): Doc {
  const titleLine = title + '\n\n';
  const text = titleLine + [...events.map((e) => e.sentence), ...(tail ? [tail] : [])].join(' ');
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const doc: Doc = {
    id, text,
    article: {
      id, url: `https://example.org/${id}`, source: null, title, subtitle: null, byline: null, credit: null,
      published, publishedFrom: published ? 'caller' : 'none', language: 'en',
      body: text.slice(titleLine.length), paragraphs: [{ start: titleLine.length, end: text.length }],
    },
    zones: [{ kind: 'title', start: 0, end: title.length }, { kind: 'body', start: titleLine.length, end: text.length }],
    tokens: [], sentences: [], mentions: [], actors: [], times: [], places: [], events: [],
    messages: [{ stage: 'test', rule: 'test/by-hand', reason: 'made by hand', level: 'info' }],
  };
  let off = titleLine.length;
  events.forEach((spec, i) => {
    const s = { start: off, end: off + spec.sentence.length };
    off = s.end + 1;
    const ref = (who: { id: string; code: string | null; text: string }): ActorRef => {
      const at = text.indexOf(who.text, s.start);
      const start = at >= 0 && at < s.end ? at : s.start;
      const end = at >= 0 && at < s.end ? at + who.text.length : s.start;
      doc.actors.push({ start, end, text: text.slice(start, end), via: 'dictionary',
        actor: { id: who.id, name: who.text, code: who.code, sector: 'GOV', wikidata: null } });
      return { actorId: who.id, code: who.code, sector: 'GOV', text: text.slice(start, end), start, end };
    };
    const t = text.indexOf(spec.trigger, s.start);
    const event: Event = {
      id: spec.id ?? `e${i}`, type: spec.type, mode: null, context: ['diplomatic'],
      actor: [ref(spec.actor)], recipient: spec.recipient ? [ref(spec.recipient)] : [],
      date: spec.date, dateFrom: spec.date ? 'sentence' : 'none',
      place: { start: s.start, end: s.start, text: '', name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62, kind: 'city' },
      size: { dead: spec.dead ?? null, injured: null, arrested: null },
      modality: { negated: false, hypothetical: false, future: false, claimed: false },
      quad_code: 1, cameo: '040', goldstein: 1, plover_score: 2.5,
      sentence: s, trigger: { start: t, end: t + spec.trigger.length }, confidence: 0.8,
    };
    doc.events.push(event);
    if (spec.date) {
      doc.times.push({ start: s.start, end: s.start, text: '', value: spec.date, granularity: 'day' });
    }
    doc.places.push(event.place!);
  });
  return doc;
}

export const HOLLANDE = { id: 'hollande-francois', code: 'FRA', text: 'Hollande' };
export const PUTIN = { id: 'putin-vladimir', code: 'RUS', text: 'Putin' };
export const ISIL = { id: 'isil', code: 'IMG', text: 'ISIL' };
