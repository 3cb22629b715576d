// The quicker loader of wink's English core model (src/text/wink-model.ts) gives the package's model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishModel, readCoreModel } from '../../src/text/wink-model.js';

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('wink-eng-lite-web-model'));

test('the core model read without the copy equals the package\'s own', () => {
  const theirs = (require(join(dist, 'load-core-model.js')) as () => unknown)();
  assert.deepStrictEqual(readCoreModel(), theirs);
  assert.notEqual(readCoreModel(), readCoreModel(), 'each call gives its own copy, as the package\'s');
});

test('the model has the package\'s parts', () => {
  const theirs = require('wink-eng-lite-web-model') as Record<string, unknown>;
  const ours = englishModel as unknown as Record<string, unknown>;
  assert.deepEqual(Object.keys(ours).sort(), Object.keys(theirs).sort());
  for (const k of Object.keys(theirs)) if (k !== 'core' && k !== 'addons' && k !== 'featureFn') assert.equal(ours[k], theirs[k], k);
  assert.deepEqual(Object.keys(ours['addons'] as object).sort(), Object.keys(theirs['addons'] as object).sort());
});

/** Runs `code` (an ES module) in a fresh node process from dist/test/text and returns its last output line, parsed. */
function inChild(code: string): unknown {
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: dirname(fileURLToPath(import.meta.url)), encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as unknown;
}

const SAMPLE = 'Police in Lagos said on Friday they had arrested 12 people after clashes, but did not name them. Talks resume next week.';

test('the pipeline\'s wink loads no model file of an annotation it does not run', () => {
  const files = inChild(`
    import { createRequire } from 'node:module';
    const { wink } = await import(${JSON.stringify(new URL('../../src/text/wink.js', import.meta.url).href)});
    wink().readDoc(${JSON.stringify(SAMPLE)}).tokens().out();
    console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache).map((f) => f.split('/').pop())));
  `) as string[];
  assert.ok(files.includes('eng-core-web-model.json') || files.includes('eng-pos-model.json'), 'the child read wink\'s model');
  for (const f of ['eng-ner-model.json', 'eng-sa-model.json', 'eng-negation-model.json']) assert.ok(!files.includes(f), `${f} was loaded`);
});

test('wink with the pipe\'s model reads text as with the whole English model', () => {
  // one wink instance per process (wink.ts), so each model in a process of its own
  const read = (model: string): unknown => inChild(`
    import winkNLP from 'wink-nlp';
    const m = await import(${JSON.stringify(new URL('../../src/text/wink-model.js', import.meta.url).href)});
    const nlp = winkNLP(${model}, ['sbd', 'pos']);
    const its = nlp.its;
    const doc = nlp.readDoc(${JSON.stringify(`${SAMPLE} ${SAMPLE.toUpperCase()}`)});
    console.log(JSON.stringify([doc.tokens().out(), doc.tokens().out(its.pos), doc.tokens().out(its.lemma), doc.sentences().out()]));
  `);
  assert.deepEqual(read(`m.modelForPipe(['sbd', 'pos'])`), read('m.englishModel'));
});
