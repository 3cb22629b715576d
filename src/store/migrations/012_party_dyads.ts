// Summaries for the page at GDELT scale, second step: the counterparts of any party key (a code or
// an actor id, as actor or as recipient), so an actor's breakdown never groups its events; and the
// dyads by month in pair order, so the alliance graph of a period sums them without sorting.
// A store that already holds articles is marked so summaries.ts fills the new table when it opens.
import { toPostgres } from './dialect.js';
export const version = 12;
export const name = 'party_dyads';
export const sqlite = `
-- role: the key's side (actor or recipient); other: a code on the other side of the same event
CREATE TABLE sum_party_dyad (
  role TEXT NOT NULL, key TEXT NOT NULL, other TEXT NOT NULL,
  n INTEGER NOT NULL, dead INTEGER NOT NULL,
  PRIMARY KEY (role, key, other)
);
CREATE INDEX sum_dyad_month_pair ON sum_dyad_month (actor, recipient, month, n, plover, goldstein, coop);
INSERT INTO sum_totals (name, n) SELECT 'stale:sum_party_dyad', 1 WHERE EXISTS (SELECT 1 FROM articles);
`;
export const postgres = toPostgres(sqlite);
