// Which of several word lists occur in a text, in one pass over it. The time stage tests each
// sentence for a dozen word lists (chrono's parser guards, the TIMEX3 rules' words), and each such
// test was a case-insensitive regex of alternatives scanning the whole sentence: about a sixth of
// the stage's CPU. One walk of a trie of all the words answers every list at once.
//
// A word matches as it would in `new RegExp(alternatives, 'i')` (no u flag): ASCII letters in any
// case, every other character as written, and a space as `\s+` (what timex-rules' alt() writes), so
// spot(text) has list k's bit set exactly when that regex of list k matches text.
// test/time/word-spotter.test.ts compares the two.

/** Bit k of spot(text) is set when a word of list k occurs in text. */
export interface WordSpotter {
  spot(text: string): number;
}

import { isSpaceUnit } from '../chars.js';

const ASCII = 128;
const SPACE = 32;

/** Lower-cases an ASCII capital, as the i flag without u folds (only A-Z and a-z meet). */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

/**
 * A spotter for up to 31 lists of words: each word non-empty, printable ASCII, without a leading,
 * trailing or double space (a space in a word stands for a run of whitespace).
 */
export function wordSpotter(lists: readonly (readonly string[])[]): WordSpotter {
  if (lists.length > 31) throw new Error(`wordSpotter: ${lists.length} lists, at most 31`);
  for (const w of lists.flat()) {
    if (!/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(w)) throw new Error(`wordSpotter: word ${JSON.stringify(w)} is empty, not printable ASCII or badly spaced`);
  }
  // Characters the words spell, folded, numbered from 1 (0: in no word), so a trie node's row is short.
  const classOf = new Uint8Array(ASCII);
  let classes = 1;
  for (const w of lists.flat()) {
    for (let i = 0; i < w.length; i++) {
      const c = fold(w.charCodeAt(i));
      if (c !== SPACE && classOf[c] === 0) classOf[c] = classes++;
    }
  }
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c | 32]!;
  // node 0 is the root; rows[node][class] is the child (0: none), built as plain arrays first
  const rows: number[][] = [new Array<number>(classes).fill(0)];
  const accept: number[] = [0];
  const spaceEdge: number[] = [0];
  const newNode = (): number => {
    rows.push(new Array<number>(classes).fill(0));
    accept.push(0);
    spaceEdge.push(0);
    return rows.length - 1;
  };
  lists.forEach((words, k) => {
    for (const w of words) {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (c === SPACE) node = spaceEdge[node] || (spaceEdge[node] = newNode());
        else {
          const row = rows[node]!;
          const k2 = classOf[c]!;
          node = row[k2] || (row[k2] = newNode());
        }
      }
      accept[node]! |= 1 << k;
    }
  });
  const trans = Int32Array.from(rows.flat());
  const acc = Int32Array.from(accept);
  const sp = Int32Array.from(spaceEdge);
  return {
    spot(text: string): number {
      let mask = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c0 = text.charCodeAt(i);
        if (c0 >= ASCII) continue; // no word starts with a space or beyond ASCII
        const k0 = classOf[c0]!;
        if (k0 === 0) continue;
        let node = trans[k0]!;
        let j = i + 1;
        while (node !== 0) {
          mask |= acc[node]!;
          if (j >= n) break;
          const c = text.charCodeAt(j);
          if (sp[node] !== 0 && isSpaceUnit(c)) {
            // the run of whitespace is one space of the word (no word has a space after a space)
            j++;
            while (j < n && isSpaceUnit(text.charCodeAt(j))) j++;
            node = sp[node]!;
            continue;
          }
          if (c >= ASCII) break;
          const k = classOf[c]!;
          if (k === 0) break;
          node = trans[node * classes + k]!;
          j++;
        }
      }
      return mask;
    },
  };
}
