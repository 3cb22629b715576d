// The chrono guards (src/time/chrono-guard.ts, data/time/chrono-guards.json): every guard is in
// use with the installed chrono (a changed regex turns its guard off silently: this says so), and
// a guarded parse returns what chrono returns unguarded, on the samples and on sentences chosen to
// sit at the guards' edges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { activeGuards, guardedParse, parsingContext } from '../../src/time/chrono-guard.js';
import { loadJson, repoRoot } from '../../src/data.js';

const OPTION = { forwardDate: false };

test('every guard in data/time/chrono-guards.json matches its parser in the installed chrono', () => {
  const file = loadJson<{ parsers: Record<string, unknown> }>('time', 'chrono-guards.json');
  const active = [...activeGuards(chrono.casual.clone(), OPTION).keys()].map((p) => p.constructor.name).sort();
  assert.deepEqual(active, Object.keys(file.parsers).sort(), 'a guard is stale: see node dist/scripts/chrono-guards.js');
});

test('a guarded parse finds what chrono finds', () => {
  const dir = join(repoRoot(), 'samples');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).filter((s) => s.trim() !== '');
  sentences.push('They met last night.', 'Talks resume in these days.', 'The vote was held on the 3rd of MARCH.', 'Sept. 5 to Sept. 9, 2014',
    'He left 2 hrs later.', 'She spoke THIS MORNING.', 'at 5pm', 'within a few days', 'next week', 'the end of the month', 'a week ago',
    'Ｍonday', 'the weekend', 'tmrw at noon', '2015-11-24T10:00Z', '11/24', 'the following day', 'Nothing happened.');
  const plain = chrono.casual.clone();
  const guarded = guardedParse(chrono.casual.clone(), OPTION);
  const ref = { instant: new Date(Date.UTC(2015, 10, 24, 12)), timezone: 0 };
  const show = (rs: chrono.ParsedResult[]): string => JSON.stringify(rs.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]));
  for (const s of sentences) assert.equal(show(guarded(s, ref)), show(plain.parse(s, ref, OPTION)), s);
});

test('the context the guards read patterns with is the one chrono makes for an empty text', () => {
  for (const option of [OPTION, { forwardDate: true }]) {
    const ours = parsingContext(chrono.casual.clone(), option);
    assert.ok(ours instanceof chrono.ParsingContext);
    assert.deepEqual(ours, new chrono.ParsingContext('', new Date(0), option));
  }
});

test('the time stage loads chrono\'s English parsers only, not the main entry that builds every language\'s', () => {
  // a value import of 'chrono-node' (the main entry) evaluates all 15 locales; types are free
  const dir = join(repoRoot(), 'src');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const mainImports = files.filter((f) => /^import(?! type)[^;]*from 'chrono-node';/m.test(readFileSync(join(dir, f), 'utf8')));
  assert.deepEqual(mainImports, []);
});
