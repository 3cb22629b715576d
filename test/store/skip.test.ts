import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/index.js';
import { tempDbPath } from './temp-db.js';

test('recordSkip is idempotent per (path, reason)', () => {
  const { file, cleanup } = tempDbPath();
  try {
    const store = openStore(file);
    assert.equal(store.recordSkip('in/a.txt', 'not English'), true);
    assert.equal(store.recordSkip('in/a.txt', 'not English'), false);
    assert.equal(store.recordSkip('in/a.txt', 'empty body'), true);
    assert.equal(store.counts().skipped, 2);
    store.close();
    const again = openStore(file); // survives reopening
    assert.equal(again.recordSkip('in/a.txt', 'not English'), false);
    assert.equal(again.counts().skipped, 2);
    again.close();
  } finally {
    cleanup();
  }
});
