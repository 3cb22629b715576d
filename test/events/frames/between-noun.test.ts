// "talks between Kyiv and Moscow": a meeting noun whose sides follow "between".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/pipeline.js';

const consults = (text: string): string[] => annotate({ id: 't', text, published: '2021-03-18' }).events
  .filter((e) => e.type === 'CONSULT').map((e) => `${e.actor.map((a) => a.code).join('+')}>${e.recipient.map((a) => a.code).join('+')}`);

test('between-noun: the first side meets the others, whoever the clause subject is', () => {
  assert.deepEqual(consults('Talks between Chile and Peru ended on Monday without a deal.'), ['CHL>PER']);
  assert.deepEqual(consults('The envoy spoke of progress at the meeting between Chile and Peru in Lima.'), ['CHL>PER']);
});

test('between-noun: a verb\'s object, or one side only, is no meeting', () => {
  assert.deepEqual(consults('The envoy proposed a meeting between Chile and Peru.'), []);
  assert.deepEqual(consults('Talks between the two sides ended on Monday in Peru.'), []);
});
