// A large data file is checked entry by entry once per content (src/data-stamp.ts): the stamp
// skips the check only for the very text and checker that passed it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tempDir } from '../temp-dir.js';
import { join } from 'node:path';
import { checkedJson } from '../../src/data-stamp.js';

function checker(calls: { n: number }): (raw: unknown) => void {
  return (raw) => {
    calls.n++;
    const list = (raw as { words?: unknown }).words;
    if (!Array.isArray(list) || !list.every((w) => typeof w === 'string')) throw new Error('words: must be a list of strings');
  };
}

test('a file is checked once, and again once its text changes', () => {
  const dir = tempDir('entente-stamp-');
  const file = join(dir, 'words.json');
  const stamp = join(dir, 'stamps', 'words.stamp');
  const calls = { n: 0 };
  writeFileSync(file, JSON.stringify({ words: ['protest', 'rally'] }));
  assert.deepEqual(checkedJson(file, stamp, import.meta.url, checker(calls)), { words: ['protest', 'rally'] });
  assert.equal(calls.n, 1);
  checkedJson(file, stamp, import.meta.url, checker(calls));
  assert.equal(calls.n, 1, 'the stamp spares the second check');
  writeFileSync(file, JSON.stringify({ words: ['protest', 7] }));
  assert.throws(() => checkedJson(file, stamp, import.meta.url, checker(calls)), /words: must be a list of strings/);
  assert.throws(() => checkedJson(file, stamp, import.meta.url, checker(calls)), /words/, 'a failed check leaves no stamp');
  assert.equal(calls.n, 3);
});

test('another checker module does not trust the stamp', () => {
  const dir = tempDir('entente-stamp-');
  const file = join(dir, 'words.json');
  const stamp = join(dir, 'words.stamp');
  const calls = { n: 0 };
  writeFileSync(file, JSON.stringify({ words: ['march'] }));
  checkedJson(file, stamp, import.meta.url, checker(calls));
  const other = new URL('../../src/data.js', import.meta.url).href;
  checkedJson(file, stamp, other, checker(calls));
  assert.equal(calls.n, 2);
});
