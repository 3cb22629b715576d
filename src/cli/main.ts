#!/usr/bin/env node
// entente: news in, checkable PLOVER events out. Thin shell over the library.
import { HelpRequested } from './args.js';
import { EXIT, UsageError, asUserError } from './errors.js';
import { editDistance } from './suggest.js';
import { own } from '../at.js';

const USAGE = `usage: entente <command> [options]

  demo     [--db FILE]                         ingest the bundled sample corpus and summarise it
  extract  [FILE|-] [--published YYYY-MM-DD] [--format jsonl|table] [--all]   (--all: also negated/hypothetical)
  extract  --jsonl FILE                        events of every {id, text|html, published} record
  annotate [FILE|-] [--published ...] | --jsonl FILE   the whole annotated document as JSON
  article  [FILE|-] [--format json|text] [--db FILE]   what intake made of an input (duplicate_of against a store)
  ingest   PATH... [--db FILE] [--published ...] [--workers N] [--progress auto|bar|json|off]   store articles and events (idempotent, resumable; N worker threads, default all cores)
  (--db takes a SQLite file (default entente.db) or a postgres:// URL; without --db, ENTENTE_DB is used if set)
  (extract, annotate and ingest take --actors FILE, repeatable: your own actors, JSON or YAML;
   or set ENTENTE_ACTORS to a list of such files)
  events   [--db FILE] [--actor CODE] [--recipient CODE] [--type TYPE] [--since DATE] [--until DATE] [--q WORDS] [--distinct] [--format table|jsonl|csv] [--all]
  quotes   [--db FILE] [--speaker CODE|ID] [--search WORDS] [--format table|jsonl]   who said what, with spans
  serve    [--db FILE|URL] [--port N] [--host H] [--token-file F]   HTTP JSON API on 127.0.0.1 (read-only unless ENTENTE_TOKEN or --token-file)
  watch    SOURCE... [--db FILE|URL] [--once] [--every 15m]   poll feeds, sitemaps and pages, store what is new
  relations [--db FILE] [--since DATE] [--until DATE] [--actor CODE] [--window week|month] [--undirected] [--series] [--format table|jsonl]
  blocs    [--db FILE] [--since DATE] [--until DATE] [--half-life DAYS] [--weight plover|goldstein|quad] [--seed N] [--format table|json]
  export   --format plover-jsonl|gdelt-tsv|csv|graphml [--out FILE] [--db FILE] [event filters as for events] [--header]
  enqueue  PATH... --redis URL [--queue NAME] [--published ...] [--attempts N] [--backoff-ms N]   one ingest job per item
  worker   --redis URL --db STORE [--queue NAME] [--concurrency N] [--lock-ms N]   annotate and store queued items
  queue    --redis URL [--queue NAME] [--dead] [--retry-dead] [--format table|json]   queue depth; dead jobs with reasons

  entente COMMAND --help shows a command's options and an example.
  exit codes: 0 done, 1 some inputs skipped, 64 bad usage, 66 missing or unreadable input, 69 database or queue unavailable, 70 internal error, 73 cannot write the output
`;

type Command = (argv: string[]) => Promise<number>;

// Loaded on demand: `entente queue` need not load the NLP models, nor `entente serve` the BullMQ client.
const COMMANDS: Record<string, () => Promise<Command>> = {
  demo: async () => (await import('./commands/demo.js')).demoCommand,
  extract: async () => (await import('./commands/extract.js')).extractCommand,
  annotate: async () => (await import('./commands/annotate.js')).annotateCommand,
  article: async () => (await import('./commands/article.js')).articleCommand,
  ingest: async () => (await import('./commands/ingest.js')).ingestCommand,
  events: async () => (await import('./commands/events.js')).eventsCommand,
  quotes: async () => (await import('./commands/quotes.js')).quotesCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  watch: async () => (await import('./commands/watch.js')).watchCommand,
  relations: async () => (await import('./commands/relations.js')).relationsCommand,
  blocs: async () => (await import('./commands/blocs.js')).blocsCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  enqueue: async () => (await import('./commands/enqueue.js')).enqueueCommand,
  worker: async () => (await import('./commands/worker.js')).workerCommand,
  queue: async () => (await import('./commands/queue.js')).queueCommand,
};

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help' || cmd === 'help') {
    // `entente help events` is `entente events --help`
    const helpOf = cmd === 'help' && rest[0] ? own(COMMANDS, rest[0]) : undefined;
    if (helpOf) return (await helpOf())(['--help']);
    (cmd ? process.stdout : process.stderr).write(USAGE);
    return cmd ? 0 : EXIT.usage;
  }
  const load = own(COMMANDS, cmd);
  if (!load) {
    const near = Object.keys(COMMANDS).find((c) => editDistance(cmd, c, 2) <= 2);
    throw new UsageError(`unknown command "${cmd}"${near ? ` (did you mean ${near}?)` : ''} (entente --help lists them)`);
  }
  return (await load())(rest);
}

// A reader that stops early (`entente events | head`) closes the pipe: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    if (err instanceof HelpRequested) {
      process.stdout.write(err.text);
      process.exitCode = 0;
      return;
    }
    // the user's to fix (a bad flag, a missing file, a database that does not answer): one line, its own exit code
    const user = asUserError(err);
    if (user) {
      process.stderr.write(`entente: ${user.message}\n`);
      process.exitCode = user.exitCode;
    } else {
      // An internal failure still gets one line; ENTENTE_DEBUG=1 shows the stack.
      const e = err as Error;
      process.stderr.write(`entente: internal error: ${e?.message ?? String(err)}\n`);
      if (process.env['ENTENTE_DEBUG']) process.stderr.write(`${e?.stack ?? ''}\n`);
      process.exitCode = EXIT.internal;
    }
  },
);
