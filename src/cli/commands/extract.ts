// entente extract [FILE|-] [--published YYYY-MM-DD] [--format jsonl|table] | --jsonl FILE
import { toPloverRecord, type PloverRecord } from '../../output/plover.js';
import { readJsonl } from '../../intake/sources.js';
import { ACTORS_OPTION, applyActorFiles, check, isoDate, oneOf, parse } from '../args.js';
import { jsonl, parties, table } from '../format.js';
import { readOne, requireReadable } from '../read.js';
import { UsageError } from '../errors.js';
import type { Doc } from '../../types.js';

/** Factual events, plus the negated and hypothetical readings with --all. */
function shown(doc: Doc, all: boolean) {
  return all ? [...doc.events, ...(doc.nonFactual ?? [])].sort((a, b) => a.sentence.start - b.sentence.start) : doc.events;
}

function render(records: PloverRecord[], format: 'jsonl' | 'table'): string {
  if (format === 'jsonl') return jsonl(records);
  return table(
    ['date', 'event', 'mode', 'actor', 'recipient', 'cameo', 'where', 'dead', 'evidence'],
    records.map((r) => [r.date, r.event, r.mode, parties(r.actor), parties(r.recipient), r.cameo, r.event_loc?.name, r.size.dead, r.event_text]),
  );
}

/**
 * Said once per run on stderr: an undated article (no --published, no date in the record or text)
 * leaves "on Monday" and "last week" unresolved. Intake's refusals of impossible dates are said for each record.
 */
function tellDates(doc: Doc, published: string | undefined, told: { undated: boolean }): void {
  for (const m of doc.messages) if (m.rule === 'intake/date-refused') process.stderr.write(`entente: ${doc.id}: ${m.reason}\n`);
  if (published || doc.article.published || told.undated) return;
  told.undated = true;
  process.stderr.write('entente: no --published date and none found in the input: relative dates ("on Monday", "last week") cannot be resolved; give --published YYYY-MM-DD\n');
}

export async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...ACTORS_OPTION, published: { type: 'string' }, format: { type: 'string' }, jsonl: { type: 'string' }, all: { type: 'boolean' } }, 'extract');
  const pipeline = await applyActorFiles(values.actors);
  const published = values.published === undefined ? undefined : check(isoDate, values.published, '--published');
  const format = oneOf(values.format as string | undefined, ['jsonl', 'table'] as const, '--format', 'jsonl');
  const told = { undated: false };
  if (values.jsonl !== undefined) {
    if (positionals.length) throw new UsageError('give either FILE or --jsonl FILE, not both');
    requireReadable([values.jsonl as string], 'file');
    let skipped = 0;
    for await (const item of readJsonl(values.jsonl as string)) {
      if ('reason' in item) { process.stderr.write(`skip: ${item.path}: ${item.reason}\n`); skipped++; continue; }
      const doc: Doc = pipeline.annotate({ ...item, published: published ?? item.published });
      tellDates(doc, published, told);
      process.stdout.write(render(shown(doc, values.all === true).map((e) => toPloverRecord(doc, e)), format));
    }
    return skipped > 0 ? 1 : 0;
  }
  if (positionals.length > 1) throw new UsageError('extract takes one FILE (or - for stdin); use ingest for many');
  const doc = pipeline.annotate(await readOne(positionals[0], published));
  tellDates(doc, published, told);
  for (const m of doc.messages) if (m.level === 'error') process.stderr.write(`${m.stage}: ${m.reason}\n`);
  process.stdout.write(render(shown(doc, values.all === true).map((e) => toPloverRecord(doc, e)), format));
  return doc.messages.some((m) => m.level === 'error') ? 1 : 0;
}
