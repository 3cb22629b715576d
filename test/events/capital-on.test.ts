// A capital after "on" is the government dealt with ("called on Pyongyang to", "pressure on Ankara"),
// the recipient of the act (data/actors/word-classes.json partyPreps); after "to" it stays a place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const parties = (text: string) => annotate({ id: 't', text, published: '2021-03-14' }).events
  .map((e) => `${e.type} ${e.actor.map((a) => a.code).join(',')} -> ${e.recipient.map((r) => `${r.code}-${r.sector}`).join(',')}`);

test('a capital after "on" is the recipient government', () => {
  assert.deepEqual(parties('Nairobi called on Mogadishu to hold elections.'), ['REQUEST KEN -> SOM-GOV']);
  assert.deepEqual(parties('Canada imposed sanctions on Minsk.'), ['SANCTION CAN -> BLR-GOV']);
});

test('a capital after "to" a traveller goes to is no government', () => {
  assert.ok(!annotate({ id: 't', text: 'The Kenyan minister flew to Mogadishu on Monday.', published: '2021-03-14' }).actors.some((m) => m.text === 'Mogadishu'));
});
