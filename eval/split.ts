// Dev and test halves of every gold set, by a stable hash of the record id.
//
// Developers read the misses of the dev half only; the test half is scored and floored but its
// errors are never listed, so the gap between the halves measures how much of a gain is fitted to
// the sentences that were read. The hash is FNV-1a (32 bit) over the id's UTF-8 bytes: it needs no
// seed, does not change when records are added or removed, and is the same on every machine.

export type Half = 'dev' | 'test';
export const HALVES: readonly Half[] = ['dev', 'test'];

/** FNV-1a, 32 bit, over the UTF-8 bytes of `s`. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The half a record belongs to: the lowest bit of the hash of its id. */
export function halfOf(id: string): Half {
  return (fnv1a(id) & 1) === 0 ? 'dev' : 'test';
}

/** Items of one half. `idOf` gives the record id the split is keyed on. */
export function inHalf<T>(items: readonly T[], half: Half, idOf: (x: T) => string): T[] {
  return items.filter((x) => halfOf(idOf(x)) === half);
}

/**
 * Scores of the whole set (plain keys) and of each half (`dev.<key>`, `test.<key>`), from one
 * scoring function over a subset. Counts (`n_…`) are kept per half too.
 */
export function scoreByHalves<T>(items: readonly T[], idOf: (x: T) => string, score: (subset: readonly T[], half: Half | null) => Record<string, number>): Record<string, number> {
  const out: Record<string, number> = { ...score(items, null) };
  for (const half of HALVES) for (const [k, v] of Object.entries(score(inHalf(items, half, idOf), half))) out[`${half}.${k}`] = v;
  return out;
}
