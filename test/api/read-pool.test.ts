// The server with a read pool (as `entente serve` runs on SQLite) answers the cached reads on its
// reader threads, whole: the same replies, errors included, as the server answering them itself.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openReadPool, pooled, type ReadPool } from '../../src/api/read-pool.js';
import { sampleStore, startApi } from './server-fixture.js';
import type { Store } from '../../src/store/index.js';

let direct: { base: string; close: () => Promise<void> };
let viaPool: { base: string; close: () => Promise<void> };
let pool: ReadPool;
let cleanup: () => Promise<void>;

before(async () => {
  const s = await sampleStore();
  cleanup = s.cleanup;
  pool = await openReadPool(join(s.dir, 'api.db'), 2);
  direct = await startApi({ store: s.store });
  viaPool = await startApi({ store: pooled(s.store, pool) as Store });
});
after(async () => {
  await viaPool?.close();
  await direct?.close();
  await pool?.close();
  await cleanup?.();
});

test('pooled replies equal direct ones, 400s and their parameter included', async () => {
  const paths = [
    'summary', 'events?order=newest&limit=5', 'events?actor=russia&count=true', 'counts?stack=type', 'counts?since=2015-11&until=2015-12',
    'breakdown?actor=RUS', 'breakdown?since=2014', 'actors?q=ru&limit=3', 'blocs?half_life=365&top=5', 'blocs?until=2016-01-15',
    'relations?limit=3', 'events?actor=Russ', 'counts?until=2015-01-01&since=2016-01-01',
  ];
  let errors = 0;
  for (const path of paths) {
    const [a, b] = await Promise.all([fetch(`${direct.base}/api/${path}`), fetch(`${viaPool.base}/api/${path}`)]);
    assert.equal(b.status, a.status, path);
    if (a.status !== 200) errors++;
    assert.deepEqual(await b.json(), await a.json(), path);
  }
  assert.equal(errors, 2, 'an unknown actor and a reversed period are refused, through the pool too');
});
