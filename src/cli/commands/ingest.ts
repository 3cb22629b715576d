// entente ingest PATH... [--db FILE|postgres://...] [--published ...]: store articles and their events.
// Re-ingesting adds nothing; bad inputs are logged with a reason and counted, never fatal.
import { codable, runStages } from '../../pipeline.js';
import { intake } from '../../intake/index.js';
import { readInputs } from '../../intake/sources.js';
import { openStore, storeTarget, type Store } from '../../store/index.js';
import type { Message, RawInput } from '../../types.js';
import { ACTORS_OPTION, applyActorFiles, check, isoDate, parse } from '../args.js';
import { UsageError } from '../errors.js';

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
  (m.level === 'warning' && !/^(Readability found no article|caller's publication date)/.test(m.reason)) || (m.level === 'info' && m.reason.startsWith('decoded as'));

/** Annotate and store one input, counting what happened. */
export async function ingestOne(store: Store, input: RawInput, tally: IngestTally, source?: string): Promise<void> {
  tally.inputs++;
  const doc = intake(input);
  // A copy of a stored story is recorded as another source of it; its events are not coded again.
  if (doc.article.body.trim() === '' || !(await store.findDuplicate(doc))) runStages(doc);
  const label = input.path ?? input.id ?? doc.id;
  const intakeNotes = doc.messages.filter((m) => m.stage === 'intake');
  if (doc.article.body.trim() === '') {
    // no body is no article: the error, else intake's last doubt, says why
    const why = intakeNotes.find((m) => m.level === 'error') ?? intakeNotes.filter((m) => m.level === 'warning').pop();
    const reason = why?.reason ?? 'no body text found';
    tally.skipped.push({ path: label, reason });
    await store.recordSkip(label, reason);
    return;
  }
  for (const m of intakeNotes) if (worthShowing(m)) tally.warned.push({ path: label, reason: m.level === 'info' ? `not UTF-8, ${m.reason}` : m.reason });
  if (!codable(doc)) {
    const why = doc.messages.find((m) => m.stage === 'intake' && m.level !== 'error')?.reason ?? 'not coded';
    tally.uncoded.push({ path: label, reason: why });
  }
  const r = await store.ingest(doc, { source });
  if (r.article === 'added') tally.added++;
  else if (r.article === 'duplicate') tally.duplicates++;
  else tally.existing++;
  tally.events += r.events;
}

export async function printTally(store: Store, t: IngestTally, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const c = await store.counts();
  out.write(`inputs read: ${t.inputs}; articles added: ${t.added}; already stored: ${t.existing}; near-duplicates recorded as extra sources: ${t.duplicates}; skipped: ${t.skipped.length}; stored but not coded: ${t.uncoded.length}; events added: ${t.events}\n`);
  for (const s of t.skipped) out.write(`  skipped ${s.path}: ${s.reason}\n`);
  for (const s of t.uncoded) out.write(`  not coded ${s.path}: ${s.reason}\n`);
  for (const s of t.warned) out.write(`  stored with a warning ${s.path}: ${s.reason}\n`);
  out.write(`store now holds ${c.articles} articles, ${c.events} events (+${c.nonFactual} negated or hypothetical, not counted), ${c.actors} actor mentions, ${c.places} places, ${c.times} time expressions; ${c.skipped} inputs logged as skipped\n`);
}

export async function ingestCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...ACTORS_OPTION, db: { type: 'string' }, published: { type: 'string' } });
  applyActorFiles(values.actors);
  if (positionals.length === 0) throw new UsageError('ingest needs at least one PATH (file, folder, .jsonl, or - for stdin)');
  const published = values.published === undefined ? undefined : check(isoDate, values.published, '--published');
  const store = await openStore(storeTarget(values.db as string | undefined));
  try {
    await printTally(store, await ingestPaths(store, positionals, published));
  } finally {
    await store.close();
  }
  return 0;
}

/** Ingest files, folders (with their sidecar manifests), JSONL, feeds, WARCs or stdin into a store. */
export async function ingestPaths(store: Store, paths: string[], published?: string): Promise<IngestTally> {
  const tally = newTally();
  for await (const item of readInputs(paths)) {
    if ('reason' in item) {
      tally.inputs++;
      tally.skipped.push({ path: item.path, reason: item.reason });
      await store.recordSkip(item.path, item.reason);
      continue;
    }
    await ingestOne(store, { ...item, published: published ?? item.published }, tally);
  }
  return tally;
}
