// Scores the time stage on the TempEval-3 platinum test set: each document's DCT is the
// publication date; gold is TIMEX3 of type DATE or TIME; a system span matches a gold span
// when they overlap (relaxed match); value accuracy is over matched pairs. The gold is read
// from the shared folder at run time and never copied into the repo.
import { readdirSync, readFileSync } from 'node:fs';
import { bodyDoc } from '../src/doc.js';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { textStage } from '../src/text/tokenize.js';
import { timeStage } from '../src/time/index.js';

export interface TimeScore {
  precision: number;
  recall: number;
  f1: number;
  /** Matched pairs whose ISO value equals the gold value. */
  valueAccuracy: number;
  /** Gold DATE/TIME expressions. */
  n: number;
  system: number;
  matched: number;
  valueRight: number;
  /** Matched pairs with a wrong value, for inspection. */
  errors: Array<{ doc: string; text: string; gold: string; got: string }>;
}

interface GoldTimex { start: number; end: number; type: string; value: string; text: string }

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The TEXT element without tags, and its TIMEX3 spans in that plain text. */
export function readTml(xml: string): { dct: string | null; text: string; timexes: GoldTimex[] } {
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: Array<{ start: number; type: string; value: string }> = [];
  const re = /<(\/?)(\w+)([^>]*)>|([^<]+)/g;
  for (const m of body.matchAll(re)) {
    if (m[4] !== undefined) { text += decode(m[4]); continue; }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '') {
      const attrs = m[3] ?? '';
      open.push({ start: text.length, type: /type="([^"]+)"/.exec(attrs)?.[1] ?? '', value: /value="([^"]+)"/.exec(attrs)?.[1] ?? '' });
    } else {
      const o = open.pop();
      if (o) timexes.push({ start: o.start, end: text.length, type: o.type, value: o.value, text: text.slice(o.start, text.length) });
    }
  }
  return { dct, text, timexes };
}


export function scoreTempeval(sharedDir: string): TimeScore {
  const dir = join(sharedDir, 'eval', 'tempeval3', 'te3-platinum');
  let n = 0, system = 0, sysMatched = 0, goldMatched = 0, valueRight = 0, pairs = 0;
  const errors: TimeScore['errors'] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tml')).sort()) {
    const { dct, text, timexes } = readTml(readFileSync(join(dir, file), 'utf8'));
    const gold = timexes.filter((t) => t.type === 'DATE' || t.type === 'TIME');
    const doc = timeStage(textStage(bodyDoc(text, dct)));
    n += gold.length;
    system += doc.times.length;
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    for (const s of doc.times) if (gold.some((g) => overlaps(s, g))) sysMatched++;
    for (const g of gold) {
      const s = doc.times.find((t) => overlaps(t, g));
      if (!s) continue;
      goldMatched++;
      pairs++;
      if (s.value === g.value) valueRight++;
      else errors.push({ doc: file, text: `${g.text} / ${s.text}`, gold: g.value, got: s.value });
    }
  }
  const precision = system ? sysMatched / system : 0;
  const recall = n ? goldMatched / n : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, valueAccuracy: pairs ? valueRight / pairs : 0, n, system, matched: goldMatched, valueRight, errors };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { errors, ...score } = scoreTempeval(process.argv[2] ?? '/work/shared');
  console.log(JSON.stringify(score, null, 2));
  if (process.argv.includes('--errors')) for (const e of errors) console.log(e);
}
