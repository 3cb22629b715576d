// entente demo [--db FILE]: the main job on the embedded default — ingest the sample corpus
// that ships in samples/ (dated by its manifest.jsonl) into SQLite and summarise what was found.
import { join } from 'node:path';
import { repoRoot } from '../../data.js';
import { openCliStore } from '../store.js';
import { parse } from '../args.js';
import { table } from '../format.js';
import { ingestPaths, printTally } from './ingest.js';

export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { db: { type: 'string' } }, 'demo');
  const dir = join(repoRoot(), 'samples');
  const { store, target: db } = await openCliStore(values.db as string | undefined, false);
  try {
    const { tally } = await ingestPaths(store, [dir]);
    process.stdout.write(`entente demo: sample corpus ${dir} -> ${db}\n`);
    await printTally(store, tally);
    const s = await store.summary(8);
    if (s.dateRange) process.stdout.write(`events dated ${s.dateRange.first} .. ${s.dateRange.last}\n`);
    process.stdout.write('\nevent types\n' + table(['type', 'events'], s.topTypes.map((t) => [t.type, t.count])));
    process.stdout.write('\nmost active actors (as actor or recipient)\n' + table(['code', 'events'], s.topActorCodes.map((a) => [a.code, a.count])));
    process.stdout.write(`\nquery them: npx entente events --db ${db} --actor RUS   |   npx entente events --db ${db} --type ASSAULT --format jsonl\n`);
    process.stdout.write(`see them on the page (timeline, map, alliances): npx entente serve --db ${db}, then open http://127.0.0.1:8080/\n`);
  } finally {
    await store.close();
  }
  return 0;
}
