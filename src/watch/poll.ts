// One poll of the watched sources: each feed is fetched with its validators (a 304 costs nothing),
// its items not taken before are fetched one at a time per host, after robots.txt allows them and
// a minimum delay, and go through the one ingest path (intake, duplicate check, stages, store).
// What was taken or skipped, and each source's validators and failures, stay in the store, so a
// restarted watch neither fetches an old page again nor hammers a failing source.
import { createRequire } from 'node:module';
import { ingestInput } from '../ingest/item.js';
import { looksLikeFeed, readFeed } from '../intake/feed.js';
import type { Store } from '../store/index.js';
import type { WatchSource } from '../store/watch.js';
import type { RawInput } from '../types.js';
import { politeGet, type FetchOptions, type Fetched } from './fetch.js';
import { looksLikeSitemap, readSitemap, type SitemapPage } from './sitemap.js';

/** At most this many child sitemaps of a sitemap index are read per poll. */
const MAX_CHILD_SITEMAPS = 50;

type RobotsParser = (url: string, contents: string) => { isAllowed(url: string, ua?: string): boolean | undefined };
const robotsParser = createRequire(import.meta.url)('robots-parser') as RobotsParser;

export interface WatchOptions {
  /** Names entente and how to reach whoever runs it. */
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** At least this long between two requests to one host. */
  hostDelayMs: number;
  /** Longest pause a failing source gets before it is tried again. */
  maxBackoffS: number;
}

export const DEFAULT_WATCH: WatchOptions = {
  userAgent: 'entente-watch/0.1 (+https://github.com/entente; set ENTENTE_CONTACT)',
  timeoutMs: 20_000,
  maxBytes: 5_000_000,
  hostDelayMs: 1_000,
  maxBackoffS: 6 * 3600,
};

/** What becomes of a fetched page: stored here (the default), or queued for the workers (--redis). */
export type Take = (input: RawInput) => Promise<{ status: 'stored' | 'queued'; articleId: string | null; events: number; note: string | null } | { status: 'skipped'; reason: string }>;

/** Stores a page through the one ingest path. */
export const storeHere = (store: Store): Take => async (input) => {
  const out = await ingestInput(store, input, 'watch');
  if (out.status === 'skipped') return { status: 'skipped', reason: out.skipReason ?? 'skipped' };
  return { status: 'stored', articleId: out.articleId, events: out.events, note: out.uncoded ?? null };
};

export interface PollSummary {
  sources: number;
  notModified: number;
  /** Sources that failed this poll or are backing off, with why. */
  failed: { url: string; reason: string }[];
  itemsNew: number;
  stored: number;
  /** Pages handed to the workers (--redis) instead of stored here. */
  queued: number;
  skipped: { url: string; reason: string }[];
  events: number;
}

/** Requests to one host at least hostDelayMs apart; robots.txt read once per host and poll. */
class Politeness {
  private readonly last = new Map<string, number>();
  private readonly robots = new Map<string, ReturnType<RobotsParser> | null>();
  constructor(private readonly o: WatchOptions) {}

  async get(url: string, extra: Partial<FetchOptions> = {}): Promise<Fetched> {
    const host = new URL(url).host;
    const wait = (this.last.get(host) ?? 0) + this.o.hostDelayMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    this.last.set(host, Date.now());
    return politeGet(url, { userAgent: this.o.userAgent, timeoutMs: this.o.timeoutMs, maxBytes: this.o.maxBytes, ...extra });
  }

  /** robots.txt of the URL's site says yes (a missing or unreadable robots.txt allows all). */
  async allowed(url: string): Promise<boolean> {
    const origin = new URL(url).origin;
    if (!this.robots.has(origin)) {
      const r = await this.get(`${origin}/robots.txt`);
      this.robots.set(origin, r.ok ? robotsParser(`${origin}/robots.txt`, r.body) : null);
    }
    return this.robots.get(origin)?.isAllowed(url, this.o.userAgent) ?? true;
  }
}

const fresh = (url: string): WatchSource => ({ url, etag: null, lastModified: null, nextPoll: null, failures: 0, lastStatus: null, lastError: null });

/** A page fetch that fails for a reason that will not pass (robots, size, not a page) is remembered; a passing one (5xx, timeout) is tried on the next poll. */
const lasting = (f: Extract<Fetched, { ok: false }>): boolean => f.status !== null && f.status >= 400 && f.status < 500 && f.status !== 429 || /larger than|redirects/.test(f.reason);

/** A watched source: its URL, and the name stories from it are stored under (else the feed's title). */
export interface WatchedSource { url: string; label?: string }

export async function pollOnce(store: Store, sources: readonly (string | WatchedSource)[], o: WatchOptions = DEFAULT_WATCH, log: (line: string) => void = () => undefined, take: Take = storeHere(store)): Promise<PollSummary> {
  const sum: PollSummary = { sources: 0, notModified: 0, failed: [], itemsNew: 0, stored: 0, queued: 0, skipped: [], events: 0 };
  const polite = new Politeness(o);
  for (const src of sources) {
    const { url, label } = typeof src === 'string' ? { url: src, label: undefined } : src;
    sum.sources++;
    const state = (await store.watch.source(url)) ?? fresh(url);
    if (state.nextPoll && state.nextPoll > new Date().toISOString()) {
      sum.failed.push({ url, reason: `backing off until ${state.nextPoll} after ${state.failures} failure(s): ${state.lastError ?? ''}` });
      continue;
    }
    if (!(await polite.allowed(url))) {
      sum.failed.push({ url, reason: 'robots.txt disallows it' });
      continue;
    }
    const res = await polite.get(url, { etag: state.etag, lastModified: state.lastModified });
    if (!res.ok) {
      if (res.notModified) {
        sum.notModified++;
        await store.watch.saveSource({ ...state, failures: 0, lastStatus: 304, lastError: null, nextPoll: null });
        continue;
      }
      const failures = state.failures + 1;
      const pause = Math.min(o.maxBackoffS, res.retryAfterS ?? 60 * 2 ** (failures - 1));
      const nextPoll = new Date(Date.now() + pause * 1000).toISOString();
      await store.watch.saveSource({ ...state, failures, lastStatus: res.status, lastError: res.reason, nextPoll });
      sum.failed.push({ url, reason: `${res.reason}; next try after ${nextPoll}` });
      log(`watch: ${url}: ${res.reason}`);
      continue;
    }
    await store.watch.saveSource({ ...state, etag: res.etag, lastModified: res.lastModified, failures: 0, lastStatus: 200, lastError: null, nextPoll: null });
    // A feed or a sitemap lists items; any other page is itself the one item.
    let items: (RawInput | { path: string; reason: string })[];
    if (looksLikeSitemap(res.body)) {
      const pages = await sitemapPages(res.body, res.url, polite, sum);
      if (!pages) continue;
      items = pages.map((p) => ({ url: p.url, ...(p.published ? { published: p.published, publishedField: '<news:publication_date>' } : {}), ...(p.title ? { title: p.title } : {}) }));
    } else items = looksLikeFeed(res.body) ? readFeed(res.body, url) : [{ url: res.url }];
    for (const item of items) {
      if ('reason' in item) { sum.skipped.push({ url, reason: item.reason }); continue; }
      const itemUrl = item.url ? new URL(item.url, res.url).toString() : null;
      if (!itemUrl) { sum.skipped.push({ url, reason: 'a feed item without a link' }); continue; }
      if (await store.watch.seen(itemUrl)) continue;
      sum.itemsNew++;
      const skip = async (reason: string, remember: boolean): Promise<void> => {
        sum.skipped.push({ url: itemUrl, reason });
        if (remember) await store.watch.saveItem({ itemUrl, sourceUrl: url, status: 'skipped', reason, articleId: null });
      };
      if (!(await polite.allowed(itemUrl))) { await skip('robots.txt disallows it', true); continue; }
      const page = itemUrl === res.url ? res : await polite.get(itemUrl);
      if (!page.ok) { await skip(page.reason, lasting(page)); continue; }
      if (!/html|xml|text/i.test(page.contentType) && page.contentType !== '') { await skip(`not a page (${page.contentType})`, true); continue; }
      const input: RawInput = { html: page.body, url: itemUrl };
      for (const k of ['title', 'published', 'publishedField', 'source'] as const) if (item[k]) input[k] = item[k];
      if (label) input.source = label;
      const out = await take(input);
      if (out.status === 'skipped') { await skip(out.reason, true); continue; }
      if (out.status === 'queued') sum.queued++;
      else sum.stored++;
      sum.events += out.events;
      await store.watch.saveItem({ itemUrl, sourceUrl: url, status: out.status, reason: out.note, articleId: out.articleId });
    }
  }
  return sum;
}

/** The pages of a sitemap, or of the child sitemaps of an index (one level, up to MAX_CHILD_SITEMAPS); null when it cannot be read. */
async function sitemapPages(xml: string, url: string, polite: Politeness, sum: PollSummary): Promise<SitemapPage[] | null> {
  let map;
  try {
    map = readSitemap(xml);
  } catch (e) {
    sum.failed.push({ url, reason: `sitemap: ${(e as Error).message}` });
    return null;
  }
  if (map.kind === 'urlset') return map.pages.map((p) => ({ ...p, url: new URL(p.url, url).toString() }));
  const pages: SitemapPage[] = [];
  for (const child of map.sitemaps.slice(0, MAX_CHILD_SITEMAPS)) {
    const childUrl = new URL(child, url).toString();
    if (!(await polite.allowed(childUrl))) { sum.skipped.push({ url: childUrl, reason: 'robots.txt disallows it' }); continue; }
    const res = await polite.get(childUrl);
    if (!res.ok) { sum.failed.push({ url: childUrl, reason: res.reason }); continue; }
    try {
      const m = readSitemap(res.body);
      if (m.kind === 'urlset') pages.push(...m.pages.map((p) => ({ ...p, url: new URL(p.url, childUrl).toString() })));
      else sum.skipped.push({ url: childUrl, reason: 'a sitemap index inside a sitemap index is not followed' });
    } catch (e) {
      sum.failed.push({ url: childUrl, reason: `sitemap: ${(e as Error).message}` });
    }
  }
  if (map.sitemaps.length > MAX_CHILD_SITEMAPS) sum.skipped.push({ url, reason: `${map.sitemaps.length - MAX_CHILD_SITEMAPS} child sitemaps beyond the first ${MAX_CHILD_SITEMAPS} not read` });
  return pages;
}
