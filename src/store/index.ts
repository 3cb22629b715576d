// Public API of the store: open a SQLite file or a PostgreSQL database, ingest annotated Docs,
// query events back.
import { isPostgresUrl } from './postgres-url.js';
import { openSqliteStore } from './sqlite.js';
import type { MigrateOptions } from './migrate.js';
import type { Store } from './types.js';

export type {
  ActorFilter, ActorSummary, ArticleAnnotations, ArticleFilter, ArticleListItem, ArticleSource, DuplicateMatch, Page, Paged, SearchHit, EventFilter, IngestOptions, IngestResult, Store, StoreCounts, StoreSummary,
  StoredArticle, StoredEvent, StoredParticipant, DyadWeight, DyadWeightQuery, DyadWeights, DyadQuad, DyadQuadQuery, DyadQuads,
} from './types.js';
export { periodOf } from './dates.js';
export type { Breakdown, CountFilter, DayCount, DayCounts, Stack } from './aggregate.js';
export type { EventCursor } from './types.js';
export { isPostgresUrl } from './postgres-url.js';

/** How a store opens: see MigrateOptions (only SQLite leaves indexes for later). */
export type OpenOptions = MigrateOptions;

/** The default store when neither --db nor ENTENTE_DB names one. */
export const DEFAULT_STORE = 'entente.db';

/** --db when given, else the ENTENTE_DB environment variable, else the SQLite default file. */
export function storeTarget(db: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return db ?? (env['ENTENTE_DB'] || DEFAULT_STORE);
}

/**
 * Opens a store and runs any pending migrations: `postgres://` or `postgresql://` URLs open
 * PostgreSQL (a `schema=NAME` query parameter selects a schema); anything else is a SQLite file,
 * created if needed.
 */
export async function openStore(target: string, opts: OpenOptions = {}): Promise<Store> {
  // the pg driver is loaded only for a PostgreSQL target
  return isPostgresUrl(target) ? (await import('./postgres.js')).openPostgresStore(target) : openSqliteStore(target, opts);
}
