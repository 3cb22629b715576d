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

/** Balance over an undirected graph given as a symmetric weight lookup. Node ids must be comparable strings. */
export function structuralBalance(nodes: readonly string[], weight: (a: string, b: string) => number, neighbours: (a: string) => readonly string[]): Balance {
  const byType: TriadCounts = { '+++': 0, '++-': 0, '+--': 0, '---': 0 };
  let triads = 0, balanced = 0, weak = 0, wAll = 0, wBal = 0;
  const sorted = [...nodes].sort();
  for (const a of sorted) {
    const na = neighbours(a).filter((x) => x > a && weight(a, x) !== 0);
    const setA = new Set(na);
    for (const b of na) {
      for (const c of neighbours(b)) {
        if (c <= b || !setA.has(c)) continue;
        const ws = [weight(a, b), weight(b, c), weight(a, c)];
        if (ws.some((w) => w === 0)) continue;
        const neg = ws.filter((w) => w < 0).length;
        const type = (['+++', '++-', '+--', '---'] as const)[neg]!;
        byType[type]++;
        triads++;
        const g = Math.cbrt(Math.abs(ws[0]! * ws[1]! * ws[2]!));
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
