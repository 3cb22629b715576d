// "X, which ..., said it would ...": the relative clause describes the speaker; a party named inside
// it is not who speaks, so not who the pronoun "it" stands for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const actors = (text: string) => annotate({ id: 't', text, published: '2021-03-14' }).events
  .map((e) => `${e.type} ${e.actor.map((a) => a.text).join(',')}`);

test('the speaker before a relative clause is who "it" stands for', () => {
  assert.deepEqual(actors('Portugal, which currently holds the presidency, said it would send aid to Mozambique.'), ['AGREE Portugal']);
});
