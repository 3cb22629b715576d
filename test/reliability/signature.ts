// What must not change when the same story is coded again: every token, mention, actor, time and
// place, and every reading (counted or not) with its parties, date, place and span. Shared by the
// determinism test and the fresh child processes it starts.
import type { Doc } from '../../src/types.js';

type Reading = Doc['events'][number];

const reading = (e: Reading) => ({
  type: e.type, mode: e.mode, actor: e.actor, recipient: e.recipient, date: e.date, place: e.place,
  sentence: e.sentence, trigger: e.trigger, cameo: e.cameo, goldstein: e.goldstein, size: e.size, modality: e.modality,
  dateFrom: e.dateFrom, placeFrom: e.placeFrom, reportedBy: e.reportedBy, context: e.context, id: e.id,
});

export function signatureOf(d: Doc): string {
  return JSON.stringify({
    tokens: d.tokens.map((t) => [t.start, t.end, t.pos, t.lemma]),
    mentions: d.mentions, actors: d.actors, times: d.times, places: d.places,
    events: d.events.map(reading), nonFactual: (d.nonFactual ?? []).map(reading), quotes: d.quotes ?? [],
  });
}
