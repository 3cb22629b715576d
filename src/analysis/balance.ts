// Structural balance of a signed graph (Heider; Cartwright & Harary 1956): a closed triad is balanced
// when the product of its three signs is positive (+++ "friends of friends", +-- "the enemy of my
// enemy"); ++- and --- are unbalanced. Davis's weak balance also accepts --- (three mutual enemies).

export interface TriadCounts {
  '+++': number;
  '++-': number;
  '+--': number;
  '---': number;
}

export interface Balance {
  /** Closed triads: three nodes joined pairwise by non-zero ties. */
  triads: number;
  balanced: number;
  /** Share of balanced triads (null when there is no closed triad). */
  share: number | null;
  /** Same, each triad weighted by the geometric mean of its three |weights|. */
  weightedShare: number | null;
  /** Share under weak balance (+++, +--, ---). */
  weakShare: number | null;
  byType: TriadCounts;
}

/** Signed weights of an undirected graph: adj.get(a).get(b) === adj.get(b).get(a); absent or 0 means no tie. */
export type SignedAdjacency = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Balance over the closed triads of an undirected signed graph. */
export function structuralBalance(adj: SignedAdjacency): Balance {
  const byType: TriadCounts = { '+++': 0, '++-': 0, '+--': 0, '---': 0 };
  let triads = 0, balanced = 0, weak = 0, wAll = 0, wBal = 0;
  // Each node's non-zero ties to nodes after it, so every triad a < b < c is seen once.
  const later = new Map<string, Map<string, number>>();
  for (const [a, row] of adj) later.set(a, new Map([...row].filter(([b, w]) => b > a && w !== 0)));
  for (const na of later.values()) {
    for (const [b, wab] of na) {
      for (const [c, wbc] of later.get(b) ?? []) {
        const wac = na.get(c);
        if (wac === undefined) continue;
        const neg = (wab < 0 ? 1 : 0) + (wbc < 0 ? 1 : 0) + (wac < 0 ? 1 : 0);
        byType[(['+++', '++-', '+--', '---'] as const)[neg]!]++;
        triads++;
        const g = Math.cbrt(Math.abs(wab * wbc * wac));
        wAll += g;
        if (neg % 2 === 0) {
          balanced++;
          wBal += g;
        }
        if (neg !== 1) weak++;
      }
    }
  }
  const share = (x: number, of: number) => (of > 0 ? Math.round((x / of) * 10000) / 10000 : null);
  return { triads, balanced, share: share(balanced, triads), weightedShare: share(wBal, wAll), weakShare: share(weak, triads), byType };
}
