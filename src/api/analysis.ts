// Relations between dyads and blocs of actors, computed on request from the stored events
// (src/analysis does the work; these routes read the events and page the dyads).
import { blocs } from '../analysis/blocs.js';
import { relations } from '../analysis/relations.js';
import { BlocsQuery, RelationsQuery } from './params.js';
import { route, type Route } from './route.js';

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
      const events = await config.store.events({ since, until });
      return blocs(events, { since, until, halfLifeDays: half_life, weight, end });
    },
  }),
];
