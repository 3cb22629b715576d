// A poll's result is an opinion, not an act: a share of those asked is no party acting on another.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string) => annotate({ id: 't', text }).events.map((e) => e.type);

test('a share of those polled rejecting or opposing something is no event', () => {
  assert.deepEqual(types('In the survey, 52 percent of Chileans backed the reform and 31 percent opposed it.'), []);
  assert.deepEqual(types('About 40% of Peruvians reject the new constitution, a survey showed.'), []);
});

test('a body that votes or a state that rejects still acts', () => {
  assert.deepEqual(types('A majority of Chilean senators rejected the reform on Tuesday.'), ['REJECT']);
  assert.deepEqual(types('Bolivia rejected the Chilean offer on Tuesday.'), ['REJECT']);
});

test('a share that said it opposed something is still a poll answer', () => {
  assert.deepEqual(types('In the survey, 49 percent who said they opposed the reform outnumbered its backers in Lima.'), []);
});
