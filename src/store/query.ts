// Read side: events as PLOVER-shaped records, lists, full-text search, counts and a summary.
// Written once over the Sql surface; the few dialect differences are spelled out where they occur.
import { periodOf } from './dates.js';
import { ArticleRow, EventRow, ParticipantRow, QuoteRow, SourceRow } from './rows.js';
import { type Matcher, fullText, ilike, like, locate, snippetOf, substring } from './search.js';
import type { Arg, Sql } from './sql.js';
import { factualTotal, partyCount } from './aggregate.js';
import { FACTUAL, partyIds } from './summaries.js';
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


/**
 * `walk`: test each event for its parties (EXISTS) while walking the date order, instead of
 * listing the party's events first (IN); the quicker plan for a page of a frequent party. The
 * parties are tested before the factual flags (CASE fixes the order): the test reads the
 * participants' index, the flags the event's row, so only the party's events have theirs read.
 */
function eventWhere(filter: EventFilter, walk = false): { sql: string; args: Arg[] } {
  const where: string[] = [];
  const args: Arg[] = [];
  let factual = !filter.includeNonFactual;
  for (const role of ['actor', 'recipient'] as const) {
    const who = filter[role];
    if (who === undefined) continue;
    const keys = typeof who === 'string' ? [who] : who;
    const list = keys.map(() => '?').join(', ');
    where.push(walk
      ? `EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.role = '${role}' AND (p.code IN (${list}) OR p.actor_id IN (${list})))`
      : `e.id IN (${partyIds(role, list)})`);
    args.push(...keys, ...keys);
  }
  if (walk && where.length) {
    where.splice(0, where.length, `CASE WHEN ${where.join(' AND ')} THEN ${factual ? FACTUAL : '1 = 1'} ELSE 1 = 0 END`);
    factual = false;
  }
  if (filter.type !== undefined) { where.push('e.type = ?'); args.push(filter.type.toUpperCase()); }
  if (filter.country !== undefined) { where.push('e.place_country = ?'); args.push(filter.country.toUpperCase()); }
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
  if (factual) where.push(FACTUAL);
  return { sql: where.length ? 'WHERE ' + where.join(' AND ') : '', args };
}

/** With `distinct`, one event per group among those matching: the best-scored one. */
function distinctWhere(filter: EventFilter, walk = false): { sql: string; args: Arg[] } {
  const base = eventWhere(filter, walk);
  if (!filter.distinct) return base;
  const pick = `e.id IN (SELECT x.id FROM (SELECT e.id AS id, ROW_NUMBER() OVER (
      PARTITION BY COALESCE(e.group_id, e.id) ORDER BY e.confidence DESC, e.id) AS rn
    FROM events e ${base.sql}) x WHERE x.rn = 1)`;
  return { sql: (base.sql ? `${base.sql} AND ` : 'WHERE ') + pick, args: [...base.args, ...base.args] };
}

/** Whether a page of this filter is quicker walking the date order (its parties are in at least 0.5% of events: 100 of them within about 20,000 events). */
async function walkable(sql: Sql, filter: EventFilter): Promise<boolean> {
  if (filter.limit === undefined || filter.limit > 1000 || filter.order !== 'newest' || filter.distinct) return false;
  const keys = (v: EventFilter['actor']) => (v === undefined ? [] : typeof v === 'string' ? [v] : [...v]);
  const a = keys(filter.actor), r = keys(filter.recipient);
  if (!a.length && !r.length) return false;
  const total = await factualTotal(sql);
  const n = Math.min(a.length ? await partyCount(sql, 'actor', a) : Infinity, r.length ? await partyCount(sql, 'recipient', r) : Infinity);
  return total > 0 && n >= total * 0.005;
}

const SELECT_EVENT = `SELECT e.*, a.url AS url, a.title AS title,
      g.mentions AS num_mentions, g.articles AS num_articles, g.sources AS num_sources
    FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN event_groups g ON g.id = e.group_id`;

/** The events of one party (any of its keys) on one side, as a driving set of ids. */
function partySet(role: 'actor' | 'recipient', who: string | readonly string[]): { sql: string; args: Arg[] } {
  const keys = typeof who === 'string' ? [who] : [...who];
  const list = keys.map(() => '?').join(', ');
  return { sql: `(${partyIds(role, list)}) px`, args: [...keys, ...keys] };
}

export async function queryEvents(sql: Sql, filter: EventFilter = {}): Promise<StoredEvent[]> {
  const walk = await walkable(sql, filter);
  const { sql: where, args } = distinctWhere(filter, walk);
  const page = keyset(filter);
  const w = page ? (where ? `${where} AND ${page.sql}` : `WHERE ${page.sql}`) : where;
  if (page) args.push(...page.args);
  // NULLS LAST on both backends (undated events come last); the newest order walks the events_newest index
  const order = filter.order === 'newest'
    ? 'e.date_start DESC NULLS LAST, e.date DESC NULLS LAST, e.id DESC'
    : "(e.date_start IS NULL), e.date_start, COALESCE(e.date, ''), e.id";
  let rows: EventRow[];
  const small = filter.limit !== undefined && filter.limit <= 1000;
  if (!small) {
    rows = (await sql.all(`${SELECT_EVENT} ${w} ORDER BY ${order}${pageSql(sql, filter, args)}`, args)).map((r) => EventRow.parse(r));
  } else {
    // A page: its ids first (ordering columns only), then the rows of those ids. A party that is in
    // few events drives the query from its own events (CROSS JOIN keeps SQLite from walking every
    // event in date order looking for them); a frequent one is met soon enough walking the order.
    const party = walk ? null : filter.actor !== undefined ? partySet('actor', filter.actor) : filter.recipient !== undefined ? partySet('recipient', filter.recipient) : null;
    const from = party ? `${party.sql} CROSS JOIN events e` : 'events e';
    const on = party ? (w ? `${w} AND e.id = px.event_id` : 'WHERE e.id = px.event_id') : w;
    const idArgs = [...(party?.args ?? []), ...args];
    const ids = (await sql.all<{ id: string }>(`SELECT e.id AS id FROM ${from} ${on} ORDER BY ${order}${pageSql(sql, filter, idArgs)}`, idArgs)).map((r) => r.id);
    const byId = new Map<string, EventRow>();
    if (ids.length) {
      for (const raw of await sql.all(`${SELECT_EVENT} WHERE e.id IN (${ids.map(() => '?').join(', ')})`, ids)) {
        const r = EventRow.parse(raw);
        byId.set(r.id, r);
      }
    }
    rows = ids.map((id) => byId.get(id)!).filter(Boolean);
  }
  const people = await participantsOf(sql, rows.map((r) => r.id));
  return rows.map((r) => toStored(r, people.get(r.id)));
}

/** Keyset pagination: the rows after the cursor in the filter's order (undated rows last). */
function keyset(filter: EventFilter): { sql: string; args: Arg[] } | null {
  const c = filter.after;
  if (!c) return null;
  const lt = filter.order === 'newest' ? '<' : '>';
  if (c.start !== null) {
    return {
      sql: `(e.date_start ${lt} ? OR (e.date_start = ? AND (COALESCE(e.date, '') ${lt} ? OR (COALESCE(e.date, '') = ? AND e.id ${lt} ?))) OR e.date_start IS NULL)`,
      args: [c.start, c.start, c.date ?? '', c.date ?? '', c.id],
    };
  }
  return {
    sql: `(e.date_start IS NULL AND (COALESCE(e.date, '') ${lt} ? OR (COALESCE(e.date, '') = ? AND e.id ${lt} ?)))`,
    args: [c.date ?? '', c.date ?? '', c.id],
  };
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

/** Row counts of the big tables, kept by the summaries (store/summaries.ts), not counted per call. */
async function totals(sql: Sql): Promise<Map<string, number>> {
  const rows = await sql.all<{ name: string; n: number }>('SELECT name, n FROM sum_totals');
  return new Map(rows.map((r) => [r.name, Number(r.n)]));
}

export async function counts(sql: Sql): Promise<StoreCounts> {
  const t = await totals(sql);
  const factual = await factualTotal(sql);
  return {
    articles: t.get('articles') ?? 0,
    events: factual,
    distinctEvents: t.get('distinct') ?? 0,
    nonFactual: (t.get('events') ?? 0) - factual,
    actors: t.get('actor_mentions') ?? 0,
    places: t.get('places') ?? 0,
    times: t.get('times') ?? 0,
    skipped: await count(sql, 'intake_log'),
    duplicates: await count(sql, "article_sources WHERE match <> 'first'"),
  };
}

export async function summary(sql: Sql, top = 10): Promise<StoreSummary> {
  const topTypes = (await sql.all<{ type: string; count: number }>(`SELECT type, SUM(n) AS count FROM sum_day
    GROUP BY type ORDER BY count DESC, type LIMIT ?`, [top])).map((r) => ({ type: r.type, count: Number(r.count) }));
  // codes only: actor ids that are not codes (putin-vladimir) are in sum_party too
  const topActorCodes = (await sql.all<{ code: string; count: number }>(`SELECT s.key AS code, s.n AS count FROM sum_party s
    WHERE s.role = 'any' AND EXISTS (SELECT 1 FROM actors x WHERE x.code = s.key) ORDER BY s.n DESC, s.key LIMIT ?`, [top]))
    .map((r) => ({ code: r.code, count: Number(r.count) }));
  // the first and last event dates by index (MIN/MAX on an indexed column read one row each)
  const first = (await sql.get<{ d: string | null }>(`SELECT MIN(e.date_start) AS d FROM events e WHERE e.date_start IS NOT NULL AND ${FACTUAL}`))?.d ?? null;
  const last = (await sql.get<{ d: string | null }>(`SELECT MAX(e.date_end) AS d FROM events e WHERE e.date_end IS NOT NULL AND ${FACTUAL}`))?.d ?? null;
  return {
    counts: await counts(sql),
    topTypes,
    topActorCodes,
    dateRange: first !== null && last !== null ? { first, last } : null,
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
  if (filter.kind !== undefined) { where.push('q.kind = ?'); args.push(filter.kind); }
  const all = [...(m?.scoreArgs ?? []), ...(m?.joinArgs ?? []), ...args];
  const text = `SELECT q.*, a.doc_id AS doc_id, a.title AS title, a.url AS url, a.published AS published, ${m?.score ?? '0'} AS score
    FROM quotes q ${m?.join ?? ''} JOIN articles a ON a.id = q.article_id
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY score DESC, a.published, q.article_id, q.ord${pageSql(sql, { limit: filter.limit }, all)}`;
  return (await sql.all(text, all)).map((raw) => {
    const r = QuoteRow.parse(raw);
    return {
      article_id: r.article_id, doc_id: r.doc_id, text: r.text, span: [r.start, r.end], kind: r.kind,
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
      (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id AND ${FACTUAL}) AS events,
      CASE WHEN a.title IS NULL OR a.title = '' THEN substr(a.text, 1, 160) END AS lead, ${m?.score ?? '0'} AS score
    FROM articles a ${join} ${w} ORDER BY score DESC, (a.published IS NULL), a.published DESC, a.id${pageSql(sql, filter, all)}`, all);
  return { total, items: items.map(({ score: _score, ...item }) => item) };
}

export async function listActors(sql: Sql, filter: ActorFilter = {}): Promise<Paged<ActorSummary>> {
  const where: string[] = [];
  const args: Arg[] = [];
  const op = ilike(sql);
  const order: string[] = [];
  const orderArgs: Arg[] = [];
  if (filter.q !== undefined) {
    const q = filter.q.trim();
    where.push(`(x.name ${op} ? ESCAPE '\\' OR x.id ${op} ? ESCAPE '\\' OR x.code = ?)`);
    args.push(like(q), like(q), q.toUpperCase());
    // the code itself, then names and ids starting with the words, then the rest
    order.push(`CASE WHEN x.code = ? AND x.id = x.code THEN 0 WHEN lower(x.name) LIKE ? ESCAPE '\\' OR lower(x.id) LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END`);
    const prefix = `${like(q.toLowerCase()).slice(1)}`;
    orderArgs.push(q.toUpperCase(), prefix, prefix);
  }
  if (filter.code !== undefined) { where.push('x.code = ?'); args.push(filter.code.toUpperCase()); }
  const w = where.length ? 'WHERE ' + where.join(' AND ') : '';
  const total = (await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM actors x ${w}`, args))!.n;
  const all = [...args, ...orderArgs];
  const items = await sql.all<ActorSummary>(`SELECT x.id AS actor_id, x.name, x.code, x.sector,
      COALESCE(c.mentions, 0) AS mentions, COALESCE(c.events, 0) AS events
    FROM actors x LEFT JOIN actor_counts c ON c.actor_id = x.id ${w}
    ORDER BY ${[...order, 'COALESCE(c.events, 0) DESC', 'COALESCE(c.mentions, 0) DESC', 'x.id'].join(', ')}${pageSql(sql, filter, all)}`, all);
  return { total, items: items.map((r) => ({ ...r, mentions: Number(r.mentions), events: Number(r.events) })) };
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
