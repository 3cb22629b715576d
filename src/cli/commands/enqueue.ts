// entente enqueue PATH... --redis URL [--queue NAME] [--published DATE] [--attempts N] [--backoff-ms N]:
// one ingest job per item (a file, or one record of a JSONL file, WARC or feed), content inside.
import { enqueuePaths } from '../../cluster/enqueue.js';
import { DEFAULT_QUEUE, DEFAULT_RETRY } from '../../cluster/queue.js';
import { check, isoDate, parse } from '../args.js';
import { UsageError } from '../errors.js';
import { requireReadable } from '../read.js';
import { positiveInt, requireRedis, withQueue } from './queue.js';

export async function enqueueCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    redis: { type: 'string' }, queue: { type: 'string' }, published: { type: 'string' },
    attempts: { type: 'string' }, 'backoff-ms': { type: 'string' },
  }, 'enqueue');
  if (positionals.length === 0) throw new UsageError('enqueue needs at least one PATH (file, folder, .jsonl, WARC, feed, or - for stdin)');
  requireReadable(positionals);
  const url = requireRedis(values.redis, 'enqueue');
  const name = (values.queue as string | undefined) ?? DEFAULT_QUEUE;
  const published = values.published === undefined ? undefined : check(isoDate, values.published, '--published');
  const retry = {
    attempts: positiveInt(values.attempts, '--attempts', DEFAULT_RETRY.attempts),
    backoffMs: positiveInt(values['backoff-ms'], '--backoff-ms', DEFAULT_RETRY.backoffMs),
  };
  const t = await withQueue(url, name, (q) => enqueuePaths(q, positionals, { ...(published ? { published } : {}), retry }));
  process.stdout.write(`items read: ${t.items}; jobs queued: ${t.queued} (${(t.bytes / 1048576).toFixed(1)} MB of content); already queued: ${t.alreadyQueued}; skipped: ${t.skipped.length}\n`);
  for (const s of t.skipped) process.stdout.write(`  skipped ${s.path}: ${s.reason}\n`);
  return 0;
}
