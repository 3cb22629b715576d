// The store's public shape, kept apart from SQLite so a PostgreSQL twin can implement it too.
import type { Doc, EventLoc, Message, PloverType, Span, Zone } from '../types.js';

export interface IngestOptions {
  /** Source label used when the article itself names none (e.g. a manifest's `source`). */
  source?: string;
}

export interface IngestResult {
  /**
   * 'exists' when an article with the same id was already stored; 'duplicate' when the body is a
   * near copy (MinHash) of a stored article. Neither adds an article or events; both record the
   * input as a source of the stored article when its doc id or url is new.
   */
  article: 'added' | 'exists' | 'duplicate';
  /** Events newly stored by this call (0 unless 'added'). */
  events: number;
  /** For 'duplicate': the id of the stored article this input is a copy of. */
  duplicateOf?: string;
}

/** A stored article an input matches: the same body ('exact') or a near copy ('near'). */
export interface DuplicateMatch {
  articleId: string;
  match: 'exact' | 'near';
  /** Estimated Jaccard similarity of the bodies' shingles (1 for 'exact'). */
  similarity: number;
}

/** One input that turned out to be a stored article, the first one included. */
export interface ArticleSource {
  doc_id: string;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  seen_at: string;
  /** 'first': created the article; 'exact': the same body again; 'near': a near copy. */
  match: 'first' | 'exact' | 'near';
  similarity: number;
  /** The input's own content id (differs from the article's for near copies). */
  input_id: string;
}

export interface EventFilter {
  /** Country/non-state code (FRA, IMG) or actor id of any actor participant; several: any of them. */
  actor?: string | readonly string[];
  /** Same, for recipient participants. */
  recipient?: string | readonly string[];
  /** Country code of the event's place. */
  country?: string;
  /** Keyset pagination: the rows after this one in the order asked for (instead of an offset). */
  after?: EventCursor;
  /** PLOVER event type (AGREE, ASSAULT, ...). */
  type?: string;
  /** Inclusive lower bound (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www); events whose date period overlaps are kept. */
  since?: string;
  /** Inclusive upper bound, same formats. */
  until?: string;
  docId?: string;
  limit?: number;
  /** Rows to skip before `limit` (pagination). */
  offset?: number;
  /** Words that must all appear (case-insensitive) in the event's sentence, a party's words or its place name. */
  q?: string;
  /** Also return negated and hypothetical readings (excluded by default). */
  includeNonFactual?: boolean;
  /** One event per group (real-world event): the most confident of the group's matching mentions. */
  distinct?: boolean;
  /** 'oldest' first (the default) or 'newest' first; undated events come last either way. */
  order?: 'oldest' | 'newest';
}

/** Where a page ended: the last row's period start, date and id. */
export interface EventCursor { start: string | null; date: string | null; id: string }

/** One participant as PLOVER writes it, plus our canonical actor id. */
export interface StoredParticipant {
  code: string | null;
  sector: string | null;
  entity_text: string;
  actor_id: string;
}

/** A stored event shaped like a PLOVER JSON record, with its evidence span and article. */
export interface StoredEvent {
  /** Globally unique: `<article id>:<event id>`. */
  id: string;
  doc_id: string;
  date: string | null;
  event: PloverType;
  mode: string | null;
  context: string[];
  quad_code: 1 | 2 | 3 | 4;
  cameo: string;
  goldstein: number;
  plover_score: number;
  actor: StoredParticipant[];
  recipient: StoredParticipant[];
  /** The sentence the event was read from. */
  event_text: string;
  /** Where it happened, and the evidence that placed it: its own clause, the story's dateline, or the story's locale (headline). */
  event_loc: EventLoc | null;
  size: { dead: number | null; injured: number | null; arrested: number | null; approximate: boolean };
  modality: { negated: boolean; hypothetical: boolean; future: boolean; claimed: boolean; background?: boolean };
  /** Sentence span [start, end) into the stored article text. */
  span: [number, number];
  confidence: number;
  url: string | null;
  title: string | null;
  /** The real-world event this record is a mention of (see store/groups.ts); its smallest member id. */
  group_id: string;
  /** Records in the group (mentions across sentences and articles). */
  num_mentions: number;
  /** Distinct stored articles in the group (syndicated copies are one article). */
  num_articles: number;
  /** Distinct outlets over every input recorded for those articles, copies included. */
  num_sources: number;
  /** Who reported it ("X said"), with the span naming them; null when the text names no one. */
  reported_by?: { actor_id: string; code: string | null; sector: string | null; text: string; span: [number, number] } | null;
  /** How precise `date` is: day, week, month or year. */
  date_granularity?: string | null;
}

export interface StoredArticle {
  id: string;
  doc_id: string;
  url: string | null;
  source: string | null;
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  credit: string | null;
  published: string | null;
  published_from: Doc['article']['publishedFrom'];
  language: string | null;
  body: string;
  text: string;
  paragraphs: Span[];
  zones: Zone[];
  messages: Message[];
  ingested_at: string;
}

/** Row counts; actors, places and times count mentions in articles, not distinct entities. */
export interface StoreCounts {
  articles: number;
  /** Factual events only. */
  events: number;
  /** Factual events after cross-article deduplication (groups). */
  distinctEvents: number;
  /** Negated or hypothetical readings, stored but not counted. */
  nonFactual: number;
  actors: number;
  places: number;
  times: number;
  skipped: number;
  /** Extra sources: inputs recorded against an article that already existed (exact or near copies). */
  duplicates: number;
}

export interface StoreSummary {
  counts: StoreCounts;
  topTypes: { type: string; count: number }[];
  /** Codes counted once per event they take part in, as actor or recipient. */
  topActorCodes: { code: string; count: number }[];
  /** Earliest and latest event date (by period start), null when no event is dated. */
  dateRange: { first: string; last: string } | null;
}

export interface QuoteFilter {
  /** Speaker's country/non-state code or actor id. */
  speaker?: string;
  /** Words the quote contains (case-insensitive substring). */
  search?: string;
  /** Only quotations in quotation marks, or only reported speech. */
  kind?: 'direct' | 'reported';
  docId?: string;
  limit?: number;
}

/** A stored quotation with its speaker and article. */
export interface StoredQuote {
  article_id: string;
  doc_id: string;
  text: string;
  span: [number, number];
  /** In quotation marks, or reported speech. */
  kind: 'direct' | 'reported';
  speaker: { actor_id: string | null; code: string | null; sector: string | null; text: string | null } | null;
  title: string | null;
  url: string | null;
  published: string | null;
}

/** Pagination for list queries. */
export interface Page {
  limit?: number;
  offset?: number;
}

/** One page of a list, with the total that matched (for "page 3 of 40"). */
export interface Paged<T> {
  total: number;
  items: T[];
}

export interface ArticleFilter extends Page {
  /** Words in the title or text (full-text where the backend has it). */
  q?: string;
  /** Publication date bounds, same formats as EventFilter. */
  since?: string;
  until?: string;
  source?: string;
}

/** An article as listed (no body or spans; see Store.article for those). */
export interface ArticleListItem {
  id: string;
  doc_id: string;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  /** Factual events coded from it. */
  events: number;
  /** For an article without a title: its text's first 160 characters, to name it by (null when titled). */
  lead: string | null;
}

export interface ActorFilter extends Page {
  /** Part of the name, the code or the id (case-insensitive). */
  q?: string;
  /** Country/non-state code, exact. */
  code?: string;
}

/** An actor with how often it is named and how many factual events it takes part in. */
export interface ActorSummary {
  actor_id: string;
  name: string;
  code: string | null;
  sector: string | null;
  mentions: number;
  events: number;
}

/** A full-text hit: an article (title/text) or a quote, with a short snippet around the match. */
export interface SearchHit {
  kind: 'article' | 'quote';
  article_id: string;
  title: string | null;
  published: string | null;
  snippet: string;
  /** Span of the hit in the article text: the quote, or the first match in the text; null for a title-only hit. */
  span: [number, number] | null;
}

/** The spans an article reader highlights: actor mentions, time expressions and places. */
export interface ArticleAnnotations {
  actors: { start: number; end: number; text: string; actor_id: string; name: string; code: string | null; sector: string | null; via: string }[];
  times: { start: number; end: number; text: string; value: string; granularity: string }[];
  places: { start: number; end: number; text: string; name: string; country: string | null; lat: number | null; lon: number | null; kind: string }[];
}

export interface WatchSource {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** ISO time before which the source is not polled again (after a 429 or repeated failures). */
  nextPoll: string | null;
  failures: number;
  lastStatus: number | null;
  lastError: string | null;
}

export interface AlertQuery {
  /** Either side of the dyad (both directions count) or the one actor. */
  a?: string;
  b?: string;
  types?: readonly string[];
  quads?: readonly number[];
  /** Inclusive day window, YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface StoredAlert {
  id: string;
  rule_id: string;
  window_start: string;
  window_end: string;
  count: number;
  baseline: number | null;
  message: string;
  event_ids: string[];
  raised_at: string;
}

/** Every method is async so SQLite and PostgreSQL backends share one shape. */
export interface Store {
  ingest(doc: Doc, opts?: IngestOptions): Promise<IngestResult>;
  /**
   * Group commit: stores several Docs in one write transaction, each exactly as ingest() would
   * (a later Doc sees the earlier ones, so copies within the batch are caught). All or nothing:
   * on an error nothing of the batch is stored.
   */
  ingestMany(items: readonly { doc: Doc; opts?: IngestOptions }[]): Promise<IngestResult[]>;
  /** Notes an input that was not ingested. Returns false when (path, reason) was already logged. */
  recordSkip(path: string, reason: string): Promise<boolean>;
  events(filter?: EventFilter): Promise<StoredEvent[]>;
  /** How many events match (limit and offset ignored). */
  eventCount(filter?: EventFilter): Promise<number>;
  articles(filter?: ArticleFilter): Promise<Paged<ArticleListItem>>;
  actors(filter?: ActorFilter): Promise<Paged<ActorSummary>>;
  search(q: string, page?: Page): Promise<Paged<SearchHit>>;
  quotes(filter?: QuoteFilter): Promise<StoredQuote[]>;
  article(id: string): Promise<StoredArticle | null>;
  /** Spans of the article's actor mentions, times and places, in text order; null for an unknown id. */
  annotations(articleId: string): Promise<ArticleAnnotations | null>;
  /** Every input recorded as this article, in the order seen; empty for an unknown id. */
  sources(articleId: string): Promise<ArticleSource[]>;
  /** Read-only: the stored article this Doc would be merged into by ingest, or null. */
  findDuplicate(doc: Doc): Promise<DuplicateMatch | null>;
  counts(): Promise<StoreCounts>;
  summary(top?: number): Promise<StoreSummary>;
  /** Events per day, stacked by quad class or type, from the summaries where they can answer (migration 011). */
  dayCounts(filter: CountFilter, stack: Stack): Promise<DayCounts>;
  /** Counts by type, top actors and countries, and deaths, for a filter. */
  breakdown(filter: CountFilter, top?: number): Promise<Breakdown>;
  /** Actor terms (code, id or name, any case) to party keys; terms that match nothing come back with suggestions. */
  resolveParties(terms: readonly string[]): Promise<Resolved>;
  /**
   * Bulk load of generated or already deduplicated Docs (benches): written as ingest writes them,
   * without the near-copy check or event grouping, in one transaction. Returns the articles added.
   */
  ingestBulk(docs: readonly Doc[]): Promise<number>;
  /** Dyads of codes per month in a period (dated to the day), from the summaries: the alliance graph of a big period. */
  dyadMonths(since?: string, until?: string): Promise<DyadMonth[]>;
  /** Per dyad of codes in a period: events and decayed weights by sign, summed in the store (the alliance graph of a big period). */
  dyadWeights(q: DyadWeightQuery): Promise<DyadWeights>;
  /** Per dyad of codes in a period: factual events by date and quad class with their score sums (the relations of a big period). */
  dyadQuads(q: DyadQuadQuery): Promise<DyadQuads>;
  /**
   * Fills summary tables added to a store that already held articles (migration 017), a few
   * articles per write transaction, until done or the store closes; resolves to the articles added.
   * Reads are answered meanwhile, from older paths where a table is not filled yet.
   */
  backfill(): Promise<number>;
  /** The summary tables still being filled, with how many stored articles each misses. */
  filling(): Promise<{ table: string; articles: number }[]>;
  /**
   * Builds the indexes a migration left for later (opened with deferIndexesFrom, migrate.ts), one
   * per write transaction, until done or the store closes; resolves to their names.
   */
  buildIndexes(): Promise<string[]>;
  /** The indexes still to build, with the migration that added each. */
  pendingIndexes(): Promise<{ name: string; version: number }[]>;
  /** A number that changes whenever an article is stored (or a copy of one recorded): what caches of reads check. */
  version(): Promise<number>;
  /** What `entente watch` remembers between polls (migration 009). */
  watch: {
    source(url: string): Promise<WatchSource | null>;
    saveSource(s: WatchSource): Promise<void>;
    /** Whether this item URL was taken or skipped on an earlier poll. */
    seen(itemUrl: string): Promise<boolean>;
    saveItem(item: { itemUrl: string; sourceUrl: string; status: 'stored' | 'queued' | 'skipped'; reason: string | null; articleId: string | null }): Promise<void>;
  };
  /** Alert rules' counts and the alerts raised (migration 010). */
  alerts: {
    /** One event id per real-world event in the window, with its deaths. */
    events(q: AlertQuery): Promise<{ id: string; dead: number }[]>;
    latestDay(): Promise<string | null>;
    /** Stores the alert unless its rule and window already raised one; true when new. */
    save(a: StoredAlert): Promise<boolean>;
    list(limit?: number): Promise<StoredAlert[]>;
  };
  close(): Promise<void>;
}

// The page's aggregates (store/aggregate.ts) and actor terms (store/parties.ts).
export interface CountFilter {
  /** Party keys (codes or actor ids), already resolved; any of them. */
  actor?: readonly string[];
  recipient?: readonly string[];
  type?: string;
  since?: string;
  until?: string;
  /** Country code of the event's place. */
  country?: string;
}

export type Stack = 'quad' | 'type';

export interface DayCount { day: string; key: string; n: number; dead: number }

export interface DayCounts {
  /** Events dated to the day, per day and stack key, in day order. */
  days: DayCount[];
  /** Matching events not dated to the day (week, month, year, none): on no day of the curve. Only without since/until. */
  coarse: number | null;
  /** What answered: a summary table or the events themselves. */
  source: string;
}

export interface Breakdown {
  events: number;
  dead: number;
  types: { type: string; n: number; dead: number }[];
  actors: { key: string; n: number }[];
  countries: { country: string; n: number; dead: number }[];
  source: string;
}

export interface Resolved {
  /** Keys (codes or actor ids) the terms stand for, in the order given, without repeats. */
  keys: string[];
  /** Terms that matched nothing, each with up to five names that start like it. */
  unknown: { term: string; suggestions: string[] }[];
}

export interface DyadWeightQuery {
  since?: string | undefined;
  until?: string | undefined;
  /** Reference day (YYYY-MM-DD) ages count back from; default the end of until, else the last month's middle. */
  end?: string | undefined;
  /** Days for a weight to halve; 0 or absent: no fading. */
  halfLifeDays?: number | undefined;
  weight?: 'plover' | 'goldstein' | 'quad' | undefined;
}

/** One actor code to one recipient code over a period: each month's weight fades from its middle day to `end`. */
export interface DyadWeight {
  actor: string;
  recipient: string;
  /** Events whose month weighs something, and those whose month weighs nothing. */
  n: number;
  zero: number;
  /** Sums of the months' decayed weights that are positive, and of those that are negative (<= 0). */
  pos: number;
  neg: number;
}

export interface DyadWeights { end: string | null; rows: DyadWeight[] }

/** Factual events of one actor code to one recipient code in one month, dated to the day (sum_dyad_day). */
export interface DyadMonth {
  actor: string;
  recipient: string;
  /** YYYY-MM */
  month: string;
  n: number;
  /** Sums over the events. */
  plover: number;
  goldstein: number;
  /** Events in quad classes 1-2 (cooperation). */
  coop: number;
}

export interface DyadQuadQuery {
  since?: string | undefined;
  until?: string | undefined;
  /** Only dyads with this code on either side. */
  actor?: string | undefined;
  /**
   * 'month': events dated to the day are counted per month (date YYYY-MM), enough for monthly
   * windows and a fifth of the rows over a long period. Default 'day'.
   */
  by?: 'day' | 'month' | undefined;
}

/** Factual events of one actor code to one recipient code on one date in one quad class. */
export interface DyadQuad {
  actor: string;
  recipient: string;
  /** A day (YYYY-MM-DD), or the event's own coarser date (a week, month or year), or '' when undated. */
  date: string;
  quad: number;
  n: number;
  /** Sums over the events. */
  goldstein: number;
  plover: number;
}

/** The period's rows, and how many factual events overlap it (with a dyad or not). */
export interface DyadQuads { events: number; rows: DyadQuad[] }
