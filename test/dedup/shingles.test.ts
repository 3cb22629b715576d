import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spaceNonWords } from '../../src/dedup/shingles.js';
import { fnv1a32, fnv1a32Words } from '../../src/dedup/hash.js';

/** What spaceNonWords stands in for. */
const byRegex = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, ' ');

test('gaps between words become one space, as the Unicode-class regex makes them', () => {
  const cases = [
    '', ' ', 'a', 'plain words only', '  lead and trail  ', 'a, b; c -- d', 'ﬁve ½ Ⅻ ² ١٢ 中文 ǅ',
    'tab\tnew\nline\u00a0nbsp\u2003em\u200bzw', 'e\u0301 combining', '𝐀𝟘 astral 😀 emoji', 'lone \ud800 high', 'lone \udc00 low',
    '\ud835', 'x\ud835', 'under_score', 'ends.',
  ];
  for (const s of cases) assert.equal(spaceNonWords(s), byRegex(s), JSON.stringify(s));
});

test('every code point of the first planes alone and between letters reads as the regex reads it', () => {
  for (let cp = 0; cp < 0x30000; cp += cp < 0x10000 ? 1 : 13) {
    const c = String.fromCodePoint(cp);
    for (const s of [c, `a${c}b`, `${c} ${c}`]) assert.equal(spaceNonWords(s), byRegex(s), `U+${cp.toString(16)}`);
  }
});

test('fnv1a32Words hashes each space-separated word as fnv1a32 of the split does, empty words included', () => {
  for (const s of ['', ' ', 'a', 'two words', ' lead and trail ', 'double  space', 'é ü 中文 😀 x', 'ﬁ ligature']) {
    assert.deepEqual([...fnv1a32Words(s)], s.split(' ').map(fnv1a32), JSON.stringify(s));
  }
});
