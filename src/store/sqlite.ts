// The SQLite Store: one better-sqlite3 connection in WAL mode, schema kept current by migrate().
import Database from 'better-sqlite3';
import { makeIngest } from './ingest.js';
import { migrate } from './migrate.js';
import { counts, eventCount, getAnnotations, getArticle, getSources, listActors, listArticles, queryEvents, queryQuotes, search, summary } from './query.js';
import { type DedupIndex, makeDedupIndex, makeFindDuplicate, signStale } from './signatures.js';
import type { Store } from './types.js';

export function openSqliteStore(file: string): Store {
  const db = new Database(file);
  let dedup: DedupIndex;
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000'); // the CLI and a server may share one file
    migrate(db);
    dedup = makeDedupIndex(db);
    signStale(db, dedup); // articles stored before migration 002 or under older MinHash settings
  } catch (err) {
    db.close();
    throw err;
  }
  const ingest = makeIngest(db, dedup);
  const findDuplicate = makeFindDuplicate(db, dedup);
  const skip = db.prepare('INSERT INTO intake_log (path, reason, at) VALUES (?, ?, ?) ON CONFLICT (path, reason) DO NOTHING');
  // better-sqlite3 is synchronous; async wrappers give it the shared Store shape.
  return {
    ingest: async (doc, opts) => ingest(doc, opts),
    recordSkip: async (path, reason) => skip.run(path, reason, new Date().toISOString()).changes > 0,
    events: async (filter) => queryEvents(db, filter),
    eventCount: async (filter) => eventCount(db, filter),
    articles: async (filter) => listArticles(db, filter),
    actors: async (filter) => listActors(db, filter),
    search: async (q, page) => search(db, q, page),
    quotes: async (filter) => queryQuotes(db, filter),
    article: async (id) => getArticle(db, id),
    annotations: async (id) => getAnnotations(db, id),
    sources: async (id) => getSources(db, id),
    findDuplicate: async (doc) => findDuplicate(doc),
    counts: async () => counts(db),
    summary: async (top) => summary(db, top),
    close: async () => { db.close(); },
  };
}
