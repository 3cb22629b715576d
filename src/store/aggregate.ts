// Counts for the page: events per day stacked by quad class or type, and breakdowns by type,
// actor and country, for a filter. Filters a summary table can answer (none, one country, one
// actor or recipient, one actor-recipient pair of codes) read it, bounded by its key and day;
// the rest (several actors, a country with an actor) group the matching events, bounded by the
// participant and date indexes.
import { periodOf } from './dates.js';
import type { Arg, Sql } from './sql.js';
import type { Breakdown, CountFilter, DayCount, DayCounts, DyadMonth, DyadWeight, DyadWeightQuery, DyadWeights, Stack } from './types.js';

export type { Breakdown, CountFilter, DayCount, DayCounts, Stack };
import { DAY, FACTUAL, partyIds } from './summaries.js';
import { stillFilling } from './backfill.js';

interface Source { from: string; where: string[]; args: Arg[]; name: string }

const dated = (f: CountFilter) => f.since !== undefined || f.until !== undefined;

function dayBounds(f: CountFilter, col: string, where: string[], args: Arg[]): void {
  if (f.since !== undefined) { where.push(`${col} >= ?`); args.push(periodOf(f.since)!.start); }
  if (f.until !== undefined) { where.push(`${col} <= ?`); args.push(periodOf(f.until)!.end); }
  if (dated(f)) where.push(`${col} <> ''`);
}

/** Whether a key is a country/non-state code (the dyad table is keyed by codes). */
async function isCode(sql: Sql, key: string): Promise<boolean> {
  return (await sql.get('SELECT 1 AS x FROM actors WHERE code = ? LIMIT 1', [key])) !== undefined;
}

/** The summary table that answers this filter, or null when only the events can. */
async function summarySource(sql: Sql, f: CountFilter): Promise<Source | null> {
  const a = f.actor ?? [], r = f.recipient ?? [];
  if (a.length > 1 || r.length > 1) return null;
  const where: string[] = [];
  const args: Arg[] = [];
  let s: Omit<Source, 'where' | 'args'>;
  if (f.country !== undefined) {
    if (a.length || r.length) return null;
    s = { from: 'sum_country_day s', name: 'sum_country_day' };
    where.push('s.country = ?'); args.push(f.country);
  } else if (a.length && r.length) {
    if (!(await isCode(sql, a[0]!)) || !(await isCode(sql, r[0]!))) return null;
    s = { from: 'sum_dyad_day s', name: 'sum_dyad_day' };
    where.push('s.actor = ? AND s.recipient = ?'); args.push(a[0]!, r[0]!);
  } else if (a.length || r.length) {
    s = { from: 'sum_party_day s', name: 'sum_party_day' };
    where.push('s.role = ? AND s.key = ?'); args.push(a.length ? 'actor' : 'recipient', (a[0] ?? r[0])!);
  } else {
    s = { from: 'sum_day s', name: 'sum_day' };
  }
  if (f.type !== undefined) { where.push('s.type = ?'); args.push(f.type); }
  dayBounds(f, 's.day', where, args);
  return { ...s, where, args };
}

/** The events matching the filter (factual), as a FROM and WHERE over `events e`. */
function eventSource(f: CountFilter): Source {
  const where = [FACTUAL];
  const args: Arg[] = [];
  for (const role of ['actor', 'recipient'] as const) {
    const keys = f[role];
    if (!keys?.length) continue;
    const list = keys.map(() => '?').join(', ');
    where.push(`e.id IN (${partyIds(role, list)})`);
    args.push(...keys, ...keys);
  }
  if (f.type !== undefined) { where.push('e.type = ?'); args.push(f.type); }
  if (f.country !== undefined) { where.push('e.place_country = ?'); args.push(f.country); }
  if (f.since !== undefined) { where.push('e.date_start >= ?'); args.push(periodOf(f.since)!.start); }
  if (f.until !== undefined) { where.push('e.date_start <= ?'); args.push(periodOf(f.until)!.end); }
  if (dated(f)) where.push('e.date_start = e.date_end');
  return { from: 'events e', where, args, name: 'events' };
}

const whereOf = (s: Source) => (s.where.length ? `WHERE ${s.where.join(' AND ')}` : '');

/** The one actor or recipient key of a filter that has nothing else of the kind (no country, no other side). */
function oneParty(f: CountFilter): { role: 'actor' | 'recipient'; key: string } | null {
  const a = f.actor ?? [], r = f.recipient ?? [];
  if (f.country !== undefined || a.length + r.length !== 1) return null;
  return a.length ? { role: 'actor', key: a[0]! } : { role: 'recipient', key: r[0]! };
}

/** How many factual events a party key takes part in on one side (sum_party), for choosing a plan. */
export async function partyCount(sql: Sql, role: 'actor' | 'recipient', keys: readonly string[]): Promise<number> {
  if (!keys.length) return 0;
  const r = await sql.get<{ n: number | null }>(`SELECT SUM(n) AS n FROM sum_party WHERE role = ? AND key IN (${keys.map(() => '?').join(', ')})`, [role, ...keys]);
  return Number(r?.n ?? 0);
}

/** Events per day and stack key for the filter. */
export async function dayCounts(sql: Sql, f: CountFilter, stack: Stack): Promise<DayCounts> {
  const sum = await summarySource(sql, f);
  const src = sum ?? eventSource(f);
  const [day, key, n, dead] = sum
    ? ['s.day', stack === 'quad' ? 's.quad' : 's.type', 'SUM(s.n)', 'SUM(s.dead)']
    : [DAY, stack === 'quad' ? 'e.quad_code' : 'e.type', 'COUNT(*)', 'SUM(COALESCE(e.dead, 0))'];
  const rows = await sql.all<{ day: string; key: string | number; n: number; dead: number }>(
    `SELECT ${day} AS day, ${key} AS key, ${n} AS n, ${dead} AS dead FROM ${src.from} ${whereOf(src)} GROUP BY 1, 2 ORDER BY 1, 2`, src.args);
  let coarse: number | null = null;
  const days: DayCount[] = [];
  for (const r of rows) {
    if (r.day === '') coarse = (coarse ?? 0) + Number(r.n);
    else days.push({ day: r.day, key: String(r.key), n: Number(r.n), dead: Number(r.dead) });
  }
  return { days, coarse: dated(f) ? null : coarse ?? 0, source: src.name };
}

/** Counts by type, top actors and countries, and deaths, for the filter. */
export async function breakdown(sql: Sql, f: CountFilter, top = 10): Promise<Breakdown> {
  let sum = await summarySource(sql, f);
  // one party over all dates: its types from the month rows (a party's day rows are tens of thousands)
  if (sum?.name === 'sum_party_day' && !dated(f) && !(await stillFilling(sql, 'sum_party_month'))) sum = { ...sum, from: 'sum_party_month s', name: 'sum_party_month' };
  const src = sum ?? eventSource(f);
  const types = (await sql.all<{ type: string; n: number; dead: number }>(sum
    ? `SELECT s.type AS type, SUM(s.n) AS n, SUM(s.dead) AS dead FROM ${src.from} ${whereOf(src)} GROUP BY 1`
    : `SELECT e.type AS type, COUNT(*) AS n, SUM(COALESCE(e.dead, 0)) AS dead FROM events e ${whereOf(src)} GROUP BY 1`, src.args))
    .map((r) => ({ type: r.type, n: Number(r.n), dead: Number(r.dead) })).sort((x, y) => y.n - x.n || (x.type < y.type ? -1 : 1));
  const plain = !f.actor?.length && !f.recipient?.length && f.country === undefined;
  const ev = eventSource(f);
  let actors: { key: string; n: number }[];
  let countries: { country: string; n: number; dead: number }[];
  const one = oneParty(f);
  if (plain && !dated(f) && f.type === undefined) {
    actors = await sql.all(`SELECT key, n FROM sum_party WHERE role = 'any' ORDER BY n DESC, key LIMIT ?`, [top]);
    countries = await sql.all(`SELECT country, n, dead FROM sum_country ORDER BY n DESC, country LIMIT ?`, [top]);
  } else if (plain) {
    const w: string[] = ["s.role = 'any'"], a: Arg[] = [];
    if (f.type !== undefined) { w.push('s.type = ?'); a.push(f.type); }
    dayBounds(f, 's.day', w, a);
    actors = await topParties(sql, f, top);
    const cw = w.slice(1);
    countries = await sql.all(`SELECT s.country AS country, SUM(s.n) AS n, SUM(s.dead) AS dead FROM sum_country_day s
      ${cw.length ? `WHERE ${cw.join(' AND ')}` : ''} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?`, [...a, top]);
  } else if (one && !dated(f) && f.type === undefined) {
    // one actor (or recipient), code or actor id, over all dates: its counterparts and places from the summaries
    actors = (await stillFilling(sql, 'sum_party_dyad')) ? await counterparts(sql, one, top)
      : await sql.all(`SELECT other AS key, n FROM sum_party_dyad WHERE role = ? AND key = ? ORDER BY n DESC, other LIMIT ?`, [one.role, one.key, top]);
    countries = await sql.all(`SELECT country, n, dead FROM sum_party_country WHERE role = ? AND key = ? ORDER BY n DESC, country LIMIT ?`, [one.role, one.key, top]);
  } else {
    // who else takes part in the matching events, on either side
    actors = await sql.all(`SELECT p.code AS key, COUNT(DISTINCT p.event_id) AS n FROM event_participants p JOIN events e ON e.id = p.event_id
      ${whereOf(ev)} AND p.code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?`, [...ev.args, top]);
    countries = await sql.all(`SELECT e.place_country AS country, COUNT(*) AS n, SUM(COALESCE(e.dead, 0)) AS dead FROM events e
      ${whereOf(ev)} AND e.place_country IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?`, [...ev.args, top]);
  }
  return {
    events: types.reduce((t, r) => t + r.n, 0),
    dead: types.reduce((t, r) => t + r.dead, 0),
    types,
    actors: actors.map((r) => ({ key: r.key, n: Number(r.n) })),
    countries: countries.map((r) => ({ country: r.country, n: Number(r.n), dead: Number(r.dead) })),
    source: src.name,
  };
}

/**
 * The codes on the other side of one party's events: sum_party_dyad's answer while it fills
 * (backfill.ts). A code's from sum_dyad (its pairs of codes; generic actor ids are their code), an
 * actor id's from its events.
 */
async function counterparts(sql: Sql, one: { role: 'actor' | 'recipient'; key: string }, top: number): Promise<{ key: string; n: number }[]> {
  const other = one.role === 'actor' ? 'recipient' : 'actor';
  if (await isCode(sql, one.key)) {
    return sql.all(`SELECT ${other} AS key, n FROM sum_dyad WHERE ${one.role} = ? ORDER BY n DESC, ${other} LIMIT ?`, [one.key, top]);
  }
  return sql.all(`SELECT o.code AS key, COUNT(DISTINCT o.event_id) AS n FROM event_participants o JOIN events e ON e.id = o.event_id
    WHERE o.role = '${other}' AND COALESCE(o.code, '') <> '' AND ${FACTUAL} AND o.event_id IN (${partyIds(one.role, '?')})
    GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?`, [one.key, one.key, top]);
}

/**
 * The most active party keys (either side) of a plain period: its whole months from sum_party_month
 * (migration 014), the days of the months it cuts from sum_party_day; a month of news is a few
 * thousand month rows instead of ten times as many day rows.
 */
async function topParties(sql: Sql, f: CountFilter, top: number): Promise<{ key: string; n: number }[]> {
  // while sum_party_month fills (backfill.ts), the whole period from the day rows
  const split = (await stillFilling(sql, 'sum_party_month'))
    ? { whole: false, cuts: [[f.since ? periodOf(f.since)!.start : '0000-01-01', f.until ? periodOf(f.until)!.end : '9999-12-31'] as [string, string]] }
    : splitMonths(f.since, f.until);
  const parts: string[] = [];
  const args: Arg[] = [];
  const type = f.type !== undefined ? ' AND type = ?' : '';
  if (split.whole) {
    parts.push(`SELECT key, SUM(n) AS n FROM sum_party_month WHERE role = 'any' AND month <> ''${split.first ? ' AND month >= ?' : ''}${split.last ? ' AND month <= ?' : ''}${type} GROUP BY key`);
    if (split.first) args.push(split.first);
    if (split.last) args.push(split.last);
    if (f.type !== undefined) args.push(f.type);
  }
  for (const [a, b] of split.cuts) {
    parts.push(`SELECT key, SUM(n) AS n FROM sum_party_day WHERE role = 'any' AND day >= ? AND day <= ?${type} GROUP BY key`);
    args.push(a, b, ...(f.type !== undefined ? [f.type] : []));
  }
  if (!parts.length) return [];
  return (await sql.all<{ key: string; n: number }>(`SELECT x.key AS key, SUM(x.n) AS n FROM (${parts.join(' UNION ALL ')}) x
    GROUP BY x.key ORDER BY 2 DESC, 1 LIMIT ?`, [...args, top])).map((r) => ({ key: r.key, n: Number(r.n) }));
}

/** How many factual events, per the summary (for the unfiltered header counts): one row (migration 013). */
export async function factualTotal(sql: Sql): Promise<number> {
  return Number((await sql.get<{ n: number | null }>(`SELECT n FROM sum_totals WHERE name = 'factual'`))?.n ?? 0);
}

const monthEnd = (m: string) => periodOf(m)!.end;

/**
 * Dyads per month for a period: whole months from sum_dyad_month, the days of a month the period
 * cuts from sum_dyad_day, so a period of any days costs about one row per dyad and month. Each
 * part a SELECT of (actor, recipient, month, n, plover, goldstein, coop) from `m`.
 */
function monthParts(since?: string, until?: string): { sql: string; args: Arg[]; whole: boolean }[] {
  const split = splitMonths(since, until);
  const parts: { sql: string; args: Arg[]; whole: boolean }[] = [];
  if (split.whole) {
    const where: string[] = ['1 = 1'];
    const args: Arg[] = [];
    if (split.first) { where.push('m.month >= ?'); args.push(split.first); }
    if (split.last) { where.push('m.month <= ?'); args.push(split.last); }
    parts.push({ sql: `FROM sum_dyad_month m WHERE ${where.join(' AND ')}`, args, whole: true });
  }
  // each cut lies in one month: summed along sum_dyad_day_month (migration 015) in pair order
  for (const [a, b] of split.cuts) {
    parts.push({ sql: `FROM (SELECT s.actor AS actor, s.recipient AS recipient, MIN(substr(s.day, 1, 7)) AS month, SUM(s.n) AS n,
        SUM(s.plover) AS plover, SUM(s.goldstein) AS goldstein, SUM(CASE WHEN s.quad <= 2 THEN s.n ELSE 0 END) AS coop
      FROM sum_dyad_day s WHERE substr(s.day, 1, 7) = ? AND s.day >= ? AND s.day <= ? GROUP BY s.actor, s.recipient) m`, args: [a.slice(0, 7), a, b], whole: false });
  }
  return parts;
}

/**
 * A period as the whole months inside it (first..last, YYYY-MM, either open) and the day ranges of
 * the months it cuts at either end: what the month summaries answer and what the day ones must.
 */
export function splitMonths(since?: string, until?: string): { whole: boolean; first?: string; last?: string; cuts: [string, string][] } {
  const from = since ? periodOf(since)!.start : undefined, to = until ? periodOf(until)!.end : undefined;
  const first = from === undefined ? undefined : from.endsWith('-01') ? from.slice(0, 7) : nextMonth(from.slice(0, 7));
  const last = to === undefined ? undefined : monthEnd(to.slice(0, 7)) === to ? to.slice(0, 7) : prevMonth(to.slice(0, 7));
  const cuts: [string, string][] = [];
  const cutsFrom = from !== undefined && first !== from.slice(0, 7);
  if (cutsFrom) cuts.push([from, to && to < monthEnd(from.slice(0, 7)) ? to : monthEnd(from.slice(0, 7))]);
  // (a period from the 1st to a day of the same month is cut here, not by the line above)
  if (to && last !== to.slice(0, 7) && !(cutsFrom && from.slice(0, 7) === to.slice(0, 7))) cuts.push([`${to.slice(0, 7)}-01`, to]);
  return { whole: !(first && last && first > last), ...(first ? { first } : {}), ...(last ? { last } : {}), cuts };
}

export async function dyadMonths(sql: Sql, since?: string, until?: string): Promise<DyadMonth[]> {
  const out: DyadMonth[] = [];
  for (const p of monthParts(since, until)) {
    out.push(...(await sql.all<DyadMonth>(`SELECT m.actor AS actor, m.recipient AS recipient, m.month AS month, m.n AS n,
      m.plover AS plover, m.goldstein AS goldstein, m.coop AS coop ${p.sql}`, p.args))
      .map((r) => ({ ...r, n: Number(r.n), plover: Number(r.plover), goldstein: Number(r.goldstein), coop: Number(r.coop) })));
  }
  return out;
}

/**
 * 0.5^(age / half-life) of a month row `m`, in SQL: the age in days from the month's middle to the
 * end day, months counted at their mean length (dyad-graph.ts counts the same way). Parameters:
 * the end's month number, the end's day of month minus 15, the half-life.
 */
const fade = (sql: Sql) => {
  const age = "((? - (CAST(substr(m.month, 1, 4) AS INTEGER) * 12 + CAST(substr(m.month, 6, 2) AS INTEGER))) * 30.436875 + ?)";
  return sql.dialect === 'sqlite'
    ? `power(0.5, max(0, ${age}) / CAST(? AS REAL))`
    : `power(CAST(0.5 AS double precision), GREATEST(0, ${age}) / CAST(? AS double precision))`;
};

export async function dyadWeights(sql: Sql, q: DyadWeightQuery): Promise<DyadWeights> {
  const parts = monthParts(q.since, q.until);
  let end = q.end ?? (q.until ? periodOf(q.until)!.end : undefined);
  if (end === undefined) {
    let last: string | null = null;
    for (const p of parts) {
      const m = (await sql.get<{ m: string | null }>(`SELECT MAX(m.month) AS m ${p.sql}`, p.args))?.m ?? null;
      if (m !== null && (last === null || m > last)) last = m;
    }
    if (last === null) return { end: null, rows: [] };
    end = `${last}-15`;
  }
  const base = q.weight === 'quad' ? '(2 * m.coop - m.n)' : q.weight === 'goldstein' ? '(m.goldstein / 10.0)' : '(m.plover / 10.0)';
  const half = q.halfLifeDays ?? 0;
  const fades = half > 0 && Number.isFinite(half);
  // the fade is never 0, so a month's weight has its base's sign: the fade is computed once a row
  const f = fades ? fade(sql) : '1.0';
  const fArgs = fades ? [monthNumber(end), Number(end.slice(8, 10)) - 15, half] : [];
  const pairs = new Map<string, DyadWeight>();
  for (const p of parts) {
    // CASE over the faded weight: each month counts to pos or neg by its own sign, as in dyad-graph.ts
    // a cut is one row per pair already (grouped by pair in one month): no second GROUP BY to sort
    const sum = (x: string) => (p.whole ? `SUM(${x})` : x);
    const rows = await sql.all<DyadWeight>(`SELECT m.actor AS actor, m.recipient AS recipient,
        ${sum(`CASE WHEN ${base} <> 0 THEN m.n ELSE 0 END`)} AS n, ${sum(`CASE WHEN ${base} = 0 THEN m.n ELSE 0 END`)} AS zero,
        ${sum(`CASE WHEN ${base} > 0 THEN ${base} * ${f} ELSE 0 END`)} AS pos, ${sum(`CASE WHEN ${base} < 0 THEN ${base} * ${f} ELSE 0 END`)} AS neg
      ${p.sql}${p.whole ? ' GROUP BY m.actor, m.recipient' : ''}`, [...fArgs, ...fArgs, ...p.args]);
    for (const r of rows) {
      const k = `${r.actor}|${r.recipient}`;
      const acc = pairs.get(k) ?? { actor: r.actor, recipient: r.recipient, n: 0, zero: 0, pos: 0, neg: 0 };
      acc.n += Number(r.n); acc.zero += Number(r.zero); acc.pos += Number(r.pos); acc.neg += Number(r.neg);
      pairs.set(k, acc);
    }
  }
  return { end, rows: [...pairs.values()].sort((x, y) => (x.actor < y.actor ? -1 : x.actor > y.actor ? 1 : x.recipient < y.recipient ? -1 : 1)) };
}

/** Months since year 0 of a YYYY-MM or YYYY-MM-DD (what fade() counts in). */
export function monthNumber(d: string): number {
  return Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
}

export function nextMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}

export function prevMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
}

/** Factual events dated to the day in a period, from sum_day. */
export async function datedInPeriod(sql: Sql, since?: string, until?: string): Promise<number> {
  const where = ["s.day <> ''"];
  const args: Arg[] = [];
  dayBounds({ since, until }, 's.day', where, args);
  return Number((await sql.get<{ n: number | null }>(`SELECT SUM(s.n) AS n FROM sum_day s WHERE ${where.join(' AND ')}`, args))?.n ?? 0);
}
