// The fixed bench corpus: the ISOT Reuters politics articles from ../shared, else samples/*.txt.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawInput } from '../src/types.js';
import { csvRecords } from './csv.js';

export interface Corpus {
  name: string;
  inputs: RawInput[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "December 31, 2017 " -> "2017-12-31"; null when it is not that shape. */
export function parseLongDate(s: string): string | null {
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[2]);
  if (month === 0 || day < 1 || day > 31) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isotCorpus(sharedDir: string): Corpus | null {
  const file = join(sharedDir, 'eval/isot-reuters-politicsnews/True_politicsNews_prefix.csv');
  if (!existsSync(file)) return null;
  const inputs = csvRecords(readFileSync(file, 'utf8')).map((r, i): RawInput => {
    const published = parseLongDate(r['date'] ?? '');
    return { id: `isot-${i + 1}`, text: r['text'] ?? '', source: 'Reuters', ...(r['title'] ? { title: r['title'] } : {}), ...(published ? { published } : {}) };
  });
  return { name: `isot-reuters-politicsnews (${inputs.length} articles)`, inputs };
}

export function samplesCorpus(root: string): Corpus | null {
  const dir = join(root, 'samples');
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) return null;
  return { name: `samples/*.txt (${files.length} files)`, inputs: files.map((f) => ({ id: f, path: f, text: readFileSync(join(dir, f), 'utf8') })) };
}
