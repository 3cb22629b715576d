// Casualty and arrest counts can be hedged ("at least 20", "dozens"): keep that beside the numbers.
import { toPostgres } from './dialect.js';
export const version = 3;
export const name = 'size_approximate';
export const sqlite = `
ALTER TABLE events ADD COLUMN size_approximate INTEGER NOT NULL DEFAULT 0;
`;

export const postgres = toPostgres(sqlite);
