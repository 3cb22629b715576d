import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot } from '../../eval/paths.js';
import { compromise } from '../../src/text/compromise.js';
import { sweepingOnly } from '../../src/text/compromise-sweep.js';

type Terms = { text: string; tags: string[] }[][];
type Tagger = ((text: string) => { json(o: unknown): { terms: Terms[number] }[] }) & { methods(): { one: { bulkMatch: unknown } } };

// Every sentence of the bundled samples, tagged by the library's sweep and by ours: the same tags.
test("compromise tags the samples' sentences the same with entente's bulkMatch as with its own", () => {
  const library = createRequire(import.meta.url)('compromise/two') as Tagger;
  const own = library.methods().one.bulkMatch;
  const ours = compromise() as unknown as Tagger;
  assert.equal(ours, library, 'one shared instance');
  const patched = ours.methods().one.bulkMatch;
  assert.notEqual(patched, own);
  const dir = join(repoRoot(), 'samples');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).filter((s) => s.trim().length > 0);
  assert.ok(sentences.length > 50);
  const tags = (): string => JSON.stringify(sentences.map((s) => library(s).json({ terms: { tags: true, offset: false } }).map((x) => x.terms.map((t) => [t.text, t.tags]))));
  library.methods().one.bulkMatch = own;
  const expected = tags();
  library.methods().one.bulkMatch = patched;
  assert.equal(tags(), expected);
});

// The verb check sweeps only the piece that holds the word it asks about: for every term of the
// samples' sentences, its tags with the sweep limited to its own piece equal those of the full sweep.
test('a sweep limited to the piece holding a term tags that term as the full sweep does', () => {
  type Term = { text: string; tags: Set<string> };
  const nlp = compromise() as unknown as (text: string) => { document: Term[][] };
  const dir = join(repoRoot(), 'samples');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).filter((s) => s.includes(',')).slice(0, 60);
  assert.ok(sentences.length > 20);
  let compared = 0;
  for (const s of sentences) {
    const full = nlp(s).document.flat().map((t) => [...t.tags].sort().join());
    for (let k = 0; k < full.length; k++) {
      // the piece holding the k-th term of the document, counted across the pieces in order
      const pick = (pieces: readonly unknown[][]): ReadonlySet<number> => {
        let seen = 0;
        for (let n = 0; n < pieces.length; n++) { seen += pieces[n]!.length; if (k < seen) return new Set([n]); }
        return new Set();
      };
      const focused = sweepingOnly(pick, () => nlp(s).document.flat());
      assert.equal([...focused[k]!.tags].sort().join(), full[k], `${s} / ${focused[k]!.text}`);
      compared++;
    }
  }
  assert.ok(compared > 200);
  // and the limit is real: with no piece swept, some terms' tags differ
  const unswept = sentences.filter((s) => JSON.stringify(sweepingOnly(() => new Set(), () => nlp(s).document.flat().map((t) => [...t.tags].sort()))) !== JSON.stringify(nlp(s).document.flat().map((t) => [...t.tags].sort())));
  assert.ok(unswept.length > 0);
});
