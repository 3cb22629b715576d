// Reads inputs the way `entente ingest` does and queues one job per item instead of storing it.
import type { Queue } from 'bullmq';
import { readInputs } from '../intake/sources.js';
import { jobIdOf, toPayload, type JobPayload } from './job.js';
import { jobOptions, type RetryPolicy } from './queue.js';
import type { RawInput } from '../types.js';

export interface EnqueueTally {
  items: number;
  queued: number;
  /** Items whose job (same content and metadata) was already in the queue: not added again. */
  alreadyQueued: number;
  skipped: { path: string; reason: string }[];
  bytes: number;
}

/** Jobs sent to Redis per round trip. */
const BATCH = 100;

export interface EnqueueOptions {
  /** Publication date for every item that names none (like ingest --published). */
  published?: string;
  retry?: RetryPolicy;
}

export async function enqueuePaths(queue: Queue, paths: string[], opts: EnqueueOptions = {}): Promise<EnqueueTally> {
  const tally: EnqueueTally = { items: 0, queued: 0, alreadyQueued: 0, skipped: [], bytes: 0 };
  const options = jobOptions(opts.retry);
  let batch: { name: string; data: JobPayload; opts: ReturnType<typeof jobOptions> & { jobId: string } }[] = [];
  const seen = new Set<string>();
  const flush = async () => {
    if (batch.length) await queue.addBulk(batch);
    batch = [];
  };
  for await (const item of readInputs(paths)) {
    tally.items++;
    if ('reason' in item) {
      tally.skipped.push({ path: item.path, reason: item.reason });
      continue;
    }
    const payload = toPayload(opts.published ? { ...item, published: opts.published } : item);
    if ('reason' in payload) {
      tally.skipped.push({ path: item.path ?? item.id ?? '-', reason: payload.reason });
      continue;
    }
    const jobId = jobIdOf(payload);
    // BullMQ would ignore the duplicate anyway; asking first lets the tally say so
    if (seen.has(jobId) || (await queue.getJobState(jobId)) !== 'unknown') {
      tally.alreadyQueued++;
      continue;
    }
    seen.add(jobId);
    batch.push({ name: 'ingest', data: payload, opts: { ...options, jobId } });
    tally.queued++;
    tally.bytes += payload.body.length;
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return tally;
}

/** Queues one input (the watch's pages): 'queued', 'already' when its job exists, or skipped with the reason. */
export async function enqueueInput(queue: Queue, input: RawInput, retry?: RetryPolicy): Promise<{ status: 'queued' | 'already' } | { status: 'skipped'; reason: string }> {
  const payload = toPayload(input);
  if ('reason' in payload) return { status: 'skipped', reason: payload.reason };
  const jobId = jobIdOf(payload);
  if ((await queue.getJobState(jobId)) !== 'unknown') return { status: 'already' };
  await queue.add('ingest', payload, { ...jobOptions(retry), jobId });
  return { status: 'queued' };
}
