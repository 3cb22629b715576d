// The background fill of summary tables added to a store that already held articles (migration
// 017 lists, per table, the articles still to add). Each step adds a few articles' events in one
// write transaction and takes them off the list, so writers wait for a step, not the whole fill,
// and readers go on reading; ingest adds new articles itself, so each is counted once. Until a
// table's list is empty the reads that would use it take their older path (aggregate.ts).
import { articlesScope, summarizeTable } from './summaries.js';
import type { Sql } from './sql.js';

/** Articles per step: about 6,000 events at the bench's 32 per article, a few tens of ms. */
const STEP = 200;

/** Tables whose list was seen empty, per connection: a list never grows once the store is open. */
const filled = new WeakMap<Sql, Set<string>>();

/** Whether a summary table still misses some stored articles. */
export async function stillFilling(sql: Sql, name: string): Promise<boolean> {
  let done = filled.get(sql);
  if (done?.has(name)) return false;
  const row = await sql.get('SELECT 1 AS x FROM summary_backfill WHERE name = ? LIMIT 1', [name]);
  if (row) return true;
  if (!done) filled.set(sql, (done = new Set()));
  done.add(name);
  return false;
}

/** The summary tables still being filled, with how many articles each misses. */
export async function filling(sql: Sql): Promise<{ table: string; articles: number }[]> {
  return (await sql.all<{ table: string; articles: number }>('SELECT name AS "table", COUNT(*) AS articles FROM summary_backfill GROUP BY name ORDER BY name'))
    .map((r) => ({ table: r.table, articles: Number(r.articles) }));
}

/** One step: up to STEP articles of one table added and taken off its list. Returns how many. */
export async function backfillStep(sql: Sql): Promise<number> {
  return sql.write(async (tx) => {
    const next = await tx.get<{ name: string }>('SELECT name FROM summary_backfill ORDER BY name LIMIT 1');
    if (!next) return 0;
    const ids = (await tx.all<{ id: string }>('SELECT article_id AS id FROM summary_backfill WHERE name = ? ORDER BY article_id LIMIT ?', [next.name, STEP])).map((r) => r.id);
    await summarizeTable(tx, next.name, articlesScope(ids));
    await tx.run(`DELETE FROM summary_backfill WHERE name = ? AND article_id IN (${ids.map(() => '?').join(', ')})`, [next.name, ...ids]);
    return ids.length;
  });
}

/**
 * Steps until every list is empty or `stopped()` says so, giving the event loop a turn between
 * steps (requests are answered while a big store fills). Returns the articles added.
 */
export async function backfill(sql: Sql, stopped: () => boolean): Promise<number> {
  let n = 0;
  while (!stopped()) {
    const step = await backfillStep(sql);
    if (!step) break;
    n += step;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return n;
}
