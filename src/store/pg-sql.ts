// The Sql surface over a pg Pool. Reads go to any pooled client; a write transaction holds one
// client and a transaction-scoped advisory lock, which several worker processes share.
import pg from 'pg';
import { type Arg, type Sql, numberPlaceholders } from './sql.js';
import { LOCK_WRITE } from './pg-locks.js';

// COUNT(*) is BIGINT: read it as a JS number (counts here stay far below 2^53).
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** Pool settings from a postgres:// URL; a `schema` query parameter sets the search_path. */
export function poolConfig(url: string): pg.PoolConfig {
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  const config: pg.PoolConfig = { connectionString: u.toString(), types, max: 4 };
  if (schema) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`schema: not a plain identifier: ${schema}`);
    config.options = `-c search_path=${schema}`;
  }
  return config;
}

/** `?` texts numbered for PostgreSQL, and the name each has as a prepared statement. */
const numberedTexts = new Map<string, { text: string; name: string }>();

function numbered(sql: string): { text: string; name: string } {
  let t = numberedTexts.get(sql);
  if (t === undefined) numberedTexts.set(sql, (t = { text: numberPlaceholders(sql), name: `entente_${numberedTexts.size}` }));
  return t;
}

/**
 * @param prepared run statements with parameters as named prepared statements: the server parses
 *   and plans each text once per connection instead of at every call. Only for the write path,
 *   whose few statement texts recur for every batch (reads build texts from filters, which would
 *   pile up prepared statements on the server).
 */
function over(q: pg.Pool | pg.PoolClient, write: Sql['write'], prepared = false): Sql {
  const query = (sql: string, args: readonly Arg[]) => {
    const t = numbered(sql);
    return prepared && args.length > 0 ? q.query({ name: t.name, text: t.text, values: args as Arg[] }) : q.query(t.text, args as Arg[]);
  };
  return {
    dialect: 'postgres',
    all: async <T>(sql: string, args: readonly Arg[] = []) => (await query(sql, args)).rows as T[],
    get: async <T>(sql: string, args: readonly Arg[] = []) => (await query(sql, args)).rows[0] as T | undefined,
    run: async (sql, args = []) => (await query(sql, args)).rowCount ?? 0,
    write,
  };
}

/**
 * Tables whose statistics the write path's plans depend on. PostgreSQL's autovacuum analyzes a
 * table a minute or more after it grew; until then the planner takes a store that grew from empty
 * for a tiny one and, for each batch, read every event participant of the store to find the batch's
 * few (bench: 10-18 ms per summary statement, and more with every batch).
 */
const PLANNED_TABLES = 'events, event_participants, actor_mentions, articles, article_bands, event_groups, article_sources';
/** Rows written by this process before its first ANALYZE; each later one waits for twice as many. */
const FIRST_ANALYZE_ROWS = 2000;

export function pgSql(pool: pg.Pool): Sql {
  let written = 0;
  let analyzeAt = FIRST_ANALYZE_ROWS;
  const write = async <T>(fn: (tx: Sql) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_WRITE]);
      const inner = over(client, () => { throw new Error('nested write transaction'); }, true);
      let changed = 0;
      const tx: Sql = { ...inner, run: async (sql, args) => { const n = await inner.run(sql, args); changed += n; return n; } };
      const out = await fn(tx);
      await client.query('COMMIT');
      written += changed;
      if (written >= analyzeAt) {
        // doubling: a long ingest analyzes log2(rows) times; ANALYZE samples, so each costs little
        analyzeAt = written * 2;
        // after the commit: the write is stored whatever happens here, so a failed ANALYZE (a
        // role that may not analyze these tables) only leaves the statistics to autovacuum
        await client.query(`ANALYZE ${PLANNED_TABLES}`).catch(() => undefined);
      }
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };
  // reads stay unprepared (their texts are built from filters and would pile up on the server),
  // except the few fixed ones a caller asks for as recurring
  return { ...over(pool, write), recurring: over(pool, write, true) };
}
