// Column types that differ between the two backends. Steps whose SQL is otherwise plain share one
// text and pass it through here; steps that differ more (full-text search) write both by hand.
export function toPostgres(sqliteSql: string): string {
  return sqliteSql
    .replace(/\bREAL\b/g, 'DOUBLE PRECISION') // SQLite REAL is 8 bytes; PostgreSQL REAL only 4
    .replace(/\bBLOB\b/g, 'BYTEA');
}
