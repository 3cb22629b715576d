// Word lists in data/ are checked at load (src/data.ts wordList): a list that is missing, empty or
// holds anything but words stops start-up with its file and name, instead of reading as empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordList } from '../../src/data.js';

test('a data file\'s word list must be a non-empty list of words; the error names the file and the list', () => {
  const raw: Record<string, unknown> = { good: ['tried', 'attempted'], empty: [], mixed: ['tried', 3], blank: [''], text: 'tried' };
  assert.deepEqual(wordList(raw, 'good', 'events', 'cues.json'), ['tried', 'attempted']);
  for (const key of ['missing', 'empty', 'mixed', 'blank', 'text']) {
    assert.throws(() => wordList(raw, key, 'events', 'cues.json'), new RegExp(`data/events/cues\\.json: "${key}" must be a non-empty list of words`));
  }
});
