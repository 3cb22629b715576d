// What a directive asks of its object is not done: "demanded that X resign" and, without "that",
// "demanded X step down" / "urged the junta hand over power" are kept as non-factual, not counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const read = (text: string) => annotate({ id: 't', text, published: '2019-05-05' });

test('"demanded Maduro step down": the demand is the event, the resignation is not', () => {
  const doc = read('Colombia has repeatedly demanded Maduro step down.');
  assert.deepEqual(doc.events.map((e) => e.type), ['REQUEST']);
  assert.deepEqual((doc.nonFactual ?? []).map((e) => e.type), ['RETREAT']);
});

test('a directive with an object and no verb after it keeps its own event', () => {
  assert.deepEqual(read('Peru ordered an inquiry into the shooting in Lima.').events.map((e) => e.type), ['ACCUSE']);
});
