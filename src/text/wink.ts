// One wink-nlp instance per process: its model mutates module state on every
// instantiation (see notes/ts-nlp-bench.md), so never call winkNLP twice.
//
// wink-nlp also remembers every out-of-vocabulary word it has read, and its tokenizer
// consults that memory: once "party’s" has been seen whole in one story, "party’s" in
// a later story is no longer split into "party" + "’s". Tokens (and all that follows
// from them) would then depend on which stories a process read before. `storyScope`
// makes the remembered words invisible to the tokenizer until the current story has
// added them itself, so a story is tokenized exactly as in a fresh process, while the
// words stay cached (their index and features are reused, so memory does not grow
// with repeats). test/text/determinism.test.ts guards this.
import winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';
import { modelForPipe } from './wink-model.js';
import { at } from '../at.js';
import { lowerCase } from '../chars.js';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

/** The part of wink-nlp's internal cache that the scope wraps (wink-nlp 2.x, src/cache.js). */
interface WinkCache {
  add(text: string, category: number): number;
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
}

/** Lower-cased and original forms of the out-of-vocabulary words added in the current story. */
const seenInStory = new Set<string>();
/** The word the feature hook last noted in seenInStory (cleared with it). */
let lastNoted: string | null = null;
let cachePatched = false;

function patchCache(cache: WinkCache): void {
  if (cachePatched) return;
  cachePatched = true;
  const intrinsic = cache.intrinsicSize();
  const add = cache.add.bind(cache);
  const lookup = cache.lookup.bind(cache);
  cache.add = (text, category) => {
    // The tokenizer adds every piece it cuts off ("said," gives "said" and ","), mostly words of
    // wink's own vocabulary, which lookup never hides: only a word beyond it is noted, and the
    // lower case that add() enters beside a capitalised word.
    const index = add(text, category);
    if (index >= intrinsic) seenInStory.add(text);
    const lower = text.toLowerCase();
    if (lower !== text) seenInStory.add(lower);
    return index;
  };
  cache.lookup = (text) => {
    const found = lookup(text);
    if (found === null || found.length !== 1 || at(found, 0) < intrinsic) return found;
    return seenInStory.has(text) ? found : null;
  };
}

type FeatureFn = (config: unknown, ...rest: unknown[]) => Record<string, (text: string, category: number, cache: WinkCache) => unknown>;

/** wink-nlp hands its cache to the model's feature functions; that is the one place to reach it. */
function withCacheHook(m: typeof model): typeof model {
  const holder = m as unknown as { featureFn: FeatureFn };
  const original = holder.featureFn;
  holder.featureFn = (config, ...rest) => {
    const features = original(config, ...rest);
    for (const name of Object.keys(features)) {
      const fn = features[name]!;
      features[name] = (text, category, cache) => {
        // Called for each word new to the cache (the very first one before the wrapper
        // exists), so it is counted as seen in this story here too.
        if (!cachePatched && cache) patchCache(cache);
        // add() computes a word's features one after another (the model's pos feature looks the
        // lower case up through the wrapped lookup meanwhile): noted once per word, not once per
        // feature (issue 16)
        if (text !== lastNoted) {
          lastNoted = text;
          seenInStory.add(text);
          seenInStory.add(text.toLowerCase());
        }
        return fn(text, category, cache);
      };
    }
    return features;
  };
  return m;
}

/** The annotations the pipeline asks of wink. */
const PIPE = ['sbd', 'pos'] as const;

export function wink(): Nlp {
  instance ??= winkNLP(withCacheHook(modelForPipe(PIPE)), [...PIPE]);
  return instance;
}

let vocab: { isOOV(w: string): boolean } | null = null;
/** In wink's English vocabulary: a common word, not a name (the vocabulary holds few proper names). */
export function inVocabulary(w: string): boolean {
  vocab ??= wink().readDoc('') as unknown as { isOOV(w: string): boolean };
  // most words asked are lower case already (token norms): no copy of them
  return !vocab.isOOV(lowerCase(w));
}

/** Start a new story: words remembered from earlier stories are hidden from the tokenizer again. */
export function beginStory(): void {
  seenInStory.clear();
  lastNoted = null;
}
