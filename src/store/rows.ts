// Zod schemas for rows read back from the database: JSON columns and loose SQLite types are
// checked here, once, before they become typed records.
import { z } from 'zod';
import { PLACE_FROM, PLOVER_TYPES } from '../types.js';

const int01 = z.union([z.literal(0), z.literal(1)]).transform((n) => n === 1);
const jsonOf = <T extends z.ZodType>(schema: T) =>
  z.string().transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'invalid JSON' });
      return z.NEVER;
    }
  }).pipe(schema);

const span = z.object({ start: z.number().int(), end: z.number().int() });

const Reporter = z.object({ actor_id: z.string(), code: z.string().nullable(), sector: z.string().nullable(), text: z.string(), span: z.tuple([z.number().int(), z.number().int()]) });

export const EventRow = z.object({
  id: z.string(),
  doc_id: z.string(),
  type: z.enum(PLOVER_TYPES),
  mode: z.string().nullable(),
  context_json: jsonOf(z.array(z.string())),
  date: z.string().nullable(),
  place_name: z.string().nullable(),
  place_country: z.string().nullable(),
  place_lat: z.number().nullable(),
  place_lon: z.number().nullable(),
  place_text: z.string().nullable(),
  place_start: z.number().int().nullable(),
  place_end: z.number().int().nullable(),
  dead: z.number().int().nullable(),
  injured: z.number().int().nullable(),
  arrested: z.number().int().nullable(),
  size_approximate: z.number().int(),
  negated: int01,
  hypothetical: int01,
  // absent in rows read before migration 8
  background: int01.optional(),
  place_from: z.enum(PLACE_FROM).nullable().optional(),
  future: int01,
  claimed: int01,
  quad_code: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  cameo: z.string(),
  goldstein: z.number(),
  plover_score: z.number(),
  sentence_start: z.number().int(),
  sentence_end: z.number().int(),
  event_text: z.string(),
  confidence: z.number(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  reported_by_json: z.string().nullable().optional().transform((s, ctx) => {
    if (s === null || s === undefined) return null;
    const parsed = Reporter.safeParse(JSON.parse(s));
    if (!parsed.success) { ctx.addIssue({ code: 'custom', message: 'invalid reported_by_json' }); return z.NEVER; }
    return parsed.data;
  }),
  date_granularity: z.string().nullable().optional(),
  group_id: z.string().nullable(),
  num_mentions: z.number().int().nullable(),
  num_articles: z.number().int().nullable(),
  num_sources: z.number().int().nullable(),
});
export type EventRow = z.output<typeof EventRow>;

export const ParticipantRow = z.object({
  event_id: z.string(),
  role: z.enum(['actor', 'recipient']),
  actor_id: z.string(),
  code: z.string().nullable(),
  sector: z.string().nullable(),
  text: z.string(),
});

const zone = span.extend({
  kind: z.enum(['credit', 'title', 'subtitle', 'byline', 'dateline', 'body', 'source', 'boilerplate']),
});
const message = z.object({
  stage: z.string(),
  // stores written before messages carried a rule id read as the stage's unnamed rule
  rule: z.string().optional(),
  reason: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
}).transform((m) => ({ ...m, rule: m.rule ?? `${m.stage}/unnamed` }));

export const ArticleRow = z.object({
  id: z.string(),
  doc_id: z.string(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  byline: z.string().nullable(),
  credit: z.string().nullable(),
  published: z.string().nullable(),
  published_from: z.enum(['caller', 'meta', 'dateline', 'url', 'none']),
  language: z.string().nullable(),
  body: z.string(),
  text: z.string(),
  layout_json: jsonOf(z.object({ paragraphs: z.array(span), zones: z.array(zone), messages: z.array(message) })),
  ingested_at: z.string(),
});

export const SourceRow = z.object({
  doc_id: z.string(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  seen_at: z.string(),
  match: z.enum(['first', 'exact', 'near']),
  similarity: z.number(),
  input_id: z.string(),
});

export const QuoteRow = z.object({
  article_id: z.string(),
  doc_id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  speaker_actor_id: z.string().nullable(),
  speaker_code: z.string().nullable(),
  speaker_sector: z.string().nullable(),
  speaker_text: z.string().nullable(),
  kind: z.enum(['direct', 'reported']),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
});
