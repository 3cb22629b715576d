// Body text to hashed word shingles. Normalising first means wire copies that differ only in
// case, quote style or punctuation produce the same shingles.
import { combine32, fnv1a32Words } from './hash.js';

/** Lower-case, drop apostrophes (so "Trump's" = "Trumps"), other punctuation to spaces, collapse runs. */
export function normalize(text: string): string {
  return spaceNonWords(text.normalize('NFKC').toLowerCase().replace(/['’‘`ʼ]/g, '')).trim();
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Letters and digits above ASCII by code point, as WORD_CHAR answered (a news story uses a few dozen). */
const wordAbove127 = new Map<number, boolean>();

function isWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90);
  let w = wordAbove127.get(cp);
  if (w === undefined) wordAbove127.set(cp, (w = WORD_CHAR.test(String.fromCodePoint(cp))));
  return w;
}

/**
 * `text.replace(/[^\p{L}\p{N}]+/gu, ' ')` by code point (a lone surrogate is not a letter): the
 * Unicode-class regex took a third of a story's MinHash time; this loop copies the text in slices
 * cut only where a gap is other than one space.
 */
export function spaceNonWords(text: string): string {
  let out = '';
  let from = 0; // start of the current run of word characters
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isWordChar(cp)) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < text.length) {
      const next = text.codePointAt(i)!;
      if (isWordChar(next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    if (i - start === 1 && cp === 32) continue; // a lone space stays: most gaps between words
    out += `${text.slice(from, start)} `;
    from = i;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Hashes of every run of `size` consecutive words; texts shorter than `size` words give one
 * shingle of all their words, so a short body still has a signature. Empty text gives none.
 */
export function shingleHashes(text: string, size: number): Uint32Array {
  const norm = normalize(text);
  if (norm === '') return new Uint32Array(0);
  const words = fnv1a32Words(norm);
  const k = Math.min(size, words.length);
  const out = new Uint32Array(words.length - k + 1);
  for (let i = 0; i < out.length; i++) out[i] = combine32(words, i, i + k);
  return out;
}
