// Stepping back from a verb over the words that may stand between it and its subject: adverbs,
// auxiliaries, negation, modals ("police have not yet arrested"). Its own file so that the
// participant search and the readers of unnamed parties both use it without importing each other.
import type { DocView } from './view.js';
import { ADVERB_LIKE, BE_FORMS, COMMA_RELATIVES, CUES } from './cues.js';
import { WORDS } from './words.js';

const norm = (view: DocView, i: number): string => view.doc.tokens[i]?.norm ?? '';

/** Skip back over adverbs, auxiliaries and negation from i (inclusive); returns the first other token. */
export function skipLeft(view: DocView, i: number, floor: number): number {
  while (i >= floor && (ADVERB_LIKE.has(norm(view, i)) || CUES.negators.has(norm(view, i)) || CUES.future.has(norm(view, i)) || CUES.hypothetical.has(norm(view, i)) || BE_FORMS.has(norm(view, i)))) i--;
  return i;
}

/** Tokens a relative clause between a subject and its verb may span ("Russia, which invaded Ukraine in 2022, struck"). */
const RELATIVE_REACH = 20;

/**
 * "Russia, which invaded Ukraine in 2022, struck Kyiv", "Orrin Tavell — who was seen near the harbour —
 * was arrested": when `close` is a comma or a dash that closes a relative clause set off by the same kind
 * of mark, the opening mark's index; else -1. The clause stays in one sentence, one clause (no ";")
 * and on one side of a quotation mark (`quoted`: whether the verb after it is quoted).
 */
export function relativeOpener(view: DocView, floor: number, close: number, quoted: number): number {
  const closer = norm(view, close);
  const opens = closer === ',' ? (w: string) => w === ',' : WORDS.appositionDashes.has(closer) ? (w: string) => WORDS.appositionDashes.has(w) : null;
  if (opens === null) return -1;
  for (let j = close - 1; j > floor && close - j <= RELATIVE_REACH; j--) {
    const w = norm(view, j);
    if (opens(w)) {
      // "..., many of whom ...": a quantifier and "of" may come before the relative word
      const rel = COMMA_RELATIVES.has(norm(view, j + 1)) || (norm(view, j + 2) === 'of' && COMMA_RELATIVES.has(norm(view, j + 3)));
      return rel ? j : -1;
    }
    if (w === ';' || (view.quoted[j] ?? 0) !== quoted) return -1;
  }
  return -1;
}
