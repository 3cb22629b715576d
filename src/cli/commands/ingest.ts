// entente ingest PATH... [--db FILE|postgres://...] [--published ...]: store articles and their events.
// Re-ingesting adds nothing; bad inputs are logged with a reason and counted, never fatal.
// `--workers N` annotates on N worker threads (src/ingest/); this thread stays the only store writer.
import { codable, runStages } from '../../pipeline.js';
import { intake } from '../../intake/index.js';
import { readInputs } from '../../intake/sources.js';
import type { Store } from '../../store/index.js';
import { openCliStore } from '../store.js';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { InputError } from '../../intake/sources.js';
import { ingestParallel } from '../../ingest/parallel.js';
import { Progress, estimateInputs, progressMode, type ProgressMode } from '../../ingest/progress.js';
import type { Doc, Message, RawInput } from '../../types.js';
import { ACTORS_OPTION, applyActorFiles, check, isoDate, oneOf, parse } from '../args.js';
import { UsageError } from '../errors.js';
import { requireReadable } from '../read.js';

export interface IngestTally {
  inputs: number;
  added: number;
  existing: number;
  duplicates: number;
  skipped: { path: string; reason: string }[];
  uncoded: { path: string; reason: string }[];
  /** Stored, but intake had a doubt worth showing (bad bytes replaced, markup too deep ...). */
  warned: { path: string; reason: string }[];
  events: number;
}

export function newTally(): IngestTally {
  return { inputs: 0, added: 0, existing: 0, duplicates: 0, skipped: [], uncoded: [], warned: [], events: 0 };
}

/** Intake notes shown in the summary for stored articles: damage and guesses, not routine fallbacks. */
const worthShowing = (m: Message): boolean =>
  (m.level === 'warning' && m.rule !== 'intake/readability-no-article') || m.rule === 'intake/decoded';

/** Annotate and store one input in this thread, counting what happened. */
export async function ingestOne(store: Store, input: RawInput, tally: IngestTally, source?: string): Promise<void> {
  const doc = intake(input);
  // A copy of a stored story is recorded as another source of it; its events are not coded again.
  if (codable(doc) && !(await store.findDuplicate(doc))) runStages(doc);
  await recordDoc(store, input, doc, tally, source);
}

/** Store an intaken Doc (annotated when it was new and codable) and count it. */
export async function recordDoc(store: Store, input: RawInput, doc: Doc, tally: IngestTally, source?: string): Promise<void> {
  tally.inputs++;
  const label = input.path ?? input.id ?? doc.id;
  const intakeNotes = doc.messages.filter((m) => m.stage === 'intake');
  if (doc.article.body.trim() === '') {
    // no body is no article: the error, else intake's last doubt, says why
    const why = intakeNotes.find((m) => m.level === 'error') ?? intakeNotes.filter((m) => m.level === 'warning').pop();
    await recordSkip(store, { path: label, reason: why?.reason ?? 'no body text found' }, tally);
    return;
  }
  for (const m of intakeNotes) if (worthShowing(m)) tally.warned.push({ path: label, reason: m.level === 'info' ? `not UTF-8, ${m.reason}` : m.reason });
  if (!codable(doc)) {
    const notes = doc.messages.filter((m) => m.stage === 'intake' && m.level !== 'error');
    const why = (notes.find((m) => m.rule === 'intake/not-english') ?? notes[0])?.reason ?? 'not coded';
    tally.uncoded.push({ path: label, reason: why });
  }
  const r = await store.ingest(doc, source === undefined ? {} : { source });
  if (r.article === 'added') tally.added++;
  else if (r.article === 'duplicate') tally.duplicates++;
  else tally.existing++;
  tally.events += r.events;
}

/** An input that gave no article: counted (when not yet) and logged in the store with its reason. */
async function recordSkip(store: Store, item: InputError, tally: IngestTally, count = false): Promise<void> {
  if (count) tally.inputs++;
  tally.skipped.push(item);
  await store.recordSkip(item.path, item.reason);
}

export async function printTally(store: Store, t: IngestTally, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const c = await store.counts();
  out.write(`inputs read: ${t.inputs}; articles added: ${t.added}; already stored: ${t.existing}; near-duplicates recorded as extra sources: ${t.duplicates}; skipped: ${t.skipped.length}; stored but not coded: ${t.uncoded.length}; events added: ${t.events}\n`);
  for (const s of t.skipped) out.write(`  skipped ${s.path}: ${s.reason}\n`);
  for (const s of t.uncoded) out.write(`  not coded ${s.path}: ${s.reason}\n`);
  for (const s of t.warned) out.write(`  stored with a warning ${s.path}: ${s.reason}\n`);
  out.write(`store now holds ${c.articles} articles, ${c.events} events (+${c.nonFactual} negated, hypothetical or background, not counted), ${c.actors} actor mentions, ${c.places} places, ${c.times} time expressions; ${c.skipped} inputs logged as skipped\n`);
}

export async function ingestCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...ACTORS_OPTION, db: { type: 'string' }, published: { type: 'string' }, workers: { type: 'string' }, progress: { type: 'string' },
  }, 'ingest');
  applyActorFiles(values.actors);
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

const WORKERS = z.coerce.number().int('expected a whole number').min(0).max(256);

export interface IngestRunOptions {
  /** Annotation worker threads; 0 annotates in this thread. Default 0. */
  workers?: number;
  progress?: ProgressMode;
  /** Aborting stops reading inputs; what is in flight is still stored. */
  stop?: AbortSignal;
  /** `--actors` files, for the workers (this thread has them already). */
  actorFiles?: string[];
}

/** Ingest files, folders (with their sidecar manifests), JSONL, feeds, WARCs or stdin into a store. */
export async function ingestPaths(store: Store, paths: string[], published?: string, opts: IngestRunOptions = {}): Promise<{ tally: IngestTally; complete: boolean }> {
  const tally = newTally();
  const progress = new Progress(process.stderr, opts.progress ?? 'off', tally);
  if ((opts.progress ?? 'off') !== 'off') progress.setTotal(await estimateInputs(paths));
  let complete = true;
  try {
    if ((opts.workers ?? 0) > 0) {
      complete = await ingestParallel(store, paths, {
        tally,
        record: (s, input, doc) => recordDoc(s, input, doc, tally),
        skip: (s, item) => recordSkip(s, item, tally, true),
        settled: () => progress.update(),
      }, { workers: opts.workers!, ...(published ? { published } : {}), ...(opts.stop ? { stop: opts.stop } : {}), ...(opts.actorFiles ? { actorFiles: opts.actorFiles } : {}) });
    } else {
      for await (const item of readInputs(paths)) {
        if (opts.stop?.aborted) {
          complete = false;
          break;
        }
        if ('reason' in item) await recordSkip(store, item, tally, true);
        else await ingestOne(store, { ...item, published: published ?? item.published }, tally);
        progress.update();
      }
    }
  } finally {
    progress.finish();
  }
  return { tally, complete };
}
