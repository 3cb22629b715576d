// Harm with no one behind it: "the storm killed 12 people", "an earthquake struck eastern Turkey",
// "12 died in the floods". A natural force, a disease or an accident is not a party, so such harm is
// no PLOVER event (word-classes.json naturalCauses).
import type { Sentence } from '../types.js';
import type { DocView } from './view.js';
import { WORDS } from './words.js';
import { tok } from '../doc.js';
import { int32At } from '../at.js';

/** Tokens from a cause preposition to the noun it introduces: "in the devastating floods". */
const CAUSE_REACH = 4;

/** Whether the harm of the trigger ending at `from` came from a natural cause: "killed in the floods", "hurt by the storm". */
export function naturalCauseAfter(view: DocView, s: Sentence, from: number): boolean {
  const doc = view.doc;
  if (from >= s.tokenEnd || !WORDS.causePreps.has(tok(doc, from).norm)) return false;
  for (let k = from + 1; k < Math.min(s.tokenEnd, from + 1 + CAUSE_REACH); k++) {
    if (int32At(view.actorAt, k) >= 0 || tok(doc, k).pos === 'PUNCT') return false;
    if (WORDS.naturalCauses.has(tok(doc, k).norm)) return true;
  }
  return false;
}
