// Shared by relations, blocs and export: open the store named by --db and read the events a filter selects.
import type { EventFilter, Store, StoredEvent } from '../../store/types.js';
import { check, period } from '../args.js';
import { openCliStore } from '../store.js';

/** --since/--until checked as periods (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www). */
export function dateBounds(values: Record<string, unknown>): { since?: string; until?: string } {
  return {
    since: values['since'] === undefined ? undefined : check(period, values['since'], '--since'),
    until: values['until'] === undefined ? undefined : check(period, values['until'], '--until'),
  };
}

/** Runs `use` on an open store (closed afterwards); the store may be sync or async, so every call is awaited. */
export async function withStore<T>(db: string | undefined, use: (store: Store) => Promise<T>): Promise<T> {
  // --db, else ENTENTE_DB, else entente.db; a SQLite file must exist (opening would create an empty one)
  const { store } = await openCliStore(db, true);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

export async function readEvents(store: Store, filter: EventFilter): Promise<StoredEvent[]> {
  return await store.events(filter);
}
