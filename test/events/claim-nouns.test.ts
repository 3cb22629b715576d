// Issue 15, "extra events": what a claim, report or rumour says (data/events/cues.json claimNouns,
// a noun before "that") is only alleged: kept as non-factual, not counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => e.type);

test('an act inside "claims that" or "amid reports that" is not coded as done', () => {
  assert.deepEqual(types('Syria dismissed claims that its army had shelled the Turkish border post.'), ['REJECT']);
  assert.deepEqual(types('Markets fell amid reports that Chinese troops had attacked an Indian patrol.'), []);
});

test('a reporting verb, and an object relative, are not claim nouns', () => {
  assert.deepEqual(types('Reuters reports that Chinese troops attacked an Indian patrol.'), ['ASSAULT']);
  assert.deepEqual(types('The minister resigned over charges that Turkey denied.'), ['RETREAT', 'REJECT']);
});
