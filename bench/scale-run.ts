// The bench's scaling step alone (step 5 of run.ts), quicker than the whole bench:
//   node dist/bench/scale-run.js [--fraction 0.5] [--rounds 1] [--backend sqlite|postgres]
// Each round runs 1 then 2 workers per backend, each in a fresh process, and prints its figures;
// with several rounds, compare the rounds' figures rather than one (the machine is shared).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, sharedDir } from '../eval/paths.js';
import { fullCorpus } from './corpus.js';
import { longerHalf, measureScale, scaleFigures, scaleLines, type ScaleRun } from './scale.js';

const { values } = parseArgs({ options: { fraction: { type: 'string' }, rounds: { type: 'string' }, backend: { type: 'string' } } });
const fraction = Math.min(1, Math.max(0.01, Number(values.fraction ?? 0.5)));
const root = repoRoot();
const inputs = fullCorpus(sharedDir(root), root).flatMap((p) => p.inputs.slice(0, Math.ceil(p.inputs.length * fraction)));
const stories = longerHalf(inputs);
const backends = (values.backend ? [values.backend] : ['sqlite', 'postgres']) as ScaleRun['backend'][];
const dir = mkdtempSync(join(tmpdir(), 'entente-scale-'));
try {
  for (let round = 1; round <= Number(values.rounds ?? 1); round++) {
    const load = loadavg()[0]!.toFixed(1);
    const runs = await measureScale(join(root, 'dist', 'bench', 'ingest-run.js'), dir, stories, backends);
    console.log(`round ${round} (load ${load} at start), ${scaleLines(scaleFigures(runs))}`);
    console.log(JSON.stringify(runs));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
