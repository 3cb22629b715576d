// The PostgreSQL Store: a pg Pool, schema kept current by migratePostgres() under an advisory
// lock, so several worker processes can open the same database at once.
import pg from 'pg';
import { groupStale } from './groups.js';
import { migratePostgres } from './migrate.js';
import { storeOver } from './over-sql.js';
import { pgSql, poolConfig } from './pg-sql.js';
import { signStale } from './signatures.js';
import { summarizeStale } from './summaries.js';
import type { Store } from './types.js';

export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool(poolConfig(url));
  pool.on('error', () => undefined); // an idle client dropped by the server is replaced on next use
  try {
    await migratePostgres(pool);
    const sql = pgSql(pool);
    await signStale(sql);
    await groupStale(sql);
    await summarizeStale(sql);
    return storeOver(sql, () => pool.end());
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}
