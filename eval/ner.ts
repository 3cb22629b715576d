// Scores mention detection (the actors stage's doc.mentions) on the CoNLL-2003 English test
// set, original (eng.testb, IOB1) and corrected (CoNLL++, IOB2): phrase-level exact match per
// type and micro overall, as conlleval counts it. Gold is read from the shared folder at run
// time and never copied into the repo.
//
// Each CoNLL document becomes one text: a sentence per paragraph (blank line between), its
// tokens joined by single spaces, so every gold token has a known character offset. The text
// and actors stages run on it directly (bodyDoc), skipping intake's zoning, which could take a
// headline or dateline line out of the body.
//
// Type map, ours -> CoNLL: PER->PER, ORG->ORG, LOC->LOC, GPE->LOC (countries, cities),
// NORP->MISC (nationalities, demonyms), MISC->MISC. A system mention covers every gold token
// it overlaps (so a mention of "AIN" inside the token "AL-AIN" stands for that token).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bodyDoc } from '../src/doc.js';
import { textStage } from '../src/text/tokenize.js';
import { actorsStage } from '../src/actors/index.js';
import type { MentionType } from '../src/types.js';

export const TYPE_MAP: Record<MentionType, ConllType> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', GPE: 'LOC', NORP: 'MISC', MISC: 'MISC' };
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
type ConllType = (typeof TYPES)[number];

interface Chunk {
  /** Token range [from, to) in the document. */
  from: number;
  to: number;
  type: ConllType;
}

export interface ConllDoc {
  text: string;
  /** Character span of each token in text. */
  spans: Array<[number, number]>;
  gold: Chunk[];
}

/** Split a CoNLL file into documents; chunks from IOB1 or IOB2 tags. */
export function readConll(src: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let sents: string[][][] = [];
  let cur: string[][] = [];
  const flushSent = (): void => {
    if (cur.length) sents.push(cur);
    cur = [];
  };
  const flushDoc = (): void => {
    flushSent();
    if (sents.length) docs.push(buildDoc(sents));
    sents = [];
  };
  for (const line of src.split('\n')) {
    const t = line.trim();
    if (t.startsWith('-DOCSTART-')) flushDoc();
    else if (t === '') flushSent();
    else cur.push(t.split(/\s+/));
  }
  flushDoc();
  return docs;
}

function buildDoc(sents: string[][][]): ConllDoc {
  let text = '';
  const spans: Array<[number, number]> = [];
  const gold: Chunk[] = [];
  let open: Chunk | null = null;
  const close = (): void => {
    if (open) gold.push(open);
    open = null;
  };
  for (const s of sents) {
    if (text) text += '\n\n';
    close(); // chunks never cross a sentence
    s.forEach((cols, i) => {
      if (i > 0) text += ' ';
      spans.push([text.length, text.length + cols[0]!.length]);
      text += cols[0]!;
      const tag = cols[cols.length - 1]!;
      const k = spans.length - 1;
      if (tag === 'O') return close();
      const [bio, type] = tag.split('-') as [string, ConllType];
      const o = open as Chunk | null;
      if (bio === 'B' || !o || o.type !== type) {
        close();
        open = { from: k, to: k + 1, type };
      } else o.to = k + 1;
    });
  }
  close();
  return { text, spans, gold };
}

/** System chunks: mentions mapped to CoNLL types and to the tokens they overlap; the first of overlapping ones wins. */
export function systemChunks(d: ConllDoc, mentions: readonly { start: number; end: number; type: MentionType }[]): Chunk[] {
  const out: Chunk[] = [];
  const taken = new Uint8Array(d.spans.length);
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let t = 0;
  for (const m of sorted) {
    while (t < d.spans.length && d.spans[t]![1] <= m.start) t++;
    let e = t;
    while (e < d.spans.length && d.spans[e]![0] < m.end) e++;
    if (e <= t) continue;
    let free = true;
    for (let k = t; k < e; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, t, e);
    out.push({ from: t, to: e, type: TYPE_MAP[m.type] });
  }
  return out;
}

const CONTEXT = process.argv.includes('--context');

interface Counts { gold: number; system: number; correct: number }

const prf = (c: Counts): { precision: number; recall: number; f1: number } => {
  const precision = c.system ? c.correct / c.system : 0;
  const recall = c.gold ? c.correct / c.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

export interface NerScore {
  [key: string]: number;
}

/** Score one CoNLL file. `errors` collects a few misses for inspection when given. */
export function scoreFile(path: string, errors?: string[]): NerScore {
  const docs = readConll(readFileSync(path, 'utf8'));
  const by = new Map<string, Counts>(['ALL', ...TYPES].map((k) => [k, { gold: 0, system: 0, correct: 0 }]));
  let ms = 0;
  for (const d of docs) {
    const doc = textStage(bodyDoc(d.text, null));
    const t0 = performance.now();
    actorsStage(doc);
    ms += performance.now() - t0;
    const sys = systemChunks(d, doc.mentions);
    const key = (c: Chunk): string => `${c.from}:${c.to}:${c.type}`;
    // --context: each miss with its line, for reading rather than counting
    const at = (c: Chunk): string => (CONTEXT ? ` | ${d.text.slice(d.text.lastIndexOf('\n', d.spans[c.from]![0]) + 1, (d.text.indexOf('\n', d.spans[c.to - 1]![1]) + 1 || d.text.length + 1) - 1).slice(0, 160)}` : '');
    const goldKeys = new Set(d.gold.map(key));
    const sysKeys = new Set(sys.map(key));
    for (const g of d.gold) {
      by.get('ALL')!.gold++;
      by.get(g.type)!.gold++;
      if (errors && !sysKeys.has(key(g)) && errors.length < 4000) errors.push(`FN ${g.type} ${d.text.slice(d.spans[g.from]![0], d.spans[g.to - 1]![1])}${at(g)}`);
    }
    for (const s of sys) {
      by.get('ALL')!.system++;
      by.get(s.type)!.system++;
      if (goldKeys.has(key(s))) {
        by.get('ALL')!.correct++;
        by.get(s.type)!.correct++;
      } else if (errors && errors.length < 4000) errors.push(`FP ${s.type} ${d.text.slice(d.spans[s.from]![0], d.spans[s.to - 1]![1])}${at(s)}`);
    }
  }
  const out: NerScore = {};
  const all = prf(by.get('ALL')!);
  out['precision'] = all.precision;
  out['recall'] = all.recall;
  out['f1'] = all.f1;
  for (const t of TYPES) {
    const s = prf(by.get(t)!);
    out[`${t}_p`] = s.precision;
    out[`${t}_r`] = s.recall;
    out[`${t}_f1`] = s.f1;
  }
  out['n_gold'] = by.get('ALL')!.gold;
  out['n_system'] = by.get('ALL')!.system;
  out['n_docs'] = docs.length;
  out['msPerArticle'] = ms / Math.max(1, docs.length);
  return out;
}

/** Both test files: { conll: eng.testb scores, conllpp: CoNLL++ scores }. */
export function scoreConll(sharedDir: string): Record<string, NerScore> {
  const dir = join(sharedDir, 'eval', 'conll2003-test');
  return { conll: scoreFile(join(dir, 'eng.testb')), conllpp: scoreFile(join(dir, 'conllpp_test.txt')) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // node dist/eval/ner.js [shared] [--errors [--context]]: scores, and with --errors the misses of CoNLL++ by frequency
  const shared = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '/work/shared';
  if (process.argv.includes('--errors')) {
    const errors: string[] = [];
    console.log(JSON.stringify(scoreFile(join(shared, 'eval', 'conll2003-test', 'conllpp_test.txt'), errors), null, 1));
    const freq = new Map<string, number>();
    for (const e of errors) freq.set(e, (freq.get(e) ?? 0) + 1);
    for (const [e, n] of [...freq].sort((a, b) => b[1] - a[1]).slice(0, CONTEXT ? 5000 : 300)) console.log(n, e);
  } else console.log(JSON.stringify(scoreConll(shared), null, 1));
}
