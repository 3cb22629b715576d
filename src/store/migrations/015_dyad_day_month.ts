// The dyads of the days a period cuts from a month (the alliance graph up to a day) summed in pair
// order along this index, one month of it, instead of sorting that month's day rows (7 -> 3 ms at
// 1M events; the graph's largest cost once its whole months are kept, faded-dyads.ts).
import { toPostgres } from './dialect.js';
export const version = 15;
export const name = 'dyad_day_month';
export const sqlite = '';
// built after the step, in the background on a big store that `serve` opens (migrate.ts)
export const indexes = ['CREATE INDEX sum_dyad_day_month ON sum_dyad_day ((substr(day, 1, 7)), actor, recipient, day, quad, n, plover, goldstein)'];
export const postgres = toPostgres(indexes.map((i) => `${i};\n`).join(''));
