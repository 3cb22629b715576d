// What alert rules count, and the alerts raised: distinct real-world events (event groups) of the
// factual readings (no negated, hypothetical or background ones), by day window.
import type { Sql } from './sql.js';
import type { AlertQuery, StoredAlert } from './types.js';

export type { AlertQuery, StoredAlert };



function where(q: AlertQuery): { sql: string; args: (string | number)[] } {
  const w = ['e.negated = 0', 'e.hypothetical = 0', 'e.background = 0', 'e.date_start >= ?', 'e.date_start <= ?'];
  const args: (string | number)[] = [q.from, q.to];
  if (q.types?.length) { w.push(`e.type IN (${q.types.map(() => '?').join(', ')})`); args.push(...q.types); }
  if (q.quads?.length) { w.push(`e.quad_code IN (${q.quads.map(() => '?').join(', ')})`); args.push(...q.quads); }
  const has = (role: string) => `EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.role = '${role}' AND (p.code = ? OR p.actor_id = ?))`;
  if (q.a && q.b) {
    w.push(`((${has('actor')} AND ${has('recipient')}) OR (${has('actor')} AND ${has('recipient')}))`);
    args.push(q.a, q.a, q.b, q.b, q.b, q.b, q.a, q.a);
  } else if (q.a) {
    w.push(`(${has('actor')} OR ${has('recipient')})`);
    args.push(q.a, q.a, q.a, q.a);
  }
  return { sql: w.join(' AND '), args };
}

/** One event id per real-world event (its group) in the window, with the most dead of the group. */
export async function alertEvents(sql: Sql, q: AlertQuery): Promise<{ id: string; dead: number }[]> {
  const { sql: w, args } = where(q);
  const rows = await sql.all<{ id: string; dead: number | null }>(
    `SELECT MIN(e.id) AS id, MAX(e.dead) AS dead FROM events e WHERE ${w} GROUP BY COALESCE(e.group_id, e.id) ORDER BY 1`, args);
  return rows.map((r) => ({ id: r.id, dead: Number(r.dead ?? 0) }));
}

/** The latest day any factual event starts on, or null for an empty store. */
export async function latestEventDay(sql: Sql): Promise<string | null> {
  const r = await sql.get<{ d: string | null }>('SELECT MAX(date_start) AS d FROM events e WHERE e.negated = 0 AND e.hypothetical = 0 AND e.background = 0');
  return r?.d ? String(r.d).slice(0, 10) : null;
}

/** Stores an alert unless one with its id (rule and window) exists; true when it is new. */
export async function saveAlert(sql: Sql, a: StoredAlert): Promise<boolean> {
  return (await sql.run(`INSERT INTO alerts (id, rule_id, window_start, window_end, count, baseline, message, event_ids_json, raised_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  [a.id, a.rule_id, a.window_start, a.window_end, a.count, a.baseline, a.message, JSON.stringify(a.event_ids), a.raised_at])) > 0;
}

export async function listAlerts(sql: Sql, limit = 100): Promise<StoredAlert[]> {
  const rows = await sql.all<Record<string, unknown>>('SELECT * FROM alerts ORDER BY raised_at DESC, id LIMIT ?', [limit]);
  return rows.map((r) => ({
    id: String(r['id']), rule_id: String(r['rule_id']), window_start: String(r['window_start']), window_end: String(r['window_end']),
    count: Number(r['count']), baseline: r['baseline'] === null ? null : Number(r['baseline']), message: String(r['message']),
    event_ids: JSON.parse(String(r['event_ids_json'])) as string[], raised_at: String(r['raised_at']),
  }));
}
