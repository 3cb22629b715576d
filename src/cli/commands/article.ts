// entente article [FILE|-] [--format json|text]: what intake made of one input.
import { intake } from '../../intake/index.js';
import { openCliStore } from '../store.js';
import { oneOf, parse } from '../args.js';
import { UsageError } from '../errors.js';
import { readOne } from '../read.js';

export async function articleCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: 'string' }, published: { type: 'string' }, db: { type: 'string' } }, 'article');
  if (positionals.length > 1) throw new UsageError('article takes one FILE (or - for stdin)');
  const format = oneOf(values.format as string | undefined, ['json', 'text'] as const, '--format', 'json');
  const doc = intake(await readOne(positionals[0], values.published as string | undefined));
  const a = doc.article;
  const out = {
    title: a.title, subtitle: a.subtitle, byline: a.byline, credit: a.credit, source: a.source, url: a.url,
    published: a.published, language: a.language, duplicate_of: null as string | null, body: a.body,
  };
  // With a store, say whether this input is (nearly) an article already there.
  const db = values.db as string | undefined;
  if (db !== undefined) {
    const { store } = await openCliStore(db, true);
    try { out.duplicate_of = (await store.findDuplicate(doc))?.articleId ?? null; } finally { await store.close(); }
  }
  if (format === 'json') process.stdout.write(JSON.stringify({ ...out, id: a.id, published_from: a.publishedFrom, messages: doc.messages }) + '\n');
  else process.stdout.write([a.title, a.subtitle, a.byline && `By ${a.byline}`, a.published, '', a.body].filter((x) => x !== null).join('\n') + '\n');
  for (const m of doc.messages) if (m.level !== 'info') process.stderr.write(`${m.stage}: ${m.reason}\n`);
  return doc.messages.some((m) => m.level === 'error') ? 1 : 0;
}
