// A signature of the pipeline's output over the bench corpus: sha256 of the JSON of every doc's
// events, actors, mentions, places, times and quotes, in corpus order, plus one of the whole Doc.
// Two builds that print the same signatures code the corpus identically (a check for speed work).
//   node dist/bench/signature.js [--fraction F]
import { createHash } from 'node:crypto';
import { annotate } from '../src/pipeline.js';
import { repoRoot, sharedDir } from '../eval/paths.js';
import { fullCorpus } from './corpus.js';

const arg = process.argv.indexOf('--fraction');
const fraction = arg > 0 ? Number(process.argv[arg + 1]) : 1;
const root = repoRoot();
const parts = fullCorpus(sharedDir(root), root).map((p) => ({ ...p, inputs: p.inputs.slice(0, Math.ceil(p.inputs.length * fraction)) }));
const layers = createHash('sha256');
const whole = createHash('sha256');
let docs = 0;
let events = 0;
for (const p of parts) {
  for (const input of p.inputs) {
    const doc = annotate(input);
    layers.update(JSON.stringify({ id: input.id, events: doc.events, actors: doc.actors, mentions: doc.mentions, places: doc.places, times: doc.times, quotes: doc.quotes }));
    layers.update('\n');
    whole.update(JSON.stringify(doc));
    whole.update('\n');
    docs++;
    events += doc.events?.length ?? 0;
  }
}
console.log(JSON.stringify({ docs, events, layers: layers.digest('hex'), doc: whole.digest('hex') }));
