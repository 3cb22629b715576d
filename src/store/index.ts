// Public API of the store: open a file, ingest annotated Docs, query events back.
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export type {
  ActorFilter, ActorSummary, ArticleAnnotations, ArticleFilter, ArticleListItem, ArticleSource, DuplicateMatch, Page, Paged, SearchHit, EventFilter, IngestOptions, IngestResult, Store, StoreCounts, StoreSummary,
  StoredArticle, StoredEvent, StoredParticipant,
} from './types.js';
export { periodOf } from './dates.js';

/** Opens (creating if needed) a SQLite store and runs any pending migrations. */
export async function openStore(file: string): Promise<Store> {
  return openSqliteStore(file);
}
