// Relations between dyads and blocs of actors, computed on request from the stored events
// (src/analysis does the work; these routes read the events and page the dyads). Blocs of a
// period of more than BIG_PERIOD events come from the dyad summaries instead (dyad-graph.ts).
import { blocs, blocsOf } from '../analysis/blocs.js';
import { signedGraphFromDyads } from '../analysis/dyad-graph.js';
import { relations } from '../analysis/relations.js';
import { BlocsQuery, RelationsQuery } from './params.js';
import type { ReadPool } from './read-pool.js';
import { route, type Route } from './route.js';

/** Periods with more events than this are graphed from the summaries. */
export const BIG_PERIOD = 50_000;

export const ANALYSIS_ROUTES: Route[] = [
  route({
    method: 'GET', path: '/api/relations', cache: true, summary: 'Per dyad: event counts by quad class, mean Goldstein and PLOVER score per window, and the trend',
    query: RelationsQuery, shape: 'list',
    returns: 'Dyad: { id, source, target, directed, events, quad, goldstein, plover, unplaced, windows, trend }; the page also carries window, directed, events (read) and withoutDyad',
    async handle({ query: { limit, offset, since, until, actor, window, directed }, config }) {
      // the store narrows by date; relations() keeps the dyads with the actor on either side
      const events = await config.store.events({ since, until });
      const r = relations(events, { since, until, actor, window, directed });
      return {
        total: r.dyads.length, limit, offset, items: r.dyads.slice(offset, offset + limit),
        window: r.window, directed: r.directed, events: r.events, withoutDyad: r.withoutDyad,
      };
    },
  }),
  route({
    method: 'GET', path: '/api/blocs', cache: true, summary: 'Blocs of actors (signed communities of the decayed cooperation/conflict graph), balance, tensions and courted actors',
    query: BlocsQuery, shape: 'object',
    returns: 'BlocsResult: { end, halfLifeDays, events, skipped, nodes, edges, blocs, between, modularity, balance, tensions, courted }',
    async handle({ query: { since, until, half_life, weight, end }, config }) {
      const opts = { since, until, halfLifeDays: half_life, weight, end };
      // a big period is drawn from the dyad summaries by month, never read event by event
      const days = await config.store.dayCounts({ since, until }, 'quad');
      const n = days.days.reduce((t, d) => t + d.n, 0);
      if (n > BIG_PERIOD) {
        const pool = (config.store as { pool?: ReadPool }).pool;
        const result = pool ? await pool.call<ReturnType<typeof blocsOf>>('blocsFromSummaries', [since, until, opts])
          : blocsOf(signedGraphFromDyads(await config.store.dyadMonths(since, until), opts), opts);
        return { ...result, from: `summaries: ${n} events dated to the day, by month and country code, no co-actor ties` };
      }
      const events = await config.store.events({ since, until });
      return blocs(events, opts);
    },
  }),
];
