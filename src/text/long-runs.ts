// Runs of characters with no space longer than MAX_RUN, cut for the tokenizer by a space written
// over every MAX_RUN-th character of what wink reads (the text itself is kept; offsets do not move).
// wink's English model tests every new word with /[a-z].*\.$/i (is it an abbreviation?), which
// backtracks in the square of the word's length: a scraped run of a million letters (base64, a
// pasted blob) took hours. No word of news is this long: a URL with its tracking query may be.
import { isSpaceUnit } from '../chars.js';

/** The longest run of non-space characters wink is given in one piece. */
export const MAX_RUN = 128;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

/**
 * Whether the text holds a run of more than MAX_RUN non-space units. /\S{129}/ answers the same but
 * tries every start, reading each word again from each of its letters (about 3% of the text stage).
 * A run cannot cross a plain space, so only a stretch between two of them that is longer than
 * MAX_RUN (found by indexOf, which is quick) is read unit by unit. test/text/tokenize.test.ts
 * compares the two.
 */
export function hasLongRun(text: string): boolean {
  let from = 0;
  while (from < text.length) {
    let next = text.indexOf(' ', from);
    if (next < 0) next = text.length;
    if (next - from > MAX_RUN && runOver(text, from, next)) return true;
    from = next + 1;
  }
  return false;
}

/** Whether text[from, to) holds a run of more than MAX_RUN non-space units. */
function runOver(text: string, from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i < to; i++) {
    if (isSpaceUnit(text.charCodeAt(i))) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

/** The text with a space over every MAX_RUN-th character of each overlong run; same length. */
export function breakLongRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i += MAX_RUN + 1) out += run.slice(i, i + MAX_RUN) + (i + MAX_RUN < run.length ? ' ' : '');
    return out;
  });
}
