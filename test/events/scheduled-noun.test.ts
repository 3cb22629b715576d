// An event told by its noun and said to be scheduled has not happened yet: it reads as "will ..." does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const first = (text: string) => annotate({ id: 't', text, published: '2023-03-01' }).events[0];

test('a visit that is scheduled is an intention to come, not a visit made', () => {
  const e = first('The Kenyan president\'s visit to Uganda is scheduled for next month.');
  assert.ok(e, 'an event');
  assert.equal(e.type, 'AGREE');
  assert.equal(e.modality.future, true);
});

test('a visit that took place stays a visit; "expected to" tells of what the event brings', () => {
  assert.equal(first('The Kenyan president\'s visit to Uganda was a success.')?.type, 'CONSULT');
  assert.equal(first('The arrest of the Kenyan opposition leader is expected to spark protests.')?.modality.future, false);
});
