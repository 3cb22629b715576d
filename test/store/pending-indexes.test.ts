// A big store opened by `serve` builds the indexes of new migrations after it opens (migrate.ts,
// pending-indexes.ts): opening lists them instead of building them, reads answer the same
// meanwhile, and building them leaves the store as if the migrations had built them at once. A
// store made before migrations 013, 015 and 016 is made here by undoing them on a small store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../../src/store/index.js';
import { asBefore013, filled } from './older-store.js';
import { tempDbPath } from './temp-db.js';

const NEW_INDEXES = ['sum_party_day_cover', 'sum_party_day_day', 'sum_country_day_day', 'sum_dyad_day_day', 'sum_dyad_day_month', 'events_coarse'];

/** Each new index's definition as SQLite keeps it. */
function definitions(file: string): Record<string, string> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (${NEW_INDEXES.map(() => '?').join(', ')})`).all(...NEW_INDEXES) as { name: string; sql: string }[];
    return Object.fromEntries(rows.map((r) => [r.name, r.sql.replace(/ IF NOT EXISTS/, '')]));
  } finally {
    db.close();
  }
}

async function reads(store: Store): Promise<unknown[]> {
  const strip = ({ source: _, ...rest }: { source?: string }) => rest;
  return [
    await store.counts(), strip(await store.breakdown({})), strip(await store.breakdown({ actor: ['FRA'] })),
    strip(await store.dayCounts({ since: '2015-11', until: '2015-12' }, 'quad')), await store.events({ since: '2015-11-01', until: '2015-12-31' }),
  ];
}

test('SQLite: an older big store opened to wait lists the new indexes, answers the same, and builds them later', async () => {
  const { file, cleanup } = tempDbPath();
  let store: Store | null = null;
  try {
    await filled(file);
    const want = definitions(file);
    assert.deepEqual(Object.keys(want).sort(), [...NEW_INDEXES].sort());
    const before = await reads((store = await openStore(file)));
    await store.close();
    asBefore013(file);

    store = await openStore(file, { deferIndexesFrom: 1 });
    assert.deepEqual((await store.pendingIndexes()).map((p) => `${p.version} ${p.name}`),
      ['13 sum_country_day_day', '13 sum_dyad_day_day', '13 sum_party_day_cover', '13 sum_party_day_day', '15 sum_dyad_day_month', '16 events_coarse']);
    assert.deepEqual(definitions(file), {}, '013 dropped the three it replaces; none built yet');
    assert.deepEqual(await reads(store), before, 'reads answer the same without the new indexes');
    assert.deepEqual((await store.buildIndexes()).sort(), [...NEW_INDEXES].sort());
    assert.deepEqual(await store.pendingIndexes(), []);
    assert.deepEqual(definitions(file), want, 'the indexes are those the migrations build at once');
    assert.deepEqual(await reads(store), before);
    assert.deepEqual(await store.buildIndexes(), []);
  } finally {
    await store?.close();
    cleanup();
  }
});

test('SQLite: a store below the size to wait for, or opened without it, builds the indexes on open, listed ones too', async () => {
  const { file, cleanup } = tempDbPath();
  try {
    await filled(file);
    const want = definitions(file);
    asBefore013(file);
    let store = await openStore(file, { deferIndexesFrom: 1000 });
    assert.deepEqual(await store.pendingIndexes(), [], 'three events: built on open');
    await store.close();
    assert.deepEqual(definitions(file), want);

    asBefore013(file);
    await (await openStore(file, { deferIndexesFrom: 1 })).close();
    assert.deepEqual(definitions(file), {}, 'listed, not built');
    store = await openStore(file);
    assert.deepEqual(await store.pendingIndexes(), [], 'an opener that cannot wait builds what was listed');
    await store.close();
    assert.deepEqual(definitions(file), want);
  } finally {
    cleanup();
  }
});
