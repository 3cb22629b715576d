// The month "May" inside a date is no modal: words of a time expression are not read as the clause's modality.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const doc = (text: string) => annotate({ id: 't', text, published: '2021-09-14' });

test('"in May" before the verb leaves an agreement factual', () => {
  const d = doc('Norway in May agreed to lend money to Peru.');
  const e = d.events.find((x) => x.type === 'AGREE' || x.type === 'AID' || x.type === 'COOPERATE');
  assert.ok(e, `an event: ${JSON.stringify(d.events.map((x) => x.type))} nonFactual ${JSON.stringify((d.nonFactual ?? []).map((x) => x.type))}`);
});

test('the modal "may" still makes the act hypothetical', () => {
  const d = doc('Norway may agree to lend money to Peru.');
  assert.equal(d.events.length, 0);
  assert.ok((d.nonFactual ?? []).length > 0);
});
