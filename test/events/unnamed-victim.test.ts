// Violence or a conviction told in the passive, with no agent, suffered by someone no dictionary
// knows: a person's name or a noun for people is kept as the recipient (no code), as for arrests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string): string[] => annotate({ id: 't', text, published: '2019-03-04' }).events
  .map((e) => `${e.type} ${e.recipient.map((r) => r.text).join('+')}`);

test('an unknown victim of a passive act is its recipient', () => {
  assert.deepEqual(events('Last week her brother was shot outside the school.'), ['ASSAULT her brother']);
  assert.deepEqual(events('Kerrigan was convicted of insulting the president.'), ['SANCTION Kerrigan']);
});

test('a place or a thing before the passive is no victim', () => {
  assert.deepEqual(events('The bridge was shot at from the hills.'), []);
});
