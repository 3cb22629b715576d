// entente serve [--db FILE|postgres://...] (or ENTENTE_DB) [--port N] [--host H] [--token-file F]: the HTTP JSON API
// (and the built web page), on 127.0.0.1 unless told otherwise, read-only unless a token is configured.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { createApiServer } from '../../api/server.js';
import { openReadPool, pooled } from '../../api/read-pool.js';
import { repoRoot } from '../../data.js';
import { isPostgresUrl, storeTarget } from '../../store/index.js';
import { openCliStore } from '../store.js';
import { check, parse } from '../args.js';
import { UsageError, noInput } from '../errors.js';

/**
 * Reader threads for a SQLite store: one per core, at least two (ENTENTE_READERS overrides; on a
 * busy 2-core machine 2 and 4 readers measured alike under bench:api, within its noise).
 */
const READERS = Number(process.env['ENTENTE_READERS'] ?? 0) || Math.max(2, Math.min(4, availableParallelism()));

/**
 * A store holding this many events or more builds the indexes new migrations add after the server
 * is up, on a reader (at 1M events migrations 013, 015 and 016 held the opening for 17-20 s).
 * ENTENTE_DEFER_INDEXES_FROM overrides (tests).
 */
export const DEFER_INDEXES_FROM = Number(process.env['ENTENTE_DEFER_INDEXES_FROM'] ?? 0) || 50_000;

const port = z.coerce.number().int('expected an integer').min(0).max(65535);

/** The write token: --token-file wins over ENTENTE_TOKEN; none means read-only. */
function readToken(file: string | undefined): string | null {
  if (file !== undefined) {
    let text: string;
    try { text = readFileSync(file, 'utf8'); } catch (err) { throw noInput(`--token-file: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`); }
    const token = text.trim();
    if (!token) throw new UsageError(`--token-file: ${file} is empty`);
    if (/\s/.test(token)) throw new UsageError(`--token-file: ${file} holds more than one word`);
    return token;
  }
  const env = process.env['ENTENTE_TOKEN']?.trim();
  return env ? env : null;
}

export async function serveCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'token-file': { type: 'string' },
  }, 'serve');
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const db = storeTarget(values.db as string | undefined);
  const token = readToken(values['token-file'] as string | undefined);
  // a read-only server over a file that does not exist would only ever answer "empty"
  if (!isPostgresUrl(db) && !token && !existsSync(db)) throw noInput(`no store at ${db}: run "entente ingest PATH --db ${db}" first`);
  const listenPort = check(port, values.port ?? '8080', '--port');
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  const { store: opened } = await openCliStore(db, false, { deferIndexesFrom: DEFER_INDEXES_FROM });
  // on SQLite the heavy reads go to reader threads (PostgreSQL already answers on its own processes)
  const pool = isPostgresUrl(db) ? null : await openReadPool(db, READERS);
  const pending = await opened.pendingIndexes();
  const store = pool ? pooled(opened, pool) : opened;
  const webRoot = join(repoRoot(), 'dist', 'web');
  const server = createApiServer({ store, token, webRoot });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(new UsageError(`cannot listen on ${host}:${listenPort}: ${err.code ?? err.message}`)));
    server.listen(listenPort, host, resolve);
  });
  const addr = server.address();
  const where = typeof addr === 'object' && addr ? `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}` : String(addr);
  // indexes new migrations added to a big store are built now, on a reader (off this loop), one
  // at a time; reads are right meanwhile, only slower
  let indexed: Promise<unknown> = Promise.resolve();
  if (pending.length) {
    const versions = [...new Set(pending.map((p) => p.version))].join(', ');
    process.stderr.write(`entente serve: building ${pending.length} indexes added by migrations ${versions} in the background; answering meanwhile, some reads slower until done\n`);
    const t0 = Date.now();
    indexed = (pool ? pool.call<string[]>('buildIndexes', []) : opened.buildIndexes()).then(
      (names) => process.stderr.write(`entente serve: built ${names.length} indexes in ${((Date.now() - t0) / 1000).toFixed(1)} s (${names.join(', ')})\n`),
      (err: unknown) => process.stderr.write(`entente serve: building indexes: ${err instanceof Error ? err.message : String(err)}\n`),
    );
  }
  // summary tables added to a store that held articles fill in the background (on a reader when
  // there are readers, off this loop); until then the reads that need them take older paths
  const filled = indexed.then(() => (pool ? pool.call<number>('backfill', []) : opened.backfill()));
  void filled.then(
    (n) => { if (n > 0) process.stderr.write(`entente serve: summaries filled for ${n} stored articles\n`); },
    (err: unknown) => process.stderr.write(`entente serve: filling summaries: ${err instanceof Error ? err.message : String(err)}\n`),
  );
  process.stdout.write(`entente: serving ${where}/api (${token ? 'writes enabled with a bearer token' : 'read-only'}); web page: ${existsSync(webRoot) ? where + '/' : 'not built'}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => { server.close(() => resolve()); server.closeAllConnections(); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await pool?.close();
  await opened.close();
  return 0;
}
