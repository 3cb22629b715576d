// The quicker loader of wink's English core model (src/text/wink-model.ts) gives the package's model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
