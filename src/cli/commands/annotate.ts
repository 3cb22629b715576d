// entente annotate [FILE|-] [--published ...] | --jsonl FILE: the whole annotated Doc as JSON.
import { readJsonl } from '../../intake/sources.js';
import { toPloverRecord } from '../../output/plover.js';
import type { Doc } from '../../types.js';
import { ACTORS_OPTION, applyActorFiles, check, isoDate, parse } from '../args.js';
import { UsageError } from '../errors.js';
import { readOne, requireReadable } from '../read.js';

/** Each resolved actor once, with every mention span that resolved to it. */
function groupActors(doc: Doc): object[] {
  const byId = new Map<string, { id: string; name: string; code: string | null; sector: string | null; wikidata: string | null; mentions: object[] }>();
  for (const a of doc.actors) {
    const entry = byId.get(a.actor.id) ?? { ...a.actor, mentions: [] };
    entry.mentions.push({ start: a.start, end: a.end, text: a.text, via: a.via });
    byId.set(a.actor.id, entry);
  }
  return [...byId.values()];
}

export function docJson(doc: Doc): object {
  return {
    id: doc.id,
    text: doc.text,
    article: doc.article,
    zones: doc.zones,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, zone: s.zone })),
    mentions: doc.mentions,
    actors: groupActors(doc),
    actor_mentions: doc.actors.map((a) => ({ start: a.start, end: a.end, text: a.text, via: a.via, actor_id: a.actor.id })),
    times: doc.times,
    places: doc.places,
    events: doc.events.map((e) => ({ ...toPloverRecord(doc, e), trigger: e.trigger, sentence_span: e.sentence })),
    non_factual_events: (doc.nonFactual ?? []).map((e) => ({ ...toPloverRecord(doc, e), trigger: e.trigger, sentence_span: e.sentence })),
    quotes: doc.quotes ?? [],
    messages: doc.messages,
  };
}

export async function annotateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...ACTORS_OPTION, published: { type: 'string' }, jsonl: { type: 'string' } }, 'annotate');
  const pipeline = await applyActorFiles(values.actors);
  const published = values.published === undefined ? undefined : check(isoDate, values.published, '--published');
  if (values.jsonl !== undefined) {
    if (positionals.length) throw new UsageError('give either FILE or --jsonl FILE, not both');
    requireReadable([values.jsonl as string], 'file');
    let skipped = 0;
    for await (const item of readJsonl(values.jsonl as string)) {
      if ('reason' in item) { process.stderr.write(`skip: ${item.path}: ${item.reason}\n`); skipped++; continue; }
      process.stdout.write(JSON.stringify(docJson(pipeline.annotate({ ...item, published: published ?? item.published }))) + '\n');
    }
    return skipped > 0 ? 1 : 0;
  }
  if (positionals.length > 1) throw new UsageError('annotate takes one FILE (or - for stdin)');
  const doc = pipeline.annotate(await readOne(positionals[0], published));
  process.stdout.write(JSON.stringify(docJson(doc)) + '\n');
  return 0;
}
