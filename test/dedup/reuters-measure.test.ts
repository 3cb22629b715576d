// A measurement more than a test: near-duplicate pairs among the shared Reuters politics articles
// at the chosen threshold, checked against a brute-force scan, and the cost of one signature.
// Figures go to the test output (diagnostics); skipped when the shared folder is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '../../src/data.js';
import { DUPLICATE_THRESHOLD, bands, normalize, signature, similarity } from '../../src/dedup/index.js';
import { csvRecords } from './csv.js';

const shared = process.env['ENTENTE_SHARED'] ?? resolve(repoRoot(), '..', 'shared');
const FILE = join(shared, 'eval', 'isot-reuters-politicsnews', 'True_politicsNews_prefix.csv');
const absent = !existsSync(FILE) && `not found: ${FILE}`;

test('near-duplicates among the ISOT Reuters politics articles', { skip: absent }, (t) => {
  const rows = csvRecords(readFileSync(FILE, 'utf8'), ['title', 'text', 'date'] as const);
  assert.equal(rows.length, 706);
  signature(rows[0]!.text); // warm up before timing
  const t0 = performance.now();
  const sigs = rows.map((r) => signature(r.text));
  const msPerSig = (performance.now() - t0) / rows.length;

  // Candidate pairs through the band index, as the store finds them.
  const byKey = new Map<string, number[]>();
  const candidates = new Set<string>();
  sigs.forEach((sig, i) => {
    for (const key of bands(sig)) {
      const seen = byKey.get(key) ?? [];
      for (const j of seen) candidates.add(`${j},${i}`);
      seen.push(i);
      byKey.set(key, seen);
    }
  });
  const pairs = [...candidates].map((p) => p.split(',').map(Number) as [number, number])
    .map(([i, j]) => ({ i, j, s: similarity(sigs[i]!, sigs[j]!) }))
    .filter((p) => p.s >= DUPLICATE_THRESHOLD)
    .sort((a, b) => b.s - a.s || a.i - b.i);

  // Every pair a full scan finds at the threshold must be among the indexed candidates.
  let scanned = 0;
  let nearMiss = 0; // highest similarity below the threshold
  for (let i = 0; i < sigs.length; i++) {
    for (let j = i + 1; j < sigs.length; j++) {
      const s = similarity(sigs[i]!, sigs[j]!);
      if (s >= DUPLICATE_THRESHOLD) scanned++;
      else nearMiss = Math.max(nearMiss, s);
    }
  }
  const sameText = pairs.filter((p) => normalize(rows[p.i]!.text) === normalize(rows[p.j]!.text)).length;

  t.diagnostic(`${rows.length} articles, ${(msPerSig).toFixed(2)} ms per signature, ${candidates.size} candidate pairs from the band index`);
  t.diagnostic(`${pairs.length} pairs at similarity >= ${DUPLICATE_THRESHOLD} (full scan: ${scanned}); ${sameText} of them identical after normalising`);
  t.diagnostic(`highest similarity below the threshold: ${nearMiss.toFixed(3)}`);
  for (const p of pairs) {
    t.diagnostic(`  ${p.s.toFixed(3)}  #${p.i} "${rows[p.i]!.title.slice(0, 50)}" (${rows[p.i]!.date.trim()}) ~ #${p.j} "${rows[p.j]!.title.slice(0, 50)}" (${rows[p.j]!.date.trim()})`);
  }

  assert.equal(pairs.length, scanned, 'the band index misses no pair at the threshold');
  assert.ok(sameText >= 5, 'the exact repeats in the file are found');
  assert.ok(pairs.length < 20, 'a handful of pairs, not a topic cluster');
});
