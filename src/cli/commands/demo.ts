// entente demo [--db FILE]: the main job on the embedded default — ingest the sample corpus
// that ships in samples/ into SQLite and summarise what was found.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { repoRoot } from '../../data.js';
import { openStore } from '../../store/index.js';
import { parse } from '../args.js';
import { UsageError } from '../errors.js';
import { table } from '../format.js';
import { ingestOne, newTally, printTally } from './ingest.js';

const ManifestLine = z.object({ file: z.string(), published: z.string().optional(), source: z.string().optional(), url: z.string().optional() });

export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { db: { type: 'string' } });
  const db = (values.db as string | undefined) ?? 'entente.db';
  const dir = join(repoRoot(), 'samples');
  const manifest = join(dir, 'manifest.jsonl');
  if (!existsSync(manifest)) throw new UsageError(`sample corpus manifest missing: ${manifest}`);
  const store = openStore(db);
  const tally = newTally();
  try {
    for (const [i, line] of readFileSync(manifest, 'utf8').split('\n').entries()) {
      if (!line.trim()) continue;
      const entry = ManifestLine.safeParse(JSON.parse(line));
      if (!entry.success) { tally.skipped.push({ path: `${manifest}:${i + 1}`, reason: 'bad manifest line' }); continue; }
      const path = join(dir, entry.data.file);
      ingestOne(store, { bytes: readFileSync(path), path, published: entry.data.published, url: entry.data.url, source: entry.data.source }, tally, entry.data.source);
    }
    process.stdout.write(`entente demo: sample corpus ${dir} -> ${db}\n`);
    printTally(store, tally);
    const s = store.summary(8);
    if (s.dateRange) process.stdout.write(`events dated ${s.dateRange.first} .. ${s.dateRange.last}\n`);
    process.stdout.write('\nevent types\n' + table(['type', 'events'], s.topTypes.map((t) => [t.type, t.count])));
    process.stdout.write('\nmost active actors (as actor or recipient)\n' + table(['code', 'events'], s.topActorCodes.map((a) => [a.code, a.count])));
    process.stdout.write(`\nquery them: entente events --db ${db} --actor RUS   |   entente events --db ${db} --type ASSAULT --format jsonl\n`);
  } finally {
    store.close();
  }
  return 0;
}
