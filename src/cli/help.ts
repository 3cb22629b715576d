// `entente COMMAND --help`: what the command does, each option it takes and an example. The options
// listed are the ones the command's parser accepts (args.ts passes them in); the words are here.
import { own } from '../at.js';

interface CommandHelp {
  usage: string;
  summary: string;
  /** Option name -> "VALUE  what it does" (VALUE omitted for switches). */
  options: Record<string, string>;
  examples: string[];
}

// Options several commands share, worded once.
const DB = 'FILE|URL  the store: a SQLite file or a postgres:// URL (default: ENTENTE_DB, else entente.db)';
const ACTORS = 'FILE  your own actors, JSON or YAML (repeatable; also ENTENTE_ACTORS)';
const PUBLISHED = 'YYYY-MM-DD  publication date: anchors "on Monday", "last week"; wins over dates in the text';
const SINCE = 'DATE  from this period on: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www';
const UNTIL = 'DATE  up to this period, inclusive (same forms as --since)';
const ACTOR = 'CODE|NAME  events with this actor: a code (RUS, RUS-MIL) or a name from the actor dictionary (Russia)';
const RECIPIENT = 'CODE|NAME  events with this recipient (as --actor)';
const TYPE = 'TYPE  a PLOVER event type (ASSAULT, PROTEST, AGREE ...)';
const ALL = 'also negated and hypothetical events (left out by default)';
const REDIS = 'URL  the Redis queue: redis://host:6379 or rediss://';
const QUEUE = 'NAME  the queue name (default entente-ingest)';
const KEY = 'code|code-sector|split  what one node or dyad side is';
const BLOCS = {
  'half-life': 'DAYS  a tie loses half its weight every DAYS days before the end (default 30; 0: no decay)',
  weight: 'plover|goldstein|quad  what an event adds to a tie (default plover)',
  seed: 'N  seed of the bloc search (the result is deterministic for a seed)',
  key: KEY,
  'co-actor': 'X  tie between actors named together as one subject, as a share of the event weight (default 0.5)',
  end: 'YYYY-MM-DD  the day weights decay to (default: the last event)',
  resolution: 'X  modularity resolution: above 1 more, smaller blocs (default 1)',
};

export const HELP: Record<string, CommandHelp> = {
  demo: {
    usage: 'entente demo [--db FILE]', summary: 'ingest the bundled sample corpus and summarise what was found',
    options: { db: DB }, examples: ['entente demo --db demo.db'],
  },
  extract: {
    usage: 'entente extract [FILE|-] [options]  |  entente extract --jsonl FILE', summary: 'events of one article (or of every JSONL record) as PLOVER records',
    options: { published: PUBLISHED, format: 'jsonl|table  output form (default jsonl)', jsonl: 'FILE  a JSONL file of {id, text|html, published?} records', all: ALL, actors: ACTORS },
    examples: ['entente extract story.txt --published 2015-11-26', 'entente extract --jsonl dump.jsonl --format table'],
  },
  annotate: {
    usage: 'entente annotate [FILE|-] [options]  |  entente annotate --jsonl FILE', summary: 'the whole annotated document as JSON: sentences, mentions, actors, times, places, events, messages',
    options: { published: PUBLISHED, jsonl: 'FILE  a JSONL file of {id, text|html, published?} records', actors: ACTORS },
    examples: ['entente annotate story.txt --published 2015-11-26'],
  },
  article: {
    usage: 'entente article [FILE|-] [options]', summary: 'what intake made of an input: headline, byline, date, body ...',
    options: { format: 'json|text  output form (default json)', published: PUBLISHED, db: `${DB}; says whether the article is already stored (duplicate_of)` },
    examples: ['entente article page.html --format text'],
  },
  ingest: {
    usage: 'entente ingest PATH... [options]', summary: 'store articles and their events (idempotent, resumable); PATH: files, folders, .jsonl, feeds, WARC, .gz, - for stdin',
    options: { db: DB, published: PUBLISHED, workers: 'N  annotation threads (default: every core; 0: this thread)', progress: 'auto|bar|json|off  progress on stderr (default auto)', actors: ACTORS },
    examples: ['entente ingest stories/ more.jsonl --db news.db', 'entente ingest crawl.warc.gz --db postgres://localhost/news --workers 2'],
  },
  events: {
    usage: 'entente events [options]', summary: 'query stored events',
    options: {
      db: DB, actor: ACTOR, recipient: RECIPIENT, type: TYPE, since: SINCE, until: UNTIL, q: 'WORDS  words in the event sentence',
      distinct: 'one row per real-world event (groups of mentions)', order: 'oldest|newest  date order (default oldest first; undated last)', format: 'table|jsonl|csv  output form (default table)', limit: 'N  at most N events', all: ALL,
    },
    examples: ['entente events --db news.db --actor Russia --type ASSAULT --since 2015-11', 'entente events --q "shot down" --distinct --format csv'],
  },
  quotes: {
    usage: 'entente quotes [options]', summary: 'who said what, with spans',
    options: { db: DB, speaker: 'CODE|ID  quotes by this actor (FRA, or an actor id)', search: 'WORDS  words in the quote', kind: 'direct|reported  only quotes in quotation marks, or only reported speech ("police said ...")', format: 'table|jsonl  output form (default table)', limit: 'N  at most N quotes' },
    examples: ['entente quotes --db news.db --speaker FRA --search coalition'],
  },
  watch: {
    usage: 'entente watch SOURCE... [options]', summary: 'poll RSS/Atom feeds, sitemaps or pages and store what is new; SOURCE: a URL, a file of URLs (one a line), or JSON/YAML {sources: [{url, label?, every?}]}',
    options: { db: DB, once: 'poll every source once, print the summary and exit', every: 'DURATION  time between polls (default 15m; 90s, 1h ...)', delay: 'DURATION  least time between two requests to one host (default 1s)', timeout: 'DURATION  limit on each exchange, connect to last byte (default 20s)', alerts: 'FILE  alert rules (JSON or YAML): raised alerts print as JSON lines and are stored once', webhook: 'URL  also POST each new alert here (retried)', redis: 'URL  queue new pages for the workers (entente worker) instead of annotating here', queue: 'NAME  the queue with --redis (default entente-ingest)' },
    examples: ['entente watch https://example.org/world/rss.xml --db news.db --once', 'ENTENTE_CONTACT=you@example.org entente watch feeds.txt --every 30m'],
  },
  serve: {
    usage: 'entente serve [options]', summary: 'the HTTP JSON API and the web page (read-only unless a token is set)',
    options: { db: DB, port: 'N  port to listen on (default 8080; 0: any free port)', host: 'H  address to listen on (default 127.0.0.1)', 'token-file': 'FILE  the bearer token that enables POST /api/ingest (or ENTENTE_TOKEN)' },
    examples: ['entente serve --db news.db --port 8080'],
  },
  relations: {
    usage: 'entente relations [options]', summary: 'per dyad and window: counts by quad class, mean Goldstein and PLOVER score, trend',
    options: {
      db: DB, since: SINCE, until: UNTIL, actor: 'CODE  only dyads with this actor on a side', window: 'week|month  window size (default month)',
      undirected: 'A~B instead of A -> B', series: 'also print every window', format: 'table|jsonl  output form (default table)', key: KEY,
    },
    examples: ['entente relations --db news.db --actor FRA --window week --series'],
  },
  blocs: {
    usage: 'entente blocs [options]', summary: 'signed blocs of actors, structural balance, tensions and courted actors',
    options: { db: DB, since: SINCE, until: UNTIL, format: 'table|json  output form (default table)', ...BLOCS },
    examples: ['entente blocs --db news.db --since 2015-10 --until 2015-11 --half-life 30'],
  },
  export: {
    usage: 'entente export --format FORMAT [options]', summary: 'events as PLOVER JSON lines, GDELT 2.0 TSV or CSV; the blocs graph as GraphML',
    options: {
      format: 'plover-jsonl|gdelt-tsv|csv|graphml  the export format (required)', out: 'FILE  write here instead of stdout', header: 'GDELT TSV: a first line of column names',
      db: DB, actor: ACTOR, recipient: RECIPIENT, type: TYPE, since: SINCE, until: UNTIL, all: ALL, ...BLOCS,
    },
    examples: ['entente export --db news.db --format gdelt-tsv --out events.tsv'],
  },
  enqueue: {
    usage: 'entente enqueue PATH... --redis URL [options]', summary: 'one ingest job per item (file, or record of a JSONL file, WARC or feed) on a Redis queue',
    options: { redis: REDIS, queue: QUEUE, published: PUBLISHED, attempts: 'N  tries per job before it is dead (default 5)', 'backoff-ms': 'N  first retry delay, doubled each time (default 2000)' },
    examples: ['entente enqueue stories/ crawl.warc.gz --redis redis://127.0.0.1:6379'],
  },
  worker: {
    usage: 'entente worker --redis URL --db STORE [options]', summary: 'take queued ingest jobs, annotate and store them, until SIGTERM',
    options: {
      redis: REDIS, db: 'URL|FILE  the store every worker writes to (or ENTENTE_DB)', queue: QUEUE, concurrency: 'N  jobs at once in this process (default 1)',
      'lock-ms': 'N  a job whose worker is silent this long is handed to another (default 120000)', 'stalled-ms': 'N  how often expired locks are looked for (default 30000)',
      'max-stalled': 'N  redeliveries before a job counts as failed', actors: ACTORS,
    },
    examples: ['entente worker --redis redis://queue-host:6379 --db postgres://db-host/news'],
  },
  queue: {
    usage: 'entente queue --redis URL [options]', summary: 'queue depth; dead jobs with their reasons; put dead jobs back',
    options: { redis: REDIS, queue: QUEUE, dead: 'list dead jobs and why they died', 'retry-dead': 'put every dead job back to wait', limit: 'N  dead jobs listed (default 20)', format: 'table|json  output form (default table)' },
    examples: ['entente queue --redis redis://127.0.0.1:6379 --dead'],
  },
};

/** The help text of a command, listing `accepted` (the parser's options); an option with no words here says so. */
export function helpText(command: string, accepted: readonly string[]): string {
  const h = own(HELP, command);
  if (!h) return `entente ${command}: no help written\n`;
  const rows = [...accepted].sort().map((name) => {
    const words = h.options[name] ?? '(undocumented)';
    const cut = words.indexOf('  ');
    const [value, what] = cut > 0 && !/\s/.test(words.slice(0, cut)) ? [words.slice(0, cut), words.slice(cut + 2)] : ['', words];
    return [`--${name}${value ? ` ${value}` : ''}`, what] as const;
  });
  rows.push(['--help', 'this help']);
  const width = Math.min(34, Math.max(...rows.map((r) => r[0].length)));
  const lines = rows.map(([flag, what]) => `  ${flag.padEnd(width)}  ${what}`);
  return `usage: ${h.usage}\n\n${h.summary}\n\noptions:\n${lines.join('\n')}\n\nexample${h.examples.length > 1 ? 's' : ''}:\n${h.examples.map((e) => `  ${e}`).join('\n')}\n`;
}
