// Issue 15, "wrong parties": the recipient is who is acted on or addressed, not what the act is
// about. What is discussed is a topic; who it is discussed with is the party met.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => `${e.type} ${e.actor.map((a) => a.code).join(',')} -> ${e.recipient.map((r) => r.code).join(',')}`);

test('what is discussed is the topic, not the recipient (verbs.json recipientPreps)', () => {
  assert.deepEqual(events('The presidents of Chile and Peru discussed Bolivia on Monday.'), ['CONSULT CHL,PER -> ']);
  assert.deepEqual(events("The Chilean foreign minister discussed Bolivia's claim to the sea with the Peruvian president."), ['CONSULT CHL -> PER']);
  // a participle may stand between "with" and the party
  assert.deepEqual(events('The Chilean president discussed the budget with leading Peruvian ministers.'), ['CONSULT CHL -> PER']);
});
