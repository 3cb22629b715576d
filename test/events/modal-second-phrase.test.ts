// "the soldiers could not hold back the crowd and opened fire": a verb phrase after "and" that opens
// on a finite verb of its own is not under the modal or negator of the phrase before; a bare verb
// ("could arrest and detain") or a participle after "be" ("will be beaten and jailed") shares them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const read = (text: string) => {
  const d = annotate({ id: 't', text, published: '2021-06-02' });
  return { done: d.events.map((e) => e.type), notDone: (d.nonFactual ?? []).map((e) => e.type) };
};

test('a finite verb after "and" is out of reach of the modal before it', () => {
  assert.ok(read('the soldiers could not hold back the crowd and opened fire.').done.includes('ASSAULT'));
  assert.ok(read('the soldiers could not hold back the crowd and had to open fire.').done.includes('ASSAULT'));
});

test('a bare verb or a participle after "be" shares the modal', () => {
  assert.ok(!read('the police could arrest and detain the marchers.').done.includes('COERCE'));
  assert.ok(!read('the marchers will be beaten and jailed.').done.some((t) => t === 'ASSAULT' || t === 'COERCE'));
});
