// Counts of an ingest run, built from item outcomes, and the summary the CLI prints.
import type { Store } from '../store/index.js';
import type { ItemOutcome } from './item.js';

export interface IngestTally {
  inputs: number;
  added: number;
  existing: number;
  duplicates: number;
  skipped: { path: string; reason: string }[];
  uncoded: { path: string; reason: string }[];
  /** Stored, but intake had a doubt worth showing (bad bytes replaced, markup too deep ...). */
  warned: { path: string; reason: string }[];
  events: number;
}

export function newTally(): IngestTally {
  return { inputs: 0, added: 0, existing: 0, duplicates: 0, skipped: [], uncoded: [], warned: [], events: 0 };
}

export function count(t: IngestTally, o: ItemOutcome): void {
  t.inputs++;
  if (o.status === 'skipped') {
    t.skipped.push({ path: o.label, reason: o.skipReason ?? 'skipped' });
    return;
  }
  for (const reason of o.warnings) t.warned.push({ path: o.label, reason });
  if (o.uncoded !== undefined) t.uncoded.push({ path: o.label, reason: o.uncoded });
  if (o.status === 'added') t.added++;
  else if (o.status === 'duplicate') t.duplicates++;
  else t.existing++;
  t.events += o.events;
}

export async function printTally(store: Store, t: IngestTally, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const c = await store.counts();
  out.write(`inputs read: ${t.inputs}; articles added: ${t.added}; already stored: ${t.existing}; near-duplicates recorded as extra sources: ${t.duplicates}; skipped: ${t.skipped.length}; stored but not coded: ${t.uncoded.length}; events added: ${t.events}\n`);
  for (const s of t.skipped) out.write(`  skipped ${s.path}: ${s.reason}\n`);
  for (const s of t.uncoded) out.write(`  not coded ${s.path}: ${s.reason}\n`);
  for (const s of t.warned) out.write(`  stored with a warning ${s.path}: ${s.reason}\n`);
  out.write(`store now holds ${c.articles} articles, ${c.events} events (+${c.nonFactual} negated, hypothetical or background, not counted), ${c.actors} actor mentions, ${c.places} places, ${c.times} time expressions; ${c.skipped} inputs logged as skipped\n`);
}
