// What a bench run records in bench/last.json, and the comparison with the previous run.
import { formatTable } from '../eval/table.js';

export interface StageFigures {
  /** CPU milliseconds per article, and MB of input per CPU-second. */
  ms_per_article: number;
  mb_per_s: number;
  /** Share of annotate's CPU time. */
  share: number;
  /** Highest RSS right after the stage ran (MB). */
  rss_peak_mb: number;
}

export interface IngestRun {
  workers: number;
  fraction: number;
  articles: number;
  input_mb: number;
  seconds: number;
  articles_per_s: number;
  /** articles/s divided by the cores used (workers, or 1 for the in-process run). */
  articles_per_s_per_core: number;
  /** CPU seconds of the process, all threads: start-up, intake, NLP, store. */
  cpu_s: number;
  /** Articles per CPU-second: the per-core rate, unaffected by other load on a shared machine. */
  articles_per_cpu_s: number;
  mb_per_s: number;
  events: number;
  max_rss_mb: number;
}

export interface BenchFigures {
  when: string;
  node: string;
  cpu: string;
  cores: number;
  /** 1-minute load average when the run started: the machine may be shared. */
  load_at_start: number;
  corpus: string;
  articles: number;
  input_mb: number;
  startup_s: number;
  /** annotate() in this process, one core, after a warm-up. */
  single: { seconds: number; cpu_s: number; articles_per_s: number; articles_per_cpu_s: number; mb_per_s: number; mb_per_cpu_s: number; events_per_article: number; max_rss_mb: number; heap_used_peak_mb: number };
  stages: Record<string, StageFigures>;
  /**
   * wink-nlp's own pass over the same texts in a fresh process, started and warmed up as entente's
   * measured pass (bench/wink-pass.ts): readDoc, its.value, precedingSpaces, pos, lemma, sentences.
   * Runs before December 2026 (no `wink_warm`) stored the warm figure under this key.
   */
  wink: { seconds: number; cpu_s: number; mb_per_s: number; mb_per_cpu_s: number };
  /** entente end-to-end MB per CPU-second (annotate, one core) over wink's fresh pass (`wink`). */
  ratio_to_wink: number;
  /**
   * The old baseline, kept for comparison with earlier runs: readDoc + tokens + POS in the process
   * that has just run entente's pass, twice, the second pass measured (every word already learned).
   */
  wink_warm?: { seconds: number; cpu_s: number; mb_per_s: number; mb_per_cpu_s: number };
  /** entente's MB per CPU-second over `wink_warm`'s: the ratio as runs before December 2026 gave it. */
  ratio_to_wink_warm?: number;
  /** `entente ingest` end to end (intake from JSONL, NLP, store), each run in its own process. */
  ingest: IngestRun[];
  /** Heap left after a full GC during one in-process ingest, at each quarter of the corpus: flat means nothing accumulates. */
  retained_heap?: { articles: number; heap_mb: number }[];
  /** In-process ingest articles per CPU-second over bare annotate's (goal: 0.8). */
  in_process_over_annotate?: number;
  /** CPU seconds of an in-process ingest of one story: module loading and first-use loads. */
  ingest_fixed_cpu_s?: number;
  /** The same ratio with that fixed cost taken out of the ingest (bare annotate excludes its start-up too). */
  in_process_over_annotate_steady?: number;
  /** 1 and 2 workers on the longer half, SQLite and PostgreSQL, and the GDELT-day projection. */
  scale?: import('./scale.js').ScaleFigures;
}

const round = (x: number, places = 3) => Math.round(x * 10 ** places) / 10 ** places;

export function figuresTable(f: BenchFigures): string {
  const rows: (string | number)[][] = [
    ['input', round(f.input_mb), 'MB'],
    ['start-up (imports + first annotate)', round(f.startup_s), 's'],
    ['annotate, 1 core', round(f.single.articles_per_s, 1), 'articles/s'],
    ['annotate, 1 core', round(f.single.mb_per_s), 'MB/s'],
    ['annotate, per CPU-second', `${round(f.single.articles_per_cpu_s, 1)} articles, ${round(f.single.mb_per_cpu_s)} MB`, 'per CPU-s'],
    ['wink fresh process (tokens + POS), 1 core', round(f.wink.mb_per_s), 'MB/s'],
    ['wink fresh, per CPU-second', round(f.wink.mb_per_cpu_s), 'MB per CPU-s'],
    ['ratio entente / wink fresh', `${(100 * f.ratio_to_wink).toFixed(1)}%`, 'goal >= 15%'],
    ...(f.wink_warm && f.ratio_to_wink_warm !== undefined ? [
      ['wink warm (old baseline), per CPU-second', round(f.wink_warm.mb_per_cpu_s), 'MB per CPU-s'],
      ['ratio entente / wink warm (old)', `${(100 * f.ratio_to_wink_warm).toFixed(1)}%`, 'as runs before Dec 2026'],
    ] : []),
    ['events', round(f.single.events_per_article), 'per article'],
    ['peak RSS (annotate process)', round(f.single.max_rss_mb, 1), 'MB'],
    ['peak heap used', round(f.single.heap_used_peak_mb, 1), 'MB'],
  ];
  for (const [stage, s] of Object.entries(f.stages))
    rows.push([`  stage ${stage} (CPU time)`, `${round(s.ms_per_article)} ms/article, ${round(s.mb_per_s, 2)} MB/s`, `${(100 * s.share).toFixed(1)}%, RSS ${round(s.rss_peak_mb, 0)} MB`]);
  return formatTable(['figure', 'value', 'unit'], rows);
}

export function ingestTable(runs: IngestRun[]): string {
  return formatTable(['workers', 'fraction', 'articles', 'MB', 'wall s', 'articles/s', 'per worker', 'MB/s', 'CPU s', 'articles/CPU-s', 'peak RSS MB'],
    runs.map((r) => [r.workers === 0 ? '0 (in-process)' : r.workers, round(r.fraction, 4), r.articles, round(r.input_mb, 2), round(r.seconds, 1),
      round(r.articles_per_s, 1), round(r.articles_per_s_per_core, 1), round(r.mb_per_s), round(r.cpu_s, 1), round(r.articles_per_cpu_s, 1), round(r.max_rss_mb, 0)]));
}

/** Every number of a figures object, by dotted path (ingest runs keyed by workers and fraction). */
function flat(f: unknown, prefix = '', out: Record<string, number> = {}): Record<string, number> {
  if (typeof f === 'number') out[prefix] = f;
  else if (Array.isArray(f) && f.every((x) => typeof x === 'number')) f.forEach((x: number, i) => { out[`${prefix}[${i}]`] = x; }); // per worker
  else if (Array.isArray(f)) {
    // ingest runs are keyed by workers and fraction, retained-heap marks by article count
    for (const r of f as (IngestRun | { articles: number; heap_mb: number } | import('./scale.js').ScaleRun)[]) {
      const backend = 'backend' in r ? `${String(r.backend)},` : '';
      flat(r, 'workers' in r ? `${prefix}[${backend}w${r.workers},f${'fraction' in r ? r.fraction : 'half'}]` : `${prefix}[${r.articles}]`, out);
    }
  }
  else if (f && typeof f === 'object') for (const [k, v] of Object.entries(f)) flat(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/**
 * A run from before the fresh baseline (no `wink_warm`) stored the warm pass as `wink`: its figures
 * are compared with this run's warm ones, and its `wink` with nothing.
 */
function withWarmKeys(f: BenchFigures): Omit<BenchFigures, 'wink' | 'ratio_to_wink'> {
  if (f.wink_warm) return f;
  const { wink, ratio_to_wink, ...rest } = f;
  return { ...rest, wink_warm: wink, ratio_to_wink_warm: ratio_to_wink };
}

/** Numeric figures side by side with the previous run, with the relative change. */
export function deltaTable(prev: BenchFigures, now: BenchFigures): string {
  const a = flat(withWarmKeys(prev));
  const b = flat(now);
  const rows = Object.keys(b).filter((k) => !/(^|\.)(articles|workers|fraction|cores)$/.test(k)).map((k) => {
    const before = a[k];
    if (before === undefined) return [k, '-', round(b[k]!), 'new'];
    const pct = before === 0 ? (b[k] === 0 ? '0%' : 'n/a') : `${b[k]! >= before ? '+' : ''}${((100 * (b[k]! - before)) / before).toFixed(1)}%`;
    return [k, round(before), round(b[k]!), pct];
  });
  return formatTable(['figure', 'previous', 'now', 'change'], rows);
}
