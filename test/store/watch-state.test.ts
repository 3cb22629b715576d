// The watch state lives in the store, the same on both backends.
import assert from 'node:assert/strict';
import { storeTest } from './backends.js';

storeTest('watch state: validators and failures per source, items taken once', async ({ store }) => {
  assert.equal(await store.watch.source('http://example.test/feed.xml'), null);
  const state = { url: 'http://example.test/feed.xml', etag: '"v1"', lastModified: 'Wed, 08 May 2024 10:00:00 GMT', nextPoll: null, failures: 0, lastStatus: 200, lastError: null };
  await store.watch.saveSource(state);
  assert.deepEqual(await store.watch.source(state.url), state);
  await store.watch.saveSource({ ...state, failures: 2, lastStatus: 503, lastError: 'HTTP 503', nextPoll: '2030-01-01T00:00:00.000Z' });
  assert.equal((await store.watch.source(state.url))?.failures, 2);
  assert.equal(await store.watch.seen('http://example.test/a1.html'), false);
  await store.watch.saveItem({ itemUrl: 'http://example.test/a1.html', sourceUrl: state.url, status: 'stored', reason: null, articleId: 'x' });
  await store.watch.saveItem({ itemUrl: 'http://example.test/a1.html', sourceUrl: state.url, status: 'skipped', reason: 'again', articleId: null });
  assert.equal(await store.watch.seen('http://example.test/a1.html'), true);
});
