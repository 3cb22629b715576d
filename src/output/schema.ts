// zod schemas of what annotate() returns: the Doc and its Events. Used at the output boundary
// and by the property tests; DocSchema also checks every span lies inside Doc.text.
import { z } from 'zod';
import { PLOVER_TYPES, SECTORS, type Doc } from '../types.js';

const offset = z.number().int().nonnegative();
export const SpanSchema = z.object({ start: offset, end: offset }).refine((s) => s.start <= s.end, 'span ends before it starts');

const span = <T extends z.ZodRawShape>(shape: T) => z.object({ start: offset, end: offset, ...shape });
const sector = z.enum(SECTORS).nullable();
const granularity = z.enum(['year', 'month', 'week', 'day', 'time']);

export const ArticleSchema = z.object({
  id: z.string().min(1),
  url: z.string().nullable(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  byline: z.string().nullable(),
  credit: z.string().nullable(),
  published: z.string().nullable(),
  publishedFrom: z.enum(['caller', 'meta', 'dateline', 'url', 'none']),
  language: z.string().nullable(),
  body: z.string(),
  paragraphs: z.array(SpanSchema),
});

export const ActorRefSchema = span({ actorId: z.string().min(1), code: z.string().nullable(), sector, text: z.string() });

export const PlaceSchema = span({
  text: z.string(), name: z.string(), country: z.string().nullable(),
  lat: z.number().min(-90).max(90).nullable(), lon: z.number().min(-180).max(180).nullable(),
  kind: z.enum(['country', 'city', 'region', 'feature']), geonameid: z.number().int().optional(),
});

export const EventSchema = z.object({
  id: z.string().min(1),
  type: z.enum(PLOVER_TYPES),
  mode: z.string().nullable(),
  context: z.array(z.string()),
  actor: z.array(ActorRefSchema),
  recipient: z.array(ActorRefSchema),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?|-W\d{2})?$/).nullable(),
  dateFrom: z.enum(['sentence', 'reporting', 'context', 'published', 'none']),
  dateGranularity: granularity.optional(),
  place: PlaceSchema.nullable(),
  size: z.object({
    dead: z.number().int().nonnegative().nullable(),
    injured: z.number().int().nonnegative().nullable(),
    arrested: z.number().int().nonnegative().nullable(),
    approximate: z.boolean().optional(),
  }),
  modality: z.object({ negated: z.boolean(), hypothetical: z.boolean(), future: z.boolean(), claimed: z.boolean(), background: z.boolean().optional() }),
  quad_code: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  cameo: z.string(),
  goldstein: z.number().min(-10).max(10),
  plover_score: z.number(),
  sentence: SpanSchema,
  trigger: SpanSchema,
  confidence: z.number().min(0).max(1),
});

const actor = z.object({ id: z.string().min(1), name: z.string(), code: z.string().nullable(), sector, wikidata: z.string().nullable() });

export const DocSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    article: ArticleSchema,
    zones: z.array(span({ kind: z.enum(['credit', 'title', 'subtitle', 'byline', 'dateline', 'body', 'source', 'boilerplate']) })),
    tokens: z.array(span({ text: z.string(), norm: z.string(), lemma: z.string(), pos: z.string(), spaceBefore: z.boolean() })),
    sentences: z.array(span({ tokenStart: offset, tokenEnd: offset, zone: z.string() })),
    mentions: z.array(span({ text: z.string(), type: z.enum(['PER', 'ORG', 'LOC', 'GPE', 'NORP', 'MISC']) })),
    actors: z.array(span({ text: z.string(), actor, via: z.enum(['dictionary', 'country', 'role', 'coref', 'generic']), antecedent: z.number().int().nonnegative().optional() })),
    times: z.array(span({ text: z.string(), value: z.string().min(1), granularity, tags: z.array(z.string()).optional() })),
    places: z.array(PlaceSchema),
    events: z.array(EventSchema),
    nonFactual: z.array(EventSchema).optional(),
    quotes: z.array(span({ text: z.string(), speaker: ActorRefSchema.nullable(), speakerText: z.string().nullable(), cue: SpanSchema.nullable(), kind: z.enum(['direct', 'reported']) })).optional(),
    messages: z.array(z.object({ stage: z.string(), rule: z.string(), reason: z.string(), level: z.enum(['info', 'warning', 'error']), start: offset.optional(), end: offset.optional() })),
  })
  .superRefine((doc, ctx) => {
    for (const [where, s] of spansOf(doc as Doc)) {
      if (s.start > s.end || s.end > doc.text.length) ctx.addIssue({ code: 'custom', message: `${where} [${s.start}, ${s.end}) is outside the text (length ${doc.text.length})` });
    }
  });

/** Every span a Doc holds, named by where it sits, for the bounds check. */
export function* spansOf(doc: Doc): Generator<[string, { start: number; end: number }]> {
  const each = function* (name: string, xs: readonly { start: number; end: number }[] | undefined) {
    for (const [i, x] of (xs ?? []).entries()) yield [`${name}[${i}]`, x] as [string, { start: number; end: number }];
  };
  yield* each('article.paragraphs', doc.article.paragraphs);
  yield* each('zones', doc.zones);
  yield* each('tokens', doc.tokens);
  yield* each('sentences', doc.sentences);
  yield* each('mentions', doc.mentions);
  yield* each('actors', doc.actors);
  yield* each('times', doc.times);
  yield* each('places', doc.places);
  yield* each('quotes', doc.quotes);
  for (const [i, e] of [...doc.events, ...(doc.nonFactual ?? [])].entries()) {
    yield [`events[${i}].sentence`, e.sentence];
    yield [`events[${i}].trigger`, e.trigger];
    yield* each(`events[${i}].actor`, e.actor);
    yield* each(`events[${i}].recipient`, e.recipient);
    if (e.place) yield [`events[${i}].place`, e.place];
  }
  for (const [i, q] of (doc.quotes ?? []).entries()) {
    if (q.speaker) yield [`quotes[${i}].speaker`, q.speaker];
    if (q.cue) yield [`quotes[${i}].cue`, q.cue];
  }
  for (const [i, m] of doc.messages.entries()) if (m.start !== undefined && m.end !== undefined) yield [`messages[${i}]`, { start: m.start, end: m.end }];
}
