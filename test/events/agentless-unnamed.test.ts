// A trigger that never names its agent ("weapons were seized", "a bomb went off") says by itself that
// the act happened: with no party on either side it is still news, its parties left empty, as a
// passive arrest or a counted harm is (issue 15: the seizures and blasts of conflict reports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ id: 't', text, published: '2019-05-02' }).events
  .map((e) => `${e.type}:${e.cameo}:${e.actor.length}/${e.recipient.length}`);

test('a seizure of weapons with no party named is an event', () => {
  assert.deepEqual(events('Police said that pistols and ammunitions were seized during the search.').filter((e) => e.startsWith('COERCE')), ['COERCE:171:0/0']);
});

test('a bomb going off with no party named is an event', () => {
  assert.deepEqual(events('The soldier was standing by the gate when the roadside bomb exploded.').filter((e) => e.startsWith('ASSAULT')), ['ASSAULT:183:0/0']);
});
