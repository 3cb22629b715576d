// `npm run bench`: throughput and memory of entente on a fixed corpus (every visible eval set with
// article text, plus samples/). Reports figures, asserts no times. Steps:
//  1. annotate() in this process on one core: end to end and per stage (time, MB/s, RSS);
//  2. wink-nlp's own pass over the same texts (the floor any pipeline on it pays): in a fresh process
//     with entente's warm-up (the baseline of ratio_to_wink), and warm in this process as before;
//  3. `entente ingest` end to end, each in its own process: 0 (in-process), 1 .. N workers on the
//     whole corpus, then N workers on fractions of it (memory should stay flat in corpus size).
// Options: --fraction F (0..1, a prefix of each set, for quick runs), --workers N (max; default: cores).
// Writes bench/last.json and prints the change against the previous run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { repoRoot, sharedDir } from '../eval/paths.js';
import type { RawInput } from '../src/types.js';
import { fullCorpus, type CorpusPart } from './corpus.js';
import { deltaTable, figuresTable, ingestTable, type BenchFigures, type IngestRun, type StageFigures } from './figures.js';
import { wrapStages } from './stage-timer.js';
import { freshWinkPass, warmWinkPass, type WinkPass } from './wink-baseline.js';
import { longerHalf, measureScale, scaleFigures, scaleLines, type ScaleRun } from './scale.js';
import { runIngest } from './ingest-runner.js';

const MB = 1e6;
const WARMUP_ARTICLES = 150;
const FRACTIONS = [0.25, 0.5];

/** CPU milliseconds (user + system, all threads) since a process.cpuUsage() reading. */
const cpuMsSince = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};
const bytesOf = (inputs: RawInput[]): number => inputs.reduce((n, x) => n + Buffer.byteLength(x.text ?? ''), 0);
/** The first `f` of each set, so a fraction has the same mix as the whole. */
const prefix = (parts: CorpusPart[], f: number): RawInput[] => parts.flatMap((p) => p.inputs.slice(0, Math.ceil(p.inputs.length * f)));

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { fraction: { type: 'string' }, workers: { type: 'string' } } });
  const fraction = Math.min(1, Math.max(0.01, Number(values.fraction ?? 1)));
  const maxWorkers = Math.max(1, Number(values.workers ?? availableParallelism()));
  const root = repoRoot();
  const shared = sharedDir(root);
  const parts = fullCorpus(shared, root).map((p) => ({ ...p, inputs: p.inputs.slice(0, Math.ceil(p.inputs.length * fraction)) }));
  const inputs = parts.flatMap((p) => p.inputs);
  if (inputs.length === 0) {
    console.log('SKIP: no bench corpus (../shared not found and no samples/*.txt)');
    return;
  }
  const corpus = `${parts.map((p) => `${p.set} ${p.inputs.length}`).join(', ')}${fraction < 1 ? ` (fraction ${fraction})` : ''}`;
  console.log(`corpus: ${corpus}${shared ? '' : ' — ../shared not found, samples only'}`);
  const load = loadavg()[0] ?? 0;
  if (load > cpus().length) console.log(`note: load average ${load.toFixed(1)} on ${cpus().length} cores: the machine is shared, times are inflated`);
  const bytes = bytesOf(inputs);
  const n = inputs.length;

  // 1. annotate() on one core
  const t0 = performance.now();
  const { annotate, STAGES } = await import('../src/pipeline.js');
  annotate(inputs[0]!);
  const startup = performance.now() - t0;
  for (const input of inputs.slice(0, WARMUP_ARTICLES)) annotate(input);
  const timer = wrapStages(STAGES);
  let measured = 0;
  let events = 0;
  // the heap V8 uses (process.memoryUsage().heapUsed is this figure, read with the RSS beside it:
  // an order of magnitude dearer, inside the CPU measured here)
  let heapPeak = getHeapStatistics().used_heap_size;
  const cpu0 = process.cpuUsage();
  for (const input of inputs) {
    const t = performance.now();
    const doc = annotate(input);
    measured += performance.now() - t;
    events += doc.events.length;
    heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
  }
  const cpuMs = cpuMsSince(cpu0);
  timer.restore();
  const stages: Record<string, StageFigures> = {};
  let inStages = 0;
  for (const ms of timer.ms.values()) inStages += ms;
  // stage figures are in CPU time; intake+glue is the rest of annotate's CPU time
  const stage = (ms: number, rss: number): StageFigures => ({ ms_per_article: ms / n, mb_per_s: bytes / MB / (ms / 1000), share: ms / cpuMs, rss_peak_mb: rss / MB });
  for (const [name, ms] of timer.ms) stages[name] = stage(ms, timer.rssPeak.get(name) ?? 0);
  stages['intake+glue'] = stage(Math.max(1e-9, cpuMs - inStages), process.memoryUsage.rss());
  const single = {
    seconds: measured / 1000, cpu_s: cpuMs / 1000, articles_per_s: n / (measured / 1000), articles_per_cpu_s: n / (cpuMs / 1000),
    mb_per_s: bytes / MB / (measured / 1000), mb_per_cpu_s: bytes / MB / (cpuMs / 1000),
    events_per_article: events / n, max_rss_mb: (process.resourceUsage().maxRSS * 1024) / MB, heap_used_peak_mb: heapPeak / MB,
  };

  // 2. wink's own pass over the same texts (plain text as given: close to Doc.text), two ways
  // (wink-baseline.ts): warm, in this process after entente's pass as before December 2026, kept
  // for comparison with earlier runs; and fresh, the baseline of ratio_to_wink: in its own process
  // with entente's warm-up, so wink learns the corpus's words in it as it does in entente's pass
  const winkFigures = (w: WinkPass): BenchFigures['wink'] => ({ seconds: w.seconds, cpu_s: w.cpu_s, mb_per_s: bytes / MB / w.seconds, mb_per_cpu_s: bytes / MB / w.cpu_s });
  const winkWarm = winkFigures(await warmWinkPass(inputs));
  const winkFig = winkFigures(freshWinkPass(root, fraction, WARMUP_ARTICLES, { stories: n, bytes }));

  // 3. entente ingest end to end, each in a fresh process
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
  const runner = join(root, 'dist', 'bench', 'ingest-run.js');
  const ingest: IngestRun[] = [];
  const run = (workers: number, f: number): void => {
    const part = f === 1 ? inputs : prefix(parts, f);
    const r = runIngest(runner, join(dir, `corpus-${f}.jsonl`), part, workers, join(dir, `w${workers}-f${f}.db`));
    const mb = bytesOf(part) / MB;
    const row: IngestRun = {
      workers, fraction: f * fraction, articles: r.inputs, input_mb: mb, seconds: r.seconds, articles_per_s: r.inputs / r.seconds,
      articles_per_s_per_core: r.inputs / r.seconds / Math.max(1, workers), cpu_s: r.cpu_s, articles_per_cpu_s: r.inputs / r.cpu_s,
      mb_per_s: mb / r.seconds, events: r.events, max_rss_mb: r.max_rss_mb,
    };
    ingest.push(row);
    console.log(`ingest: ${workers} worker(s), fraction ${row.fraction}: ${row.articles_per_s.toFixed(1)} articles/s, peak RSS ${row.max_rss_mb.toFixed(0)} MB`);
  };
  let retained: { articles: number; heap_mb: number }[] = [];
  let fixedCpuS: number | null = null;
  const scaleRuns: ScaleRun[] = [];
  try {
    // 2 workers against 1 on the longer half of the stories, SQLite and PostgreSQL
    scaleRuns.push(...await measureScale(runner, dir, longerHalf(inputs)));
    run(0, 1);
    // the fixed cost of an ingest process (module loading, the first story's lazy loads), which
    // bare annotate's figure leaves out: an in-process ingest of the first story alone
    fixedCpuS = runIngest(runner, join(dir, 'first-story.jsonl'), inputs.slice(0, 1), 0, join(dir, 'first-story.db')).cpu_s;
    for (let w = 1; w <= maxWorkers; w++) run(w, 1);
    for (const f of FRACTIONS) run(maxWorkers, f);
    // what an ingest keeps, after a full GC, at each quarter of the corpus (peak RSS also counts garbage)
    const heapOut = execFileSync(process.execPath, ['--expose-gc', join(root, 'dist', 'bench', 'heap-run.js'), join(dir, 'corpus-1.jsonl'), join(dir, 'heap.db')], { encoding: 'utf8', maxBuffer: 16 * MB });
    retained = (JSON.parse(heapOut.trim().split('\n').pop()!) as { heap: typeof retained }).heap;
    console.log(`heap after GC, in-process ingest: ${retained.map((r) => `${r.articles} articles ${r.heap_mb.toFixed(0)} MB`).join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const figures: BenchFigures = {
    when: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), load_at_start: load,
    corpus, articles: n, input_mb: bytes / MB, startup_s: startup / 1000, single, stages, wink: winkFig,
    ratio_to_wink: single.mb_per_cpu_s / winkFig.mb_per_cpu_s, wink_warm: winkWarm, ratio_to_wink_warm: single.mb_per_cpu_s / winkWarm.mb_per_cpu_s, ingest, retained_heap: retained,
    in_process_over_annotate: (ingest.find((r) => r.workers === 0)?.articles_per_cpu_s ?? 0) / single.articles_per_cpu_s,
    ...steadyRatio(ingest.find((r) => r.workers === 0 && r.articles === n), fixedCpuS, single.articles_per_cpu_s),
    scale: scaleFigures(scaleRuns),
  };
  console.log(`\ncorpus: ${corpus}\n${figuresTable(figures)}\n\n${ingestTable(ingest)}`);
  console.log(`in-process ingest / bare annotate, per CPU-second: ${((figures.in_process_over_annotate ?? 0) * 100).toFixed(0)}% (goal 80%)`);
  if (figures.in_process_over_annotate_steady !== undefined) {
    console.log(`  the same without the ingest process's fixed ${figures.ingest_fixed_cpu_s?.toFixed(2)} CPU-s (a one-story ingest; bare annotate's figure leaves its start-up out too): ${(figures.in_process_over_annotate_steady * 100).toFixed(0)}%`);
  }
  console.log(scaleLines(figures.scale!));

  const lastFile = join(root, 'bench', 'last.json');
  if (existsSync(lastFile)) {
    const prev = JSON.parse(readFileSync(lastFile, 'utf8')) as BenchFigures;
    console.log(`\nchange since ${prev.when}${prev.corpus === figures.corpus ? '' : ` (different corpus: ${prev.corpus})`}:`);
    console.log(deltaTable(prev, figures));
  }
  writeFileSync(lastFile, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nwrote ${lastFile}`);
}

await main();

/**
 * In-process ingest over bare annotate per story, with the ingest process's fixed cost (`fixed`, the
 * CPU of a one-story ingest) taken out as bare annotate's start-up is: what storing adds per story.
 */
function steadyRatio(run: IngestRun | undefined, fixed: number | null, annotatePerCpuS: number): Pick<BenchFigures, 'in_process_over_annotate_steady' | 'ingest_fixed_cpu_s'> {
  if (!run || fixed === null || run.cpu_s <= fixed || run.articles < 2) return {};
  return { ingest_fixed_cpu_s: fixed, in_process_over_annotate_steady: ((run.articles - 1) / (run.cpu_s - fixed)) / annotatePerCpuS };
}
