// The export formats, one table: name -> how to write a list of stored events. The CLI's
// `export` and the API's export route both look formats up here, so a new format is one entry.
import { blocsGraph } from '../analysis/blocs.js';
import type { BlocsOptions } from '../analysis/blocs.js';
import type { StoredArticle, StoredEvent } from '../store/types.js';
import { EVENT_CSV_HEADER, eventCsvRow } from './events-csv.js';
import { toGdeltTsv } from './gdelt.js';
import { toGraphml } from './graphml.js';
import { storedToPlover } from './plover.js';
import { csv, jsonl } from './text-formats.js';

export interface WriteContext {
  /** The stored article an event came from (GDELT needs its lead paragraph and ingest time). */
  article(id: string): Promise<StoredArticle | null>;
  /** A header line where the format has an optional one (GDELT TSV). */
  header?: boolean;
  /** How the alliance graph is weighted and split (GraphML). */
  blocs?: BlocsOptions;
}

export interface Writer {
  /** What an analyst gets, in a few words (help text, API description). */
  describe: string;
  /** Media type and file extension of a download. */
  mime: string;
  extension: string;
  write(events: readonly StoredEvent[], ctx: WriteContext): Promise<string>;
}

/** GDELT's IsRootEvent: the event was read from the article's first body paragraph. */
function inLead(e: StoredEvent, a: StoredArticle | null): boolean | undefined {
  if (!a) return undefined;
  const body = a.zones.filter((z) => z.kind === 'body');
  const lead = a.paragraphs.find((p) => body.some((z) => p.start >= z.start && p.end <= z.end));
  return lead ? e.span[0] >= lead.start && e.span[0] < lead.end : undefined;
}

const articleIdOf = (e: StoredEvent): string => e.id.split(':')[0]!;

export const WRITERS = {
  'plover-jsonl': {
    describe: 'PLOVER records, one JSON object a line',
    mime: 'application/x-ndjson', extension: 'jsonl',
    write: async (events) => jsonl(events.map(storedToPlover)),
  },
  'gdelt-tsv': {
    describe: "GDELT 2.0 event table columns, tab-separated (CAMEO codes, Goldstein, quad class)",
    mime: 'text/tab-separated-values', extension: 'tsv',
    async write(events, ctx) {
      const articles = new Map<string, StoredArticle | null>();
      for (const e of events) {
        const id = articleIdOf(e);
        if (!articles.has(id)) articles.set(id, await ctx.article(id));
      }
      const art = (e: StoredEvent) => articles.get(articleIdOf(e)) ?? null;
      return toGdeltTsv(events, { header: ctx.header === true, isRoot: (e) => inLead(e, art(e)), addedAt: (e) => art(e)?.ingested_at });
    },
  },
  'csv': {
    describe: 'one row per event: date, type, parties, codes, place, size, sentence',
    mime: 'text/csv', extension: 'csv',
    write: async (events) => csv(EVENT_CSV_HEADER, events.map(eventCsvRow)),
  },
  'graphml': {
    describe: 'the signed actor graph with each actor\'s bloc, for Gephi or yEd',
    mime: 'application/graphml+xml', extension: 'graphml',
    async write(events, ctx) {
      const { graph, result } = blocsGraph(events, ctx.blocs ?? {});
      return toGraphml(graph, new Map(result.nodes.map((n) => [n.id, n.bloc])));
    },
  },
} as const satisfies Record<string, Writer>;

export type ExportFormat = keyof typeof WRITERS;
export const EXPORT_FORMATS = Object.keys(WRITERS) as [ExportFormat, ...ExportFormat[]];
