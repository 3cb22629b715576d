// entente export --format plover-jsonl|gdelt-tsv|csv|graphml [--out FILE] [--db FILE] [event filters]
import { writeFileSync } from 'node:fs';
import { blocsGraph } from '../../analysis/blocs.js';
import { PLOVER_TYPES } from '../../types.js';
import { storedToPlover } from '../../output/plover.js';
import { toGdeltTsv } from '../../output/gdelt.js';
import { toGraphml } from '../../output/graphml.js';
import { EVENT_CSV_HEADER, eventCsvRow } from '../../output/events-csv.js';
import type { StoredArticle, StoredEvent } from '../../store/types.js';
import { oneOf, parse } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import { csv, jsonl } from '../format.js';
import { resolveActorArg } from '../actor-name.js';
import { BLOCS_FLAGS, blocsOptions } from './blocs.js';
import { dateBounds, readEvents, withStore } from './read-events.js';

const FORMATS = ['plover-jsonl', 'gdelt-tsv', 'csv', 'graphml'] as const;

/** GDELT's IsRootEvent: the event was read from the article's first body paragraph. */
function inLead(e: StoredEvent, a: StoredArticle | null): boolean | undefined {
  if (!a) return undefined;
  const body = a.zones.filter((z) => z.kind === 'body');
  const lead = a.paragraphs.find((p) => body.some((z) => p.start >= z.start && p.end <= z.end));
  return lead ? e.span[0] >= lead.start && e.span[0] < lead.end : undefined;
}

export async function exportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, header: { type: 'boolean' },
    actor: { type: 'string' }, recipient: { type: 'string' }, type: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, all: { type: 'boolean' },
    ...BLOCS_FLAGS,
  }, 'export');
  if (positionals.length) throw new UsageError(`unexpected argument: ${positionals[0]}`);
  if (values.format === undefined) throw new UsageError(`export needs --format (${FORMATS.join(', ')})`);
  const format = oneOf(values.format as string, FORMATS, '--format', 'plover-jsonl');
  const type = values.type === undefined ? undefined : oneOf((values.type as string).toUpperCase(), PLOVER_TYPES, '--type', 'AGREE');
  const say = (line: string): void => { process.stderr.write(`entente: ${line}\n`); };
  const filter = {
    ...dateBounds(values), type, includeNonFactual: values.all === true,
    actor: resolveActorArg(values.actor as string | undefined, '--actor', say), recipient: resolveActorArg(values.recipient as string | undefined, '--recipient', say),
  };
  const text = await withStore(values.db as string | undefined, async (store) => {
    const events = await readEvents(store, filter);
    if (format === 'plover-jsonl') return jsonl(events.map(storedToPlover));
    if (format === 'csv') return csv(EVENT_CSV_HEADER, events.map(eventCsvRow));
    if (format === 'graphml') {
      const { graph, result } = blocsGraph(events, blocsOptions(values));
      return toGraphml(graph, new Map(result.nodes.map((n) => [n.id, n.bloc])));
    }
    const articles = new Map<string, StoredArticle | null>();
    for (const e of events) {
      const id = e.id.split(':')[0]!;
      if (!articles.has(id)) articles.set(id, await store.article(id));
    }
    const art = (e: StoredEvent) => articles.get(e.id.split(':')[0]!) ?? null;
    return toGdeltTsv(events, { header: values.header === true, isRoot: (e) => inLead(e, art(e)), addedAt: (e) => art(e)?.ingested_at });
  });
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
