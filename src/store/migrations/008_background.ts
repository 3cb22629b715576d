// Background readings: events a story dates long before itself (src/events/background.ts), kept
// but, like negated and hypothetical ones, not counted.
import { toPostgres } from './dialect.js';
export const version = 8;
export const name = 'background';
export const sqlite = `
ALTER TABLE events ADD COLUMN background INTEGER NOT NULL DEFAULT 0;
`;

export const postgres = toPostgres(sqlite);
