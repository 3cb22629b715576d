// Near-duplicate detection: each article's MinHash signature, its LSH band keys (the lookup
// index), and every input that turned out to be the article, so syndicated copies are counted
// as extra sources of one story instead of as new reports. Signatures themselves are written by
// the store on open (see store/signatures.ts), since SQL cannot compute them.
import { toPostgres } from './dialect.js';
export const version = 2;
export const name = 'dedup';
export const sqlite = `
CREATE TABLE article_signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  -- Which MinHash settings made it; a different scheme is recomputed, never compared.
  scheme TEXT NOT NULL,
  -- Little-endian uint32 slots (BYTEA in PostgreSQL).
  signature BLOB NOT NULL
);

-- The primary key leads with band_key, so it is the band_key index candidate lookup uses.
CREATE TABLE article_bands (
  band_key TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, article_id)
);
CREATE INDEX article_bands_article ON article_bands (article_id);

CREATE TABLE article_sources (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL,
  url TEXT,
  source TEXT,
  title TEXT,
  published TEXT,
  seen_at TEXT NOT NULL,
  -- 'first': the input that created the article; 'exact': same body again; 'near': a copy found by MinHash.
  match TEXT NOT NULL CHECK (match IN ('first', 'exact', 'near')),
  similarity REAL NOT NULL,
  -- The content id the input itself had (differs from article_id for near copies).
  input_id TEXT NOT NULL
);
-- One row per distinct (doc id, url) of an article: re-ingesting the same input adds nothing.
CREATE UNIQUE INDEX article_sources_once ON article_sources (article_id, doc_id, COALESCE(url, ''));
CREATE INDEX article_sources_match ON article_sources (match);

-- Articles stored before this step were each their own first source.
INSERT INTO article_sources (article_id, doc_id, url, source, title, published, seen_at, match, similarity, input_id)
  SELECT id, doc_id, url, source, title, published, ingested_at, 'first', 1, id FROM articles;
`;

// PostgreSQL has no implicit rowid: a serial column of that name keeps "in the order seen" queries shared.
export const postgres = toPostgres(sqlite).replace('CREATE TABLE article_sources (', 'CREATE TABLE article_sources (\n  rowid BIGSERIAL,');
