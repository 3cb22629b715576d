// The fixed bench corpus: the ISOT Reuters politics articles from ../shared, else samples/*.txt.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawInput } from '../src/types.js';
import { csvRecords } from './csv.js';
import { decodeEntities } from '../src/intake/feed.js';

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

/** One set of the fixed corpus, named by its folder in ../shared/eval (or samples). */
export interface CorpusPart {
  set: string;
  inputs: RawInput[];
}

const xmlTag = (s: string, name: string): string | null => new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(s)?.[1] ?? null;
const xmlText = (s: string | null): string => {
  if (s === null) return '';
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(s);
  return cdata ? cdata[1]! : decodeEntities(s);
};

/** <article> elements with <text> (and maybe <title>) of the geoparsing sets: TR-News, LGL, GeoWebNews, GeoVirus. */
function xmlArticles(file: string, set: string): RawInput[] {
  const xml = readFileSync(file, 'utf8');
  const out: RawInput[] = [];
  let i = 0;
  for (const a of xml.matchAll(/<article\b[\s\S]*?<\/article>/g)) {
    const text = xmlText(xmlTag(a[0], 'text')).trim();
    const title = xmlText(xmlTag(a[0], 'title')).trim();
    if (text) out.push({ id: `${set}-${++i}`, text, ...(title ? { title } : {}) });
  }
  return out;
}

/**
 * The bench corpus: every visible eval set that holds article text, plus samples/*.txt. Sets that
 * are absent are left out (and not named). Order is fixed so fractions are comparable run to run.
 */
export function fullCorpus(sharedDir: string | null, root: string): CorpusPart[] {
  const parts: CorpusPart[] = [];
  const ev = (p: string): string | null => (sharedDir && existsSync(join(sharedDir, 'eval', p)) ? join(sharedDir, 'eval', p) : null);
  const isot = sharedDir ? isotCorpus(sharedDir) : null;
  if (isot) parts.push({ set: 'isot-reuters-politicsnews', inputs: isot.inputs });
  const guardian = ev('guardian-sdf-sample/Guardian_SDF_sample.csv');
  if (guardian) {
    parts.push({ set: 'guardian-sdf-sample', inputs: csvRecords(readFileSync(guardian, 'utf8')).map((r, i) => ({ id: `guardian-${i + 1}`, text: r['text'] ?? '', source: 'Guardian', ...(r['date'] ? { published: r['date'] } : {}) })) });
  }
  for (const [set, file] of [['tr-news', 'tr-news/TR-News.xml'], ['lgl', 'lgl/lgl.xml'], ['geowebnews', 'geowebnews/GWN.xml'], ['geovirus', 'geovirus/GeoVirus.xml']] as const) {
    const f = ev(file);
    if (f) parts.push({ set, inputs: xmlArticles(f, set) });
  }
  const india = ev('india-police-events/docs.jsonl');
  if (india) {
    const inputs = readFileSync(india, 'utf8').split('\n').filter((l) => l.trim()).map((l, i): RawInput => {
      const r = JSON.parse(l) as { doc_id?: unknown; doc_text?: unknown };
      return { id: `india-${String(r.doc_id ?? i)}`, text: typeof r.doc_text === 'string' ? r.doc_text : '' };
    });
    parts.push({ set: 'india-police-events', inputs });
  }
  const samples = samplesCorpus(root);
  if (samples) parts.push({ set: 'samples', inputs: samples.inputs });
  return parts.map((p) => ({ ...p, inputs: p.inputs.filter((x) => (x.text ?? '').trim() !== '') }));
}
