// Summary tables added to a store that already holds articles are filled in the background, a few
// articles per write transaction (store/backfill.ts), so opening a big store no longer waits for a
// full pass over its events (a minute at 1M events) with every reader and writer held up. This
// table lists, per summary table, the articles still to add; articles stored from now on are added
// by ingest as usual, so each is counted once. The tables marked stale by migrations 012 and 014
// are turned into such lists (emptied first: a mark means the table was never filled).
import { toPostgres } from './dialect.js';
export const version = 17;
export const name = 'summary_backfill';
export const sqlite = `
CREATE TABLE summary_backfill (
  name TEXT NOT NULL, article_id TEXT NOT NULL,
  PRIMARY KEY (name, article_id)
);
DELETE FROM sum_party_dyad WHERE EXISTS (SELECT 1 FROM sum_totals WHERE name = 'stale:sum_party_dyad');
DELETE FROM sum_party_month WHERE EXISTS (SELECT 1 FROM sum_totals WHERE name = 'stale:sum_party_month');
INSERT INTO summary_backfill (name, article_id) SELECT substr(s.name, 7), a.id FROM sum_totals s CROSS JOIN articles a WHERE s.name LIKE 'stale:%';
DELETE FROM sum_totals WHERE name LIKE 'stale:%';
`;
export const postgres = toPostgres(sqlite);
