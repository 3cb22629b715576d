// The ingest queue's name, connection and job options, shared by enqueue, worker and queue.
import { Queue, type JobsOptions } from 'bullmq';
import type { RedisOptions } from 'bullmq';
import { redisOptions } from './redis-url.js';

export const DEFAULT_QUEUE = 'entente-ingest';

export interface RetryPolicy {
  /** Tries in all, the first included; after the last failure the job is dead. */
  attempts: number;
  /** First retry delay in ms, doubled at each further retry. */
  backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, backoffMs: 2000 };

/**
 * Completed jobs are kept an hour (at most 1,000: they hold their content) so re-enqueueing them
 * is a no-op; later the store makes it one (an exact copy is found before annotation). Dead jobs
 * are kept until retried or removed.
 */
export function jobOptions(retry: RetryPolicy = DEFAULT_RETRY): JobsOptions {
  return {
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    removeOnComplete: { age: 3600, count: 1000 },
    removeOnFail: false,
  };
}

/** Connection options for a Redis URL; a worker's blocking connection must never give up on a command. */
export function connectionFor(url: string, role: 'queue' | 'worker'): RedisOptions {
  const base = redisOptions(url);
  return role === 'worker' ? { ...base, maxRetriesPerRequest: null } : base;
}

/** A Queue handle (producer and inspector side). */
export function openQueue(url: string, name = DEFAULT_QUEUE): Queue {
  const q = new Queue(name, { connection: connectionFor(url, 'queue') });
  // Connection trouble is reported by the command that fails; without a listener an 'error' would crash.
  q.on('error', () => undefined);
  return q;
}

/**
 * Fails fast when Redis does not answer: BullMQ would otherwise wait forever, reconnecting.
 * Resolves once the queue's connection is ready.
 */
export async function ready(q: Queue, url: string, timeoutMs = 5000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis at ${url} did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    await Promise.race([q.waitUntilReady(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
