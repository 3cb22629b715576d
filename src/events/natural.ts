// Harm with no one behind it: "the storm killed 12 people", "an earthquake struck eastern Turkey",
// "12 died in the floods". A natural force, a disease or an accident is not a party, so such harm is
// no PLOVER event (word-classes.json naturalCauses).
import type { Sentence } from '../types.js';
import { verbListEnd, type DocView } from './view.js';
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

/** Whether the noun right before the trigger at `head` (past auxiliaries and adverbs) is a natural cause: "the cholera epidemic has killed 118 people", "floods killed 30". */
export function naturalCauseBefore(view: DocView, s: Sentence, head: number): boolean {
  const k = subjectWordBefore(view, s, head);
  return k >= 0 && WORDS.naturalCauses.has(tok(view.doc, k).norm);
}

/** Parts of speech that stand between a subject and its verb ("have been", "were later") or before an object's head ("two stray"). */
const SUBJECT_GAP_POS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);
const OBJECT_MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'ADV']);

/** The token right before the trigger at `head`, past auxiliaries, adverbs and particles; -1 when the sentence starts there. */
function subjectWordBefore(view: DocView, s: Sentence, head: number): number {
  let k = head - 1;
  while (k >= s.tokenStart && SUBJECT_GAP_POS.has(tok(view.doc, k).pos)) k--;
  return k >= s.tokenStart ? k : -1;
}

/**
 * Whether the harm of the trigger [head, end) befell or came from animals: "thousands of birds have
 * been slaughtered", "three swans found dead", "police shot two stray dogs" (word-classes.json animals).
 */
export function animalHarm(view: DocView, s: Sentence, head: number, end: number): boolean {
  const doc = view.doc;
  const k = subjectWordBefore(view, s, head);
  if (k >= 0 && WORDS.animals.has(tok(doc, k).norm)) return true;
  // "started slaughtering, burning and burying roughly 6,500 hogs": the list's verbs share the object
  let j = verbListEnd(doc, s, end);
  if (j < 0) j = end;
  while (j < s.tokenEnd && OBJECT_MODIFIER_POS.has(tok(doc, j).pos)) j++;
  return j < s.tokenEnd && WORDS.animals.has(tok(doc, j).norm);
}
