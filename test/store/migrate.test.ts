import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { migrate, migratePostgres } from '../../src/store/migrate.js';
import { MIGRATIONS, type Migration } from '../../src/store/migrations/index.js';
import { poolConfig } from '../../src/store/pg-sql.js';
import { storeTest } from './backends.js';
import { tempDbPath } from './temp-db.js';

const both = (version: number, name: string, sql: string): Migration => ({ version, name, sqlite: sql, postgres: sql });

test('every migration has SQL for both backends', () => {
  for (const m of MIGRATIONS) {
    assert.ok((m.sqlite.trim() || m.indexes?.length) && m.postgres.trim(), `migration ${m.version}`);
    for (const i of m.indexes ?? []) assert.ok(m.postgres.includes(i), `migration ${m.version}: PostgreSQL builds ${i.slice(0, 40)} too`);
    assert.doesNotMatch(m.postgres, /\bBLOB\b|\bREAL\b/, `migration ${m.version}: SQLite-only types`);
  }
});

test('SQLite: the store is in WAL mode and migrate() finds nothing left after open', async () => {
  const { file, cleanup } = tempDbPath();
  try {
    await (await openStore(file)).close();
    const db = new Database(file);
    assert.deepEqual(migrate(db), []);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  } finally {
    cleanup();
  }
});

storeTest('migrations run once and are recorded; several openers at once apply each step once', async ({ store, target, backend }) => {
  // Four more connections racing to open the same store.
  await Promise.all(Array.from({ length: 4 }, async () => (await openStore(target)).close()));
  let versions: number[];
  if (backend === 'sqlite') {
    const db = new Database(target);
    versions = (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
    db.close();
  } else {
    const pool = new pg.Pool(poolConfig(target));
    versions = (await pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
    await pool.end();
  }
  assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
  assert.equal((await store.counts()).articles, 0);
});

storeTest('a new migration applies on top; a failing one rolls back entirely', async ({ target, backend }) => {
  const next = MIGRATIONS.length + 1;
  const addColumn = both(next, 'add-note', 'ALTER TABLE articles ADD COLUMN note TEXT;');
  const broken = both(next + 1, 'broken', 'ALTER TABLE articles ADD COLUMN x TEXT; SELECT * FROM nowhere;');
  if (backend === 'sqlite') {
    const db = new Database(target);
    const cols = () => (db.prepare('PRAGMA table_info(articles)').all() as { name: string }[]).map((c) => c.name);
    assert.throws(() => migrate(db, [...MIGRATIONS, addColumn, broken]));
    assert.ok(!cols().includes('note'), 'the whole batch rolled back');
    assert.deepEqual(migrate(db, [...MIGRATIONS, addColumn]), [next]);
    assert.ok(cols().includes('note'));
    db.close();
    return;
  }
  const pool = new pg.Pool(poolConfig(target));
  try {
    const cols = async () => (await pool.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles' AND table_schema = current_schema()")).rows.map((c) => c.column_name);
    await assert.rejects(migratePostgres(pool, [...MIGRATIONS, addColumn, broken]));
    assert.ok(!(await cols()).includes('note'), 'the whole batch rolled back');
    assert.deepEqual(await migratePostgres(pool, [...MIGRATIONS, addColumn]), [next]);
    assert.ok((await cols()).includes('note'));
  } finally {
    await pool.end();
  }
});

test('misordered migration lists are refused', () => {
  const db = new Database(':memory:');
  assert.throws(() => migrate(db, [both(2, 'b', ''), both(1, 'a', '')]), /out of order/);
  db.close();
});
