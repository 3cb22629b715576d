// What `entente watch` remembers between polls, in the store so it survives restarts and is the
// same on both backends: per source its validators (ETag, Last-Modified), when to poll it next and
// how often it failed; per feed item whether it was taken (stored, or queued for the workers) or
// skipped, and why.
import { toPostgres } from './dialect.js';
export const version = 9;
export const name = 'watch';
export const sqlite = `
CREATE TABLE watch_sources (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  next_poll TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  last_status INTEGER,
  last_error TEXT,
  polled_at TEXT
);
CREATE TABLE watch_items (
  item_url TEXT PRIMARY KEY,
  source_url TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('stored', 'queued', 'skipped')),
  reason TEXT,
  article_id TEXT,
  seen_at TEXT NOT NULL
);
`;

export const postgres = toPostgres(sqlite);
