// Where an event happened: the place after a locative preposition inside the trigger's clause,
// not every place in the story.
import type { ActorRef, Doc, Place, Sentence } from '../types.js';
import { CUES, RELATIVES } from './cues.js';
import { STOP_LEFT, STOP_RIGHT } from './participants.js';
import { firstTokenAtOrAfter, inSentence } from './view.js';

function overlaps(a: { start: number; end: number }, refs: ActorRef[]): boolean {
  return refs.some((r) => a.start < r.end && r.start < a.end);
}

/**
 * The place of action: the nearest place after a locative preposition, inside the trigger's clause.
 * With `objects`, a place that is the verb's direct object ("shelled Juba") counts too.
 */
export function attachPlace(doc: Doc, s: Sentence, triggerStart: number, parties: ActorRef[], objects = false): Place | null {
  const tokens = doc.tokens;
  let h = s.tokenStart;
  while (h < s.tokenEnd && tokens[h]!.start < triggerStart) h++;
  let lo = h;
  while (lo > s.tokenStart && !STOP_LEFT.has(tokens[lo - 1]!.norm)) lo--;
  let hi = h;
  while (hi < s.tokenEnd && !(STOP_RIGHT.has(tokens[hi]!.norm) && hi > h) && !(tokens[hi]!.norm === ',' && RELATIVES.has(tokens[hi + 1]?.norm ?? ''))) hi++;
  const from = tokens[lo]?.start ?? s.start;
  const to = tokens[hi - 1]?.end ?? s.end;
  let best: Place | null = null;
  let bestCost = Infinity;
  for (const p of inSentence(doc.places, s)) {
    if (p.start < from || p.end > to || overlaps(p, parties)) continue;
    let k = firstTokenAtOrAfter(doc, p.start) - 1;
    while (k >= lo && (CUES.determiners.has(tokens[k]!.norm) || tokens[k]!.pos === 'ADJ')) k--;
    const direct = objects && k >= lo && tokens[k]!.start >= triggerStart && (tokens[k]!.pos === 'VERB' || tokens[k]!.start === triggerStart);
    if (k < lo || !(CUES.locativePreps.has(tokens[k]!.norm) || direct)) continue;
    const cost = p.start >= triggerStart ? p.start - triggerStart : (triggerStart - p.end) * 1.5;
    if (cost < bestCost) { best = p; bestCost = cost; }
  }
  return best;
}
