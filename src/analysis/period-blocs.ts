// The alliance graph of a period as the API serves it. A period of few events is graphed from the
// events (named organisations, sectors and co-actor ties kept); any bigger one from the dyad
// summaries by month, so no request reads more than FEW_EVENTS events. Only the `top` most active
// actors are kept, so the drawing stays readable and the community search small.
import type { Store } from '../store/index.js';
import { blocs, blocsOf, type BlocsOptions, type BlocsResult } from './blocs.js';
import { signedGraphFromWeights } from './dyad-graph.js';
import { fadedDyads } from './faded-dyads.js';

/** Periods whose code-to-code dyads hold more events than this are graphed from the summaries. */
export const FEW_EVENTS = 2_000;

/** Actors kept when the caller does not say. */
export const DEFAULT_TOP = 30;

export type PeriodBlocs = BlocsResult & { from: string };

export async function periodBlocs(store: Store, opts: BlocsOptions): Promise<PeriodBlocs> {
  // the months are faded and summed per dyad in the store, month prefixes kept between requests
  const weights = await fadedDyads(store, { since: opts.since, until: opts.until, end: opts.end, halfLifeDays: opts.halfLifeDays ?? 30, weight: opts.weight });
  const n = weights.rows.reduce((t, r) => t + r.n + r.zero, 0);
  if (n > FEW_EVENTS) {
    return { ...blocsOf(signedGraphFromWeights(weights, opts.top), opts), from: `summaries: ${n} events between country codes, by month, no co-actor ties` };
  }
  return { ...blocs(await store.events({ since: opts.since, until: opts.until }), opts), from: 'events' };
}
