// A reporting verb's past form that the tagger reads as an adjective ("alleged" before "that") is
// still the verb when its "that" clause follows and no "be" stands before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const doc = (text: string) => annotate({ id: 't', text, published: '2020-02-03' });

test('"Chile\'s statement alleged that Peru ..." is Chile\'s accusation of Peru', () => {
  const e = doc("Chile's statement alleged that Peru was aware of the smuggling.").events.find((x) => x.type === 'ACCUSE');
  assert.ok(e, 'an ACCUSE');
  assert.deepEqual(e.actor.map((a) => a.code), ['CHL']);
  assert.deepEqual(e.recipient.map((a) => a.code), ['PER']);
});

test('an adjective after "be" with a that-clause stays an adjective', () => {
  assert.equal(doc('Chile was alarmed that Peru was aware of the smuggling.').events.length, 0);
});
