// Quotes gain their kind: in quotation marks ('direct'), or reported speech ("police said two
// people were hurt"). Rows stored before this were all direct quotes.
import { toPostgres } from './dialect.js';
export const version = 18;
export const name = 'quote_kind';
export const sqlite = `
ALTER TABLE quotes ADD COLUMN kind TEXT NOT NULL DEFAULT 'direct';
`;
export const postgres = toPostgres(sqlite);
