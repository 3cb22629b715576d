// V8 tiering for a long run of stories (issue 16), and pretenuring (below). V8 optimises a function once it has run about
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

// Allocation-site pretenuring off (issue 16). Every Doc keeps its tokens (and the actors stage its
// match units) until the story is done, so they outlive a scavenge or two, and V8 then pretenures
// those allocation sites: each token and unit is made in old space, where storing its young
// strings costs a write barrier's slow path per field. In a CPU profile over the bench corpus the
// two object literals (text/tokenize.ts tokens.push, actors/trie.ts units.push) took 3% of the
// time with pretenuring and 0.3% without, and the garbage collector less too; a story's objects
// die with it, so young allocation is what they want. ENTENTE_V8_PRETENURE=1 leaves V8's default.
if (process.env['ENTENTE_V8_PRETENURE'] !== '1') setFlagsFromString('--no-allocation-site-pretenuring');
