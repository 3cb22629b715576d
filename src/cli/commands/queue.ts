// entente queue --redis URL [--queue NAME] [--dead] [--retry-dead] [--format table|json]:
// how many ingest jobs wait, run, are done, wait for a retry or are dead, and why the dead died.
import type { Queue } from 'bullmq';
import { DEFAULT_QUEUE, openQueue, ready } from '../../cluster/queue.js';
import { deadJobs, queueDepth, retryDead } from '../../cluster/status.js';
import { oneOf, parse } from '../args.js';
import { UsageError, unavailable } from '../errors.js';
import { table } from '../format.js';

export function positiveInt(value: unknown, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag}: expected a positive integer (got ${JSON.stringify(value)})`);
  return n;
}

export function requireRedis(value: unknown, command: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${command} needs --redis URL (e.g. redis://127.0.0.1:6379)`);
  if (!/^rediss?:\/\//.test(value)) throw new UsageError(`--redis: expected a redis:// or rediss:// URL (got ${value})`);
  return value;
}

/** Opens the queue, fails in one line when Redis does not answer, always closes. */
export async function withQueue<T>(url: string, name: string, fn: (q: Queue) => Promise<T>): Promise<T> {
  const q = openQueue(url, name);
  try {
    try {
      await ready(q, url);
    } catch (err) {
      throw unavailable(`${(err as Error).message}: check that Redis is running and the --redis URL`);
    }
    return await fn(q);
  } finally {
    await q.close();
  }
}

export async function queueCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    redis: { type: 'string' }, queue: { type: 'string' }, dead: { type: 'boolean' }, 'retry-dead': { type: 'boolean' },
    limit: { type: 'string' }, format: { type: 'string' },
  }, 'queue');
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const url = requireRedis(values.redis, 'queue');
  const name = (values.queue as string | undefined) ?? DEFAULT_QUEUE;
  const limit = positiveInt(values.limit, '--limit', 50);
  const format = oneOf(values.format as string | undefined, ['table', 'json'] as const, '--format', 'table');
  return withQueue(url, name, async (q) => {
    const retried = values['retry-dead'] ? await retryDead(q) : null;
    const depth = await queueDepth(q);
    const dead = values.dead ? await deadJobs(q, limit) : null;
    if (format === 'json') {
      process.stdout.write(`${JSON.stringify({ queue: name, ...depth, ...(retried !== null ? { retried } : {}), ...(dead ? { deadJobs: dead } : {}) })}\n`);
      return 0;
    }
    if (retried !== null) process.stdout.write(`${retried} dead job${retried === 1 ? '' : 's'} put back to wait\n`);
    process.stdout.write(`queue ${name}: waiting ${depth.waiting}, active ${depth.active}, completed ${depth.completed}, failed (to retry) ${depth.failed}, dead ${depth.dead}\n`);
    if (dead) {
      process.stdout.write(table(['job', 'item', 'tries', 'died', 'reason'], dead.map((d) => [d.id, d.item, d.tries, d.at, d.reason]), 160));
      if (depth.dead > dead.length) process.stdout.write(`(${dead.length} of ${depth.dead} dead jobs shown; --limit N for more)\n`);
    }
    return 0;
  });
}
