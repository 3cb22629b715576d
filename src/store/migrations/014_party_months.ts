// Party counts by month and type (role, key as in sum_party_day; month '' for events not dated to
// the day): a period's most active actors and a party's types over all dates read month rows, not
// every day's. A store that already holds articles is marked so summaries.ts fills it when it opens.
import { toPostgres } from './dialect.js';
export const version = 14;
export const name = 'party_months';
export const sqlite = `
CREATE TABLE sum_party_month (
  role TEXT NOT NULL, key TEXT NOT NULL, month TEXT NOT NULL, type TEXT NOT NULL,
  n INTEGER NOT NULL, dead INTEGER NOT NULL,
  PRIMARY KEY (role, key, month, type)
);
CREATE INDEX sum_party_month_month ON sum_party_month (role, month, key, type, n);
INSERT INTO sum_totals (name, n) SELECT 'stale:sum_party_month', 1 WHERE EXISTS (SELECT 1 FROM articles);
`;
export const postgres = toPostgres(sqlite);
