// What the page's endpoints answer, as types only: the web page imports these for its type check
// (web/src/api.ts), so this module imports nothing that runs and no Node types, as
// analysis/bloc-types.ts. The server's handlers are typed against the same declarations.
import type { DayCounts, Stack } from '../store/types.js';

/** A page of items as every list endpoint returns it. */
export interface PageReply<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
  /** Keyset cursor of the next page (events only), null at the end. */
  next?: string | null;
}

export type Bucket = 'day' | 'week' | 'month';

/** One bar of the count curve: a day, an ISO week or a month, with its count per stack key. */
export interface Bar { start: string; end: string; total: number; counts: Record<string, number> }

/** GET /api/counts. */
export interface Counts {
  bucket: Bucket;
  stack: Stack;
  keys: string[];
  bars: Bar[];
  total: number;
  /** Dated to the day but outside the bars (the few far-off dates left out of the default view). */
  outside: number;
  coarse: DayCounts['coarse'];
  range: { first: string; last: string } | null;
  source: DayCounts['source'];
}

/** One item's outcome in POST /api/ingest. */
export interface IngestItemResult {
  index: number;
  /** added / exists / duplicate as the store says; skipped when intake found no body. */
  status: 'added' | 'exists' | 'duplicate' | 'skipped';
  article_id: string | null;
  events: number;
  duplicate_of?: string;
  /** Why an item was skipped, or why an article was stored but not coded (e.g. not English). */
  reason?: string;
}

/** POST /api/ingest: one result per item sent. */
export interface IngestAnswer { results: IngestItemResult[] }
