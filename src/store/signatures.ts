// The store's side of near-duplicate detection: writes each article's MinHash signature and band
// keys, finds the closest stored article through the band index, and records sources.
import type Database from 'better-sqlite3';
import {
  DUPLICATE_THRESHOLD, MINHASH_CONFIG, SIGNATURE_SCHEME, bands, signature, signatureFromBytes, signatureToBytes,
  similarity,
} from '../dedup/index.js';
import type { Doc } from '../types.js';
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

export type SourceInput = Omit<ArticleSource, 'seen_at'> & { article_id: string };

export interface DedupIndex {
  /** The most similar stored article at or above the threshold, or null. Reads only. */
  nearest(sig: Uint32Array): NearMatch | null;
  /** Stores the signature and band keys of an article (replacing any older ones). */
  index(articleId: string, sig: Uint32Array): void;
  /** Records an input as a source of an article; false when that (doc id, url) was already recorded. */
  addSource(row: SourceInput): boolean;
}

export function makeDedupIndex(db: Database.Database): DedupIndex {
  const keys = Array.from({ length: MINHASH_CONFIG.bands }, () => '?').join(', ');
  // Earliest article first, so among equally close candidates the original wins.
  const candidates = db.prepare(`SELECT s.article_id, s.signature FROM article_signatures s
    JOIN articles a ON a.id = s.article_id
    WHERE s.scheme = ? AND s.article_id IN (SELECT article_id FROM article_bands WHERE band_key IN (${keys}))
    ORDER BY a.ingested_at, a.id`);
  const putSig = db.prepare(`INSERT INTO article_signatures (article_id, scheme, signature) VALUES (?, ?, ?)
    ON CONFLICT (article_id) DO UPDATE SET scheme = excluded.scheme, signature = excluded.signature`);
  const dropBands = db.prepare('DELETE FROM article_bands WHERE article_id = ?');
  const putBand = db.prepare('INSERT INTO article_bands (band_key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const putSource = db.prepare(`INSERT INTO article_sources
    (article_id, doc_id, url, source, title, published, seen_at, match, similarity, input_id)
    VALUES (@article_id, @doc_id, @url, @source, @title, @published, @seen_at, @match, @similarity, @input_id)
    ON CONFLICT DO NOTHING`);

  return {
    nearest(sig) {
      const bandKeys = bands(sig);
      if (bandKeys.length !== MINHASH_CONFIG.bands) return null; // empty body: nothing to compare
      let best: NearMatch | null = null;
      const rows = candidates.all(SIGNATURE_SCHEME, ...bandKeys) as { article_id: string; signature: Buffer }[];
      for (const row of rows) {
        const s = similarity(sig, signatureFromBytes(row.signature));
        if (s >= DUPLICATE_THRESHOLD && (best === null || s > best.similarity)) best = { articleId: row.article_id, similarity: s };
      }
      return best;
    },
    index(articleId, sig) {
      putSig.run(articleId, SIGNATURE_SCHEME, signatureToBytes(sig));
      dropBands.run(articleId);
      for (const key of bands(sig)) putBand.run(key, articleId);
    },
    addSource(row) {
      return putSource.run({ ...row, seen_at: new Date().toISOString() }).changes > 0;
    },
  };
}

/**
 * Signs articles that have no signature yet, or one made with other MinHash settings (stores
 * from before migration 002, or after data/dedup/minhash.json changed). Returns how many.
 */
export function signStale(db: Database.Database, dedup: DedupIndex): number {
  const stale = db.prepare(`SELECT a.id, a.body FROM articles a
    LEFT JOIN article_signatures s ON s.article_id = a.id
    WHERE s.article_id IS NULL OR s.scheme <> ?`).all(SIGNATURE_SCHEME) as { id: string; body: string }[];
  if (stale.length === 0) return 0;
  db.transaction(() => {
    for (const a of stale) dedup.index(a.id, signature(a.body));
  })();
  return stale.length;
}

/** Store.findDuplicate: what ingest would match this Doc to, without writing anything. */
export function makeFindDuplicate(db: Database.Database, dedup: DedupIndex): (doc: Doc) => DuplicateMatch | null {
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?');
  return (doc) => {
    if (exists.get(doc.article.id)) return { articleId: doc.article.id, match: 'exact', similarity: 1 };
    const near = dedup.nearest(signatureOf(doc));
    return near && { ...near, match: 'near' };
  };
}
