// `npm run eval`: score the pipeline on the gold sets in ../shared, one table per set, then the floors.
//   --check          exit 1 when a score is below its floor in eval/floors.json (CI)
//   --update-floors  write the current scores minus 0.01 into eval/floors.json
//   --only a,b       run only the sets whose name contains one of these words (the others: floors not checked)
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkFloors, readFloors, updatedFloors, writeFloors, type Outcome } from './floors.js';
import { repoRoot, sharedDir } from './paths.js';
import { optionalScorers, type ScorerEntry } from './scorers.js';
import { scoresTable } from './table.js';

const secs = (ms: number) => `${(ms / 1000).toFixed(2)}s`;

async function main(): Promise<number> {
  const t0 = performance.now();
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : [];
  const wanted = (name: string) => only.length === 0 || only.some((w) => name.includes(w));
  const root = repoRoot();
  const shared = sharedDir(root);
  if (!shared) {
    console.log('SKIP: ../shared not found, gold sets unavailable');
    return 0;
  }

  // Module loads and the first annotate (model loading) are start-up, kept out of the per-set times.
  const tStart = performance.now();
  const { ploverGsrScorer, petr2Scorer, petrarchUnitTestScorer } = await import('./event-sets.js');
  const { case2021Scorer, indiaPoliceScorer } = await import('./doc-sets.js');
  const { annotate } = await import('../src/pipeline.js');
  annotate({ text: 'The minister met the ambassador in Paris on Monday.', published: '2020-01-01' });
  console.log(`gold: ${shared}\nstart-up (module loads + first annotate): ${secs(performance.now() - tStart)}`);

  const entries: ScorerEntry[] = [ploverGsrScorer, petr2Scorer, petrarchUnitTestScorer, case2021Scorer, indiaPoliceScorer];
  for (const o of await optionalScorers()) {
    if (o.entry) entries.push(o.entry);
    else console.log(`(not run) ${o.absent}`);
  }

  const outcomes = new Map<string, Outcome>();
  for (const entry of entries.filter((e) => wanted(e.name))) {
    const notes: string[] = [];
    const t = performance.now();
    let outcome: Outcome;
    try {
      outcome = { scores: await entry.run(shared, notes) };
    } catch (e) {
      outcome = { error: (e as Error).message };
    }
    outcomes.set(entry.name, outcome);
    console.log(`\n== ${entry.name} (${secs(performance.now() - t)}) ==`);
    console.log('error' in outcome ? `ERROR: ${outcome.error}` : scoresTable(outcome.scores));
    for (const line of notes) console.log(line);
  }

  const floorsFile = join(root, 'eval', 'floors.json');
  const floors = readFloors(floorsFile);
  let code = 0;
  console.log('\n== floors ==');
  if (args.has('--update-floors') && only.length > 0) {
    console.log('--update-floors needs the whole run (no --only)');
    code = 1;
  } else if (args.has('--update-floors')) {
    writeFloors(floorsFile, updatedFloors(outcomes, floors));
    console.log(`wrote ${floorsFile} (current scores - 0.01)`);
  } else {
    const { failures, warnings } = checkFloors(outcomes, floors);
    for (const w of warnings) console.log(`warning: ${w}`);
    for (const f of failures) console.log(`BELOW FLOOR: ${f}`);
    if (failures.length === 0) console.log('all scores at or above their floors');
    if (failures.length > 0 && args.has('--check')) code = 1;
  }
  console.log(`\ntotal runtime: ${secs(performance.now() - t0)}`);
  return code;
}

process.exitCode = await main();
