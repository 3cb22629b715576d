// Runs one store test against every backend. SQLite gets a temp file; PostgreSQL (added by the
// PostgreSQL backend) gets a throwaway schema. A backend that is not reachable skips visibly.
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/index.js';
import { tempDbPath } from './temp-db.js';

/** A fresh, empty store and how to reopen and finally remove it. */
export interface TestStore {
  store: Store;
  /** The target openStore was given (a file path or a postgres:// URL). */
  target: string;
  backend: BackendName;
  cleanup(): Promise<void>;
}

export type BackendName = 'sqlite' | 'postgres';

interface Backend {
  name: BackendName;
  /** Why this backend cannot run here, or null when it can. */
  unavailable(): Promise<string | null>;
  make(): Promise<Omit<TestStore, 'store' | 'backend'>>;
}

const sqlite: Backend = {
  name: 'sqlite',
  unavailable: async () => null,
  async make() {
    const { file, cleanup } = tempDbPath();
    return { target: file, cleanup: async () => cleanup() };
  },
};

/** The test server: ENTENTE_TEST_PG, else the local trust-auth server's `test` database. */
export const PG_URL = process.env['ENTENTE_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/test';

let pgReady: Promise<string | null> | undefined;

/** Runs one statement as the test server's admin (schemas come and go through this). */
export async function pgAdmin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try { await client.query(text); } finally { await client.end(); }
}

const postgres: Backend = {
  name: 'postgres',
  unavailable() {
    pgReady ??= pgAdmin('SELECT 1').then(
      () => null,
      (err: Error) => `PostgreSQL not reachable at ${PG_URL} (${err.message}); set ENTENTE_TEST_PG to run these`,
    );
    return pgReady;
  },
  async make() {
    // A throwaway schema per store, dropped afterwards: test runs never see each other's rows.
    const schema = `entente_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await pgAdmin(`CREATE SCHEMA ${schema}`);
    const sep = PG_URL.includes('?') ? '&' : '?';
    return { target: `${PG_URL}${sep}schema=${schema}`, cleanup: () => pgAdmin(`DROP SCHEMA ${schema} CASCADE`) };
  },
};

export const BACKENDS: Backend[] = [sqlite, postgres];

/** Opens a fresh store on a backend; the caller closes it and calls cleanup. */
export async function freshStore(backend: Backend): Promise<TestStore> {
  const made = await backend.make();
  try {
    return { ...made, backend: backend.name, store: await openStore(made.target) };
  } catch (err) {
    await made.cleanup();
    throw err;
  }
}

/** Declares `name [backend]` once per backend, each on its own fresh store. */
export function storeTest(name: string, fn: (t: TestStore) => Promise<void>): void {
  for (const backend of BACKENDS) {
    test(`${name} [${backend.name}]`, async (t) => {
      const why = await backend.unavailable();
      if (why) { t.skip(why); return; }
      const s = await freshStore(backend);
      try {
        await fn(s);
      } finally {
        await s.store.close();
        await s.cleanup();
      }
    });
  }
}
