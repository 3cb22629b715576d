// Properties of the signed community search and the balance count on random signed graphs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { signedLouvain, signedModularity } from '../../src/analysis/signed-louvain.js';
import { structuralBalance } from '../../src/analysis/balance.js';

const graph = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.record({ a: fc.nat(n - 1), b: fc.nat(n - 1), w: fc.integer({ min: -5, max: 5 }) }), { maxLength: 40 }),
  }),
);

test('signed Louvain never ends below the all-singletons partition, and is deterministic', () => {
  fc.assert(
    fc.property(graph, fc.nat(1000), ({ n, edges }, seed) => {
      const p = signedLouvain(n, edges, { seed });
      assert.equal(p.community.length, n);
      const singletons = signedModularity(n, edges, Array.from({ length: n }, (_, i) => i));
      assert.ok(p.modularity >= singletons - 1e-9, `${p.modularity} < ${singletons}`);
      assert.ok(Math.abs(p.modularity - signedModularity(n, edges, p.community)) < 1e-12);
      // Communities are numbered 0..k-1 by decreasing size.
      const sizes = new Map<number, number>();
      for (const c of p.community) sizes.set(c, (sizes.get(c) ?? 0) + 1);
      const k = sizes.size;
      for (let c = 0; c < k; c++) assert.ok(sizes.has(c));
      for (let c = 1; c < k; c++) assert.ok(sizes.get(c)! <= sizes.get(c - 1)!);
      assert.deepEqual(signedLouvain(n, edges, { seed }).community, p.community);
    }),
    { numRuns: 200 },
  );
});

test('balance counts add up and weak balance is never below strong balance', () => {
  fc.assert(
    fc.property(graph, ({ n, edges }) => {
      const adj = new Map(Array.from({ length: n }, (_, i) => [`n${String(i).padStart(2, '0')}`, new Map<string, number>()]));
      for (const { a, b, w } of edges) {
        if (a === b) continue;
        const [x, y] = [`n${String(a).padStart(2, '0')}`, `n${String(b).padStart(2, '0')}`];
        adj.get(x)!.set(y, w);
        adj.get(y)!.set(x, w);
      }
      // Brute force over all triples.
      let triads = 0, balanced = 0;
      const ids = [...adj.keys()];
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) for (let k = j + 1; k < ids.length; k++) {
        const ws = [adj.get(ids[i]!)!.get(ids[j]!), adj.get(ids[j]!)!.get(ids[k]!), adj.get(ids[i]!)!.get(ids[k]!)];
        if (ws.some((w) => !w)) continue;
        triads++;
        if (ws[0]! * ws[1]! * ws[2]! > 0) balanced++;
      }
      const b = structuralBalance(adj);
      assert.equal(b.triads, triads);
      assert.equal(b.balanced, balanced);
      assert.equal(Object.values(b.byType).reduce((s, x) => s + x, 0), triads);
      if (triads) assert.ok(b.weakShare! >= b.share!);
    }),
    { numRuns: 200 },
  );
});
