import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot } from '../../eval/paths.js';
import { compromise } from '../../src/text/compromise.js';

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
