// A pattern's gap does not cross a "that" which opens a clause (data/events/word-classes.json
// thatClauseStarts): the clause's words are not the verb's object, so "noted that the troops ..."
// is no "~add|note * troops". A "that" pointing at a noun ("repeal that law") still lies in the gap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const triggers = (text: string) => {
  const doc = annotate({ text, published: '2021-06-14' });
  return [...doc.events, ...(doc.nonFactual ?? [])].map((e) => text.slice(e.trigger.start, e.trigger.end));
};

test('a clause opened by "that" is not read into a gap', () => {
  assert.deepEqual(triggers('The minister added that the Canadian troops in Mali were doing good work.'), []);
  assert.deepEqual(triggers('The envoy suggested that if their talks collapse, many families will leave the city.'), []);
});

test('a "that" before its noun still lies in the gap', () => {
  assert.ok(triggers('Parliament voted to repeal that law on Tuesday.').some((t) => /repeal that law/.test(t)));
});
