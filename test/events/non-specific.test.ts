// Issue 15, "non-events coded" ("any talks would require" became talks): an event noun under a
// non-specific determiner (data/events/cues.json nonSpecificDeterminers) names a kind of act, not
// one that took place; it is kept as hypothetical and not counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const read = (text: string) => annotate({ id: 't', text, published: '2019-05-05' });

test('"any talks with" is no meeting', () => {
  const doc = read("Brazil's president believes any talks with Venezuela would take months to arrange.");
  assert.deepEqual(doc.events.map((e) => e.type), []);
  assert.deepEqual((doc.nonFactual ?? []).map((e) => [e.type, e.modality.hypothetical]), [['CONSULT', true]]);
});

test('talks that were held stay an event', () => {
  assert.deepEqual(read("Brazil's president held talks with Venezuela on Friday.").events.map((e) => e.type), ['CONSULT']);
});

test('an event noun that is the subject of a modal is hypothetical: "US airstrikes in Iraq would be ..."', () => {
  const doc = read('US airstrikes in Iraq would be more effective than a ground war.');
  assert.deepEqual(doc.events.map((e) => e.type), []);
  assert.deepEqual((doc.nonFactual ?? []).map((e) => e.type), ['ASSAULT']);
});

test('a modal of another clause leaves the noun factual', () => {
  assert.deepEqual(read('A US strike on Syria killed 12 soldiers on Friday, and aid groups said more would die.').events.map((e) => e.type), ['ASSAULT']);
});
