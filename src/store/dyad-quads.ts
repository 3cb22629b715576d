// Per dyad of codes: factual events by date and quad class, with their Goldstein and PLOVER sums,
// for the relations of a period (analysis/period-relations.ts). Events dated to the day come from
// sum_dyad_day; the few dated only to a week, month or year, or not at all, from the events
// themselves along the partial index of migration 016, keeping their date so a month-long date
// still falls in its month's window.
import { periodOf } from './dates.js';
import type { Arg, Sql } from './sql.js';
import { FACTUAL } from './summaries.js';
import type { DyadQuad, DyadQuadQuery, DyadQuads } from './types.js';

/** The events not dated to one day: what sum_dyad_day counts under day ''. Written as migration 016's index condition. */
export const COARSE = '(e.date_start IS NULL OR e.date_start <> e.date_end)';

function bounds(q: DyadQuadQuery): { start?: string; end?: string } {
  return {
    ...(q.since !== undefined ? { start: periodOf(q.since)!.start } : {}),
    ...(q.until !== undefined ? { end: periodOf(q.until)!.end } : {}),
  };
}

async function dayRows(sql: Sql, q: DyadQuadQuery): Promise<DyadQuad[]> {
  const { start, end } = bounds(q);
  const where = ["s.day <> ''"];
  const args: Arg[] = [];
  if (start !== undefined) { where.push('s.day >= ?'); args.push(start); }
  if (end !== undefined) { where.push('s.day <= ?'); args.push(end); }
  if (q.actor !== undefined) { where.push('(s.actor = ? OR s.recipient = ?)'); args.push(q.actor, q.actor); }
  if (q.by === 'month') return monthRows(sql, where, args);
  return sql.all<DyadQuad>(`SELECT s.actor AS actor, s.recipient AS recipient, s.day AS date, s.quad AS quad, SUM(s.n) AS n,
      SUM(s.goldstein) AS goldstein, SUM(s.plover) AS plover
    FROM sum_dyad_day s WHERE ${where.join(' AND ')} GROUP BY s.actor, s.recipient, s.day, s.quad`, args);
}

const QUADS = [1, 2, 3, 4] as const;

/**
 * The day rows summed per month, dyad and quad class. Grouped by month and dyad in the order of
 * migration 015's index, which holds every column summed, with a sum per quad class: no row of
 * the table is read and nothing is sorted (grouping by quad too sorted 400,000 index entries at
 * 1M events: 1.1-2.3 s against 0.8-1.3 s, under load).
 */
async function monthRows(sql: Sql, where: string[], args: Arg[]): Promise<DyadQuad[]> {
  const per = QUADS.map((k) => ['n', 'goldstein', 'plover'].map((c) => `SUM(CASE WHEN s.quad = ${k} THEN s.${c} ELSE 0 END) AS ${c}${k}`).join(', ')).join(', ');
  const rows = await sql.all<Record<string, string | number>>(`SELECT s.actor AS actor, s.recipient AS recipient, substr(s.day, 1, 7) AS date, ${per}
    FROM sum_dyad_day s WHERE ${where.join(' AND ')} GROUP BY substr(s.day, 1, 7), s.actor, s.recipient`, args);
  const out: DyadQuad[] = [];
  for (const r of rows) {
    for (const k of QUADS) {
      const n = Number(r[`n${k}`]);
      if (n > 0) out.push({ actor: String(r['actor']), recipient: String(r['recipient']), date: String(r['date']), quad: k, n, goldstein: Number(r[`goldstein${k}`]), plover: Number(r[`plover${k}`]) });
    }
  }
  return out;
}

/** Events not dated to the day whose period overlaps the query's (undated ones only when it has no bounds). */
function coarseWhere(q: DyadQuadQuery): { where: string[]; args: Arg[] } {
  const { start, end } = bounds(q);
  const where = [COARSE, FACTUAL];
  const args: Arg[] = [];
  if (start !== undefined) { where.push('e.date_end >= ?'); args.push(start); }
  if (end !== undefined) { where.push('e.date_start <= ?'); args.push(end); }
  return { where, args };
}

async function coarseRows(sql: Sql, q: DyadQuadQuery): Promise<DyadQuad[]> {
  const { where, args } = coarseWhere(q);
  const focus = q.actor !== undefined ? ' WHERE (x.actor = ? OR x.recipient = ?)' : '';
  // the period's coarse events first (MATERIALIZED: joined in one query, SQLite walked every event
  // by id for the DISTINCT instead, 1.5 s at 1M events for a month), then one row per event and
  // pair of codes, as sum_dyad_day counts them
  return sql.all<DyadQuad>(`WITH c AS MATERIALIZED (SELECT e.id AS id, COALESCE(e.date, '') AS date, e.quad_code AS quad,
      e.goldstein AS goldstein, e.plover_score AS plover FROM events e WHERE ${where.join(' AND ')})
    SELECT x.actor AS actor, x.recipient AS recipient, x.date AS date, x.quad AS quad, COUNT(*) AS n,
      SUM(x.goldstein) AS goldstein, SUM(x.plover) AS plover
    FROM (SELECT DISTINCT c.id AS id, a.code AS actor, r.code AS recipient, c.date AS date, c.quad AS quad, c.goldstein AS goldstein, c.plover AS plover
      FROM c CROSS JOIN event_participants a CROSS JOIN event_participants r
      WHERE a.event_id = c.id AND a.role = 'actor' AND COALESCE(a.code, '') <> ''
        AND r.event_id = c.id AND r.role = 'recipient' AND COALESCE(r.code, '') <> '') x${focus}
    GROUP BY x.actor, x.recipient, x.date, x.quad`, [...args, ...(q.actor !== undefined ? [q.actor, q.actor] : [])]);
}

/** Factual events overlapping the period: those dated to the day from sum_day, the rest along the partial index. */
async function eventsIn(sql: Sql, q: DyadQuadQuery): Promise<number> {
  const { start, end } = bounds(q);
  const w = ["s.day <> ''"];
  const a: Arg[] = [];
  if (start !== undefined) { w.push('s.day >= ?'); a.push(start); }
  if (end !== undefined) { w.push('s.day <= ?'); a.push(end); }
  const days = await sql.get<{ n: number | null }>(`SELECT SUM(s.n) AS n FROM sum_day s WHERE ${w.join(' AND ')}`, a);
  const { where, args } = coarseWhere(q);
  const coarse = await sql.get<{ n: number | null }>(`SELECT COUNT(*) AS n FROM events e WHERE ${where.join(' AND ')}`, args);
  return Number(days?.n ?? 0) + Number(coarse?.n ?? 0);
}

export async function dyadQuads(sql: Sql, q: DyadQuadQuery): Promise<DyadQuads> {
  const [days, coarse, events] = [await dayRows(sql, q), await coarseRows(sql, q), await eventsIn(sql, q)];
  const num = (r: DyadQuad): DyadQuad => ({ ...r, quad: Number(r.quad), n: Number(r.n), goldstein: Number(r.goldstein), plover: Number(r.plover) });
  return { events, rows: [...days.map(num), ...coarse.map(num)] };
}
