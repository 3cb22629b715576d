// wink's English model (wink-eng-lite-web-model) with a quicker loader for its core part. The
// package's loader deep-copies its 2.9 MB core JSON through JSON.stringify and JSON.parse (the
// package keeps the parsed original for the next instance) and decodes two base64 arrays a
// character at a time: about 85 ms of every process's and worker's start-up. This one parses the
// file itself, so the copy is its own, and decodes with Buffer. It gives the same model
// (test/text/wink-model.test.ts compares them); for any other package version than the one that
// test checked, the package's own model is used.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Model } from 'wink-eng-lite-web-model';

/** The package version this loader was checked against. */
const CHECKED_VERSION = '1.8.1';

const require = createRequire(import.meta.url);
const DIST = dirname(require.resolve('wink-eng-lite-web-model'));

interface Feature { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

function u32(base64: string | Uint32Array): Uint32Array {
  if (typeof base64 !== 'string') throw new Error('wink model: expected base64 text');
  const bytes = Buffer.from(base64, 'base64');
  const out = new Uint32Array(bytes.length / 4); // a fresh, aligned buffer (Buffer's may be a pooled slice)
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** The package's read-core-model.js and load-core-model.js, less the copy. */
export function readCoreModel(): CoreModel {
  const model = JSON.parse(readFileSync(join(DIST, 'languages', 'cur', 'models', 'eng-core-web-model.json'), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  const feature = (f: string): Feature => {
    const x = features[f];
    if (!x) throw new Error(`wink model: no feature ${f}`);
    return x;
  };
  model.lexicon = u32(model.lexicon);
  model.xpansions = u32(model.xpansions);
  const hashOf = (list: readonly string[]): Record<string, number> => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) feature(f).hash = hashOf(feature(f).list);
  const lexeme = feature('lexeme');
  lexeme.hash = hashOf(lexeme.list);
  const clusters = feature('posClusters').list as unknown as (string | Set<number>)[];
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const x = feature(f);
      x.intrinsicSize = x.list.length;
      x.index = x.list.length;
      x.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/** The model as the package's dist/model.js builds it, with readCoreModel as its core. */
function quickModel(): Model {
  const part = (file: string): unknown => require(join(DIST, file));
  const addons = Object.create(null) as Model['addons'];
  addons.stem = part('porter-stemmer.js');
  addons.lemmatize = part('lemmatize.js');
  addons.readabilityStats = part('readability-stats.js');
  addons.wordVectors = undefined;
  const model = Object.create(null) as Model;
  Object.assign(model, {
    core: readCoreModel,
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    metaCER: part('load-cer-meta-model.js'),
    featureFn: part('feature.js'),
    addons,
  });
  // Required when first read (each requires its model file): the pipeline's wink runs none of them
  // (modelForPipe), and the three files are 0.6 MB of JSON.
  for (const [name, file] of [['ner', 'load-ner-model.js'], ['negation', 'load-negation-model.js'], ['sa', 'load-sa-model.js']] as const) {
    Object.defineProperty(model, name, { enumerable: true, configurable: true, get: () => part(file) });
  }
  return model;
}

const { version } = require('wink-eng-lite-web-model/package.json') as { version: string };

/** The English model for winkNLP. */
export const englishModel: Model = version === CHECKED_VERSION ? quickModel() : (require('wink-eng-lite-web-model') as Model);

/** wink's annotations that have an automaton of their own in the model, and the model part that loads it. */
const AUTOMATON_PARTS = [['ner', 'ner'], ['negation', 'negation'], ['sentiment', 'sa']] as const;

/** wink's own empty machine (automaton.js emptyModelJSON): no states past the start, recognises nothing. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/**
 * The English model for a wink instance that runs only the annotations of `pipe`: wink loads and
 * compiles the automata of every annotation the model has, whatever the pipe, and the named-entity,
 * negation and sentiment ones are about 40 CPU-ms of start-up (issue 16). A part the pipe does not
 * name is loaded as an empty machine; wink never runs it (readDoc runs only the pipe's annotations).
 */
export function modelForPipe(pipe: readonly string[]): Model {
  const whole = englishModel as unknown as Record<string, unknown>;
  const model = Object.create(null) as Record<string, unknown>;
  for (const name of ['core', 'sbd', 'pos', 'metaCER', 'featureFn', 'addons']) model[name] = whole[name];
  for (const [annotation, part] of AUTOMATON_PARTS) {
    model[part] = pipe.includes(annotation) ? whole[part] : () => ({ machines: [EMPTY_MACHINE], transformers: [], setter: () => undefined });
  }
  return model as unknown as Model;
}
