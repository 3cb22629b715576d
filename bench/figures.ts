// What a bench run records in bench/last.json, and the comparison with the previous run.
import { formatTable } from '../eval/table.js';

export interface BenchFigures {
  when: string;
  node: string;
  cpu: string;
  corpus: string;
  articles: number;
  input_mb: number;
  startup_s: number;
  warmup_s: number;
  measured_s: number;
  articles_per_s: number;
  mb_per_s: number;
  events_per_article: number;
  max_rss_mb: number;
  heap_used_peak_mb: number;
  /** Milliseconds per article in each stage; "intake+glue" is annotate's time outside the stages. */
  stage_ms_per_article: Record<string, number>;
}

const round = (x: number, places = 3) => Math.round(x * 10 ** places) / 10 ** places;

export function figuresTable(f: BenchFigures): string {
  const rows: (string | number)[][] = [
    ['articles', f.articles, ''],
    ['input', round(f.input_mb), 'MB'],
    ['start-up (imports + first annotate)', round(f.startup_s), 's'],
    ['warm-up pass', round(f.warmup_s), 's'],
    ['measured pass', round(f.measured_s), 's'],
    ['throughput', round(f.articles_per_s, 1), 'articles/s'],
    ['throughput', round(f.mb_per_s), 'MB/s'],
    ['events', round(f.events_per_article), 'per article'],
    ['peak RSS (maxRSS)', round(f.max_rss_mb, 1), 'MB'],
    ['peak heap used', round(f.heap_used_peak_mb, 1), 'MB'],
  ];
  const total = Object.values(f.stage_ms_per_article).reduce((a, b) => a + b, 0);
  for (const [stage, ms] of Object.entries(f.stage_ms_per_article))
    rows.push([`  stage ${stage}`, `${round(ms)} ms`, `${total ? ((100 * ms) / total).toFixed(1) : '0.0'}%`]);
  return formatTable(['figure', 'value', 'unit'], rows);
}

/** Numeric figures side by side with the previous run, with the relative change. */
export function deltaTable(prev: BenchFigures, now: BenchFigures): string {
  const flat = (f: BenchFigures): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(f)) if (typeof v === 'number' && k !== 'articles') out[k] = v;
    for (const [k, v] of Object.entries(f.stage_ms_per_article ?? {})) out[`stage_ms.${k}`] = v;
    return out;
  };
  const a = flat(prev);
  const b = flat(now);
  const rows = Object.keys(b).map((k) => {
    const before = a[k];
    if (before === undefined) return [k, '-', round(b[k]!), 'new'];
    const pct = before === 0 ? (b[k] === 0 ? '0%' : 'n/a') : `${b[k]! >= before ? '+' : ''}${((100 * (b[k]! - before)) / before).toFixed(1)}%`;
    return [k, round(before), round(b[k]!), pct];
  });
  return formatTable(['figure', 'previous', 'now', 'change'], rows);
}
