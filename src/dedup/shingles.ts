// Body text to hashed word shingles. Normalising first means wire copies that differ only in
// case, quote style or punctuation produce the same shingles.
import { combine32, fnv1a32 } from './hash.js';

/** Lower-case, drop apostrophes (so "Trump's" = "Trumps"), other punctuation to spaces, collapse runs. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Hashes of every run of `size` consecutive words; texts shorter than `size` words give one
 * shingle of all their words, so a short body still has a signature. Empty text gives none.
 */
export function shingleHashes(text: string, size: number): Uint32Array {
  const norm = normalize(text);
  if (norm === '') return new Uint32Array(0);
  const words = Uint32Array.from(norm.split(' '), fnv1a32);
  const k = Math.min(size, words.length);
  const out = new Uint32Array(words.length - k + 1);
  for (let i = 0; i < out.length; i++) out[i] = combine32(words, i, i + k);
  return out;
}
