// A quick A/B figure for speed work: in one process, load the bench corpus (fraction 0.5, as the
// bench), then import the pipeline and annotate the first story (start-up, as bench/run.ts
// measures it: wall and CPU), then annotate the next N stories and print their CPU seconds and
// stories per CPU-second, and the CPU milliseconds of each stage. With --passes N it annotates
// the same stories N times and prints each pass (the least is the steadiest figure on a shared
// machine). Run it several times each side, back to back.
// With --as-bench it repeats step 1 and 2 of bench/run.ts instead (warm-up on 150 stories, then
// every story of the fraction, then wink's bare pass over the same texts, warm in this process and
// fresh in its own, and the ratios), without the ingest runs.
//   node dist/bench/annotate-cpu.js [--stories 700] [--fraction 0.5] [--passes 1] [--as-bench]
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { repoRoot, sharedDir } from '../eval/paths.js';
import { fullCorpus } from './corpus.js';
import { wrapStages } from './stage-timer.js';
import { freshWinkPass, warmWinkPass } from './wink-baseline.js';

const { values } = parseArgs({ options: { stories: { type: 'string' }, fraction: { type: 'string' }, passes: { type: 'string' }, 'as-bench': { type: 'boolean' } } });
const fraction = Number(values.fraction ?? 0.5);
const root = repoRoot();
const inputs = fullCorpus(sharedDir(root), root).flatMap((p) => p.inputs.slice(0, Math.ceil(p.inputs.length * fraction)));
const n = Math.min(inputs.length - 1, Number(values.stories ?? 700));
const cpuMs = (c: NodeJS.CpuUsage): number => (c.user + c.system) / 1000;

const t0 = performance.now();
const c0 = process.cpuUsage();
const { annotate, STAGES } = await import('../src/pipeline.js');
annotate(inputs[0]!);
const startWall = performance.now() - t0;
const startCpu = cpuMs(process.cpuUsage(c0));
if (values['as-bench']) {
  for (const input of inputs.slice(0, 150)) annotate(input);
  const rawBytes = inputs.reduce((k, x) => k + Buffer.byteLength(x.text ?? ''), 0);
  const bytes = rawBytes / 1e6;
  const c = process.cpuUsage();
  for (const input of inputs) annotate(input);
  const cpu = cpuMs(process.cpuUsage(c)) / 1000;
  // wink's bare pass: warm in this process as before (kept for comparison), then fresh in its own
  // process with the same warm-up (the baseline of ratio_to_wink), as bench/run.ts does
  const warm = await warmWinkPass(inputs);
  const fresh = freshWinkPass(root, fraction, 150, { stories: inputs.length, bytes: rawBytes });
  console.log(JSON.stringify({ startup_wall_ms: Math.round(startWall), startup_cpu_ms: Math.round(startCpu), stories: inputs.length, cpu_s: +cpu.toFixed(3), stories_per_cpu_s: +(inputs.length / cpu).toFixed(1), mb_per_cpu_s: +(bytes / cpu).toFixed(4), wink_mb_per_cpu_s: +(bytes / fresh.cpu_s).toFixed(3), ratio_to_wink: +(fresh.cpu_s / cpu).toFixed(4), wink_warm_mb_per_cpu_s: +(bytes / warm.cpu_s).toFixed(3), ratio_to_wink_warm: +(warm.cpu_s / cpu).toFixed(4), load: +loadavg()[0]!.toFixed(2) }));
}
for (let pass = 0; pass < (values['as-bench'] ? 0 : Number(values.passes ?? 1)); pass++) {
  const timer = wrapStages(STAGES);
  const c1 = process.cpuUsage();
  let events = 0;
  for (const input of inputs.slice(1, n + 1)) events += annotate(input).events.length;
  const cpu = cpuMs(process.cpuUsage(c1)) / 1000;
  timer.restore();
  const stages = Object.fromEntries([...timer.ms].map(([k, v]) => [k, Math.round(v)]));
  console.log(JSON.stringify({ startup_wall_ms: Math.round(startWall), startup_cpu_ms: Math.round(startCpu), stories: n, events, cpu_s: +cpu.toFixed(3), stories_per_cpu_s: +(n / cpu).toFixed(1), stages, load: +loadavg()[0]!.toFixed(2) }));
}
