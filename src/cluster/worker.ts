// A queue consumer: takes ingest jobs, annotates each item and stores it. Delivery is at least
// once (a job whose worker died is handed out again once its lock expires); the store's ingest
// is idempotent by content id, so a redelivered item adds nothing the second time.
import { Worker, type Job } from 'bullmq';
import type { Pipeline } from '../pipeline.js';
import { ingestInput } from '../ingest/item.js';
import type { Store } from '../store/index.js';
import { fromPayload, JobPayload, labelOf } from './job.js';
import { connectionFor, DEFAULT_QUEUE } from './queue.js';

export interface WorkerSettings {
  redis: string;
  queue?: string;
  /** Jobs in progress at once in this process (annotation is CPU-bound: more helps only while waiting on the store). */
  concurrency?: number;
  /**
   * How long a job's lock lasts, in ms. Annotation blocks the event loop, so the lock cannot be
   * renewed during one item: this must exceed the slowest item. A killed worker's jobs are
   * handed out again only after it expires.
   */
  lockMs?: number;
  /** How often expired locks are looked for, in ms. */
  stalledMs?: number;
  /** Times a job may lose its lock before it is failed as stalled. */
  maxStalled?: number;
  /** One line per event (done, retry, dead, connection trouble). */
  log?: (line: string) => void;
  /** Name shown in job records (processedBy) and CLIENT LIST. */
  name?: string;
  /** The pipeline jobs are annotated with (the CLI's --actors make one of its own); the default one otherwise. */
  pipeline?: Pipeline;
}

export const WORKER_DEFAULTS = { concurrency: 1, lockMs: 120_000, stalledMs: 30_000, maxStalled: 3 } as const;

/** What a job returns: how the store took the item. */
export interface JobOutcome {
  article: 'added' | 'exists' | 'duplicate' | 'skipped';
  events: number;
  reason?: string;
}

/** Validates, annotates and stores one job's item. Throws (so the job is retried) on a bad payload or a store failure. */
export async function processJob(store: Store, data: unknown, pipeline?: Pipeline): Promise<JobOutcome> {
  const parsed = JobPayload.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid job payload: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unreadable'}`);
  }
  let input;
  try {
    input = fromPayload(parsed.data);
  } catch (err) {
    throw new Error(`corrupt job body (${parsed.data.encoding}): ${(err as Error).message}`);
  }
  const o = await ingestInput(store, input, undefined, pipeline);
  if (o.status === 'skipped') return { article: 'skipped', events: 0, reason: o.skipReason ?? 'skipped' };
  return { article: o.status, events: o.events };
}

export interface RunningWorker {
  worker: Worker;
  /** Stops taking jobs, lets the active ones finish, closes the connections. */
  stop(): Promise<void>;
}

export function startWorker(store: Store, s: WorkerSettings): RunningWorker {
  const log = s.log ?? (() => undefined);
  const worker = new Worker(s.queue ?? DEFAULT_QUEUE, async (job: Job) => processJob(store, job.data, s.pipeline), {
    connection: connectionFor(s.redis, 'worker'),
    concurrency: s.concurrency ?? WORKER_DEFAULTS.concurrency,
    lockDuration: s.lockMs ?? WORKER_DEFAULTS.lockMs,
    stalledInterval: s.stalledMs ?? WORKER_DEFAULTS.stalledMs,
    maxStalledCount: s.maxStalled ?? WORKER_DEFAULTS.maxStalled,
    ...(s.name ? { name: s.name } : {}),
  });
  const label = (job: Job | undefined) => (job ? `${job.id} ${labelOf({ meta: (job.data as { meta?: JobPayload['meta'] })?.meta ?? {} })}` : '(unknown job)');
  worker.on('completed', (job, r: JobOutcome) =>
    log(`done ${label(job)}: ${r.article}${r.article === 'added' ? `, ${r.events} events` : ''}${r.reason ? ` (${r.reason})` : ''}`));
  worker.on('failed', (job, err) => {
    const tries = job?.opts.attempts ?? 1;
    const made = job?.attemptsMade ?? 0;
    log(`${made >= tries ? 'dead' : 'retry'} ${label(job)} after try ${made}/${tries}: ${err.message}`);
  });
  worker.on('stalled', (id) => log(`stalled ${id}: its worker lost the lock, handed out again`));
  // a Redis outage repeats the same error every reconnect attempt: say it once a minute
  let lastError = { message: '', at: 0 };
  worker.on('error', (err) => {
    const now = Date.now();
    if (err.message === lastError.message && now - lastError.at < 60_000) return;
    lastError = { message: err.message, at: now };
    log(`error: ${err.message}`);
  });
  let stopping: Promise<void> | null = null;
  return {
    worker,
    stop: () => (stopping ??= worker.close()),
  };
}
