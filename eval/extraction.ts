// Article-body extraction on the Zyte/Scrapinghub article-extraction-benchmark (181 real pages):
// entente's intake (article.body of an HTML file) against plain Readability.js on linkedom, in
// one run, with the benchmark's own measure (4-token shingles of \w+ tokens, per-page TP/FP/FN
// normalised, precision and recall averaged over pages, F1 of the two means). The gold is read
// from the shared folder at run time, never copied into the repo. The benchmark's published
// readability_js output is scored too, as a check that this measure matches the published one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { intake } from '../src/intake/index.js';

type Tpfpfn = [number, number, number];

// Python's \w: letters, digits and other numerals, underscore (no combining marks)
const TOKEN = /[\p{L}\p{Nd}\p{Nl}\p{No}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  // fewer than n tokens still give one (short) shingle, as in the origin
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const s = tokens.slice(i, i + n);
    if (s.length === 0) continue;
    const key = s.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shingleMatch(truth: string, pred: string): Tpfpfn {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, c] of p) {
    const g = t.get(k) ?? 0;
    tp += Math.min(g, c);
    fp += Math.max(0, c - g);
  }
  for (const [k, g] of t) fn += Math.max(0, g - (p.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export function prf(pages: Tpfpfn[]): { precision: number; recall: number; f1: number } {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fp))));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fn))));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Plain Readability.js, as the benchmark runs it: textContent of the parsed article. */
export function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document).parse()?.textContent ?? '';
}

export interface ExtractionScores {
  entente_precision: number;
  entente_recall: number;
  entente_f1: number;
  entente_pages_per_s: number;
  readability_precision: number;
  readability_recall: number;
  readability_f1: number;
  readability_pages_per_s: number;
  /** The benchmark's published readability_js output under this measure (published: F1 0.947). */
  published_readability_js_f1?: number;
  n_pages: number;
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

export function benchmarkDir(sharedDir: string): string {
  return join(sharedDir, 'eval', 'article-extraction-benchmark');
}

/** Per-page outputs, for looking at where an extractor loses (scripts, not the runner). */
export function loadBenchmark(sharedDir: string): { id: string; bytes: Uint8Array; truth: string }[] {
  const dir = benchmarkDir(sharedDir);
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  return Object.entries(gold).map(([id, g]) => ({
    id, truth: g.articleBody ?? '', bytes: new Uint8Array(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)))),
  }));
}

export function ententeBody(bytes: Uint8Array): string {
  return intake({ bytes, path: 'x.html' }).article.body;
}

export async function scoreExtraction(sharedDir: string): Promise<ExtractionScores | Record<string, never>> {
  const dir = benchmarkDir(sharedDir);
  if (!existsSync(join(dir, 'ground-truth.json'))) {
    console.log(`SKIP extraction: ${dir}/ground-truth.json not found`);
    return {};
  }
  const pages = loadBenchmark(sharedDir);
  const run = (extract: (p: (typeof pages)[number]) => string): { scores: Tpfpfn[]; perSec: number } => {
    const outs: string[] = [];
    const t = performance.now();
    for (const p of pages) {
      try {
        outs.push(extract(p));
      } catch {
        outs.push('');
      }
    }
    const secs = (performance.now() - t) / 1000;
    return { scores: pages.map((p, i) => shingleMatch(p.truth, outs[i]!)), perSec: pages.length / secs };
  };
  const utf8 = new TextDecoder('utf-8');
  // a few pages through each first, so neither pays the JIT warm-up in its pages/s
  for (const p of pages.slice(0, 5)) {
    ententeBody(p.bytes);
    readabilityText(utf8.decode(p.bytes));
  }
  const entente = run((p) => ententeBody(p.bytes));
  const readability = run((p) => readabilityText(utf8.decode(p.bytes)));
  const e = prf(entente.scores);
  const r = prf(readability.scores);
  const out: ExtractionScores = {
    entente_precision: r4(e.precision), entente_recall: r4(e.recall), entente_f1: r4(e.f1), entente_pages_per_s: Math.round(entente.perSec * 10) / 10,
    readability_precision: r4(r.precision), readability_recall: r4(r.recall), readability_f1: r4(r.f1), readability_pages_per_s: Math.round(readability.perSec * 10) / 10,
    n_pages: pages.length,
  };
  const published = join(dir, 'output', 'readability_js.json.gz');
  if (existsSync(published)) {
    const raw = JSON.parse(gunzipSync(readFileSync(published)).toString('utf8')) as Record<string, unknown>;
    const preds = ((raw['output'] as Record<string, { articleBody?: string }> | undefined) ?? raw) as Record<string, { articleBody?: string }>;
    out.published_readability_js_f1 = r4(prf(pages.map((p) => shingleMatch(p.truth, preds[p.id]?.articleBody ?? ''))).f1);
  }
  return out;
}
