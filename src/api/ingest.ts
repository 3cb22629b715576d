// POST /api/ingest: articles in (JSON records or one raw text/HTML body), annotated by the
// pipeline and stored; one result per item. Token-protected and same-origin only.
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { ingestInput } from '../ingest/item.js';
import { periodOf } from '../store/dates.js';
import type { Store } from '../store/index.js';
import type { RawInput } from '../types.js';
import { requireSameOrigin, requireToken } from './auth.js';
import { readBody } from './body.js';
import { HttpError } from './http.js';
import { IngestQuery, issueError } from './params.js';
import { route, type Route } from './route.js';
import type { IngestAnswer, IngestItemResult } from './shapes.js';

export type { IngestItemResult };

/** Items one request may carry. */
export const MAX_ITEMS = 1000;

const IngestItem = z.strictObject({
  text: z.string().optional(),
  html: z.string().optional(),
  url: z.url().max(2000).optional(),
  title: z.string().max(1000).optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected YYYY-MM-DD').refine((s) => periodOf(s) !== null, 'not a real date').optional(),
  source: z.string().max(200).optional(),
  id: z.string().max(200).optional(),
}).refine((r) => typeof r.text === 'string' || typeof r.html === 'string', { message: 'needs text or html', path: ['text'] })
  .meta({ anyOf: [{ required: ['text'] }, { required: ['html'] }] }); // the refine, stated for the OpenAPI document

const IngestBody = z.union([IngestItem, z.array(IngestItem).min(1, 'empty array').max(MAX_ITEMS, `at most ${MAX_ITEMS} items`)]);

type BodyKind = 'json' | 'text' | 'html';

/** What the content type says the body is; 415 before reading a body we could not use. */
function bodyKind(req: IncomingMessage): BodyKind {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'text/plain') return 'text';
  if (type === 'text/html') return 'html';
  throw new HttpError(415, 'send application/json, text/plain or text/html');
}

/** The body as RawInputs. */
function inputsOf(kind: BodyKind, body: Buffer, query: z.output<typeof IngestQuery>): RawInput[] {
  if (kind !== 'json') {
    // raw bytes: intake decodes them (charset sniffing, BOMs) as it does for files
    return [{ bytes: new Uint8Array(body), path: kind === 'html' ? 'body.html' : 'body.txt', ...query }];
  }
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new HttpError(400, `body: not JSON (${(err as Error).message})`, 'body');
  }
  const r = IngestBody.safeParse(json);
  if (!r.success) throw issueError(bodyIssue(r.error, json), 'body');
  // query parameters (url, published ...) serve as defaults for every record
  return (Array.isArray(r.data) ? r.data : [r.data]).map((item) => ({ ...query, ...item }));
}

/** A union's error reports the branch that fits the shape sent: the array's for an array. */
function bodyIssue(error: z.ZodError, json: unknown): z.core.$ZodIssue | undefined {
  const first = error.issues[0];
  if (first?.code !== 'invalid_union') return first;
  const branch = Array.isArray(json) ? first.errors[1] : first.errors[0];
  return branch?.[0] ?? first;
}

async function ingestOne(store: Store, input: RawInput, index: number): Promise<IngestItemResult> {
  const o = await ingestInput(store, input, input.source);
  const result: IngestItemResult = { index, status: o.status, article_id: o.articleId, events: o.events };
  if (o.duplicateOf) result.duplicate_of = o.duplicateOf;
  if (o.status === 'skipped') result.reason = o.skipReason ?? 'skipped';
  else if (o.status === 'added' && o.uncoded !== undefined) result.reason = o.uncoded;
  return result;
}

export const INGEST_ROUTE: Route = route({
  method: 'POST', path: '/api/ingest', summary: 'Annotate and store articles (needs Authorization: Bearer <token>)',
  query: IngestQuery, shape: 'object',
  returns: '{ results: [{ index, status: added|exists|duplicate|skipped, article_id, events, duplicate_of?, reason? }] }',
  errors: {
    '401': 'Missing or wrong bearer token', '403': 'Writes disabled (no token configured) or a cross-origin request',
    '413': 'Body larger than the limit', '415': 'Unsupported content type',
  },
  body: {
    'application/json': {
      schema: z.toJSONSchema(IngestBody, { io: 'input', target: 'draft-2020-12' }),
    },
    'text/plain': { schema: { type: 'string' } },
    'text/html': { schema: { type: 'string' } },
  },
  async handle({ req, query, config }) {
    requireSameOrigin(req);
    requireToken(req, config.token);
    const kind = bodyKind(req);
    const inputs = inputsOf(kind, await readBody(req, config.maxBody), query);
    const results: IngestItemResult[] = [];
    for (const [i, input] of inputs.entries()) results.push(await ingestOne(config.store, input, i));
    const answer: IngestAnswer = { results };
    return answer;
  },
});
