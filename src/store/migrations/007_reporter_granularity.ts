// Who reported each event ("X said") and how precise its date is (day, week, month, year).
import { toPostgres } from './dialect.js';
export const version = 7;
export const name = 'reporter_granularity';
export const sqlite = `
ALTER TABLE events ADD COLUMN reported_by_json TEXT;
ALTER TABLE events ADD COLUMN date_granularity TEXT;
`;

export const postgres = toPostgres(sqlite);
