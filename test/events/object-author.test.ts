// "rejected a proposal by X": "by" after the head noun of a verbal act's object names that noun's
// author, who is answered: the recipient (not a passive's agent, which the search passes over).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const parties = (text: string) => annotate({ id: 't', text, published: '2021-03-14' }).events
  .map((e) => `${e.type} ${e.actor.map((a) => a.text).join(',')} -> ${e.recipient.map((r) => r.text).join(',')}`);

test('the author of the object noun is the recipient', () => {
  assert.deepEqual(parties('Uganda turned down an offer by Tanzania to build the railway.').map((p) => p.split(' -> ')[1]), ['Tanzania']);
  assert.deepEqual(parties('Norway welcomed the pledge by Colombia to protect the forest.'), ['SUPPORT Norway -> Colombia']);
});

test('a participle\'s agent and a noun further on are not the object\'s author', () => {
  assert.notDeepEqual(parties('Uganda turned down a plan drafted by Tanzania.').map((p) => p.split(' -> ')[1]), ['Tanzania']);
  assert.notDeepEqual(parties('Kenya urged Somalia to resist pressure by Ethiopia.').map((p) => p.split(' -> ')[1]), ['Ethiopia']);
});

test('"rebuffed" is a rejection, and its object\'s author the one rejected', () => {
  assert.deepEqual(parties('Uganda rebuffed a request by Tanzania to reopen the border.'), ['REJECT Uganda -> Tanzania']);
});

test('a plural-looking word right after a verb is its object, not a second verb ("rebuffed calls for", "hedge funds")', () => {
  assert.deepEqual(parties('Chile rebuffed calls for a referendum on the border.').map((p) => p.split(' ')[0]), ['REJECT']);
});
