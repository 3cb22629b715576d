// The converted CAMEO verb lexicon (data/events/vendor/cameo-verbs.json, scripts/vendor/import-verbs.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';

const read = (...p: string[]) => JSON.parse(readFileSync(join(repoRoot(), 'data', 'events', ...p), 'utf8')) as Record<string, unknown>;

test('no verb entry carries a context name as its mode (the crosswalk writes one in the mode column for CAMEO 175)', () => {
  const contexts = new Set(Object.keys(read('contexts.json')));
  for (const file of [['vendor', 'cameo-verbs.json']]) {
    for (const [type, entries] of Object.entries(read(...file))) {
      if (!Array.isArray(entries)) continue;
      for (const e of entries as { p: string; mode?: string }[]) assert.ok(e.mode === undefined || !contexts.has(e.mode), `${file.join('/')} ${type} ${e.p}: mode ${e.mode}`);
    }
  }
});

test('a vendor pattern ending in a preposition with no object of its own needs a recipient there ("* (TO)": came to <target>)', () => {
  const entries = Object.values(read('vendor', 'cameo-verbs.json')).filter(Array.isArray).flat() as { p: string; needsRecipient?: boolean }[];
  const comeTo = entries.find((e) => e.p === 'come|coming|comes|came * to');
  assert.ok(comeTo, 'the COME block\'s "* (TO)" pattern is converted');
  assert.equal(comeTo.needsRecipient, true);
  // a preposition with its own object names no target: no such requirement
  const withObject = entries.find((e) => /\* for \* visit\|visits$/.test(e.p));
  assert.ok(withObject);
  assert.equal(withObject.needsRecipient, undefined);
});

test('"came to power" is no visit; "came to" a party still is', async () => {
  const { annotate } = await import('../../src/pipeline.js');
  const events = (text: string) => annotate({ text, published: '2024-03-10' }).events.map((e) => e.type);
  assert.ok(!events('The military came to power in a coup in 2021.').includes('CONSULT'));
  assert.ok(!events('When it came to the vote, the opposition walked out.').includes('CONSULT'));
});

test('a verb block header without a space before its closing dashes ("--- DELAY [120]--- ---") opens a block of its own', async () => {
  const { parseCameoVerbs } = await import('../../scripts/vendor/cameo-verbs.js');
  const text = ['---  BLAME   [112]  ---', 'BLAME [112] ', '- * {SUICIDE BOMBING}   [111]   # BLAME', '', '---  DELAY   [120]---  ---', 'PREVENT ', '- * PROTEST   [1721]   # PREVENT', ''].join('\n');
  const dict = parseCameoVerbs(text);
  assert.deepEqual(dict.blocks.map((b) => [b.description, b.code, b.verbs.length, b.patterns.length]), [['BLAME', '112', 1, 1], ['DELAY', '120', 1, 1]]);
  // and the shipped lexicon no longer gives the blame verbs' patterns to "prevent"
  const entries = Object.values(read('vendor', 'cameo-verbs.json')).filter(Array.isArray).flat() as { p: string }[];
  assert.equal(entries.some((e) => /^~[a-z|]*\bblame\b[a-z|]*\bprevent\b/.test(e.p)), false);
});

test('a bare preposition in a vendor pattern is the target slot, not a noun with a plural', async () => {
  const { parseCameoVerbs } = await import('../../scripts/vendor/cameo-verbs.js');
  // the dictionary's own parenthesised phrases say which words are prepositions
  const text = ['---  HEAD   [042]  ---', 'HEAD ', '- * (FOR TALKS)   [046]   # HEAD', '- * (TO)   [042]   # HEAD', '- * (TO TALKS)   [046]   # HEAD', '- * TO   [030]   # HEAD', ''].join('\n');
  const post = parseCameoVerbs(text).blocks[0]!.patterns.map((p) => p.post);
  assert.deepEqual(post[3], [{ kind: 'pp', prep: 'to', object: null }]);
  const entries = Object.values(read('vendor', 'cameo-verbs.json')).filter(Array.isArray).flat() as { p: string }[];
  assert.equal(entries.some((e) => /\|(to|for|with|in|on)s\b/.test(e.p)), false);
});

test('a converted pattern that ends on "to" finds its target right after it: "ordered the party to dissolve" is no AGREE, nor "led to criminal charges against four people"', async () => {
  const { annotate } = await import('../../src/pipeline.js');
  const types = (text: string) => annotate({ id: 't', text }).events.map((e) => e.type);
  assert.deepEqual(types('The court in Tirana ordered the ruling party to dissolve.'), []);
  assert.deepEqual(types("The prosecutor's inquiry has led to criminal charges against four people."), []);
  assert.deepEqual(types("The first lady flew off on Friday to Mar-a-Lago, the president's private club in Florida."), []);
});
