// Issue 15, "wrong parties": the object of a second verb phrase ("rejected the offer and then
// thanked X") is not the recipient of the first verb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => `${e.type} ${e.actor.map((a) => a.code).join(',')} -> ${e.recipient.map((r) => `${r.code}-${r.sector}`).join(',')}`);

test('past the first verb\'s object, "and" before a verb opens a verb phrase of its own', () => {
  // the refusal names no target: the implied home government (PLOVER convention), not Bolivia
  assert.deepEqual(events('The Chilean minister rejected the offer and then thanked the Bolivian president.'), ['REJECT CHL -> CHL-GOV', 'SUPPORT CHL -> BOL-GOV']);
});

test('two verbs sharing one object keep it', () => {
  assert.deepEqual(events('Chilean police arrested and beat the Bolivian ambassador.'), ['COERCE CHL -> BOL-GOV', 'ASSAULT CHL -> BOL-GOV']);
});

// A party after "and", "but" or a comma that has a verb of its own is the next clause's subject,
// not the object of the verb before (data/events/word-classes.json clauseJoins).
const parties = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => `${e.type} ${e.actor.map((a) => a.text).join(',')} -> ${e.recipient.map((r) => r.text).join(',')}`);

test('the subject of a clause joined by "and" after a determiner is no recipient of the clause before', () => {
  assert.deepEqual(parties('Militants attacked the checkpoint and the army shelled their camp.'), ['ASSAULT Militants -> ', 'ASSAULT army -> ']);
});

test('a clause after a comma whose subject has its own verb is no recipient of the clause before', () => {
  assert.deepEqual(parties('Although the workers protested against the closure, the mayor ignored them.').slice(0, 1), ['PROTEST workers -> ']);
});

test('a comma, a subject pronoun and a verb open a clause of its own: its parties are not the first verb\'s recipient', () => {
  assert.deepEqual(events('As the Chilean army withdrew, it dug in to avoid the Bolivian jets.'), ['RETREAT CHL -> ']);
});

test('a party after "and" with a verb of its own past an adverb is the next clause\'s subject', () => {
  assert.deepEqual(events('The Chilean minister denies the charges, and the Bolivian president formally thanked him.')[0], 'REJECT CHL -> CHL-GOV');
});
