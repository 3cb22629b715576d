// One small async SQL surface over better-sqlite3 and pg, so the store's queries are written once.
// Statements use `?` placeholders; the PostgreSQL side numbers them ($1, $2 ...) itself.
export type Arg = string | number | null | Buffer;

export type Dialect = 'sqlite' | 'postgres';

export interface Sql {
  readonly dialect: Dialect;
  all<T = Record<string, unknown>>(sql: string, args?: readonly Arg[]): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, args?: readonly Arg[]): Promise<T | undefined>;
  /** Runs a statement that returns no rows; resolves to the number of rows it changed. */
  run(sql: string, args?: readonly Arg[]): Promise<number>;
  /**
   * Runs fn inside one write transaction, all or nothing. Writers are serialised (SQLite: BEGIN
   * IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock), so a duplicate check and the insert
   * it guards cannot interleave with another writer's.
   */
  write<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * A token that changes whenever anything is committed to the store, by this connection or any
   * other, between two calls (SQLite: PRAGMA data_version and this connection's own commits).
   * Absent where there is none (PostgreSQL): callers then assume everything may have changed.
   */
  changeToken?(): Promise<string>;
  /**
   * The same surface for reads whose text is fixed and run for every story (the duplicate check's):
   * PostgreSQL prepares them once per connection. Absent where statements are cached anyway (SQLite).
   */
  readonly recurring?: Sql;
}

/**
 * The text of a multi-row INSERT, by head, tail and row count. The same few statements recur for
 * every batch, and building a 40-column, 40-row text each time was a tenth of the writer's JS time.
 */
const insertTexts = new Map<string, string>();

function insertText(head: string, columns: number, count: number, tail: string): string {
  const key = `${count}\u0000${head}\u0000${tail}`;
  let text = insertTexts.get(key);
  if (text === undefined) {
    const tuple = `(${Array.from({ length: columns }, () => '?').join(', ')})`;
    text = `${head} VALUES ${Array.from({ length: count }, () => tuple).join(', ')} ${tail}`;
    insertTexts.set(key, text);
  }
  return text;
}

/**
 * A list padded to the next power of two by repeating its last item, for IN lists and CASE arms,
 * where a repeated item changes nothing. Texts then come in a few lengths, so each is prepared once
 * (SQLite's statement cache, PostgreSQL's named statements per connection) instead of once per
 * length; the grouping and summary statements of the write path were a new text for most stories.
 */
export function padded<T>(xs: readonly T[]): T[] {
  if (xs.length === 0) return [];
  let n = 1;
  while (n < xs.length) n *= 2;
  const out = [...xs];
  while (out.length < n) out.push(xs[xs.length - 1]!);
  return out;
}

/** Multi-row INSERTs in chunks, to cut round trips while staying under bound-parameter limits. */
export async function insertRows(
  sql: Sql, head: string, columns: number, rows: readonly (readonly Arg[])[], tail = '',
): Promise<void> {
  const per = Math.max(1, Math.floor(2000 / columns));
  for (let i = 0; i < rows.length;) {
    const end = i + chunkSize(sql, rows.length - i, per);
    // the values in one array by a plain loop: slice().flat() showed in the writer's profile
    const args: Arg[] = [];
    for (let r = i; r < end; r++) for (const v of rows[r]!) args.push(v);
    await sql.run(insertText(head, columns, end - i, tail), args);
    i = end;
  }
}

/**
 * Rows in the next INSERT of `left` rows, at most `per`. On SQLite, a remainder goes in chunks of
 * powers of two (100 rows: 64, 32, 4), so each table has at most a few texts and each is prepared
 * once per connection; a text per row count cost the writer a prepare of up to 2,000 parameters
 * for most tables of most batches (bench, 2 workers: 283 prepares, 0.4 s of the writer's 3.7 s).
 * Rows keep their order. PostgreSQL keeps one statement per chunk: there an extra statement is a
 * round trip.
 */
function chunkSize(sql: Sql, left: number, per: number): number {
  if (left >= per || sql.dialect !== 'sqlite') return Math.min(left, per);
  let n = 1;
  while (n * 2 <= left) n *= 2;
  return n;
}

/** `?` to `$n`, skipping quoted strings and identifiers. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  let out = '';
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) { if (ch === quote) quote = null; out += ch; continue; }
    if (ch === "'" || ch === '"') { quote = ch; out += ch; continue; }
    out += ch === '?' ? `$${++n}` : ch;
  }
  return out;
}
