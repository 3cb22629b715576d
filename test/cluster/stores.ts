// The store the cluster tests' workers share: a throwaway PostgreSQL database, created for the
// run and dropped after it (ENTENTE_TEST_PG_ADMIN names the server's admin database). With
// ENTENTE_TEST_CLUSTER_STORE=sqlite, a SQLite file in WAL mode instead (one machine only).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const PG_ADMIN_URL = process.env['ENTENTE_TEST_PG_ADMIN'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type SharedStore = { url: string; backend: 'sqlite' | 'postgres'; cleanup(): Promise<void> } | { skip: string };

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function clusterStore(): Promise<SharedStore> {
  if (process.env['ENTENTE_TEST_CLUSTER_STORE'] === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'entente-cluster-store-'));
    return { url: join(dir, 'shared.db'), backend: 'sqlite', cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `entente_cluster_${process.pid}_${randomBytes(4).toString('hex')}`;
  try {
    await admin(`CREATE DATABASE ${name}`);
  } catch (err) {
    return { skip: `PostgreSQL not usable at ${PG_ADMIN_URL} (${(err as Error).message}); set ENTENTE_TEST_PG_ADMIN, or ENTENTE_TEST_CLUSTER_STORE=sqlite` };
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), backend: 'postgres', cleanup: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
