// Name evidence from capitalisation alone: two capitalised words side by side, as a given name
// and a surname stand ("Francois Hollande"). Made once here, where names are recognised, so later
// stages read these spans instead of guessing names from capital letters themselves.
import type { Doc, NamePair } from '../types.js';
import { tok } from '../doc.js';

// A surname as news writes one: a capital and lower-case letters.
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
// A given name or the abbreviation in its place ("Gen.", "Mr.").
const GIVEN_WORD = /^\p{Lu}\p{Ll}+\.?$/u;

/** Starts with a letter that has a lower-case form (or a code such as "U.S."). */
function startsUpper(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Every capitalised word followed, after a space, by a title-case word in the same sentence. */
export function namePairs(doc: Doc): NamePair[] {
  const out: NamePair[] = [];
  for (const sent of doc.sentences) {
    for (let k = sent.tokenStart + 1; k < sent.tokenEnd; k++) {
      const second = tok(doc, k);
      if (!second.spaceBefore || !TITLE_WORD.test(second.text)) continue;
      const first = tok(doc, k - 1);
      if (!startsUpper(first.text)) continue;
      // Any word may open a sentence ("Overall Edmonton"): there it is no evidence of a given name.
      out.push({ start: first.start, end: second.end, token: k - 1, given: k - 1 !== sent.tokenStart && GIVEN_WORD.test(first.text) });
    }
  }
  return out;
}
