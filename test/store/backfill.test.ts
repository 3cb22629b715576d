// Summary tables added to a store that already held articles (migrations 012 and 014 on a store
// filled before them) are filled in the background (migration 017, store/backfill.ts): opening
// does not wait, reads meanwhile give the same answers by their older paths, an article stored
// during the fill is counted once, and the filled tables equal those of a store that had them
// all along. On both backends.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../../src/store/index.js';
import type { Doc } from '../../src/types.js';
import { BACKENDS, freshStore, pgAdmin, storeTest, type BackendName } from './backends.js';
import { HOLLANDE, ISIL, PUTIN, makeDoc } from './make-doc.js';

const before = (): Doc[] => [
  makeDoc('Hollande in Moscow', [
    { type: 'CONSULT', sentence: 'Hollande met Putin in the Kremlin.', trigger: 'met', actor: HOLLANDE, recipient: PUTIN, date: '2015-11-26' },
    { type: 'ASSAULT', sentence: 'ISIL attacked Paris, killing 130 people.', trigger: 'attacked', actor: ISIL, recipient: HOLLANDE, date: '2015-11-13', dead: 130 },
  ]),
  makeDoc('Putin praises', [
    { type: 'SUPPORT', sentence: 'Putin praised Hollande.', trigger: 'praised', actor: PUTIN, recipient: HOLLANDE, date: '2015-11' },
    { type: 'ACCUSE', sentence: 'Putin accused ISIL of the bombing.', trigger: 'accused', actor: PUTIN, recipient: ISIL, date: '2015-12-01' },
  ]),
];
const during = (): Doc => makeDoc('Later talks', [
  { type: 'CONSULT', sentence: 'Hollande phoned Putin again.', trigger: 'phoned', actor: HOLLANDE, recipient: PUTIN, date: '2015-12-03' },
]);

/** The reads that use the two tables when they are filled (aggregate.ts), without the name of the table that answered. */
async function reads(store: Store): Promise<unknown[]> {
  const out: object[] = [];
  for (const key of ['FRA', 'RUS', 'IMG', 'putin-vladimir', 'isil']) {
    out.push(await store.breakdown({ actor: [key] }), await store.breakdown({ recipient: [key] }));
  }
  for (const [since, until] of [['2015-11', '2015-11'], ['2015-11-10', '2015-12-02'], ['2015-12-01', undefined]] as const) out.push(await store.breakdown({ since, until }));
  return out.map(({ source: _, ...rest }: { source?: string }) => rest);
}

/** Turns the store back into one filled before migrations 012 and 014 ran and 017 was known: the two tables empty and marked stale. */
async function asBeforeUpgrade(target: string, backend: BackendName): Promise<void> {
  const steps = [
    'DELETE FROM schema_migrations WHERE version = 17', 'DROP TABLE summary_backfill', 'DELETE FROM sum_party_dyad', 'DELETE FROM sum_party_month',
    "INSERT INTO sum_totals (name, n) VALUES ('stale:sum_party_dyad', 1), ('stale:sum_party_month', 1)",
  ];
  if (backend === 'sqlite') {
    const db = new Database(target);
    try { for (const s of steps) db.exec(s); } finally { db.close(); }
  } else {
    const schema = new URL(target).searchParams.get('schema')!;
    await pgAdmin(`SET search_path TO ${schema}; ${steps.join('; ')}`);
  }
}

storeTest('summary tables added to a store with articles fill in the background, reads agreeing meanwhile', async ({ store, target, backend }) => {
  for (const d of before()) await store.ingest(d);
  const ref = await freshStore(BACKENDS.find((b) => b.name === backend)!);
  let upgraded: Store | null = null;
  try {
    for (const d of [...before(), during()]) await ref.store.ingest(d);
    const whole = await reads(ref.store);
    const first = await reads(store);
    await asBeforeUpgrade(target, backend);

    upgraded = await openStore(target);
    assert.deepEqual(await upgraded.filling(), [{ table: 'sum_party_dyad', articles: 2 }, { table: 'sum_party_month', articles: 2 }]);
    assert.deepEqual(await reads(upgraded), first, 'while the tables fill, the older paths answer the same');
    await upgraded.ingest(during());
    assert.deepEqual(await reads(upgraded), whole, 'an article stored during the fill is counted');
    assert.equal(await upgraded.backfill(), 4, 'two articles for each table');
    assert.deepEqual(await upgraded.filling(), []);
    assert.deepEqual(await reads(upgraded), whole, 'the filled tables answer as if they had always been there');
    assert.equal(await upgraded.backfill(), 0);
  } finally {
    await upgraded?.close();
    await ref.store.close();
    await ref.cleanup();
  }
});
