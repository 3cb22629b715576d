// The Sql surface over one better-sqlite3 connection. Statements are prepared once and cached;
// write transactions are queued so two async callers never share an open transaction.
import type Database from 'better-sqlite3';
import type { Arg, Sql } from './sql.js';

export function sqliteSql(db: Database.Database): Sql {
  const cache = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let st = cache.get(sql);
    if (!st) cache.set(sql, (st = db.prepare(sql)));
    return st;
  };
  let queue: Promise<unknown> = Promise.resolve();
  const self: Sql = {
    dialect: 'sqlite',
    all: async <T>(sql: string, args: readonly Arg[] = []) => prepare(sql).all(...args) as T[],
    get: async <T>(sql: string, args: readonly Arg[] = []) => prepare(sql).get(...args) as T | undefined,
    run: async (sql, args = []) => prepare(sql).run(...args).changes,
    write<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const job = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const out = await fn(self);
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
