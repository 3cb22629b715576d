// "X said ... '...,' he said": a pronoun speaker after a multi-sentence quote continues the speaker
// named before, unless another person was named in between (sentences written for this test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const speakers = (text: string) => (annotate({ id: 't', text, published: '2021-04-02' }).quotes ?? []).filter((q) => q.kind === 'direct').map((q) => q.speaker?.text ?? null);

test('"he said" after a quote that spans sentences is the speaker quoted before', () => {
  const text = 'Angela Merkel said on Tuesday: "We will keep talking. The door stays open." Reporters asked about the budget. "We need more time. Nothing is settled yet," she said.';
  assert.deepEqual(speakers(text), ['Angela Merkel', 'Angela Merkel']);
});

test('a person named between the two quotes leaves the pronoun unresolved', () => {
  const text = 'Angela Merkel said on Tuesday: "We will keep talking. The door stays open." Her spokeswoman Ulrike Demmer met the press later. "We need more time. Nothing is settled yet," she said.';
  assert.deepEqual(speakers(text), ['Angela Merkel', null]);
});
