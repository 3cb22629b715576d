// SQLite: the write path fills articles_fts and quotes_fts itself, one statement per table at the
// end of each batch, instead of an AFTER INSERT trigger per row. FTS5 writes what it holds in
// memory to a new segment whenever a later statement of the transaction opens its savepoint, so
// the triggers left a segment per story (and the merges of all of them): 5% of the writer's
// instructions. Rows, their order and rowids are as the triggers made them; the update and delete
// triggers stay. PostgreSQL's search columns are generated: nothing to change there.
export const version = 20;
export const name = 'fts_batched';
export const sqlite = `
DROP TRIGGER IF EXISTS articles_fts_insert;
DROP TRIGGER IF EXISTS quotes_fts_insert;
`;
export const postgres = 'SELECT 1';
