// The Sql surface over one better-sqlite3 connection. Statements are prepared once and cached;
// write transactions are queued so two async callers never share an open transaction.
import type Database from 'better-sqlite3';
import type { Arg, Sql } from './sql.js';

const BUSY_WAIT_MS = 10_000;

/**
 * Takes the write lock without blocking the event loop: better-sqlite3 waits synchronously on a
 * busy file, which would stall another connection in this same process that holds the lock and
 * needs the loop to finish. So try with no busy wait, and retry on a timer.
 */
async function beginImmediate(db: Database.Database): Promise<void> {
  const deadline = Date.now() + BUSY_WAIT_MS;
  const saved = db.pragma('busy_timeout', { simple: true }) as number;
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    db.pragma('busy_timeout = 0');
    try {
      db.exec('BEGIN IMMEDIATE');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw err;
    } finally {
      db.pragma(`busy_timeout = ${saved}`);
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

export function sqliteSql(db: Database.Database): Sql {
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let st = cache.get(sql);
    if (!st) cache.set(sql, (st = db.prepare(sql)));
    return st;
  };
  let queue: Promise<unknown> = Promise.resolve();
  // data_version moves with other connections' commits only: this connection counts its own
  // (each write transaction, and each statement run outside one, may have changed something)
  let ownCommits = 0;
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const self: Sql = {
    dialect: 'sqlite',
    all: async <T>(sql: string, args: readonly Arg[] = []) => prepare(sql).all(...args) as T[],
    get: async <T>(sql: string, args: readonly Arg[] = []) => prepare(sql).get(...args) as T | undefined,
    run: async (sql, args = []) => {
      if (!db.inTransaction) ownCommits++;
      return prepare(sql).run(...args).changes;
    },
    changeToken: async () => `${String(dataVersion.get())}:${ownCommits}`,
    write<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const job = queue.then(async () => {
        await beginImmediate(db);
        try {
          const out = await fn(self);
          ownCommits++;
          db.exec('COMMIT');
          return out;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      });
      queue = job.catch(() => undefined);
      return job;
    },
  };
  return self;
}
