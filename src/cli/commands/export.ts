// entente export --format plover-jsonl|gdelt-tsv|csv|graphml [--out FILE] [--db FILE] [event filters]
import { writeFileSync } from 'node:fs';
import { PLOVER_TYPES } from '../../types.js';
import { EXPORT_FORMATS, WRITERS } from '../../output/writers.js';
import { oneOf, parse } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import { resolveActorArg } from '../actor-name.js';
import { BLOCS_FLAGS, blocsOptions } from './blocs.js';
import { dateBounds, readEvents, withStore } from './read-events.js';

export async function exportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, header: { type: 'boolean' },
    actor: { type: 'string' }, recipient: { type: 'string' }, type: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, all: { type: 'boolean' },
    ...BLOCS_FLAGS,
  }, 'export');
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  if (values.format === undefined) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
  const format = oneOf(values.format as string, EXPORT_FORMATS, '--format', 'plover-jsonl');
  const type = values.type === undefined ? undefined : oneOf((values.type as string).toUpperCase(), PLOVER_TYPES, '--type', 'AGREE');
  const say = (line: string): void => { process.stderr.write(`entente: ${line}\n`); };
  const filter = {
    ...dateBounds(values), type, includeNonFactual: values.all === true,
    actor: resolveActorArg(values.actor as string | undefined, '--actor', say), recipient: resolveActorArg(values.recipient as string | undefined, '--recipient', say),
  };
  const text = await withStore(values.db as string | undefined, async (store) =>
    WRITERS[format].write(await readEvents(store, filter), { article: (id) => store.article(id), header: values.header === true, blocs: blocsOptions(values) }));
  if (values.out) {
    try {
      writeFileSync(values.out as string, text);
    } catch (err) {
      throw new UsageError(`--out: cannot write ${String(values.out)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; check the folder exists and is writable`, EXIT.cannotCreate);
    }
  }
  else process.stdout.write(text);
  return 0;
}
