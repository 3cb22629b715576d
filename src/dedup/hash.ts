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

