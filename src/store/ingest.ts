// Writes one annotated Doc: article, annotations and events, all or nothing. An input whose body
// is already stored, exactly or as a near copy, only adds a source row: events are coded once per story.
import type { Doc, Event } from '../types.js';
import { periodOf } from './dates.js';
import { type FreshEvent, type GroupBatch, type KeyRow, KEY_FIELDS, assignGroups, finishGroups, groupBatch } from './groups.js';
import {
  type AddedBands, addBands, addSource, checkedAsNew, insertSignatures, insertSources, nearestAdded, nearestWithAdded, signatureOf,
  signatureRows, sourceRow, type SourceInput,
} from './signatures.js';
import { type Arg, type Sql, insertRows } from './sql.js';
import { FACTUAL, addDistinct, articlesScope, bumpVersion, summarize } from './summaries.js';
import type { IngestOptions, IngestResult } from './types.js';
import { at } from '../at.js';

const bool = (b: boolean): number => (b ? 1 : 0);

/** Stored event id: event ids are only unique within their document. */
export function storedEventId(articleId: string, eventId: string): string {
  return `${articleId}:${eventId}`;
}

const EVENT_COLUMNS = `id, local_id, article_id, doc_id, type, mode, context_json, date, date_from,
  date_start, date_end, place_name, place_country, place_lat, place_lon, place_text, place_start, place_end,
  dead, injured, arrested, size_approximate, negated, hypothetical, future, claimed, quad_code, cameo, goldstein, plover_score,
  sentence_start, sentence_end, trigger_start, trigger_end, event_text, trigger_text, confidence, reported_by_json, date_granularity, background, place_from`;

const EVENT_COLUMN_COUNT = EVENT_COLUMNS.split(',').length;

function eventRow(doc: Doc, e: Event): Arg[] {
  const period = e.date ? periodOf(e.date) : null;
  const p = e.place;
  return [
    storedEventId(doc.article.id, e.id), e.id, doc.article.id, doc.id, e.type, e.mode, JSON.stringify(e.context), e.date, e.dateFrom,
    period?.start ?? null, period?.end ?? null, p?.name ?? null, p?.country ?? null, p?.lat ?? null, p?.lon ?? null,
    p?.text ?? null, p?.start ?? null, p?.end ?? null,
    e.size.dead, e.size.injured, e.size.arrested, bool(e.size.approximate === true),
    bool(e.modality.negated), bool(e.modality.hypothetical), bool(e.modality.future), bool(e.modality.claimed),
    e.quad_code, e.cameo, e.goldstein, e.plover_score,
    e.sentence.start, e.sentence.end, e.trigger.start, e.trigger.end,
    // Kept beside the spans because SQL counts characters, JS counts UTF-16 units.
    doc.text.slice(e.sentence.start, e.sentence.end), doc.text.slice(e.trigger.start, e.trigger.end), e.confidence,
    e.reportedBy ? JSON.stringify({ actor_id: e.reportedBy.actorId, code: e.reportedBy.code, sector: e.reportedBy.sector, text: e.reportedBy.text, span: [e.reportedBy.start, e.reportedBy.end] }) : null,
    e.dateGranularity ?? null,
    bool(e.modality.background === true),
    e.place ? e.placeFrom ?? null : null,
  ];
}

/** Each events column's place in an eventRow. */
const EVENT_COLUMN_AT = new Map(EVENT_COLUMNS.split(',').map((c, i) => [c.trim(), i]));

/** What grouping reads of an event just written: the values of its row (eventRow) and its participants (groups.ts). */
function freshEvent(values: readonly Arg[], e: Event): FreshEvent {
  // group_id is not written with the row (a new event has none yet); an unset value reads back as null
  const row = Object.fromEntries(KEY_FIELDS.map((f) => [f, f === 'group_id' ? null : values[EVENT_COLUMN_AT.get(f)!] ?? null])) as unknown as KeyRow;
  const party = (r: Event['actor'][number]) => ({ id: r.actorId, code: r.code ?? null, sector: r.sector ?? null });
  return { row, actors: e.actor.map(party), recipients: e.recipient.map(party) };
}

/**
 * Rows of an article's annotations that nothing else in its transaction reads back (grouping reads
 * events and participants), or that it reads from here until the batch's end (the duplicate check
 * takes the batch's own signatures from `signed`): a batch collects them and writes each table
 * with one multi-row INSERT at its end (`writeDeferred`). On PostgreSQL each was a round trip per story.
 */
interface Deferred {
  /** Canonical actors by id, the first description seen winning (as ON CONFLICT DO NOTHING would). */
  actors: Map<string, Arg[]>;
  mentions: Arg[][];
  times: Arg[][];
  places: Arg[][];
  quotes: Arg[][];
  /** Articles added, for one summary pass over all of them. */
  added: string[];
  /** Event groups touched, refreshed once (groups.ts). */
  groups: GroupBatch;
  /** The articles added so far, by band key: a story checked as new before the transaction need only be compared with these. */
  signed: AddedBands;
  /** Their article_signatures and article_bands rows. */
  signatures: Arg[][];
  bands: Arg[][];
  /** article_sources rows of the articles added ('first'); written before any other source row, so rows keep their order. */
  sources: Arg[][];
  /** The articles added, in order, for their full-text rows (SQLite, migration 020): written last, in one flush of FTS5's memory. */
  indexed: string[];
}

const deferred = (): Deferred => ({
  actors: new Map(), mentions: [], times: [], places: [], quotes: [], added: [], groups: groupBatch(), signed: new Map(),
  signatures: [], bands: [], sources: [], indexed: [],
});

/** Writes the batch's waiting source rows (before a source row written at once, or grouping's read of the sources). */
async function writeSources(tx: Sql, d: Deferred): Promise<void> {
  await insertSources(tx, d.sources);
  d.sources = [];
}

function deferRows(out: Deferred, doc: Doc): void {
  const id = doc.article.id;
  out.indexed.push(id);
  for (const m of doc.actors) {
    const x = m.actor;
    if (!out.actors.has(x.id)) out.actors.set(x.id, [x.id, x.name, x.code, x.sector, x.wikidata]);
  }
  doc.actors.forEach((m, ord) => out.mentions.push([id, ord, m.actor.id, m.start, m.end, m.text, m.via, m.antecedent ?? null]));
  doc.times.forEach((t, ord) => out.times.push([id, ord, t.start, t.end, t.text, t.value, t.granularity, JSON.stringify(t.tags ?? [])]));
  doc.places.forEach((p, ord) => out.places.push([id, ord, p.start, p.end, p.text, p.name, p.country, p.lat, p.lon, p.kind, p.geonameid ?? null]));
  (doc.quotes ?? []).forEach((q, ord) => out.quotes.push([id, ord, q.start, q.end, q.text, q.speaker?.actorId ?? null, q.speaker?.code ?? null,
    q.speaker?.sector ?? null, q.speakerText, q.speaker?.start ?? null, q.speaker?.end ?? null, q.kind]));
}

async function writeDeferred(tx: Sql, d: Deferred): Promise<void> {
  await insertSignatures(tx, d.signatures, d.bands);
  await writeSources(tx, d); // the group refresh counts sources
  // canonical actors are shared between articles; sorted by id, as each article's were
  await insertRows(tx, 'INSERT INTO actors (id, name, code, sector, wikidata)', 5,
    [...d.actors.values()].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)), 'ON CONFLICT (id) DO NOTHING');
  await insertRows(tx, 'INSERT INTO actor_mentions (article_id, ord, actor_id, "start", "end", text, via, antecedent)', 8, d.mentions);
  await insertRows(tx, 'INSERT INTO times (article_id, ord, "start", "end", text, value, granularity, tags_json)', 8, d.times);
  await insertRows(tx, 'INSERT INTO places (article_id, ord, "start", "end", text, name, country, lat, lon, kind, geonameid)', 11, d.places);
  await insertRows(tx, `INSERT INTO quotes (article_id, ord, "start", "end", text, speaker_actor_id, speaker_code, speaker_sector,
    speaker_text, speaker_start, speaker_end, kind)`, 12, d.quotes);
  // the summaries are sums over events: one pass over the batch's articles adds what one per article would
  for (let i = 0; i < d.added.length; i += 500) await summarize(tx, articlesScope(d.added.slice(i, i + 500)), 1);
  await finishGroups(tx, d.groups);
  // last: FTS5 keeps these in memory until the commit, instead of a segment per statement that followed them
  if (tx.dialect === 'sqlite') await writeFts(tx, d);
}

/** The articles this transaction added: every row from its first one on (a new row's rowid is above every stored one). */
const FROM_FIRST = 'rowid >= (SELECT rowid FROM articles WHERE id = ?)';

/**
 * The full-text rows the insert triggers wrote before migration 020 (005's trigger bodies), in
 * the order the rows were inserted, so with the same rowids. Read back from the rows just written:
 * one statement text whatever the batch, and the texts are not bound a second time.
 */
async function writeFts(tx: Sql, d: Deferred): Promise<void> {
  const first = d.indexed[0];
  if (first === undefined) return;
  await tx.run(`INSERT INTO articles_fts (article_id, title, text) SELECT id, COALESCE(title, ''), text FROM articles
    WHERE ${FROM_FIRST} ORDER BY rowid`, [first]);
  await tx.run(`INSERT INTO quotes_fts (article_id, ord, text) SELECT article_id, ord, text FROM quotes
    WHERE article_id IN (SELECT id FROM articles WHERE ${FROM_FIRST}) ORDER BY rowid`, [first]);
}

/** The article row, its events and their participants; false when the article was there already, else its events as grouping reads them. */
async function writeArticleRow(tx: Sql, doc: Doc, source: string | null, ingestedAt = new Date().toISOString()): Promise<false | FreshEvent[]> {
  const a = doc.article;
  // ON CONFLICT: a writer that lost a race to the same article stores nothing (PostgreSQL waits
  // for the winner's commit, then sees the conflict).
  const inserted = await tx.run(`INSERT INTO articles (id, doc_id, url, source, title, subtitle, byline, credit,
    published, published_from, language, body, text, layout_json, ingested_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`, [
    a.id, doc.id, a.url, source, a.title, a.subtitle, a.byline, a.credit, a.published, a.publishedFrom, a.language,
    a.body, doc.text, JSON.stringify({ paragraphs: a.paragraphs, zones: doc.zones, messages: doc.messages }),
    ingestedAt,
  ]);
  if (inserted === 0) return false;
  const events = [...doc.events, ...(doc.nonFactual ?? [])];
  const rows = events.map((e) => eventRow(doc, e));
  await insertRows(tx, `INSERT INTO events (${EVENT_COLUMNS})`, EVENT_COLUMN_COUNT, rows);
  await insertRows(tx, 'INSERT INTO event_participants (event_id, role, ord, actor_id, code, sector, text, "start", "end")', 9,
    events.flatMap((e) => (['actor', 'recipient'] as const).flatMap((role) =>
      e[role].map((r, ord): Arg[] => [storedEventId(a.id, e.id), role, ord, r.actorId, r.code, r.sector, r.text, r.start, r.end]))));
  return events.map((e, i) => freshEvent(at(rows, i), e));
}

/** Stores one Doc in one write transaction; safe to call again with the same Doc (at-least-once delivery). */
export async function ingest(sql: Sql, doc: Doc, opts: IngestOptions = {}): Promise<IngestResult> {
  return (await ingestMany(sql, [{ doc, opts }]))[0]!;
}

/**
 * Group commit: several Docs in one transaction. The per-transaction cost (COMMIT, FTS5 segment
 * flush, WAL checkpoints) was most of the writer's time with one story per transaction.
 */
export async function ingestMany(sql: Sql, items: readonly { doc: Doc; opts?: IngestOptions }[]): Promise<IngestResult[]> {
  const sigs = items.map((x) => signatureOf(x.doc));
  return sql.write(async (tx) => {
    const out: IngestResult[] = [];
    const rest = deferred();
    // the store as the transaction found it: stories checked as new under this token need no second look at older articles
    const token = await tx.changeToken?.();
    // one count per story (even a copy adds a source, which changes its events' outlet counts), in one statement
    if (items.length > 0) await bumpVersion(tx, items.length);
    const stored = await storedIds(tx, items.map((x) => x.doc.article.id));
    for (const [i, x] of items.entries()) {
      const checked = token !== undefined && checkedAsNew(tx, x.doc, token);
      out.push(await ingestIn(tx, x.doc, at(sigs, i), x.opts ?? {}, rest, checked, stored));
    }
    await writeDeferred(tx, rest);
    return out;
  });
}

/** One statement text whatever the batch (so prepared once): the ids as one JSON array parameter. */
const STORED_SQLITE = 'SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))';
const STORED_PG = 'SELECT id FROM articles WHERE id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))';

/**
 * Which of a batch's article ids the store holds as its transaction begins: one statement for the
 * batch instead of one per story (on PostgreSQL a round trip each, 7% of the writer's wall time
 * on the bench corpus). The writer lock is held, so only this transaction adds articles until its
 * commit; ingestIn adds what it writes, so a second copy of an id in the batch reads as stored.
 */
async function storedIds(tx: Sql, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.all<{ id: string }>(tx.dialect === 'sqlite' ? STORED_SQLITE : STORED_PG, [JSON.stringify(ids)]);
  return new Set(rows.map((r) => r.id));
}

/**
 * `checked`: findDuplicate found no copy in the store as this transaction began (signatures.ts, checkedAsNew).
 * `stored`: the article ids in the store now (storedIds, then each one this transaction wrote).
 */
async function ingestIn(tx: Sql, doc: Doc, sig: Uint32Array, opts: IngestOptions, rest: Deferred, checked: boolean, stored: Set<string>): Promise<IngestResult> {
  const a = doc.article;
  const source = a.source ?? opts.source ?? null;
  const seen = async (article_id: string, match: SourceInput['match'], similarity: number) => {
    await writeSources(tx, rest); // this row after the batch's earlier ones, and its conflict against them
    const added = await addSource(tx, {
      article_id, doc_id: doc.id, url: a.url, source, title: a.title, published: a.published,
      match, similarity, input_id: a.id,
    });
    if (added && match !== 'first') rest.groups.sourced.add(article_id); // one more outlet for its events' groups
  };
  if (stored.has(a.id)) {
    await seen(a.id, 'exact', 1);
    return { article: 'exists', events: 0 };
  }
  // a copy is then one of the articles this transaction added before it: the same answer as the band index gives
  const near = checked ? nearestAdded(rest.signed, sig) : await nearestWithAdded(tx, sig, rest.signed);
  if (near) {
    await seen(near.articleId, 'near', near.similarity);
    return { article: 'duplicate', duplicateOf: near.articleId, events: 0 };
  }
  const ingestedAt = new Date().toISOString();
  const events = await writeArticleRow(tx, doc, source, ingestedAt);
  if (!events) {
    await seen(a.id, 'exact', 1);
    return { article: 'exists', events: 0 };
  }
  stored.add(a.id);
  deferRows(rest, doc);
  rest.added.push(a.id);
  addBands(rest.signed, { articleId: a.id, ingestedAt, sig });
  const signedRows = signatureRows(a.id, sig);
  rest.signatures.push(signedRows.signature);
  for (const b of signedRows.bands) rest.bands.push(b);
  rest.sources.push(sourceRow({
    article_id: a.id, doc_id: doc.id, url: a.url, source, title: a.title, published: a.published,
    match: 'first', similarity: 1, input_id: a.id,
  }));
  await assignGroups(tx, events.map((e) => e.row.id), rest.groups, events);
  return { article: 'added', events: doc.events.length };
}

/**
 * Bulk load for generated or already deduplicated Docs (the page bench): articles and events are
 * written as ingest writes them, without the near-copy check or event grouping, and the summaries
 * are added once per batch. One transaction per call.
 */
export async function ingestBulk(sql: Sql, docs: readonly Doc[]): Promise<number> {
  return sql.write(async (tx) => {
    await bumpVersion(tx);
    const added: string[] = [];
    const rest = deferred();
    for (const doc of docs) {
      if (!(await writeArticleRow(tx, doc, doc.article.source ?? null))) continue;
      deferRows(rest, doc);
      added.push(doc.article.id);
    }
    await writeDeferred(tx, { ...rest, added: [] }); // summarized below, with the groups
    for (let i = 0; i < added.length; i += 500) {
      const scope = articlesScope(added.slice(i, i + 500));
      // each event its own group (no grouping here), so opening the store finds none to group
      const where = scope.where.replaceAll('{col}', 'article_id');
      await tx.run(`INSERT INTO event_groups (id, type, representative, mentions, articles, sources)
        SELECT id, type, id, 1, 1, 1 FROM events WHERE ${where}`, scope.args);
      await tx.run(`UPDATE events SET group_id = id WHERE ${where}`, scope.args);
      await addDistinct(tx, Number((await tx.get<{ n: number }>(`SELECT COUNT(*) AS n FROM events e WHERE ${FACTUAL} AND ${where.replaceAll('article_id', 'e.article_id')}`, scope.args))?.n ?? 0));
      await summarize(tx, scope, 1);
    }
    return added.length;
  });
}
