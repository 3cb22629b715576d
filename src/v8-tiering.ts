// V8 tiering for a long run of stories (issue 16). V8 optimises a function once it has run about
// 66 KB of bytecode; the pipeline's big functions (findElements, adminAreas, findMatches) get there
// within a few stories, before their rarer branches have run, then deoptimise and recompile on each
// new branch or object shape, seven to nine times each in the first 700 stories. Four times that
// budget lets them collect feedback first: the first 700 stories took about 20% less CPU (compiler
// threads included), later ones the same (bench/annotate-cpu.js --passes 2). Sixteen times it
// halves the TurboFan compiles again (1,400 stories: 548 -> 265, deopts 152 -> 43) and cuts V8's
// background-thread CPU by a third (about 1.4 of 4 s), for about 0.6 s more on the main thread,
// where the big functions run unoptimised a little longer. Imported first by pipeline.ts so it is
// set before any stage runs; ENTENTE_V8_BUDGET=0 leaves V8's default.
import { setFlagsFromString } from 'node:v8';

const DEFAULT_BUDGET = 16 * 67584;
const env = process.env['ENTENTE_V8_BUDGET'];
const budget = env === undefined ? DEFAULT_BUDGET : Number(env);
if (Number.isInteger(budget) && budget > 0) setFlagsFromString(`--interrupt-budget=${budget}`);
