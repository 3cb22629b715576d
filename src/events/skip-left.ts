// Stepping back from a verb over the words that may stand between it and its subject: adverbs,
// auxiliaries, negation, modals ("police have not yet arrested"). Its own file so that the
// participant search and the readers of unnamed parties both use it without importing each other.
import type { DocView } from './view.js';
import { ADVERB_LIKE, BE_FORMS, CUES } from './cues.js';

const norm = (view: DocView, i: number): string => view.doc.tokens[i]?.norm ?? '';

/** Skip back over adverbs, auxiliaries and negation from i (inclusive); returns the first other token. */
export function skipLeft(view: DocView, i: number, floor: number): number {
  while (i >= floor && (ADVERB_LIKE.has(norm(view, i)) || CUES.negators.has(norm(view, i)) || CUES.future.has(norm(view, i)) || CUES.hypothetical.has(norm(view, i)) || BE_FORMS.has(norm(view, i)))) i--;
  return i;
}
