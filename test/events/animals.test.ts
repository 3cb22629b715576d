// Harm to or by animals, and harm from a disease, is no event between parties (word-classes.json animals, naturalCauses).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string) => annotate({ id: 't', text, published: '2009-05-05' }).events.map((e) => e.type);

test('culled birds, swans found dead and shot strays are no assault', () => {
  assert.deepEqual(types('Thousands of infected birds have been slaughtered in Chile.'), []);
  assert.deepEqual(types('Three swans were found dead in a pond near Valparaiso.'), []);
  assert.deepEqual(types('Chilean police shot two stray dogs in Santiago.'), []);
});

test('a named strain that kills is a disease, not a party', () => {
  assert.deepEqual(types('H5N1 has killed two more Peruvian women this week.'), []);
});

test('people shot or killed by troops are still an assault', () => {
  assert.deepEqual(types('Chilean police shot two protesters in Santiago.'), ['ASSAULT']);
  assert.deepEqual(types('Peruvian soldiers killed 12 villagers near the border.'), ['ASSAULT']);
});

test('a list of verbs shares its object: slaughtering, burning and burying pigs is no assault', () => {
  assert.deepEqual(types('Peru\'s farm ministry began slaughtering, burning and burying about 4,000 pigs at a farm near Lima on Monday.'), []);
});
