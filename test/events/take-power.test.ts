// Taking power is a coup only when an armed force takes it; a leader who took power took office.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string): string[] => annotate({ id: 't', text, published: '2019-03-04' }).events.map((e) => e.type);

test('a leader taking power is no assault', () => {
  assert.deepEqual(types('Exports to Chile have doubled since Macron took power.'), []);
});

test('an army taking power is still violence', () => {
  assert.deepEqual(types('The army took power in Niger on Wednesday.'), ['ASSAULT']);
});
