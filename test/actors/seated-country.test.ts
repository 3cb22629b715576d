// Legislators sit at home: when their sentence names no country, a country mentioned nearby gives
// way to the one the article names most ("Members of Congress" after a sentence on Mexico in a US
// story). With no focus beyond one sentence, the nearest mention still decides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOf } from './helpers.js';

test('lawmakers take the article\'s country over a passing mention in the sentence before', () => {
  const text = 'Kenya will vote on a new budget in March. Kenyan farmers want lower taxes on fuel. '
    + 'The plan would also cut duties on maize from Uganda. Lawmakers criticised the plan on Tuesday.';
  assert.equal(codeOf(text, 'Lawmakers'), 'KEN');
});

test('with no focus beyond their own sentence, the nearest mention still decides', () => {
  const text = 'The plan would cut duties on maize from Uganda. Lawmakers criticised the plan on Tuesday.';
  assert.equal(codeOf(text, 'Lawmakers'), 'UGA');
});
