// wink-nlp's bare pass over the bench corpus, in a fresh process, under the conditions of
// entente's measured pass in bench/run.ts (step 1) and annotate-cpu.js --as-bench: the same texts
// (the first F of each set), the same start (the first story once, then a warm-up on the first 150
// stories, nothing else), then every story once, measured. wink learns every out-of-vocabulary word
// it reads into its cache (with the garbage that makes), so a pass over words it has already learned,
// as the old bare pass after entente's run in the same process was, is cheaper than the one entente's
// pass pays for. By default it asks what issue 16 calls wink's bare pass, tokens and their POS
// (tokens().out(), its.pos); --text-stage asks what the text stage (src/text/tokenize.ts) asks:
// its.value, its.precedingSpaces, its.pos, its.lemma and the sentences' spans. The scoping of the
// cache per story (`beginStory`, src/text/wink.ts) is entente's own cost and stays out unless --scoped.
// bench/wink-baseline.ts runs it for bench/run.ts and annotate-cpu.js.
//   node dist/bench/wink-pass.js [--fraction 0.5] [--warmup 150] [--text-stage] [--scoped]
// Prints one JSON line: stories, bytes, cpu_s and wall_s of the measured pass.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { repoRoot, sharedDir } from '../eval/paths.js';
import { fullCorpus } from './corpus.js';

const { values } = parseArgs({ options: { fraction: { type: 'string' }, warmup: { type: 'string' }, scoped: { type: 'boolean' }, 'text-stage': { type: 'boolean' } } });
const fraction = Number(values.fraction ?? 0.5);
const warmup = Number(values.warmup ?? 150);
const root = repoRoot();
const inputs = fullCorpus(sharedDir(root), root).flatMap((p) => p.inputs.slice(0, Math.ceil(p.inputs.length * fraction)));
const bytes = inputs.reduce((k, x) => k + Buffer.byteLength(x.text ?? ''), 0);

const { wink, beginStory } = await import('../src/text/wink.js');
const nlp = wink();
const its = nlp.its;
let sink = 0;
const read = (text: string): void => {
  if (values.scoped) beginStory();
  const d = nlp.readDoc(text);
  if (!values['text-stage']) {
    // the bare pass: tokens and their POS
    sink += (d.tokens().out() as string[]).length + (d.tokens().out(its.pos) as string[]).length;
    return;
  }
  // as tokenizeZone asks
  const value = d.tokens().out(its.value) as string[];
  const spaces = d.tokens().out(its.precedingSpaces) as string[];
  const pos = d.tokens().out(its.pos) as string[];
  const lemma = d.tokens().out(its.lemma as never) as unknown as string[];
  const spans = d.sentences().out(its.span) as unknown as [number, number][];
  sink += value.length + spaces.length + pos.length + lemma.length + spans.length;
};

// as entente's process: the first story (start-up), then the warm-up, then the measured pass
if (inputs[0]) read(inputs[0].text ?? '');
for (const input of inputs.slice(0, warmup)) read(input.text ?? '');
const t = performance.now();
const c = process.cpuUsage();
for (const input of inputs) read(input.text ?? '');
const d = process.cpuUsage(c);
const wall = (performance.now() - t) / 1000;
process.stdout.write(`${JSON.stringify({ stories: inputs.length, bytes, cpu_s: (d.user + d.system) / 1e6, wall_s: wall, scoped: values.scoped === true, textStage: values['text-stage'] === true, tokens: sink })}\n`);
