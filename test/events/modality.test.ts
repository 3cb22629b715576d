// Modality read from the words before a trigger: a modal makes a possibility, except where it
// introduces a perception ("could be seen patrolling" reports what was seen).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const facts = (text: string) => annotate({ id: 't', text }).events.map((e) => e.type);

test('"could be seen" + participle is a fact; "could" + verb is a possibility', () => {
  assert.deepEqual(facts('Policemen could be seen patrolling several roads in Pune.'), ['MOBILIZE']);
  assert.deepEqual(facts('Police could patrol the roads of Pune.'), []);
});

test('a curfew clamped is a curfew imposed, in the passive too', () => {
  const e = annotate({ id: 't', text: 'An indefinite curfew has been clamped in parts of Ahmedabad.' }).events[0];
  assert.equal(`${e?.type} ${e?.mode}`, 'COERCE curfew');
});

test('what a directive asks for is not a fact, with a date or adverb before its "that"', () => {
  const types = annotate({ id: 't', text: 'The ILO repeated its demand on Monday that Israel ease restrictions on Palestinian workers.', published: '2021-03-18' }).events.map((e) => e.type);
  assert.ok(!types.includes('CONCEDE'), types.join(','));
});
