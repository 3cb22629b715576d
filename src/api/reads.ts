// The read-only endpoints: thin wrappers over the Store's queries, paginated alike.
import { ActorsQuery, AlertsQuery, ArticlesQuery, EventsQuery, NoQuery, QuotesQuery, SearchQuery, SummaryQuery } from './params.js';
import { HttpError } from './http.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { resolveFilter } from './filters.js';
import type { EventFilter } from '../store/index.js';
import type { ReadPool } from './read-pool.js';
import { pageOf, route, type Route } from './route.js';

const NOT_FOUND = { '404': 'No article with this id' };

export const READ_ROUTES: Route[] = [
  route({
    method: 'GET', path: '/api/health', summary: 'Liveness and whether writes are enabled', query: NoQuery, shape: 'object',
    returns: '{ status: "ok", articles, events, writable, filling: [{ table, articles }] (summary tables still being filled in the background, their reads answered the older, slower way meanwhile), indexing: [name] (indexes new migrations added, still being built), warming (reader threads still warming up, answering meanwhile) }',
    async handle({ config }) {
      const [c, filling, pending] = await Promise.all([config.store.counts(), config.store.filling(), config.store.pendingIndexes()]);
      const pool = (config.store as { pool?: ReadPool }).pool;
      return { status: 'ok', articles: c.articles, events: c.events, writable: config.token !== null, filling, indexing: pending.map((p) => p.name), warming: pool?.warming() ?? 0 };
    },
  }),
  route({
    method: 'GET', path: '/api/summary', cache: true, summary: 'Store counts, top event types and actor codes, date range', query: SummaryQuery, shape: 'object',
    returns: 'StoreSummary: { counts, topTypes, topActorCodes, dateRange }',
    handle: async ({ query, config }) => config.store.summary(query.top),
  }),
  route({
    method: 'GET', path: '/api/articles', summary: 'Stored articles, newest first', query: ArticlesQuery, shape: 'list',
    returns: 'ArticleListItem: { id, doc_id, url, source, title, published, language, events }',
    async handle({ query: { limit, offset, ...filter }, config }) {
      const r = await config.store.articles({ ...filter, limit, offset });
      return pageOf(r.total, r.items, { limit, offset });
    },
  }),
  route({
    method: 'GET', path: '/api/articles/{id}', summary: 'One article with its annotation spans, events (all modalities), quotes and sources',
    query: NoQuery, shape: 'object', errors: NOT_FOUND,
    returns: 'StoredArticle plus annotations { actors, times, places }, events (StoredEvent[]), quotes (StoredQuote[]), sources',
    async handle({ params, config }) {
      const { store } = config;
      const id = params['id']!;
      const article = await store.article(id);
      if (!article) throw new HttpError(404, `no article with id ${id}`, 'id');
      const [annotations, events, quotes, sources] = await Promise.all([
        store.annotations(id),
        store.events({ docId: article.doc_id, includeNonFactual: true }),
        store.quotes({ docId: article.doc_id }),
        store.sources(id),
      ]);
      return { ...article, annotations, events, quotes, sources };
    },
  }),
  route({
    method: 'GET', path: '/api/events', cache: true, summary: 'Coded events in date order (factual only unless all=true); offset or keyset (cursor) pages',
    query: EventsQuery, shape: 'list',
    returns: 'StoredEvent: a PLOVER record with span, modality, confidence, url and title; the page also carries next (a cursor for the following page, null at the end)',
    async handle({ query: { limit, offset, doc, all, cursor, count, actor, recipient, country, ...rest }, config }) {
      if (cursor !== undefined && offset > 0) throw new HttpError(400, 'cursor: give a cursor or an offset, not both', 'cursor');
      const keys = await resolveFilter(config.store, { actor, recipient, country });
      const filter: EventFilter = { ...rest, ...keys, docId: doc, includeNonFactual: all };
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      const [total, items] = await Promise.all([
        count ? config.store.eventCount(filter) : Promise.resolve(null),
        config.store.events({ ...filter, limit, offset: after ? undefined : offset, after }),
      ]);
      const last = items[items.length - 1];
      return { total, limit, offset, items, next: items.length === limit && last ? encodeCursor(last) : null };
    },
  }),
  route({
    method: 'GET', path: '/api/actors', cache: true, summary: 'Actors by how many factual events they take part in', query: ActorsQuery, shape: 'list',
    returns: 'ActorSummary: { actor_id, name, code, sector, mentions, events }',
    async handle({ query: { limit, offset, ...filter }, config }) {
      const r = await config.store.actors({ ...filter, limit, offset });
      return pageOf(r.total, r.items, { limit, offset });
    },
  }),
  route({
    method: 'GET', path: '/api/quotes', summary: 'Quotations with their speaker and span', query: QuotesQuery, shape: 'list',
    returns: 'StoredQuote: { article_id, doc_id, text, span, kind, speaker, title, url, published }',
    async handle({ query: { limit, offset, ...filter }, config }) {
      // The store's quote query has no offset or count: read all matches, then cut the page.
      const all = await config.store.quotes(filter);
      return pageOf(all.length, all.slice(offset, offset + limit), { limit, offset });
    },
  }),
  route({
    method: 'GET', path: '/api/alerts', summary: 'Alerts raised by entente watch --alerts, newest first, with the events behind each', query: AlertsQuery, shape: 'list',
    returns: 'StoredAlert: { id, rule_id, window_start, window_end, count, baseline, message, event_ids, raised_at }',
    async handle({ query: { limit, offset }, config }) {
      const all = await config.store.alerts.list(10_000); // alerts are few: one per rule and window
      return pageOf(all.length, all.slice(offset, offset + limit), { limit, offset });
    },
  }),
  route({
    method: 'GET', path: '/api/search', summary: 'Articles and quotes containing the words, with snippets and spans', query: SearchQuery, shape: 'list',
    returns: 'SearchHit: { kind: article|quote, article_id, title, published, snippet, span }',
    async handle({ query: { q, limit, offset }, config }) {
      const r = await config.store.search(q, { limit, offset });
      return pageOf(r.total, r.items, { limit, offset });
    },
  }),
];
