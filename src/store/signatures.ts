// The store's side of near-duplicate detection: writes each article's MinHash signature and band
// keys, finds the closest stored article through the band index, and records sources.
import {
  DUPLICATE_THRESHOLD, MINHASH_CONFIG, SIGNATURE_SCHEME, bands, signature, signatureFromBytes, signatureToBytes,
  similarity,
} from '../dedup/index.js';
import type { Doc } from '../types.js';
import { type Arg, type Sql, insertRows } from './sql.js';
import type { ArticleSource, DuplicateMatch } from './types.js';

export interface NearMatch { articleId: string; similarity: number }

// ingest asks findDuplicate first (to skip the NLP stages for copies), then stores: sign once per article.
const signed = new WeakMap<Doc['article'], Uint32Array>();

/** The MinHash signature of a Doc's article body, computed once per article object. */
export function signatureOf(doc: Doc): Uint32Array {
  let sig = signed.get(doc.article);
  if (!sig) {
    sig = signature(doc.article.body);
    signed.set(doc.article, sig);
  }
  return sig;
}

/** A signature computed elsewhere (an annotation worker signs at intake, off the writer thread) for this Doc's article. */
export function adoptSignature(doc: Doc, sig: Uint32Array): void {
  signed.set(doc.article, sig);
}


/** A signature's band keys, computed once per signature (the pre-check, the in-transaction check and the band rows each wanted them). */
const banded = new WeakMap<Uint32Array, string[]>();
export function bandsOf(sig: Uint32Array): string[] {
  let keys = banded.get(sig);
  if (!keys) banded.set(sig, (keys = bands(sig)));
  return keys;
}

/**
 * Articles `findDuplicate` found no copy of, with the store's change token the check read under
 * (taken before and after it, equal): a write transaction that begins under the same token sees
 * the same stored articles, plus those it added itself, so its check need only look at those.
 */
const checkedNew = new WeakMap<Doc['article'], { sql: Sql; token: string; id: string; body: string }>();

/**
 * Whether `findDuplicate` found nothing for this Doc on this connection when the store was as it
 * is under `token` (the token a write transaction read at its start).
 */
export function checkedAsNew(sql: Sql, doc: Doc, token: string): boolean {
  const c = checkedNew.get(doc.article);
  return c !== undefined && c.sql === sql && c.token === token && c.id === doc.article.id && c.body === doc.article.body;
}

/** An article added earlier in the current write transaction, for `nearestAdded`. */
export interface AddedSignature { articleId: string; ingestedAt: string; sig: Uint32Array }

/** The articles a write transaction added, by band key (the band index of just those). */
export type AddedBands = Map<string, AddedSignature[]>;

/** Files an added article under each of its band keys. */
export function addBands(index: AddedBands, added: AddedSignature): void {
  for (const key of new Set(bandsOf(added.sig))) {
    const list = index.get(key);
    if (list) list.push(added);
    else index.set(key, [added]);
  }
}

/** SQLite's order for TEXT (BINARY over UTF-8): code point order, which JS's `<` on UTF-16 units is not above U+FFFF. */
function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a.codePointAt(i)!, y = b.codePointAt(j)!;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/**
 * `nearest` over the articles given (those the transaction added) instead of the band index:
 * the same candidates (sharing a band key), in the same order (ingested_at, id) and the same choice.
 */
export function nearestAdded(index: AddedBands, sig: Uint32Array): NearMatch | null;
export function nearestAdded(index: AddedBands, sig: Uint32Array, withAt: true): (NearMatch & { at: string }) | null;
export function nearestAdded(index: AddedBands, sig: Uint32Array, withAt = false): (NearMatch & { at?: string }) | null {
  const bandKeys = bandsOf(sig);
  if (bandKeys.length !== MINHASH_CONFIG.bands) return null;
  const found = new Set<AddedSignature>();
  for (const key of bandKeys) for (const x of index.get(key) ?? []) found.add(x);
  if (found.size === 0) return null;
  const rows = [...found].sort((x, y) => byCodePoint(x.ingestedAt, y.ingestedAt) || byCodePoint(x.articleId, y.articleId));
  let best: (NearMatch & { at?: string }) | null = null;
  for (const row of rows) {
    const s = similarity(sig, row.sig);
    if (s >= DUPLICATE_THRESHOLD && (best === null || s > best.similarity)) best = withAt ? { articleId: row.articleId, similarity: s, at: row.ingestedAt } : { articleId: row.articleId, similarity: s };
  }
  return best;
}

export type SourceInput = Omit<ArticleSource, 'seen_at'> & { article_id: string };

const KEYS = Array.from({ length: MINHASH_CONFIG.bands }, () => '?').join(', ');
// Earliest article first, so among equally close candidates the original wins.
const CANDIDATES = `SELECT s.article_id, s.signature, a.ingested_at AS at FROM article_signatures s
  JOIN articles a ON a.id = s.article_id
  WHERE s.scheme = ? AND s.article_id IN (SELECT article_id FROM article_bands WHERE band_key IN (${KEYS}))
  ORDER BY a.ingested_at, a.id`;
// The same on PostgreSQL, from the band index outward with each candidate's signature and date read
// by key: planning the join above with tables not yet analysed (a fresh store filling fast), it
// scanned every stored signature for each story.
const CANDIDATES_PG = `WITH b AS MATERIALIZED (SELECT DISTINCT article_id FROM article_bands WHERE band_key IN (${KEYS}))
  SELECT article_id, signature, at FROM (SELECT b.article_id,
    (SELECT s.signature FROM article_signatures s WHERE s.article_id = b.article_id AND s.scheme = ?) AS signature,
    (SELECT a.ingested_at FROM articles a WHERE a.id = b.article_id) AS at
  FROM b) x WHERE signature IS NOT NULL AND at IS NOT NULL
  ORDER BY at, article_id`;

/** The closest stored article at or above the threshold, with its ingested_at (the order's first key). */
async function nearestStored(sql: Sql, sig: Uint32Array): Promise<(NearMatch & { at: string }) | null> {
  const bandKeys = bandsOf(sig);
  if (bandKeys.length !== MINHASH_CONFIG.bands) return null; // empty body: nothing to compare
  let best: (NearMatch & { at: string }) | null = null;
  const rows = await sql.all<{ article_id: string; signature: Uint8Array; at: string }>(...(sql.dialect === 'postgres'
    ? [CANDIDATES_PG, [...bandKeys, SIGNATURE_SCHEME]] as [string, string[]]
    : [CANDIDATES, [SIGNATURE_SCHEME, ...bandKeys]] as [string, string[]]));
  for (const row of rows) {
    const s = similarity(sig, signatureFromBytes(row.signature));
    if (s >= DUPLICATE_THRESHOLD && (best === null || s > best.similarity)) best = { articleId: row.article_id, similarity: s, at: row.at };
  }
  return best;
}

/** The most similar stored article at or above the threshold, or null. Reads only. */
export async function nearest(sql: Sql, sig: Uint32Array): Promise<NearMatch | null> {
  const best = await nearestStored(sql, sig);
  return best && { articleId: best.articleId, similarity: best.similarity };
}

/**
 * `nearest` over the stored articles and those a write transaction added but has not written yet
 * (their band and signature rows wait for the batch's end): the same choice as over both in one
 * index. Every candidate in `added` comes after the stored ones it ties with only by (ingested_at, id).
 */
export async function nearestWithAdded(sql: Sql, sig: Uint32Array, added: AddedBands): Promise<NearMatch | null> {
  const stored = await nearestStored(sql, sig);
  const fresh = nearestAdded(added, sig, true);
  if (!stored) return fresh && { articleId: fresh.articleId, similarity: fresh.similarity };
  const keep = !fresh || stored.similarity > fresh.similarity ||
    (stored.similarity === fresh.similarity && (byCodePoint(stored.at, fresh.at) || byCodePoint(stored.articleId, fresh.articleId)) < 0);
  const best = keep ? stored : fresh!;
  return { articleId: best.articleId, similarity: best.similarity };
}

/** The rows of an article's signature (article_signatures) and band keys (article_bands). */
export function signatureRows(articleId: string, sig: Uint32Array): { signature: Arg[]; bands: Arg[][] } {
  return {
    signature: [articleId, SIGNATURE_SCHEME, signatureToBytes(sig)],
    bands: [...new Set(bandsOf(sig))].map((key) => [key, articleId]),
  };
}

/** Writes signature rows (replacing any older ones of their articles) and band rows, as `signatureRows` gives them. */
export async function insertSignatures(sql: Sql, signatures: readonly Arg[][], bandRows: readonly Arg[][]): Promise<void> {
  await insertRows(sql, 'INSERT INTO article_signatures (article_id, scheme, signature)', 3, signatures,
    'ON CONFLICT (article_id) DO UPDATE SET scheme = excluded.scheme, signature = excluded.signature');
  await insertRows(sql, 'INSERT INTO article_bands (band_key, article_id)', 2, bandRows, 'ON CONFLICT DO NOTHING');
}

/**
 * Stores the signature and band keys of a stored article (replacing any older ones). An article the
 * write path adds gets its rows at the batch's end instead (`signatureRows`, `insertSignatures`).
 */
export async function indexSignature(sql: Sql, articleId: string, sig: Uint32Array): Promise<void> {
  const rows = signatureRows(articleId, sig);
  await sql.run('DELETE FROM article_bands WHERE article_id = ?', [articleId]);
  await insertSignatures(sql, [rows.signature], rows.bands);
}

const SOURCE_INSERT = 'INSERT INTO article_sources (article_id, doc_id, url, source, title, published, seen_at, match, similarity, input_id)';

/** An article_sources row, seen now. */
export const sourceRow = (row: SourceInput): Arg[] => [row.article_id, row.doc_id, row.url, row.source, row.title, row.published,
  new Date().toISOString(), row.match, row.similarity, row.input_id];

/** Records an input as a source of an article; false when that (doc id, url) was already recorded. */
export async function addSource(sql: Sql, row: SourceInput): Promise<boolean> {
  return (await sql.run(`${SOURCE_INSERT} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, sourceRow(row))) > 0;
}

/** Writes source rows as `sourceRow` gives them, in their order. */
export async function insertSources(sql: Sql, rows: readonly Arg[][]): Promise<void> {
  await insertRows(sql, SOURCE_INSERT, 10, rows, 'ON CONFLICT DO NOTHING');
}

/**
 * Signs articles that have no signature yet, or one made with other MinHash settings (stores
 * from before migration 002, or after data/dedup/minhash.json changed). Returns how many.
 */
export async function signStale(sql: Sql): Promise<number> {
  const stale = await sql.all<{ id: string; body: string }>(`SELECT a.id, a.body FROM articles a
    LEFT JOIN article_signatures s ON s.article_id = a.id
    WHERE s.article_id IS NULL OR s.scheme <> ?`, [SIGNATURE_SCHEME]);
  if (stale.length === 0) return 0;
  await sql.write(async (tx) => {
    for (const a of stale) await indexSignature(tx, a.id, signature(a.body));
  });
  return stale.length;
}

/** Store.findDuplicate: what ingest would match this Doc to, without writing anything. */
export async function findDuplicate(sql: Sql, doc: Doc): Promise<DuplicateMatch | null> {
  const a = doc.article;
  const token = await sql.changeToken?.();
  // run for every story with the same texts: prepared on PostgreSQL (parsing and planning them was
  // about 0.4 ms of the server's CPU per story)
  const reads = sql.recurring ?? sql;
  if (await reads.get('SELECT 1 AS x FROM articles WHERE id = ?', [a.id])) {
    return { articleId: a.id, match: 'exact', similarity: 1 };
  }
  const near = await nearest(reads, signatureOf(doc));
  // both reads saw one state when nothing was committed between them
  if (!near && token !== undefined && (await sql.changeToken!()) === token) checkedNew.set(a, { sql, token, id: a.id, body: a.body });
  return near && { ...near, match: 'near' };
}
