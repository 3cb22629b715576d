// Runs of characters with no space longer than MAX_RUN, cut for the tokenizer by a space written
// over every MAX_RUN-th character of what wink reads (the text itself is kept; offsets do not move).
// wink's English model tests every new word with /[a-z].*\.$/i (is it an abbreviation?), which
// backtracks in the square of the word's length: a scraped run of a million letters (base64, a
// pasted blob) took hours. No word of news is this long: a URL with its tracking query may be.

/** The longest run of non-space characters wink is given in one piece. */
export const MAX_RUN = 128;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');
const HAS_LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1}}`); // no /g: test() keeps no state

/** The text with a space over every MAX_RUN-th character of each overlong run; same length. */
export function breakLongRuns(text: string): string {
  if (!HAS_LONG_RUN.test(text)) return text;
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i += MAX_RUN + 1) out += run.slice(i, i + MAX_RUN) + (i + MAX_RUN < run.length ? ' ' : '');
    return out;
  });
}
