// Sentences written all in lower case (some scrapes and archives lose capitals): there, capitals
// cannot mark names, so the actors and place stages read words outside the vocabulary instead.
const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;
/** Words with letters a sentence needs before its lack of capitals says anything. */
const MIN_WORDS = 3;

/** Whether items [from, to) (a sentence's words, by `text`) have no capital and at least three words with letters. */
export function caselessSpan<T>(items: readonly T[], from: number, to: number, text: (x: T) => string): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = text(items[i] as T);
    if (CAPITAL.test(t)) return false;
    if (LETTER.test(t)) words++;
  }
  return words >= MIN_WORDS;
}
