// Start-up: time from process start to the pipeline imported and the first story annotated, each
// run in a fresh process; prints every run and the median.
//   node dist/bench/startup.js [--runs N]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

if (process.argv[2] === '--child') {
  const t0 = performance.now();
  const { annotate } = await import('../src/pipeline.js');
  const t1 = performance.now();
  const doc = annotate({ id: 'startup', published: '2015-11-24', text: 'Turkey shot down a Russian warplane near the Syrian border on Tuesday, President Recep Tayyip Erdogan said in Ankara.' });
  const t2 = performance.now();
  const cpu = process.cpuUsage();
  console.log(JSON.stringify({ boot: t0, import: t1 - t0, first: t2 - t1, total: t2, cpu: (cpu.user + cpu.system) / 1000, events: doc.events.length, rss: process.memoryUsage().rss }));
} else {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 7;
  const rows: { import: number; first: number; total: number; cpu: number; rss: number }[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], { encoding: 'utf8' });
    const wall = performance.now() - t;
    if (out.status !== 0) throw new Error(out.stderr);
    const row = JSON.parse(out.stdout.trim().split('\n').pop()!) as { import: number; first: number; total: number; cpu: number; rss: number };
    rows.push(row);
    console.log(`run ${r + 1}: import ${row.import.toFixed(0)} ms, first story ${row.first.toFixed(0)} ms, to first story ${row.total.toFixed(0)} ms (CPU ${row.cpu.toFixed(0)} ms), process wall ${wall.toFixed(0)} ms, rss ${(row.rss / 2 ** 20).toFixed(0)} MB`);
  }
  const med = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  console.log(`median of ${runs}: import ${med(rows.map((r) => r.import)).toFixed(0)} ms, first story ${med(rows.map((r) => r.first)).toFixed(0)} ms, process start to first story ${med(rows.map((r) => r.total)).toFixed(0)} ms, CPU ${med(rows.map((r) => r.cpu)).toFixed(0)} ms, rss ${(med(rows.map((r) => r.rss)) / 2 ** 20).toFixed(0)} MB`);
}
