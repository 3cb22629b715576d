// Applies pending migrations in one transaction and records each version in schema_migrations.
// SQLite runs them synchronously on open; PostgreSQL under an advisory lock, so several workers
// starting at once apply each step exactly once.
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import { LOCK_MIGRATE } from './pg-sql.js';
import { at } from '../at.js';

const TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;

/** Returns the versions applied by this call (empty when the store was up to date). */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  checkOrder(migrations);
  db.exec(TABLE);
  // Read what is applied and apply the rest under one write lock (BEGIN IMMEDIATE): a second process
  // opening a fresh store waits here, then finds the versions recorded, instead of creating the
  // same tables twice.
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const pending = db.transaction(() => {
    const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    const todo = migrations.filter((m) => !done.has(m.version));
    for (const m of todo) {
      db.exec(m.sqlite);
      record.run(m.version, m.name, new Date().toISOString());
    }
    return todo;
  }).immediate();
  return pending.map((m) => m.version);
}

/** The PostgreSQL twin: same versions, the dialect's SQL, one transaction under a session advisory lock. */
export async function migratePostgres(pool: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  checkOrder(migrations);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_MIGRATE]);
    try {
      await client.query('BEGIN');
      try {
        await client.query(TABLE);
        const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
        const pending = migrations.filter((m) => !done.has(m.version));
        for (const m of pending) {
          await client.query(m.postgres);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
            [m.version, m.name, new Date().toISOString()]);
        }
        await client.query('COMMIT');
        return pending.map((m) => m.version);
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK_MIGRATE]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}

/** A misnumbered list would apply steps out of order on some stores and not others. */
function checkOrder(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    if (at(migrations, i).version <= at(migrations, i - 1).version) {
      throw new Error(`migrations out of order at version ${at(migrations, i).version}`);
    }
  }
}
