// Read side: events as PLOVER-shaped records, lists, full-text search, counts and a summary.
// Written once over the Sql surface; the few dialect differences are spelled out where they occur.
import { periodOf } from './dates.js';
import { ArticleRow, EventRow, ParticipantRow, QuoteRow, SourceRow } from './rows.js';
import { type Matcher, fullText, ilike, like, locate, snippetOf, substring } from './search.js';
import type { Arg, Sql } from './sql.js';
import type {
  ArticleAnnotations, ActorFilter, ActorSummary, ArticleFilter, ArticleListItem, ArticleSource, EventFilter, Page, Paged,
  SearchHit, QuoteFilter, StoredQuote, StoredArticle, StoredEvent, StoredParticipant, StoreCounts, StoreSummary,
} from './types.js';

/** LIMIT/OFFSET clause for a page; appends its values to args. */
function pageSql(sql: Sql, page: Page, args: Arg[]): string {
  let out = '';
  if (page.limit !== undefined) { out += ' LIMIT ?'; args.push(Math.max(0, Math.floor(page.limit))); }
  // SQLite needs a LIMIT before OFFSET (-1: none); PostgreSQL takes OFFSET alone.
  else if (page.offset !== undefined && sql.dialect === 'sqlite') out += ' LIMIT -1';
  if (page.offset !== undefined) { out += ' OFFSET ?'; args.push(Math.max(0, Math.floor(page.offset))); }
  return out;
}

function bound(value: string, side: 'since' | 'until'): string {
  const p = periodOf(value);
  if (!p) throw new Error(`--${side}: not a date: ${value}`);
  return side === 'since' ? p.start : p.end;
}

/** Negated, hypothetical and background readings are stored but not counted. */
const FACTUAL = 'e.negated = 0 AND e.hypothetical = 0 AND e.background = 0';

function eventWhere(filter: EventFilter): { sql: string; args: Arg[] } {
  const where: string[] = [];
  const args: Arg[] = [];
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
  // every word, each in the sentence, a party's words or the place name (LOWER: PostgreSQL's LIKE is case-sensitive)
  for (const word of (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
    const pat = like(word);
    where.push(`(LOWER(e.event_text) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(e.place_name, '')) LIKE ? ESCAPE '\\'
      OR e.id IN (SELECT event_id FROM event_participants WHERE LOWER(text) LIKE ? ESCAPE '\\'))`);
    args.push(pat, pat, pat);
  }
  if (!filter.includeNonFactual) where.push(FACTUAL);
  return { sql: where.length ? 'WHERE ' + where.join(' AND ') : '', args };
}

/** With `distinct`, one event per group among those matching: the best-scored one. */
function distinctWhere(filter: EventFilter): { sql: string; args: Arg[] } {
  const base = eventWhere(filter);
  if (!filter.distinct) return base;
  const pick = `e.id IN (SELECT x.id FROM (SELECT e.id AS id, ROW_NUMBER() OVER (
      PARTITION BY COALESCE(e.group_id, e.id) ORDER BY e.confidence DESC, e.id) AS rn
    FROM events e ${base.sql}) x WHERE x.rn = 1)`;
  return { sql: (base.sql ? `${base.sql} AND ` : 'WHERE ') + pick, args: [...base.args, ...base.args] };
}

export async function queryEvents(sql: Sql, filter: EventFilter = {}): Promise<StoredEvent[]> {
  const { sql: where, args } = distinctWhere(filter);
  const text = `SELECT e.*, a.url AS url, a.title AS title,
      g.mentions AS num_mentions, g.articles AS num_articles, g.sources AS num_sources
    FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN event_groups g ON g.id = e.group_id
    ${where} ORDER BY ${filter.order === 'newest' ? '(e.date_start IS NULL), e.date_start DESC, e.date DESC, e.id DESC' : '(e.date_start IS NULL), e.date_start, e.date, e.id'}${pageSql(sql, filter, args)}`;
  const rows = (await sql.all(text, args)).map((r) => EventRow.parse(r));
  const people = await participantsOf(sql, rows.map((r) => r.id));
  return rows.map((r) => toStored(r, people.get(r.id)));
}

export async function eventCount(sql: Sql, filter: EventFilter = {}): Promise<number> {
  const { sql: where, args } = distinctWhere(filter);
  return (await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM events e ${where}`, args))!.n;
}

type Roles = { actor: StoredParticipant[]; recipient: StoredParticipant[] };

async function participantsOf(sql: Sql, ids: string[]): Promise<Map<string, Roles>> {
  const out = new Map<string, Roles>();
  const CHUNK = 500; // stay well under bound-parameter limits
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const rows = await sql.all(`SELECT event_id, role, actor_id, code, sector, text FROM event_participants
      WHERE event_id IN (${part.map(() => '?').join(',')}) ORDER BY event_id, role, ord`, part);
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
    event_loc: r.place_name === null ? null : {
      text: r.place_text ?? r.place_name, span: r.place_start === null || r.place_end === null ? null : [r.place_start, r.place_end],
      name: r.place_name, country: r.place_country, lat: r.place_lat, lon: r.place_lon, from: r.place_from ?? null,
    },
    size: { dead: r.dead, injured: r.injured, arrested: r.arrested, approximate: r.size_approximate === 1 },
    modality: { negated: r.negated, hypothetical: r.hypothetical, future: r.future, claimed: r.claimed, background: r.background ?? false },
    span: [r.sentence_start, r.sentence_end], confidence: r.confidence, url: r.url, title: r.title,
    group_id: r.group_id ?? r.id, num_mentions: r.num_mentions ?? 1, num_articles: r.num_articles ?? 1, num_sources: r.num_sources ?? 1,
    reported_by: r.reported_by_json ?? null, date_granularity: r.date_granularity ?? null,
  };
}

const ARTICLE_COLUMNS = `id, doc_id, url, source, title, subtitle, byline, credit, published, published_from, language,
  body, text, layout_json, ingested_at`;

export async function getArticle(sql: Sql, id: string): Promise<StoredArticle | null> {
  const raw = await sql.get(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`, [id]);
  if (raw === undefined) return null;
  const { layout_json, ...rest } = ArticleRow.parse(raw);
  return { ...rest, ...layout_json };
}

export async function getSources(sql: Sql, articleId: string): Promise<ArticleSource[]> {
  // rowid: SQLite's own; a serial column of that name on PostgreSQL (migration 002).
  const rows = await sql.all(`SELECT doc_id, url, source, title, published, seen_at, match, similarity, input_id
    FROM article_sources WHERE article_id = ? ORDER BY seen_at, rowid`, [articleId]);
  return rows.map((r) => SourceRow.parse(r));
}

const count = async (sql: Sql, from: string): Promise<number> =>
  (await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${from}`))!.n;

export async function counts(sql: Sql): Promise<StoreCounts> {
  const factual = await count(sql, `events e WHERE ${FACTUAL}`);
  return {
    articles: await count(sql, 'articles'),
    events: factual,
    distinctEvents: await count(sql, `event_groups g JOIN events e ON e.id = g.representative WHERE ${FACTUAL}`),
    nonFactual: (await count(sql, 'events')) - factual,
    actors: await count(sql, 'actor_mentions'),
    places: await count(sql, 'places'),
    times: await count(sql, 'times'),
    skipped: await count(sql, 'intake_log'),
    duplicates: await count(sql, "article_sources WHERE match <> 'first'"),
  };
}

export async function summary(sql: Sql, top = 10): Promise<StoreSummary> {
  const topTypes = await sql.all<{ type: string; count: number }>(`SELECT type, COUNT(*) AS count FROM events e WHERE ${FACTUAL}
    GROUP BY type ORDER BY count DESC, type LIMIT ?`, [top]);
  const topActorCodes = await sql.all<{ code: string; count: number }>(`SELECT code, COUNT(DISTINCT event_id) AS count
    FROM event_participants p JOIN events e ON e.id = p.event_id WHERE code IS NOT NULL AND ${FACTUAL}
    GROUP BY code ORDER BY count DESC, code LIMIT ?`, [top]);
  const range = (await sql.get<{ first: string | null; last: string | null }>(
    `SELECT MIN(date_start) AS first, MAX(date_end) AS last FROM events e WHERE ${FACTUAL}`))!;
  return {
    counts: await counts(sql),
    topTypes,
    topActorCodes,
    dateRange: range.first !== null && range.last !== null ? { first: range.first, last: range.last } : null,
  };
}

/** The full-text matcher when it finds anything, else the substring one. */
async function matcherFor(sql: Sql, kind: 'article' | 'quote', q: string, from: string): Promise<Matcher> {
  const ft = fullText(sql, kind, q);
  if (ft) {
    try {
      if (await sql.get(`SELECT 1 AS x FROM ${from} ${ft.join} WHERE ${ft.where} LIMIT 1`, [...ft.joinArgs, ...ft.args])) return ft;
    } catch (err) {
      if (sql.dialect !== 'sqlite') throw err; // FTS5 refuses some token strings; fall back
    }
  }
  return substring(sql, kind, q);
}

export async function queryQuotes(sql: Sql, filter: QuoteFilter = {}): Promise<StoredQuote[]> {
  const where: string[] = [];
  const args: Arg[] = [];
  let m: Matcher | null = null;
  if (filter.speaker !== undefined) { where.push('(q.speaker_code = ? OR q.speaker_actor_id = ?)'); args.push(filter.speaker, filter.speaker); }
  if (filter.search !== undefined && filter.search.trim()) {
    m = await matcherFor(sql, 'quote', filter.search, 'quotes q');
    where.push(m.where); args.push(...m.args);
  }
  if (filter.docId !== undefined) { where.push('a.doc_id = ?'); args.push(filter.docId); }
  const all = [...(m?.scoreArgs ?? []), ...(m?.joinArgs ?? []), ...args];
  const text = `SELECT q.*, a.doc_id AS doc_id, a.title AS title, a.url AS url, a.published AS published, ${m?.score ?? '0'} AS score
    FROM quotes q ${m?.join ?? ''} JOIN articles a ON a.id = q.article_id
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY score DESC, a.published, q.article_id, q.ord${pageSql(sql, { limit: filter.limit }, all)}`;
  return (await sql.all(text, all)).map((raw) => {
    const r = QuoteRow.parse(raw);
    return {
      article_id: r.article_id, doc_id: r.doc_id, text: r.text, span: [r.start, r.end],
      speaker: r.speaker_actor_id || r.speaker_text ? { actor_id: r.speaker_actor_id, code: r.speaker_code, sector: r.speaker_sector, text: r.speaker_text } : null,
      title: r.title, url: r.url, published: r.published,
    };
  });
}

export async function listArticles(sql: Sql, filter: ArticleFilter = {}): Promise<Paged<ArticleListItem>> {
  const where: string[] = [];
  const args: Arg[] = [];
  let m: Matcher | null = null;
  if (filter.q !== undefined && filter.q.trim()) {
    m = await matcherFor(sql, 'article', filter.q, 'articles a');
    where.push(m.where); args.push(...m.args);
  }
  if (filter.since !== undefined) { where.push('a.published >= ?'); args.push(bound(filter.since, 'since')); }
  if (filter.until !== undefined) { where.push('substr(a.published, 1, 10) <= ?'); args.push(bound(filter.until, 'until')); }
  if (filter.source !== undefined) { where.push('a.source = ?'); args.push(filter.source); }
  const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
  const join = m?.join ?? '';
  const total = (await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles a ${join} ${w}`, [...(m?.joinArgs ?? []), ...args]))!.n;
  const all = [...(m?.scoreArgs ?? []), ...(m?.joinArgs ?? []), ...args];
  const items = await sql.all<ArticleListItem & { score?: number }>(`SELECT a.id, a.doc_id, a.url, a.source, a.title, a.published, a.language,
      (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id AND ${FACTUAL}) AS events, ${m?.score ?? '0'} AS score
    FROM articles a ${join} ${w} ORDER BY score DESC, (a.published IS NULL), a.published DESC, a.id${pageSql(sql, filter, all)}`, all);
  return { total, items: items.map(({ score: _score, ...item }) => item) };
}

export async function listActors(sql: Sql, filter: ActorFilter = {}): Promise<Paged<ActorSummary>> {
  const where: string[] = [];
  const args: Arg[] = [];
  const op = ilike(sql);
  if (filter.q !== undefined) {
    where.push(`(x.name ${op} ? ESCAPE '\\' OR x.id ${op} ? ESCAPE '\\' OR x.code = ?)`);
    args.push(like(filter.q), like(filter.q), filter.q.toUpperCase());
  }
  if (filter.code !== undefined) { where.push('x.code = ?'); args.push(filter.code.toUpperCase()); }
  const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
  const total = (await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM actors x ${w}`, args))!.n;
  const items = await sql.all<ActorSummary>(`SELECT x.id AS actor_id, x.name, x.code, x.sector,
      (SELECT COUNT(*) FROM actor_mentions m WHERE m.actor_id = x.id) AS mentions,
      (SELECT COUNT(DISTINCT p.event_id) FROM event_participants p JOIN events e ON e.id = p.event_id
        WHERE p.actor_id = x.id AND ${FACTUAL}) AS events
    FROM actors x ${w} ORDER BY events DESC, mentions DESC, x.id${pageSql(sql, filter, args)}`, args);
  return { total, items };
}

/** Ranked full-text search over article titles and texts and over quotes, best first. */
export async function search(sql: Sql, q: string, page: Page = {}): Promise<Paged<SearchHit>> {
  if (!q.trim()) return { total: 0, items: [] };
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  const want = page.limit === undefined ? undefined : offset + Math.max(0, Math.floor(page.limit));
  const am = await matcherFor(sql, 'article', q, 'articles a');
  const qm = await matcherFor(sql, 'quote', q, 'quotes q');
  const total = (await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles a ${am.join} WHERE ${am.where}`, [...am.joinArgs, ...am.args]))!.n
    + (await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM quotes q ${qm.join} WHERE ${qm.where}`, [...qm.joinArgs, ...qm.args]))!.n;
  // Each kind's best `want` rows suffice to fill the merged page.
  const aArgs = [...am.scoreArgs, ...am.joinArgs, ...am.args];
  const articles = await sql.all<{ id: string; title: string | null; published: string | null; text: string; score: number }>(
    `SELECT a.id, a.title, a.published, a.text, ${am.score} AS score FROM articles a ${am.join} WHERE ${am.where}
     ORDER BY score DESC, (a.published IS NULL), a.published DESC, a.id${pageSql(sql, { limit: want }, aArgs)}`, aArgs);
  const qArgs = [...qm.scoreArgs, ...qm.joinArgs, ...qm.args];
  const quotes = await sql.all<{ article_id: string; qs: number; qe: number; text: string; title: string | null; published: string | null; score: number }>(
    `SELECT q.article_id, q."start" AS qs, q."end" AS qe, q.text, a.title, a.published, ${qm.score} AS score
     FROM quotes q ${qm.join} JOIN articles a ON a.id = q.article_id WHERE ${qm.where}
     ORDER BY score DESC, (a.published IS NULL), a.published DESC, q.article_id, q.ord${pageSql(sql, { limit: want }, qArgs)}`, qArgs);
  const hits: { hit: SearchHit; score: number; order: number }[] = [];
  for (const a of articles) {
    const span = locate(a.text, q);
    hits.push({
      score: Number(a.score), order: hits.length,
      hit: {
        kind: 'article', article_id: a.id, title: a.title, published: a.published,
        snippet: span ? snippetOf(a.text, span[0], span[1]) : (a.title ?? ''), span,
      },
    });
  }
  for (const r of quotes) {
    hits.push({
      score: Number(r.score), order: hits.length,
      hit: { kind: 'quote', article_id: r.article_id, title: r.title, published: r.published, snippet: r.text, span: [r.qs, r.qe] },
    });
  }
  hits.sort((x, y) => y.score - x.score || x.order - y.order);
  const limit = page.limit === undefined ? hits.length : Math.max(0, Math.floor(page.limit));
  return { total, items: hits.slice(offset, offset + limit).map((h) => h.hit) };
}

export async function getAnnotations(sql: Sql, articleId: string): Promise<ArticleAnnotations | null> {
  if ((await sql.get('SELECT 1 AS x FROM articles WHERE id = ?', [articleId])) === undefined) return null;
  const actors = await sql.all<ArticleAnnotations['actors'][number]>(`SELECT m."start" AS start, m."end" AS "end", m.text, m.actor_id, x.name, x.code, x.sector, m.via
    FROM actor_mentions m JOIN actors x ON x.id = m.actor_id WHERE m.article_id = ? ORDER BY m."start", m.ord`, [articleId]);
  const times = await sql.all<ArticleAnnotations['times'][number]>(`SELECT "start" AS start, "end" AS "end", text, value, granularity FROM times
    WHERE article_id = ? ORDER BY "start", ord`, [articleId]);
  const places = await sql.all<ArticleAnnotations['places'][number]>(`SELECT "start" AS start, "end" AS "end", text, name, country, lat, lon, kind FROM places
    WHERE article_id = ? ORDER BY "start", ord`, [articleId]);
  return { actors, times, places };
}
