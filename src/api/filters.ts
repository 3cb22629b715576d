// The page's filter as the store takes it: actor terms (names, codes, ids, any case) resolved to
// party keys, with a 400 in words when one matches no actor, naming what it might have meant.
import type { CountFilter, Store } from '../store/index.js';
import { HttpError } from './http.js';

export interface FilterParams {
  actor?: string[] | undefined;
  recipient?: string[] | undefined;
  type?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  country?: string | undefined;
}

async function keysOf(store: Store, terms: string[] | undefined, name: 'actor' | 'recipient'): Promise<string[] | undefined> {
  if (!terms?.length) return undefined;
  const r = await store.resolveParties(terms);
  const miss = r.unknown[0];
  if (miss) {
    const hint = miss.suggestions.length ? `; did you mean ${miss.suggestions.map((s) => JSON.stringify(s)).join(', ')}?` : '; no actor name starts like it either';
    throw new HttpError(400, `${name}: no actor is named or coded ${JSON.stringify(miss.term)}${hint}`, name);
  }
  return r.keys;
}

/** The store's filter for the query's actor, recipient, type, period and country. */
export async function resolveFilter(store: Store, q: FilterParams): Promise<CountFilter> {
  const out: CountFilter = {};
  const actor = await keysOf(store, q.actor, 'actor');
  const recipient = await keysOf(store, q.recipient, 'recipient');
  if (actor) out.actor = actor;
  if (recipient) out.recipient = recipient;
  if (q.type !== undefined) out.type = q.type;
  if (q.since !== undefined) out.since = q.since;
  if (q.until !== undefined) out.until = q.until;
  if (q.country !== undefined) out.country = q.country;
  if (out.since && out.until && out.since > out.until && !out.until.startsWith(out.since)) {
    throw new HttpError(400, `until: ${out.until} is before since ${out.since}`, 'until');
  }
  return out;
}
