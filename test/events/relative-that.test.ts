// Issue 15, "wrong recipient": a "that" between a noun and its verb opens a relative clause
// ("the vote that returned X to office"); a party inside it is not the recipient of the verb before,
// even for the verbal conflicts whose search crosses a complement "that".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const events = (text: string) => annotate({ id: 't', text, published: '2019-05-05' }).events.map((e) => `${e.type} ${e.actor.map((a) => a.code).join(',')} -> ${e.recipient.map((r) => r.code).join(',')}`);

test('a party in a relative clause opened by "that" is not the recipient', () => {
  assert.deepEqual(events('Iran denied interfering in the referendum that kept Erdogan in office.'), ['REJECT IRN -> ']);
});

test('a complement "that" after a noun is still crossed', () => {
  assert.deepEqual(events('Iran rejected the accusation that Turkey made.'), ['REJECT IRN -> TUR']);
});
