// entente events [--db FILE] [--actor CODE] [--recipient CODE] [--type TYPE] [--since DATE] [--until DATE] [--format table|jsonl|csv]
import { openCliStore } from '../store.js';
import { resolveActorArg } from '../actor-name.js';
import { PLOVER_TYPES } from '../../types.js';
import { check, oneOf, parse, period } from '../args.js';
import { UsageError } from '../errors.js';
import { csv, jsonl, parties, table } from '../format.js';

export async function eventsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' }, actor: { type: 'string' }, recipient: { type: 'string' }, type: { type: 'string' },
    since: { type: 'string' }, until: { type: 'string' }, format: { type: 'string' }, limit: { type: 'string' }, all: { type: 'boolean' },
    q: { type: 'string' }, distinct: { type: 'boolean' }, order: { type: 'string' },
  }, 'events');
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const type = values.type === undefined ? undefined : oneOf((values.type as string).toUpperCase(), PLOVER_TYPES, '--type', 'AGREE');
  const since = values.since === undefined ? undefined : check(period, values.since, '--since');
  const until = values.until === undefined ? undefined : check(period, values.until, '--until');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new UsageError('--limit: expected a positive integer');
  const format = oneOf(values.format as string | undefined, ['table', 'jsonl', 'csv'] as const, '--format', 'table');
  const order = oneOf(values.order as string | undefined, ['oldest', 'newest'] as const, '--order', 'oldest');
  const say = (line: string): void => { process.stderr.write(`entente: ${line}\n`); };
  const actor = resolveActorArg(values.actor as string | undefined, '--actor', say);
  const recipient = resolveActorArg(values.recipient as string | undefined, '--recipient', say);
  const { store } = await openCliStore(values.db as string | undefined, true);
  try {
    const rows = await store.events({ actor, recipient, type, since, until, limit, includeNonFactual: values.all === true,
      q: values.q as string | undefined, distinct: values.distinct === true, order });
    if (format === 'jsonl') process.stdout.write(jsonl(rows));
    else {
      const header = ['date', 'event', 'mode', 'actor', 'recipient', 'cameo', 'goldstein', 'where', 'dead', 'evidence'];
      const body = rows.map((r) => [r.date, r.event, r.mode, parties(r.actor), parties(r.recipient), r.cameo, r.goldstein, r.event_loc?.name, r.size.dead, r.event_text]);
      process.stdout.write(format === 'csv' ? csv(header, body) : table(header, body));
      if (format === 'table') process.stdout.write(`${rows.length} events\n`);
    }
  } finally {
    await store.close();
  }
  return 0;
}
