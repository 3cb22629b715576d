// The word spotter (src/time/word-spotter.ts) finds a list exactly where a case-insensitive regex of
// the list's words (no u flag, a space as \s+) matches: on generated texts and lists, and on the
// samples with the lists the time stage spots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { wordSpotter } from '../../src/time/word-spotter.js';
import { loadJson, repoRoot } from '../../src/data.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const regexOf = (words: readonly string[]): RegExp => new RegExp(words.map(escape).join('|'), 'i');

function check(lists: readonly (readonly string[])[], text: string): void {
  const found = wordSpotter(lists).spot(text);
  lists.forEach((words, k) => assert.equal((found & (1 << k)) !== 0, regexOf(words).test(text), `${JSON.stringify(words)} in ${JSON.stringify(text)}`));
}

test('the spotter finds a list where its regex matches, on generated texts', () => {
  const letters = fc.constantFrom('a', 'b', 'A', 'B', 'y', 'Y', '0', '1', '.', '-');
  const word = fc.array(letters, { minLength: 1, maxLength: 4 }).chain((w) => fc.constantFrom(w.join(''), `${w.join('')} ${w.slice(0, 2).join('')}`));
  const lists = fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
  const piece = fc.constantFrom('a', 'b', 'A', 'B', 'y', 'Y', '0', '1', '.', '-', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'é', 'İ', 'K', '\u017f');
  fc.assert(fc.property(lists, fc.array(piece, { maxLength: 24 }), (ls, parts) => check(ls, parts.join(''))), { numRuns: 4000 });
});

test('the time stage\'s lists are found where their regexes match, on the samples', () => {
  const guards = loadJson<{ parsers: Record<string, { words: string[] }> }>('time', 'chrono-guards.json');
  const words = loadJson<{ units: object; sets: object; references: object; seasons: object }>('time', 'timex-words.json');
  const lists = [...Object.values(guards.parsers).map((p) => p.words), Object.keys(words.units), Object.keys(words.sets), Object.keys(words.references), Object.keys(words.seasons)];
  const dir = join(repoRoot(), 'samples');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/));
  sentences.push('For the time\u00a0being', 'the  long\n\trun', 'THE NEAR FUTURE', 'the nearfuture', 'Q3', 'Sunday', 'fy2015');
  for (let k = 0; k < lists.length; k += 20) for (const s of sentences) check(lists.slice(k, k + 20), s);
});

test('a word the spotter cannot read stops it at load', () => {
  assert.throws(() => wordSpotter([['café']]), /printable ASCII/);
  assert.throws(() => wordSpotter([['two  spaces']]), /badly spaced/);
  assert.throws(() => wordSpotter([[' lead']]), /badly spaced/);
});
