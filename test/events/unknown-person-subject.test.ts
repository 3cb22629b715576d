// A person's name no dictionary knows, standing as the subject of its verb, is the actor with its
// words and no code (PLOVER keeps such a party for the analyst to code), instead of the event being
// dropped for want of an actor. Organisations' unknown names and storms named like people are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ id: 't', text, published: '2021-03-04' }).events
  .map((e) => `${e.type} ${e.actor.map((a) => `${a.code ?? '-'}:${a.text}`).join('|')} > ${e.recipient.map((r) => r.code ?? '-').join('|')}`);

test('an unknown person as subject acts, uncoded', () => {
  assert.deepEqual(events('Orla Brennick accused Norway of hiding the report.'), ['ACCUSE -:Orla Brennick > NOR']);
  assert.deepEqual(events('Brennick has repeatedly criticised the Norwegian government.'), ['ACCUSE -:Brennick > NOR']);
});

test('a name set off by commas before the verb is the subject phrase\'s person', () => {
  assert.deepEqual(events('The director of the agency, Orla Brennick, has accused Norway of lying.'), ['ACCUSE -:Orla Brennick > NOR']);
});

test('an unknown organisation or a storm with a name is not made an actor', () => {
  assert.deepEqual(events('Velcor Mining accused Norway of hiding the report.'), []);
  assert.deepEqual(events('Hurricane Delphine slammed into the coast of Norway.'), []);
});
