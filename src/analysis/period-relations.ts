// The relations of a period as the API serves them. A period of few events is counted from the
// events (withoutDyad known, an undirected pair counted once per event); any bigger one from the
// dyad summaries (the store's dyadQuads), so no request reads every event of a long period.
import type { Store } from '../store/index.js';
import { FEW_EVENTS } from './period-blocs.js';
import { relations, relationsOfCounts, type RelationsOptions, type RelationsResult } from './relations.js';

export type PeriodRelations = Omit<RelationsResult, 'withoutDyad'> & { withoutDyad: number | null; from: string };

type Options = Pick<RelationsOptions, 'since' | 'until' | 'actor' | 'window' | 'directed'>;

/** `few`: the most events counted from the events themselves (tests lower it to reach the summaries). */
export async function periodRelations(store: Store, opts: Options, few = FEW_EVENTS): Promise<PeriodRelations> {
  // monthly windows need no day: the store sums each month's days (a fifth of the rows)
  const by = (opts.window ?? 'month') === 'month' ? 'month' : 'day';
  const counted = await store.dyadQuads({ since: opts.since, until: opts.until, actor: opts.actor?.toUpperCase(), by });
  if (counted.events > few) {
    return { ...relationsOfCounts(counted, opts), from: `summaries: ${counted.events} events, code-to-code dyads counted per date; withoutDyad not known` };
  }
  return { ...relations(await store.events({ since: opts.since, until: opts.until }), opts), from: 'events' };
}
