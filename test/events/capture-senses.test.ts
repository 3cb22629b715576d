// "capture" is taking a place or a person by force only: winning medals or votes, recording a
// scene, or conveying a mood is no event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/pipeline.js';

const types = (text: string): string[] => annotate({ id: 't', text, published: '2019-03-04' }).events.map((e) => e.type);

test('capturing medals, votes or video is no assault', () => {
  assert.deepEqual(types('The Kenyan runner captured three medals in Doha.'), []);
  assert.deepEqual(types('The Greens captured 12 percent of the vote in Bavaria.'), []);
  assert.deepEqual(types('Police cameras captured the robbery in Lyon.'), []);
});

test('rebels capturing a town is still an assault', () => {
  assert.deepEqual(types('Houthi rebels captured the town of Hazm on Sunday.'), ['ASSAULT']);
});
