// The precompiled event lexicon (dist/data/event-lexicon.json, src/events/lexicon.ts): start-up
// reads the first-word index and each entry's place in its file from it instead of reading,
// checking and indexing the 3 MB converted lexicon; it must give the same lexicon as the files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconSnapshot, loadLexicon, patternsFor } from '../../src/events/lexicon.js';
import { itemSpans } from '../../src/json-spans.js';
import { tempDir } from '../temp-dir.js';

test('the lexicon read from the precompiled file is the one built from the data files', () => {
  const path = join(tempDir('entente-lexicon-'), 'event-lexicon.json');
  assert.equal(loadLexicon(path).from, 'computed');
  assert.ok(existsSync(path), 'written for the next start-up');
  const built = lexiconSnapshot();
  assert.equal(loadLexicon(path).from, 'file');
  const read = lexiconSnapshot();
  assert.ok(built.entries.length > 10000);
  assert.deepEqual(read.entries, built.entries);
  assert.deepEqual(read.bySpec, built.bySpec);
  assert.deepEqual(read.byWord, built.byWord);
  assert.ok(patternsFor('attacked', 'vendor').length > 0);
});

test('a stale or broken precompiled lexicon is built again from the files and rewritten', () => {
  const path = join(tempDir('entente-lexicon-'), 'event-lexicon.json');
  loadLexicon(path);
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { hash: string; entries: string };
  writeFileSync(path, JSON.stringify({ ...raw, hash: '0'.repeat(64) }));
  assert.equal(loadLexicon(path).from, 'computed', 'another hash: a lexicon file changed');
  writeFileSync(path, JSON.stringify({ ...raw, entries: raw.entries.slice(8) }));
  assert.equal(loadLexicon(path).from, 'computed', 'entries cut short');
  writeFileSync(path, '{"format": 1, ');
  assert.equal(loadLexicon(path).from, 'computed');
  assert.equal(loadLexicon(path).from, 'file');
});

test('entry ranges: objects of the top-level lists, braces inside strings ignored', () => {
  const text = '{"_doc": ["a {note}"], "ASSAULT": [{"p": "~shell", "cameo": "195"}, {"p": "fired_\\"}\\"", "cameo": "190"}], "n": {"x": [1]}}';
  const buf = Buffer.from(text);
  const spans = itemSpans(buf);
  assert.deepEqual(spans.map(([k]) => k), ['ASSAULT', 'ASSAULT']);
  assert.deepEqual(spans.map(([, s, e]) => JSON.parse(buf.toString('utf8', s, e)) as unknown), [{ p: '~shell', cameo: '195' }, { p: 'fired_"}"', cameo: '190' }]);
});
