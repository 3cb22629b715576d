// Keeps the summary tables of migration 011 in step with the events. Each table has one aggregate
// query over the events of a scope (some articles, or all); adding a scope adds its counts, and
// removing subtracts them before its events are deleted. The same queries rebuild everything, so
// ingest, bulk loads and deletes cannot disagree with a rebuild. CROSS JOIN keeps SQLite's join
// order: from the scope's events (indexed by article) to their participants, never the reverse
// (the code index would read every participant of the store for each batch); COALESCE(code, '')
// keeps that index out of the plan too (`code IS NOT NULL` is a range over it).
import { type Arg, type Sql, padded } from './sql.js';

/** Negated, hypothetical and background readings are stored but not counted. */
export const FACTUAL = 'e.negated = 0 AND e.hypothetical = 0 AND e.background = 0';

/** The day an event counts on: its date when known to the day, else ''. */
export const DAY = "CASE WHEN e.date_start IS NOT NULL AND e.date_start = e.date_end THEN e.date_start ELSE '' END";

/** Which articles' events a pass covers. */
export interface Scope {
  /** A condition on articles' ids, with `{col}` for the column (e.article_id or m.article_id). */
  where: string;
  args: Arg[];
}

export const ALL: Scope = { where: '1 = 1', args: [] };

export function articlesScope(ids: readonly string[]): Scope {
  const list = padded(ids);
  return { where: `{col} IN (${list.map(() => '?').join(', ')})`, args: list };
}

const on = (s: Scope, col: string): string => s.where.replaceAll('{col}', col);

interface Table {
  name: string;
  key: string;
  /** Value columns after the key columns. */
  values: string[];
  /** SELECT of key columns then value columns (each value multiplied by the sign, the first ?); `parties` is what partyRows gives. */
  select: (s: Scope, parties: string) => string;
  /** How many times the scope's args appear in select (with partyRows inline). */
  uses: number;
  /** Reads partyRows. */
  party?: true;
}

const eventsIn = (s: Scope) => `FROM events e WHERE ${FACTUAL} AND ${on(s, 'e.article_id')}`;

/** One row per event, party key and role (actor, recipient, any); UNION drops repeats within an event. */
const partyRows = (s: Scope) => ['actor', 'recipient', 'any'].flatMap((role) => ['p.code', 'p.actor_id'].map((col) => `
  SELECT e.id AS id, '${role}' AS role, ${col} AS key, ${DAY} AS day, e.type AS type, e.quad_code AS quad, COALESCE(e.dead, 0) AS dead,
    COALESCE(e.place_country, '') AS country
  FROM events e CROSS JOIN event_participants p
  WHERE p.event_id = e.id AND COALESCE(${col}, '') <> '' AND ${role === 'any' ? '1 = 1' : `p.role = '${role}'`} AND ${FACTUAL} AND ${on(s, 'e.article_id')}`)).join(' UNION ');

const dyadRows = (s: Scope) => `SELECT DISTINCT e.id AS id, a.code AS actor, r.code AS recipient, ${DAY} AS day, e.type AS type,
    e.quad_code AS quad, COALESCE(e.dead, 0) AS dead, e.goldstein AS goldstein, e.plover_score AS plover
  FROM events e CROSS JOIN event_participants a CROSS JOIN event_participants r
  WHERE a.event_id = e.id AND a.role = 'actor' AND COALESCE(a.code, '') <> '' AND r.event_id = e.id AND r.role = 'recipient' AND COALESCE(r.code, '') <> ''
    AND ${FACTUAL} AND ${on(s, 'e.article_id')}`;

/** One row per event, party key on one side and code on the other; UNION drops repeats within an event. */
const partyDyadRows = (s: Scope) => (['actor', 'recipient'] as const).flatMap((role) => ['code', 'actor_id'].map((col) => {
  const [mine, other] = role === 'actor' ? ['a', 'r'] : ['r', 'a'];
  return `SELECT e.id AS id, '${role}' AS role, ${mine}.${col} AS key, ${other}.code AS other, COALESCE(e.dead, 0) AS dead
  FROM events e CROSS JOIN event_participants a CROSS JOIN event_participants r
  WHERE a.event_id = e.id AND a.role = 'actor' AND r.event_id = e.id AND r.role = 'recipient'
    AND COALESCE(${mine}.${col}, '') <> '' AND COALESCE(${other}.code, '') <> '' AND ${FACTUAL} AND ${on(s, 'e.article_id')}`;
})).join(' UNION ');

const TABLES: Table[] = [
  { name: 'sum_day', key: 'day, type, quad', values: ['n', 'dead'], uses: 1,
    select: (s) => `SELECT ${DAY}, e.type, e.quad_code, COUNT(*) * ?, SUM(COALESCE(e.dead, 0)) * ? ${eventsIn(s)} GROUP BY 1, 2, 3` },
  { name: 'sum_country_day', key: 'country, day, type, quad', values: ['n', 'dead'], uses: 1,
    select: (s) => `SELECT e.place_country, ${DAY}, e.type, e.quad_code, COUNT(*) * ?, SUM(COALESCE(e.dead, 0)) * ?
      ${eventsIn(s)} AND e.place_country IS NOT NULL GROUP BY 1, 2, 3, 4` },
  { name: 'sum_country', key: 'country', values: ['n', 'dead'], uses: 1,
    select: (s) => `SELECT e.place_country, COUNT(*) * ?, SUM(COALESCE(e.dead, 0)) * ? ${eventsIn(s)} AND e.place_country IS NOT NULL GROUP BY 1` },
  { name: 'sum_party_day', key: 'role, key, day, type, quad', values: ['n', 'dead'], uses: 6, party: true,
    select: (_s, parties) => `SELECT role, key, day, type, quad, COUNT(*) * ?, SUM(dead) * ? FROM ${parties} x WHERE 1 = 1 GROUP BY 1, 2, 3, 4, 5` },
  { name: 'sum_party_month', key: 'role, key, month, type', values: ['n', 'dead'], uses: 6, party: true,
    select: (_s, parties) => `SELECT role, key, substr(day, 1, 7), type, COUNT(*) * ?, SUM(dead) * ? FROM ${parties} x WHERE 1 = 1 GROUP BY 1, 2, 3, 4` },
  { name: 'sum_party_country', key: 'role, key, country', values: ['n', 'dead'], uses: 6, party: true,
    select: (_s, parties) => `SELECT role, key, country, COUNT(*) * ?, SUM(dead) * ? FROM ${parties} x WHERE country <> '' GROUP BY 1, 2, 3` },
  { name: 'sum_party', key: 'role, key', values: ['n', 'dead'], uses: 6, party: true,
    select: (_s, parties) => `SELECT role, key, COUNT(*) * ?, SUM(dead) * ? FROM ${parties} x WHERE 1 = 1 GROUP BY 1, 2` },
  { name: 'sum_dyad_day', key: 'actor, recipient, day, type, quad', values: ['n', 'dead', 'goldstein', 'plover'], uses: 1,
    select: (s) => `SELECT actor, recipient, day, type, quad, COUNT(*) * ?, SUM(dead) * ?, SUM(goldstein) * ?, SUM(plover) * ?
      FROM (${dyadRows(s)}) x WHERE 1 = 1 GROUP BY 1, 2, 3, 4, 5` },
  { name: 'sum_dyad_month', key: 'month, actor, recipient', values: ['n', 'goldstein', 'plover', 'coop'], uses: 1,
    select: (s) => `SELECT substr(day, 1, 7), actor, recipient, COUNT(*) * ?, SUM(goldstein) * ?, SUM(plover) * ?,
      SUM(CASE WHEN quad <= 2 THEN 1 ELSE 0 END) * ? FROM (${dyadRows(s)}) x WHERE day <> '' GROUP BY 1, 2, 3` },
  { name: 'sum_dyad', key: 'actor, recipient', values: ['n', 'dead'], uses: 1,
    select: (s) => `SELECT actor, recipient, COUNT(*) * ?, SUM(dead) * ? FROM (${dyadRows(s)}) x WHERE 1 = 1 GROUP BY 1, 2` },
  { name: 'sum_party_dyad', key: 'role, key, other', values: ['n', 'dead'], uses: 4,
    select: (s) => `SELECT role, key, other, COUNT(*) * ?, SUM(dead) * ? FROM (${partyDyadRows(s)}) x WHERE 1 = 1 GROUP BY 1, 2, 3` },
  { name: 'actor_counts', key: 'actor_id', values: ['events', 'mentions'], uses: 1,
    select: (s) => `SELECT p.actor_id, COUNT(DISTINCT p.event_id) * ?, 0 * ?
      FROM events e CROSS JOIN event_participants p WHERE p.event_id = e.id AND ${FACTUAL} AND ${on(s, 'e.article_id')} GROUP BY 1` },
  { name: 'actor_counts', key: 'actor_id', values: ['events', 'mentions'], uses: 1,
    select: (s) => `SELECT m.actor_id, 0 * ?, COUNT(*) * ? FROM actor_mentions m WHERE ${on(s, 'm.article_id')} GROUP BY 1` },
  { name: 'sum_totals', key: 'name', values: ['n'], uses: 1,
    select: (s) => `SELECT 'factual', COUNT(*) * ? ${eventsIn(s)}` },
  ...(['articles:a.id', 'events:e.article_id', 'actor_mentions:m.article_id', 'places:p.article_id', 'times:t.article_id'].map((spec): Table => {
    const [table, col] = spec.split(':') as [string, string];
    return { name: 'sum_totals', key: 'name', values: ['n'], uses: 1,
      select: (s) => `SELECT '${table}', COUNT(*) * ? FROM ${table} ${col.split('.')[0]} WHERE ${on(s, col)}` };
  })),
];

/**
 * On SQLite the four party tables read partyRows from a temp table filled once per pass: each ran
 * the six-way UNION over the scope's events again (writer bench, 64 stories per commit: the four
 * tables 0.25 -> 0.18 ms per story, staging included). The rows and sums are the same. PostgreSQL
 * keeps the subquery (a temp table there is catalog churn in every write transaction).
 */
const STAGED = 'temp.summary_party_rows';

async function stageParties(tx: Sql, scope: Scope): Promise<void> {
  await tx.run('CREATE TEMP TABLE IF NOT EXISTS summary_party_rows (id, role, key, day, type, quad, dead, country)');
  await tx.run(`DELETE FROM ${STAGED}`);
  await tx.run(`INSERT INTO ${STAGED} ${partyRows(scope)}`, Array.from({ length: 6 }, () => scope.args).flat());
}

/** The INSERT that adds a table's select (reading the party rows from `parties`) to its rows. */
const insertOf = (t: Table, scope: Scope, parties: string): string =>
  `INSERT INTO ${t.name} (${t.key}, ${t.values.join(', ')}) ${t.select(scope, parties)} ON CONFLICT (${t.key}) DO UPDATE SET ${
    t.values.map((v) => `${v} = ${t.name}.${v} + excluded.${v}`).join(', ')}`;

/**
 * On PostgreSQL the party tables are filled by one statement: data-modifying WITH parts that read
 * partyRows once, materialized. As one statement each, the four ran the six-way UNION over the
 * scope's events four times (the SQLite path stages the rows in a temp table instead).
 */
async function insertPartiesTogether(tx: Sql, tables: readonly Table[], scope: Scope, sign: 1 | -1): Promise<void> {
  const inserts = tables.map((t) => insertOf(t, scope, 'parties'));
  const last = inserts.pop()!;
  await tx.run(`WITH parties AS MATERIALIZED (${partyRows(scope)})${inserts.map((x, i) => `, w${i} AS (${x})`).join('')} ${last}`,
    [...Array.from({ length: 6 }, () => scope.args).flat(), ...tables.flatMap((t) => t.values.map(() => sign))]);
}

async function insertSummaries(tx: Sql, tables: readonly Table[], scope: Scope, sign: 1 | -1): Promise<void> {
  const staged = tx.dialect === 'sqlite' && tables.some((t) => t.party);
  const together = tx.dialect === 'postgres' && tables.filter((t) => t.party).length > 1;
  if (staged) await stageParties(tx, scope);
  if (together) await insertPartiesTogether(tx, tables.filter((t) => t.party), scope, sign);
  for (const t of tables) {
    if (together && t.party) continue;
    const inline = !(staged && t.party);
    const args: Arg[] = [...t.values.map(() => sign), ...Array.from({ length: inline ? t.uses : 0 }, () => scope.args).flat()];
    await tx.run(insertOf(t, scope, !t.party ? '' : inline ? `(${partyRows(scope)})` : STAGED), args);
  }
  if (staged) await tx.run(`DELETE FROM ${STAGED}`); // a whole-store pass stages every event's parties: not kept
}

/** Adds (sign 1) or subtracts (sign -1) the scope's events to every summary table. */
export async function summarize(tx: Sql, scope: Scope, sign: 1 | -1): Promise<void> {
  await insertSummaries(tx, TABLES, scope, sign);
  if (sign < 0) {
    for (const name of new Set(TABLES.map((t) => t.name))) {
      await tx.run(`DELETE FROM ${name} WHERE ${name === 'actor_counts' ? 'events <= 0 AND mentions <= 0' : 'n <= 0'}`);
    }
  }
}

/** Factual events that represent their group, among some groups (all when ids is null). */
export async function distinctIn(tx: Sql, ids: readonly string[] | null): Promise<number> {
  if (ids !== null && ids.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < (ids?.length ?? 1); i += 500) {
    const part = ids && padded(ids.slice(i, i + 500));
    const r = await tx.get<{ n: number }>(`SELECT COUNT(*) AS n FROM event_groups g JOIN events e ON e.id = g.representative
      WHERE ${FACTUAL}${part ? ` AND g.id IN (${part.map(() => '?').join(', ')})` : ''}`, part ?? []);
    n += Number(r?.n ?? 0);
  }
  return n;
}

/** Adds to the count of distinct factual events (groups.ts, when groups change). */
export async function addDistinct(tx: Sql, delta: number): Promise<void> {
  if (delta === 0) return;
  await tx.run(`INSERT INTO sum_totals (name, n) VALUES ('distinct', ?) ON CONFLICT (name) DO UPDATE SET n = sum_totals.n + excluded.n`, [delta]);
}

/** Empties and refills every summary table from the stored events (bulk loads, repairs); nothing is left to backfill. */
export async function rebuildSummaries(tx: Sql): Promise<void> {
  for (const name of new Set(TABLES.map((t) => t.name))) await tx.run(`DELETE FROM ${name}`);
  await tx.run('DELETE FROM summary_backfill');
  await summarize(tx, ALL, 1);
  await addDistinct(tx, await distinctIn(tx, null));
}

/** Adds the scope's events to one summary table (the background fill of a table added later, backfill.ts). */
export async function summarizeTable(tx: Sql, name: string, scope: Scope): Promise<void> {
  const tables = TABLES.filter((t) => t.name === name);
  if (!tables.length) throw new Error(`no summary table ${name}`);
  await insertSummaries(tx, tables, scope, 1);
}

/**
 * Fills the summaries of a store that had events before migration 011 (run when the store opens).
 * Tables added since are filled in the background instead (migration 017, backfill.ts).
 */
export async function summarizeStale(sql: Sql): Promise<void> {
  const has = await sql.get('SELECT 1 AS x FROM actor_counts LIMIT 1');
  if (has) return;
  const any = await sql.get('SELECT 1 AS x FROM articles LIMIT 1');
  if (!any) return;
  await sql.write((tx) => rebuildSummaries(tx));
}

/** Counts every write that may change what a read returns; readers cache against it (api/cache.ts). */
export async function bumpVersion(tx: Sql, writes = 1): Promise<void> {
  await tx.run(`INSERT INTO sum_totals (name, n) VALUES ('writes', ?) ON CONFLICT (name) DO UPDATE SET n = sum_totals.n + excluded.n`, [writes]);
}

/** The write counter, for cache validation. */
export async function storeVersion(sql: Sql): Promise<number> {
  return Number((await sql.get<{ n: number }>(`SELECT n FROM sum_totals WHERE name = 'writes'`))?.n ?? 0);
}

/**
 * The ids of the events a party takes part in on one side, by code or actor id: a UNION, so each
 * half reads its own index ((role, code) and (role, actor_id)); with OR, SQLite read every
 * participant of the role. Takes the key list twice.
 */
export function partyIds(role: 'actor' | 'recipient', list: string): string {
  return `SELECT event_id FROM event_participants WHERE role = '${role}' AND code IN (${list})
    UNION SELECT event_id FROM event_participants WHERE role = '${role}' AND actor_id IN (${list})`;
}
