// Scores the time stage on TempEval-3 platinum and on MEANTIME English, each document's DCT
// standing for the publication date. Figures follow the TempEval-3 scorer: detection P/R/F1 with
// strict (same span) and relaxed (overlapping span) matching; value and type accuracy over relaxed
// pairs; value F1 = F1 over pairs that match relaxed AND carry the gold value. The older
// DATE/TIME-only figures (precision/recall/f1/valueAccuracy) are kept for continuity. The gold is
// read from the shared folder at run time and never copied into the repo.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { bodyDoc } from '../src/doc.js';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { textStage } from '../src/text/tokenize.js';
import { timeStage } from '../src/time/index.js';
import type { TimeExpr } from '../src/types.js';

export interface GoldTimex { start: number; end: number; type: string; value: string; text: string }

export interface TimexScore {
  strictP: number; strictR: number; strictF1: number;
  relaxedP: number; relaxedR: number; relaxedF1: number;
  valueAccuracy: number; typeAccuracy: number;
  valueP: number; valueR: number; valueF1: number;
  n: number; n_system: number;
}

export interface TimeScore {
  /** DATE/TIME gold against DATE/TIME system output (the original figures). */
  precision: number;
  recall: number;
  f1: number;
  valueAccuracy: number;
  /** All TIMEX3 types, TempEval-3 style. */
  all: TimexScore;
  meantime: TimexScore;
  errors: Array<{ set: string; doc: string; kind: 'value' | 'type' | 'missed' | 'spurious'; text: string; gold: string; got: string }>;
}

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

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;

/** MEANTIME annotates the title and the first sentences only: no TIMEX3 lies past sentence 5
 * (counted over the corpus), so later sentences are left out rather than scored as spurious. */
const MEANTIME_LAST_SENTENCE = 5;

/** A MEANTIME (NewsReader CAT) document: tokens joined back into text (sentences on their own
 * lines; the DCT line left out), the DCT value, and the TIMEX3 spans other than the DCT. */
export function readMeantime(xml: string): { dct: string | null; text: string; timexes: GoldTimex[] } {
  const tokens = [...xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)]
    .map((m) => ({ sentence: Number(m[1]), id: m[2]!, text: decode(m[3]!) }));
  const timexRe = /<TIMEX3([^>]*?)>([\s\S]*?)<\/TIMEX3>/g;
  const raw: Array<{ type: string; value: string; dct: boolean; ids: string[] }> = [];
  for (const m of xml.matchAll(timexRe)) {
    const ids = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((x) => x[1]!);
    if (ids.length === 0) continue;
    const attrs = m[1]!;
    raw.push({ type: /type="([^"]+)"/.exec(attrs)?.[1] ?? '', value: /value="([^"]*)"/.exec(attrs)?.[1] ?? '',
      dct: /functionInDocument="CREATION_TIME"/.test(attrs), ids });
  }
  const dctTimex = raw.find((r) => r.dct);
  const dctIds = new Set(dctTimex?.ids ?? []);
  const dctSentence = tokens.find((t) => dctIds.has(t.id))?.sentence ?? -1;
  let text = '';
  const span = new Map<string, [number, number]>();
  let prevSentence = -1;
  for (const t of tokens) {
    if (t.sentence === dctSentence || t.sentence > MEANTIME_LAST_SENTENCE) continue;
    if (text !== '') text += t.sentence !== prevSentence ? '\n\n' : NO_SPACE_BEFORE.test(t.text) ? '' : ' ';
    span.set(t.id, [text.length, text.length + t.text.length]);
    text += t.text;
    prevSentence = t.sentence;
  }
  const timexes: GoldTimex[] = [];
  for (const r of raw) {
    if (r.dct) continue;
    const spans = r.ids.map((id) => span.get(id)).filter((s): s is [number, number] => s !== undefined);
    if (spans.length === 0) continue;
    const start = Math.min(...spans.map((s) => s[0]));
    const end = Math.max(...spans.map((s) => s[1]));
    timexes.push({ start, end, type: r.type, value: r.value, text: text.slice(start, end) });
  }
  return { dct: dctTimex?.value.slice(0, 10) ?? null, text, timexes };
}

/** The TIMEX3 type the stage gave, or what its value implies. */
export function timexTypeOf(t: TimeExpr): string {
  return t.timexType ?? (t.granularity === 'time' ? 'TIME' : 'DATE');
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

interface Tally { gold: number; sys: number; strictSys: number; strictGold: number; relSys: number; relGold: number; valueOk: number; typeOk: number; pairs: number }
const tally = (): Tally => ({ gold: 0, sys: 0, strictSys: 0, strictGold: 0, relSys: 0, relGold: 0, valueOk: 0, typeOk: 0, pairs: 0 });

function countDoc(t: Tally, gold: GoldTimex[], sys: TimeExpr[], set: string, doc: string, errors: TimeScore['errors']): void {
  t.gold += gold.length;
  t.sys += sys.length;
  for (const s of sys) {
    if (gold.some((g) => g.start === s.start && g.end === s.end)) t.strictSys++;
    if (gold.some((g) => overlaps(s, g))) t.relSys++;
    else errors.push({ set, doc, kind: 'spurious', text: s.text, gold: '', got: s.value });
  }
  for (const g of gold) {
    if (sys.some((s) => g.start === s.start && g.end === s.end)) t.strictGold++;
    const s = sys.find((x) => overlaps(x, g));
    if (!s) { errors.push({ set, doc, kind: 'missed', text: g.text, gold: `${g.type} ${g.value}`, got: '' }); continue; }
    t.relGold++;
    t.pairs++;
    if (s.value === g.value) t.valueOk++;
    else errors.push({ set, doc, kind: 'value', text: `${g.text} / ${s.text}`, gold: g.value, got: s.value });
    if (timexTypeOf(s) === g.type) t.typeOk++;
    else errors.push({ set, doc, kind: 'type', text: `${g.text} / ${s.text}`, gold: g.type, got: timexTypeOf(s) });
  }
}

const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const div = (a: number, b: number): number => (b ? a / b : 0);

function summarise(t: Tally): TimexScore {
  const strictP = div(t.strictSys, t.sys), strictR = div(t.strictGold, t.gold);
  const relaxedP = div(t.relSys, t.sys), relaxedR = div(t.relGold, t.gold);
  const valueP = div(t.valueOk, t.sys), valueR = div(t.valueOk, t.gold);
  return {
    strictP, strictR, strictF1: f1(strictP, strictR), relaxedP, relaxedR, relaxedF1: f1(relaxedP, relaxedR),
    valueAccuracy: div(t.valueOk, t.pairs), typeAccuracy: div(t.typeOk, t.pairs),
    valueP, valueR, valueF1: f1(valueP, valueR), n: t.gold, n_system: t.sys,
  };
}

const runStage = (text: string, dct: string | null): TimeExpr[] => timeStage(textStage(bodyDoc(text, dct))).times;

function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p, ext));
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}

export function scoreTempeval(sharedDir: string): TimeScore {
  const errors: TimeScore['errors'] = [];
  const dateOnly = tally();
  const all = tally();
  const dateErrors: TimeScore['errors'] = [];
  const dir = join(sharedDir, 'eval', 'tempeval3', 'te3-platinum');
  for (const file of listFiles(dir, '.tml')) {
    const { dct, text, timexes } = readTml(readFileSync(file, 'utf8'));
    const times = runStage(text, dct);
    const isDate = (type: string): boolean => type === 'DATE' || type === 'TIME';
    const name = file.slice(dir.length + 1);
    countDoc(dateOnly, timexes.filter((g) => isDate(g.type)), times.filter((s) => isDate(timexTypeOf(s))), 'te3', name, dateErrors);
    countDoc(all, timexes, times, 'te3', name, errors);
  }
  const mt = tally();
  const mdir = join(sharedDir, 'eval', 'meantime-english', 'intra-doc_annotation');
  for (const file of listFiles(mdir, '.xml')) {
    const { dct, text, timexes } = readMeantime(readFileSync(file, 'utf8'));
    countDoc(mt, timexes, runStage(text, dct), 'meantime', file.slice(mdir.length + 1), errors);
  }
  const d = summarise(dateOnly);
  return { precision: d.relaxedP, recall: d.relaxedR, f1: d.relaxedF1, valueAccuracy: d.valueAccuracy, all: summarise(all), meantime: summarise(mt), errors };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { errors, ...score } = scoreTempeval(process.argv[2] ?? '/work/shared');
  console.log(JSON.stringify(score, null, 2));
  const kinds = process.argv.find((a) => a.startsWith('--errors'));
  if (kinds) {
    const want = kinds.split('=')[1]?.split(',');
    const set = process.argv.find((a) => a.startsWith('--set='))?.slice(6);
    for (const e of errors) if ((!want || want.includes(e.kind)) && (!set || e.set === set)) console.log(`${e.kind}\t${e.doc}\t${e.text}\t${e.gold}\t${e.got}`);
  }
}
