// entente relations [--db FILE] [--since DATE] [--until DATE] [--actor CODE] [--window week|month] [--undirected] [--series] [--format table|jsonl]
import { relations } from '../../analysis/relations.js';
import { KEY_MODES } from '../../analysis/keys.js';
import { oneOf, parse } from '../args.js';
import { UsageError } from '../errors.js';
import { jsonl, table } from '../format.js';
import { resolveActorArg } from '../actor-name.js';
import { dateBounds, readEvents, withStore } from './read-events.js';

export async function relationsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, actor: { type: 'string' },
    window: { type: 'string' }, format: { type: 'string' }, undirected: { type: 'boolean' }, series: { type: 'boolean' }, key: { type: 'string' },
  }, 'relations');
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  const window = oneOf(values.window as string | undefined, ['week', 'month'] as const, '--window', 'month');
  const format = oneOf(values.format as string | undefined, ['table', 'jsonl'] as const, '--format', 'table');
  const key = oneOf(values.key as string | undefined, KEY_MODES, '--key', 'code');
  const bounds = dateBounds(values);
  const actor = resolveActorArg(values.actor as string | undefined, '--actor', (line) => { process.stderr.write(`entente: ${line}\n`); }, true);
  const result = await withStore(values.db as string | undefined, async (store) => {
    // The store narrows by date and actor; relations() keeps only dyads with the actor on a side.
    const events = await readEvents(store, bounds);
    return relations(events, { window, directed: values.undirected !== true, actor, key, ...bounds });
  });
  if (format === 'jsonl') {
    process.stdout.write(jsonl(result.dyads));
    return 0;
  }
  const header = ['dyad', 'events', 'v.coop', 'm.coop', 'v.confl', 'm.confl', 'goldstein', 'plover', 'windows', 'plover slope', 'last vs earlier', 'trend'];
  const rows = result.dyads.map((d) => [d.id, d.events, d.quad.verbalCoop, d.quad.materialCoop, d.quad.verbalConflict, d.quad.materialConflict, d.goldstein, d.plover, d.windows.length, d.trend.ploverSlope, d.trend.lastVsEarlier, d.trend.direction]);
  process.stdout.write(table(header, rows));
  if (values.series === true) {
    const series = result.dyads.flatMap((d) => d.windows.map((w) => [d.id, w.window, w.events, w.quad.verbalCoop, w.quad.materialCoop, w.quad.verbalConflict, w.quad.materialConflict, w.goldstein, w.plover]));
    process.stdout.write('\n' + table(['dyad', window, 'events', 'v.coop', 'm.coop', 'v.confl', 'm.confl', 'goldstein', 'plover'], series));
  }
  process.stdout.write(`${result.dyads.length} dyads from ${result.events} events (${result.withoutDyad} without a coded actor and recipient); windows: ${window}\n`);
  return 0;
}
