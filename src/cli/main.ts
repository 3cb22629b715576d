#!/usr/bin/env node
// entente: news in, checkable PLOVER events out. Thin shell over the library.
import { UsageError } from './errors.js';
import { extractCommand } from './commands/extract.js';
import { annotateCommand } from './commands/annotate.js';
import { ingestCommand } from './commands/ingest.js';
import { eventsCommand } from './commands/events.js';
import { demoCommand } from './commands/demo.js';
import { articleCommand } from './commands/article.js';
import { quotesCommand } from './commands/quotes.js';
import { serveCommand } from './commands/serve.js';
import { relationsCommand } from './commands/relations.js';
import { blocsCommand } from './commands/blocs.js';
import { exportCommand } from './commands/export.js';

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
  events   [--db FILE] [--actor CODE] [--recipient CODE] [--type TYPE] [--since DATE] [--until DATE] [--format table|jsonl|csv] [--all]
  quotes   [--db FILE] [--speaker CODE|ID] [--search WORDS] [--format table|jsonl]   who said what, with spans
  serve    [--db FILE|URL] [--port N] [--host H] [--token-file F]   HTTP JSON API on 127.0.0.1 (read-only unless ENTENTE_TOKEN or --token-file)
  relations [--db FILE] [--since DATE] [--until DATE] [--actor CODE] [--window week|month] [--undirected] [--series] [--format table|jsonl]
  blocs    [--db FILE] [--since DATE] [--until DATE] [--half-life DAYS] [--weight plover|goldstein|quad] [--seed N] [--format table|json]
  export   --format plover-jsonl|gdelt-tsv|csv|graphml [--out FILE] [--db FILE] [event filters as for events] [--header]
`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  demo: demoCommand,
  extract: extractCommand,
  annotate: annotateCommand,
  article: articleCommand,
  ingest: ingestCommand,
  events: eventsCommand,
  quotes: quotesCommand,
  serve: serveCommand,
  relations: relationsCommand,
  blocs: blocsCommand,
  export: exportCommand,
};

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help' || cmd === 'help') {
    process.stdout.write(USAGE);
    return cmd ? 0 : 2;
  }
  const run = COMMANDS[cmd];
  if (!run) throw new UsageError(`unknown command "${cmd}" (try: entente --help)`);
  return run(rest);
}

// A reader that stops early (`entente events | head`) closes the pipe: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`entente: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else {
      // An internal failure still gets one line; ENTENTE_DEBUG=1 shows the stack.
      const e = err as Error;
      process.stderr.write(`entente: internal error: ${e?.message ?? String(err)}\n`);
      if (process.env['ENTENTE_DEBUG']) process.stderr.write(`${e?.stack ?? ''}\n`);
      process.exitCode = 70;
    }
  },
);
