// Indexes added by migrations to a big store, built after it opens (migrate.ts lists them in
// schema_pending_indexes when the opener says it can wait): each in its own write transaction,
// so `serve` answers from its readers meanwhile (WAL) and a writer waits for one index, not all.
// Reads are right without them, only slower, until they are built.
import type { Sql } from './sql.js';

export interface PendingIndex { name: string; version: number }

/** The indexes still to build, in migration order. */
export async function pendingIndexes(sql: Sql): Promise<PendingIndex[]> {
  // (always empty on PostgreSQL, whose migrations build them)
  return (await sql.all<{ name: string; version: number }>('SELECT name, version FROM schema_pending_indexes ORDER BY version, name'))
    .map((r) => ({ name: r.name, version: Number(r.version) }));
}

/** Builds every pending index, one per transaction, until done or `stopped()`; returns the names built. */
export async function buildPendingIndexes(sql: Sql, stopped: () => boolean = () => false): Promise<string[]> {
  const built: string[] = [];
  while (!stopped()) {
    const name = await sql.write(async (tx) => {
      const next = await tx.get<{ name: string; statement: string }>('SELECT name, statement FROM schema_pending_indexes ORDER BY version, name LIMIT 1');
      if (!next) return null;
      await tx.run(next.statement.replace(/^CREATE INDEX /i, 'CREATE INDEX IF NOT EXISTS '));
      await tx.run('DELETE FROM schema_pending_indexes WHERE name = ?', [next.name]);
      return next.name;
    });
    if (name === null) break;
    built.push(name);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return built;
}
