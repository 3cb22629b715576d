// One ingest job: a single input item (a file, or one record of a JSONL file, a WARC or a feed)
// carried whole in the job, so a worker on another machine needs no shared filesystem.
// Big bodies travel gzipped; the job id is a hash of the content and metadata, so the same
// item enqueued twice is one job.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { RawInput } from '../types.js';

/** Bodies above this many bytes are gzipped in the job (Redis holds every waiting job in memory). */
export const GZIP_ABOVE = 16 * 1024;
/** Largest encoded body a job may carry; a bigger item is refused at enqueue time with a reason. */
export const MAX_JOB_BODY = 4 * 1024 * 1024;

const meta = z.object({
  id: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  title: z.string().optional(),
  published: z.string().optional(),
  /** Where the item was read on the enqueueing machine: a label for logs and the skip log. */
  path: z.string().optional(),
}).strict();

export const JobPayload = z.object({
  v: z.literal(1),
  /** What the body is: text, HTML, or raw bytes whose encoding intake will detect. */
  kind: z.enum(['text', 'html', 'bytes']),
  /** 'plain': the body string itself; 'base64': raw bytes; 'gzip': base64 of the gzipped UTF-8 text or bytes. */
  encoding: z.enum(['plain', 'base64', 'gzip']),
  body: z.string(),
  meta,
}).strict();
export type JobPayload = z.infer<typeof JobPayload>;

const META_KEYS = ['id', 'url', 'source', 'title', 'published', 'path'] as const;

function contentOf(input: RawInput): { kind: JobPayload['kind']; bytes: Buffer } | null {
  if (typeof input.text === 'string') return { kind: 'text', bytes: Buffer.from(input.text, 'utf8') };
  if (typeof input.html === 'string') return { kind: 'html', bytes: Buffer.from(input.html, 'utf8') };
  if (input.bytes instanceof Uint8Array) return { kind: 'bytes', bytes: Buffer.from(input.bytes) };
  return null;
}

/** The job for one input item, or the reason it cannot be queued. */
export function toPayload(input: RawInput): JobPayload | { reason: string } {
  const c = contentOf(input);
  if (!c) return { reason: 'no text, html or bytes to queue' };
  const m: JobPayload['meta'] = {};
  for (const k of META_KEYS) if (typeof input[k] === 'string') m[k] = input[k];
  let encoding: JobPayload['encoding'];
  let body: string;
  if (c.bytes.length > GZIP_ABOVE) {
    encoding = 'gzip';
    body = gzipSync(c.bytes).toString('base64');
  } else if (c.kind === 'bytes') {
    encoding = 'base64';
    body = c.bytes.toString('base64');
  } else {
    encoding = 'plain';
    body = c.bytes.toString('utf8');
  }
  if (body.length > MAX_JOB_BODY) {
    return { reason: `too large to queue: ${(body.length / 1048576).toFixed(1)} MB encoded, over the ${MAX_JOB_BODY / 1048576} MB limit for one job` };
  }
  return { v: 1, kind: c.kind, encoding, body, meta: m };
}

function bytesOf(p: JobPayload): Buffer {
  if (p.encoding === 'gzip') return gunzipSync(Buffer.from(p.body, 'base64'));
  if (p.encoding === 'base64') return Buffer.from(p.body, 'base64');
  return Buffer.from(p.body, 'utf8');
}

/** The input a worker annotates. Throws when a gzip or base64 body is corrupt. */
export function fromPayload(p: JobPayload): RawInput {
  const input: RawInput = { ...p.meta };
  if (p.kind === 'bytes') input.bytes = new Uint8Array(bytesOf(p));
  else if (p.encoding === 'plain') input[p.kind] = p.body;
  else input[p.kind] = bytesOf(p).toString('utf8');
  return input;
}

/**
 * Content-derived job id: sha256 of the kind, the decoded content and the metadata that changes
 * what is stored (not the path, which only names where it was read). BullMQ ignores an add
 * whose id already exists, so re-enqueueing is a no-op while the job is kept.
 */
export function jobIdOf(p: JobPayload): string {
  const h = createHash('sha256').update(p.kind).update('\0').update(bytesOf(p));
  const { path: _path, ...kept } = p.meta;
  void _path;
  h.update('\0').update(JSON.stringify(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b))));
  return `item-${h.digest('hex').slice(0, 32)}`;
}

/** A short name for an item in logs: its path, plus the record id inside it. */
export function labelOf(p: Pick<JobPayload, 'meta'>): string {
  const { path, id } = p.meta;
  if (path && id) return `${path}#${id}`;
  return path ?? id ?? '(no name)';
}
