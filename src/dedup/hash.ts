import { uint32At } from '../at.js';
// Small 32-bit hashes written here (no packages): FNV-1a for words, murmur3's finaliser to
// spread combined values, and a seeded PRNG for the permutation coefficients.
export { mulberry32 } from '../prng.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units (both bytes of each), as an unsigned 32-bit number. */
export function fnv1a32(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ (c & 0xff), FNV_PRIME);
    if (c > 0xff) h = Math.imul(h ^ (c >>> 8), FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * fnv1a32 of each word of `text` split at every space, as `text.split(' ').map(fnv1a32)` gives
 * them (an empty word included), in one pass without the word strings: MinHash signs every story
 * body on the writer thread, and the split and its strings were a third of making its shingles.
 */
export function fnv1a32Words(text: string): Uint32Array {
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) count++;
  const out = new Uint32Array(count);
  let h = FNV_OFFSET;
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      out[w++] = h >>> 0;
      h = FNV_OFFSET;
      continue;
    }
    h = Math.imul(h ^ (c & 0xff), FNV_PRIME);
    if (c > 0xff) h = Math.imul(h ^ (c >>> 8), FNV_PRIME);
  }
  out[w] = h >>> 0;
  return out;
}

/** murmur3 fmix32: every input bit affects every output bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Folds a run of 32-bit values (word hashes, signature rows) into one, order-sensitive. */
export function combine32(values: Uint32Array, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ uint32At(values, i), FNV_PRIME);
  return fmix32(h);
}

