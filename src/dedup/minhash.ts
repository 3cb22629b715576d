// MinHash signatures and LSH band keys. Each of the n permutations is x → (a·x + b) mod p with
// a, b drawn from a fixed seed, so signatures agree across runs, processes and machines.
import { CONFIG, type MinHashConfig } from './config.js';
import { combine32, mulberry32 } from './hash.js';
import { shingleHashes } from './shingles.js';
import { at } from '../at.js';

/** Signature slot value when there were no shingles; never produced by a permutation (p < 2^32 - 1). */
export const EMPTY = 0xffffffff;

/**
 * Coefficients per permutation; `a16` = a·2^16 mod p, precomputed for the split multiply; `inv`
 * = 1/p, for reducing by a multiply and a floor instead of a floating-point `%` (a library call).
 */
interface Permutations { a: Float64Array; a16: Float64Array; b: Float64Array; p: number; inv: number }

function permutations(c: MinHashConfig): Permutations {
  const next = mulberry32(c.seed);
  const a = new Float64Array(c.permutations);
  const a16 = new Float64Array(c.permutations);
  const b = new Float64Array(c.permutations);
  for (let i = 0; i < c.permutations; i++) {
    a[i] = 1 + (next() % (c.prime - 1)); // a ≠ 0, or the permutation collapses
    a16[i] = (at(a, i) * 65536) % c.prime;
    b[i] = next() % c.prime;
  }
  return { a, a16, b, p: c.prime, inv: 1 / c.prime };
}

const PERMS = permutations(CONFIG);

/** MinHash signature of an article body (CONFIG.permutations values). */
export function signature(body: string): Uint32Array {
  const { a, a16, b, p, inv } = PERMS;
  const n = a.length;
  const sig = new Uint32Array(n).fill(EMPTY);
  for (const x of shingleHashes(body, CONFIG.shingleWords)) {
    // a·x needs 64 bits. With x = hi·2^16 + lo, a·x ≡ (a·2^16 mod p)·hi + a·lo (mod p), and that
    // sum plus b stays below 2^50, exact in a double. Its remainder mod p: the quotient from
    // t·(1/p) is off by at most one (t < 2^50, so q·p is exact too), which the two checks correct;
    // the same value as t % p, several times faster.
    const hi = x >>> 16;
    const lo = x & 0xffff;
    for (let i = 0; i < n; i++) {
      const t = at(a16, i) * hi + at(a, i) * lo + at(b, i);
      let v = t - Math.floor(t * inv) * p;
      if (v < 0) v += p;
      else if (v >= p) v -= p;
      if (v < at(sig, i)) sig[i] = v;
    }
  }
  return sig;
}

/** True when the body had no words: such signatures match nothing. */
export function isEmpty(sig: Uint32Array): boolean {
  return sig.every((v) => v === EMPTY);
}

/** Estimated Jaccard similarity of the two bodies' shingle sets: the share of equal slots. */
export function similarity(x: Uint32Array, y: Uint32Array): number {
  if (x.length !== y.length) throw new Error(`signature lengths differ: ${x.length} vs ${y.length}`);
  if (x.length === 0 || isEmpty(x) || isEmpty(y)) return 0;
  let same = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === y[i]) same++;
  return same / x.length;
}

/**
 * LSH band keys "bb:hhhhhhhh" (band number, hash of its rows). Two bodies share a key when one
 * band agrees in every row, which happens with probability 1 - (1 - s^r)^b for similarity s.
 */
export function bands(sig: Uint32Array): string[] {
  if (isEmpty(sig)) return [];
  const r = CONFIG.rowsPerBand;
  const keys: string[] = [];
  for (let band = 0; band < CONFIG.bands; band++) {
    const h = combine32(sig, band * r, band * r + r);
    keys.push(`${String(band).padStart(2, '0')}:${h.toString(16).padStart(8, '0')}`);
  }
  return keys;
}
