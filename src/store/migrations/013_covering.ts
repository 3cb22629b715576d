// The summaries' day reads answered from their indexes alone (each index holds the columns the
// query sums, so no row is looked up in the table: an actor's count curve at 1M events read 9,000
// index entries and 9,000 table rows, 37 ms, for what its index alone gives in a few), and the
// count of factual events kept as one row (it was a sum over sum_day on every page of events).
import { toPostgres } from './dialect.js';
export const version = 13;
export const name = 'covering';
export const sqlite = `
DROP INDEX sum_party_day_day;
DROP INDEX sum_country_day_day;
DROP INDEX sum_dyad_day_day;
INSERT INTO sum_totals (name, n) SELECT 'factual', COALESCE(SUM(n), 0) FROM sum_day;
`;
// built after the step, in the background on a big store that `serve` opens (migrate.ts)
export const indexes = [
  'CREATE INDEX sum_party_day_cover ON sum_party_day (role, key, day, quad, type, n, dead)',
  'CREATE INDEX sum_party_day_day ON sum_party_day (role, day, key, type, n, dead)',
  'CREATE INDEX sum_country_day_day ON sum_country_day (day, country, type, n, dead)',
  'CREATE INDEX sum_dyad_day_day ON sum_dyad_day (day, actor, recipient, quad, n, plover, goldstein)',
];
export const postgres = toPostgres(sqlite + indexes.map((i) => `${i};\n`).join(''));
