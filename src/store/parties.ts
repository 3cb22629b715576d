// Actor terms as people type them ("russia", "rus", "Putin", "putin-vladimir") to the party keys
// the events and summaries are keyed by: a code, an actor id, or the ids of actors so named.
import type { Sql } from './sql.js';
import type { Resolved } from './types.js';
import { at } from '../at.js';

async function one(sql: Sql, term: string): Promise<string[]> {
  const t = term.trim();
  if (await sql.get('SELECT 1 AS x FROM actors WHERE code = ? LIMIT 1', [t.toUpperCase()])) return [t.toUpperCase()];
  const byId = await sql.all<{ id: string }>('SELECT id FROM actors WHERE id = ? OR id = ? OR id = ?', [t, t.toLowerCase(), t.toUpperCase()]);
  if (byId.length) return [at(byId, 0).id];
  // a name: exactly, else the country or organisation whose name it is (lower(name) is indexed)
  const byName = await sql.all<{ id: string; code: string | null }>('SELECT id, code FROM actors WHERE lower(name) = ? ORDER BY id LIMIT 20', [t.toLowerCase()]);
  return byName.map((r) => (r.code !== null && r.id === r.code ? r.code : r.id));
}

/** Name suggestions for a term: actor names starting with it, most active first. */
export async function suggestNames(sql: Sql, term: string, limit = 5): Promise<string[]> {
  const t = term.trim().toLowerCase();
  if (!t) return [];
  const rows = await sql.all<{ name: string }>(`SELECT x.name FROM actors x LEFT JOIN actor_counts c ON c.actor_id = x.id
    WHERE lower(x.name) >= ? AND lower(x.name) < ? ORDER BY COALESCE(c.events, 0) DESC, x.name LIMIT ?`, [t, `${t}\u{10ffff}`, limit]);
  return rows.map((r) => r.name);
}

export async function resolveParties(sql: Sql, terms: readonly string[]): Promise<Resolved> {
  const keys: string[] = [];
  const unknown: Resolved['unknown'] = [];
  for (const term of terms) {
    const found = await one(sql, term);
    if (!found.length) unknown.push({ term, suggestions: await suggestNames(sql, term) });
    for (const k of found) if (!keys.includes(k)) keys.push(k);
  }
  return { keys, unknown };
}
