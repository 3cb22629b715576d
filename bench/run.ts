// `npm run bench`: throughput, memory and per-stage time of annotate() on a fixed corpus, single process.
// Writes bench/last.json and prints the change against the previous one.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot, sharedDir } from '../eval/paths.js';
import { isotCorpus, samplesCorpus } from './corpus.js';
import { deltaTable, figuresTable, type BenchFigures } from './figures.js';
import { wrapStages } from './stage-timer.js';

const MB = 1e6;

async function main(): Promise<void> {
  const root = repoRoot();
  const shared = sharedDir(root);
  const corpus = (shared && isotCorpus(shared)) || samplesCorpus(root);
  if (!corpus) {
    console.log('SKIP: no bench corpus (../shared not found and no samples/*.txt)');
    return;
  }
  console.log(`corpus: ${corpus.name}${shared ? '' : ' — ../shared not found, using samples'}`);
  const inputs = corpus.inputs;
  const bytes = inputs.reduce((n, x) => n + Buffer.byteLength(x.text ?? ''), 0);

  // Start-up: module loads and the first annotate (model loading), reported apart from throughput.
  const t0 = performance.now();
  const { annotate, STAGES } = await import('../src/pipeline.js');
  annotate(inputs[0]!);
  const startup = performance.now() - t0;

  // Warm-up: every article once, so lazy tables and JIT are settled before measuring.
  const t1 = performance.now();
  for (const input of inputs) annotate(input);
  const warmup = performance.now() - t1;

  const timer = wrapStages(STAGES);
  let measured = 0;
  let events = 0;
  let heapPeak = process.memoryUsage().heapUsed;
  for (const input of inputs) {
    const t = performance.now();
    const doc = annotate(input);
    measured += performance.now() - t;
    events += doc.events.length;
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  timer.restore();

  const n = inputs.length;
  const stageMs: Record<string, number> = {};
  let inStages = 0;
  for (const [name, ms] of timer.ms) {
    stageMs[name] = ms / n;
    inStages += ms;
  }
  stageMs['intake+glue'] = Math.max(0, measured - inStages) / n;

  const figures: BenchFigures = {
    when: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    corpus: corpus.name,
    articles: n,
    input_mb: bytes / MB,
    startup_s: startup / 1000,
    warmup_s: warmup / 1000,
    measured_s: measured / 1000,
    articles_per_s: n / (measured / 1000),
    mb_per_s: bytes / MB / (measured / 1000),
    events_per_article: events / n,
    max_rss_mb: (process.resourceUsage().maxRSS * 1024) / MB,
    heap_used_peak_mb: heapPeak / MB,
    stage_ms_per_article: stageMs,
  };
  console.log(`\n${figuresTable(figures)}`);

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
