// Meeting a challenge, a need or a target reaches or copes with it; no party is met, not even one
// that is denied ("could not meet the challenges"): data/events/idioms.json. Meeting a leader still is a meeting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const read = (text: string): string[] => {
  const doc = annotate({ id: 't', text, published: '2021-03-03' });
  return [...doc.events, ...(doc.nonFactual ?? [])].map((e) => e.type);
};

test('meeting a challenge or a need is no meeting', () => {
  assert.deepEqual(read('The Peruvian government could not meet the challenges of the drought.'), []);
  assert.deepEqual(read('Chilean town councils can’t meet the needs of their growing communities.'), []);
});

test('meeting a leader still is', () => {
  assert.deepEqual(read('The Peruvian president met the Chilean foreign minister in Lima on Monday.'), ['CONSULT']);
});
