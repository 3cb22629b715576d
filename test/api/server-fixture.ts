// A running API over a temp SQLite store holding the bundled samples plus one story with a quote.
import { after, before } from 'node:test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiServer, type ApiOptions } from '../../src/api/server.js';
import { ingestPaths } from '../../src/ingest/run.js';
import { repoRoot } from '../../src/data.js';
import { openStore, type Store } from '../../src/store/index.js';

/** Written for these tests: a quote with a named speaker, so /api/quotes has something to list. */
export const QUOTE_STORY = [
  'Harbour talks stall',
  '',
  'Norway and Iceland held talks in Oslo on Monday over fishing rights, officials said.',
  '',
  '"We will not accept a smaller quota," Iceland\'s foreign minister Thordis Gylfadottir said on Tuesday. Iceland accused Norway of breaking the 2019 quota deal.',
  '',
].join('\n');

export interface Running {
  base: string;
  store: Store;
  dir: string;
  close(): Promise<void>;
}

/** Builds the store once per test file (ingesting the samples takes a few seconds). */
export async function sampleStore(): Promise<{ store: Store; dir: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-api-'));
  mkdirSync(join(dir, 'extra'));
  writeFileSync(join(dir, 'extra', 'quota.txt'), QUOTE_STORY);
  const store = await openStore(join(dir, 'api.db'));
  await ingestPaths(store, [join(repoRoot(), 'samples')]);
  await ingestPaths(store, [join(dir, 'extra')], '2024-05-08');
  return { store, dir, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Starts the API on an ephemeral port of 127.0.0.1. */
export async function startApi(options: ApiOptions): Promise<{ base: string; close: () => Promise<void> }> {
  const server = createApiServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export async function getJson<T = Record<string, unknown>>(url: string): Promise<{ status: number; body: T; headers: Headers }> {
  const r = await fetch(url);
  return { status: r.status, body: (await r.json()) as T, headers: r.headers };
}

/** The sample store served to one test file: built and started before its tests, closed after them. */
export function servedSample(): { readonly store: Store; readonly base: string } {
  const served = {} as { store: Store; base: string };
  let stop = async (): Promise<void> => {};
  before(async () => {
    const s = await sampleStore();
    const api = await startApi({ store: s.store });
    Object.assign(served, { store: s.store, base: api.base });
    stop = async () => { await api.close(); await s.cleanup(); };
  });
  after(() => stop());
  return served;
}
