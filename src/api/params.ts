// Query parameters of every endpoint as zod schemas: they validate requests and, through
// z.toJSONSchema, describe the same parameters in the OpenAPI document, so the two cannot drift.
import { z } from 'zod';
import { periodOf } from '../store/dates.js';
import { PLOVER_TYPES } from '../types.js';
import { HttpError } from './http.js';

export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 50;

// the messages name the value and say what to write instead: "since: 2017-13-01 is not a real date; use YYYY-MM-DD"
const period = z.string().superRefine((s, ctx) => {
  if (!/^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/.test(s)) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(s)} is not a date; use YYYY-MM-DD (or YYYY, YYYY-MM, YYYY-Www)` });
  else if (periodOf(s) === null) ctx.addIssue({ code: 'custom', message: `${s} is not a real date; use YYYY-MM-DD` });
});
const text = z.string().trim().min(1, 'must not be empty').max(500, 'too long (500 characters at most)');
const code = z.string().trim().min(1, 'must not be empty').max(100, 'too long');

export const page = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`Page size (1-${MAX_LIMIT})`),
  offset: z.coerce.number().int().min(0).default(0).describe('Items to skip before the page'),
};

const flag = z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1');

export const ArticlesQuery = z.strictObject({
  q: text.optional().describe('Words in the title or text (case-insensitive substring)'),
  since: period.optional().describe('Published on or after this period (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www)'),
  until: period.optional().describe('Published on or before this period'),
  source: text.optional().describe('Source label, exact'),
  ...page,
});

/** Actor terms: codes, actor ids or names, any case, several separated by commas (any of them). */
const parties = z.string().max(1000, 'too long').transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
  .refine((a) => a.length > 0, 'must not be empty').refine((a) => a.length <= 20, 'at most 20 actors');

const eventType = z.string().transform((s) => s.toUpperCase()).pipe(z.enum(PLOVER_TYPES, { error: (iss) => `${JSON.stringify(iss.input)} is not a PLOVER type; use one of ${PLOVER_TYPES.join(', ')}` })).optional()
  .meta({ description: 'PLOVER event type (case-insensitive)', enum: [...PLOVER_TYPES] });

const country = z.string().trim().regex(/^[A-Za-z]{3}$/, 'expected a three-letter country code (RUS, UKR)').transform((s) => s.toUpperCase());

/** The filter the page's timeline, counts, breakdowns and exports share. */
export const filter = {
  actor: parties.optional().describe('Actor side: codes (FRA), actor ids (putin-vladimir) or names (Putin), any case; several separated by commas'),
  recipient: parties.optional().describe('Same, for the recipient side'),
  type: eventType,
  since: period.optional().describe('From this period on (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www)'),
  until: period.optional().describe('Up to this period, inclusive'),
  country: country.optional().describe("Country code of the event's place"),
};

export const EventsQuery = z.strictObject({
  actor: filter.actor,
  recipient: filter.recipient,
  country: filter.country,
  cursor: z.string().max(2000).optional().describe('Keyset pagination: the `next` of the previous page (instead of offset; same order)'),
  count: z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1')
    .describe('false: leave total out (null); the page takes totals from /api/counts'),
  // accepted in any case; the enum is stated for the OpenAPI document, which sees only the string input
  type: eventType,
  since: period.optional().describe('Events whose date period ends on or after this period'),
  until: period.optional().describe('Events whose date period starts on or before this period'),
  doc: code.optional().describe('Document id (doc_id) the events were read from'),
  all: flag.describe('true: also negated and hypothetical readings'),
  distinct: flag.describe('true: one event per real-world event (the best-scored of its reports)'),
  q: text.optional().describe('Words that must all appear (case-insensitive) in the sentence, a party\'s words or the place name'),
  order: z.enum(['oldest', 'newest']).optional().describe('oldest first (default) or newest first; undated events last'),
  ...page,
});

export const CountsQuery = z.strictObject({
  ...filter,
  bucket: z.enum(['auto', 'day', 'week', 'month']).default('auto').describe('Width of a bar: a day, an ISO week (from Monday) or a month; auto picks by the span'),
  stack: z.enum(['quad', 'type']).default('quad').describe('What each bar is split by: quad class (1-4) or PLOVER type'),
});

export const BreakdownQuery = z.strictObject({
  ...filter,
  top: z.coerce.number().int().min(1).max(100).default(10).describe('How many actors and countries'),
});

export const EXPORT_NAMES = ['csv', 'jsonl', 'gdelt', 'graphml'] as const;

export const ExportQuery = z.strictObject({
  ...filter,
  format: z.enum(EXPORT_NAMES, { error: (iss) => `${JSON.stringify(iss.input)} is not an export format; use csv, jsonl, gdelt or graphml` })
    .describe('csv, jsonl (PLOVER records), gdelt (GDELT 2.0 TSV) or graphml (the signed actor graph)'),
  all: flag.describe('true: also negated and hypothetical readings'),
});

export const ActorsQuery = z.strictObject({
  q: text.optional().describe('Part of the name or id, or the code (case-insensitive)'),
  code: code.optional().describe('Country/non-state code, exact (case-insensitive)'),
  ...page,
});

export const QuotesQuery = z.strictObject({
  speaker: code.optional().describe("Speaker's country/non-state code or actor id"),
  search: text.optional().describe('Words the quote contains (case-insensitive substring)'),
  kind: z.enum(['direct', 'reported']).optional().describe('direct: in quotation marks; reported: reported speech ("police said ...")'),
  ...page,
});

export const SearchQuery = z.strictObject({
  q: text.describe('Words to find in article titles, texts and quotes'),
  ...page,
});

export const SummaryQuery = z.strictObject({
  top: z.coerce.number().int().min(1).max(100).default(10).describe('How many top types and actor codes'),
});

export const NoQuery = z.strictObject({});

export const AlertsQuery = z.strictObject({ ...page });

/** Raw ingest bodies (text/plain, text/html) take their metadata from the query string. */
export const IngestQuery = z.strictObject({
  url: z.url().max(2000).optional().describe('For a raw text or HTML body: its address'),
  title: z.string().max(1000).optional().describe('For a raw body: its title'),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine((s) => periodOf(s) !== null, 'not a real date').optional().describe('For a raw body: publication date'),
  source: z.string().max(200).optional().describe('For a raw body: source label'),
});

/** URLSearchParams to a plain object, refusing a parameter given twice. */
function single(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) {
    if (k in out) throw new HttpError(400, `${k}: given more than once`, k);
    out[k] = v;
  }
  return out;
}

/** Validates a query string against a schema; the 400 names the first bad parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): z.output<S> {
  const r = schema.safeParse(single(params));
  if (r.success) return r.data;
  throw issueError(r.error.issues[0]);
}

/** The first zod issue as a 400 naming its parameter, or its field under `root` (e.g. body.0.text). */
export function issueError(issue: z.core.$ZodIssue | undefined, root?: string): HttpError {
  if (!issue) return new HttpError(400, 'invalid request');
  const path = issue.path.map(String);
  const unknown = issue.code === 'unrecognized_keys';
  if (unknown) path.push(issue.keys[0] ?? '');
  const name = [...(root === undefined ? [] : [root]), ...path].join('.') || 'query';
  const message = unknown ? `unknown ${root === undefined ? 'parameter' : 'field'}` : issue.message;
  return new HttpError(400, `${name}: ${message}`, name);
}

const WINDOWS = ['week', 'month'] as const;
const WEIGHTS = ['plover', 'goldstein', 'quad'] as const;

export const RelationsQuery = z.strictObject({
  since: period.optional().describe('Events whose date period ends on or after this period'),
  until: period.optional().describe('Events whose date period starts on or before this period'),
  actor: code.optional().describe('Only dyads with this actor key (e.g. FRA) on either side'),
  window: z.enum(WINDOWS).default('month').describe('Calendar window of the series'),
  directed: z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1')
    .describe('false: A->B and B->A merged as one dyad A~B'),
  ...page,
});

export const BlocsQuery = z.strictObject({
  since: period.optional().describe('Events whose date period ends on or after this period'),
  until: period.optional().describe('Events whose date period starts on or before this period'),
  half_life: z.coerce.number().min(0).max(36500).optional().describe('Half-life of an event\'s weight in days (default 30; 0: no decay)'),
  weight: z.enum(WEIGHTS).optional().describe('How an event weighs: PLOVER score (default), Goldstein scale, or +1/-1 by quad class'),
  end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine((s) => periodOf(s) !== null, 'not a real date').optional()
    .describe('Reference day ages are counted back from (default: end of until, else the latest event)'),
  top: z.coerce.number().int().min(0).max(10_000).optional().describe('Keep the most active actors only (default 30; 0: all)'),
});
