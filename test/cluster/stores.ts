// The store the cluster tests' workers share: a SQLite file in WAL mode (several processes on
// one machine may write it; busy_timeout serialises them).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type SharedStore = { url: string; backend: 'sqlite' | 'postgres'; cleanup(): Promise<void> } | { skip: string };

export async function clusterStore(): Promise<SharedStore> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-cluster-store-'));
  return { url: join(dir, 'shared.db'), backend: 'sqlite', cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}
