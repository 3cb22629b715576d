// Full-text matching for search(), articles({q}) and quotes({search}). Query words match as word
// prefixes ("Hollan" finds Hollande) through the backend's stemmed index (FTS5 porter on SQLite,
// tsvector 'english' on PostgreSQL), ranked. When the index finds nothing, or the query has no
// word the index keeps (stop words only), a case-insensitive substring match is the fallback, so
// short fragments and mid-word strings still find what a plain text search would.
import type { Arg, Sql } from './sql.js';

/** Lower-case word tokens of a query; the only characters that ever reach a MATCH expression. */
export function queryWords(q: string): string[] {
  return q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export const like = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The dialect's case-insensitive LIKE. */
export const ilike = (sql: Sql): string => (sql.dialect === 'postgres' ? 'ILIKE' : 'LIKE');

export interface Matcher {
  /** A JOIN onto the table alias (a: articles, q: quotes), or ''; and its arguments. */
  join: string;
  joinArgs: Arg[];
  /** A condition, and its arguments. */
  where: string;
  args: Arg[];
  /** A score expression (higher is better) and its arguments; '0' for substring matches. */
  score: string;
  scoreArgs: Arg[];
}

/** Full-text match on articles (alias a) or quotes (alias q); null when the query has no words. */
export function fullText(sql: Sql, kind: 'article' | 'quote', q: string): Matcher | null {
  const words = queryWords(q);
  if (words.length === 0) return null;
  if (sql.dialect === 'postgres') {
    const tsq = words.map((w) => `${w}:*`).join(' & ');
    const col = kind === 'article' ? 'a.tsv' : 'q.tsv';
    return {
      join: '', joinArgs: [], where: `${col} @@ to_tsquery('english', ?)`, args: [tsq],
      score: `ts_rank_cd(${col}, to_tsquery('english', ?))`, scoreArgs: [tsq],
    };
  }
  const match = words.map((w) => `"${w}"*`).join(' ');
  // bm25 is lower-is-better, so negated; title words weigh more than body words.
  const join = kind === 'article'
    ? `JOIN (SELECT article_id AS fid, -bm25(articles_fts, 0, 5.0, 1.0) AS fscore FROM articles_fts
        WHERE articles_fts MATCH ?) f ON f.fid = a.id`
    : `JOIN (SELECT article_id AS fid, ord AS ford, -bm25(quotes_fts) AS fscore FROM quotes_fts
        WHERE quotes_fts MATCH ?) f ON f.fid = q.article_id AND f.ford = q.ord`;
  return { join, joinArgs: [match], where: '1 = 1', args: [], score: 'f.fscore', scoreArgs: [] };
}

/** The substring fallback: every query word (or the whole query, when it has none) appears somewhere. */
export function substring(sql: Sql, kind: 'article' | 'quote', q: string): Matcher {
  const op = ilike(sql);
  const needles = queryWords(q).length ? queryWords(q) : [q.trim()];
  const one = kind === 'article'
    ? `(COALESCE(a.title, '') ${op} ? ESCAPE '\\' OR a.text ${op} ? ESCAPE '\\')`
    : `q.text ${op} ? ESCAPE '\\'`;
  return {
    join: '', joinArgs: [],
    where: needles.map(() => one).join(' AND '),
    args: needles.flatMap((n) => (kind === 'article' ? [like(n), like(n)] : [like(n)])),
    score: '0', scoreArgs: [],
  };
}

/** Where the query first shows in a text: a word starting with a query word, else a stem-sized prefix of one. */
export function locate(text: string, q: string): [number, number] | null {
  const words = queryWords(q);
  if (words.length === 0) return null;
  const lower = text.toLowerCase();
  const tries = [words, words.map((w) => (w.length > 5 ? w.slice(0, w.length - 3) : w))];
  for (const set of tries) {
    let best: [number, number] | null = null;
    for (const w of set) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${w}[\\p{L}\\p{N}]*`, 'gu');
      const m = re.exec(lower);
      if (m && (best === null || m.index < best[0])) best = [m.index, m.index + m[0].length];
    }
    if (best) return best;
  }
  const at = lower.indexOf(q.trim().toLowerCase());
  return at >= 0 && q.trim() ? [at, at + q.trim().length] : null;
}

/** A window of text around [start, end), trimmed to word edges. */
export function snippetOf(text: string, start: number, end: number, room = 80): string {
  const from = Math.max(0, start - room);
  const to = Math.min(text.length, end + room);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}
