// The Store methods, shared by both backends: each is a query over the Sql surface.
import { findDuplicate } from './signatures.js';
import { ingest, ingestBulk, ingestMany } from './ingest.js';
import { breakdown, dayCounts, dyadMonths, dyadWeights } from './aggregate.js';
import { backfill, filling } from './backfill.js';
import { buildPendingIndexes, pendingIndexes } from './pending-indexes.js';
import { dyadQuads } from './dyad-quads.js';
import { resolveParties } from './parties.js';
import { storeVersion } from './summaries.js';
import { counts, eventCount, getAnnotations, getArticle, getSources, listActors, listArticles, queryEvents, queryQuotes, search, summary } from './query.js';
import type { Sql } from './sql.js';
import { getWatchSource, putWatchItem, putWatchSource, watchItemSeen } from './watch.js';
import { alertEvents, latestEventDay, listAlerts, saveAlert } from './alerts.js';
import type { Store } from './types.js';

export function storeOver(sql: Sql, close: () => Promise<void>): Store {
  // the background fill stops between two steps when the store closes
  let closing = false;
  let running: Promise<number> | null = null;
  let indexing: Promise<string[]> | null = null;
  return {
    ingest: (doc, opts) => ingest(sql, doc, opts),
    ingestMany: (items) => ingestMany(sql, items),
    recordSkip: async (path, reason) =>
      (await sql.run('INSERT INTO intake_log (path, reason, at) VALUES (?, ?, ?) ON CONFLICT (path, reason) DO NOTHING',
        [path, reason, new Date().toISOString()])) > 0,
    events: (filter) => queryEvents(sql, filter),
    eventCount: (filter) => eventCount(sql, filter),
    articles: (filter) => listArticles(sql, filter),
    actors: (filter) => listActors(sql, filter),
    search: (q, page) => search(sql, q, page),
    quotes: (filter) => queryQuotes(sql, filter),
    article: (id) => getArticle(sql, id),
    annotations: (id) => getAnnotations(sql, id),
    sources: (id) => getSources(sql, id),
    findDuplicate: (doc) => findDuplicate(sql, doc),
    counts: () => counts(sql),
    summary: (top) => summary(sql, top),
    dayCounts: (filter, stack) => dayCounts(sql, filter, stack),
    breakdown: (filter, top) => breakdown(sql, filter, top),
    resolveParties: (terms) => resolveParties(sql, terms),
    ingestBulk: (docs) => ingestBulk(sql, docs),
    version: () => storeVersion(sql),
    dyadMonths: (since, until) => dyadMonths(sql, since, until),
    dyadWeights: (q) => dyadWeights(sql, q),
    dyadQuads: (q) => dyadQuads(sql, q),
    watch: {
      source: (url) => getWatchSource(sql, url),
      saveSource: (s) => putWatchSource(sql, s),
      seen: (url) => watchItemSeen(sql, url),
      saveItem: (item) => putWatchItem(sql, item),
    },
    alerts: {
      events: (q) => alertEvents(sql, q),
      latestDay: () => latestEventDay(sql),
      save: (a) => saveAlert(sql, a),
      list: (limit) => listAlerts(sql, limit),
    },
    backfill: () => (running ??= backfill(sql, () => closing).finally(() => { running = null; })),
    filling: () => filling(sql),
    buildIndexes: () => (indexing ??= buildPendingIndexes(sql, () => closing).finally(() => { indexing = null; })),
    pendingIndexes: () => pendingIndexes(sql),
    close: async () => {
      closing = true;
      await running?.catch(() => undefined);
      await indexing?.catch(() => undefined);
      await close();
    },
  };
}
