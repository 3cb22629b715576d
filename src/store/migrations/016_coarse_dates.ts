// The few events not dated to one day (a week, month or year, or no date), found without reading
// every event: the relations of a period take the day-dated ones from sum_dyad_day and these from
// the events (store/dyad-quads.ts). The condition is written as the queries write it, so both
// SQLite and PostgreSQL match the partial index to them.
import { toPostgres } from './dialect.js';
export const version = 16;
export const name = 'coarse_dates';
export const sqlite = '';
// built after the step, in the background on a big store that `serve` opens (migrate.ts)
export const indexes = ['CREATE INDEX events_coarse ON events (date_start, date_end) WHERE (date_start IS NULL OR date_start <> date_end)'];
export const postgres = toPostgres(indexes.map((i) => `${i};\n`).join(''));
