// The built-in people, parsed entry by entry on first use (src/actors/people.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tempDir } from '../temp-dir.js';
import { join } from 'node:path';
import { entrySpans, loadPeople } from '../../src/actors/people.js';
import { PEOPLE, type PersonEntry } from '../../src/actors/dictionary.js';
import { dataPath } from '../../src/data.js';

const fromFiles = (): PersonEntry[] => [['actors', 'people.json'], ['actors', 'vendor', 'people.json']].flatMap((p) => (JSON.parse(readFileSync(dataPath(...p), 'utf8')) as { people: PersonEntry[] }).people);

test('entry spans: the objects of the "people" array only, braces and quotes in strings ignored', () => {
  const text = '{"about":"a {b} [c]","other":[{"x":1}],"people":[{"name":"A \\"{\\" B","roles":[{"code":"X"}]},\n{"name":"C}"}],"tail":{"y":[{}]}}';
  const buf = Buffer.from(text, 'utf8');
  const spans = entrySpans(buf);
  assert.deepEqual(spans.map(([s, e]) => JSON.parse(buf.toString('utf8', s, e)) as unknown), (JSON.parse(text) as { people: unknown[] }).people);
});

test('the lazily parsed people are the files\' people, in order, names first', () => {
  const eager = fromFiles();
  assert.equal(PEOPLE.length, eager.length);
  assert.deepEqual(PEOPLE.all(), eager);
  assert.equal(PEOPLE.entry(5), PEOPLE.entry(5), 'one object per entry');
  for (let i = 0; i < eager.length; i += 97) assert.deepEqual(PEOPLE.names(i), [...new Set([eager[i]!.name, ...(eager[i]!.aliases ?? [])])]);
});

test('a missing, stale or broken names file is computed again and rewritten', () => {
  const path = join(tempDir('entente-people-'), 'people-names.json');
  assert.equal(loadPeople(path).from, 'computed');
  const good = loadPeople(path);
  assert.equal(good.from, 'file');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { hash: string; spans: number[] };
  writeFileSync(path, JSON.stringify({ ...raw, hash: '0'.repeat(64) }));
  assert.equal(loadPeople(path).from, 'computed', 'another hash: the data files changed');
  writeFileSync(path, JSON.stringify({ ...raw, spans: raw.spans.slice(3) }));
  assert.equal(loadPeople(path).from, 'computed', 'a file that does not fit itself');
  writeFileSync(path, '{"format": 1, ');
  const again = loadPeople(path);
  assert.equal(again.from, 'computed');
  assert.deepEqual(again.entry(7), fromFiles()[7]);
  assert.equal(loadPeople(path).from, 'file');
});
