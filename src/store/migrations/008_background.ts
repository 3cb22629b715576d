// Background readings: events a story dates long before itself (src/events/background.ts), kept
// but, like negated and hypothetical ones, not counted. And which evidence gave an event its place
// (clause, dateline, story), so analysts can filter on it.
import { toPostgres } from './dialect.js';
export const version = 8;
export const name = 'background';
export const sqlite = `
ALTER TABLE events ADD COLUMN background INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN place_from TEXT;
`;

export const postgres = toPostgres(sqlite);
