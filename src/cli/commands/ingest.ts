// entente ingest PATH... [--db FILE|postgres://...] [--published ...]: store articles and their events.
// Re-ingesting adds nothing; bad inputs are logged with a reason and counted, never fatal.
// `--workers N` annotates on N worker threads; this thread stays the only store writer.
// The ingest path itself lives in src/ingest/ (shared with the API and the cluster worker).
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { ingestPaths } from '../../ingest/run.js';
import { progressMode } from '../../ingest/progress.js';
import { printTally } from '../../ingest/tally.js';
import { openCliStore } from '../store.js';
import { ACTORS_OPTION, applyActorFiles, check, isoDate, oneOf, parse } from '../args.js';
import { UsageError } from '../errors.js';
import { requireReadable } from '../read.js';

// Kept for callers that imported the ingest path from here.
export { ingestPaths, type IngestRunOptions } from '../../ingest/run.js';
export { newTally, printTally, type IngestTally } from '../../ingest/tally.js';

const WORKERS = z.coerce.number().int('expected a whole number').min(0).max(256);

export async function ingestCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...ACTORS_OPTION, db: { type: 'string' }, published: { type: 'string' }, workers: { type: 'string' }, progress: { type: 'string' },
  }, 'ingest');
  await applyActorFiles(values.actors);
  if (positionals.length === 0) throw new UsageError('ingest needs at least one PATH (file, folder, .jsonl, or - for stdin)');
  requireReadable(positionals);
  const published = values.published === undefined ? undefined : check(isoDate, values.published, '--published');
  const workers = values.workers === undefined ? availableParallelism() : check(WORKERS, values.workers, '--workers');
  const mode = progressMode(oneOf(values.progress as string | undefined, ['auto', 'bar', 'json', 'off'], '--progress', 'auto'), process.stderr);
  const { store } = await openCliStore(values.db as string | undefined, false);
  // Ctrl-C: stop reading, let what is in flight be written, then report; a second Ctrl-C quits at once.
  const stop = new AbortController();
  const onSigint = (): void => {
    if (stop.signal.aborted) process.exit(130);
    process.stderr.write('\ninterrupted: finishing the articles in flight (Ctrl-C again to quit now)\n');
    stop.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const actorFiles = values.actors as string[] | undefined;
    const run = await ingestPaths(store, positionals, published, { workers, progress: mode, stop: stop.signal, ...(actorFiles ? { actorFiles } : {}) });
    await printTally(store, run.tally);
    if (!run.complete) {
      process.stdout.write('interrupted before every input was read: run the same command again to resume (stored articles are skipped)\n');
      return 130;
    }
  } finally {
    process.off('SIGINT', onSigint);
    await store.close();
  }
  return 0;
}
