// Builds a Doc for events tests: real text, time and place stages, hand-placed actor mentions, so the
// events stage is tested on its own rules, whatever the actors stage does.
import { intake } from '../../src/intake/index.js';
import { textStage } from '../../src/text/tokenize.js';
import { eventsStage } from '../../src/events/index.js';
import { timeStage } from '../../src/time/index.js';
import { placeStage } from '../../src/place/index.js';
import { namePairs } from '../../src/actors/name-pairs.js';
import type { Doc, MentionType, Sector } from '../../src/types.js';

export interface ActorSpec {
  text: string;
  code: string | null;
  sector?: Sector | null;
  id?: string;
  type?: MentionType;
  /** Which occurrence of `text` (0-based); all occurrences when omitted. */
  nth?: number;
}

export function docWith(text: string, actors: ActorSpec[], published = '2021-03-18'): Doc {
  const doc = timeStage(textStage(intake({ text, published })));
  doc.namePairs = namePairs(doc); // the actors stage's name evidence, which the place stage reads
  placeStage(doc);
  for (const a of actors) {
    let from = 0;
    let n = 0;
    for (;;) {
      const start = text.indexOf(a.text, from);
      if (start < 0) break;
      from = start + a.text.length;
      if (a.nth !== undefined && n++ !== a.nth) continue;
      const end = start + a.text.length;
      const type = a.type ?? 'ORG';
      doc.mentions.push({ start, end, text: a.text, type });
      doc.actors.push({ start, end, text: a.text, via: 'dictionary', actor: { id: a.id ?? `${a.code}-${a.sector ?? ''}-${a.text}`, name: a.text, code: a.code, sector: a.sector ?? null, wikidata: null } });
    }
  }
  doc.actors.sort((x, y) => x.start - y.start);
  doc.mentions.sort((x, y) => x.start - y.start);
  return eventsStage(doc);
}

export function brief(doc: Doc): string[] {
  return doc.events.map((e) => `${e.type} ${e.actor.map((a) => a.code).join('+')}>${e.recipient.map((a) => a.code).join('+')}`);
}
