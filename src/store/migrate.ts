// Applies pending migrations in one transaction and records each version in schema_migrations.
// SQLite runs them synchronously on open; PostgreSQL under an advisory lock, so several workers
// starting at once apply each step exactly once.
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import { LOCK_MIGRATE } from './pg-locks.js';
import { at } from '../at.js';

const TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;
/** A migration's indexes left to build after open (pending-indexes.ts); only SQLite lists any. */
const PENDING = `CREATE TABLE IF NOT EXISTS schema_pending_indexes (
  name TEXT PRIMARY KEY, version INTEGER NOT NULL, statement TEXT NOT NULL)`;

export interface MigrateOptions {
  /**
   * List a migration's indexes for a later build (pending-indexes.ts) instead of building them
   * now, when the store already holds at least this many events: `serve` opens a big store this
   * way and answers while its readers build them. Absent: build them now, with any listed earlier.
   */
  deferIndexesFrom?: number;
  /**
   * false: skip the passes over articles and events stored under older schemas (signatures,
   * groups, summaries), for a reader opened after another connection did them (read-worker.ts:
   * at 1M events the signature pass alone read every article, 0.5 s per reader).
   */
  repair?: boolean;
}

/** The index's name in a CREATE INDEX statement. */
const indexName = (statement: string) => /^CREATE INDEX (?:IF NOT EXISTS )?(\w+)/i.exec(statement)?.[1] ?? statement;

/** Returns the versions applied by this call (empty when the store was up to date). */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS, opts: MigrateOptions = {}): number[] {
  checkOrder(migrations);
  db.exec(TABLE);
  db.exec(PENDING);
  // Read what is applied and apply the rest under one write lock (BEGIN IMMEDIATE): a second process
  // opening a fresh store waits here, then finds the versions recorded, instead of creating the
  // same tables twice.
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const listIndex = db.prepare('INSERT OR REPLACE INTO schema_pending_indexes (name, version, statement) VALUES (?, ?, ?)');
  const pending = db.transaction(() => {
    const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    const todo = migrations.filter((m) => !done.has(m.version));
    const defer = opts.deferIndexesFrom !== undefined && todo.some((m) => m.indexes?.length) && holdsEvents(db, opts.deferIndexesFrom);
    for (const m of todo) {
      db.exec(m.sqlite);
      for (const statement of m.indexes ?? []) {
        if (defer) listIndex.run(indexName(statement), m.version, statement);
        else db.exec(statement);
      }
      record.run(m.version, m.name, new Date().toISOString());
    }
    // indexes listed by an earlier open that could wait, built by this one that cannot
    if (opts.deferIndexesFrom === undefined) {
      for (const p of db.prepare('SELECT name, statement FROM schema_pending_indexes ORDER BY version, name').all() as { name: string; statement: string }[]) {
        db.exec(p.statement.replace(/^CREATE INDEX /i, 'CREATE INDEX IF NOT EXISTS '));
        db.prepare('DELETE FROM schema_pending_indexes WHERE name = ?').run(p.name);
      }
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
        await client.query(PENDING);
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

/** Whether the store holds at least n events (none before migration 001 made the table). */
function holdsEvents(db: Database.Database, n: number): boolean {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get()) return false;
  return db.prepare('SELECT 1 FROM events LIMIT 1 OFFSET ?').get(Math.max(0, n - 1)) !== undefined;
}

/** A misnumbered list would apply steps out of order on some stores and not others. */
function checkOrder(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    if (at(migrations, i).version <= at(migrations, i - 1).version) {
      throw new Error(`migrations out of order at version ${at(migrations, i).version}`);
    }
  }
}
