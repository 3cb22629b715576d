// ", and" after a party that is the object of a preposition opens a clause with a subject of its own:
// that party is not coordinated into the next clause's subject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const parties = (text: string) => annotate({ id: 't', text, published: '2021-03-14' }).events
  .map((e) => `${e.type} ${e.actor.map((a) => a.text).join(',')}`);

test('the object of a preposition before ", and" is not the next clause\'s subject', () => {
  assert.deepEqual(parties('Peru accused Bolivia of selling rifles to the FARC, and Bolivia rejected the charge.'), ['ACCUSE Peru', 'REJECT Bolivia']);
});

test('a list of subjects is still one subject', () => {
  assert.deepEqual(parties('Chile, Peru, and Bolivia rejected the plan.'), ['REJECT Chile,Peru,Bolivia']);
});
