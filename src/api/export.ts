// GET /api/export: the events of the page's filter in a CLI export format, streamed as a
// download. Text formats go out a page of events at a time (keyset pages, the CLI's writers);
// GraphML is one graph, so it is built whole and refused past GRAPHML_MAX events.
import { WRITERS, type ExportFormat } from '../output/writers.js';
import { periodOf, type EventFilter, type Store } from '../store/index.js';
import { Download } from './download.js';
import { resolveFilter } from './filters.js';
import { HttpError } from './http.js';
import { ExportQuery } from './params.js';
import { route, type Route } from './route.js';
import { at } from '../at.js';

const FORMATS: Record<string, ExportFormat> = { csv: 'csv', jsonl: 'plover-jsonl', gdelt: 'gdelt-tsv', graphml: 'graphml' };
const PAGE = 2000;
export const GRAPHML_MAX = 200_000;

async function* pages(store: Store, filter: EventFilter) {
  let after: EventFilter['after'];
  for (;;) {
    const events = await store.events({ ...filter, order: 'oldest', limit: PAGE, after });
    if (!events.length) return;
    yield events;
    const last = at(events, events.length - 1);
    after = { start: last.date ? periodOf(last.date)?.start ?? null : null, date: last.date, id: last.id };
    if (events.length < PAGE) return;
  }
}

async function* text(store: Store, filter: EventFilter, format: ExportFormat): AsyncGenerator<string> {
  const w = WRITERS[format];
  let first = true;
  for await (const events of pages(store, filter)) {
    let out = await w.write(events, { article: (id) => store.article(id), header: first });
    // the CSV writer heads every call with the column names: keep the first page's only
    if (!first && format === 'csv') out = out.slice(out.indexOf('\n') + 1);
    first = false;
    yield out;
  }
  if (first && format === 'csv') yield await w.write([], { article: async () => null });
}

export const EXPORT_ROUTE: Route = route({
  method: 'GET', path: '/api/export', summary: 'The events of a filter as a download: CSV, PLOVER JSONL, GDELT TSV or GraphML',
  query: ExportQuery, shape: 'object', errors: { '413': `GraphML of more than ${GRAPHML_MAX} events` },
  returns: 'A file (Content-Disposition: attachment), streamed',
  async handle({ query: { format, all, ...params }, config }) {
    const store = config.store;
    const filter: EventFilter = { ...(await resolveFilter(store, params)), includeNonFactual: all };
    const name = FORMATS[format]!;
    const w = WRITERS[name];
    const file = `entente-events.${w.extension}`;
    if (name !== 'graphml') return new Download(w.mime, file, text(store, filter, name));
    const n = await store.eventCount(filter);
    if (n > GRAPHML_MAX) throw new HttpError(413, `format: a graph of ${n} events is more than ${GRAPHML_MAX}; narrow the filter (a period, an actor) or export csv`, 'format');
    return new Download(w.mime, file, (async function* () {
      yield await w.write(await store.events(filter), { article: (id) => store.article(id) });
    })());
  },
});
