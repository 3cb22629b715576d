// The page's aggregate endpoints: a count curve over the whole selection (/api/counts) and
// breakdowns by type, actor and country (/api/breakdown), both read from the store's summaries.
import { periodOf, type DayCount } from '../store/index.js';
import { autoBucket, toBars } from './buckets.js';
import { resolveFilter } from './filters.js';
import { BreakdownQuery, CountsQuery } from './params.js';
import { route, type Route } from './route.js';
import type { Counts } from './shapes.js';
import { at } from '../at.js';

/**
 * The days that hold the bulk of the events: from the one at 0.5% to the one at 99.5% of the
 * count, so a few background dates decades away do not squash the curve into one bar.
 */
export function bulkRange(days: readonly DayCount[]): { first: string; last: string } | null {
  if (!days.length) return null;
  const perDay = new Map<string, number>();
  for (const d of days) perDay.set(d.day, (perDay.get(d.day) ?? 0) + d.n);
  const sorted = [...perDay].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const total = sorted.reduce((t, [, n]) => t + n, 0);
  const cut = total >= 200 ? total * 0.005 : 0;
  let seen = 0, first = at(sorted, 0)[0], last = at(sorted, sorted.length - 1)[0];
  for (const [day, n] of sorted) { seen += n; if (seen > cut) { first = day; break; } }
  seen = 0;
  for (const [day, n] of [...sorted].reverse()) { seen += n; if (seen > cut) { last = day; break; } }
  return { first, last };
}

export const COUNT_ROUTES: Route[] = [
  route({
    method: 'GET', path: '/api/counts', cache: true, summary: 'Factual events per day, week or month, stacked by quad class or type, for a filter',
    query: CountsQuery, shape: 'object',
    returns: '{ bucket, stack, keys, bars: [{ start, end, total, counts: { key: n } }], total, coarse, outside, range, source }',
    async handle({ query: { bucket, stack, ...params }, config }) {
      const f = await resolveFilter(config.store, params);
      const r = await config.store.dayCounts(f, stack);
      const asked = { first: f.since ? periodOf(f.since)!.start : undefined, last: f.until ? periodOf(f.until)!.end : undefined };
      const bulk = bulkRange(r.days);
      const first = asked.first ?? bulk?.first, last = asked.last ?? bulk?.last;
      const b = bucket === 'auto' ? (first && last ? autoBucket(first, last) : 'month') : bucket;
      const shown = r.days.filter((d) => (!first || d.day >= first) && (!last || d.day <= last));
      const total = r.days.reduce((t, d) => t + d.n, 0);
      const answer: Counts = {
        bucket: b, stack,
        keys: [...new Set(r.days.map((d) => d.key))].sort(),
        bars: toBars(shown, b, first, last),
        total,
        outside: total - shown.reduce((t, d) => t + d.n, 0),
        coarse: r.coarse,
        range: first && last ? { first, last } : null,
        source: r.source,
      };
      return answer;
    },
  }),
  route({
    method: 'GET', path: '/api/breakdown', cache: true, summary: 'Counts by type, top actors and countries, and deaths, for a filter',
    query: BreakdownQuery, shape: 'object',
    returns: 'Breakdown: { events, dead, types: [{ type, n, dead }], actors: [{ key, n }], countries: [{ country, n, dead }], source }',
    async handle({ query: { top, ...params }, config }) {
      return config.store.breakdown(await resolveFilter(config.store, params), top);
    },
  }),
];
