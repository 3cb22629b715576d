import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { migrate } from '../../src/store/migrate.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { tempDbPath } from './temp-db.js';

test('migrations run once, are recorded, and the store is in WAL mode', async () => {
  const { file, cleanup } = tempDbPath();
  try {
    await (await openStore(file)).close();
    await (await openStore(file)).close(); // second open finds nothing pending
    const db = new Database(file);
    const rows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    assert.deepEqual(rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
    assert.deepEqual(migrate(db), []);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  } finally {
    cleanup();
  }
});

test('a new migration applies on top; a failing one rolls back entirely', () => {
  const { file, cleanup } = tempDbPath();
  try {
    const db = new Database(file);
    assert.deepEqual(migrate(db), MIGRATIONS.map((m) => m.version));
    const next = MIGRATIONS.length + 1;
    const addColumn = { version: next, name: 'add-note', sql: 'ALTER TABLE articles ADD COLUMN note TEXT;' };
    const broken = { version: next + 1, name: 'broken', sql: 'ALTER TABLE articles ADD COLUMN x TEXT; SELECT * FROM nowhere;' };
    assert.throws(() => migrate(db, [...MIGRATIONS, addColumn, broken]));
    const cols = () => (db.prepare('PRAGMA table_info(articles)').all() as { name: string }[]).map((c) => c.name);
    assert.ok(!cols().includes('note'), 'the whole batch rolled back');
    assert.deepEqual(migrate(db, [...MIGRATIONS, addColumn]), [next]);
    assert.ok(cols().includes('note'));
    db.close();
  } finally {
    cleanup();
  }
});

test('misordered migration lists are refused', () => {
  const db = new Database(':memory:');
  assert.throws(() => migrate(db, [{ version: 2, name: 'b', sql: '' }, { version: 1, name: 'a', sql: '' }]), /out of order/);
  db.close();
});
