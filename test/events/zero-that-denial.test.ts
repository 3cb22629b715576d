// A denied clause without "that" ("The ministry denied its soldiers had shelled the village") is not
// coded as done, as with "that"; a clause joined by "and" after a denial is its own ("He denied the
// charges and police arrested him": the arrest stands).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const PUB = '2022-02-14';
const types = (text: string) => annotate({ text, published: PUB }).events.map((e) => e.type);

test('what is denied without "that" is not coded as done', () => {
  assert.ok(!types('The ministry denied its soldiers had shelled the village.').includes('ASSAULT'));
  assert.ok(!types('The rebels deny they detained the two aid workers.').includes('COERCE'));
  const doc = annotate({ text: 'The ministry denied its soldiers had shelled the village.', published: PUB });
  assert.ok((doc.nonFactual ?? []).some((e) => e.type === 'ASSAULT' && e.modality.negated));
});

test('a clause after "and" is not the denial\'s', () => {
  assert.ok(types('He denied the charges and police arrested him on the spot.').includes('COERCE'));
});
