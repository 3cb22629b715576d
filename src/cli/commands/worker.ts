// entente worker --redis URL --db STORE [--queue NAME] [--concurrency N] [--lock-ms N] [--stalled-ms N]:
// takes ingest jobs until SIGTERM or SIGINT, then finishes the active ones and exits.
import { hostname } from 'node:os';
import { DEFAULT_QUEUE } from '../../cluster/queue.js';
import { startWorker, WORKER_DEFAULTS } from '../../cluster/worker.js';
import { openCliStore } from '../store.js';
import { ACTORS_OPTION, applyActorFiles, parse } from '../args.js';
import { UsageError, unavailable } from '../errors.js';
import { positiveInt, requireRedis } from './queue.js';

const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);

/** Resolves on the first SIGTERM or SIGINT; before `started` is set, a signal exits at once (nothing to finish). */
function untilSignal(started: { value: boolean }): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: NodeJS.Signals) => {
      if (!started.value) process.exit(0);
      resolve(sig);
      // a second signal means: do not wait for the active jobs
      process.once(sig, () => process.exit(130));
    };
    process.once('SIGTERM', on);
    process.once('SIGINT', on);
  });
}

/** Redis must answer within this long at start-up; after that, lost connections are retried. */
const START_TIMEOUT_MS = 10_000;

function answered<T>(ready: Promise<T>, url: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis at ${url} did not answer within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
  });
  return Promise.race([ready, late]).finally(() => clearTimeout(timer));
}

export async function workerCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...ACTORS_OPTION, redis: { type: 'string' }, db: { type: 'string' }, queue: { type: 'string' },
    concurrency: { type: 'string' }, 'lock-ms': { type: 'string' }, 'stalled-ms': { type: 'string' }, 'max-stalled': { type: 'string' },
  }, 'worker');
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const url = requireRedis(values.redis, 'worker');
  const db = (values.db as string | undefined) ?? (process.env['ENTENTE_DB'] || undefined);
  if (!db) throw new UsageError('worker needs --db STORE or ENTENTE_DB (a postgres:// URL shared by all workers, or a SQLite file on this machine)');
  const pipeline = await applyActorFiles(values.actors);
  const queue = (values.queue as string | undefined) ?? DEFAULT_QUEUE;
  const concurrency = positiveInt(values.concurrency, '--concurrency', WORKER_DEFAULTS.concurrency);
  const lockMs = positiveInt(values['lock-ms'], '--lock-ms', WORKER_DEFAULTS.lockMs);
  const stalledMs = positiveInt(values['stalled-ms'], '--stalled-ms', WORKER_DEFAULTS.stalledMs);
  const maxStalled = positiveInt(values['max-stalled'], '--max-stalled', WORKER_DEFAULTS.maxStalled);
  const started = { value: false };
  const stopped = untilSignal(started);
  const { store } = await openCliStore(db, false);
  // load the lexicons and gazetteer now, not inside the first job's lock
  pipeline.annotate({ text: 'France and Germany held talks in Paris on Monday.' });
  const name = `${hostname()}-${process.pid}`;
  await new Promise((r) => setImmediate(r)); // a signal that came during the warm-up is seen now
  started.value = true;
  const running = startWorker(store, { redis: url, queue, concurrency, lockMs, stalledMs, maxStalled, name, log, pipeline });
  try {
    await answered(running.worker.waitUntilReady(), url).catch(async (err: Error) => {
      await running.worker.close(true);
      throw unavailable(`${err.message}: check that Redis is running and the --redis URL`);
    });
    log(`worker ${name} taking jobs from ${queue} (concurrency ${concurrency}, lock ${lockMs} ms)`);
    const sig = await stopped;
    log(`${sig}: finishing active jobs, then stopping`);
  } finally {
    await running.stop();
    await store.close();
  }
  log('stopped');
  return 0;
}
