// "the arrest of X", "those arrested": an event noun that names who underwent it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../../src/pipeline.js';

const arrests = (text: string) => annotate({ id: 'p', text, published: '2021-03-04' }).events
  .filter((e) => e.type === 'COERCE' && e.mode === 'arrest')
  .map((e) => ({ actor: e.actor.map((a) => a.text), recipient: e.recipient.map((r) => r.text) }));

test('patient-noun: the "of" phrase is who was held; "by" names who held them', () => {
  assert.deepEqual(arrests('The standoff ended with the arrest of the union leader Ravi Kumar in Pune.').map((e) => e.actor), [[]]);
  assert.equal(arrests('The standoff ended with the arrest of the union leader Ravi Kumar in Pune.')[0]?.recipient.length, 1);
  const by = arrests('Residents protested against the arrests of six farmers by the district police on Friday.');
  assert.deepEqual(by.map((e) => [e.actor.length, e.recipient]), [[1, ['farmers']]]);
  assert.match(by[0]!.actor[0]!, /police/);
});

test('patient-noun: a participle with its noun or pronoun', () => {
  assert.deepEqual(arrests('The detained students were taken to a police station in the east of the city.').map((e) => e.recipient), [['students']]);
  // (a sentence with no party, place or passive in it is not read at all: events/index.ts)
  assert.deepEqual(arrests('Those arrested in Pune included two local councillors.').map((e) => e.recipient), [['Those']]);
});

test('patient-noun: a noun naming no party is no event; a verb stays a verb', () => {
  assert.deepEqual(arrests('The arrests followed a week of unrest in the capital.'), []);
  assert.deepEqual(arrests('An arrest would inflame the dispute further.'), []);
  const verb = arrests('Police arrest five men after a clash in the old town.');
  assert.equal(verb.length, 1);
  assert.match(verb[0]!.actor[0]!, /Police/);
});
