// IndiaPoliceEvents (Times of India, March 2002): documents and their sentences with police-action
// labels. Read from ../shared; each gold sentence is located in its document's text by offset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isoDay, readRecord } from './tolerant.js';

export const INDIA_LABELS = ['KILL', 'ARREST', 'FAIL', 'FORCE', 'ANY_ACTION'] as const;
export type IndiaLabel = (typeof INDIA_LABELS)[number];

/** Ids may be written as numbers or numeric strings; labels as a list or one label. */
const Id = z.coerce.number().int();
const SentRow = z.object({
  doc_id: Id,
  sent_id: Id,
  sent_labels: z.union([z.array(z.enum(INDIA_LABELS)), z.enum(INDIA_LABELS).transform((l) => [l]), z.literal('').transform(() => [])]),
  sent_text: z.string(),
});
const DocRow = z.object({ doc_id: Id, doc_text: z.string() });
const MetaRow = z.object({ doc_id: Id, date: z.string() });

export interface IndiaSentence {
  start: number;
  end: number;
  labels: IndiaLabel[];
}

export interface IndiaDoc {
  id: number;
  text: string;
  /** YYYY-MM-DD; undefined when the metadata has no readable date (tolerant loading only). */
  published?: string;
  sentences: IndiaSentence[];
  /** Gold sentences not found in the document text (none in the shared half; counted in case). */
  unplaced: number;
}

const jsonl = (text: string) => text.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);

/**
 * Place each sentence (in sent_id order) at its first occurrence at or after the previous one's end.
 * Sentences are cut from the document text, so a plain search finds them; whitespace is trimmed.
 */
export function placeSentences(text: string, sents: readonly { text: string; labels: IndiaLabel[] }[]): { sentences: IndiaSentence[]; unplaced: number } {
  const sentences: IndiaSentence[] = [];
  let from = 0, unplaced = 0;
  for (const s of sents) {
    const needle = s.text.trim();
    const at = needle === '' ? -1 : text.indexOf(needle, from);
    if (at < 0) {
      unplaced++;
      continue;
    }
    sentences.push({ start: at, end: at + needle.length, labels: s.labels });
    from = at + needle.length;
  }
  return { sentences, unplaced };
}

/** With `skipped`, unreadable rows are noted there and left out, and a missing date leaves a document undated. */
export function indiaDocs(docsJsonl: string, sentsJsonl: string, metaJsonl: string, skipped?: string[]): IndiaDoc[] {
  const rows = <T>(file: string, text: string, schema: z.ZodType<T>): T[] =>
    jsonl(text).flatMap((r, i) => {
      const row = readRecord(`${file} line ${i + 1}`, () => schema.parse(r), skipped);
      return row === undefined ? [] : [row];
    });
  const dates = new Map<number, string>();
  for (const m of rows('metadata.jsonl', metaJsonl, MetaRow)) {
    const day = isoDay(m.date);
    if (day) dates.set(m.doc_id, day);
    else if (skipped) skipped.push(`metadata.jsonl doc ${m.doc_id}: date ${JSON.stringify(m.date)} not read`);
    else throw new Error(`india-police-events: doc ${m.doc_id} has an unreadable date ${m.date}`);
  }
  const byDoc = new Map<number, z.infer<typeof SentRow>[]>();
  for (const s of rows('sents.jsonl', sentsJsonl, SentRow)) byDoc.set(s.doc_id, [...(byDoc.get(s.doc_id) ?? []), s]);
  return rows('docs.jsonl', docsJsonl, DocRow).map((d) => {
    const sents = (byDoc.get(d.doc_id) ?? []).sort((a, b) => a.sent_id - b.sent_id).map((s) => ({ text: s.sent_text, labels: s.sent_labels }));
    const published = dates.get(d.doc_id);
    if (!published) {
      if (!skipped) throw new Error(`india-police-events: doc ${d.doc_id} has no date`);
      skipped.push(`doc ${d.doc_id}: no date, annotated undated`);
    }
    return { id: d.doc_id, text: d.doc_text, ...(published ? { published } : {}), ...placeSentences(d.doc_text, sents) };
  });
}

/** Every `every`-th document in doc_id order, starting with the first: deterministic, no seed. */
export function sampleDocs<T extends { id: number }>(docs: readonly T[], every: number): T[] {
  return [...docs].sort((a, b) => a.id - b.id).filter((_, i) => i % every === 0);
}

export function loadIndiaPolice(sharedDir: string, skipped?: string[]): IndiaDoc[] {
  const read = (f: string) => readFileSync(join(sharedDir, 'eval/india-police-events', f), 'utf8');
  return indiaDocs(read('docs.jsonl'), read('sents.jsonl'), read('metadata.jsonl'), skipped);
}
