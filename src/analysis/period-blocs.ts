// The alliance graph of a period as the API serves it. A period of few events is graphed from the
// events (named organisations, sectors and co-actor ties kept); any bigger one from the dyad
// summaries by month, so no request reads more than FEW_EVENTS events. Only the `top` most active
// actors are kept, so the drawing stays readable and the community search small.
import type { Store } from '../store/index.js';
import { blocs, blocsOf, type BlocsOptions, type BlocsResult } from './blocs.js';
import { signedGraphFromDyads } from './dyad-graph.js';

/** Periods with more events dated to the day than this are graphed from the summaries. */
export const FEW_EVENTS = 2_000;

/** Actors kept when the caller does not say. */
export const DEFAULT_TOP = 30;

export type PeriodBlocs = BlocsResult & { from: string };

export async function periodBlocs(store: Store, opts: BlocsOptions): Promise<PeriodBlocs> {
  const days = await store.dayCounts({ since: opts.since, until: opts.until }, 'quad');
  const n = days.days.reduce((t, d) => t + d.n, 0);
  if (n > FEW_EVENTS) {
    const result = blocsOf(signedGraphFromDyads(await store.dyadMonths(opts.since, opts.until), opts), opts);
    return { ...result, from: `summaries: ${n} events dated to the day, by month and country code, no co-actor ties` };
  }
  return { ...blocs(await store.events({ since: opts.since, until: opts.until }), opts), from: 'events' };
}
