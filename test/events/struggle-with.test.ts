// Struggling or wrestling with a decision, with how to act, in one's relations with a party, or
// for months is difficulty, not a fight (data/events/idioms.json). A struggle with a party named
// as such is left to the lexicon.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const read = (text: string): string[] => {
  const doc = annotate({ id: 't', text, published: '2021-03-03' });
  return [...doc.events, ...(doc.nonFactual ?? [])].map((e) => e.type).filter((t) => t === 'ASSAULT' || t === 'ACCUSE');
};

test('struggling with a decision or with how to act is no fight', () => {
  for (const text of [
    'The Chilean president has struggled in his relations with the Senate.',
    'Peruvian lawmakers are wrestling with how to fund the pension system.',
    'The Chilean senator said she struggled with the decision for weeks.',
    'Peruvian negotiators have been struggling for months over the budget.',
  ]) assert.deepEqual(read(text), [], text);
});
