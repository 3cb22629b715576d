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
  // One pass over the text with the trie made an Aho-Corasick automaton (issue 16): a table of
  // every node's next node for every class, the failure links folded in, and per node the lists of
  // every word that ends there or at a suffix of its path. A walk from every position instead cost
  // about 19 ns a character on the bench corpus's sentences, the automaton 9.5. A run of whitespace is one
  // space of a word (no word starts or ends with one, nor has two together), so the automaton reads
  // a run as its first unit and skips the rest: it matches the text with each run written as one
  // space, which is where the walk from each position matched.
  const SPACE_CLASS = classes;
  const width = classes + 1;
  const nodes = rows.length;
  const child = (node: number, k: number): number => (k === SPACE_CLASS ? spaceEdge[node]! : rows[node]![k]!);
  const delta = new Int32Array(nodes * width);
  const out = new Int32Array(nodes);
  const fail = new Int32Array(nodes);
  // breadth first, so a node's failure target (a shorter path) is settled before it
  const queue: number[] = [];
  for (let k = 1; k < width; k++) {
    const c = child(0, k);
    delta[k] = c;
    if (c !== 0) { fail[c] = 0; queue.push(c); }
  }
  out[0] = accept[0]!;
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q]!;
    out[node] = accept[node]! | out[fail[node]!]!;
    for (let k = 1; k < width; k++) {
      const c = child(node, k);
      if (c !== 0) {
        fail[c] = delta[fail[node]! * width + k]!;
        delta[node * width + k] = c;
        queue.push(c);
      } else delta[node * width + k] = delta[fail[node]! * width + k]!;
    }
  }
  // the table the scan reads: row r (at r * stride) holds the next rows' offsets by class, then the
  // row's lists, so a character costs one read for the move and one for the lists
  const stride = width + 1;
  const table = new Int32Array(nodes * stride);
  for (let node = 0; node < nodes; node++) {
    // class 0 (a character in no word) leads every node back to the root: offset 0
    for (let k = 1; k < width; k++) table[node * stride + k] = delta[node * width + k]! * stride;
    table[node * stride + width] = out[node]!;
  }
  const cls = new Uint8Array(ASCII);
  for (let c = 0; c < ASCII; c++) cls[c] = isSpaceUnit(c) ? SPACE_CLASS : classOf[c]!;
  return {
    spot(text: string): number {
      let mask = 0;
      let row = 0;
      let afterSpace = false;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        const k = c < ASCII ? cls[c]! : isSpaceUnit(c) ? SPACE_CLASS : 0;
        if (k === SPACE_CLASS) {
          if (afterSpace) continue;
          afterSpace = true;
        } else afterSpace = false;
        row = table[row + k]!;
        mask |= table[row + width]!;
      }
      return mask;
    },
  };
}
