// Cross-article event deduplication. Two event records are mentions of one real-world event when
// they share the PLOVER type, an actor and (if either has any) a recipient, by country/non-state
// code or actor id; their dates agree within granularity; and their places do not contradict.
// Groups are the connected components of that pairwise relation, named by their smallest member
// id, so the grouping does not depend on the order articles arrive in.
import { type Sql, insertRows } from './sql.js';

/** Dates coarser than this (years, quarters) say too little to join two reports on. */
export const MAX_PERIOD_DAYS = 31;
/** A day-precise date may be a day off (time zones, "yesterday" read against another dateline). */
export const DAY_SLACK = 1;

export interface GroupKey {
  id: string;
  type: string;
  factual: boolean;
  start: string | null;
  end: string | null;
  country: string | null;
  actors: string[];
  recipients: string[];
}

const DAY = 86_400_000;
const dayNum = (ymd: string): number => Date.parse(`${ymd}T00:00:00Z`) / DAY;

/** Whether an event can be joined to others at all. */
export function groupable(k: GroupKey): boolean {
  if (!k.factual || k.start === null || k.end === null || k.actors.length === 0) return false;
  return dayNum(k.end) - dayNum(k.start) + 1 <= MAX_PERIOD_DAYS;
}

const meets = (a: string[], b: string[]): boolean => a.some((x) => b.includes(x));

function datesAgree(a: GroupKey, b: GroupKey): boolean {
  const [as, ae, bs, be] = [dayNum(a.start!), dayNum(a.end!), dayNum(b.start!), dayNum(b.end!)];
  // Widen only single days, so two days match within DAY_SLACK and longer periods must overlap.
  const slack = (s: number, e: number) => (s === e ? DAY_SLACK : 0);
  const sa = slack(as, ae), sb = slack(bs, be);
  return as - sa - sb <= be && bs <= ae + sa + sb;
}

/** The pairwise rule: do two event records report the same real-world event? */
export function sameEvent(a: GroupKey, b: GroupKey): boolean {
  if (a.id === b.id || a.type !== b.type || !groupable(a) || !groupable(b)) return false;
  if (!datesAgree(a, b)) return false;
  if (!meets(a.actors, b.actors)) return false;
  if (a.recipients.length || b.recipients.length) {
    if (!meets(a.recipients, b.recipients)) return false;
  }
  return a.country === null || b.country === null || a.country === b.country;
}

interface KeyRow {
  id: string; group_id: string | null; type: string; negated: number; hypothetical: number;
  date_start: string | null; date_end: string | null; place_country: string | null;
}

async function keysOf(sql: Sql, rows: KeyRow[]): Promise<Map<string, GroupKey & { group: string | null }>> {
  const out = new Map<string, GroupKey & { group: string | null }>();
  for (const r of rows) {
    out.set(r.id, {
      id: r.id, type: r.type, factual: r.negated === 0 && r.hypothetical === 0, start: r.date_start, end: r.date_end,
      country: r.place_country, actors: [], recipients: [], group: r.group_id,
    });
  }
  const ids = [...out.keys()];
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    const ps = await sql.all<{ event_id: string; role: string; k: string }>(`SELECT event_id, role, COALESCE(code, actor_id) AS k
      FROM event_participants WHERE event_id IN (${part.map(() => '?').join(', ')})`, part);
    for (const p of ps) {
      const key = out.get(p.event_id)!;
      const list = p.role === 'actor' ? key.actors : key.recipients;
      if (!list.includes(p.k)) list.push(p.k);
    }
  }
  return out;
}

const KEY_COLUMNS = 'e.id, e.group_id, e.type, e.negated, e.hypothetical, e.date_start, e.date_end, e.place_country';

const shift = (ymd: string, days: number): string => new Date((dayNum(ymd) + days) * DAY).toISOString().slice(0, 10);

/** Stored events that could be the same event as k (same type, near dates, a shared actor). */
async function candidates(sql: Sql, k: GroupKey): Promise<KeyRow[]> {
  const keys = k.actors.map(() => '?').join(', ');
  return sql.all<KeyRow>(`SELECT ${KEY_COLUMNS} FROM events e
    WHERE e.type = ? AND e.negated = 0 AND e.hypothetical = 0 AND e.id <> ?
      AND e.date_start <= ? AND e.date_end >= ?
      AND e.id IN (SELECT p.event_id FROM event_participants p
        WHERE p.role = 'actor' AND COALESCE(p.code, p.actor_id) IN (${keys}))`,
  [k.type, k.id, shift(k.end!, 2 * DAY_SLACK), shift(k.start!, -2 * DAY_SLACK), ...k.actors]);
}

/**
 * Puts newly stored events into groups: each joins (and merges) the groups of every stored event
 * it matches. Runs inside the ingest transaction, so concurrent writers see each other's groups.
 */
export async function assignGroups(sql: Sql, eventIds: string[]): Promise<void> {
  if (eventIds.length === 0) return;
  const fresh = await keysOf(sql, await sql.all<KeyRow>(`SELECT ${KEY_COLUMNS} FROM events e
    WHERE e.id IN (${eventIds.map(() => '?').join(', ')})`, eventIds));
  // Union-find over new event ids and existing group ids.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const union = (x: string, y: string) => {
    const [a, b] = [find(x), find(y)];
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b); // the smaller id names the group
  };
  const node = (x: string) => { if (!parent.has(x)) parent.set(x, x); return x; };
  for (const id of fresh.keys()) node(id);
  const oldGroups = new Set<string>();
  for (const k of fresh.values()) {
    if (!groupable(k)) continue;
    const found = await keysOf(sql, await candidates(sql, k));
    for (const c of found.values()) {
      if (!sameEvent(k, c)) continue;
      if (fresh.has(c.id)) union(k.id, c.id);
      else {
        const g = c.group ?? c.id;
        oldGroups.add(g);
        union(node(k.id), node(g));
      }
    }
  }
  const touched = new Set<string>();
  for (const id of parent.keys()) {
    const root = find(id);
    touched.add(root);
    if (fresh.has(id)) await sql.run('UPDATE events SET group_id = ? WHERE id = ?', [root, id]);
    else if (root !== id) {
      await sql.run('UPDATE events SET group_id = ? WHERE group_id = ?', [root, id]);
      await sql.run('DELETE FROM event_groups WHERE id = ?', [id]);
    }
  }
  const roots = [...touched].sort();
  await insertRows(sql, 'INSERT INTO event_groups (id, type, representative, mentions, articles, sources)', 6,
    roots.map((g) => [g, (fresh.get(g) ?? [...fresh.values()][0]!).type, g, 0, 0, 0]), 'ON CONFLICT (id) DO NOTHING');
  await refreshGroups(sql, roots);
}

/** Recomputes each group's representative and counts from its members. */
export async function refreshGroups(sql: Sql, groupIds: string[]): Promise<void> {
  for (let i = 0; i < groupIds.length; i += 500) {
    const part = groupIds.slice(i, i + 500);
    await sql.run(`UPDATE event_groups SET
      representative = (SELECT e.id FROM events e WHERE e.group_id = event_groups.id ORDER BY e.confidence DESC, e.id LIMIT 1),
      mentions = (SELECT COUNT(*) FROM events e WHERE e.group_id = event_groups.id),
      articles = (SELECT COUNT(DISTINCT e.article_id) FROM events e WHERE e.group_id = event_groups.id),
      sources = (SELECT COUNT(DISTINCT COALESCE(s.source, s.url, s.doc_id)) FROM article_sources s
        WHERE s.article_id IN (SELECT e.article_id FROM events e WHERE e.group_id = event_groups.id))
      WHERE id IN (${part.map(() => '?').join(', ')})`, part);
  }
}

/** After a new source of an article is recorded, its events' groups have one more outlet. */
export async function refreshGroupsOfArticle(sql: Sql, articleId: string): Promise<void> {
  const rows = await sql.all<{ g: string }>('SELECT DISTINCT group_id AS g FROM events WHERE article_id = ? AND group_id IS NOT NULL', [articleId]);
  await refreshGroups(sql, rows.map((r) => r.g));
}

/** Groups events stored before migration 006 (article by article; the result is order-free). */
export async function groupStale(sql: Sql): Promise<number> {
  const rows = await sql.all<{ id: string; article_id: string }>('SELECT id, article_id FROM events WHERE group_id IS NULL ORDER BY article_id, id');
  if (rows.length === 0) return 0;
  const byArticle = new Map<string, string[]>();
  for (const r of rows) byArticle.set(r.article_id, [...(byArticle.get(r.article_id) ?? []), r.id]);
  await sql.write(async (tx) => {
    for (const ids of byArticle.values()) await assignGroups(tx, ids);
  });
  return rows.length;
}
