import assert from 'node:assert/strict';
import { openStore } from '../../src/store/index.js';
import { storeTest } from './backends.js';

storeTest('recordSkip is idempotent per (path, reason)', async ({ store, target }) => {
  assert.equal(await store.recordSkip('in/a.txt', 'not English'), true);
  assert.equal(await store.recordSkip('in/a.txt', 'not English'), false);
  assert.equal(await store.recordSkip('in/a.txt', 'empty body'), true);
  assert.equal((await store.counts()).skipped, 2);
  const again = await openStore(target); // survives reopening
  try {
    assert.equal(await again.recordSkip('in/a.txt', 'not English'), false);
    assert.equal((await again.counts()).skipped, 2);
  } finally {
    await again.close();
  }
});
