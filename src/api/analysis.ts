// Relations between dyads and blocs of actors (src/analysis does the work; these routes read the
// store and page the dyads). The relations of a period of many events come from the dyad
// summaries (period-relations.ts). The blocs of a period are computed on a reader thread when there is
// a read pool (period-blocs.ts: from the dyad summaries unless the period holds few events).
import { DEFAULT_TOP, periodBlocs } from '../analysis/period-blocs.js';
import { periodRelations } from '../analysis/period-relations.js';
import { BlocsQuery, RelationsQuery } from './params.js';
import type { ReadPool } from './read-pool.js';
import { route, type Route } from './route.js';

export const ANALYSIS_ROUTES: Route[] = [
  route({
    method: 'GET', path: '/api/relations', cache: true, summary: 'Per dyad: event counts by quad class, mean Goldstein and PLOVER score per window, and the trend',
    query: RelationsQuery, shape: 'list',
    returns: 'Dyad: { id, source, target, directed, events, quad, goldstein, plover, unplaced, windows, trend }; the page also carries window, directed, events (read), withoutDyad (null when counted from the summaries) and from (events, or summaries for a period of many events)',
    async handle({ query: { limit, offset, since, until, actor, window, directed }, config }) {
      const r = await periodRelations(config.store, { since, until, actor, window, directed });
      return {
        total: r.dyads.length, limit, offset, items: r.dyads.slice(offset, offset + limit),
        window: r.window, directed: r.directed, events: r.events, withoutDyad: r.withoutDyad, from: r.from,
      };
    },
  }),
  route({
    method: 'GET', path: '/api/blocs', cache: true, summary: 'Blocs of actors (signed communities of the decayed cooperation/conflict graph), balance, tensions and courted actors',
    query: BlocsQuery, shape: 'object',
    returns: 'BlocsResult: { end, halfLifeDays, events, skipped, nodes, edges, blocs, between, modularity, balance, tensions, courted, actors (before top), from }',
    async handle({ query: { since, until, half_life, weight, end, top }, config }) {
      const opts = { since, until, halfLifeDays: half_life, weight, end, top: top === 0 ? undefined : top ?? DEFAULT_TOP };
      const pool = (config.store as { pool?: ReadPool }).pool;
      return pool ? pool.call('periodBlocs', [opts]) : periodBlocs(config.store, opts);
    },
  }),
];
