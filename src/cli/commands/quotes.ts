// entente quotes [--db FILE] [--speaker CODE|ID] [--search WORDS] [--kind direct|reported] [--format table|jsonl]
import { openCliStore } from '../store.js';
import { oneOf, parse } from '../args.js';
import { UsageError } from '../errors.js';
import { jsonl, table } from '../format.js';

export async function quotesCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' }, speaker: { type: 'string' }, search: { type: 'string' }, kind: { type: 'string' }, format: { type: 'string' }, limit: { type: 'string' },
  }, 'quotes');
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const format = oneOf(values.format as string | undefined, ['table', 'jsonl'] as const, '--format', 'table');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new UsageError('--limit: expected a positive integer');
  const speaker = values.speaker as string | undefined;
  const kind = values.kind === undefined ? undefined : oneOf(values.kind as string, ['direct', 'reported'] as const, '--kind', 'direct');
  const base = { search: values.search as string | undefined, limit, ...(kind ? { kind } : {}) };
  const { store } = await openCliStore(values.db as string | undefined, true);
  try {
    // Codes are upper case (RUS); actor ids are lower case (putin-vladimir): try the code form first.
    let rows = speaker ? await store.quotes({ ...base, speaker: speaker.toUpperCase() }) : await store.quotes(base);
    if (speaker && rows.length === 0) rows = await store.quotes({ ...base, speaker });
    if (format === 'jsonl') process.stdout.write(jsonl(rows));
    else {
      process.stdout.write(table(['published', 'speaker', 'code', 'kind', 'quote'], rows.map((q) => [q.published, q.speaker?.text, q.speaker?.code, q.kind, q.text]), 70));
      process.stdout.write(`${rows.length} quotes\n`);
    }
  } finally {
    await store.close();
  }
  return 0;
}
