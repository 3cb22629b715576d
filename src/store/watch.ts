// The watch state (migration 009): validators and schedule per source, and the items already taken.
import type { Sql } from './sql.js';
import type { WatchSource } from './types.js';

export type { WatchSource };


interface SourceRow { url: string; etag: string | null; last_modified: string | null; next_poll: string | null; failures: number; last_status: number | null; last_error: string | null }

export async function getWatchSource(sql: Sql, url: string): Promise<WatchSource | null> {
  const r = await sql.get<SourceRow>('SELECT url, etag, last_modified, next_poll, failures, last_status, last_error FROM watch_sources WHERE url = ?', [url]);
  return r ? { url: r.url, etag: r.etag, lastModified: r.last_modified, nextPoll: r.next_poll, failures: Number(r.failures), lastStatus: r.last_status === null ? null : Number(r.last_status), lastError: r.last_error } : null;
}

export async function putWatchSource(sql: Sql, s: WatchSource): Promise<void> {
  await sql.run(`INSERT INTO watch_sources (url, etag, last_modified, next_poll, failures, last_status, last_error, polled_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, next_poll = excluded.next_poll,
      failures = excluded.failures, last_status = excluded.last_status, last_error = excluded.last_error, polled_at = excluded.polled_at`,
  [s.url, s.etag, s.lastModified, s.nextPoll, s.failures, s.lastStatus, s.lastError, new Date().toISOString()]);
}

/** Whether a feed item (by its page URL) was already taken or skipped on an earlier poll. */
export async function watchItemSeen(sql: Sql, itemUrl: string): Promise<boolean> {
  return (await sql.get('SELECT 1 AS x FROM watch_items WHERE item_url = ?', [itemUrl])) !== undefined;
}

export async function putWatchItem(sql: Sql, item: { itemUrl: string; sourceUrl: string; status: 'stored' | 'queued' | 'skipped'; reason: string | null; articleId: string | null }): Promise<void> {
  await sql.run(`INSERT INTO watch_items (item_url, source_url, status, reason, article_id, seen_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (item_url) DO NOTHING`, [item.itemUrl, item.sourceUrl, item.status, item.reason, item.articleId, new Date().toISOString()]);
}
