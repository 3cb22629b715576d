// The "by" agent of a passive: a participle that describes a noun between the passive and "by"
// takes that "by" for its own agent (src/events/participants.ts findByAgent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const agents = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => `${e.type} ${e.actor.map((a) => a.text).join(',')}`);

test('a passive takes the agent its "by" names', () => {
  assert.deepEqual(agents('Six farmers were killed by the army.'), ['ASSAULT army']);
});

test('the agent of a participle that describes a noun is not the passive\'s agent', () => {
  assert.deepEqual(agents('Six farmers were killed during a campaign launched by the governor.'), ['ASSAULT ']);
});

test('after an attack noun, or a second passive joined by "and", the "by" still names the agent', () => {
  assert.deepEqual(agents('Six farmers were killed in a raid carried out by the army.'), ['ASSAULT army']);
  assert.deepEqual(agents('Two guards were killed and four villagers injured by the rebels.').slice(0, 1), ['ASSAULT rebels']);
});

test('violence by a named agent on a person no dictionary knows keeps the victim\'s words, with no code', () => {
  const events = annotate({ id: 't', text: 'A shepherd was shot dead by border guards near the river.', published: '2019-05-05' }).events;
  assert.deepEqual(events.map((e) => [e.type, e.recipient.map((r) => [r.text, r.code])]), [['ASSAULT', [['shepherd', null]]]]);
});
