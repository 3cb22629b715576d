// Issue 15, "extra events": a modal before its subject opens a condition, as "if" does
// (data/events/cues.json invertedConditionals): what follows is hypothetical, not counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => e.type);

test('"should they" opens a condition', () => {
  assert.deepEqual(types('Officials drafted a position paper should they open negotiations with Qatar.'), []);
});

test('a modal after its subject is no condition', () => {
  assert.deepEqual(types('Germany said Iran should halt its missile tests.'), ['REQUEST']);
});
