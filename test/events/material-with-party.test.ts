// A converted CAMEO fight pattern ending on "with" ("- * WITH [190] # BATTLE, CLASH") needs a party
// after "with": grappling with a problem or wrestling with a question is no fight.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string): string[] => annotate({ id: 't', text, published: '2019-03-04' }).events.map((e) => e.type);

test('struggling or grappling with a problem is no assault', () => {
  assert.ok(!types('Lawmakers in Ohio are wrestling with how to pay for the bridge.').includes('ASSAULT'));
  assert.ok(!types('City councils in Texas are grappling with complaints of noise.').includes('ASSAULT'));
});

test('grappling with the police is still a fight', () => {
  assert.deepEqual(types('Protesters in Lima grappled with police outside the ministry.'), ['PROTEST']);
});
