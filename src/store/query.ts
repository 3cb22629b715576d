// Read side: events as PLOVER-shaped records, counts and a short summary for the CLI.
import type Database from 'better-sqlite3';
import { periodOf } from './dates.js';
import { ArticleRow, EventRow, ParticipantRow, QuoteRow, SourceRow } from './rows.js';
import type { ArticleAnnotations, ActorFilter, ActorSummary, ArticleFilter, ArticleListItem, ArticleSource, EventFilter, Page, Paged, SearchHit, QuoteFilter, StoredQuote, StoredArticle, StoredEvent, StoredParticipant, StoreCounts, StoreSummary } from './types.js';

/** LIMIT/OFFSET clause for a page; appends its values to args. */
function pageSql(page: Page, args: (string | number)[]): string {
  let sql = '';
  if (page.limit !== undefined || page.offset !== undefined) {
    sql += ' LIMIT ?';
    args.push(page.limit === undefined ? -1 : Math.max(0, Math.floor(page.limit)));
  }
  if (page.offset !== undefined) { sql += ' OFFSET ?'; args.push(Math.max(0, Math.floor(page.offset))); }
  return sql;
}

function bound(value: string, side: 'since' | 'until'): string {
  const p = periodOf(value);
  if (!p) throw new Error(`--${side}: not a date: ${value}`);
  return side === 'since' ? p.start : p.end;
}

function eventWhere(filter: EventFilter): { sql: string; args: (string | number)[] } {
  const where: string[] = [];
  const args: (string | number)[] = [];
  for (const role of ['actor', 'recipient'] as const) {
    const who = filter[role];
    if (who === undefined) continue;
    where.push(`e.id IN (SELECT event_id FROM event_participants
      WHERE role = '${role}' AND (code = ? OR actor_id = ?))`);
    args.push(who, who);
  }
  if (filter.type !== undefined) { where.push('e.type = ?'); args.push(filter.type.toUpperCase()); }
  // A period overlaps [since, until] when it ends after since and starts before until.
  if (filter.since !== undefined) { where.push('e.date_end >= ?'); args.push(bound(filter.since, 'since')); }
  if (filter.until !== undefined) { where.push('e.date_start <= ?'); args.push(bound(filter.until, 'until')); }
  if (filter.docId !== undefined) { where.push('e.doc_id = ?'); args.push(filter.docId); }
  if (!filter.includeNonFactual) where.push(FACTUAL);
  return { sql: where.length ? 'WHERE ' + where.join(' AND ') : '', args };
}

export function queryEvents(db: Database.Database, filter: EventFilter = {}): StoredEvent[] {
  const { sql: where, args } = eventWhere(filter);
  const sql = `SELECT e.*, a.url AS url, a.title AS title FROM events e JOIN articles a ON a.id = e.article_id
    ${where} ORDER BY (e.date_start IS NULL), e.date_start, e.date, e.id${pageSql(filter, args)}`;
  const rows = (db.prepare(sql).all(...args) as unknown[]).map((r) => EventRow.parse(r));
  const people = participantsOf(db, rows.map((r) => r.id));
  return rows.map((r) => toStored(r, people.get(r.id)));
}

type Roles = { actor: StoredParticipant[]; recipient: StoredParticipant[] };

function participantsOf(db: Database.Database, ids: string[]): Map<string, Roles> {
  const out = new Map<string, Roles>();
  const CHUNK = 500; // stay well under SQLite's bound-parameter limit
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const rows = db.prepare(`SELECT event_id, role, actor_id, code, sector, text FROM event_participants
      WHERE event_id IN (${part.map(() => '?').join(',')}) ORDER BY event_id, role, ord`).all(...part) as unknown[];
    for (const raw of rows) {
      const p = ParticipantRow.parse(raw);
      let roles = out.get(p.event_id);
      if (!roles) out.set(p.event_id, (roles = { actor: [], recipient: [] }));
      roles[p.role].push({ code: p.code, sector: p.sector, entity_text: p.text, actor_id: p.actor_id });
    }
  }
  return out;
}

function toStored(r: EventRow, roles: Roles = { actor: [], recipient: [] }): StoredEvent {
  return {
    id: r.id, doc_id: r.doc_id, date: r.date, event: r.type, mode: r.mode, context: r.context_json,
    quad_code: r.quad_code, cameo: r.cameo, goldstein: r.goldstein, plover_score: r.plover_score,
    actor: roles.actor, recipient: roles.recipient, event_text: r.event_text,
    event_loc: r.place_name === null ? null
      : { name: r.place_name, country: r.place_country, lat: r.place_lat, lon: r.place_lon },
    size: { dead: r.dead, injured: r.injured, arrested: r.arrested, approximate: r.size_approximate === 1 },
    modality: { negated: r.negated, hypothetical: r.hypothetical, future: r.future, claimed: r.claimed },
    span: [r.sentence_start, r.sentence_end], confidence: r.confidence, url: r.url, title: r.title,
  };
}

export function getArticle(db: Database.Database, id: string): StoredArticle | null {
  const raw = db.prepare('SELECT * FROM articles WHERE id = ?').get(id);
  if (raw === undefined) return null;
  const { layout_json, ...rest } = ArticleRow.parse(raw);
  return { ...rest, ...layout_json };
}

export function getSources(db: Database.Database, articleId: string): ArticleSource[] {
  const rows = db.prepare(`SELECT doc_id, url, source, title, published, seen_at, match, similarity, input_id
    FROM article_sources WHERE article_id = ? ORDER BY seen_at, rowid`).all(articleId) as unknown[];
  return rows.map((r) => SourceRow.parse(r));
}

const count = (db: Database.Database, table: string): number =>
  (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Negated and hypothetical readings are stored but not counted. */
const FACTUAL = 'e.negated = 0 AND e.hypothetical = 0';

function factualCount(db: Database.Database): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM events e WHERE ${FACTUAL}`).get() as { n: number }).n;
}

export function counts(db: Database.Database): StoreCounts {
  return {
    articles: count(db, 'articles'),
    events: factualCount(db),
    nonFactual: count(db, 'events') - factualCount(db),
    actors: count(db, 'actor_mentions'),
    places: count(db, 'places'),
    times: count(db, 'times'),
    skipped: count(db, 'intake_log'),
    duplicates: (db.prepare("SELECT COUNT(*) AS n FROM article_sources WHERE match <> 'first'").get() as { n: number }).n,
  };
}

export function summary(db: Database.Database, top = 10): StoreSummary {
  const topTypes = db.prepare(`SELECT type, COUNT(*) AS count FROM events e WHERE ${FACTUAL}
    GROUP BY type ORDER BY count DESC, type LIMIT ?`).all(top) as { type: string; count: number }[];
  const topActorCodes = db.prepare(`SELECT code, COUNT(DISTINCT event_id) AS count FROM event_participants p
    JOIN events e ON e.id = p.event_id WHERE code IS NOT NULL AND ${FACTUAL}
    GROUP BY code ORDER BY count DESC, code LIMIT ?`).all(top) as { code: string; count: number }[];
  const range = db.prepare(`SELECT MIN(date_start) AS first, MAX(date_end) AS last FROM events e WHERE ${FACTUAL}`)
    .get() as { first: string | null; last: string | null };
  return {
    counts: counts(db),
    topTypes,
    topActorCodes,
    dateRange: range.first !== null && range.last !== null ? { first: range.first, last: range.last } : null,
  };
}

export function queryQuotes(db: Database.Database, filter: QuoteFilter = {}): StoredQuote[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (filter.speaker !== undefined) { where.push('(q.speaker_code = ? OR q.speaker_actor_id = ?)'); args.push(filter.speaker, filter.speaker); }
  if (filter.search !== undefined) { where.push("q.text LIKE ? ESCAPE '\\'"); args.push(like(filter.search)); }
  if (filter.docId !== undefined) { where.push('a.doc_id = ?'); args.push(filter.docId); }
  let sql = `SELECT q.*, a.doc_id AS doc_id, a.title AS title, a.url AS url, a.published AS published
    FROM quotes q JOIN articles a ON a.id = q.article_id
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY a.published, q.article_id, q.ord`;
  if (filter.limit !== undefined) { sql += ' LIMIT ?'; args.push(Math.max(0, Math.floor(filter.limit))); }
  return (db.prepare(sql).all(...args) as unknown[]).map((raw) => {
    const r = QuoteRow.parse(raw);
    return {
      article_id: r.article_id, doc_id: r.doc_id, text: r.text, span: [r.start, r.end],
      speaker: r.speaker_actor_id || r.speaker_text ? { actor_id: r.speaker_actor_id, code: r.speaker_code, sector: r.speaker_sector, text: r.speaker_text } : null,
      title: r.title, url: r.url, published: r.published,
    };
  });
}

export function eventCount(db: Database.Database, filter: EventFilter = {}): number {
  const { sql: where, args } = eventWhere(filter);
  return (db.prepare(`SELECT COUNT(*) AS n FROM events e ${where}`).get(...args) as { n: number }).n;
}

const like = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function listArticles(db: Database.Database, filter: ArticleFilter = {}): Paged<ArticleListItem> {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (filter.q !== undefined) { where.push("(a.title LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\')"); args.push(like(filter.q), like(filter.q)); }
  if (filter.since !== undefined) { where.push('a.published >= ?'); args.push(bound(filter.since, 'since')); }
  if (filter.until !== undefined) { where.push("substr(a.published, 1, 10) <= ?"); args.push(bound(filter.until, 'until')); }
  if (filter.source !== undefined) { where.push('a.source = ?'); args.push(filter.source); }
  const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM articles a ${w}`).get(...args) as { n: number }).n;
  const items = db.prepare(`SELECT a.id, a.doc_id, a.url, a.source, a.title, a.published, a.language,
      (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id AND ${FACTUAL}) AS events
    FROM articles a ${w} ORDER BY (a.published IS NULL), a.published DESC, a.id${pageSql(filter, args)}`)
    .all(...args) as ArticleListItem[];
  return { total, items };
}

export function listActors(db: Database.Database, filter: ActorFilter = {}): Paged<ActorSummary> {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (filter.q !== undefined) {
    where.push("(x.name LIKE ? ESCAPE '\\' OR x.id LIKE ? ESCAPE '\\' OR x.code = ?)");
    args.push(like(filter.q), like(filter.q), filter.q.toUpperCase());
  }
  if (filter.code !== undefined) { where.push('x.code = ?'); args.push(filter.code.toUpperCase()); }
  const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM actors x ${w}`).get(...args) as { n: number }).n;
  const items = db.prepare(`SELECT x.id AS actor_id, x.name, x.code, x.sector,
      (SELECT COUNT(*) FROM actor_mentions m WHERE m.actor_id = x.id) AS mentions,
      (SELECT COUNT(DISTINCT p.event_id) FROM event_participants p JOIN events e ON e.id = p.event_id
        WHERE p.actor_id = x.id AND ${FACTUAL}) AS events
    FROM actors x ${w} ORDER BY events DESC, mentions DESC, x.id${pageSql(filter, args)}`)
    .all(...args) as ActorSummary[];
  return { total, items };
}

/** A window of text around [start, end), trimmed to word edges. */
function snippetOf(text: string, start: number, end: number, room = 80): string {
  const from = Math.max(0, start - room);
  const to = Math.min(text.length, end + room);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

/** Case-insensitive substring search over article titles, texts and quotes; newest articles first. */
export function search(db: Database.Database, q: string, page: Page = {}): Paged<SearchHit> {
  const needle = q.trim();
  if (!needle) return { total: 0, items: [] };
  const articles = db.prepare(`SELECT id, title, published, text FROM articles
    WHERE title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\' ORDER BY (published IS NULL), published DESC, id`)
    .all(like(needle), like(needle)) as { id: string; title: string | null; published: string | null; text: string }[];
  const quotes = db.prepare(`SELECT q.article_id, q."start" AS qs, q."end" AS qe, q.text, a.title, a.published
    FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.text LIKE ? ESCAPE '\\'
    ORDER BY (a.published IS NULL), a.published DESC, q.article_id, q.ord`)
    .all(like(needle)) as { article_id: string; qs: number; qe: number; text: string; title: string | null; published: string | null }[];
  const lower = needle.toLowerCase();
  const hits: SearchHit[] = [];
  for (const a of articles) {
    const at = a.text.toLowerCase().indexOf(lower);
    hits.push({
      kind: 'article', article_id: a.id, title: a.title, published: a.published,
      snippet: at >= 0 ? snippetOf(a.text, at, at + needle.length) : (a.title ?? ''),
      span: at >= 0 ? [at, at + needle.length] : null,
    });
  }
  for (const r of quotes) {
    hits.push({ kind: 'quote', article_id: r.article_id, title: r.title, published: r.published, snippet: r.text, span: [r.qs, r.qe] });
  }
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const limit = page.limit === undefined ? hits.length : Math.max(0, Math.floor(page.limit));
  return { total: hits.length, items: hits.slice(offset, offset + limit) };
}

export function getAnnotations(db: Database.Database, articleId: string): ArticleAnnotations | null {
  if (db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId) === undefined) return null;
  const actors = db.prepare(`SELECT m."start" AS start, m."end" AS "end", m.text, m.actor_id, x.name, x.code, x.sector, m.via
    FROM actor_mentions m JOIN actors x ON x.id = m.actor_id WHERE m.article_id = ? ORDER BY m."start", m.ord`)
    .all(articleId) as ArticleAnnotations['actors'];
  const times = db.prepare(`SELECT "start" AS start, "end" AS "end", text, value, granularity FROM times
    WHERE article_id = ? ORDER BY "start", ord`).all(articleId) as ArticleAnnotations['times'];
  const places = db.prepare(`SELECT "start" AS start, "end" AS "end", text, name, country, lat, lon, kind FROM places
    WHERE article_id = ? ORDER BY "start", ord`).all(articleId) as ArticleAnnotations['places'];
  return { actors, times, places };
}
