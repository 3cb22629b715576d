// The Sql surface over a pg Pool. Reads go to any pooled client; a write transaction holds one
// client and a transaction-scoped advisory lock, which several worker processes share.
import pg from 'pg';
import { type Arg, type Sql, numberPlaceholders } from './sql.js';

/** Advisory lock keys (arbitrary constants, unique within entente). */
export const LOCK_MIGRATE = 7_140_001;
export const LOCK_WRITE = 7_140_002;

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

function over(q: pg.Pool | pg.PoolClient, write: Sql['write']): Sql {
  const text = new Map<string, string>();
  const numbered = (sql: string): string => {
    let t = text.get(sql);
    if (t === undefined) text.set(sql, (t = numberPlaceholders(sql)));
    return t;
  };
  return {
    dialect: 'postgres',
    all: async <T>(sql: string, args: readonly Arg[] = []) => (await q.query(numbered(sql), args as Arg[])).rows as T[],
    get: async <T>(sql: string, args: readonly Arg[] = []) => (await q.query(numbered(sql), args as Arg[])).rows[0] as T | undefined,
    run: async (sql, args = []) => (await q.query(numbered(sql), args as Arg[])).rowCount ?? 0,
    write,
  };
}

export function pgSql(pool: pg.Pool): Sql {
  const write = async <T>(fn: (tx: Sql) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_WRITE]);
      const tx = over(client, () => { throw new Error('nested write transaction'); });
      const out = await fn(tx);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };
  return over(pool, write);
}
