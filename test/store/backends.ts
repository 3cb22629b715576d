// Runs one store test against every backend. SQLite gets a temp file; PostgreSQL (added by the
// PostgreSQL backend) gets a throwaway schema. A backend that is not reachable skips visibly.
import { test } from 'node:test';
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

export const BACKENDS: Backend[] = [sqlite];

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
