// "capture" takes a place or a party; capturing a share of the vote, a medal, rain, the moral high
// ground, or what a camera captures, seizes nothing (data/events/idioms.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string): string[] => annotate({ id: 't', text, published: '2021-03-03' }).events.map((e) => e.type);

test('capturing a vote share, medals, rain or the high ground is no assault', () => {
  for (const text of [
    'The Liberal candidate captured barely 4 percent of the vote in Ottawa.',
    'He captured three gold medals at the games in Oslo.',
    'The new basin will capture 80 percent of the rainwater in the valley.',
    'The Labour Party tried to capture the moral high ground in the debate.',
    'A police camera captured the whole fight outside the stadium in Leeds.',
  ]) assert.deepEqual(types(text), [], text);
});

test('capturing a town or soldiers is still a capture', () => {
  assert.deepEqual(types('Rebels captured two Malian soldiers near Gao on Monday.'), ['ASSAULT']);
  assert.deepEqual(types('Kurdish fighters captured the town of Hajin from Isis.'), ['ASSAULT']);
});
