// Verbs derived from entente's own lexicon through WordNet (data/events/vendor/wordnet-verbs.json):
// a synonym of a known verb codes like it, but only with a recipient in its clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';
import { annotate } from '../../src/pipeline.js';

const derived = JSON.parse(readFileSync(join(repoRoot(), 'data', 'events', 'vendor', 'wordnet-verbs.json'), 'utf8')) as Record<string, unknown>;
const heads = (type: string): string[] => ((derived[type] ?? []) as { p: string }[]).map((e) => e.p.slice(1));

test('the derived file names its source for every pattern and keeps out entente\'s own verbs', () => {
  const own = readFileSync(join(repoRoot(), 'data', 'events', 'verbs.json'), 'utf8');
  for (const [type, entries] of Object.entries(derived)) {
    if (!Array.isArray(entries)) continue;
    for (const e of entries as { p: string; from: string; needsRecipient: boolean }[]) {
      assert.match(e.from, /^WordNet 3\.1 synonym of [a-z]+ \(synset \d{8}\)$/, `${type} ${e.p}`);
      assert.equal(e.needsRecipient, true, `${type} ${e.p}`);
      assert.ok(!own.includes(`"~${e.p.slice(1)}"`), `${e.p} is already in verbs.json`);
    }
  }
});

test('a WordNet synonym of an accusation verb codes ACCUSE with its recipient', () => {
  assert.ok(heads('ACCUSE').includes('chide'), 'chide is derived from an own ACCUSE verb');
  const doc = annotate({ text: 'Germany chided France over the budget deficit on Monday.', published: '2024-05-08' });
  const e = doc.events.find((x) => x.type === 'ACCUSE');
  assert.ok(e, `no ACCUSE in ${JSON.stringify(doc.events.map((x) => x.type))}`);
  assert.equal(e.actor[0]?.code, 'DEU');
  assert.equal(e.recipient[0]?.code, 'FRA');
});

test('without a recipient a derived verb codes nothing', () => {
  const doc = annotate({ text: 'Germany chided loudly on Monday.', published: '2024-05-08' });
  assert.equal(doc.events.filter((x) => x.type === 'ACCUSE').length, 0);
});
