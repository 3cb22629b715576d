// Calls to `entente serve`. Paths are relative to the page, so the page works wherever it is
// mounted; every list endpoint answers { total, limit, offset, items }.
import type {
  ActorSummary, ArticleDetailFlat, ArticleListItem, BlocsResult, List, SearchHit, StoredAlert, StoredEvent, StoredQuote, StoreSummary,
} from './types.js';
import type { Breakdown } from '../../src/store/types.js';
// The counts and ingest answers are declared once, beside the server's handlers, in a module free of Node types.
import type { Bar, Counts } from '../../src/api/shapes.js';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined | null>;

export function apiUrl(path: string, params: Params = {}): string {
  const url = new URL(`api/${path}`, document.baseURI);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
  return url.toString();
}

async function getJson<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch(apiUrl(path, params), { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new ApiError(res.status, await errorText(res));
  return (await res.json()) as T;
}

export async function errorText(res: Response): Promise<string> {
  const body = await res.text().catch(() => '');
  try {
    const j = JSON.parse(body) as { error?: unknown; message?: unknown };
    const m = j.error ?? j.message;
    if (typeof m === 'string') return `${res.status}: ${m}`;
    if (m && typeof m === 'object' && 'message' in m) return `${res.status}: ${String((m as { message: unknown }).message)}`;
  } catch { /* not JSON */ }
  return `${res.status} ${res.statusText}${body ? `: ${body.slice(0, 200)}` : ''}`;
}

/** A list response, checked: a server that answers something else fails loudly, not blankly. */
async function getList<T>(path: string, params: Params, signal?: AbortSignal): Promise<List<T>> {
  const r = await getJson<Partial<List<T>>>(path, params, signal);
  if (!r || !Array.isArray(r.items) || (typeof r.total !== 'number' && (r.total as number | null | undefined) !== null)) throw new ApiError(0, `unexpected answer from /api/${path}`);
  return { total: r.total ?? -1, limit: r.limit ?? r.items.length, offset: r.offset ?? 0, items: r.items, next: r.next ?? null };
}

export interface EventQuery {
  actor?: string;
  recipient?: string;
  type?: string;
  since?: string;
  until?: string;
  doc?: string;
  all?: boolean;
  distinct?: boolean;
  order?: 'oldest' | 'newest';
  /** Words that must all appear in the sentence, a party's words or the place name. */
  q?: string;
  limit?: number;
  offset?: number;
}

/** The filter the timeline, counts, breakdowns and exports share. */
export interface PageFilter {
  actor?: string;
  recipient?: string;
  type?: string;
  since?: string;
  until?: string;
  country?: string;
}

export type { Bar, Counts };
export type { Breakdown };

export const EXPORTS = [
  { format: 'csv', label: 'CSV' }, { format: 'jsonl', label: 'PLOVER JSONL' }, { format: 'gdelt', label: 'GDELT TSV' }, { format: 'graphml', label: 'GraphML' },
] as const;

/** The download link of the filter in one format (the server streams it). */
export const exportUrl = (format: string, f: PageFilter): string => apiUrl('export', { format, ...f });

export const api = {
  counts: (f: PageFilter, signal?: AbortSignal) => getJson<Counts>('counts', { ...f, stack: 'quad' }, signal),
  breakdown: (f: PageFilter, signal?: AbortSignal) => getJson<Breakdown>('breakdown', { ...f, top: 8 }, signal),
  /** Newest first, without a total (the curve's counts give it); `cursor` for the next page. */
  eventPage: (q: EventQuery & { country?: string; cursor?: string; count?: boolean }, signal?: AbortSignal) =>
    getList<StoredEvent>('events', { ...q, all: undefined, count: q.count ? 'true' : 'false', distinct: q.distinct ? 'true' : undefined }, signal),
  events: (q: EventQuery, signal?: AbortSignal) => getList<StoredEvent>('events', { ...q, all: q.all ? 'true' : undefined, distinct: q.distinct ? 'true' : undefined }, signal),
  articles: (q: { q?: string; limit?: number; offset?: number }, signal?: AbortSignal) => getList<ArticleListItem>('articles', q, signal),
  actors: (q: { q?: string; limit?: number; offset?: number }, signal?: AbortSignal) => getList<ActorSummary>('actors', q, signal),
  quotes: (q: { speaker?: string; search?: string; limit?: number }, signal?: AbortSignal) => getList<StoredQuote>('quotes', q, signal),
  search: (q: string, page: { limit?: number; offset?: number }, signal?: AbortSignal) => getList<SearchHit>('search', { q, ...page }, signal),
  alerts: (signal?: AbortSignal) => getList<StoredAlert>('alerts', { limit: 200 }, signal),
  summary: (signal?: AbortSignal) => getJson<StoreSummary>('summary', {}, signal),
  /** Blocs from the events up to `until`, each event's weight halved every `halfLife` days (0: no decay). */
  blocs: (q: { since?: string; until?: string; half_life?: number; top?: number }, signal?: AbortSignal) => getJson<BlocsResult>('blocs', q, signal),
  /** The article with its annotation spans, events (all modalities), quotes and sources: flat, { ...article, annotations, ... }. */
  article: (id: string, signal?: AbortSignal) => getJson<ArticleDetailFlat>(`articles/${encodeURIComponent(id)}`, {}, signal),
};

/** The stored article an event was read from: event ids are `<article id>:<event id>`. */
export function articleIdOf(ev: Pick<StoredEvent, 'id'> & { doc_id?: string }): string {
  const i = ev.id.indexOf(':');
  return i > 0 ? ev.id.slice(0, i) : ev.doc_id ?? ev.id;
}

/** The reader, opened on the sentence an event was coded from. */
export function eventHref(ev: Pick<StoredEvent, 'id'> & { doc_id?: string }): string {
  return `#/article/${encodeURIComponent(articleIdOf(ev))}?event=${encodeURIComponent(ev.id)}`;
}
